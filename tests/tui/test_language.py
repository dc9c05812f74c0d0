"""The chair's language reaches what the core refuses and the command palette, not only labels.

A refusal is raised by the session core as a catalogue key; the run screen says it in the
language the chair chose (Dutch by default, English with --lang en). The command palette lists
our commands in that language, none of Textual's own English entries, and its Stoppen asks the
same question as q.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from tui_support import (
    PEOPLE,
    fixture_catalog,
    make_app,
    record_notifications,
    run_screen,
    screen_text,
)

from intervisie_tui.run_options import RunOptions
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.launch import fields_from_options
from intervisie_tui.tui.rehearsal import RehearsalScreen
from intervisie_tui.tui.screens.confirm import ConfirmDialog
from intervisie_tui.tui.screens.help import HelpScreen
from intervisie_tui.tui.screens.run import RunScreen
from intervisie_tui.tui.text import first_sentence

#: The titles Textual's App.get_system_commands would add, in its own English.
TEXTUAL_DEFAULTS = {"Theme", "Quit", "Keys", "Maximize", "Minimize", "Screenshot"}


async def refusal_for_going_back_at_the_start(tmp_path: Path, lang: str) -> list[str]:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang=lang)
    shown = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("b")  # back, in the very first phase
        await pilot.pause()
        assert run_screen(app).session.state.index == 0
    return shown


async def test_a_refusal_is_dutch_by_default(tmp_path: Path) -> None:
    assert "Dit is de eerste fase." in await refusal_for_going_back_at_the_start(tmp_path, "nl")


async def test_a_refusal_is_english_under_lang_en(tmp_path: Path) -> None:
    shown = await refusal_for_going_back_at_the_start(tmp_path, "en")
    assert "This is the first phase." in shown
    assert not any("fase" in message for message in shown), shown


@pytest.mark.parametrize(
    ("lang", "ours", "stop"),
    [
        ("nl", {"Pauze of verder", "Volgende fase", "Help", "Schermafbeelding"}, "Stoppen"),
        ("en", {"Pause or resume", "Next phase", "Help", "Screenshot"}, "Quit"),
    ],
)
async def test_the_palette_speaks_the_ui_language_and_its_stop_asks_first(
    tmp_path: Path, lang: str, ours: set[str], stop: str
) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        titles = [command.title for command in commands]
        assert ours <= set(titles)
        textual_left = (TEXTUAL_DEFAULTS - ours - {stop}) & set(titles)
        assert not textual_left, textual_left
        assert titles.count(stop) == 1
        quit_command = next(command for command in commands if command.title == stop)
        await quit_command.callback()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # the question q asks, not an exit
        assert app.return_value is None
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)


async def test_the_palettes_stop_in_a_rehearsal_asks_the_rehearsals_question(
    tmp_path: Path,
) -> None:
    start = StartRequest("kot", rehearse=True, seed=5)
    app = IntervisieApp(
        fixture_catalog(broken=False),
        clock=FakeClock(),
        folder=tmp_path,
        start=start,
        tick_seconds=10_000,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RehearsalScreen)
        commands = list(app.get_system_commands(app.screen))
        quit_command = next(c for c in commands if c.title == "Stoppen met oefenen")
        await quit_command.callback()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Stoppen met oefenen?" in screen_text(app)
        assert app.return_value is None


async def test_the_step_line_the_group_reads_is_the_english_twin(tmp_path: Path) -> None:
    kot = fixture_catalog(broken=False).method("kot")
    first = kot.steps[0].model_copy(
        update={"description_en": "The presenter says in one sentence what is on their mind."}
    )
    kot = kot.model_copy(update={"steps": [first, *kot.steps[1:]]})
    options = RunOptions(chair="Vera", participants=("Anna", "Bram"), inbrenger="Anna", lang="en")
    app = IntervisieApp(
        Catalog((kot,)),
        clock=FakeClock(),
        lang="en",
        folder=tmp_path,
        start=StartRequest("kot", fields_from_options(options)),
        tz=UTC,
    )
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        text = " ".join(screen_text(app).split())
    assert "The presenter says in one sentence what is on their mind" in text
    assert first_sentence(first.description)[:40] not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_chairs_panel_speaks_the_chairs_language(tmp_path: Path, lang: str) -> None:
    kot = fixture_catalog(broken=False).method("kot")
    first = kot.steps[0].model_copy(
        update={
            "opening": "Welkom bij deze casus.",
            "opening_en": "Welcome to this case.",
            "questions": ["Wat is je vraag?"],
            "questions_en": ["What is your question?"],
        }
    )
    kot = kot.model_copy(update={"steps": [first, *kot.steps[1:]]})
    options = RunOptions(chair="Vera", participants=("Anna", "Bram"), inbrenger="Anna", lang=lang)
    app = IntervisieApp(
        Catalog((kot,)),
        clock=FakeClock(),
        lang=lang,
        folder=tmp_path,
        start=StartRequest("kot", fields_from_options(options)),
        tz=UTC,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = " ".join(screen_text(app).split())
    shown, hidden = ("Welcome to this case", "Welkom") if lang == "en" else ("Welkom", "Welcome")
    assert shown in text and hidden not in text
    asked, unasked = (
        ("What is your question?", "Wat is je vraag?")
        if lang == "en"
        else ("Wat is je vraag?", "What is your question?")
    )
    assert asked in text and unasked not in text


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "Geen opdracht gevonden voor 'xyzzy'"), ("en", "No command found for 'xyzzy'")],
)
async def test_a_palette_search_that_finds_nothing_says_so_in_the_ui_language(
    tmp_path: Path, lang: str, said: str
) -> None:
    """Textual's own "No matches found" is English; ours takes its place, and Enter helps."""
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"xyzzy")
        await app.workers.wait_for_complete()
        await pilot.pause()
        listed = app.screen.query_one(CommandList)
        shown = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert any(said in line for line in shown), shown
        assert not any("No matches" in line for line in shown), shown
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Ctrl+C stopt hier niets; druk op q om te stoppen"),
        ("en", "Ctrl+C stops nothing here; press q to quit"),
    ],
)
async def test_ctrl_c_says_how_to_quit_in_the_ui_language(
    tmp_path: Path, lang: str, said: str
) -> None:
    """Textual's own reminder ("Press ctrl+q to quit the app") is English and skips the question."""
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang=lang)
    shown = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert shown == [said]
        assert isinstance(app.screen, RunScreen)


@pytest.mark.parametrize(
    ("lang", "said"), [("nl", "Schermafbeelding bewaard: "), ("en", "Screenshot saved: ")]
)
async def test_the_palettes_screenshot_is_told_in_the_ui_language(
    tmp_path: Path, lang: str, said: str
) -> None:
    """Textual's own screenshot says "Saved screenshot to ..." in English."""
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang=lang)
    app.screenshot_dir = tmp_path / "shots"
    app.screenshot_dir.mkdir()
    shown = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        command = next(
            c
            for c in app.get_system_commands(app.screen)
            if c.title in ("Schermafbeelding", "Screenshot")
        )
        command.callback()
        for _ in range(50):
            await pilot.pause(0.05)
            if shown:
                break
        (saved,) = list(app.screenshot_dir.glob("*.svg"))
        assert shown == [f"{said}{saved}"]
        assert "<svg" in saved.read_text(encoding="utf-8")
