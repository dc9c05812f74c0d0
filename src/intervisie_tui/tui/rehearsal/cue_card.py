"""The cue card panel: what to say, which rules to announce, what to watch for."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from intervisie_tui.rehearsal.cues import CueCard
from intervisie_tui.tui.i18n import tr


def cue_text(card: CueCard) -> Text:
    """The card as rich text, in the order a chair uses it at the start of a phase."""
    text = Text()
    if card.opening:
        text.append(tr("rehearsal.cue.say") + "\n", style="bold")
        text.append(f"“{card.opening}”\n\n")
    if card.rules:
        text.append(tr("rehearsal.cue.rules") + "\n", style="bold")
        for rule in card.rules:
            text.append(f"• {rule.reminder}", style="bold")
            text.append(f" — {rule.explanation}\n")
        text.append("\n")
    if card.watch_for:
        text.append(tr("rehearsal.cue.watch") + "\n", style="bold")
        for item in card.watch_for:
            text.append(f"• {item}\n")
        text.append("\n")
    if card.questions:
        text.append(tr("rehearsal.cue.questions") + "\n", style="bold")
        for question in card.questions:
            text.append(f"• {question}\n")
    if card.is_empty:
        text.append(tr("rehearsal.cue.none"))
    text.rstrip()
    return text


class CueCardPanel(VerticalScroll):
    """Replaces the chair's crib sheet during a rehearsal, with the rules spelled out.

    A chair who rehearses does not yet know what each rule means in practice, so the card
    carries every active rule's explanation too, which the real run screen leaves out.
    """

    #: Never focused: a focused scroll panel would take pagedown, pageup and the arrows (a
    #: presenter clicker, or keys.yaml's next/back) for scrolling. The mouse wheel still scrolls.
    can_focus = False

    def compose(self) -> ComposeResult:
        """One body the phase fills."""
        yield Static(id="cue-body")

    def on_mount(self) -> None:
        """Title the box."""
        self.border_title = tr("rehearsal.cue.title")

    def show(self, card: CueCard) -> None:
        """Show the card of a new phase, scrolled to its start."""
        self.query_one("#cue-body", Static).update(cue_text(card))
        self.scroll_home(animate=False)
