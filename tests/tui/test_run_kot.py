"""A whole KOT case driven by keys with a fake clock: what the chair and the room would see."""

from __future__ import annotations

import re
from pathlib import Path

from tui_support import PEOPLE, later, make_app, record_notifications, run_screen, screen_text

from intervisie_tui.session import FakeClock, Session, read_journal
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.screens.confirm import ConfirmDialog
from intervisie_tui.tui.screens.end import EndScreen
from intervisie_tui.tui.screens.help import HelpScreen
from intervisie_tui.tui.screens.run import RunScreen
from intervisie_tui.tui.widgets.countdown import Countdown, Tone
from intervisie_tui.tui.widgets.rules import RulesReminder


async def test_whole_kot_case(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        countdown = screen.query_one(Countdown)
        rules = screen.query_one(RulesReminder)

        # Phase 1: the inbrenger speaks, the clock is calm and full, the rules flash.
        text = screen_text(app)
        assert "Stap 1 van 6 · Vraag en doel" in text
        assert "Aan het woord" in text and "Anna" in text
        assert "Luistert" in text and "Bram, Chris, Dewi" in text
        assert "Hierna: Korte schets (2 min)" in text
        assert (countdown.face, countdown.tone) == ("02:00", Tone.normal)
        assert rules.flash
        await later(pilot, clock, 5)
        assert not rules.flash

        # The warning from the last minute: amber and one bell.
        await later(pilot, clock, 56)
        assert (countdown.face, countdown.tone) == ("00:59", Tone.warning)
        assert screen.bells == 1
        # Overtime counts up with a plus, in red, with a bell at zero.
        await later(pilot, clock, 64)
        assert (countdown.face, countdown.tone) == ("+00:05", Tone.overtime)
        assert screen.bells == 2

        # Next phase: a new clock and its own rules.
        await pilot.press("n")
        await pilot.pause()
        assert "Stap 2 van 6 · Korte schets" in screen_text(app)
        assert countdown.face == "02:00"
        assert rules.reminders[0] == "Nog geen vragen"

        # Pause freezes the clock; resume continues from the same second.
        await pilot.press("space")
        await later(pilot, clock, 30)
        assert (countdown.face, countdown.tone) == ("02:00", Tone.paused)
        assert "PAUZE" in screen_text(app)
        await pilot.press("space")
        await later(pilot, clock, 30)
        assert (countdown.face, countdown.tone) == ("01:30", Tone.normal)
        # + and - change the phase's time by a minute.
        await pilot.press("plus")
        await pilot.pause()
        assert countdown.face == "02:30"
        await pilot.press("minus")
        await pilot.pause()
        assert countdown.face == "01:30"

        # Phase 3 is a round: Bram, Chris, Dewi in seating order; the inbrenger answers.
        await pilot.press("right")
        await pilot.pause()
        text = screen_text(app)
        assert "Oplossingsgerichte vragen" in text
        assert re.search(r"Beurt +Bram ", text)
        assert "Ronde 1" in text
        assert screen.session.current_speaker == "Bram"
        await pilot.press("t")
        await pilot.pause()
        assert screen.session.current_speaker == "Chris"
        assert "✓ Bram" in screen_text(app)
        await pilot.press("s")  # Chris passes this round
        await pilot.pause()
        assert screen.session.current_speaker == "Dewi"
        await pilot.press("t")
        await pilot.pause()
        assert screen.session.round_complete
        assert "Ronde rond ✓" in screen_text(app)

        # A note on the flip-over.
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Wat werkt al?")
        await pilot.press("enter")
        await pilot.pause()
        assert "1. Wat werkt al?" in screen_text(app)

        # The chair's panel hides from the room and comes back.
        assert "Voor de voorzitter" in screen_text(app)
        await pilot.press("h")
        await pilot.pause()
        assert "Voor de voorzitter" not in screen_text(app)
        await pilot.press("h")
        await pilot.pause()
        assert "Voor de voorzitter" in screen_text(app)

        # Muted: no bell at the next warning.
        await pilot.press("m")
        await pilot.pause()
        assert "geluid uit" in screen_text(app)
        await later(pilot, clock, 3.5 * 60 + 1)
        assert countdown.tone is Tone.overtime
        assert screen.bells == 2

        # Back goes to the round again; then on through the last phases.
        await pilot.press("b")
        await pilot.pause()
        assert "Stap 2 van 6" in screen_text(app)
        for title in ("Oplossingsgerichte", "Complimenten", "Suggesties", "Afsluiting"):
            await pilot.press("n")
            await pilot.pause()
            assert title in screen_text(app)
        assert "Hierna: einde" in screen_text(app)

        # n at the last phase asks before closing; n(ee) keeps the meeting going.
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
        await pilot.press("n", "j")
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        report = app.screen.report
        assert report is not None and report.exists()
        text = screen_text(app)
        assert "Verslag opgeslagen" in text
        assert "intervisie-tui report" in text
        assert "resume" not in text  # the meeting is closed: nothing to continue

    # The journal kept everything: replaying it gives the note and the closed meeting.
    journal = report.with_suffix(".jsonl")
    contents = read_journal(journal)
    assert contents.finished
    state = Session.reopen(journal, clock=FakeClock()).state
    assert [note.text for note in state.notes] == ["Wat werkt al?"]
    assert "Wat werkt al?" in report.read_text(encoding="utf-8")


async def test_quit_asks_first_and_the_journal_keeps_the_session(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        journal = run_screen(app).session.path
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        text = screen_text(app)
        assert "Bijeenkomst stoppen?" in text and "resume" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
        await pilot.press("q", "q")
        await pilot.pause()
    assert app.return_value == 0
    assert journal is not None
    assert not read_journal(journal).finished


async def test_ctrl_q_asks_first_like_q(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Bijeenkomst stoppen?" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
        assert app.is_running


async def test_help_lists_every_key(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for label in ("spatie", "n / →", "b / ←", "Volgende beurt", "Persoon overslaan"):
            assert label in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)


async def test_palette_offers_every_run_key(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        names = {command.title for command in app.get_system_commands(app.screen)}
        for wanted in ("Pauze of verder", "Volgende fase", "Vorige fase", "Eén minuut erbij"):
            assert wanted in names
        assert {"Volgende beurt", "Persoon overslaan", "Notitie toevoegen", "Help"} <= names
        # Running a palette command does what the key does.
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Volgende fase")
        await command.callback()
        await pilot.pause()
        assert run_screen(app).session.state.index == 1


async def test_english_chrome(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang="en")
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            text = screen_text(app)
            assert "Step 1 of 6 · Question and goal" in text
            assert "Speaking" in text and "Listening" in text
            assert "Case presenter" in text
            assert "Next: Brief outline (2 min)" in text
            assert "No questions yet" in text
            assert "pause" in text and "next" in text
    finally:
        from intervisie_tui.tui.i18n import set_language

        set_language("nl")


async def test_a_resumed_meeting_tells_the_chair_about_a_torn_last_line(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        journal = run_screen(app).session.path
        await pilot.press("q", "q")
        await pilot.pause()
    assert journal is not None
    with journal.open("ab") as file:
        file.write(b'{"type":"paus')  # the process died in the middle of a line
    session = Session.reopen(journal, clock=clock)
    assert session.replay_warning is not None
    resumed = IntervisieApp(app.catalog, clock=clock, folder=tmp_path, session=session)
    shown = record_notifications(resumed)
    async with resumed.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(resumed.screen, RunScreen)
    assert any("half geschreven" in message for message in shown), shown
