"""Snapshots of the run screen on a large wall (120x30, 200x60): the spotlight and the layout.

Deterministic like test_snapshots.py: a FakeClock, UTC, the fixture library.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from test_snapshots import at, workdir
from tui_support import PEOPLE, make_app

from intervisie_tui.session import FakeClock

__all__ = ["workdir"]  # the fixture, shared with test_snapshots.py

Snap = Callable[..., bool]
WALLS = [pytest.param((120, 30), id="120x30"), pytest.param((200, 60), id="200x60")]


@pytest.mark.parametrize("size", WALLS)
@pytest.mark.parametrize(
    ("seconds", "keys"),
    [
        pytest.param(10, (), id="telling"),
        pytest.param(20, ("n", "n", "t"), id="round"),
        pytest.param(20, ("n", "n", "space"), id="paused"),
    ],
)
def test_run_on_the_wall(
    snap_compare: Snap, size: tuple[int, int], seconds: float, keys: tuple[str, ...], workdir: Path
) -> None:
    clock = FakeClock()
    app = make_app(workdir, clock=clock, method_id="kot", options=PEOPLE)
    assert snap_compare(app, terminal_size=size, run_before=at(clock, seconds, *keys))
