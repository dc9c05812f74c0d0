"""Fixtures for the room view: a private data folder and a clock for the meeting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from time import tzset

import pytest

from intervisie_tui.session import FakeClock


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder for one test (sessions/ and the access code go here)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("INTERVISIE_TUI_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def sessions(data_dir: Path) -> Path:
    """Where the meetings' journals are written."""
    return data_dir / "sessions"


@pytest.fixture
def clock() -> FakeClock:
    """A meeting clock that moves only when a test says so."""
    return FakeClock()


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local zone set to Amsterdam: clock times on the page are the room's."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    tzset()
    yield
    monkeypatch.undo()
    tzset()
