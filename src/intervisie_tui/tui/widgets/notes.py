"""The flip-over: what was said in this phase, numbered, with warm/neutraal/koud ratings."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll

from intervisie_tui.session import Note, Rating
from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.widgets.steady import SteadyStatic

#: Calm markers that still differ in shape, not only in colour (projectors wash colours out).
RATING_MARK: dict[Rating, tuple[str, str]] = {
    Rating.warm: ("▲", "bold"),
    Rating.neutraal: ("■", ""),
    Rating.koud: ("▼", "dim"),
}


def notes_text(notes: Sequence[Note], pinned: Sequence[tuple[str, str, bool]] = ()) -> Text:
    """The notes as flip-over lines: '1. Bram: text  ▲ warm' (who: whose turn it was), under
    the lines pinned for the whole case (its question, the first step), each as 'label: text'
    (a hint dim)."""
    text = Text()
    for label, line, hint in pinned:
        text.append(f"{label}: ", style="dim" if hint else "bold")
        text.append(line, style="dim" if hint else "bold")
        text.append("\n")
    if not notes:
        text.append(tr("ui.run.notes_empty"), style="dim")
        return text
    for number, note in enumerate(notes, start=1):
        if number > 1:
            text.append("\n")
        text.append(f"{number}. ", style="bold")
        if note.by:
            text.append(f"{note.by}: ", style="italic")
        text.append(note.text)
        if note.rating is not None:
            mark, style = RATING_MARK[note.rating]
            text.append(f"  {mark} {tr('ui.rating.' + note.rating.value)}", style=style)
    return text


class NotesPanel(VerticalScroll):
    """The notes of the current phase, newest at the bottom and kept in view."""

    #: Never focused: a focused scroll panel would take pagedown, pageup and the arrows (a
    #: presenter clicker, or keys.yaml's next/back) for scrolling. The mouse wheel still scrolls.
    can_focus = False

    def compose(self) -> ComposeResult:
        """One body the phase fills."""
        yield SteadyStatic(id="notes-body")

    def on_mount(self) -> None:
        """Title the box."""
        self.border_title = tr("ui.run.notes")

    def show(self, notes: Sequence[Note], pinned: Sequence[tuple[str, str, bool]] = ()) -> None:
        """Show `notes` under `pinned` and scroll to the newest, when they differ from what
        is on show.

        The scroll waits for the next refresh: the body is laid out again with its new line
        only then, and scrolling at once went to the end of the old text, one note short.
        """
        if self.query_one("#notes-body", SteadyStatic).change(notes_text(notes, pinned)):
            self.call_after_refresh(self.scroll_end, animate=False)
