"""The flip-over: the newest note always in sight, and each note linked to whose turn it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_support import PEOPLE, make_app, run_screen, screen_text

from intervisie_tui.session.report import render_report
from intervisie_tui.tui.app import IntervisieApp


async def write(pilot: Pilot[int], text: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    await pilot.press(*text, "enter")
    await pilot.pause()


@pytest.mark.parametrize("size", [(100, 30), (120, 30)])
async def test_the_newest_note_is_always_in_sight(tmp_path: Path, size: tuple[int, int]) -> None:
    app: IntervisieApp = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for number in range(1, 15):
            await write(pilot, f"punt{number}")
            text = screen_text(app)
            assert f"{number}. punt{number}" in text, text


async def test_a_note_in_a_round_is_the_speakers_and_the_report_says_so(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await write(pilot, "Wat wil je bereiken?")  # not a round: nobody's turn
        await pilot.press("n", "n")  # the round of questions
        await pilot.pause()
        await write(pilot, "Wat werkt al?")
        await pilot.press("t")
        await pilot.pause()
        await write(pilot, "Wanneer ging het goed?")
        assert "2. Chris: Wanneer ging het goed?" in screen_text(app)
        state = run_screen(app).session.state
        assert [note.by for note in state.notes] == [None, "Bram", "Chris"]
        report = render_report(state)
        assert "(Bram): Wat werkt al?" in report
        assert "(Chris): Wanneer ging het goed?" in report
        assert "**: Wat wil je bereiken?" in report  # no name where there was no round
