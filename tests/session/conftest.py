"""Fixtures for the session tests: a fake clock, a private folder, a ready meeting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from time import tzset

import pytest
from session_methods import kot_like, kot_setup

from intervisie_tui.session import FakeClock, Session


@pytest.fixture
def clock() -> FakeClock:
    """A clock that moves only when a test says so."""
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A private sessions folder for one test."""
    return tmp_path / "sessions"


@pytest.fixture
def kot_session(clock: FakeClock, folder: Path) -> Session:
    """A journaled KOT-like meeting with two cases, not started yet."""
    return Session.create(kot_like(), kot_setup(), clock=clock, folder=folder)


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run a test with the machine's local zone set to Amsterdam (reports show local times)."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    tzset()
    yield
    monkeypatch.undo()
    tzset()
