"""The command line's app freezes its heap once it has drawn; apps in tests leave gc alone."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from tui_support import PEOPLE, fixture_catalog

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.launch import fields_from_options


@pytest.mark.parametrize("freeze", [True, False])
async def test_the_heap_is_frozen_after_the_first_frame_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, freeze: bool
) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    app = IntervisieApp(
        fixture_catalog(broken=False),
        clock=FakeClock(),
        folder=tmp_path,
        start=StartRequest("kot", fields_from_options(PEOPLE)),
        tick_seconds=10_000,
        freeze_heap=freeze,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert frozen == ([True] if freeze else [])
