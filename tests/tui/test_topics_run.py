"""Adviesrondes on the run screen: a topic written with a (during its owner's turn) makes a
pass, and the header and timeline follow the topics at once."""

from __future__ import annotations

from pathlib import Path

from test_cases import GROUP, bundled_app
from tui_support import run_screen, screen_text

from intervisie_tui.tui.screens.note import NoteDialog


async def test_topics_written_in_the_inventory_become_the_passes(tmp_path: Path) -> None:
    app = bundled_app(tmp_path, "adviesrondes", GROUP)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        session = run_screen(app).session
        assert "Stap 1 van 16" in screen_text(app)  # the method's usual three passes
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NoteDialog)
        assert "met het cijfer (1-10), bv. Roosters plannen: 8" in screen_text(app)
        await pilot.press(*"Roosters plannen: 6", "enter", "t")  # Anna's topic
        await pilot.press("a", *"Een lastige ouder (9)", "enter", "t")  # Bram's
        await pilot.pause()
        text = screen_text(app)
        assert "Stap 1 van 11" in text  # two topics: two passes of five steps
        assert "Anna: Roosters plannen: 6" in text and "Bram: Een lastige ouder (9)" in text
        await pilot.press("n")
        await pilot.pause()
        assert "Onderwerp 1 van 2: Bram" in screen_text(app)  # the highest score first
        assert session.state.case is not None
        assert session.state.case.question == "Een lastige ouder"
