"""Adviesrondes: the topics written in its own first round make the passes of its block.

The seed: the facilitator lists who wants advice, with the topic and a score from 1 to 10; the
highest score goes first, then the rest in descending order, and steps 2-6 repeat for each
topic. So each topic note is one pass, with its owner as inbrenger, in the order of the scores.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intervisie_tui.library import load_paths
from intervisie_tui.model.method import Capture, Method
from intervisie_tui.session import CommandRejected, FakeClock, Session
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.report import render_report
from intervisie_tui.session.setup import Case
from intervisie_tui.session.topics import parse_topic

METHODS = Path(__file__).resolve().parents[2] / "methods"
PEOPLE = ("Anna", "Bram", "Chris", "Dewi", "Eva")
START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
BLOCK = ("presentatie", "adviesronde-1", "adviesronde-2", "adviesronde-3", "evaluatie")


def _method(method_id: str) -> Method:
    return load_paths([METHODS / f"{method_id}.yaml"]).methods[method_id].method


def _meeting(tmp_path: Path, until: datetime | None = None) -> tuple[Session, FakeClock]:
    """Opening, then adviesrondes with nobody named (the group names its topics inside it)."""
    agenda = Agenda(
        chair="Mirjam",
        participants=PEOPLE,
        until=until,
        items=(AgendaItem.of(_method("opening")), AgendaItem.of(_method("adviesrondes"))),
    )
    clock = FakeClock(start=START)
    session = Session.create_agenda(agenda, clock=clock, folder=tmp_path)
    session.fit_to_end()
    session.start()
    while session.state.phase.step.id != "inventarisatie":
        clock.advance(60)
        session.next()
    return session, clock


def _topic(session: Session, clock: FakeClock, text: str) -> None:
    """The chair writes the topic of whoever has the turn (as `a` does), then gives the turn on."""
    clock.advance(30)
    session.add_note(text, Capture.topics, by=session.state.current_speaker)
    session.next_turn()


def _passes(session: Session) -> list[tuple[str, str | None, str | None, int | None]]:
    state = session.state
    item = state.phase.item
    found = []
    for phase in state.item_phases(item):
        case = state.case_of(phase)
        if case is not None:
            found.append((phase.step.id, case.inbrenger, case.question, case.importance))
    return found


@pytest.mark.parametrize(
    ("typed", "topic", "score"),
    [
        ("Roosters plannen: 8", "Roosters plannen", 8),
        ("Roosters plannen (10)", "Roosters plannen", 10),
        ("Roosters plannen 3", "Roosters plannen", 3),
        ("Roosters voor 2026", "Roosters voor 2026", None),
        ("Een lastige ouder", "Een lastige ouder", None),
    ],
)
def test_a_topic_note_is_read_as_topic_and_score(typed: str, topic: str, score: int | None) -> None:
    assert parse_topic(typed) == (topic, score)


def test_the_topics_make_one_pass_each_highest_score_first(tmp_path: Path) -> None:
    session, clock = _meeting(tmp_path)
    assert session.state.method.id == "adviesrondes"
    assert session.turn_order == PEOPLE
    _topic(session, clock, "Roosters plannen: 6")  # Anna
    _topic(session, clock, "Een lastige ouder (9)")  # Bram
    session.skip_person()  # Chris has nothing today
    _topic(session, clock, "Teamoverleg loopt uit 3")  # Dewi
    passes = _passes(session)
    # One pass of five steps per topic, not the method's default three with nobody named.
    assert [step for step, *_ in passes] == list(BLOCK) * 3
    owners = [(who, question, score) for _, who, question, score in passes[::5]]
    assert owners == [
        ("Bram", "Een lastige ouder", 9),
        ("Anna", "Roosters plannen", 6),
        ("Dewi", "Teamoverleg loopt uit", 3),
    ]
    # The round goes on where it was, and the next phase is the first topic's presentation.
    assert session.state.phase.step.id == "inventarisatie"
    assert session.state.current_speaker == "Eva"
    clock.advance(30)
    session.next()
    assert session.state.phase.step.id == "presentatie"
    assert session.state.case is not None and session.state.case.inbrenger == "Bram"
    # The journal replays to the same meeting.
    path = session.path
    assert path is not None
    session.close()
    again = Session.reopen(path, clock=clock)
    assert _passes(again) == passes
    report = render_report(again.state)
    assert "Bram" in report and "Een lastige ouder" in report
    again.close()


def test_fewer_topics_than_the_default_leave_fewer_passes_and_the_plan_refits(
    tmp_path: Path,
) -> None:
    session, clock = _meeting(tmp_path, until=START + timedelta(hours=2))
    before = len(session.state.phases)
    _topic(session, clock, "Een lastige ouder: 9")  # Anna
    assert len(_passes(session)) == 5
    assert len(session.state.phases) == before - 2 * len(BLOCK)
    # The end time now covers one pass: its phases keep the method's minutes (they fit).
    item = session.state.phase.item
    block = [p.index for p in session.state.item_phases(item) if p.case is not None]
    assert [session.state.minutes[i] for i in block] == [5.0, 3.0, 3.0, 3.0, 1.0]


def test_a_corrected_topic_moves_its_pass(tmp_path: Path) -> None:
    session, clock = _meeting(tmp_path)
    _topic(session, clock, "Roosters plannen: 6")  # Anna
    _topic(session, clock, "Een lastige ouder: 4")  # Bram
    assert [who for _, who, *_ in _passes(session)[::5]] == ["Anna", "Bram"]
    bram = session.state.notes[-1]
    session.edit_note(bram.id, "Een lastige ouder: 8")
    assert [who for _, who, *_ in _passes(session)[::5]] == ["Bram", "Anna"]


def test_a_topic_after_the_passes_began_is_kept_but_gets_no_pass(tmp_path: Path) -> None:
    session, clock = _meeting(tmp_path)
    _topic(session, clock, "Roosters plannen: 6")  # Anna
    session.next()  # Anna presents
    session.back()
    with pytest.raises(CommandRejected) as refused:
        _topic(session, clock, "Nog iets: 2")  # Bram, too late for a pass
    assert refused.value.message.key == "topics.passes_begun"
    assert session.state.notes[-1].text == "Nog iets: 2"  # nothing the chair typed is lost
    assert len(_passes(session)) == 5


def test_people_named_at_the_set_up_keep_their_pass_and_a_new_topic_adds_one(
    tmp_path: Path,
) -> None:
    method = _method("adviesrondes")
    named = (Case(inbrenger="Bram", importance=5), Case(inbrenger="Dewi", importance=7))
    agenda = Agenda(chair="Mirjam", participants=PEOPLE, items=(AgendaItem.of(method, named),))
    clock = FakeClock(start=START)
    session = Session.create_agenda(agenda, clock=clock, folder=tmp_path)
    session.start()
    assert [who for _, who, *_ in _passes(session)[::5]] == ["Dewi", "Bram"]
    _topic(session, clock, "Roosters plannen: 9")  # Anna, not named at the set-up
    _topic(session, clock, "Een lastige ouder")  # Bram: his topic, the set-up's score
    assert [(who, question, score) for _, who, question, score in _passes(session)[::5]] == [
        ("Anna", "Roosters plannen", 9),
        ("Dewi", None, 7),
        ("Bram", "Een lastige ouder", 5),
    ]
    # A note written outside the round (nobody has the turn) stays a note.
    session.add_note("Nog een onderwerp: 2", Capture.topics)
    assert len(_passes(session)) == 15
