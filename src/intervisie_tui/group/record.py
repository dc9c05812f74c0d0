"""What a finished meeting leaves in its group's record: who chaired, the cases, the first steps.

Built from the session's state, which the journal rebuilds exactly, so a meeting recorded after
a crash and a resume is the same record as one that ran straight through.
"""

from __future__ import annotations

from collections.abc import Mapping

from intervisie_tui.model.group import CaseRecord, MeetingRecord
from intervisie_tui.session.state import SessionState

__all__ = ["record_of"]


def record_of(
    state: SessionState, *, report: str | None = None, questions: Mapping[int, str] | None = None
) -> MeetingRecord:
    """The group's record of this meeting (its day is the day it was created, local time).

    `questions`: case index (in the meeting, `state.meeting_cases`) -> the learning question
    that case worked on.
    """
    links = questions or {}
    agenda = state.agenda
    present = tuple(name for name in agenda.everyone if name not in state.absent)
    absent = tuple(name for name in agenda.everyone if name in state.ever_absent)
    cases = tuple(
        CaseRecord(
            inbrenger=case.inbrenger,
            question=case.question,
            method=agenda.items[item].method.id,
            method_title=agenda.items[item].method.title,
            first_step=state.first_step(item, number),
            learning_question=links.get(index),
        )
        for index, (item, number, case) in enumerate(state.meeting_cases)
    )
    return MeetingRecord(
        date=state.created_at.astimezone().date(),
        chair=agenda.chair,
        present=present,
        absent=tuple(name for name in absent if name not in present),
        cases=cases,
        report=report,
    )
