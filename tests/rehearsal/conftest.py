"""Fixtures for the rehearsal tests: real bundled methods from methods/."""

from __future__ import annotations

import pytest
from scripted_chair import load_method

from intervisie_tui.model import Method


@pytest.fixture
def kot() -> Method:
    """The KOT method: four cases of fifteen minutes with round phases and five incidents."""
    return load_method("kot")
