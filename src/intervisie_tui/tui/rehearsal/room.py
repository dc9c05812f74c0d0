"""The speaking area of a rehearsal: what the simulated participants say, as in the room.

The newest line is always at the bottom and always visible; above the lines a hint says what the
chair does now (say the opening words, or listen and intervene). Names are bold, a scene is in
italics, the chair's own temptation is marked as a thought.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from intervisie_tui.rehearsal.drill import Heard
from intervisie_tui.rehearsal.lines import Voice
from intervisie_tui.tui.i18n import language, tr


def heard_text(heard: Heard) -> Text:
    """One line as the room said it: 'Bram: …', a scene in italics, a thought marked."""
    said = heard.text(language())
    if heard.voice is Voice.scene:
        return Text(said, style="italic")
    name = tr("rehearsal.line.thinks") if heard.voice is Voice.chair else heard.speaker or "…"
    text = Text()
    text.append(f"{name}: ", style="bold")
    text.append(said, style="italic" if heard.voice is Voice.chair else "")
    return text


class RoomPanel(VerticalScroll):
    """What is said in the room, newest at the bottom, kept in view as lines come in.

    Before the phase's time runs, the body says to speak the opening words; once it runs, the
    lines follow each other and the bottom border holds the one reminder: i intervenes.
    """

    DEFAULT_CSS = """
    RoomPanel { height: 1fr; border: round $warning; padding: 0 1; scrollbar-size-vertical: 1; }
    RoomPanel > Static { height: auto; }
    RoomPanel #room-hint { color: $warning; text-style: bold; }
    """

    #: Never focused: the chair's keys (i, Enter, the run keys) must reach the screen.
    can_focus = False
    #: Lines kept on screen; older ones are in the debrief.
    KEEP = 40

    def compose(self) -> ComposeResult:
        """The hint for the opening words (shown while the phase waits)."""
        yield Static(id="room-hint", markup=False)

    def on_mount(self) -> None:
        """Title the box."""
        self.border_title = tr("rehearsal.room.title")

    def waiting(self, waiting: bool) -> None:
        """Say whether the chair should speak the opening words now, or listen."""
        hint = self.query_one("#room-hint", Static)
        hint.display = waiting
        if waiting:
            hint.update(tr("rehearsal.room.waiting"))
            self.border_subtitle = ""
        else:
            self.border_subtitle = tr("rehearsal.room.listen")

    def add(self, heard: Heard) -> None:
        """Show one more line at the bottom, and keep it in view."""
        lines = self.query(".room-line")
        if len(lines) >= self.KEEP:
            lines.first().remove()
        self.mount(Static(heard_text(heard), classes="room-line", markup=False))
        self.call_after_refresh(self.scroll_end, animate=False)

    @property
    def shown(self) -> list[str]:
        """The lines shown now as plain text, oldest first (what the chair could read)."""
        return [str(line.content) for line in self.query(".room-line").results(Static)]
