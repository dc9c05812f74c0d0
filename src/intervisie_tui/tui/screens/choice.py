"""A short numbered list to pick one thing from: a digit picks at once, arrows and Enter too.

The run screen's w (who is here) and the agenda editor's a (add an item) ask the same kind of
question; one dialog keeps the keys the same everywhere. Escape picks nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


def numbered(number: int, label: str | Text) -> Text:
    """A row with its digit in front (the first nine rows; the rest are picked with Enter)."""
    text = Text(f"{number}  " if number <= 9 else "   ")
    text.append(label if isinstance(label, Text) else Text(label, style="bold"))
    return text


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of `choices` (id, label); the chosen id is returned, None for Escape."""

    CSS_PATH = "choice.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    def __init__(self, title: str, hint: str, choices: Sequence[tuple[str, str | Text]]) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.choices = tuple(choices)

    def compose(self) -> ComposeResult:
        """The question, the list, and how to answer."""
        with Vertical():
            yield Static(self.title_text, id="choice-title", markup=False)
            yield OptionList(
                *(
                    Option(numbered(n, label), id=choice_id)
                    for n, (choice_id, label) in enumerate(self.choices, start=1)
                ),
                id="choice-list",
            )
            yield Static(self.hint, id="choice-hint", markup=False)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def on_key(self, event: events.Key) -> None:
        """A digit picks that row at once."""
        if event.character is not None and event.character in "123456789":
            number = int(event.character)
            if number <= len(self.choices):
                event.stop()
                self.dismiss(self.choices[number - 1][0])

    def action_cancel(self) -> None:
        """Escape: nothing is picked."""
        self.dismiss(None)
