"""w on the run screen: someone leaves or arrives, and the round adapts at once."""

from __future__ import annotations

import re
from pathlib import Path

from tui_support import PEOPLE, make_app, record_notifications, run_screen, screen_text

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.screens.choice import ChoiceDialog


async def test_w_marks_someone_absent_and_back_and_the_round_follows(tmp_path: Path) -> None:
    app = make_app(tmp_path, clock=FakeClock(), method_id="vijf-stappen", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        screen = run_screen(app)
        await pilot.press("n")
        await pilot.pause()
        assert screen.session.turn_order == ("Bram", "Chris", "Dewi")

        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        listed = screen_text(app)
        assert "1  Anna" in listed and "4  Dewi" in listed and "Vera" not in listed
        await pilot.press("2")  # Bram steps out
        await pilot.pause()
        assert app.screen is screen
        assert screen.session.turn_order == ("Chris", "Dewi")
        assert screen.session.current_speaker == "Chris"
        assert "Bram is afwezig: slaat de rondes over" in shown
        assert re.search(r"Volgorde +Chris › Dewi", screen_text(app))

        # The list says who is away; arrows and Enter work as well as the digit.
        await pilot.press("w")
        await pilot.pause()
        assert "Bram  (afwezig)" in screen_text(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.session.turn_order == ("Bram", "Chris", "Dewi")
        assert "Bram is er weer: doet weer mee in de rondes" in shown

        # Escape changes nothing.
        await pilot.press("w", "escape")
        await pilot.pause()
        assert app.screen is screen
        assert screen.session.state.absent == frozenset()


async def test_presence_in_english(tmp_path: Path) -> None:
    app = make_app(tmp_path, clock=FakeClock(), method_id="vijf-stappen", options=PEOPLE, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        await pilot.press("w")
        await pilot.pause()
        assert "Who left, who arrived?" in screen_text(app)
        await pilot.press("1")
        await pilot.pause()
        assert "Anna is absent: left out of the rounds" in shown


async def test_someone_not_on_the_list_is_typed_in_and_joins_the_round(tmp_path: Path) -> None:
    """The guide: "Komt er iemand die niet op de lijst stond, dan hoort die vanaf dan bij de
    kring"; + opens a name field, the name is checked, Enter adds them."""
    app = make_app(tmp_path, clock=FakeClock(), method_id="vijf-stappen", options=PEOPLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        screen = run_screen(app)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert "+: iemand die niet op de lijst stond" in screen_text(app), screen_text(app)
        await pilot.press("plus")
        await pilot.pause()
        await pilot.press(*"Eva, Fleur", "enter")  # one name at a time
        await pilot.pause()
        assert "'Eva, Fleur': één naam per keer, zonder komma" in screen_text(app)
        assert isinstance(app.screen, ChoiceDialog)
        for _ in "Eva, Fleur":
            await pilot.press("backspace")
        await pilot.press(*"Eva", "enter")  # letters are typed, not rows picked
        await pilot.pause()
        assert app.screen is screen
        assert screen.session.turn_order == ("Bram", "Chris", "Dewi", "Eva")
        assert "Eva hoort vanaf nu bij de kring" in shown
        await pilot.press("w")
        await pilot.pause()
        assert "5  Eva" in screen_text(app)  # she is on the list from now on


async def test_a_name_is_typed_in_english_too(tmp_path: Path) -> None:
    app = make_app(tmp_path, clock=FakeClock(), method_id="vijf-stappen", options=PEOPLE, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert "+: add someone who was not on the list" in screen_text(app)
        await pilot.press("plus", "enter")
        await pilot.pause()
        assert "type a name first" in screen_text(app)
