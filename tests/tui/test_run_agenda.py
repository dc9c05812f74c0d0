"""A whole meeting on the run screen: the item and the schedule in the header; c, p and x
change what is still to come and the plan re-fits at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_agenda_editor import START
from textual.pilot import Pilot
from tui_support import record_notifications, run_screen, screen_text

from intervisie_tui.library import bundled_methods_dir, load_paths
from intervisie_tui.session import FakeClock, Session
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.setup import Case
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.launch import catalog_from_library
from intervisie_tui.tui.screens.agenda_item import CaseDialog, MinutesDialog
from intervisie_tui.tui.screens.choice import ChoiceDialog
from intervisie_tui.tui.screens.confirm import ConfirmDialog

LIBRARY = load_paths([bundled_methods_dir()])


def meeting(until: datetime | None) -> Agenda:
    """Opening, a KOT case for Anna, a break, a fishbowl, closing."""
    get = LIBRARY.get

    def method(method_id: str) -> AgendaItem:
        found = get(method_id)
        assert found is not None
        return AgendaItem.of(found)

    kot = get("kot")
    assert kot is not None
    return Agenda(
        chair="Vera",
        participants=("Anna", "Bram", "Chris", "Dewi"),
        items=(
            method("opening"),
            AgendaItem.of(kot, (Case(inbrenger="Anna", question="Hoe zeg ik nee?"),)),
            method("pauze"),
            method("vissenkom"),
            method("afsluiting"),
        ),
        until=until,
    )


def started(folder: Path, clock: FakeClock, until: datetime | None) -> IntervisieApp:
    session = Session.create_agenda(meeting(until), clock=clock, folder=folder / "sessions")
    session.fit_to_end()
    session.start()
    catalog = catalog_from_library(LIBRARY)
    return IntervisieApp(catalog, clock=clock, folder=folder, session=session, tz=UTC)


async def later(pilot: Pilot[int], clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    run_screen(pilot.app).refresh_clock()
    await pilot.pause()


async def test_the_header_says_the_item_and_the_schedule(tmp_path: Path) -> None:
    clock = FakeClock(START)
    app = started(tmp_path, clock, START + timedelta(hours=3))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Onderdeel 1 van 5" in text
        assert "min voor: einde" in text
        # The whole opening, then the KOT case: item 2 of 5.
        screen = run_screen(app)
        while screen.session.state.phase.item == 0:
            await pilot.press("n")
            await pilot.pause()
        assert "Onderdeel 2 van 5" in screen_text(app)


async def test_an_overrun_moves_the_end_and_the_line_says_so(tmp_path: Path) -> None:
    # The meeting's own minutes (15 + 15 + 15 + 65 + 15) end exactly at 16:05.
    clock = FakeClock(START)
    app = started(tmp_path, clock, START + timedelta(minutes=125))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Onderdeel 1 van 5 · op schema" in screen_text(app)
        planned = run_screen(app).session.remaining()
        assert planned is not None
        # The first phase runs 4 minutes over its time: the end moves with it.
        await later(pilot, clock, planned + 4 * 60)
        assert "Onderdeel 1 van 5 · loopt 4 min uit: einde 16:09" in screen_text(app)
    app = started(tmp_path / "open", FakeClock(START), None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "einde 16:05" in screen_text(app)


async def test_c_adds_a_case_with_a_suggested_method_and_the_plan_refits(tmp_path: Path) -> None:
    clock = FakeClock(START)
    app = started(tmp_path, clock, START + timedelta(minutes=150))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        screen = run_screen(app)
        before = screen.session.state.minutes
        await pilot.press("c")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, CaseDialog)
        await pilot.press(*"Chris")
        dialog.query_one("#case-methods").focus()
        await pilot.press("enter")
        await pilot.pause()
        state = screen.session.state
        assert len(state.agenda.items) == 6
        assert state.agenda.items[1].cases[0].inbrenger == "Chris"
        assert state.minutes != before  # fitted again to 16:30
        assert any("komt na dit onderdeel" in line for line in shown)
        assert "Onderdeel 1 van 6" in screen_text(app)


async def test_k_adds_a_break_and_x_drops_a_coming_item_after_a_yes(tmp_path: Path) -> None:
    clock = FakeClock(START)
    app = started(tmp_path, clock, START + timedelta(minutes=150))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, MinutesDialog)
        await pilot.press("5", "enter")
        await pilot.pause()
        items = screen.session.state.agenda.items
        assert [item.method_id for item in items][:3] == ["opening", "pauze", "kot"]
        assert items[1].minutes == 5

        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        assert "Casus: Anna · KOT" in screen_text(app)
        await pilot.press("2")  # the second item still to come: Anna's KOT case
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("j")
        await pilot.pause()
        assert 2 in screen.session.state.dropped_items
        assert "Onderdeel 1 van 5" in screen_text(app)
        # Escape at the question drops nothing.
        await pilot.press("x", "1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert screen.session.state.dropped_items == frozenset({2})


async def test_a_header_too_long_for_its_line_ends_in_an_ellipsis(tmp_path: Path) -> None:
    """ "KOT-intervisiemodel (oplossingsgericht) · Casus 1 van " was cut mid-word at 100x30;
    the chair must see that the line goes on, and the schedule beside it stays whole."""
    clock = FakeClock(START)
    app = started(tmp_path, clock, START + timedelta(hours=3))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for _ in range(4):  # the opening's steps, into the KOT case
            await pilot.press("n")
            await pilot.pause()
        meta = screen_text(app).splitlines()[1]
        assert "KOT-intervisiemodel (oplossingsgericht) · Casus 1 v…" in meta, meta
        assert "Onderdeel 2 van 5" in meta and "einde" in meta
