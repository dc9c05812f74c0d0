"""The app from a 40x12 laptop split to a 300x80 wall, and resized while the clock runs.

A chair drags the terminal to the projector, the projector changes resolution, someone snaps
the window to half the screen: the meeting must keep going on every size, with the clock
visible, and no keystroke may crash it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import bundled_app

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.screens.library import LibraryScreen
from intervisie_tui.tui.screens.run import RunScreen
from intervisie_tui.tui.widgets.countdown import Countdown

SIZES = [(40, 12), (52, 16), (80, 24), (120, 40), (200, 60), (300, 80)]


@pytest.mark.parametrize(("width", "height"), [(40, 12), (80, 24), (300, 80)])
async def test_every_screen_at_a_fixed_size(tmp_path: Path, width: int, height: int) -> None:
    clock = FakeClock()
    app = bundled_app(tmp_path, clock, method_id=None)
    async with app.run_test(size=(width, height)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("down", "down", "enter")  # a set-up form
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)

    app = bundled_app(tmp_path, clock)
    async with app.run_test(size=(width, height)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        countdown = screen.query_one(Countdown)
        assert countdown.face == "02:00"
        assert countdown.size.height >= 1 and countdown.size.width >= 5
        for key in ("question_mark", "escape", "a", "escape", "h", "n", "t", "plus", "space"):
            await pilot.press(key)
            await pilot.pause()
        clock.advance(30)
        screen.refresh_clock()
        await pilot.pause()
        assert countdown.face == "03:00"  # phase 2 (2 min) plus one minute, paused at once
        assert screen.session.state.index == 1
        assert app.screen is screen


async def test_resized_while_the_countdown_runs(tmp_path: Path) -> None:
    clock = FakeClock()
    app = bundled_app(tmp_path, clock)
    sizes = [*SIZES, (40, 12), (300, 80), (41, 13), (299, 79), (40, 80), (300, 12), (100, 30)]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        countdown = screen.query_one(Countdown)
        for step, (width, height) in enumerate(sizes):
            await pilot.resize_terminal(width, height)
            clock.advance(7)
            screen.refresh_clock()
            await pilot.pause()
            assert app.size == (width, height)
            seconds = 120 - 7 * (step + 1)
            sign = "+" if seconds < 0 else ""
            assert countdown.face == f"{sign}{abs(seconds) // 60:02d}:{abs(seconds) % 60:02d}"
            if step % 4 == 0:  # a note typed at this size reaches the flip-over
                await pilot.press("a", *f"vraag {step}", "enter")
                await pilot.pause()
        notes = [note.text for note in screen.session.state.notes]
        assert notes == [f"vraag {step}" for step in range(0, len(sizes), 4)]
        assert app.screen is screen
