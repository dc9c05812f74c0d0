"""The agenda editor's draft and the remembered agenda, without a screen."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intervisie_tui.library import bundled_methods_dir, load_paths
from intervisie_tui.messages import Lang, MsgError, say
from intervisie_tui.model import QuestionKind
from intervisie_tui.tui.agenda_draft import (
    Draft,
    DraftItem,
    item_minutes,
    minutes_left_for,
    suggestions_for,
    total_minutes,
    with_method,
)
from intervisie_tui.tui.agenda_form import build_agenda
from intervisie_tui.tui.memory import AGENDA_FILE_NAME, read_last_agenda, save_last_agenda
from intervisie_tui.tui.setup_fields import SetupFields

LIBRARY = load_paths([bundled_methods_dir()])
METHODS = {key: found.method for key, found in LIBRARY.methods.items()}
CASE_METHODS = {key: found.method for key, found in LIBRARY.case_methods.items()}
KOT = DraftItem("kot", case=True, inbrenger="Anna", kind=QuestionKind.solution)
FISHBOWL = DraftItem("vissenkom", case=True, kind=QuestionKind.dilemma)


def test_items_are_added_removed_and_moved_within_the_list() -> None:
    draft = Draft().insert(KOT).insert(FISHBOWL).insert(DraftItem("", case=True), at=0)
    assert [item.method_id for item in draft.items] == ["", "kot", "vissenkom"]
    moved, at = draft.move(0, 1)
    assert ([item.method_id for item in moved.items], at) == (["kot", "", "vissenkom"], 1)
    # Past either end the item stays at the end it reached.
    assert moved.move(2, 5) == (moved, 2)
    assert moved.move(0, -1) == (moved, 0)
    assert moved.remove(1).items == (KOT, FISHBOWL)
    assert moved.remove(9) is moved


def test_minutes_follow_the_chosen_method_unless_the_chair_set_them() -> None:
    draft = Draft((KOT, FISHBOWL, DraftItem("", case=True)))
    # KOT's block is 15 minutes for one case, the fishbowl 65; a case without a method 0.
    assert [item_minutes(item, METHODS) for item in draft.items] == [15, 65, 0]
    assert total_minutes(draft, METHODS) == 80
    assert minutes_left_for(draft, 2, METHODS, 120) == 40
    assert minutes_left_for(draft, 2, METHODS, None) is None
    chosen = with_method(draft.change(0, DraftItem("kot", case=True, minutes=10)), 0, "kot")
    assert chosen.items[0].minutes is None


def test_suggestions_use_the_time_the_other_items_leave() -> None:
    draft = Draft((FISHBOWL, DraftItem("", case=True, kind=QuestionKind.solution)))
    ranked = suggestions_for(draft, 1, CASE_METHODS, METHODS, available=90, group_size=5)
    assert ranked[0].method.id == "kot"
    assert [say(reason, Lang.nl) for reason in ranked[0].reasons] == [
        "vooral voor vastzitten, zelf een oplossing zoeken",
        "15 min, past in 25 min",
    ]


def test_the_last_agenda_keeps_its_shape_not_its_cases(tmp_path: Path) -> None:
    items = (
        DraftItem("opening"),
        KOT,
        DraftItem("pauze", minutes=10),
        FISHBOWL,
    )
    assert save_last_agenda(tmp_path, items)
    assert os.stat(tmp_path / AGENDA_FILE_NAME).st_mode & 0o777 == 0o600
    read, problem = read_last_agenda(tmp_path)
    assert problem is None
    assert read == (
        DraftItem("opening"),
        DraftItem("kot", case=True, kind=QuestionKind.solution),
        DraftItem("pauze", minutes=10),
        FISHBOWL,
    )
    assert "Anna" not in (tmp_path / AGENDA_FILE_NAME).read_text()


def test_a_damaged_last_agenda_is_named_and_nothing_is_offered(tmp_path: Path) -> None:
    assert read_last_agenda(tmp_path) == ((), None)
    (tmp_path / AGENDA_FILE_NAME).write_text('{"items": [{"method_id": "kot", "minutes": -3}]}')
    items, problem = read_last_agenda(tmp_path)
    assert items == () and problem is not None
    said = say(problem, Lang.en)
    assert AGENDA_FILE_NAME in said and "the agenda's items are not as expected" in said


NOW = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
GROUP = SetupFields(chair="Vera", participants="Anna, Bram, Chris, Dewi", until="16:30")


def test_the_draft_becomes_the_agenda_the_session_runs() -> None:
    draft = Draft(
        (
            DraftItem("opening"),
            DraftItem("kot", case=True, inbrenger="Anna", question="Hoe zeg ik nee?"),
            DraftItem("pauze", minutes=10),
            DraftItem("vissenkom", case=True, inner_group="Anna, Bram"),
            DraftItem("afsluiting"),
        )
    )
    agenda = build_agenda(draft, GROUP, METHODS, NOW, UTC)
    assert [item.method_id for item in agenda.items] == [
        "opening", "kot", "pauze", "vissenkom", "afsluiting",
    ]  # fmt: skip
    assert agenda.items[1].cases[0].inbrenger == "Anna"
    assert agenda.items[1].cases[0].question == "Hoe zeg ik nee?"
    assert agenda.items[2].minutes == 10
    fishbowl = agenda.items[3]
    assert (fishbowl.inner_group, fishbowl.outer_group) == (("Anna", "Bram"), ("Chris", "Dewi"))
    assert agenda.until == datetime(2026, 3, 2, 16, 30, tzinfo=UTC)


def test_what_keeps_the_agenda_from_starting_names_the_item() -> None:
    def problem(draft: Draft, fields: SetupFields = GROUP) -> str:
        with pytest.raises(MsgError) as caught:
            build_agenda(draft, fields, METHODS, NOW, UTC)
        return say(caught.value.message, Lang.en)

    assert problem(Draft((DraftItem("opening"), DraftItem("", case=True)))) == (
        "choose a method for item 2 (Enter on the case)"
    )
    assert problem(Draft((DraftItem("kot", case=True),))) == (
        "item 1: who brings the case? (Enter on the case)"
    )
    assert "Zoë" in problem(Draft((DraftItem("vissenkom", case=True, inner_group="Zoë"),)))
    assert problem(Draft((DraftItem("opening"),)), SetupFields(chair="Vera", until="25:00"))
    assert problem(Draft()) == "the agenda is empty: add an item with a"
