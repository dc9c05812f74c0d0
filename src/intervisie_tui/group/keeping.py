"""Keeping a finished meeting in its group, as the app does when the chair closes it.

The same record as `intervisie-tui group record`, made at once so that nobody has to remember
it; whatever goes wrong (the group's folder gone, a full disk) becomes a message for the end
screen, never an exception, because the meeting itself is already safe in its journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from intervisie_tui.group.files import read_group, record_meeting
from intervisie_tui.group.record import record_of
from intervisie_tui.messages import Lang, Msg
from intervisie_tui.session.report import render_report
from intervisie_tui.session.state import SessionState

__all__ = ["keep_in_group"]


def keep_in_group(
    folder: Path, state: SessionState, lang: Lang, questions: Mapping[int, str] | None = None
) -> Msg:
    """Record the meeting in the group at `folder`; what happened, as a message to show.

    `questions` links a case (by its index in run order) to the id of the inbrenger's
    learning question it worked on, as the chair chose at the end.
    """
    stored = read_group(folder)
    if stored.group is None:
        return Msg("group.keep.unreadable", path=str(folder))
    record = record_of(state, questions=questions)
    try:
        target = record_meeting(folder, stored.group, record, render_report(state, lang), lang)
    except OSError as error:
        return Msg("group.keep.failed", path=str(folder), reason=error.strerror or str(error))
    return Msg(
        "group.keep.done", name=stored.group.name, path=str(target), count=len(record.people)
    )
