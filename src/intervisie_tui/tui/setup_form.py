"""Turning the set-up form's text fields into a MeetingSetup and a plan, without textual.

The chair types names with commas and an end time as HH:MM; every mistake becomes one short
sentence under the form instead of an exception.
"""

from __future__ import annotations

import re
from datetime import datetime, time, tzinfo

from pydantic import ValidationError

from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.model.method import Method, RoleKind
from intervisie_tui.session import Case, MeetingSetup, Plan, expand_phases, fit_plan
from intervisie_tui.session.agenda_file import next_time_of_day
from intervisie_tui.session.setup import MAX_QUESTION, open_cases, setup_problem
from intervisie_tui.tui.setup_fields import SetupFields

__all__ = [
    "SetupFields",
    "build_setup",
    "parse_case",
    "parse_until",
    "parse_warning",
    "preview_plan",
    "split_names",
    "uses_groups",
]


def split_names(text: str) -> tuple[str, ...]:
    """'Anna, Bob ,,Carla' -> ('Anna', 'Bob', 'Carla')."""
    return tuple(name.strip() for name in text.split(",") if name.strip())


_SCORED = re.compile(r"^(?P<name>.*?)\s*(?::\s*(?P<a>\d+)|\(\s*(?P<b>\d+)\s*\))$")


def parse_case(text: str) -> Case:
    """'Anna' or, for methods that order topics by importance, 'Anna: 8' / 'Anna (8)'."""
    match = _SCORED.match(text)
    if match is None:
        return Case(inbrenger=text)
    score = int(match.group("a") or match.group("b"))
    if not 1 <= score <= 10:
        raise MsgError(Msg("setup.importance_range", name=match.group("name")))
    return Case(inbrenger=match.group("name"), importance=score)


def with_questions(cases: tuple[Case, ...], text: str) -> tuple[Case, ...]:
    """The cases with the questions typed in the set-up: one per case, separated by '|', in
    the order the inbrengers were entered; an empty part leaves that case without one."""
    parts = [part.strip() for part in text.split("|")] if text.strip() else []
    if len(parts) > len(cases):
        raise MsgError(
            Msg("cases.setup.too_many_questions", questions=len(parts), cases=len(cases))
        )
    if any(len(part) > MAX_QUESTION for part in parts):
        raise MsgError(Msg("setup.question_long", limit=MAX_QUESTION))
    return tuple(
        case.model_copy(update={"question": parts[index]})
        if index < len(parts) and parts[index]
        else case
        for index, case in enumerate(cases)
    )


def uses_groups(method: Method) -> bool:
    """Whether the method has a binnengroep/buitengroep (fishbowl) to fill."""
    return any(role.kind in (RoleKind.inner_group, RoleKind.outer_group) for role in method.roles)


def parse_until(text: str, now: datetime, tz: tzinfo | None) -> datetime | None:
    """'16:30' as the next such moment after `now` in `tz` (None: the machine's local zone).

    MsgError when the text is not a time of day, or when it has passed or lies more than 12
    hours ahead (the same rule as --until and an agenda file's `until:`).
    """
    raw = text.strip()
    if not raw:
        return None
    try:
        hours, _, mins = raw.replace(".", ":").partition(":")
        at = time(int(hours), int(mins or 0))
    except ValueError as error:
        raise MsgError(Msg("setup.bad_until", text=raw)) from error
    return next_time_of_day(at, now, tz)


def parse_warning(text: str) -> int:
    """Minutes as typed ('1', '0,5', '' for none) to whole seconds; MsgError otherwise."""
    raw = text.strip().replace(",", ".")
    if not raw:
        return 0
    try:
        minutes = float(raw)
    except ValueError as error:
        raise MsgError(Msg("setup.bad_warning", text=text.strip())) from error
    if not 0 <= minutes <= 30:
        raise MsgError(Msg("setup.warning_range"))
    return round(minutes * 60)


def build_setup(
    method: Method, fields: SetupFields, now: datetime, tz: tzinfo | None = None
) -> MeetingSetup:
    """The MeetingSetup the form describes; MsgError with the first problem otherwise."""
    chair = fields.chair.strip()
    if not chair:
        raise MsgError(Msg("setup.no_chair"))
    inbrengers = split_names(fields.inbrengers)
    if not inbrengers and method.inbrenger_at_setup:
        raise MsgError(Msg("setup.no_inbrenger"))
    participants = split_names(fields.participants)
    inner: tuple[str, ...] = ()
    outer: tuple[str, ...] = ()
    if uses_groups(method):
        inner = split_names(fields.inner_group)
        unknown = [name for name in inner if name not in participants]
        if unknown:
            raise MsgError(Msg("setup.inner_unknown", names=", ".join(unknown)))
        outer = tuple(name for name in participants if name not in inner)
    cases = tuple(parse_case(name) for name in inbrengers) or open_cases(method)
    cases = with_questions(cases, fields.question)
    until = parse_until(fields.until, now, tz)
    warning = parse_warning(fields.warning)
    try:
        return MeetingSetup(
            method_id=method.id,
            chair=chair,
            participants=participants,
            cases=cases,
            inner_group=inner,
            outer_group=outer,
            until=until,
            warnings=(warning, 0) if warning else (0,),
        )
    except ValidationError as error:
        raise MsgError(setup_problem(error)) from error


def preview_plan(method: Method, setup: MeetingSetup, now: datetime) -> Plan:
    """The plan the meeting would run: the method's minutes, fitted when there is an end time."""
    phases = expand_phases(method, setup)
    if setup.until is None:
        total = sum(phase.minutes or 0 for phase in phases)
        return fit_plan(phases, total)
    return fit_plan(phases, (setup.until - now).total_seconds() / 60)
