"""Rounds: who speaks, in which order, skipping, absence, and the end of a round."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from session_methods import kot_like, kot_setup, topics_like, topics_setup

from intervisie_tui.session import CommandRejected, FakeClock, Session


def _to_questions(session: Session) -> None:
    session.start()
    session.next()
    session.next()
    assert session.phase_view().title == "Oplossingsgerichte vragen"


def test_round_leaves_out_the_chair_and_the_answering_inbrenger(kot_session: Session) -> None:
    _to_questions(kot_session)
    assert kot_session.turn_order == ("Bram", "Chris", "Dewi")
    assert kot_session.current_speaker == "Bram"
    view = kot_session.phase_view()
    assert view.turn is not None
    assert (view.turn.items, view.turn.item) == (1, "vraag")


def test_next_turn_walks_the_round_and_signals_when_it_is_complete(kot_session: Session) -> None:
    _to_questions(kot_session)
    kot_session.next_turn()
    assert kot_session.current_speaker == "Chris"
    kot_session.next_turn()
    kot_session.next_turn()
    assert kot_session.current_speaker is None
    assert kot_session.round_complete
    kot_session.next_turn()  # the next press starts round two
    view = kot_session.phase_view()
    assert view.turn is not None and view.turn.round == 2
    assert kot_session.current_speaker == "Bram"


def test_skipped_person_passes_only_this_round(kot_session: Session) -> None:
    _to_questions(kot_session)
    kot_session.skip_person("Chris")
    kot_session.next_turn()
    assert kot_session.current_speaker == "Dewi"
    kot_session.next_turn()
    assert kot_session.round_complete
    kot_session.next_turn()
    kot_session.next_turn()
    assert kot_session.current_speaker == "Chris"


def test_absent_person_gets_no_turn_in_any_round_or_phase(kot_session: Session) -> None:
    _to_questions(kot_session)
    kot_session.mark_absent("Bram")
    assert kot_session.current_speaker == "Chris"
    kot_session.next()
    assert kot_session.turn_order == ("Chris", "Dewi")
    kot_session.mark_absent("Bram", absent=False)
    assert kot_session.turn_order == ("Bram", "Chris", "Dewi")


def test_inbrenger_changes_with_the_case(kot_session: Session) -> None:
    _to_questions(kot_session)
    for _ in range(4):
        kot_session.next()
    view = kot_session.phase_view()
    assert view.inbrenger == "Bram"
    assert view.case == 1
    kot_session.next()
    kot_session.next()
    assert kot_session.turn_order == ("Anna", "Chris", "Dewi")


def test_no_round_outside_round_phases(kot_session: Session) -> None:
    kot_session.start()
    assert kot_session.turn_order == ()
    assert kot_session.phase_view().turn is None
    with pytest.raises(CommandRejected, match="geen beurtvolgorde"):
        kot_session.next_turn()


def test_unknown_names_are_rejected(kot_session: Session) -> None:
    _to_questions(kot_session)
    with pytest.raises(CommandRejected, match="deelnemerslijst"):
        kot_session.mark_absent("Zoë")
    with pytest.raises(CommandRejected, match="geen beurt"):
        kot_session.skip_person("Anna")


def test_everyone_round_includes_the_inbrengers(clock: FakeClock, folder: Path) -> None:
    session = Session.create(topics_like(), topics_setup(), clock=clock, folder=folder)
    session.start()
    assert session.turn_order == ("Anna", "Bram", "Chris")


def test_round_is_reset_when_the_phase_changes(kot_session: Session) -> None:
    _to_questions(kot_session)
    kot_session.next_turn()
    kot_session.next()
    assert kot_session.current_speaker == "Bram"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.just(("turn", "")),
            st.tuples(st.just("pass"), st.sampled_from(["Bram", "Chris", "Dewi"])),
            st.tuples(st.just("absent"), st.sampled_from(["Bram", "Chris", "Dewi"])),
            st.tuples(st.just("back"), st.sampled_from(["Bram", "Chris", "Dewi"])),
        ),
        max_size=40,
    )
)
def test_every_present_person_speaks_once_per_round(commands: list[tuple[str, str]]) -> None:
    session = Session.in_memory(kot_like(), kot_setup(2), clock=FakeClock())
    _to_questions(session)
    spoken: list[str] = []
    for name, who in commands:
        before = session.state.turn.round
        speaker = session.current_speaker
        try:
            if name == "turn":
                session.next_turn()
                if speaker is not None:
                    spoken.append(speaker)
            elif name == "pass":
                session.skip_person(who)
            else:
                session.mark_absent(who, absent=name == "absent")
        except CommandRejected:
            pass
        state = session.state
        current = session.current_speaker
        if current is not None:
            assert current not in state.absent
            assert current not in state.turn.done | state.turn.passed
        if state.turn.round != before:
            spoken.clear()
        assert len(spoken) == len(set(spoken)), "someone spoke twice in one round"
        if session.round_complete:
            assert set(session.turn_order) <= state.turn.done | state.turn.passed
