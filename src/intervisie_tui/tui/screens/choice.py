"""A short list to pick one thing from: its key picks at once, arrows and Enter too.

The run screen's w (who is here) and i (who brings the case), and the agenda editor's a (add an
item) ask the same kind of question; one dialog keeps the keys the same everywhere. The rows are
keyed 1, 2, ... 9, 0, then letters; Escape picks nothing.
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

#: The keys that pick the first, second, ... row: digits first, then letters, never the Escape
#: the chair cancels with, nor q (the app's quit key). Rows past these are picked with Enter.
PICK_KEYS = "1234567890abcdefghijklmnoprstuvwxyz"


def keyed(index: int, label: str | Text) -> Text:
    """A row with the key that picks it in front."""
    text = Text(f"{PICK_KEYS[index]}  " if index < len(PICK_KEYS) else "   ")
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
                    Option(keyed(index, label), id=choice_id)
                    for index, (choice_id, label) in enumerate(self.choices)
                ),
                id="choice-list",
            )
            yield Static(self.hint, id="choice-hint", markup=False)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def on_key(self, event: events.Key) -> None:
        """A row's key picks that row at once."""
        char = event.character or ""
        if len(char) == 1 and char in PICK_KEYS[: len(self.choices)]:
            event.stop()
            self.dismiss(self.choices[PICK_KEYS.index(char)][0])

    def action_cancel(self) -> None:
        """Escape: nothing is picked."""
        self.dismiss(None)
