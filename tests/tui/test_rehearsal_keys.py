"""A rehearsal's own keys (Enter, i, its q) are in its footer, its help and its palette.

The footer is the chair's reminder of what to press: in a rehearsal Enter (the opening words
are said) and i (intervene) are what she trains, so they come first and stay at 80 columns,
and q stop keeps its place at the end, as in a meeting.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from tui_support import fixture_catalog, screen_text

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.rehearsal import RehearsalScreen
from intervisie_tui.tui.screens.help import HelpScreen

NEVER = 10_000.0


def rehearsal_app(folder: Path, lang: str) -> IntervisieApp:
    """The app as `run kot --rehearse --seed 3` opens it, on a fake clock."""
    return IntervisieApp(
        fixture_catalog(),
        clock=FakeClock(),
        lang=lang,
        folder=folder,
        start=StartRequest("kot", rehearse=True, seed=3),
        tz=UTC,
        tick_seconds=NEVER,
    )


@pytest.mark.parametrize(
    ("size", "lang", "expected"),
    [
        ((80, 24), "nl", ("⏎ gezegd", "i ingrijpen", "␣ pauze", "? meer", "q stop")),
        ((80, 24), "en", ("⏎ said it", "i intervene", "␣ pause", "? more", "q quit")),
        ((100, 30), "nl", ("⏎ gezegd", "i ingrijpen", "t beurt", "? meer", "q stop")),
        ((200, 60), "nl", ("⏎ gezegd", "i ingrijpen", "m bel", "? help", "q stop")),
    ],
)
async def test_the_footer_names_enter_intervene_and_stop(
    tmp_path: Path, size: tuple[int, int], lang: str, expected: tuple[str, ...]
) -> None:
    app = rehearsal_app(tmp_path, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        bottom = screen_text(app).splitlines()[-1]
        for words in expected:
            assert words in bottom, bottom
        # The rehearsal's keys first, stop last, and nothing beyond the screen's edge.
        assert bottom.startswith(expected[0]) and bottom.rstrip().endswith(expected[-1])
        assert len(bottom.rstrip()) <= size[0]
        # The meeting's i (naming an inbrenger) is not offered in a rehearsal.
        assert "inbrenger" not in bottom.lower()


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("nl", ("Enter Openingswoorden gezegd:", "i Ingrijpen:", "q Stoppen met oefenen:")),
        ("en", ("Enter Opening words said:", "i Intervene:", "q Stop rehearsing:")),
    ],
)
async def test_the_help_lists_every_rehearsal_key_once(
    tmp_path: Path, lang: str, lines: tuple[str, ...]
) -> None:
    app = rehearsal_app(tmp_path, lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        keys = str(help_screen.query_one("#help-keys").render())
        rows = [" ".join(row.split()) for row in keys.splitlines()]
        for line in lines:
            assert any(row.startswith(line) for row in rows), keys
        # One line for i and one for q: the meeting's (inbrenger, journal) are not listed.
        assert len([row for row in rows if row.startswith("i ")]) == 1
        assert len([row for row in rows if row.startswith("q ")]) == 1
        assert "journa" not in keys.lower()


async def test_q_asks_with_the_rehearsals_words_from_the_footer_key(tmp_path: Path) -> None:
    app = rehearsal_app(tmp_path, "nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert "Stoppen met oefenen?" in screen_text(app)
