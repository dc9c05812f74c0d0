"""What the page receives: the room's part of the meeting, in the meeting's language."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from room_support import kot, kot_meeting

from intervisie_tui.library import load_library
from intervisie_tui.messages import Lang
from intervisie_tui.room.follow import Followed, JournalFollower
from intervisie_tui.room.snapshot import room_snapshot
from intervisie_tui.session import Case, FakeClock, MeetingSetup, Session


def _followed(session: Session) -> Followed:
    assert session.path is not None
    follower = JournalFollower(session.path)
    follower.look()
    assert follower.current is not None
    return follower.current


def test_the_room_sees_step_case_people_rules_and_clock(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    clock.advance(30)
    shown = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)
    assert shown["mode"] == "running"
    assert shown["step"] == "Stap 1 van 6"
    assert shown["title"] == "Vraag en doel"
    assert shown["case"] == "Casus 1 van 1: Ann"
    assert shown["question"] == "Hoe zeg ik nee?"
    assert shown["clock"] == {"remaining": 90.0, "elapsed": 30.0, "running": True, "warning": 60}
    assert shown["speaking_label"] == "Aan het woord"
    assert {"role": "Inbrenger", "names": "Ann"} in shown["speaking"]
    assert shown["listening"] == [{"role": "Collega's", "names": "Bas, Cor, Dirk"}]
    assert shown["inbrenger"] == "Ann: vertelt"
    assert shown["rules"] == ["Nog geen vragen", "De inbrenger kiest zelf"]
    assert shown["next"] == "Hierna: Korte schets (2 min)"
    assert shown["phase_age"] == 30.0


def test_english_meeting_reads_english(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    shown = room_snapshot(_followed(session), clock.wall(), Lang.en, notes=False)
    method = kot()
    assert shown["step"] == "Step 1 of 6"
    assert shown["title"] == method.steps[0].title_en
    assert shown["speaking_label"] == "Speaking"
    assert shown["case"] == "Case 1 of 1: Ann"
    assert shown["inbrenger"] == "Ann: speaks"
    assert shown["rules"] == [method.rule(r).reminder_en for r in method.steps[0].rules]


def test_a_round_shows_whose_turn_it_is(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    session.next()
    session.next()  # step 3: questions in a round
    session.next_turn()
    turn = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)["turn"]
    assert turn["label"] == "Beurt"
    first, second = turn["order"][:2]
    assert first["mark"] == "done"
    assert second["mark"] == "current" and turn["current"] == second["name"]
    assert turn["round"] == "Ronde 1"


def test_never_the_chairs_panel(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    shown = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=True)
    text = json.dumps(shown, ensure_ascii=False)
    step = kot().steps[0]
    private = [step.opening, *step.questions, *step.watch_for]
    assert len(private) >= 3
    assert [line for line in private if line and line in text] == []


@pytest.mark.parametrize("notes", [False, True])
def test_notes_only_when_the_chair_turns_them_on(
    sessions: Path, clock: FakeClock, notes: bool
) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    session.add_note("Ann wil leren nee zeggen")
    shown = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=notes)
    assert ("Ann wil leren nee zeggen" in json.dumps(shown, ensure_ascii=False)) is notes
    if notes:
        assert shown["notes_label"] == "Flip-over"
        assert shown["notes"] == ["Ann wil leren nee zeggen"]


def test_paused_and_finished_say_so(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    shown = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)
    assert shown["mode"] == "ready" and shown["message"] == "De bijeenkomst begint zo."
    session.start()
    clock.advance(150)
    session.pause()
    clock.advance(600)
    shown = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)
    assert shown["mode"] == "paused" and shown["paused"] == "PAUZE"
    assert shown["clock"]["remaining"] == -30.0 and not shown["clock"]["running"]
    session.finish()
    shown = room_snapshot(_followed(session), clock.wall(), Lang.en, notes=False)
    assert shown["mode"] == "finished" and shown["message"] == "The meeting is over. Thank you!"


def test_a_case_whose_inbrenger_is_still_to_be_chosen_shows_its_number(
    sessions: Path, clock: FakeClock
) -> None:
    method = load_library(user=False).get("balint")
    assert method is not None
    setup = MeetingSetup(
        method_id="balint", chair="Vera", participants=("Ann", "Bas", "Cor"), cases=(Case(),)
    )
    session = Session.create(method, setup, clock=clock, folder=sessions)
    session.start()
    shown = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)
    assert shown["case"] is not None and shown["case"].endswith("1 van 1")
    session.choose_inbrenger("Bas")
    shown = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)
    assert shown["case"].endswith("1 van 1: Bas")


def test_the_agenda_line_says_whether_the_meeting_keeps_to_its_end_time(
    sessions: Path, clock: FakeClock, amsterdam: None
) -> None:
    until = clock.wall() + timedelta(minutes=15)  # KOT's six steps: 15 minutes in all
    session = kot_meeting(sessions, clock, until=until)
    session.start()
    shown = room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)
    assert shown["agenda"] == "op schema"
    clock.advance(4 * 60 + 120)  # step 1 (2 min) runs 4 minutes over
    shown = room_snapshot(_followed(session), clock.wall(), Lang.en, notes=False)
    assert shown["agenda"] == "running 4 min late: ends 10:19"
    session.finish()
    assert room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)["agenda"] is None


def test_without_an_end_time_there_is_no_agenda_line(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    assert room_snapshot(_followed(session), clock.wall(), Lang.nl, notes=False)["agenda"] is None
