"""The case on the run screen: a fishbowl without an inbrenger, a case chosen inside Balint."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from tui_support import make_app, run_screen, screen_text

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
