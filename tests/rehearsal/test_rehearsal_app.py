"""The rehearsal inside the real app: from the library ("Oefenen") and from `run --rehearse`."""

from __future__ import annotations

from pathlib import Path

from scripted_chair import load_method

from intervisie_tui.session.clock import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.rehearsal import RehearsalScreen
from intervisie_tui.tui.rehearsal.cue_card import CueCardPanel
from intervisie_tui.tui.rehearsal.debrief import DebriefScreen
from intervisie_tui.tui.screens.confirm import ConfirmDialog
from intervisie_tui.tui.screens.library import LibraryScreen


def catalog() -> Catalog:
    return Catalog((load_method("kot"), load_method("vijf-stappen")))


async def test_o_in_the_library_rehearses_the_highlighted_method(tmp_path: Path) -> None:
    app = IntervisieApp(catalog(), clock=FakeClock(), folder=tmp_path, tick_seconds=10_000)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("down")  # vijf-stappen
        await pilot.press("o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert screen.drill.method.id == "vijf-stappen"
        assert screen.drill.state.started
        screen.tick_drill()
        await pilot.pause()
        card = screen.query_one(CueCardPanel)
        assert card.display


async def test_run_rehearse_opens_the_drill_with_seed_and_speed(tmp_path: Path) -> None:
    clock = FakeClock()
    start = StartRequest("kot", rehearse=True, seed=5, speed=30)
    app = IntervisieApp(catalog(), clock=clock, folder=tmp_path, start=start, tick_seconds=10_000)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert (screen.drill.seed, screen.drill.speed) == (5, 30)
        clock.advance(5)  # reading the opening words aloud: time waits for the chair
        assert screen.drill.session.elapsed() == 0
        await pilot.press("enter")
        clock.advance(2)  # two real seconds at speed 30: one method minute
        assert screen.drill.session.elapsed() == 60
        for _ in range(23):
            await pilot.press("n")
        await pilot.press("n", "j")  # last phase: confirm the end
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        assert app.screen.path is not None
        assert app.screen.path.parent == tmp_path / "rehearsals"
        assert app.screen.path.name.endswith("-kot-seed5.md")
        assert app.screen.path.stat().st_mode & 0o777 == 0o600  # private, like the journal
        assert (tmp_path / "rehearsals" / "history.jsonl").stat().st_mode & 0o777 == 0o600
        await pilot.press("q")
    assert app.return_value == 0


async def test_quitting_a_rehearsal_asks_in_its_own_words(tmp_path: Path) -> None:
    start = StartRequest("kot", rehearse=True, seed=1)
    app = IntervisieApp(catalog(), clock=FakeClock(), folder=tmp_path, start=start)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "geen journaal" in app.screen.explain
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        await pilot.press("q", "q")
    assert app.return_value == 0
    assert not (tmp_path / "sessions").exists()  # a rehearsal writes no journal
