"""Shared test fixtures: keep this small; layer-specific fixtures live in their own folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point the user's config and cache folders at empty temp dirs: no test reads a real home."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("INTERVISIE_TUI_CONFIG_DIR", str(folder))
    monkeypatch.setenv("INTERVISIE_TUI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield folder


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    """The UI language is one setting per process (tui/i18n.py): every test leaves it Dutch,
    the default, so a test that switches it cannot leave the tests after it in the other one."""
    from intervisie_tui.tui.i18n import Lang, set_language

    yield
    set_language(Lang.nl)


@pytest.fixture
def test_data() -> Path:
    """tests/data: valid/ and broken/ method files."""
    return TEST_DATA
