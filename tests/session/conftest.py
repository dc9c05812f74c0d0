"""Fixtures for the session tests: a fake clock, a private folder, a ready meeting."""

from __future__ import annotations

from pathlib import Path

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
