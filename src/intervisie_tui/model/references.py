"""Checks that need the whole method: references between parts, duplicates, totals.

Each finding carries `loc`, a path into the method's data (like pydantic's error loc), so the
library layer can point at the exact YAML node with file:line:col. Nothing here reads files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from intervisie_tui.model.method import (
    Choice,
    InbrengerState,
    Method,
    RepeatUnit,
    RoleKind,
    TotalScope,
)

Loc = tuple[str | int, ...]


class Severity(StrEnum):
    """An error makes a method unusable; a warning is shown but the method still runs."""

    error = "error"
    warning = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem in a method, located by a path into the method's data."""

    loc: Loc
    message: str
    severity: Severity = Severity.error


def _duplicates(ids: Iterable[str]) -> Iterator[tuple[int, str]]:
    seen: set[str] = set()
    for index, value in enumerate(ids):
        if value in seen:
            yield index, value
        seen.add(value)


def check_method(method: Method) -> list[Finding]:
    """Every cross-reference and consistency problem of a method that validated structurally."""
    findings: list[Finding] = []
    role_ids = {role.id for role in method.roles}
    rule_ids = {rule.id for rule in method.rules}
    step_ids = [step.id for step in method.steps]

    for index, role_id in _duplicates(role.id for role in method.roles):
        findings.append(Finding(("roles", index, "id"), f"role id '{role_id}' is used twice"))
    for index, rule_id in _duplicates(rule.id for rule in method.rules):
        findings.append(Finding(("rules", index, "id"), f"rule id '{rule_id}' is used twice"))
    for index, step_id in _duplicates(step_ids):
        findings.append(Finding(("steps", index, "id"), f"step id '{step_id}' is used twice"))

    def known(kind: str, value: str, pool: set[str], loc: Loc) -> None:
        if value not in pool:
            choices = ", ".join(sorted(pool)) or "none are declared"
            findings.append(Finding(loc, f"unknown {kind} '{value}' (known: {choices})"))

    for s_index, step in enumerate(method.steps):
        for field in ("speakers", "listeners"):
            for r_index, role_id in enumerate(getattr(step, field)):
                known("role", role_id, role_ids, ("steps", s_index, field, r_index))
        for r_index, rule_id in enumerate(step.rules):
            known("rule", rule_id, rule_ids, ("steps", s_index, "rules", r_index))
        if step.turns.items is not None and step.turns.item is None:
            findings.append(
                Finding(
                    ("steps", s_index, "turns", "items"),
                    "'items' needs 'item' too, e.g. item: vraag",
                )
            )

    if method.repeat is not None:
        step_pool = set(step_ids)
        known("step", method.repeat.first, step_pool, ("repeat", "first"))
        known("step", method.repeat.last, step_pool, ("repeat", "last"))
        if (
            method.repeat.first in step_pool
            and method.repeat.last in step_pool
            and step_ids.index(method.repeat.first) > step_ids.index(method.repeat.last)
        ):
            findings.append(Finding(("repeat", "last"), "'last' comes before 'first' in the steps"))

    for i_index, incident in enumerate(method.incidents):
        known("step", incident.step, set(step_ids), ("incidents", i_index, "step"))
        known("rule", incident.rule, rule_ids, ("incidents", i_index, "rule"))
        known("role", incident.who, role_ids, ("incidents", i_index, "who"))
    for index, incident_id in _duplicates(incident.id for incident in method.incidents):
        findings.append(
            Finding(("incidents", index, "id"), f"incident id '{incident_id}' is used twice")
        )

    for s_index, step in enumerate(method.steps):
        for field in ("questions", "watch_for"):
            dutch, english = getattr(step, field), getattr(step, f"{field}_en")
            if english and len(english) != len(dutch):
                findings.append(
                    Finding(
                        ("steps", s_index, f"{field}_en"),
                        f"'{field}_en' has {len(english)} entries and '{field}' has "
                        f"{len(dutch)}: give one English line for each Dutch one, in order",
                        Severity.warning,
                    )
                )

    findings.extend(_check_choices(method))

    fit = method.fit
    if (
        fit is not None
        and fit.group_min is not None
        and fit.group_max is not None
        and fit.group_min > fit.group_max
    ):
        findings.append(
            Finding(
                ("fit", "group_max"),
                f"group_max {fit.group_max} is smaller than group_min {fit.group_min}",
            )
        )

    if method.total is not None:
        if method.total.scope is TotalScope.repeat:
            steps = method.repeated_steps
            what = "the repeated steps"
        else:
            steps = method.steps
            what = "the steps"
        computed = sum(step.minutes or 0 for step in steps if not step.optional)
        with_optional = sum(step.minutes or 0 for step in steps)
        explained = method.total.note is not None
        if method.total.minutes not in (computed, with_optional) and not explained:
            without = f" ({computed:g} without optional steps)" if computed != with_optional else ""
            findings.append(
                Finding(
                    ("total", "minutes"),
                    f"declared total {method.total.minutes:g} min differs from {what}, which add "
                    f"up to {with_optional:g} min{without}; correct the minutes, or say why in "
                    "'note'",
                    Severity.warning,
                )
            )
        if method.total.scope is TotalScope.repeat and method.repeat is None:
            findings.append(
                Finding(("total", "scope"), "scope 'repeat' needs a 'repeat' block in the method")
            )
    return findings


def _check_choices(method: Method) -> Iterator[Finding]:
    """A step that chooses the case or the topics fits the method around it.

    Before the choice nobody is inbrenger yet, so no step up to it may give the inbrenger a
    part: the session counts everyone among the group there, and a step that said otherwise
    would show an empty 'Aan het woord'.
    """
    choosing = [(index, step) for index, step in enumerate(method.steps) if step.chooses]
    if not choosing:
        return
    for index, _ in choosing[1:]:
        yield Finding(
            ("steps", index, "chooses"),
            f"only one step may choose; '{method.steps[choosing[0][0]].id}' already does",
        )
    index, step = choosing[0]
    where: Loc = ("steps", index, "chooses")
    if not method.has_inbrenger:
        yield Finding(where, "'chooses' needs a role of kind 'inbrenger' to fill with the choice")
        return
    step_ids = [s.id for s in method.steps]
    block = method.repeated_steps
    block_start = step_ids.index(block[0].id) if block else None
    if step.chooses is Choice.topics:
        if method.repeat is None or method.repeat.per is not RepeatUnit.topic:
            yield Finding(where, "'chooses: topics' needs a 'repeat' block with 'per: topic'")
            return
        if block_start is None or index >= block_start:
            yield Finding(where, "the step that collects the topics must come before the block")
            return
        last_before = block_start - 1
    else:
        if block_start is not None and index < block_start:
            yield Finding(
                where, "'chooses: case' in a repeating method belongs inside the repeated block"
            )
            return
        last_before = index
    first = block_start if block_start is not None and index >= block_start else 0
    inbrenger_roles = {role.id for role in method.roles if role.kind is RoleKind.inbrenger}
    for s_index in range(first, last_before + 1):
        before = method.steps[s_index]
        if before.inbrenger is not InbrengerState.not_applicable:
            yield Finding(
                ("steps", s_index, "inbrenger"),
                f"nobody is inbrenger before step '{step.id}' chooses: use 'not_applicable'",
            )
        for field in ("speakers", "listeners"):
            for r_index, role_id in enumerate(getattr(before, field)):
                if role_id in inbrenger_roles:
                    yield Finding(
                        ("steps", s_index, field, r_index),
                        f"nobody is inbrenger before step '{step.id}' chooses: leave "
                        f"'{role_id}' out here",
                    )
