"""Snapshots of every screen at the projector size (100x30) and a small one (40x12).

Deterministic by construction: a FakeClock (Monday 5 January 2026, 09:00 UTC), UTC as the time
zone, the fixture library, and a data folder inside the test's own working folder so the saved
report's path reads the same on every machine.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from tui_support import FIXTURES, PEOPLE, make_app

from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.screens.run import RunScreen

SIZES = [pytest.param((100, 30), id="100x30"), pytest.param((40, 12), id="40x12")]
Snap = Callable[..., bool]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in a private folder so shown paths are short and the same everywhere."""
    monkeypatch.chdir(tmp_path)
    return Path("data")


def at(clock: FakeClock, seconds: float, *keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Before the picture: press `keys`, then let `seconds` of meeting time pass."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
            await pilot.pause()
        clock.advance(seconds)
        screen = pilot.app.screen
        if isinstance(screen, RunScreen):
            screen.refresh_clock()
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_library(
    snap_compare: Snap, size: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From the repository root the broken fixture shows as tests/tui/fixtures/...: the same
    # on every checkout.
    monkeypatch.chdir(FIXTURES.parents[3])
    app = make_app(tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=at(FakeClock(), 0))


@pytest.mark.parametrize("size", SIZES)
def test_setup(snap_compare: Snap, size: tuple[int, int], workdir: Path) -> None:
    clock = FakeClock()
    options = RunOptions(chair="Vera", participants=("Anna", "Bram", "Chris", "Dewi"))
    app = make_app(workdir, clock=clock, method_id="kot", options=options)
    assert snap_compare(app, terminal_size=size, run_before=at(clock, 0, *"Anna, Bram"))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("seconds", "keys"),
    [
        pytest.param(10, (), id="normal"),
        pytest.param(75, (), id="warning"),
        pytest.param(130, (), id="overtime"),
        pytest.param(20, ("n", "n", "t"), id="round"),
    ],
)
def test_run(
    snap_compare: Snap,
    size: tuple[int, int],
    seconds: float,
    keys: tuple[str, ...],
    workdir: Path,
) -> None:
    clock = FakeClock()
    app = make_app(workdir, clock=clock, method_id="kot", options=PEOPLE)
    assert snap_compare(app, terminal_size=size, run_before=at(clock, seconds, *keys))


@pytest.mark.parametrize("size", SIZES)
def test_end(snap_compare: Snap, size: tuple[int, int], workdir: Path) -> None:
    clock = FakeClock()
    app = make_app(workdir, clock=clock, method_id="kot", options=PEOPLE)
    keys = ("a", *"Wat werkt al?", "enter", *("n",) * 6, "j")
    assert snap_compare(app, terminal_size=size, run_before=at(clock, 0, *keys))
