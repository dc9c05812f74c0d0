"""The yardstick: a bare Textual app showing one Digits widget, started like intervisie-tui.

Every app-level figure in bench/ is a ratio against this app measured in the same run, so the
machine, the Python build and the terminal cancel out and only our own cost remains.
"""

from __future__ import annotations

import sys
import time

from textual.app import App, ComposeResult
from textual.widgets import Digits

#: What the Digits widget shows; the harness waits for this face to appear on screen.
FACE = "12:34"


class BaselineApp(App[None]):
    """One Digits widget, nothing else: the least a Textual countdown can cost."""

    BINDINGS = [("q", "quit", "Quit")]  # noqa: RUF012

    def __init__(self, *, ticking: bool = False) -> None:
        super().__init__()
        self.ticking = ticking

    def compose(self) -> ComposeResult:
        """Only the digits."""
        yield Digits(FACE)

    def on_mount(self) -> None:
        """With --tick, count down once a second: the least a Textual countdown can redraw."""
        if self.ticking:
            self.set_interval(1.0, self.tick)

    def tick(self) -> None:
        """Show minutes:seconds of a two-minute countdown."""
        left = max(0, 120 - int(time.monotonic() % 3600) % 120)
        self.query_one(Digits).update(f"{left // 60:02d}:{left % 60:02d}")


def validate_with_pydantic() -> None:
    """With --pydantic: one pydantic model defined and validated before the app runs.

    Not a yardstick for any ceiling: bench/memory.py shows it beside the plain app, so what
    pydantic itself costs (its import and the machinery every model class brings) is told apart
    from what our models, code and screens cost on top of it.
    """
    from pydantic import BaseModel, Field

    class Probe(BaseModel):
        face: str = Field(min_length=1)

    Probe.model_validate_json(b'{"face": "12:34"}')


if __name__ == "__main__":
    if "--pydantic" in sys.argv:
        validate_with_pydantic()
    BaselineApp(ticking="--tick" in sys.argv).run()
