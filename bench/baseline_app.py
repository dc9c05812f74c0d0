"""The yardstick: a bare Textual app showing one Digits widget, started like intervisie-tui.

Every app-level figure in bench/ is a ratio against this app measured in the same run, so the
machine, the Python build and the terminal cancel out and only our own cost remains.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Digits

#: What the Digits widget shows; the harness waits for this face to appear on screen.
FACE = "12:34"


class BaselineApp(App[None]):
    """One Digits widget, nothing else: the least a Textual countdown can cost."""

    BINDINGS = [("q", "quit", "Quit")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        """Only the digits."""
        yield Digits(FACE)


if __name__ == "__main__":
    BaselineApp().run()
