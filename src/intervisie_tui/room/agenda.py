"""The agenda line of the room view: whether the meeting is on schedule or behind.

The schedule is the core's to compute (engineer `meeting` is adding a multi-item agenda and a
schedule query to session/). Until that query exists the room view shows no agenda line rather
than a second, home-made schedule that could disagree with the chair's screen. This function is
the one place to connect it: return the core's Msg and the page shows it under the clock.
"""

from __future__ import annotations

from datetime import datetime

from intervisie_tui.messages import Msg
from intervisie_tui.session.state import SessionState


def agenda_line(state: SessionState, at: datetime) -> Msg | None:
    """The core's "on schedule / N minutes behind" for the meeting at `at`; None for now.

    See the module docstring: the seam for the session's schedule query.
    """
    del state, at
    return None
