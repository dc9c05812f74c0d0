"""Choosing a method and preparing the meeting: filters, preview, problems, setup and plan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from time import tzset

import pytest
from tui_support import PEOPLE, fixture_catalog, make_app, record_notifications, screen_text

from intervisie_tui.model.method import RepeatOrder
from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.catalog import matches
from intervisie_tui.tui.memory import LastGroup, load_last_group, save_last_group
from intervisie_tui.tui.screens.help import HelpScreen
from intervisie_tui.tui.screens.library import LibraryScreen
from intervisie_tui.tui.screens.run import RunScreen
from intervisie_tui.tui.screens.setup import SetupScreen
from intervisie_tui.tui.setup_form import SetupFields, build_setup, parse_until


def library(app: object) -> LibraryScreen:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, LibraryScreen), screen
    return screen


async def test_library_lists_methods_with_duration_purpose_and_problems(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = library(app)
        assert screen.shown_ids == ["kot", "vissenkom", "vijf-stappen", "tien-stappen"]
        text = screen_text(app)
        assert "15 min per casus" in text
        assert "Vijfstappenmethode" in text and "60 min" in text
        assert "Een collega in een kwartier helpen" in text
        # The broken file is listed with file:line:col, not hidden.
        assert "kapot.yaml:16:14: fout" in text
        assert "Methoden met problemen" in text


async def test_filters_and_preview(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = library(app)
        await pilot.press("slash", *"binnengroep")
        await pilot.pause()
        assert screen.shown_ids == ["vissenkom"]
        await pilot.press(*["backspace"] * len("binnengroep"))
        await pilot.press("tab", "6", "0")
        await pilot.pause()
        assert screen.shown_ids == ["kot", "vijf-stappen"]
        await pilot.press("escape", "down")
        await pilot.pause()
        text = screen_text(app)
        # The preview shows the highlighted method's steps, who speaks and rules.
        assert "Probleemverkenning" in text
        assert "Inbrenger" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert app.screen.method.id == "vijf-stappen"


def test_filter_matches_words_in_any_order_and_respects_the_limit() -> None:
    kot = fixture_catalog().method("kot")
    assert matches(kot, "oplossing kwartier", None)
    assert not matches(kot, "vissenkom", None)
    assert matches(kot, "", 15)
    assert not matches(kot, "", 14)


def test_setup_form_sentences() -> None:
    method = fixture_catalog().method("kot")
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="voorzitter"):
        build_setup(method, SetupFields(inbrengers="Anna"), now)
    with pytest.raises(ValueError, match="inbrenger"):
        build_setup(method, SetupFields(chair="Vera"), now)
    with pytest.raises(ValueError, match="twee keer"):
        build_setup(method, SetupFields("Vera", "Anna, Anna", "Anna"), now)
    with pytest.raises(ValueError, match="16:30"):
        parse_until("half vijf", now, UTC)
    with pytest.raises(ValueError, match="geen aantal minuten"):
        build_setup(method, SetupFields("Vera", "Anna", "Anna", warning="vlak voor"), now)
    quiet = build_setup(method, SetupFields("Vera", "Anna", "Anna", warning=""), now)
    assert quiet.warnings == (0,)
    early = build_setup(method, SetupFields("Vera", "Anna", "Anna", warning="0,5"), now)
    assert early.warnings == (30, 0)
    setup = build_setup(method, SetupFields("Vera", "Anna,Bram", "Anna, Bram", until="9:30"), now)
    assert [case.inbrenger for case in setup.cases] == ["Anna", "Bram"]
    assert setup.until == datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    # An end time earlier than now has passed: refused, never read as tomorrow's.
    with pytest.raises(ValueError, match="al voorbij"):
        parse_until("08:00", now, UTC)


def test_importance_scores_order_the_topics() -> None:
    kot = fixture_catalog().method("kot")
    assert kot.repeat is not None
    by_importance = kot.model_copy(
        update={"repeat": kot.repeat.model_copy(update={"order": RepeatOrder.importance})}
    )
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    fields = SetupFields("Vera", "Anna, Bram, Chris", "Anna: 3, Bram (9), Chris")
    setup = build_setup(by_importance, fields, now)
    assert [(c.inbrenger, c.importance) for c in setup.cases] == [
        ("Anna", 3),
        ("Bram", 9),
        ("Chris", None),
    ]
    assert [c.inbrenger for c in setup.ordered_cases(by_importance)] == ["Bram", "Anna", "Chris"]
    with pytest.raises(ValueError, match="tussen 1 en 10"):
        build_setup(by_importance, SetupFields("Vera", "Anna", "Anna: 12"), now)


def test_fishbowl_groups_are_checked() -> None:
    method = fixture_catalog().method("vissenkom")
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    fields = SetupFields("Vera", "Anna, Bram, Chris, Dewi", "Anna", inner_group="Anna, Bram")
    setup = build_setup(method, fields, now)
    assert setup.inner_group == ("Anna", "Bram")
    assert setup.outer_group == ("Chris", "Dewi")
    with pytest.raises(ValueError, match="Eva"):
        build_setup(method, SetupFields("Vera", "Anna", "Anna", inner_group="Eva"), now)


def test_last_group_survives_a_damaged_file(tmp_path: Path) -> None:
    assert load_last_group(tmp_path) == LastGroup()
    save_last_group(tmp_path, LastGroup("Vera", ("Anna", "Bram")))
    assert load_last_group(tmp_path).participants == ("Anna", "Bram")
    (tmp_path / "last-group.json").write_text("{kapot", encoding="utf-8")
    assert load_last_group(tmp_path) == LastGroup()


async def test_setup_fits_the_plan_remembers_the_group_and_starts(tmp_path: Path) -> None:
    clock = FakeClock()  # 09:00 UTC
    app = make_app(tmp_path, clock=clock, method_id="kot", options=RunOptions(chair="Vera"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SetupScreen)
        # Fields in order: chair (prefilled), participants, inbrengers, question, until.
        assert screen.focused is not None and screen.focused.id == "participants"
        await pilot.press(*"Anna, Bram, Chris, Dewi", "enter")
        await pilot.press(*"Anna, Bram", "enter", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Totaal 30 min, klaar om 09:30" in text
        await pilot.press(*"09:20")
        await pilot.pause()
        text = screen_text(app)
        # Two cases of 15 minutes do not fit in 20: the plan is scaled down and shown.
        assert "Totaal 20 min, klaar om 09:20" in text
        assert "Gepland 20 min van 20 min" in text
        # The warning comes two minutes before the end of each phase this time.
        await pilot.press("enter", "backspace", "2", "enter")
        await pilot.pause()
        run = app.screen
        assert isinstance(run, RunScreen)
        assert sum(m or 0 for m in run.session.state.minutes) == 20
        assert "Casus 1 van 2: Anna" in screen_text(app)
        assert run.session.state.setup.warnings == (120, 0)

    # The next meeting's set-up starts with the same group.
    assert load_last_group(tmp_path).participants == ("Anna", "Bram", "Chris", "Dewi")
    app = make_app(tmp_path, method_id="kot")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SetupScreen)
        assert screen.fields().participants == "Anna, Bram, Chris, Dewi"
        assert screen.fields().chair == "Vera"
        assert "Laatste groep onthouden." in screen_text(app)
        # Starting without an inbrenger says what is missing instead of failing.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "vul minstens één inbrenger in" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_enough_arguments_open_the_run_screen(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)


async def test_the_library_is_the_first_screen_and_escape_returns_to_it(tmp_path: Path) -> None:
    """The library is the bottom screen, not pushed over a blank one: its first frame is shown.

    A set-up opened from the command line has the library underneath, so Escape lands there;
    a method the library does not know opens the library and names the id.
    """
    app = make_app(tmp_path, method_id="kot")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen_stack == [library(app)]
        assert "KOT-intervisiemodel" in screen_text(app)
    app = make_app(tmp_path, method_id="kott")
    shown = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen_stack == [library(app)]
    assert shown == ["kott?"]


async def test_a_meeting_from_the_command_line_has_no_library_below(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
        assert not any(isinstance(screen, LibraryScreen) for screen in app.screen_stack)


def test_an_end_time_is_read_as_the_room_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """No zone given: the machine's local zone, which is what the clock on the wall shows."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    tzset()
    try:
        now = datetime(2026, 1, 5, 8, 10, tzinfo=UTC)  # 09:10 in Amsterdam (winter time)
        until = parse_until("10:30", now, None)
        assert until is not None and until - now == timedelta(hours=1, minutes=20)
    finally:
        monkeypatch.undo()
        tzset()


