"""Under `run --group` the opening's check-in shows last time's first steps, so the group can
ask "Wat heb je gedaan met je eerste stap?"; nothing without a group or a meeting before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_opening_wall import opening_app as wall_app
from tui_support import run_screen, screen_text

from intervisie_tui.group.files import create_group, record_meeting
from intervisie_tui.messages import Lang
from intervisie_tui.model.group import CaseRecord, Group, MeetingRecord, Member
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.widgets.wall_list import WallList

PEOPLE = ("Anna", "Bram", "Chris", "Dewi")
GROUP = Group(name="Team Noord", members=tuple(Member(name=name) for name in ("Vera", *PEOPLE)))


def group_folder(base: Path, *, meetings: int) -> Path:
    """A group with `meetings` meetings behind it; the last had first steps for Bram and Dewi."""
    folder = base / "groups" / "Team Noord"
    create_group(folder, GROUP, Lang.nl)
    for number in range(meetings):
        last = number == meetings - 1
        cases = (
            CaseRecord(
                inbrenger="Bram",
                method="kot",
                method_title="KOT",
                first_step="Maandag de ouders bellen" if last else "Een oude stap",
            ),
            CaseRecord(inbrenger="Chris", method="balint", method_title="Balint"),
            CaseRecord(inbrenger="Dewi", method="kot", method_title="KOT", first_step="Nee zeggen"),
        )
        record = MeetingRecord(
            date=dt.date(2026, 2, 2 + 7 * number), chair="Vera", present=PEOPLE, cases=cases
        )
        record_meeting(folder, GROUP, record, None, Lang.nl)
    return folder


def opening_app(base: Path, group: Path | None, lang: str = "nl") -> IntervisieApp:
    """A meeting of opening, a KOT case and closing, started, on its check-in round."""
    app = wall_app(base, lang=lang, steps=2, group=group)  # welcome, ground rules -> check-in
    assert app.session is not None and app.session.state.phase.step.look_back
    return app


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("nl", "╭─ Vorige keer ─"),
        ("en", "╭─ Last time ─"),
    ],
)
async def test_the_check_in_shows_last_times_first_steps(
    tmp_path: Path, lang: str, title: str
) -> None:
    app = opening_app(tmp_path, group_folder(tmp_path, meetings=2), lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert title in text
        question = "Wat heb je gedaan" if lang == "nl" else "What did you do with your first"
        assert question in text
        # The last meeting's steps, not an older one's; Chris said none.
        assert "Bram: Maandag de ouders bellen" in text
        assert "Dewi: Nee zeggen" in text
        assert "Een oude stap" not in text and "Chris:" not in text
        listing = run_screen(app).query_one(WallList)
        # The round starts with Anna, who brought nothing last time: nobody marked yet.
        assert [line.current for line in listing.lines] == [False, False]
        await pilot.press("t")  # Anna is done: Bram's turn, his line marked
        await pilot.pause()
        assert [line.current for line in listing.lines] == [True, False]
        await pilot.press("n")  # on to the case: the list goes
        await pilot.pause()
        assert not listing.display
        assert title not in screen_text(app)


@pytest.mark.parametrize("meetings", [None, 0], ids=["no group", "no meeting before"])
async def test_nothing_to_look_back_on_shows_no_list(tmp_path: Path, meetings: int | None) -> None:
    group = None if meetings is None else group_folder(tmp_path, meetings=meetings)
    app = opening_app(tmp_path, group)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not run_screen(app).query_one(WallList).display
        assert "Vorige keer" not in screen_text(app)
