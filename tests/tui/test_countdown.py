"""The clock face: formatting, block digits that scale, and the height rule on real screens."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from tui_support import PEOPLE, fixture_catalog, make_app

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.launch import fields_from_options
from intervisie_tui.tui.screens.run import RunScreen
from intervisie_tui.tui.widgets.countdown import Countdown, Tone, format_clock, format_elapsed
from intervisie_tui.tui.widgets.glyphs import fits_blocks, ink_rows, render_blocks


@pytest.mark.parametrize(
    ("seconds", "face"),
    [
        (900, "15:00"),
        (899.2, "15:00"),
        (60.0, "01:00"),
        (0.4, "00:01"),
        (0, "00:00"),
        (-0.5, "00:00"),
        (-1, "+00:01"),
        (-125.9, "+02:05"),
        (180 * 60, "180:00"),
        (None, "--:--"),
    ],
)
def test_face(seconds: float | None, face: str) -> None:
    assert format_clock(seconds) == face


@pytest.mark.parametrize(("width", "height"), [(66, 5), (80, 9), (160, 20), (250, 28)])
def test_blocks_fill_the_height_and_stay_in_the_width(width: int, height: int) -> None:
    lines = render_blocks("+12:34", width, height)
    assert len(lines) == height
    assert all(len(line) == width for line in lines)
    assert ink_rows(lines) == height


def test_digits_differ_from_each_other() -> None:
    faces = {tuple(render_blocks(f"0{digit}:00", 60, 10)) for digit in range(10)}
    assert len(faces) == 10


def test_too_small_for_blocks() -> None:
    assert not fits_blocks("12:34", 40, 4)
    assert not fits_blocks("12:34", 10, 20)
    assert fits_blocks("12:34", 40, 5)


SIZES = [(80, 24), (100, 30), (120, 40), (160, 50), (200, 60), (250, 70)]


@pytest.mark.parametrize(("width", "height"), SIZES)
async def test_digits_are_a_third_of_the_screen_on_the_run_screen(
    tmp_path: Path, width: int, height: int
) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(width, height)) as pilot:
        await pilot.pause()
        countdown = app.screen.query_one(Countdown)
        assert countdown.uses_blocks
        assert ink_rows(countdown.face_lines) * 3 >= height
        # The face fits side to side: no ink cut off at the right edge.
        assert all(len(line.rstrip()) <= countdown.size.width for line in countdown.face_lines)


async def test_small_screen_shows_plain_digits(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        countdown = app.screen.query_one(Countdown)
        assert not countdown.uses_blocks
        assert "0 2 : 0 0" in "\n".join(countdown.face_lines)
        assert countdown.region.height >= 1


def test_elapsed_face() -> None:
    assert format_elapsed(0) == "00:00"
    assert format_elapsed(59.9) == "00:59"
    assert format_elapsed(61) == "01:01"


async def test_untimed_phase_counts_up_calmly(tmp_path: Path) -> None:
    kot = fixture_catalog(broken=False).method("kot")
    untimed = kot.model_copy(
        update={"steps": [kot.steps[0].model_copy(update={"minutes": None}), *kot.steps[1:]]}
    )
    clock = FakeClock()
    app = IntervisieApp(
        Catalog((untimed,)),
        clock=clock,
        folder=tmp_path,
        start=StartRequest("kot", fields_from_options(PEOPLE)),
        tz=UTC,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        clock.advance(75)
        screen.refresh_clock()
        await pilot.pause()
        countdown = screen.query_one(Countdown)
        assert (countdown.face, countdown.tone) == ("01:15", Tone.untimed)
        assert screen.bells == 0
