"""g in the library: each group's trajectory, as a chair looks at it before the next meeting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tui_support import make_app, screen_text

from intervisie_tui.group.files import create_group, record_meeting
from intervisie_tui.messages import Lang
from intervisie_tui.model.group import CaseRecord, Group, MeetingRecord, Member
from intervisie_tui.tui.screens.groups import GroupsScreen
from intervisie_tui.tui.screens.help import HelpScreen
from intervisie_tui.tui.screens.library import LibraryScreen


def a_group(data: Path) -> None:
    """Team Noord with one recorded meeting, and a second group whose file is broken."""
    group = Group(name="Team Noord", members=(Member(name="Anna"), Member(name="Bram")))
    folder = data / "groups" / "Team Noord"
    create_group(folder, group, Lang.nl)
    record = MeetingRecord(
        date=date(2026, 11, 2),
        chair="Bram",
        present=("Anna",),
        cases=(
            CaseRecord(
                inbrenger="Anna",
                question="Hoe zeg ik nee?",
                method="kot",
                method_title="KOT",
                first_step="Anna oefent nee zeggen",
            ),
        ),
    )
    record_meeting(folder, group, record, "# Verslag\n", Lang.nl)
    broken = data / "groups" / "Zuid"
    broken.mkdir(parents=True)
    (broken / "group.yaml").write_text("name: Zuid\nmembers: []\n", "utf-8")


async def test_g_shows_each_group_and_escape_goes_back(tmp_path: Path) -> None:
    a_group(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GroupsScreen)
        text = screen_text(app)
        assert "Traject van Team Noord" in text
        assert "casus" in text and "Anna oefent nee zeggen" in text
        assert "Zuid" in text  # listed, though its file is broken
        await pilot.press("down")
        await pilot.pause()
        text = screen_text(app)
        assert "'members' heeft minstens 1 onderdeel nodig" in text  # in the UI's language
        assert "kon niet worden gelezen" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_no_group_yet_says_how_to_make_one(tmp_path: Path) -> None:
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        text = screen_text(app)
        assert "No groups yet" in text and "group new" in text


async def test_o_rehearses_for_the_next_chair_and_d_shares_the_results(tmp_path: Path) -> None:
    from intervisie_tui.tui.rehearsal import RehearsalScreen
    from intervisie_tui.tui.rehearsal.debrief import DebriefScreen

    a_group(tmp_path)
    folder = tmp_path / "groups" / "Team Noord"
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert "o: de volgende voorzitter oefent" in screen_text(app)
        await pilot.press("o")  # nobody recorded as next chair: who is it?
        await pilot.pause()
        text = screen_text(app)
        assert "Wie zit de volgende bijeenkomst van Team Noord voor?" in text
        await pilot.press("2")  # Bram
        await pilot.pause()
        text = screen_text(app)
        assert "Welke methode oefent Bram?" in text
        # KOT was used: the methods not tried yet come first, KOT last and marked.
        assert "1  Vissenkom" in text and "4  KOT-intervisiemodel (oplossingsgericht) (al" in text
        await pilot.press("escape")  # Escape: no rehearsal
        await pilot.pause()
        assert isinstance(app.screen, GroupsScreen)
        await pilot.press("o", "2")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        rehearsal = app.screen
        assert isinstance(rehearsal, RehearsalScreen)
        assert rehearsal.drill.method.id != "kot"
        rehearsal.finish()
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        assert "Delen met groep Team Noord? d zet de uitkomst van Bram" in screen_text(app)
        assert "q gaat terug zonder te delen" in screen_text(app)
        assert not (folder / "rehearsals").exists()  # nothing shared before the key
        await pilot.press("d")
        await pilot.pause()
        assert "Gedeeld met groep Team Noord" in screen_text(app)
        await pilot.press("d")  # once only
        await pilot.pause()
        # Started from the groups screen: q goes back there (and the debrief said so).
        assert "q terug" in screen_text(app).splitlines()[-1]
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, GroupsScreen)
        assert app.return_code is None
    (shared,) = (folder / "rehearsals").iterdir()
    assert "-Bram-" in shared.name and "member: Bram" in shared.read_text("utf-8")


async def test_o_asks_no_name_when_the_last_meeting_named_the_next_chair(tmp_path: Path) -> None:
    folder = tmp_path / "groups" / "Team Noord"
    group = Group(name="Team Noord", members=(Member(name="Anna"), Member(name="Bram")))
    create_group(folder, group, Lang.nl)
    record = MeetingRecord(date=date(2026, 11, 2), chair="Bram", next_chair="Anna")
    record_meeting(folder, group, record, None, Lang.nl)
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("g", "o")
        await pilot.pause()
        text = screen_text(app)
        assert "Which method does Anna rehearse?" in text
        assert "Who chairs the next meeting" not in text


async def test_a_shared_rehearsal_shows_on_the_groups_screen(tmp_path: Path) -> None:
    from textual.containers import VerticalScroll

    from intervisie_tui.group.files import share_rehearsal
    from intervisie_tui.model.shared_rehearsal import PhaseTime, SharedRehearsal

    a_group(tmp_path)
    shared = SharedRehearsal(
        date=date(2026, 11, 20),
        member="Bram",
        method="vijf-stappen",
        method_title="Vijfstappenmethode",
        said=4,
        noticed=3,
        missed=1,
        false_alarms=2,
        phases=(PhaseTime(title="Vraag", planned=5.0, actual=6.5),),
    )
    share_rehearsal(tmp_path / "groups" / "Team Noord", shared, Lang.nl)
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        app.screen.query_one("#groups-overview", VerticalScroll).scroll_end(animate=False)
        await pilot.pause()
        text = screen_text(app)
        assert "Oefenrondes die voorzitters deelden" in text
        assert "Bram" in text and "3 van 4" in text and "Vraag 5/6,5" in text


@pytest.mark.parametrize(
    ("lang", "footer", "helped"),
    [
        ("nl", ("o oefenen", "esc terug", "? help"), ("Oefenen voor de groep", "Volgende groep")),
        ("en", ("o rehearse", "esc back", "? help"), ("Rehearse for the group", "Next group")),
    ],
)
async def test_every_key_of_the_groups_screen_is_in_its_footer_or_help(
    tmp_path: Path, lang: str, footer: tuple[str, ...], helped: tuple[str, ...]
) -> None:
    a_group(tmp_path)
    app = make_app(tmp_path, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GroupsScreen)
        bottom = screen_text(app).splitlines()[-1]
        for words in footer:
            assert words in bottom, bottom
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        said = screen_text(app)
        for words in helped:
            assert words in said, said
        # q goes back to the library here: the help says so, not that it ends a meeting.
        assert "esc / q" in said
        assert "journaal" not in said and "journal" not in said
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_without_a_group_the_footer_offers_no_rehearsal(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        bottom = screen_text(app).splitlines()[-1]
        assert "esc terug" in bottom and "oefenen" not in bottom
