"""Checks that need the whole method: references between parts, duplicates, totals.

Each finding carries `loc`, a path into the method's data (like pydantic's error loc), so the
library layer can point at the exact YAML node with file:line:col. Nothing here reads files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from intervisie_tui.messages import Msg
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
    message: Msg
    severity: Severity = Severity.error


#: The message for an id that names nothing, per kind of id.
_UNKNOWN = {
    "role": "check.unknown_role",
    "rule": "check.unknown_rule",
    "step": "check.unknown_step",
}


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
        findings.append(Finding(("roles", index, "id"), Msg("check.role_twice", id=role_id)))
    for index, rule_id in _duplicates(rule.id for rule in method.rules):
        findings.append(Finding(("rules", index, "id"), Msg("check.rule_twice", id=rule_id)))
    for index, step_id in _duplicates(step_ids):
        findings.append(Finding(("steps", index, "id"), Msg("check.step_twice", id=step_id)))

    def known(kind: str, value: str, pool: set[str], loc: Loc) -> None:
        if value not in pool:
            choices: Msg | str = ", ".join(sorted(pool)) or Msg("check.none_declared")
            findings.append(Finding(loc, Msg(_UNKNOWN[kind], value=value, known=choices)))

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
                    Msg("check.items_need_item"),
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
            findings.append(Finding(("repeat", "last"), Msg("check.last_before_first")))

    for i_index, incident in enumerate(method.incidents):
        known("step", incident.step, set(step_ids), ("incidents", i_index, "step"))
        known("rule", incident.rule, rule_ids, ("incidents", i_index, "rule"))
        known("role", incident.who, role_ids, ("incidents", i_index, "who"))
    for index, incident_id in _duplicates(incident.id for incident in method.incidents):
        findings.append(
            Finding(("incidents", index, "id"), Msg("check.incident_twice", id=incident_id))
        )

    for s_index, step in enumerate(method.steps):
        for field in ("questions", "watch_for"):
            dutch, english = getattr(step, field), getattr(step, f"{field}_en")
            if english and len(english) != len(dutch):
                findings.append(
                    Finding(
                        ("steps", s_index, f"{field}_en"),
                        Msg(
                            "check.twin_count",
                            field=field,
                            english=len(english),
                            dutch=len(dutch),
                        ),
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
                Msg("check.group_max_small", most=fit.group_max, least=fit.group_min),
            )
        )

    if method.total is not None:
        if method.total.scope is TotalScope.repeat:
            steps = method.repeated_steps
            what = Msg("check.the_repeated_steps")
        else:
            steps = method.steps
            what = Msg("check.the_steps")
        computed = sum(step.minutes or 0 for step in steps if not step.optional)
        with_optional = sum(step.minutes or 0 for step in steps)
        explained = method.total.note is not None
        if method.total.minutes not in (computed, with_optional) and not explained:
            without: Msg | str = ""
            if computed != with_optional:
                without = Msg("check.without_optional", minutes=f"{computed:g}")
            findings.append(
                Finding(
                    ("total", "minutes"),
                    Msg(
                        "check.total_differs",
                        total=f"{method.total.minutes:g}",
                        what=what,
                        sum=f"{with_optional:g}",
                        without=without,
                    ),
                    Severity.warning,
                )
            )
        if method.total.scope is TotalScope.repeat and method.repeat is None:
            findings.append(Finding(("total", "scope"), Msg("check.scope_needs_repeat")))
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
            Msg("check.one_chooser", step=method.steps[choosing[0][0]].id),
        )
    index, step = choosing[0]
    where: Loc = ("steps", index, "chooses")
    if not method.has_inbrenger:
        yield Finding(where, Msg("check.chooses_needs_inbrenger"))
        return
    step_ids = [s.id for s in method.steps]
    block = method.repeated_steps
    block_start = step_ids.index(block[0].id) if block else None
    if step.chooses is Choice.topics:
        if method.repeat is None or method.repeat.per is not RepeatUnit.topic:
            yield Finding(where, Msg("check.topics_need_repeat"))
            return
        if block_start is None or index >= block_start:
            yield Finding(where, Msg("check.topics_before_block"))
            return
        last_before = block_start - 1
    else:
        if block_start is not None and index < block_start:
            yield Finding(where, Msg("check.case_inside_block"))
            return
        last_before = index
    first = block_start if block_start is not None and index >= block_start else 0
    inbrenger_roles = {role.id for role in method.roles if role.kind is RoleKind.inbrenger}
    for s_index in range(first, last_before + 1):
        before = method.steps[s_index]
        if before.inbrenger is not InbrengerState.not_applicable:
            yield Finding(
                ("steps", s_index, "inbrenger"),
                Msg("check.no_inbrenger_yet", step=step.id),
            )
        for field in ("speakers", "listeners"):
            for r_index, role_id in enumerate(getattr(before, field)):
                if role_id in inbrenger_roles:
                    yield Finding(
                        ("steps", s_index, field, r_index),
                        Msg("check.no_inbrenger_role_yet", step=step.id, role=role_id),
                    )
