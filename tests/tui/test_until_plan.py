"""`run kot ... --until`: an end time that shortens the method shows the plan before it applies.

The chair's guide: "Je ziet het plan altijd eerst; pas als je het aanneemt, gaat het gelden" and
"Lukt zelfs één minuut per stap niet, dan staat er 'Past niet'".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time
from pathlib import Path

from tui_support import PEOPLE, make_app, screen_text

from intervisie_tui.session import FakeClock

START = datetime(2026, 3, 10, 19, 6, tzinfo=UTC)


async def test_an_end_time_that_shortens_the_method_opens_the_plan_not_the_meeting(
    tmp_path: Path,
) -> None:
    options = replace(PEOPLE, until=time(19, 16))  # 10 minutes for a 15-minute method
    app = make_app(tmp_path, clock=FakeClock(START), method_id="kot", options=options)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Stap 1 van 6" not in text, text  # nothing runs yet
        assert "Gepland 10 min van 10 min beschikbaar" in text, text
        assert "19:12  1· Suggesties                   3 (4,5)" in text
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.session is not None  # accepted: now it runs, on the plan she saw
        assert "Stap 1 van 6" in screen_text(app)
        assert sum(m or 0 for m in app.session.state.minutes) == 10


async def test_an_end_time_that_cannot_fit_says_so_and_starts_nothing(tmp_path: Path) -> None:
    options = replace(PEOPLE, until=time(19, 9))  # 3 minutes for 6 steps
    app = make_app(tmp_path, clock=FakeClock(START), method_id="kot", options=options)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "Past niet: ook met 1 minuut per stap is het 3 min te lang" in text
        assert app.session is None


async def test_an_end_time_the_method_fits_in_starts_at_once(tmp_path: Path) -> None:
    options = replace(PEOPLE, until=time(20, 0))
    app = make_app(tmp_path, clock=FakeClock(START), method_id="kot", options=options)
    async with app.run_test(size=(100, 30)):
        assert "Stap 1 van 6 · Vraag en doel" in screen_text(app)
