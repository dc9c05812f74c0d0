"""Fixtures for the rehearsal tests: real bundled methods where they exist, small ones otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from intervisie_tui.model import Method

METHODS_DIR = Path(__file__).resolve().parents[2] / "methods"


def load_method(method_id: str) -> Method:
    """A bundled method straight from its YAML file (no loader needed for these tests)."""
    path = METHODS_DIR / f"{method_id}.yaml"
    return Method.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def bundled_ids() -> list[str]:
    """Every bundled method id, in file order."""
    return sorted(path.stem for path in METHODS_DIR.glob("*.yaml"))


@pytest.fixture
def kot() -> Method:
    """The KOT method: four cases of fifteen minutes with round phases and five incidents."""
    return load_method("kot")
