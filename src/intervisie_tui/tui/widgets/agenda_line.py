"""Where the meeting stands: which agenda item runs, and the schedule against the end time.

"Onderdeel 2 van 5 · loopt 4 min uit: einde 16:34". The item changes on a command, the
schedule with time itself (an overrun pushes the end on every second), so the run screen asks
for it with the clock; the line is built and repainted only when its words change.
"""

from __future__ import annotations

from datetime import tzinfo

from rich.text import Text

from intervisie_tui.messages import Lang, Msg
from intervisie_tui.session import Session
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.widgets.steady import SteadyStatic

#: What the line says, as data: the item ("Onderdeel 2 van 5", None with one item), the
#: schedule and whether it is late (then in bold), and the language they are said in.
AgendaWords = tuple[Msg | None, Msg, bool, Lang]


def agenda_words(session: Session, tz: tzinfo | None) -> AgendaWords:
    """The running item's number (when the agenda has more than one) and the schedule."""
    state = session.state
    items = state.agenda.items
    item: Msg | None = None
    if len(items) > 1:
        shown = [i for i in range(len(items)) if i not in state.dropped_items]
        running = state.phase.item
        number = shown.index(running) + 1 if running in shown else running + 1
        item = Msg("ui.agenda.run.item", n=number, m=len(shown))
    schedule = session.schedule()
    return item, schedule.message(tz), schedule.minutes_late > 0, language()


def agenda_text(words: AgendaWords) -> Text:
    """The line as the room reads it."""
    item, message, late, _ = words
    text = Text()
    if item is not None:
        text.append(tr(item), style="bold")
        text.append(" · ")
    text.append(tr(message), style="bold" if late else "")
    return text


class AgendaLine(SteadyStatic):
    """One line for the chair and the room: the agenda item and the schedule."""

    DEFAULT_CSS = """
    AgendaLine { width: auto; height: 1; padding: 0 1; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._words: AgendaWords | None = None

    def show(self, session: Session, tz: tzinfo | None) -> None:
        """Say where the meeting stands now; asked every second, it builds the line only when
        the words change (the schedule moves by whole minutes)."""
        words = agenda_words(session, tz)
        if words != self._words:
            self._words = words
            self.change(agenda_text(words))
