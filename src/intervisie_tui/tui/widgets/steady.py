"""A Static that leaves its content alone when asked to show the same again."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class SteadyStatic(Static):
    """Shows text like a Static, but an unchanged text is neither repainted nor laid out.

    The run screen redraws every line and panel from the session's new state after each
    command (a pause, a minute more, a note), and most of them read the same as before;
    `Static.update` would repaint and lay each of them out again, and a scrolled panel around
    it would jump. `change` tells the caller whether anything changed, so a panel can scroll
    only then.
    """

    def __init__(self, *, id: str | None = None, markup: bool = True) -> None:
        super().__init__(id=id, markup=markup)
        self._shown: str | Text | None = None

    def change(self, content: str | Text) -> bool:
        """Show `content` if it differs from what is on show; True when it did."""
        if content == self._shown:
            return False
        self._shown = content
        self.update(content)
        return True
