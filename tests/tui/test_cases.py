"""The case on the run screen: a fishbowl without an inbrenger, a case chosen inside Balint."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from tui_support import PEOPLE, later, make_app, run_screen, screen_text

from intervisie_tui.library import load_paths
from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.launch import catalog_from_library, fields_from_options
from intervisie_tui.tui.screens.setup import SetupScreen

BUNDLED = Path(__file__).resolve().parents[2] / "methods"
GROUP = RunOptions(chair="Vera", participants=("Anna", "Bram", "Chris", "Dewi"))


def bundled_app(folder: Path, method_id: str, options: RunOptions) -> IntervisieApp:
    """The app on the bundled library, straight to `method_id` with the command line's fields."""
    return IntervisieApp(
        catalog_from_library(load_paths([BUNDLED])),
        clock=FakeClock(),
        folder=folder,
        start=StartRequest(method_id, fields_from_options(options)),
        tz=UTC,
        tick_seconds=0.05,
    )


async def test_a_fishbowl_set_up_asks_for_no_inbrenger_and_starts(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="vissenkom")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert not app.screen.query("#inbrengers")
        assert "Inbrenger" not in screen_text(app)
        await pilot.click("#chair")
        await pilot.press(*"Vera", "tab", *"Anna, Bram, Chris, Dewi", "tab", *"Anna, Bram")
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = run_screen(app)
        assert screen.session.state.cases[0].inbrenger is None
        text = screen_text(app)
        assert "None" not in text and "kies met i" not in text


async def test_balint_starts_without_an_inbrenger_and_i_names_the_chosen_one(
    tmp_path: Path,
) -> None:
    app = bundled_app(tmp_path, "balint", GROUP)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)  # chair and participants were enough: no set-up form
        session = screen.session
        assert session.turn_order == ("Anna", "Bram", "Chris", "Dewi")
        assert "inbrenger: kies met i" in screen_text(app)
        await pilot.press("n", "n")  # to the problem choice
        await pilot.pause()
        assert session.state.phase.step.id == "probleemkeuze"
        await pilot.press("i")
        await pilot.pause()
        assert "Wie brengt de casus in?" in screen_text(app)
        await pilot.press("3")
        await pilot.pause()
        assert session.state.cases[0].inbrenger == "Chris"
        assert "kies met i" not in screen_text(app)
        await pilot.press("n", "n")  # past the chair's choice to the presentation
        await pilot.pause()
        assert session.state.phase.step.id == "probleem-voorstellen"
        assert session.phase_view().speakers[0].names == ("Chris",)
        assert "Chris" in screen_text(app)
        # Past the choice, i is no longer offered: the footer stays short.
        assert not screen.check_action("choose_inbrenger", ())
        await pilot.press("i")
        await pilot.pause()
        assert run_screen(app) is screen


async def test_escape_chooses_nobody(tmp_path: Path) -> None:
    app = bundled_app(tmp_path, "balint", GROUP)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert run_screen(app) is screen
        assert screen.session.state.cases[0].inbrenger is None
        assert all(event.type != "inbrenger_chosen" for event in screen.session.events)


async def test_the_set_up_takes_the_case_question_and_the_run_screen_keeps_it(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path, method_id="vijf-stappen")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.click("#chair")
        await pilot.press(*"Vera", "tab", *"Anna, Bram, Chris", "tab", *"Anna", "tab")
        await pilot.press(*"Hoe zeg ik nee?")
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = run_screen(app)
        assert screen.session.state.cases[0].question == "Hoe zeg ik nee?"
        for _ in range(3):  # the question stays on the flip-over, phase after phase
            assert "Vraag: Hoe zeg ik nee?" in screen_text(app)
            await pilot.press("n")
            await pilot.pause()


async def test_too_many_questions_are_refused_with_a_sentence(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.click("#chair")
        await pilot.press(*"Vera", "tab", *"Anna, Bram", "tab", *"Anna", "tab")
        await pilot.press(*"Vraag een | Vraag twee", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "Kan niet starten: 2 casusvragen voor 1" in screen_text(app)


async def test_v_sets_the_question_during_the_case(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await pilot.press("v")
        await pilot.pause()
        await pilot.press(*"Hoe verdeel ik mijn tijd?", "enter")
        await pilot.pause()
        assert screen.session.state.cases[0].question == "Hoe verdeel ik mijn tijd?"
        assert "Vraag: Hoe verdeel ik mijn tijd?" in screen_text(app)


async def test_e_writes_the_first_step_at_kots_closing(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        assert not screen.check_action("first_step", ())  # not in the first phase
        assert "Vraag: nog geen; v = invullen" in screen_text(app)
        assert "Eerste stap:" not in screen_text(app)
        while screen.session.state.phase.step.id != "afsluiting":
            await pilot.press("n")
            await pilot.pause()
        assert screen.check_action("first_step", ())
        assert "Eerste stap: nog niet; e = invullen" in screen_text(app)
        assert "v = invullen" not in screen_text(app)  # past the case's first phase
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"Morgen mijn agenda leegmaken", "enter")
        await pilot.pause()
        state = screen.session.state
        assert state.first_step(0, 0) == "Morgen mijn agenda leegmaken"
        assert not any(note.text == "Morgen mijn agenda leegmaken" for note in state.notes)
        assert "Eerste stap: Morgen mijn agenda" in screen_text(app)
        await pilot.press("n", "j")  # KOT runs one case here: n at the end closes
        await pilot.pause()
        end = app.screen
        report = getattr(end, "report", None)
        assert report is not None
        text = report.read_text(encoding="utf-8")
    assert "**Eerste stap van de inbrenger:** Morgen mijn agenda leegmaken" in text


async def test_o_notes_the_volunteers_and_the_round_follows_them(tmp_path: Path) -> None:
    app = bundled_app(tmp_path, "adviesrondes", GROUP)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        session = screen.session
        await pilot.press("n")  # the first topic's presentation
        await pilot.pause()
        await pilot.press("i", "1")  # Anna brings it
        await pilot.press("n")
        await pilot.pause()
        assert session.state.phase.step.id == "adviesronde-1"
        assert "Nog geen vrijwilligers: noteer ze met o" in screen_text(app)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("3", "1", "enter")  # Dewi, then Bram (Anna listens: not listed)
        await pilot.pause()
        assert session.turn_order == ("Dewi", "Bram")
        assert session.current_speaker == "Dewi"
        await pilot.press("t")
        await pilot.pause()
        assert session.current_speaker == "Bram"
        await pilot.press("o", "3", "escape")  # Escape changes nothing
        await pilot.pause()
        assert session.turn_order == ("Dewi", "Bram")


async def test_balints_silence_shows_as_the_phase_ends(tmp_path: Path) -> None:
    app = bundled_app(tmp_path, "balint", GROUP)
    clock = app.clock
    assert isinstance(clock, FakeClock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "wat wil jij in deze fase bereiken?" in screen_text(app)
        await later(pilot, clock, 60)
        assert "wat wil jij in deze fase bereiken?" not in screen_text(app)
        assert "Stilte" not in screen_text(app)
        await later(pilot, clock, 4 * 60 - 10)  # 5 minutes: the last 15 seconds
        assert "Stilte: deze fase is voorbij." in screen_text(app)
