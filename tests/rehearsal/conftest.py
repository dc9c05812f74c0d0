"""Fixtures for the rehearsal tests: a real method, frozen so exact figures stay put.

The KOT fixture is a copy of the bundled file with its five incidents (tests/rehearsal/data):
the drill tests count prompts and points per phase, and must not change when the library gains
incidents. Every bundled method is still rehearsed as it is (test_rehearsal_every_method.py).
"""

from __future__ import annotations

import pytest
from scripted_chair import load_frozen

from intervisie_tui.model import Method


@pytest.fixture
def kot() -> Method:
    """The KOT method: four cases of fifteen minutes with round phases and five incidents."""
    return load_frozen("kot")
