"""The big countdown the whole room reads."""

from __future__ import annotations

import math
from collections.abc import Hashable
from enum import StrEnum
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.reactive import reactive
from textual.strip import Strip

from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.widgets.glyphs import (
    MIN_BLOCK_ROWS,
    changed_box,
    fits_blocks,
    fits_clock,
    plain_clock,
    render_blocks,
    render_clock,
)
from intervisie_tui.tui.widgets.line_drawn import LineDrawn

#: How long the clock flashes when it reaches zero, in meeting seconds: on, off, on.
ZERO_FLASH_SECONDS = 3


class Tone(StrEnum):
    """How the clock looks: calm while on time, amber near the end, red once over time."""

    normal = "normal"
    warning = "warning"
    overtime = "overtime"
    paused = "paused"
    untimed = "untimed"


def format_clock(seconds: float | None) -> str:
    """The clock face for `seconds` remaining; over time counts up with a leading "+".

    Remaining time is rounded up, so a 15-minute phase starts at 15:00 and shows 00:00 only when
    time is really up; overtime is rounded down, so "+00:01" appears one second after zero.
    """
    if seconds is None:
        return "--:--"
    if seconds > 0:
        whole = math.ceil(seconds - 1e-9)
        sign = ""
    else:
        whole = math.floor(-seconds + 1e-9)
        sign = "+" if whole > 0 else ""
    minutes, secs = divmod(whole, 60)
    return f"{sign}{minutes:02d}:{secs:02d}"


def format_elapsed(seconds: float) -> str:
    """Time spent, rounded down: an untimed phase that began 59.9 s ago shows 00:59."""
    minutes, secs = divmod(max(0, math.floor(seconds + 1e-9)), 60)
    return f"{minutes:02d}:{secs:02d}"


def until_clock_changes(seconds: float) -> float:
    """Meeting seconds until `format_clock(seconds)` shows another face, while time runs.

    The screen sleeps this long instead of asking five times a second: with 90.4 s left the
    face (01:31) changes 0.4 s later; in overtime, -3.2 s (+00:03) changes 0.8 s later.
    """
    if seconds > 0:
        return seconds - (math.ceil(seconds - 1e-9) - 1)
    return math.floor(-seconds + 1e-9) + 1 + seconds


def flashes_at(seconds: float) -> bool:
    """Whether the clock is lit up at `seconds` remaining: the first, third, ... second from zero.

    A cue that needs no sound (the projector's audio is often off): the face inverts during
    the seconds that show 00:00 and +00:02, and is plain at +00:01 in between. Driven by the
    remaining time the screen already asks for each second, so it follows the meeting's clock
    (a test's FakeClock too) and needs no timer of its own.
    """
    if not -ZERO_FLASH_SECONDS < seconds <= 0:
        return False
    return math.floor(-seconds + 1e-9) % 2 == 0


def until_elapsed_changes(seconds: float) -> float:
    """Meeting seconds until `format_elapsed(seconds)` shows another face."""
    return math.floor(seconds + 1e-9) + 1 - seconds


