"""A whole method with rounds, and the rating of flip-over items, driven by keys only."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from tui_support import PEOPLE, later, make_app, run_screen, screen_text

from intervisie_tui.session import FakeClock, Rating, Session
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.launch import catalog_from_library
from intervisie_tui.tui.screens.end import EndScreen
from intervisie_tui.tui.widgets.countdown import Countdown, Tone


async def write_note(pilot: Pilot[int], text: str, *rating: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    await pilot.press(*text, "enter", *rating)
    await pilot.pause()


async def test_whole_vijf_stappen_with_rounds(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="vijf-stappen", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        countdown = screen.query_one(Countdown)
        assert "Stap 1 van 5" in screen_text(app)
        assert screen.session.state.is_round is False
        assert "Beurt" not in screen_text(app)

        await pilot.press("n")
        await pilot.pause()
        # The inbrenger answers, so the round is the three colleagues in seating order.
        assert screen.session.turn_order == ("Bram", "Chris", "Dewi")
        seen = []
        for _ in range(3):
            seen.append(screen.session.current_speaker)
            await pilot.press("t")
            await pilot.pause()
        assert seen == ["Bram", "Chris", "Dewi"]
        assert "Ronde rond ✓" in screen_text(app)
        # One more t starts round 2 with the first speaker again.
        await pilot.press("t")
        await pilot.pause()
        assert screen.session.current_speaker == "Bram"
        assert "Ronde 2" in screen_text(app)
        await write_note(pilot, "Sinds wanneer speelt dit?")

        # 15 minutes: calm, then amber in the last minute, then red and counting up.
        assert countdown.tone is Tone.normal
        await later(pilot, clock, 14 * 60 + 1)
        assert (countdown.face, countdown.tone) == ("00:59", Tone.warning)
        await later(pilot, clock, 61)
        assert (countdown.face, countdown.tone) == ("+00:02", Tone.overtime)

        await pilot.press("n", "n", "n")
        await pilot.pause()
        # In the evaluation the inbrenger takes part in the round too.
        assert "Evaluatie" in screen_text(app)
        assert screen.session.turn_order == ("Anna", "Bram", "Chris", "Dewi")
        assert "Hierna: einde" in screen_text(app)
        await pilot.press("n", "j")
        await pilot.pause()
        end = app.screen
        assert isinstance(end, EndScreen)
        assert end.report is not None
        report = end.report.read_text(encoding="utf-8")
    assert "Sinds wanneer speelt dit?" in report
    # The timeline's planned-versus-actual ends up in the report as well.
    assert "Probleemverkenning" in report


async def test_ratings_on_the_flip_over(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="tien-stappen", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await write_note(pilot, "Wat wil je bereiken?")
        await write_note(pilot, "Wie beslist er?")
        await pilot.press("n")
        await pilot.pause()
        text = screen_text(app)
        assert "Waardering van de vragen" in text
        # The rating step shows the questions collected in the step before, each with whose
        # turn it was in the round of questions.
        assert "1. Bram: Wat wil je bereiken?" in text and "2. Bram: Wie beslist er?" in text
        await write_note(pilot, "2", "w")
        await write_note(pilot, "1", "k")
        text = screen_text(app)
        assert "2. Bram: Wie beslist er?  ▲ warm" in text
        # (one word too long for the panel's line: the rating wraps onto the next)
        assert "1. Bram: Wat wil je bereiken?  ▼" in text and "koud" in text
        # A new question in the rating step is added and rated at once.
        await write_note(pilot, "Wat heb je al geprobeerd?", "n")
        assert "3. Wat heb je al geprobeerd?  ■" in screen_text(app)
        journal = run_screen(app).session.path
    assert journal is not None
    state = Session.reopen(journal, clock=FakeClock()).state
    assert {note.text: note.rating for note in state.notes} == {
        "Wat wil je bereiken?": Rating.koud,
        "Wie beslist er?": Rating.warm,
        "Wat heb je al geprobeerd?": Rating.neutraal,
    }


async def test_resume_opens_the_running_meeting(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await write_note(pilot, "Het loopt vast bij de planning")
        journal = run_screen(app).session.path
        await pilot.press("q", "j")
    assert journal is not None

    # The laptop was closed for a minute; the phase kept running in real meeting time.
    clock.advance(60)
    session = Session.reopen(journal, clock=clock)
    resumed = IntervisieApp(app.catalog, clock=clock, folder=tmp_path, session=session)
    async with resumed.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(resumed)
        text = screen_text(resumed)
        assert "Stap 2 van 6 · Korte schets" in text
        assert "1. Het loopt vast bij de planning" in text
        assert screen.query_one(Countdown).face == "01:00"


def test_catalog_keeps_broken_files_apart() -> None:
    from tui_support import FIXTURES

    from intervisie_tui.library import load_paths

    library = load_paths([FIXTURES / "kot.yaml", FIXTURES / "kapot.yaml"])
    catalog = catalog_from_library(library)
    assert [method.id for method in catalog.methods] == ["kot"]
    assert [broken.path.name for broken in catalog.broken] == ["kapot.yaml"]
    assert catalog.broken[0].problems[0].line == 16
