"""The agenda line of the room view: whether the meeting is on schedule or behind.

The schedule is the core's to compute (session/schedule.py), so the room and the chair's screen
say the same: this only asks it, and the page shows its Msg under the clock.
"""

from __future__ import annotations

from datetime import datetime

from intervisie_tui.messages import Msg
from intervisie_tui.session.schedule import schedule
from intervisie_tui.session.state import SessionState


def agenda_line(state: SessionState, at: datetime) -> Msg | None:
    """The core's "on schedule / N minutes behind" for the meeting at `at`; None when the
    meeting has no end time (there is nothing to be behind on) or is finished."""
    if state.agenda.until is None or state.finished:
        return None
    return schedule(state, at).message()
