"""The real app on the bundled library, with a fake clock and a private data folder."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from intervisie_tui.library import load_library
from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.launch import catalog_from_library, fields_from_options

PEOPLE = RunOptions(chair="Vera", participants=("Anna", "Bram", "Chris"), inbrenger="Anna")


def bundled_app(
    folder: Path, clock: FakeClock, *, method_id: str | None = "kot", people: bool = True
) -> IntervisieApp:
    """intervisie-tui as `run METHOD --chair ... --participants ... --inbrenger ...` opens it."""
    start = None
    if method_id is not None:
        start = StartRequest(method_id, fields_from_options(PEOPLE if people else RunOptions()))
    library = load_library(user=False, cache=False)
    return IntervisieApp(
        catalog_from_library(library),
        clock=clock,
        folder=folder,
        start=start,
        tz=UTC,
        tick_seconds=0.05,
    )
