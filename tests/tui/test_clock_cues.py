"""What the room sees without sound: the flash at zero, a vivid overtime, a steady clock, "vrij"."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from tui_support import PEOPLE, fixture_catalog, later, make_app, run_screen

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.launch import fields_from_options
from intervisie_tui.tui.widgets.countdown import Countdown, Tone, flashes_at
from intervisie_tui.tui.widgets.glyphs import plain_clock, render_clock


def first_ink(lines: list[str]) -> int:
    """The leftmost column with ink in any row."""
    return min(len(line) - len(line.lstrip()) for line in lines if line.strip())


@pytest.mark.parametrize(("width", "height"), [(46, 9), (66, 11), (166, 22), (30, 5), (200, 6)])
def test_the_digits_stay_in_place_when_the_plus_appears(width: int, height: int) -> None:
    calm = render_clock("02:05", width, height)
    over = render_clock("+02:05", width, height)
    start = first_ink(calm)
    # The same digits in the same cells; the "+" only to their left, never off the screen.
    assert [line[start:] for line in calm] == [line[start:] for line in over]
    assert first_ink(over) < start
    assert all(len(line) == width for line in over)


def test_small_screens_keep_the_digits_in_place_too() -> None:
    calm, over = plain_clock("02:05", 30), plain_clock("+02:05", 30)
    assert calm.index("0") == over.index("0")
    assert over.strip().startswith("+")


@pytest.mark.parametrize(
    ("seconds", "lit"),
    [
        (0.5, False),
        (0, True),
        (-0.9, True),
        (-1.2, False),
        (-2.1, True),
        (-3.0, False),
        (-60, False),
    ],
)
def test_the_clock_flashes_for_a_moment_at_zero(seconds: float, lit: bool) -> None:
    assert flashes_at(seconds) is lit


async def test_zero_flashes_then_overtime_is_vivid_red_in_the_same_place(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        countdown = run_screen(app).query_one(Countdown)
        await later(pilot, clock, 110)
        calm_lines = countdown.face_lines
        assert not countdown.has_class("-flash")
        await later(pilot, clock, 10)  # 00:00
        assert countdown.has_class("-flash")
        await later(pilot, clock, 1.5)  # +00:01
        assert not countdown.has_class("-flash")
        await later(pilot, clock, 1)  # +00:02
        assert countdown.has_class("-flash")
        await later(pilot, clock, 7.5)  # +00:10
        assert not countdown.has_class("-flash")
        assert (countdown.face, countdown.tone) == ("+00:10", Tone.overtime)
        red = countdown.styles.color
        # Vivid: a strong, pure red (the old dull brick red was about (186, 60, 91)).
        assert red.r >= 230 and red.g <= 40 and red.b <= 40, red
        # "00:10" where "01:50" stood: the minutes' "0" and the colon did not move.
        start = first_ink(list(calm_lines))
        assert [line[start : start + 8] for line in countdown.face_lines] == [
            line[start : start + 8] for line in calm_lines
        ]


async def test_no_flash_when_the_chair_paused_at_zero(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await later(pilot, clock, 120.5)
        countdown = run_screen(app).query_one(Countdown)
        assert countdown.has_class("-flash")
        await pilot.press("space")
        await pilot.pause()
        assert not countdown.has_class("-flash")


def untimed_app(tmp_path: Path, clock: FakeClock, lang: str = "nl") -> IntervisieApp:
    """KOT with its first step untimed (the chair decides when it ends)."""
    kot = fixture_catalog(broken=False).method("kot")
    untimed = kot.model_copy(
        update={"steps": [kot.steps[0].model_copy(update={"minutes": None}), *kot.steps[1:]]}
    )
    return IntervisieApp(
        Catalog((untimed,)),
        clock=clock,
        folder=tmp_path,
        lang=lang,
        start=StartRequest("kot", fields_from_options(PEOPLE)),
        tz=UTC,
        tick_seconds=0.05,
    )


@pytest.mark.parametrize(("lang", "word"), [("nl", "vrij"), ("en", "open")])
async def test_an_untimed_step_says_vrij_and_counts_up_in_its_own_colour(
    tmp_path: Path, lang: str, word: str
) -> None:
    clock = FakeClock()
    app = untimed_app(tmp_path, clock, lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await later(pilot, clock, 75)
        countdown = run_screen(app).query_one(Countdown)
        assert (countdown.face, countdown.tone) == ("01:15", Tone.untimed)
        assert countdown.uses_blocks
        assert countdown.face_lines[-1].strip() == word
        untimed_colour = countdown.styles.color
        await pilot.press("n")  # a timed step: the word goes, the colour is the calm one
        await pilot.pause()
        assert countdown.tone is Tone.normal
        assert all(word not in line for line in countdown.face_lines)
        assert countdown.styles.color != untimed_colour


async def test_an_untimed_step_on_a_small_screen_says_vrij_beside_the_time(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    app = untimed_app(tmp_path, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await later(pilot, clock, 5)
        countdown = run_screen(app).query_one(Countdown)
        assert not countdown.uses_blocks
        assert "vrij   0 0 : 0 5" in "\n".join(countdown.face_lines)
