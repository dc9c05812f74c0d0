"""Shared helpers for the TUI tests: a fixed library, a fake clock, an app factory."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from textual.app import App
from textual.pilot import Pilot

from intervisie_tui.library import load_paths
from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.launch import catalog_from_library, fields_from_options
from intervisie_tui.tui.screens.run import RunScreen

SVG = "http://www.w3.org/2000/svg"
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


def screen_text(app: App[Any]) -> str:
    """What the terminal shows right now, as plain text, read from Textual's SVG screenshot.

    The screenshot draws each run of same-styled text as one SVG `text` element at its cell
    (x in character widths, one y per row; runs of spaces are left out), so the rows are the
    runs of each y, placed at their columns; a row with nothing on it is left out.
    """
    svg = ElementTree.fromstring(app.export_screenshot())
    rows: dict[float, list[tuple[int, str]]] = {}
    for element in svg.iter(f"{{{SVG}}}text"):
        length, text = element.get("textLength"), (element.text or "").replace("\xa0", " ")
        if length is None or text == "\n":
            continue  # the window's title above the terminal, or the end of a row
        cell = float(length) / len(text)
        column = round(float(element.get("x", "0")) / cell)
        rows.setdefault(float(element.get("y", "0")), []).append((column, text))
    lines = []
    for y in sorted(rows):
        line = ""
        for column, text in sorted(rows[y]):
            line = line.ljust(column) + text
        lines.append(line)
    return "\n".join(lines)


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


def run_screen(app: App[Any]) -> RunScreen:
    """The run screen the app shows now (fails the test when it shows another)."""
    screen = app.screen
    assert isinstance(screen, RunScreen), screen
    return screen


async def later(pilot: Pilot[int], clock: FakeClock, seconds: float) -> None:
    """Move the meeting's time on and let the screen catch up, without sleeping."""
    clock.advance(seconds)
    run_screen(pilot.app).refresh_clock()
    await pilot.pause()
