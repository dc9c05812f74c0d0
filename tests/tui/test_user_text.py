"""What a chair or a method author types is shown as typed, never read as Rich markup.

Names, notes, case questions and every text of a method file reach the screen; `[/]` in one
of them used to crash the app (Rich reads it as a closing tag with nothing to close) and
`[bold]` silently changed the look and vanished. Every test here types or loads such text,
walks the screens it reaches, and reads the screen back the way the chair sees it.
"""

from __future__ import annotations

import html
import re
from datetime import UTC
from pathlib import Path
from typing import Any

from textual.app import App
from textual.screen import ModalScreen
from tui_support import FIXTURES, make_app

from intervisie_tui.library import load_paths
from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.launch import catalog_from_library
from intervisie_tui.tui.rehearsal import RehearsalScreen
from intervisie_tui.tui.rehearsal.incident import IncidentScreen
from intervisie_tui.tui.screens.library import LibraryScreen
from intervisie_tui.tui.screens.run import RunScreen
from intervisie_tui.tui.screens.setup import SetupScreen

#: Markup that crashes (a closing tag with nothing open) and markup that would vanish.
CRASH, BOLD = "[/]", "[bold]"


def shown(app: App[Any]) -> str:
    """The screen as text, row by row, read from Textual's public screenshot (an SVG)."""
    rows: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in re.findall(
        r'<text [^>]*x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', app.export_screenshot()
    ):
        rows.setdefault(float(y), []).append((float(x), html.unescape(text)))
    return "\n".join(
        "".join(text for _, text in sorted(row)).replace("\xa0", " ")
        for _, row in sorted(rows.items())
    )


async def test_names_and_notes_with_markup_are_shown_as_typed(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=RunOptions(chair=f"Vera {CRASH}"))
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.press(*f"Anna {BOLD}, Bram {CRASH}, Chris", "enter")
        await pilot.press(*f"Anna {BOLD}", "enter")
        await pilot.pause()
        assert f"Anna {BOLD}" in shown(app)  # the plan names the case by its inbrenger
        await pilot.press(*f"Hoe {BOLD}?", "enter", "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
        assert f"Anna {BOLD}" in shown(app)
        assert f"Vraag: Hoe {BOLD}?" in shown(app)  # the case question, as typed
        await pilot.press("a", *f"Advies {CRASH} aan {BOLD}Bram", "enter")
        await pilot.pause()
        if isinstance(app.screen, ModalScreen):  # a step that rates notes: no rating
            await pilot.press("enter")
            await pilot.pause()
        assert f"Advies {CRASH} aan {BOLD}Bram" in shown(app)


async def test_a_refused_setup_from_the_command_line_names_the_person_as_typed(
    tmp_path: Path,
) -> None:
    # The chair is also a participant: the set-up opens with a warning that names her.
    chair = f"Vera {CRASH}"
    options = RunOptions(chair=chair, participants=(chair, "Bram"), inbrenger="Bram")
    app = make_app(tmp_path, method_id="kot", options=options)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert f"de voorzitter '{chair}' staat ook bij" in shown(app)


#: KOT with markup in its title, a role, two rules (the first phase's and an incident's) and
#: the first step's title.
MARKED_UP = (
    ("title: KOT-intervisiemodel (oplossingsgericht)", f"title: 'KOT {CRASH} {BOLD}model'"),
    ("name: Inbrenger\n", f"name: 'Inbrenger {CRASH}'\n"),
    ("reminder: Nog geen vragen", f"reminder: 'Nog geen {BOLD}vragen{CRASH}'"),
    ("reminder: Nog geen advies, geen analyse", f"reminder: 'Geen {BOLD}advies{CRASH}'"),
    ("title: Vraag en doel", f"title: '{BOLD}Vraag{CRASH} en doel'"),
)


def marked_up_catalog(folder: Path) -> Catalog:
    """The KOT fixture with the MARKED_UP texts, through the real loader."""
    text = (FIXTURES / "kot.yaml").read_text(encoding="utf-8")
    for old, new in MARKED_UP:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = folder / "kot.yaml"
    path.write_text(text, encoding="utf-8")
    catalog = catalog_from_library(load_paths([path]))
    assert not catalog.broken, catalog.broken
    return catalog


async def test_method_texts_with_markup_reach_every_screen_as_written(tmp_path: Path) -> None:
    app = IntervisieApp(
        marked_up_catalog(tmp_path), clock=FakeClock(), folder=tmp_path / "data", tz=UTC
    )
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        text = shown(app)
        assert f"KOT {CRASH} {BOLD}model" in text  # the list and the preview
        assert f"{BOLD}Vraag{CRASH} en doel" in text  # the preview's steps
        assert f"Inbrenger {CRASH}" in text  # who speaks in it
        assert f"Nog geen {BOLD}vragen{CRASH}" in text  # and its rules
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.press(*"Vera", "enter", *"Anna, Bram, Chris", "enter", *"Anna", "enter")
        await pilot.pause()
        text = shown(app)
        assert f"KOT {CRASH} {BOLD}model" in text  # the set-up's title
        assert f"{BOLD}Vraag{CRASH} en doel" in text  # the plan
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen), shown(app)
        text = shown(app)
        assert f"{BOLD}Vraag{CRASH} en doel" in text
        assert f"Nog geen {BOLD}vragen{CRASH}" in text


async def test_a_rehearsal_incident_names_a_marked_up_rule_as_written(tmp_path: Path) -> None:
    clock = FakeClock()
    start = StartRequest("kot", rehearse=True, seed=3, speed=20)
    app = IntervisieApp(
        marked_up_catalog(tmp_path),
        clock=clock,
        folder=tmp_path / "data",
        start=start,
        tz=UTC,
        tick_seconds=1e4,
    )
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.pause()
        rehearsal = app.screen
        assert isinstance(rehearsal, RehearsalScreen)
        drill = rehearsal.drill
        await pilot.press("n", "n", "enter")  # to the questions, where advice slips in
        seen: list[str] = []
        for _ in range(600):
            if any(f"Geen {BOLD}advies{CRASH}" in text for text in seen):
                break
            if isinstance(app.screen, IncidentScreen):
                await pilot.press("1")  # the rule is named in the feedback, as written
                await pilot.pause()
                seen.append(shown(app))
                await pilot.press("enter")
            elif isinstance(app.screen, RehearsalScreen):  # the rehearsal, back from the box
                clock.advance(1)
                before = len(drill.heard)
                rehearsal.tick_drill()
                if any(h.line.breach for h in drill.heard[before:]):
                    await pilot.press("i")
                elif drill.state.next_index() == 3 and drill.session.elapsed() > 200:
                    await pilot.press("n")  # the questions' breaches were other rules
                    await pilot.pause()
                    await pilot.press("enter")
            else:
                break
            await pilot.pause()
        assert any(f"Geen {BOLD}advies{CRASH}" in text for text in seen), (
            rehearsal.drill.state.index,
            seen,
        )
