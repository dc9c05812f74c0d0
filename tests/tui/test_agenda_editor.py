"""The agenda editor: add, remove and reorder items, pick a method per case with suggestions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Select
from tui_support import screen_text

from intervisie_tui.library import bundled_methods_dir, load_paths
from intervisie_tui.model import QuestionKind
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.agenda_draft import Draft, DraftItem
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.launch import catalog_from_library
from intervisie_tui.tui.memory import (
    LastGroup,
    read_last_agenda,
    read_last_group,
    save_last_agenda,
    save_last_group,
)
from intervisie_tui.tui.screens.agenda import AgendaList, AgendaScreen
from intervisie_tui.tui.screens.agenda_item import CaseDialog, MinutesDialog
from intervisie_tui.tui.screens.choice import ChoiceDialog
from intervisie_tui.tui.screens.run import RunScreen

#: 14:00 UTC on a weekday; the app runs in UTC.
START = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def bundled_app(folder: Path, lang: str = "nl") -> IntervisieApp:
    """The app on the bundled library (the methods' fit blocks and the parts of a meeting)."""
    catalog = catalog_from_library(load_paths([bundled_methods_dir()]))
    return IntervisieApp(catalog, clock=FakeClock(START), lang=lang, folder=folder, tz=UTC)


def editor(app: object) -> AgendaScreen:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, AgendaScreen), screen
    return screen


def methods_of(screen: AgendaScreen) -> list[str]:
    return [item.method_id for item in screen.draft.items]


async def open_editor(pilot: Pilot[int]) -> AgendaScreen:
    await pilot.pause()
    await pilot.press("p")
    await pilot.pause()
    return editor(pilot.app)


async def test_add_remove_and_reorder_items_with_one_key_each(tmp_path: Path) -> None:
    app = bundled_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_editor(pilot)
        start = methods_of(screen)
        screen.query_one(AgendaList).focus()
        # a, then 1: a case after the highlighted (first) item; its dialog opens at once.
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, CaseDialog)
        await pilot.press(*"Anna", "escape")
        await pilot.pause()
        assert methods_of(screen) == [start[0], "", *start[1:]]
        assert screen.highlighted == 1
        # d moves it down, u back up; x removes it.
        await pilot.press("d")
        await pilot.pause()
        assert methods_of(screen) == [start[0], start[1], "", *start[2:]]
        assert screen.highlighted == 2
        await pilot.press("u", "u")
        await pilot.pause()
        assert methods_of(screen)[0] == "" and screen.highlighted == 0
        await pilot.press("x")
        await pilot.pause()
        assert methods_of(screen) == start


async def test_a_case_gets_its_method_from_the_ranked_suggestions(tmp_path: Path) -> None:
    app = bundled_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_editor(pilot)
        screen.query_one("#until", Input).value = "15:00"
        screen.draft = Draft((DraftItem("", case=True),))
        screen.query_one(AgendaList).focus()
        screen.refresh_agenda(0)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, CaseDialog)
        await pilot.press(*"Bram", "tab", *"Hoe zeg ik nee?")
        dialog.query_one(Select).value = QuestionKind.solution.value
        await pilot.pause()
        # Someone stuck with an hour left: KOT and the solution-focused method lead, with why.
        assert dialog.ranked_ids[:2] == ["kot", "oplossingsgericht"]
        text = screen_text(app)
        assert "vooral voor vastzitten, zelf een oplossing zoeken" in text
        assert "15 min, past in 60 min" in text
        # A dilemma puts other methods first, the fishbowl among them.
        dialog.query_one(Select).value = QuestionKind.dilemma.value
        await pilot.pause()
        assert "vissenkom" in dialog.ranked_ids[:3]
        assert "kot" not in dialog.ranked_ids[:3]
        dialog.query_one("#case-methods").focus()
        await pilot.press("enter")  # the first suggestion
        await pilot.pause()
        chosen = dialog.ranked_ids[0]
        assert app.screen is screen
        (item,) = screen.draft.items
        assert (item.method_id, item.inbrenger, item.question) == (
            chosen,
            "Bram",
            "Hoe zeg ik nee?",
        )
        assert item.kind is QuestionKind.dilemma
        # The editor shows the case with its method and the suggestions for it.
        text = screen_text(app)
        assert "Casus: Bram" in text and "Past het best bij deze casus:" in text


