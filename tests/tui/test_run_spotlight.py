"""The spotlight: who has the word, in block letters from 120 columns, second only to the clock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tui_support import PEOPLE, fixture_catalog, make_app, run_screen

from intervisie_tui.model.method import InbrengerState
from intervisie_tui.session import FakeClock, RoleView, Session
from intervisie_tui.session.setup import Case, MeetingSetup
from intervisie_tui.tui.i18n import Lang, set_language
from intervisie_tui.tui.widgets.countdown import Countdown
from intervisie_tui.tui.widgets.glyphs import ink_rows, render_blocks, text_units
from intervisie_tui.tui.widgets.spotlight import Spotlight, spotlight_lines, spotlight_text

PRESENT = ("Anna", "Bram", "Chris", "Dewi")


def session_at(method_id: str, step: int, tmp_path: Path) -> Session:
    """A meeting of the fixture method, started and moved on to `step` (0-based)."""
    setup = MeetingSetup(
        method_id=method_id,
        chair="Vera",
        participants=PRESENT,
        cases=(Case(inbrenger="Anna"),),
        inner_group=("Anna", "Bram"),
        outer_group=("Chris", "Dewi"),
    )
    session = Session.create(
        fixture_catalog().method(method_id), setup, clock=FakeClock(), folder=tmp_path
    )
    session.start()
    for _ in range(step):
        session.next()
    return session


def words(session: Session, *, paused: bool = False) -> str:
    return spotlight_text(
        session.state.method, session.phase_view(), paused=paused, present=PRESENT
    )


def test_the_inbrenger_telling_is_named_and_a_round_names_whose_turn(tmp_path: Path) -> None:
    session = session_at("kot", 0, tmp_path)
    assert words(session) == "Anna"
    assert words(session, paused=True) == "PAUZE"
    session.next()
    session.next()  # the round of solution-focused questions
    assert words(session) == "Bram"
    session.next_turn()
    assert words(session) == "Chris"
    session.next_turn()
    session.next_turn()
    assert words(session) == "Ronde rond"


def test_everyone_a_group_or_the_listening_inbrenger(tmp_path: Path) -> None:
    session = session_at("vissenkom", 0, tmp_path)
    assert words(session) == "Iedereen"  # the whole group (and the chair)
    session.next()
    assert words(session) == "Binnengroep"  # without its "(de vissen)": big letters are few
    view = session.phase_view()
    method = session.state.method
    everyone = replace(view, speakers=(RoleView("groep", "Hele groep", PRESENT),))
    assert spotlight_text(method, everyone, paused=False, present=PRESENT) == "Iedereen"
    kot = session_at("kot", 0, tmp_path / "kot")
    listening = replace(kot.phase_view(), inbrenger_state=InbrengerState.listening)
    assert (
        spotlight_text(kot.state.method, listening, paused=False, present=PRESENT)
        == "Inbrenger luistert"
    )


def test_in_english(tmp_path: Path) -> None:
    session = session_at("vissenkom", 1, tmp_path)
    set_language(Lang.en)
    try:
        assert words(session) == "Inner group"
        assert words(session, paused=True) == "PAUSED"
    finally:
        set_language(Lang.nl)


def test_letters_fill_the_height_the_width_allows_and_plain_text_when_they_cannot() -> None:
    units = text_units("BRAM")
    # Room for 2 cells per font column: the letters are as tall as the clock's digits would be.
    lines = spotlight_lines("Bram", 2 * units, 20)
    assert len(lines) <= 20 and ink_rows(lines) == 5
    assert render_blocks("BRAM", 2 * units, 5)[0] in lines
    # Too narrow for the letters: the name in plain text, in the middle of the box.
    assert spotlight_lines("Bram", units - 1, 9)[4].strip() == "Bram"
    # Accents do not stop the letters: é is drawn as E.
    assert spotlight_lines("José", 40, 6) == spotlight_lines("JOSE", 40, 6)


@pytest.mark.parametrize(
    ("size", "big"), [((120, 30), True), ((200, 60), True), ((100, 30), False)]
)
async def test_from_120_columns_the_turn_is_the_second_largest_thing(
    tmp_path: Path, size: tuple[int, int], big: bool
) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await pilot.press("n", "n")
        await pilot.pause()
        spotlight = screen.query_one(Spotlight)
        assert spotlight.text == "Bram"
        assert spotlight.display is big
        if big:
            clock_rows = ink_rows(screen.query_one(Countdown).face_lines)
            letters = ink_rows(spotlight.lines)
            assert 5 <= letters < clock_rows
        await pilot.press("space")
        await pilot.pause()
        assert spotlight.text == "PAUZE" and spotlight.has_class("-paused")


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 30), (200, 60)], ids=str)
async def test_the_pause_stands_in_block_letters_at_every_size(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await pilot.press("n", "n", "space")
        await pilot.pause()
        spotlight = screen.query_one(Spotlight)
        countdown = screen.query_one(Countdown)
        assert spotlight.text == "PAUZE" and spotlight.display
        # Letters, not a line of text: at least five rows of ink, and smaller than the clock.
        letters = ink_rows(spotlight.lines)
        assert 5 <= letters < ink_rows(countdown.face_lines)
        # The clock keeps its place on screen, whole, above the letters.
        assert countdown.region.bottom <= spotlight.region.y
        assert screen.region.contains_region(countdown.region)
        await pilot.press("space")
        await pilot.pause()
        # Running again: below 120 columns who speaks is a line of text again.
        assert spotlight.display is (size[0] >= 120)
