"""Where the meeting stands: which agenda item runs, and the schedule against the end time.

"Onderdeel 2 van 5 · loopt 4 min uit: einde 16:34". The item changes on a command, the
schedule with time itself (an overrun pushes the end on every second), so the run screen asks
for it with the clock; the line is repainted only when its words change.
"""

from __future__ import annotations

from datetime import tzinfo

from rich.text import Text

from intervisie_tui.session import Session
from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.widgets.steady import SteadyStatic


def agenda_text(session: Session, tz: tzinfo | None) -> Text:
    """The running item's number (when the agenda has more than one) and the schedule."""
    state = session.state
    text = Text()
    items = state.agenda.items
    if len(items) > 1:
        shown = [i for i in range(len(items)) if i not in state.dropped_items]
        item = state.phase.item
        number = shown.index(item) + 1 if item in shown else item + 1
        text.append(tr("ui.agenda.run.item", n=number, m=len(shown)), style="bold")
        text.append(" · ")
    schedule = session.schedule()
    style = "bold" if schedule.minutes_late > 0 else ""
    text.append(tr(schedule.message(tz)), style=style)
    return text


class AgendaLine(SteadyStatic):
    """One line for the chair and the room: the agenda item and the schedule."""

    DEFAULT_CSS = """
    AgendaLine { width: auto; height: 1; padding: 0 1; color: $text-muted; }
    """

    def show(self, session: Session, tz: tzinfo | None) -> None:
        """Say where the meeting stands now (repainted only when the words change)."""
        self.change(agenda_text(session, tz))