async def test_a_part_takes_its_minutes_and_a_mistake_is_said(tmp_path: Path) -> None:
    app = bundled_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_editor(pilot)
        screen.draft = Draft((DraftItem("kot", case=True, inbrenger="Anna"), DraftItem("pauze")))
        screen.refresh_agenda(1)
        screen.query_one(AgendaList).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MinutesDialog)
        await pilot.press(*"tien", "enter")
        await pilot.pause()
        assert "'tien' is geen aantal minuten" in screen_text(app)
        await pilot.press(*["backspace"] * 4, "1", "0", "enter")
        await pilot.pause()
        assert screen.draft.items[1].minutes == 10
        assert "14:15   10 min  Pauze" in screen_text(app)


async def test_start_says_what_is_missing(tmp_path: Path) -> None:
    app = bundled_app(tmp_path, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_editor(pilot)
        screen.draft = Draft((DraftItem("", case=True, inbrenger="Anna"),))
        screen.refresh_agenda(0)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Cannot start: enter the chair's" in screen_text(app)
        screen.query_one("#chair", Input).value = "Vera"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "choose a method for item 1 (Enter on the case)" in screen_text(app)


async def test_last_agenda_and_group_are_offered_again(tmp_path: Path) -> None:
    save_last_group(tmp_path, LastGroup("Vera", ("Anna", "Bram", "Chris")))
    save_last_agenda(
        tmp_path,
        (
            DraftItem("kot", case=True, kind=QuestionKind.solution),
            DraftItem("vissenkom", case=True),
        ),
    )
    app = bundled_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_editor(pilot)
        assert methods_of(screen) == ["kot", "vissenkom"]
        assert screen.fields().chair == "Vera"
        assert "Het programma van vorige keer staat klaar" in screen_text(app)


async def test_ctrl_s_starts_the_meeting_fitted_and_remembers_the_agenda(tmp_path: Path) -> None:
    app = bundled_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_editor(pilot)
        await pilot.press(*"Vera", "enter", *"Anna, Bram, Chris, Dewi", "enter", *"15:30", "enter")
        # Opening, a KOT case for Anna, a break of 10, closing: 55 minutes into 90.
        screen.draft = Draft(
            (
                DraftItem("opening"),
                DraftItem("kot", case=True, inbrenger="Anna", kind=QuestionKind.solution),
                DraftItem("pauze", minutes=10),
                DraftItem("afsluiting"),
            )
        )
        screen.refresh_agenda(0)
        await pilot.press("ctrl+s")
        await pilot.pause()
        run = app.screen
        assert isinstance(run, RunScreen)
        state = run.session.state
        assert [item.method_id for item in state.agenda.items] == [
            "opening", "kot", "pauze", "afsluiting",
        ]  # fmt: skip
        assert state.agenda.until == datetime(2026, 3, 2, 15, 30, tzinfo=UTC)
        assert "Onderdeel 1 van 4" in screen_text(app)
    items, problem = read_last_agenda(tmp_path)
    assert problem is None
    assert [item.method_id for item in items] == ["opening", "kot", "pauze", "afsluiting"]
    assert items[2].minutes == 10 and items[1].inbrenger == ""
    group, _ = read_last_group(tmp_path)
    assert group.participants == ("Anna", "Bram", "Chris", "Dewi")


async def test_the_empty_end_time_shows_an_example_not_a_value(tmp_path: Path) -> None:
    """A bare "16:30" in the empty field read as filled in."""
    app = bundled_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_editor(pilot)
        assert "bijv. 16:30" in screen_text(app)
        assert screen.query_one("#until", Input).value == ""


async def test_the_form_labels_wrap_and_the_fields_have_a_box_at_80x24(tmp_path: Path) -> None:
    """At 80x24 the labels ended mid-phrase ("Deelnemers (namen, met komma's") and the fields
    had no box, unlike the set-up screen."""
    app = bundled_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_editor(pilot)
        text = screen_text(app)
        assert "Deelnemers (namen, met" in text and "komma's)" in text
        assert "▊▔▔▔" in text  # the field's box, as on the set-up screen
