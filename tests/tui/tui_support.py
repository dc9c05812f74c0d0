"""Shared helpers for the TUI tests: a fixed library, a fake clock, an app factory."""

from __future__ import annotations

import io
from datetime import UTC
from pathlib import Path
from typing import Any

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot

from intervisie_tui.library import load_paths
from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.launch import catalog_from_library, fields_from_options
from intervisie_tui.tui.screens.run import RunScreen

FIXTURES = Path(__file__).parent / "fixtures" / "methods"
#: Copies of bundled methods, frozen here so the snapshots do not move when the library grows.
METHOD_FILES = ("kot.yaml", "vissenkom.yaml", "vijf-stappen.yaml", "tien-stappen.yaml")

PEOPLE = RunOptions(
    chair="Vera",
    participants=("Anna", "Bram", "Chris", "Dewi"),
    inbrenger="Anna",
)


def fixture_catalog(*, broken: bool = True) -> Catalog:
    """Three real methods and (optionally) one broken file, through the real loader."""
    files = [FIXTURES / name for name in METHOD_FILES]
    if broken:
        files.append(FIXTURES / "kapot.yaml")
    return catalog_from_library(load_paths(files))


def make_app(
    folder: Path,
    *,
    clock: FakeClock | None = None,
    method_id: str | None = None,
    options: RunOptions | None = None,
    lang: str = "nl",
    broken: bool = True,
) -> IntervisieApp:
    """An app on the fixture library with a fake clock, a private data folder and UTC."""
    start = None
    if method_id is not None:
        start = StartRequest(method_id, fields_from_options(options or RunOptions()))
    return IntervisieApp(
        fixture_catalog(broken=broken),
        clock=clock or FakeClock(),
        lang=lang,
        folder=folder,
        start=start,
        tz=UTC,
        tick_seconds=0.05,
    )


def screen_text(app: App[object]) -> str:
    """What the terminal shows right now, as plain text (the same render a screenshot uses)."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return console.export_text()


def record_notifications(app: App[int]) -> list[str]:
    """Every message the app shows the chair from now on, in order (toasts are not in
    `screen_text`)."""
    shown: list[str] = []
    notify = app.notify

    def recording(message: str, *args: Any, **kwargs: Any) -> None:
        shown.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return shown


def run_screen(app: App[object]) -> RunScreen:
    """The run screen the app shows now (fails the test when it shows another)."""
    screen = app.screen
    assert isinstance(screen, RunScreen), screen
    return screen


async def later(pilot: Pilot[int], clock: FakeClock, seconds: float) -> None:
    """Move the meeting's time on and let the screen catch up, without sleeping."""
    clock.advance(seconds)
    run_screen(pilot.app).refresh_clock()
    await pilot.pause()
