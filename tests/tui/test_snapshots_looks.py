"""Snapshots of the clock's own looks: overtime, an untimed step, and the light theme.

Deterministic like test_snapshots.py: a FakeClock, UTC, the fixture library and a private
working folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from test_clock_cues import untimed_app
from test_snapshots import at
from tui_support import PEOPLE, make_app

from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.settings import Look, Settings

Snap = Callable[..., bool]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in a private folder so shown paths are short and the same everywhere."""
    monkeypatch.chdir(tmp_path)
    return Path("data")


@pytest.mark.parametrize("size", [(80, 24), (200, 60)], ids=["80x24", "200x60"])
def test_overtime_keeps_the_clock_in_place(
    snap_compare: Snap, size: tuple[int, int], workdir: Path
) -> None:
    clock = FakeClock()
    app = make_app(workdir, clock=clock, method_id="kot", options=PEOPLE)
    assert snap_compare(app, terminal_size=size, run_before=at(clock, 125))


@pytest.mark.parametrize("size", [(100, 30), (40, 12)], ids=["100x30", "40x12"])
def test_untimed_step_says_vrij(snap_compare: Snap, size: tuple[int, int], workdir: Path) -> None:
    clock = FakeClock()
    assert snap_compare(untimed_app(workdir, clock), terminal_size=size, run_before=at(clock, 75))


@pytest.mark.parametrize(
    ("size", "seconds"),
    [((100, 30), 75), ((80, 24), 125)],
    ids=["100x30-warning", "80x24-overtime"],
)
def test_light_theme(
    snap_compare: Snap, size: tuple[int, int], seconds: float, workdir: Path
) -> None:
    clock = FakeClock()
    app = make_app(workdir, clock=clock, method_id="kot", options=PEOPLE)
    app.settings = Settings(theme=Look.light)
    app.theme = "intervisie-light"
    assert snap_compare(app, terminal_size=size, run_before=at(clock, seconds))


def test_light_theme_setup_form(snap_compare: Snap, workdir: Path) -> None:
    """The set-up form's fields keep a visible frame on white."""
    clock = FakeClock()
    options = RunOptions(chair="Vera", participants=("Anna", "Bram", "Chris", "Dewi"))
    app = make_app(workdir, clock=clock, method_id="kot", options=options)
    app.theme = "intervisie-light"
    assert snap_compare(app, terminal_size=(100, 30), run_before=at(clock, 0))
