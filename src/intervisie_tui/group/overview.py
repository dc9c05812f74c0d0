"""The trajectory at a glance: each member over the meetings, and what to look at next time.

What a chair wants before opening the next meeting: who has not brought a case for a while,
which learning questions nobody has worked on, which methods the group has not tried, and the
first steps from last time to ask about in the opening. Computed from the group's files only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from intervisie_tui.group.files import GroupFolder, StoredMeeting
from intervisie_tui.group.reflection import Reflection
from intervisie_tui.model.group import LearningQuestion, Member
from intervisie_tui.model.shared_rehearsal import SharedRehearsal

__all__ = ["Cell", "MemberLine", "Overview", "last_first_steps", "overview"]

#: Meetings attended without bringing a case before the overview points it out.
QUIET_AFTER = 2


class Cell(StrEnum):
    """What one member did at one meeting, as one cell of the table."""

    chaired = "chaired"
    case = "case"
    present = "present"
    absent = "absent"
    away = "away"
    """Not in that meeting's record at all (joined the group later, or a guest list)."""


class Sheet(StrEnum):
    """Where a member's reflection on one meeting stands."""

    done = "done"
    started = "started"
    missing = "missing"
    not_asked = "not_asked"


def _sheet(reflection: Reflection | None, asked: bool) -> Sheet:
    if not asked:
        return Sheet.not_asked
    if reflection is None or not reflection.started:
        return Sheet.missing
    return Sheet.done if reflection.complete else Sheet.started


@dataclass(frozen=True)
class MemberLine:
    """One member's row: a cell and a sheet per meeting, and what stands out."""

    member: Member
    cells: tuple[Cell, ...]
    sheets: tuple[Sheet, ...]
    since_case: int | None
    """Meetings attended since the member last brought a case; None when never."""
    worked_on: tuple[LearningQuestion, ...]
    open_questions: tuple[LearningQuestion, ...]


@dataclass(frozen=True)
class Overview:
    """Everything the overview screen and the Markdown export show."""

    meetings: tuple[StoredMeeting, ...]
    lines: tuple[MemberLine, ...]
    untried: tuple[tuple[str, str], ...]
    """(id, title) of the library's methods the group has not used yet."""
    first_steps: tuple[tuple[str, str], ...]
    """(inbrenger, first step) from the last meeting, to look back on in the opening."""
    rehearsals: tuple[SharedRehearsal, ...] = ()
    """Rehearsals members chose to share with the group, oldest first."""

    @property
    def quiet(self) -> tuple[MemberLine, ...]:
        """Members to invite to bring a case: never, or not for QUIET_AFTER meetings."""
        return tuple(
            line for line in self.lines if line.since_case is None or line.since_case >= QUIET_AFTER
        )

    @property
    def missing_sheets(self) -> tuple[tuple[StoredMeeting, str, Sheet], ...]:
        """(meeting, member, state) for every sheet not (completely) filled in."""
        found = []
        for line in self.lines:
            for meeting, sheet in zip(self.meetings, line.sheets, strict=True):
                if sheet in (Sheet.missing, Sheet.started):
                    found.append((meeting, line.member.name, sheet))
        return tuple(sorted(found, key=lambda item: (item[0].folder.name, item[1])))


def _cell(meeting: StoredMeeting, name: str) -> Cell:
    record = meeting.record
    if record.chair == name:
        return Cell.chaired
    if any(case.inbrenger == name for case in record.cases):
        return Cell.case
    if name in record.present:
        return Cell.present
    if name in record.absent:
        return Cell.absent
    return Cell.away


def _line(member: Member, meetings: Sequence[StoredMeeting]) -> MemberLine:
    cells = tuple(_cell(meeting, member.name) for meeting in meetings)
    sheets = tuple(
        _sheet(meeting.reflections.get(member.name), member.name in meeting.reflections)
        for meeting in meetings
    )
    since: int | None = None
    for cell in cells:
        if cell is Cell.case:
            since = 0
        elif since is not None and cell in (Cell.present, Cell.chaired):
            since += 1
    worked_ids = {
        case.learning_question
        for meeting in meetings
        for case in meeting.record.cases
        if case.inbrenger == member.name and case.learning_question
    }
    worked = tuple(q for q in member.learning_questions if q.id in worked_ids)
    open_ = tuple(q for q in member.learning_questions if q.id not in worked_ids)
    return MemberLine(member, cells, sheets, since, worked, open_)


def overview(folder: GroupFolder, methods: Sequence[tuple[str, str]]) -> Overview | None:
    """The overview of a group whose group.yaml could be read (None when it could not)."""
    if folder.group is None:
        return None
    meetings = folder.meetings
    lines = tuple(_line(member, meetings) for member in folder.group.members)
    used = {case.method for meeting in meetings for case in meeting.record.cases}
    untried = tuple((id_, title) for id_, title in methods if id_ not in used)
    return Overview(meetings, lines, untried, last_first_steps(meetings), folder.rehearsals)


def last_first_steps(meetings: Sequence[StoredMeeting]) -> tuple[tuple[str, str], ...]:
    """(inbrenger, first step) of each case of the last meeting that has one: what the opening
    of the next meeting asks about ("Wat heb je gedaan met je eerste stap?")."""
    last = meetings[-1].record.cases if meetings else ()
    return tuple(
        (case.inbrenger or "-", case.first_step) for case in last if case.first_step is not None
    )
