"""Choosing people with one key each: who brings the case, who volunteers to speak."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.screens.choice import PICK_KEYS, ChoiceDialog


class PickPerson(ChoiceDialog):
    """A keyed list of names (the current one marked ✓); one key chooses, Escape nobody."""

    def __init__(self, title: str, names: tuple[str, ...], current: str | None = None) -> None:
        rows = [(name, f"{name}  ✓" if name == current else name) for name in names]
        super().__init__(title, tr("cases.pick.help"), rows)
        self.names = names
        self.current = current


class PickVolunteers(ModalScreen[tuple[str, ...] | None]):
    """The volunteers of this round, as on the flip-over: each key puts a person on the list
    (at the end) or takes them off; Enter keeps the list, Escape changes nothing.

    Several people in one dialog, so not a ChoiceDialog (which picks one), but its keys and
    its look (choice.tcss), so every list on the run screen answers the same keys.
    """

    CSS_PATH = "choice.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("enter", "done", show=False),
    ]

    def __init__(self, names: tuple[str, ...], chosen: tuple[str, ...]) -> None:
        super().__init__()
        self.names = names[: len(PICK_KEYS)]
        self.chosen = [name for name in chosen if name in self.names]

    def compose(self) -> ComposeResult:
        """The question, the people with their keys and places on the list, the keys."""
        with Vertical():
            yield Static(tr("cases.pick.volunteers"), id="choice-title", markup=False)
            yield Static(self._lines(), id="pick-names", markup=False)
            yield Static(tr("cases.pick.volunteers_help"), id="choice-hint", markup=False)

    def _lines(self) -> str:
        lines = []
        for key, name in zip(PICK_KEYS, self.names, strict=False):
            place = f"  {self.chosen.index(name) + 1}." if name in self.chosen else ""
            lines.append(f"{key}  {name}{place}")
        return "\n".join(lines)

    def on_key(self, event: events.Key) -> None:
        """A listed key puts that person on the list, or takes them off."""
        char = event.character or ""
        if len(char) == 1 and char in PICK_KEYS[: len(self.names)]:
            event.stop()
            name = self.names[PICK_KEYS.index(char)]
            if name in self.chosen:
                self.chosen.remove(name)
            else:
                self.chosen.append(name)
            self.query_one("#pick-names", Static).update(self._lines())

    def action_done(self) -> None:
        """Enter: this is the list."""
        self.dismiss(tuple(self.chosen))

    def action_cancel(self) -> None:
        """Escape: the list stays as it was."""
        self.dismiss(None)
