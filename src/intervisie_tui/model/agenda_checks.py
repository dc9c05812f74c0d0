"""Checks of an agenda file that need more than one field, or the library it refers to.

Like `references.py` for methods: each finding carries a path into the file's data, so the
library layer points at the exact YAML node (file:line:col). `check_agenda_file` needs only the
file; `check_agenda_references` also needs the methods and ground rules the library holds.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping

from intervisie_tui.messages import Msg
from intervisie_tui.model.agenda_file import AgendaFile
from intervisie_tui.model.method import Method, Part
from intervisie_tui.model.references import Finding


def check_agenda_file(agenda: AgendaFile) -> list[Finding]:
    """People named twice, the chair among the participants, a case given two ways."""
    findings: list[Finding] = []
    seen: set[str] = set()
    for index, name in enumerate(agenda.participants):
        if name in seen:
            findings.append(Finding(("participants", index), Msg("check.named_twice", name=name)))
        seen.add(name)
        if name == agenda.chair:
            findings.append(
                Finding(
                    ("participants", index),
                    Msg("check.chair_participant", name=name),
                )
            )
    for index, item in enumerate(agenda.items):
        if item.cases and (item.inbrenger is not None or item.question is not None):
            findings.append(
                Finding(
                    ("items", index, "cases"),
                    Msg("check.case_two_ways"),
                )
            )
    findings.extend(_unknown_names(agenda))
    return findings


def _unknown_names(agenda: AgendaFile) -> list[Finding]:
    """Names in the items that are not among the participants ('Bass', 'Drik'), each with the
    closest participant: a typo would otherwise put nobody in the inner group. An inbrenger or
    an inner-group member is a participant, never the chair; the timekeeper and notetaker may
    be the chair. Without a participants list there is nothing to check against."""
    people = list(agenda.participants)
    if not people:
        return []
    named: list[tuple[tuple[str | int, ...], str, bool]] = []
    for key in ("timekeeper", "notetaker"):
        name = getattr(agenda, key)
        if name is not None:
            named.append(((key,), name, True))
    for index, item in enumerate(agenda.items):
        if item.inbrenger is not None:
            named.append((("items", index, "inbrenger"), item.inbrenger, False))
        for number, case in enumerate(item.cases):
            named.append((("items", index, "cases", number, "inbrenger"), case.inbrenger, False))
        for number, name in enumerate(item.inner_group):
            named.append((("items", index, "inner_group", number), name, False))
    findings = []
    for loc, name, chair_may in named:
        if name in people or (chair_may and name == agenda.chair):
            continue
        if name == agenda.chair:
            findings.append(Finding(loc, Msg("check.chair_participant", name=name)))
            continue
        findings.append(
            Finding(loc, Msg("check.not_participant", name=name, hint=_closest(name, people)))
        )
    return findings


def _closest(word: str, choices: Collection[str]) -> Msg | str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.5)
    return Msg("check.did_you_mean", word=close[0]) if close else ""


#: The name of each part of a meeting, as a message that refuses a case on it.
_PARTS = {
    Part.opening: Msg("check.part.opening"),
    Part.inventory: Msg("check.part.inventory"),
    Part.case: Msg("check.part.case"),
    Part.break_: Msg("check.part.break"),
    Part.closing: Msg("check.part.closing"),
}


def check_agenda_references(
    agenda: AgendaFile, methods: Mapping[str, Method], ground_rules: Collection[str]
) -> list[Finding]:
    """Ids the library does not have (with the closest one), and cases that do not fit their
    item: a part with an inbrenger, a method with an inbrenger role but nobody named."""
    findings: list[Finding] = []
    if agenda.ground_rules not in ground_rules:
        findings.append(
            Finding(
                ("ground_rules",),
                Msg(
                    "check.no_ground_rules",
                    id=agenda.ground_rules,
                    hint=_closest(agenda.ground_rules, ground_rules),
                ),
            )
        )
    for index, item in enumerate(agenda.items):
        method = methods.get(item.method)
        if method is None:
            hint = _closest(item.method, methods) or Msg("check.list_shows")
            findings.append(
                Finding(
                    ("items", index, "method"),
                    Msg("check.unknown_method", id=item.method, hint=hint),
                )
            )
            continue
        has_case = item.inbrenger is not None or bool(item.cases)
        if method.part is not Part.case and has_case:
            findings.append(
                Finding(
                    ("items", index, "inbrenger" if item.inbrenger is not None else "cases"),
                    Msg("check.part_not_case", id=item.method, part=_PARTS[method.part]),
                )
            )
        if method.part is Part.case and method.inbrenger_at_setup and not has_case:
            findings.append(
                Finding(
                    ("items", index),
                    Msg("check.needs_inbrenger", id=item.method),
                )
            )
    return findings
