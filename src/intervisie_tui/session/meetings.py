"""The meetings in a sessions folder as `resume` and `report` list them.

`resume` used to pick "the latest unfinished meeting" by itself and pass over journals it could
not read: damage before the last line made it say there was nothing to resume, and with an
older meeting present it silently reopened that one, weeks old. So every journal is listed
here, newest first, with what the chair needs to choose (the agenda with its cases, date,
phase), and a damaged one with where the damage is and what could be saved from it; nothing is
hidden.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intervisie_tui.session.journal import (
    JournalError,
    JournalWarning,
    list_journals,
    read_journal,
    replay_damage,
    replay_journal,
)
from intervisie_tui.session.journal_lock import Holder, holder_of
from intervisie_tui.session.state import SessionState


@dataclass(frozen=True)
class ItemLine:
    """One item of a meeting's agenda as the list names it: the method's (or part's) title and
    whose cases it holds, so "Vijf stappen met Bas" tells two meetings apart."""

    title: str
    title_en: str | None = None
    inbrengers: tuple[str, ...] = ()


def agenda_lines(state: SessionState) -> tuple[ItemLine, ...]:
    """The meeting's agenda as it stands (items added on the way in, dropped ones out), each
    case item with the inbrengers named so far."""
    return tuple(
        ItemLine(
            item.method.title,
            item.method.title_en,
            tuple(case.inbrenger for case in state.item_cases[index] if case.inbrenger),
        )
        for index, item in enumerate(state.agenda.items)
        if index not in state.dropped_items
    )


@dataclass(frozen=True)
class Meeting:
    """One journal as the list shows it.

    `error` is set when not even the first line reads (nothing to show but the file);
    `damage` when the journal reads up to a point: the rest describes what came before it.
    """

    path: Path
    method: str = ""
    method_en: str | None = None
    started: datetime | None = None
    phase: int = 0
    phases: int = 0
    phase_title: str = ""
    phase_title_en: str | None = None
    notes: int = 0
    events: int = 0
    finished: bool = False
    warning: JournalWarning | None = None
    damage: JournalError | None = None
    error: JournalError | None = None
    #: The window that has the meeting open right now, if any.
    holder: Holder | None = None
    #: What the meeting is called in its agenda (`title:`), if anything.
    title: str | None = None
    #: The agenda, item by item: what tells one meeting from another in the list.
    items: tuple[ItemLine, ...] = ()
    #: The title of the current item's method, when the agenda has more than one item.
    item_title: str | None = None
    item_title_en: str | None = None
    #: The name of the group the meeting is for, as its journal keeps it.
    group: str | None = None

    @property
    def id(self) -> str:
        """What the chair types after `resume` or `report`: the file name without .jsonl."""
        return self.path.stem

    @property
    def resumable(self) -> bool:
        """Whether `resume` can continue it: unfinished and read whole (a torn last line is
        no damage: nothing after it was ever saved)."""
        return not self.finished and self.damage is None and self.error is None


def describe(path: Path) -> Meeting:
    """Read one journal for the list; damage is part of the answer, never an exception."""
    try:
        contents = read_journal(path, salvage=True)
    except JournalError as error:
        return Meeting(path, error=error)
    state = replay_journal(contents, salvage=True)
    several = len(state.agenda.items) > 1
    return Meeting(
        path,
        method=state.method.title,
        method_en=state.method.title_en,
        started=contents.created.at,
        phase=state.index + 1,
        phases=len(state.phases),
        phase_title=state.phase.step.title,
        phase_title_en=state.phase.step.title_en,
        notes=len(state.notes),
        events=1 + len(contents.events),
        finished=state.finished,
        warning=contents.warning,
        damage=replay_damage(contents),
        holder=None if state.finished else holder_of(path),
        title=state.agenda.title,
        items=agenda_lines(state),
        item_title=state.method.title if several else None,
        item_title_en=state.method.title_en if several else None,
        group=contents.created.group.name if contents.created.group else None,
    )


def unfinished(folder: Path) -> list[Meeting]:
    """What `resume` offers: every meeting not closed, damaged ones included (shown, with
    where the damage is, so that none is silently passed over).

    A journal whose last line closes the meeting is passed over without reading the rest:
    a year of weekly meetings is mostly closed ones, and each full read validates them all.
    """
    found = [describe(path) for path in list_journals(folder) if not _closed(path)]
    found.sort(key=lambda m: (m.started.timestamp() if m.started else 0.0, m.id), reverse=True)
    return [meeting for meeting in found if not meeting.finished]


def _closed(path: Path) -> bool:
    """Whether the journal's last whole line is the meeting's close (read from its end)."""
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - 512))
            tail = handle.read()
    except OSError:
        return False
    lines = tail.split(b"\n")
    last = lines[-2] if len(lines) >= 2 and not lines[-1] else b""
    try:
        data = json.loads(last)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("type") == "finished"


def latest_unfinished(folder: Path) -> Path | None:
    """The newest meeting `resume` could continue, or None (for scripts and tests)."""
    for meeting in unfinished(folder):
        if meeting.resumable:
            return meeting.path
    return None
