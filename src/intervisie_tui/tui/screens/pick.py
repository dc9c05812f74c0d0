"""Choosing one person with one key: who brings the case the group just chose."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.tui.i18n import tr

#: The keys that pick the first, second, ... person: digits first, then letters, never the
#: Escape the chair cancels with, nor q (the app's quit key). A larger group shows its first 35.
PICK_KEYS = "1234567890abcdefghijklmnoprstuvwxyz"


class PickPerson(ModalScreen[str | None]):
    """A numbered list of names; one key chooses, Escape chooses nobody."""

    CSS_PATH = "pick.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    def __init__(self, title: str, names: tuple[str, ...], current: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.names = names[: len(PICK_KEYS)]
        self.current = current

    def compose(self) -> ComposeResult:
        """The question, then one line per person with the key that chooses them."""
        with Vertical():
            yield Static(self.title_text, id="pick-title", markup=False)
            lines = [
                f"{key}  {name}{'  ✓' if name == self.current else ''}"
                for key, name in zip(PICK_KEYS, self.names, strict=False)
            ]
            yield Static("\n".join(lines), id="pick-names", markup=False)
            yield Static(tr("cases.pick.help"), id="pick-help", markup=False)

    def on_key(self, event: events.Key) -> None:
        """A listed key chooses that person at once."""
        char = event.character or ""
        if len(char) == 1 and char in PICK_KEYS[: len(self.names)]:
            event.stop()
            self.dismiss(self.names[PICK_KEYS.index(char)])

    def action_cancel(self) -> None:
        """Escape: nobody is chosen, nothing changes."""
        self.dismiss(None)
