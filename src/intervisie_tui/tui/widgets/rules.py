"""The active rules of a phase as large reminders for the room."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.reactive import reactive
from textual.widgets import Static


class RuleCard(Static):
    """One rule in a box: the room should be able to point at it ("nog geen advies!")."""


class RulesReminder(HorizontalGroup):
    """The phase's rules side by side; flashed for a few seconds when a phase starts.

    The flash is a reactive the screen sets from the injected clock, so it is deterministic in
    tests and in snapshots, and it draws the eye to the rules exactly when they change.
    """

    flash: reactive[bool] = reactive(False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._reminders: tuple[str, ...] = ()

    def compose(self) -> ComposeResult:
        """Nothing until rules are set: a phase without rules shows no empty box."""
        return iter(())

    def watch_flash(self, flash: bool) -> None:
        """Flash by class, so the colour lives in CSS."""
        self.set_class(flash, "-flash")

    def show_rules(self, reminders: Sequence[str]) -> None:
        """Replace the cards when the reminders differ; unchanged rules are left alone."""
        new = tuple(reminders)
        if new == self._reminders and self.children:
            return
        self._reminders = new
        self.remove_children()
        self.mount_all(RuleCard(text, markup=False) for text in new)  # the author's words
        self.set_class(not new, "-empty")

    @property
    def reminders(self) -> tuple[str, ...]:
        """The reminders on show, for tests."""
        return self._reminders
