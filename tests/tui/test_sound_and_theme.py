"""The chimes and the light theme as the chair meets them: fake players, no audio, no sleeps."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from tui_support import PEOPLE, fixture_catalog, later, record_notifications, run_screen

from intervisie_tui.session import FakeClock
from intervisie_tui.settings import FILE_NAME, Look, Settings, SoundChoice
from intervisie_tui.sound.chimes import Chime
from intervisie_tui.sound.players import Chimes, PlayerFailed
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.launch import fields_from_options
from intervisie_tui.tui.widgets.countdown import Countdown


class FakePlayer:
    """Plays nothing; remembers which chime files it was given, or fails like a dead server."""

    def __init__(self, name: str = "fake", fails: str | None = None) -> None:
        self.name = name
        self.fails = fails
        self.files: list[str] = []

    def play(self, path: Path) -> None:
        self.files.append(path.name)
        if self.fails is not None:
            raise PlayerFailed(self.fails)


def kot_app(
    folder: Path, clock: FakeClock, chimes: Chimes | None = None, **options: Any
) -> IntervisieApp:
    """KOT started from the command line (first phase 2 minutes, a warning at 1 minute)."""
    return IntervisieApp(
        fixture_catalog(broken=False),
        clock=clock,
        folder=folder,
        start=StartRequest("kot", fields_from_options(PEOPLE)),
        tz=UTC,
        tick_seconds=0.05,
        chimes=chimes,
        **options,
    )


def record_bells(app: IntervisieApp) -> list[int]:
    """One entry per terminal bell the app rings from now on."""
    rung: list[int] = []
    app.bell = lambda: rung.append(1)  # type: ignore[method-assign]
    return rung


async def settle(pilot: Pilot[int]) -> None:
    """Let every chime that was started finish, and the screen hear about it."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def through_warning_and_zero(pilot: Pilot[int], clock: FakeClock) -> None:
    """KOT's first phase from its start to one second over time, ringing what it rings."""
    await later(pilot, clock, 61)
    await settle(pilot)
    await later(pilot, clock, 60)
    await settle(pilot)


async def test_the_chimes_play_at_warning_zero_and_a_minute_over(tmp_path: Path) -> None:
    clock = FakeClock()
    player = FakePlayer()
    chimes = Chimes(SoundChoice.chime, [player], folder=tmp_path / "sound")
    app = kot_app(tmp_path, clock, chimes)
    async with app.run_test(size=(100, 30)) as pilot:
        bells = record_bells(app)
        await later(pilot, clock, 61)
        await settle(pilot)
        assert player.files == ["chime-warning.wav"]
        await later(pilot, clock, 60)
        await settle(pilot)
        await later(pilot, clock, 58)  # +00:59: no reminder yet
        await settle(pilot)
        assert player.files == ["chime-warning.wav", "chime-end.wav"]
        await later(pilot, clock, 1)  # +01:00
        await settle(pilot)
        assert player.files[-1] == "chime-overtime.wav"
        assert chimes.played == [Chime.warning, Chime.end, Chime.overtime]
        assert bells == []  # the chime sounded, so no bell as well
        # Muted (m): nothing sounds at the next phase's warning.
        await pilot.press("m", "n")
        await later(pilot, clock, 61)
        await settle(pilot)
        assert len(player.files) == 3


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_without_a_player_the_bell_rings_and_the_chair_hears_why_once(
    tmp_path: Path, lang: str
) -> None:
    clock = FakeClock()
    chimes = Chimes(SoundChoice.chime, [], folder=tmp_path / "sound", tried="pw-play, aplay")
    app = kot_app(tmp_path, clock, chimes, lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        bells = record_bells(app)
        shown = record_notifications(app)
        await through_warning_and_zero(pilot, clock)
        assert len(bells) == 2
        word = "terminalbel" if lang == "nl" else "terminal bell"
        told = [text for text in shown if word in text]
        assert len(told) == 1, shown
        assert "pw-play, aplay" in told[0]


async def test_a_player_that_fails_gives_the_bell_and_names_itself(tmp_path: Path) -> None:
    clock = FakeClock()
    broken = FakePlayer("paplay", fails="Connection refused")
    chimes = Chimes(SoundChoice.chime, [broken], folder=tmp_path / "sound")
    app = kot_app(tmp_path, clock, chimes)
    async with app.run_test(size=(100, 30)) as pilot:
        bells = record_bells(app)
        shown = record_notifications(app)
        await through_warning_and_zero(pilot, clock)
        assert broken.files == ["chime-warning.wav"]  # not asked again after failing
        assert len(bells) == 2
        assert [text for text in shown if "paplay" in text] == [
            "paplay speelt de gong niet af (Connection refused): je hoort de terminalbel."
        ]


@pytest.mark.parametrize(("choice", "rings"), [(SoundChoice.bell, 1), (SoundChoice.off, 0)])
async def test_bell_or_off_as_the_chair_chose(
    tmp_path: Path, choice: SoundChoice, rings: int
) -> None:
    clock = FakeClock()
    player = FakePlayer()
    app = kot_app(tmp_path, clock, Chimes(choice, [player], folder=tmp_path / "sound"))
    async with app.run_test(size=(100, 30)) as pilot:
        bells = record_bells(app)
        await later(pilot, clock, 61)
        await settle(pilot)
        assert (len(bells), player.files) == (rings, [])
        assert run_screen(app).bells == 1  # the moment came; only its sound differs


async def test_l_switches_to_the_light_theme_and_remembers_it(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / FILE_NAME).write_text("sound: bell  # de zaal\n")
    app = kot_app(tmp_path, FakeClock(), config=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        countdown = run_screen(app).query_one(Countdown)
        dark_text = countdown.styles.color
        assert app.theme == "textual-dark"
        await pilot.press("l")
        await pilot.pause()
        assert app.theme == "intervisie-light"
        assert app.current_theme.background is not None
        assert app.current_theme.background.lower() == "#ffffff"
        assert countdown.styles.color != dark_text
        text = (config / FILE_NAME).read_text()
        assert text == "sound: bell  # de zaal\ntheme: light\n"
        await pilot.press("l")
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert (config / FILE_NAME).read_text().endswith("theme: dark\n")


async def test_the_remembered_theme_opens_the_app(tmp_path: Path) -> None:
    app = kot_app(tmp_path, FakeClock(), settings=Settings(theme=Look.light))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "intervisie-light"


async def test_the_palette_offers_the_theme(tmp_path: Path) -> None:
    app = kot_app(tmp_path, FakeClock(), lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Light or dark" in titles
