"""Choosing one person with one key: who brings the case the group just chose."""

from __future__ import annotations

from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.screens.choice import ChoiceDialog


class PickPerson(ChoiceDialog):
    """A keyed list of names (the current one marked ✓); one key chooses, Escape nobody."""

    def __init__(self, title: str, names: tuple[str, ...], current: str | None = None) -> None:
        rows = [(name, f"{name}  ✓" if name == current else name) for name in names]
        super().__init__(title, tr("cases.pick.help"), rows)
        self.names = names
        self.current = current