class Countdown(LineDrawn):
    """Clock digits drawn in blocks that fill the widget's height.

    The screen gives this widget a share of its height; the digits use all of it, so they grow
    with the terminal. Below five rows the digits fall back to plain bold text, which reads
    better than blocks two pixels high. Redraws happen only when the face, tone, caption or
    flash changes, and `show` sets only what did. A new face repaints only the box of cells
    that changed (usually part of the last digit), because a full repaint of a third of the
    screen every second was most of what a running clock cost.

    The clock's colours are its own, per light or dark theme, and set here rather than as theme
    variables so any app can show it: a pure red over time (Textual's `$error` was a dull brick
    red, xterm 131, that a projector barely shows), a calm cyan or blue for an untimed phase.
    """

    DEFAULT_CSS = """
    Countdown {
        width: 1fr;
        height: 40%;
        min-height: 1;
        color: $foreground;
        text-style: bold;
    }
    Countdown.-warning { color: $warning; }
    Countdown.-overtime { color: #ff1a1a; }
    Countdown.-paused { color: $foreground-muted; }
    Countdown.-untimed { color: #5fd7ff; }
    Countdown.-flash { background: #ff1a1a; color: $background; }
    Countdown.-overtime:light { color: #c00000; }
    Countdown.-untimed:light { color: #0044aa; }
    Countdown.-flash:light { background: #c00000; color: $background; }
    """

    tone: reactive[Tone] = reactive(Tone.normal)
    #: The word under the digits ("vrij" in an untimed phase), empty when there is none.
    caption: reactive[str] = reactive("")
    #: Lit up for a moment at zero (`flashes_at`).
    flash: reactive[bool] = reactive(False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._face = "--:--"

    @property
    def face(self) -> str:
        """The time on show, as `format_clock` or `format_elapsed` wrote it."""
        return self._face

    def _show_face(self, face: str) -> None:
        """Show `face`, repainting the cells that differ from the face before, nothing else.

        A plain attribute rather than a reactive: it changes every second, and the reactive's
        watcher machinery cost more than the comparison it guards.
        """
        old = self._face
        if face == old:
            return
        self._face = face
        width, height = self.size
        if not (width and height):
            self.refresh()
            return
        # Both drawings are cached (`_lines`): the new one is drawn for the repaint anyway.
        caption = self.caption
        box = changed_box(
            self._lines(old, width, height, caption), self._lines(face, width, height, caption)
        )
        if box is not None:
            self.repaint(Region(*box))

    def watch_tone(self, old: Tone, new: Tone) -> None:
        """Swap the colour class, so the colours live in CSS and themes can change them."""
        self.remove_class(f"-{old.value}")
        self.add_class(f"-{new.value}")

    def watch_flash(self, flash: bool) -> None:
        """Invert the clock while it flashes (the colours live in CSS, per theme)."""
        self.set_class(flash, "-flash")

    def on_mount(self) -> None:
        """Apply the initial tone class."""
        self.add_class(f"-{self.tone.value}")

    def show(self, seconds: float | None, tone: Tone) -> None:
        """Show `seconds` remaining (negative: over time) in `tone`, flashing at zero."""
        flash = seconds is not None and tone is not Tone.paused and flashes_at(seconds)
        self._show(format_clock(seconds), tone, "", flash)

    def show_elapsed(self, seconds: float, tone: Tone) -> None:
        """Show time spent in an untimed phase, counting up under the word "vrij"."""
        self._show(format_elapsed(seconds), tone, tr("ui.run.untimed"), False)

    def _show(self, face: str, tone: Tone, caption: str, flash: bool) -> None:
        """Set what changed: called every second, when mostly only the face does."""
        if caption != self.caption:
            self.caption = caption
        self._show_face(face)
        if tone is not self.tone:
            self.tone = tone
        if flash is not self.flash:
            self.flash = flash

    def shown_rows(self, width: int, height: int) -> tuple[str, ...]:
        """The face's rows at this size: blocks when there is room, plain spaced-out text when
        not."""
        return self._lines(self.face, width, height, self.caption)

    def draw_row(self, row: Hashable, width: int, style: Style) -> Strip:
        """One row as a single segment, so leading spaces (the centring) survive exactly."""
        return Strip([Segment(str(row).ljust(width)[:width], style)], width)

    @staticmethod
    @lru_cache(maxsize=64)
    def _lines(face: str, width: int, height: int, caption: str = "") -> tuple[str, ...]:
        """The rows of `face`; with a caption, the digits leave a blank row and its row below."""
        if caption:
            digits = height - 2
            if digits >= MIN_BLOCK_ROWS and fits_blocks(face, width, digits):
                return (*render_blocks(face, width, digits), "", caption.center(width))
            plain = f"{caption}   {' '.join(face)}".center(width)
        elif fits_clock(face, width, height):
            return tuple(render_clock(face, width, height))
        else:
            plain = plain_clock(face, width)
        top = max(0, (height - 1) // 2)
        return tuple([""] * top + [plain])

    @property
    def uses_blocks(self) -> bool:
        """Whether the digits are currently drawn in blocks (tests and the benchmark read it)."""
        width, height = self.size.width, self.size.height
        if self.caption:
            rows = height - 2
            return rows >= MIN_BLOCK_ROWS and fits_blocks(self.face, width, rows)
        return fits_clock(self.face, width, height)

    @property
    def face_lines(self) -> tuple[str, ...]:
        """The rows as drawn right now (tests measure the digit height from these)."""
        return self._lines(self.face, self.size.width, self.size.height, self.caption)
