"""The chair's crib sheet: opening words, suggested questions, what to watch for."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll

from intervisie_tui.messages import pick_all
from intervisie_tui.session import PhaseView
from intervisie_tui.tui.i18n import language, pick, tr
from intervisie_tui.tui.widgets.steady import SteadyStatic


def chair_text(view: PhaseView) -> Text:
    """What the chair may say and ask in this phase, in the chair's language where the method
    has it (a list is taken whole from one language, never mixed); empty parts are left out."""
    questions = pick_all(view.questions, view.questions_en, language())
    watch_for = pick_all(view.watch_for, view.watch_for_en, language())
    text = Text()
    if view.opening:
        # The label on the opening's own line: one row more of the words said aloud.
        text.append(tr("ui.run.opening") + " ", style="bold")
        text.append(f"“{pick(view.opening, view.opening_en)}”\n")
    if questions:
        text.append(tr("ui.run.questions") + "\n", style="bold")
        for question in questions:
            text.append(f"• {question}\n")
    if watch_for:
        text.append(tr("ui.run.watch") + "\n", style="bold")
        for item in watch_for:
            text.append(f"• {item}\n")
    text.rstrip()
    return text


class ChairPanel(VerticalScroll):
    """Hideable with h, so the room sees only what it needs while the chair keeps the script."""

    #: Never focused: a focused scroll panel would take pagedown, pageup and the arrows (a
    #: presenter clicker, or keys.yaml's next/back) for scrolling. The mouse wheel still scrolls.
    can_focus = False

    def compose(self) -> ComposeResult:
        """One body the phase fills."""
        yield SteadyStatic(id="chair-body")

    def on_mount(self) -> None:
        """Title the box."""
        self.border_title = tr("ui.run.chair")

    def show(self, view: PhaseView) -> None:
        """Fill with the phase's opening words and questions, from the top.

        Only when they differ from what is on show: a pause or an extra minute leaves the
        crib sheet (and how far the chair scrolled in it) as it was.
        """
        if self.query_one("#chair-body", SteadyStatic).change(chair_text(view)):
            self.scroll_home(animate=False)
