"""Every opening's first screen is complete once the app has started: no part of it comes a
frame later, over a blank screen or below an empty footer (bench/startup.py has the times).

Read before any `pilot.pause()`: what the app has drawn by the time Textual calls it ready.
"""

from __future__ import annotations

from pathlib import Path

from tui_support import PEOPLE, fixture_catalog, make_app, screen_text

from intervisie_tui.session import FakeClock, Session, sessions_dir
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.launch import fields_from_options


async def test_the_library_opens_with_its_preview_and_keys(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)):
        text = screen_text(app)
        assert "KOT-intervisiemodel" in text  # the table
        assert "Aan het woord" in text  # the preview of the first method's steps
        assert "o oefenen" in text  # the footer's keys


async def test_a_meeting_from_the_command_line_opens_complete(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)):
        text = screen_text(app)
        assert "Stap 1 van 6 · Vraag en doel" in text
        assert "Voor de voorzitter" in text
        assert "n volgende" in text
        # The run screen is the app's first screen: nothing blank lies beneath it.
        assert len(app.screen_stack) == 1


async def test_a_rehearsal_from_the_command_line_opens_complete(tmp_path: Path) -> None:
    start = StartRequest("kot", rehearse=True, seed=5, speed=30)
    app = IntervisieApp(
        fixture_catalog(), clock=FakeClock(), folder=tmp_path, start=start, tick_seconds=10_000
    )
    async with app.run_test(size=(100, 30)):
        text = screen_text(app)
        assert "OEFENING · nummer 5" in text
        assert "Zeg de openingswoorden hardop" in text  # the room waits for the chair
        assert "Stap 1 van 24 · Vraag en doel" in text  # four simulated cases
        assert "Zeg" in text  # the cue card, filled
        assert "n volgende" in text
        assert len(app.screen_stack) == 1


async def test_a_resumed_meeting_opens_complete(tmp_path: Path) -> None:
    clock = FakeClock()
    first = IntervisieApp(
        fixture_catalog(),
        clock=clock,
        folder=tmp_path,
        start=StartRequest("kot", fields_from_options(PEOPLE)),
        tick_seconds=10_000,
    )
    async with first.run_test(size=(100, 30)):
        pass  # the meeting started; the app ended without closing it, as in a crash
    (journal,) = sessions_dir(tmp_path).glob("*.jsonl")
    app = IntervisieApp(
        fixture_catalog(),
        clock=clock,
        folder=tmp_path,
        session=Session.reopen(journal, clock=clock),
    )
    async with app.run_test(size=(100, 30)):
        text = screen_text(app)
        assert "Stap 1 van 6 · Vraag en doel" in text
        assert "Voor de voorzitter" in text
        assert "n volgende" in text
        assert len(app.screen_stack) == 1
