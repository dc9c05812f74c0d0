"""The end screen says where the meeting's files went: the folder, the report, the sheets."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import PEOPLE, make_app, screen_text

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.screens.end import EndScreen


@pytest.mark.parametrize(
    ("lang", "folder_line", "sheets_line"),
    [
        (
            "nl",
            "Alles staat in de map:",
            "Reflectieformulieren, één per deelnemer om in te vullen:",
        ),
        (
            "en",
            "Everything is in the folder:",
            "Reflection sheets, one per participant to fill in:",
        ),
    ],
)
async def test_the_end_screen_names_the_folder_of_the_report_and_the_reflection_sheets(
    tmp_path: Path, lang: str, folder_line: str, sheets_line: str
) -> None:
    app = make_app(tmp_path, clock=FakeClock(), method_id="kot", options=PEOPLE, lang=lang)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*("n",) * 6, "y" if lang == "en" else "j")
        await pilot.pause()
        end = app.screen
        assert isinstance(end, EndScreen)
        report, sheets = end.report, end.reflections
        assert report is not None and sheets is not None
        text = " ".join(screen_text(app).split())
        assert f"{folder_line} {report.parent}" in text
        assert f"{sheets_line} {sheets}/" in text
        # What the screen names is there: a sheet for the chair and each participant.
        assert sheets.parent == report.parent
        assert sorted(path.name for path in sheets.iterdir()) == [
            "anna.md",
            "bram.md",
            "chris.md",
            "dewi.md",
            "vera.md",
        ]
