"""From an agenda file (ids, names, 'HH:MM') to the Agenda a session runs (methods, times).

The file was checked by the library layer (`library/agenda_refs.py` gives every unknown id its
line and column); this only resolves what is known to be there, so `run --agenda FILE` and the
agenda editor build the same Agenda.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from intervisie_tui.library.library import Library
from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.model.agenda_file import AgendaFile
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.setup import Case

#: How far ahead an end time may lie. A meeting is hours, not a day: '09:00' typed in the
#: evening is a slip (an end time already past), never tomorrow morning.
MAX_AHEAD = timedelta(hours=12)


def next_time_of_day(at: time, now: datetime, tz: tzinfo | None = None) -> datetime:
    """The next moment after `now` at this time of day in `tz` (None: the machine's zone).

    MsgError (setup.until_range) when that moment is more than 12 hours ahead: '09:00' said at
    19:06 has passed, and fitting a meeting into 14 hours is never what the chair meant. Past
    midnight still works: '00:30' said at 23:00 is 90 minutes ahead.
    """
    local_now = now.astimezone(tz)
    candidate = local_now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if candidate <= local_now:
        candidate += timedelta(days=1)
    if candidate - local_now > MAX_AHEAD:
        raise MsgError(
            Msg("setup.until_range", at=at.strftime("%H:%M"), now=local_now.strftime("%H:%M"))
        )
    return candidate


def parse_clock(text: str) -> time:
    """'16:30' as a time of day; ValueError when it is not one."""
    hours, _, minutes = text.strip().replace(".", ":").partition(":")
    return time(int(hours), int(minutes or 0))


def agenda_from_file(
    written: AgendaFile,
    library: Library,
    now: datetime,
    *,
    until: datetime | None = None,
    tz: tzinfo | None = None,
    language: str = "nl",
) -> Agenda:
    """The Agenda an agenda file describes; `until` (from --until) wins over the file's.

    MsgError (agenda.unknown_method) for an id the library lacks: check the file with the
    library first to get its line and column.
    """
    items = []
    for entry in written.items:
        method = library.get(entry.method)
        if method is None:
            raise MsgError(Msg("agenda.unknown_method", id=entry.method, hint=""))
        cases: tuple[Case, ...] = tuple(
            Case(inbrenger=case.inbrenger, question=case.question, importance=case.importance)
            for case in entry.cases
        )
        if entry.inbrenger is not None:
            cases = (Case(inbrenger=entry.inbrenger, question=entry.question),)
        inner = tuple(entry.inner_group)
        outer: tuple[str, ...] = ()
        if inner:
            outer = tuple(name for name in written.participants if name not in inner)
        items.append(
            AgendaItem.of(
                method, cases, inner_group=inner, outer_group=outer, minutes=entry.minutes
            )
        )
    end = until
    if end is None and written.until is not None:
        end = next_time_of_day(parse_clock(written.until), now, tz)
    rules = library.ground_rules.get(written.ground_rules)
    return Agenda(
        chair=written.chair,
        participants=tuple(written.participants),
        items=tuple(items),
        timekeeper=written.timekeeper,
        notetaker=written.notetaker,
        until=end,
        language=language,
        ground_rules=None if rules is None else rules.rules,
        title=written.title,
    )