async def test_the_preview_says_when_to_choose_the_method() -> None:
    from textual.app import App, ComposeResult

    from intervisie_tui.library import load_library
    from intervisie_tui.tui.screens.library import MethodPreview

    class PreviewApp(App[None]):
        def compose(self) -> ComposeResult:
            yield MethodPreview()

    bundled = load_library(user=False)
    without_fit = fixture_catalog().method("kot")
    assert without_fit.fit is None and bundled["kot"].fit is not None
    app = PreviewApp()
    async with app.run_test(size=(100, 50)) as pilot:
        preview = app.query_one(MethodPreview)
        preview.show(bundled["kot"])
        await pilot.pause()
        text = screen_text(app)
        assert "Wanneer kiezen" in text
        assert "Past bij: vastzitten, zelf een oplossing zoeken" in text
        assert "Groep: 4 tot 8 personen" in text
        preview.show(bundled["vissenkom"])  # the next method's fit replaces it
        await pilot.pause()
        text = screen_text(app)
        assert "Past bij: vastzitten" not in text
        assert "Past bij: een dilemma" in text
        preview.show(without_fit)  # a method without a fit block shows no empty heading
        await pilot.pause()
        assert "Wanneer kiezen" not in screen_text(app)


async def test_help_on_the_library_lists_the_librarys_keys(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "Zoeken" in text and "Oefenen" in text and "Stoppen" in text
        assert "Volgende fase" not in text and "Notitie toevoegen" not in text
