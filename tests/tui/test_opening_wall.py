"""The opening's ground rules on the wall: a numbered list the room can read, paged with r
where all ten do not fit; in Dutch and English, and a group's own rules in place of ours."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_support import run_screen, screen_text

from intervisie_tui.library import bundled_methods_dir, load_paths
from intervisie_tui.model.ground_rules import GroundRules
from intervisie_tui.session import FakeClock, Session
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.setup import Case
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.launch import catalog_from_library
from intervisie_tui.tui.widgets.rules import RuleCard
from intervisie_tui.tui.widgets.wall_list import WallList

LIBRARY = load_paths([bundled_methods_dir()])
OURS = LIBRARY.ground_rules["spelregels"].rules
START = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
Snap = Callable[..., bool]


def opening_app(
    folder: Path,
    rules: GroundRules = OURS,
    lang: str = "nl",
    *,
    steps: int = 1,
    group: Path | None = None,
) -> IntervisieApp:
    """A meeting of opening, a KOT case and closing, started, `steps` phases on: 1 is the
    ground rules step (after the welcome), 2 the check-in round."""

    def item(method_id: str, *cases: Case) -> AgendaItem:
        found = LIBRARY.get(method_id)
        assert found is not None
        return AgendaItem.of(found, cases)

    agenda = Agenda(
        chair="Vera",
        participants=("Anna", "Bram", "Chris", "Dewi"),
        ground_rules=rules,
        items=(item("opening"), item("kot", Case(inbrenger="Anna")), item("afsluiting")),
    )
    clock = FakeClock(START)
    session = Session.create_agenda(agenda, clock=clock, folder=folder / "sessions")
    session.start()
    for _ in range(steps):
        session.next()
    catalog = catalog_from_library(LIBRARY)
    return IntervisieApp(
        catalog, clock=clock, folder=folder, session=session, tz=UTC, lang=lang, group=group
    )


def rows(app: IntervisieApp) -> list[str]:
    return [" ".join(line.split()) for line in screen_text(app).splitlines()]


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_all_ten_rules_are_numbered_lines_at_80x24(tmp_path: Path, lang: str) -> None:
    app = opening_app(tmp_path, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        listing = screen.query_one(WallList)
        assert not listing.pages  # all ten fit: no paging needed
        shown = rows(app)
        title = "Onze spelregels" if lang == "nl" else "Our ground rules"
        assert any(f"╭─ {title} ─" in row for row in shown)
        for number, rule in enumerate(OURS.ground_rules, start=1):
            reminder = rule.reminder if lang == "nl" else rule.reminder_en
            assert reminder is not None
            # Each rule starts a line of its own after its number (a long one may wrap).
            first_words = " ".join(reminder.split()[:3])
            assert any(f"│ {number}. {first_words}" in row for row in shown), reminder
        # Not as ten unreadable boxes any more.
        assert not screen.query(RuleCard)


async def test_the_list_pages_with_r_where_the_ten_do_not_fit(tmp_path: Path) -> None:
    app = opening_app(tmp_path)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        listing = run_screen(app).query_one(WallList)
        assert listing.pages
        before = " ".join(screen_text(app).split())
        assert "1. Je doet mee omdat je dat wilt" in before
        assert "Telefoons uit" not in before
        assert "r: verder ▼" in before
        await pilot.press("r")
        await pilot.pause()
        after = " ".join(screen_text(app).split())
        assert "10. Telefoons uit" in after
        assert "r: weer van boven ▲" in after
        await pilot.press("r")  # after the last page: the top again
        await pilot.pause()
        assert "1. Je doet mee omdat je dat wilt" in " ".join(screen_text(app).split())


async def test_the_explanations_stand_under_the_rules_on_a_big_wall(tmp_path: Path) -> None:
    app = opening_app(tmp_path)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        shown = rows(app)
        first = OURS.ground_rules[0]
        at = next(i for i, row in enumerate(shown) if f"│ 1. {first.reminder} │" in row)
        assert f"│ {' '.join(first.explanation.split())} │" in shown[at + 1]


async def test_a_groups_own_rules_are_shown_and_the_list_goes_with_the_step(
    tmp_path: Path,
) -> None:
    own = GroundRules.model_validate(
        {
            "id": "team-noord",
            "title": "Afspraken van Team Noord",
            "title_en": "Team Noord's agreements",
            "ground_rules": [
                {
                    "id": "op-tijd",
                    "reminder": "We beginnen op tijd",
                    "reminder_en": "We start on time",
                    "explanation": "Wie te laat is, schuift stil aan.",
                    "explanation_en": "Whoever is late joins quietly.",
                }
            ],
        }
    )
    app = opening_app(tmp_path, own)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "Afspraken van Team Noord" in text and "1. We beginnen op tijd" in text
        assert "Wat hier gezegd wordt" not in text
        await pilot.press("n")  # the check-in round: no list on the wall
        await pilot.pause()
        assert not run_screen(app).query_one(WallList).display
        assert "We beginnen op tijd" not in screen_text(app)


@pytest.mark.parametrize(
    "size",
    [
        pytest.param((80, 24), id="80x24"),
        pytest.param((100, 30), id="100x30"),
        pytest.param((200, 60), id="200x60"),
    ],
)
def test_ground_rules_snapshot(
    snap_compare: Snap, size: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    async def settle(pilot: Pilot[int]) -> None:
        await pilot.pause()

    assert snap_compare(opening_app(Path("data")), terminal_size=size, run_before=settle)
