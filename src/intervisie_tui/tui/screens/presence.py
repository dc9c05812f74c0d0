"""Who is here: one key on the run screen, then the person, and they are absent (or back).

Someone leaves for a phone call or comes in late; the round must skip them at once and take
them in again when they return. A short numbered list: a digit picks at once, the arrows and
Enter do too, Escape changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from intervisie_tui.tui.i18n import tr


def presence_label(number: int, name: str, absent: bool) -> Text:
    """One row: its digit, the name, and 'afwezig' for someone who is away."""
    text = Text(f"{number}  " if number <= 9 else "   ")
    text.append(name, style="dim" if absent else "bold")
    if absent:
        text.append(f"  ({tr('ui.presence.absent')})", style="italic")
    return text


class PresenceDialog(ModalScreen[str | None]):
    """The people of the meeting, each present or absent; the chosen name is returned."""

    CSS_PATH = "presence.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    def __init__(self, people: Iterable[str], absent: Iterable[str]) -> None:
        super().__init__()
        self.people = tuple(people)
        self.absent = frozenset(absent)

    def compose(self) -> ComposeResult:
        """The question, the list, and how to answer."""
        with Vertical():
            yield Static(tr("ui.presence.title"), id="presence-title", markup=False)
            yield OptionList(
                *(
                    Option(presence_label(n, name, name in self.absent), id=name)
                    for n, name in enumerate(self.people, start=1)
                ),
                id="presence-list",
            )
            yield Static(tr("ui.presence.hint"), id="presence-hint", markup=False)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def on_key(self, event: events.Key) -> None:
        """A digit picks that person at once."""
        if event.character is not None and event.character in "123456789":
            number = int(event.character)
            if number <= len(self.people):
                event.stop()
                self.dismiss(self.people[number - 1])

    def action_cancel(self) -> None:
        """Escape: nobody changes."""
        self.dismiss(None)
