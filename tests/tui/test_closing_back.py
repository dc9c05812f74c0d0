"""q on the last screen of a rehearsal or meeting goes back to where the chair started it.

Started from the library (o, or Enter and the set-up) or the groups screen, the debrief's and
the end screen's q lead back there, and the footer and the help say "terug". Started from the
command line nothing lies beneath: q closes the app, and the footer says "stop".
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from tui_support import fixture_catalog, screen_text

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.rehearsal import RehearsalScreen
from intervisie_tui.tui.rehearsal.debrief import DebriefScreen
from intervisie_tui.tui.screens.end import EndScreen
from intervisie_tui.tui.screens.help import HelpScreen
from intervisie_tui.tui.screens.library import LibraryScreen
from intervisie_tui.tui.screens.run import RunScreen
from intervisie_tui.tui.setup_fields import SetupFields
from intervisie_tui.tui.setup_form import build_setup

NEVER = 10_000.0


def app_for(folder: Path, lang: str, start: StartRequest | None = None) -> IntervisieApp:
    """The app on the fixture library and a fake clock: the library, or what `start` asks."""
    return IntervisieApp(
        fixture_catalog(),
        clock=FakeClock(),
        lang=lang,
        folder=folder,
        start=start,
        tz=UTC,
        tick_seconds=NEVER,
    )


def footer(app: IntervisieApp) -> str:
    return screen_text(app).splitlines()[-1]


async def shows(pilot: Pilot[int], kind: type[Screen[Any]]) -> None:
    """Wait (a few turns of the app's loop, no clock) until a screen of `kind` is on top."""
    for _ in range(20):
        await pilot.pause()
        if isinstance(pilot.app.screen, kind):
            return
    raise AssertionError(f"{kind.__name__} did not show; {pilot.app.screen!r} did")


KOT_PEOPLE = SetupFields(chair="Anna", participants="Bram, Chris", inbrengers="Bram")


def start_kot(app: IntervisieApp) -> None:
    """Start a KOT meeting as the set-up form does when the chair completes it."""
    method = app.catalog.method("kot")
    app.start_meeting(method, build_setup(method, KOT_PEOPLE, app.clock.wall(), UTC))


async def finish_meeting(pilot: Pilot[int]) -> str:
    """Close the meeting on the run screen; the end screen's footer."""
    await shows(pilot, RunScreen)
    run = pilot.app.screen
    assert isinstance(run, RunScreen)
    run.finish()
    await shows(pilot, EndScreen)
    assert isinstance(pilot.app, IntervisieApp)
    return footer(pilot.app)


@pytest.mark.parametrize(("lang", "back"), [("nl", "q terug"), ("en", "q back")])
async def test_the_debrief_of_a_rehearsal_from_the_library_goes_back_there(
    tmp_path: Path, lang: str, back: str
) -> None:
    app = app_for(tmp_path, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await shows(pilot, RehearsalScreen)
        rehearsal = app.screen
        assert isinstance(rehearsal, RehearsalScreen)
        rehearsal.finish()
        await shows(pilot, DebriefScreen)
        assert back in footer(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        said = screen_text(app)
        assert ("Terug naar waar je begon" if lang == "nl" else "Back to where you started") in said
        assert "journaal" not in said and "journal" not in said
        await pilot.press("escape")
        await pilot.press("q")
        await shows(pilot, LibraryScreen)
        assert app.return_code is None  # still running: the chair may pick the next method


async def test_the_debrief_of_a_rehearsal_from_the_command_line_closes_the_app(
    tmp_path: Path,
) -> None:
    app = app_for(tmp_path, "nl", StartRequest("kot", rehearse=True, seed=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rehearsal = app.screen
        assert isinstance(rehearsal, RehearsalScreen)
        rehearsal.finish()
        await shows(pilot, DebriefScreen)
        assert "q stop" in footer(app)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_stopping_a_rehearsal_from_the_library_goes_back_there(tmp_path: Path) -> None:
    app = app_for(tmp_path, "nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await shows(pilot, RehearsalScreen)
        assert isinstance(app.screen, RehearsalScreen)
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("j")
        await shows(pilot, LibraryScreen)
        assert app.return_code is None


@pytest.mark.parametrize(("lang", "back"), [("nl", "q terug"), ("en", "q back")])
async def test_the_end_of_a_meeting_from_the_library_goes_back_there(
    tmp_path: Path, lang: str, back: str
) -> None:
    app = app_for(tmp_path, lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        start_kot(app)
        assert back in await finish_meeting(pilot)
        await pilot.press("q")
        await shows(pilot, LibraryScreen)
        assert app.session is None  # the meeting is let go of; q in the library leaves unasked
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_the_end_of_a_meeting_from_the_command_line_closes_the_app(tmp_path: Path) -> None:
    app = app_for(tmp_path, "nl", StartRequest("kot", KOT_PEOPLE))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
        assert "q stop" in await finish_meeting(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_meeting_the_command_line_named_closes_the_app_after_its_set_up_form(
    tmp_path: Path,
) -> None:
    # `run kot` without people opens the set-up form over the library; the chair asked for
    # this one meeting, so its end screen's q closes the app, as `run` with every flag does.
    app = app_for(tmp_path, "nl", StartRequest("kot", SetupFields()))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert len(app.screen_stack) > 1  # the set-up form, the library beneath it
        start_kot(app)
        assert "q stop" in await finish_meeting(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running
