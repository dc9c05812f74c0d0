"""Without a sound player a rehearsal says so once, in its banner, not in a toast over the room."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from tui_support import fixture_catalog, record_notifications, screen_text

from intervisie_tui.session import FakeClock
from intervisie_tui.settings import SoundChoice
from intervisie_tui.sound.players import Chimes
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.rehearsal import RehearsalScreen

NEVER = 10_000.0


async def test_no_player_is_said_once_in_the_banner(tmp_path: Path) -> None:
    clock = FakeClock()
    chimes = Chimes(SoundChoice.chime, [], folder=tmp_path / "sound", tried="pw-play, aplay")
    app = IntervisieApp(
        fixture_catalog(),
        clock=clock,
        folder=tmp_path,
        start=StartRequest("kot", rehearse=True, seed=3),
        tz=UTC,
        tick_seconds=NEVER,
        chimes=chimes,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        rung: list[int] = []
        app.bell = lambda: rung.append(1)  # type: ignore[method-assign]
        toasts = record_notifications(app)
        await pilot.press("enter")  # the opening words: the phase's 2 minutes run, 6x faster
        for _ in range(2):  # past the warning at 1 minute, then past zero
            clock.advance(11)
            screen.refresh_clock()
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert len(rung) == 2  # the bell instead of the chime, both times
        assert toasts == []  # nothing over the corner of the screen
        top = screen_text(app).splitlines()[:3]
        banner = " ".join(line.strip() for line in top)
        assert banner.startswith("OEFENING · nummer 3")
        assert "terminalbel" in banner and "pw-play, aplay" in banner
        assert screen_text(app).count("terminalbel") == 1
