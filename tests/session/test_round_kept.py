"""Going back and forward keeps where a round stood: the ticks, the passes and the round."""

from __future__ import annotations

from pathlib import Path

from intervisie_tui.session import FakeClock, Session, read_journal
from intervisie_tui.session.state import replay


def test_back_and_forward_again_continue_the_round(kot_session: Session) -> None:
    kot_session.start()
    kot_session.next()
    kot_session.next()  # the round of questions: Bram, Chris, Dewi
    kot_session.next_turn()
    kot_session.skip_person()  # Chris passes
    assert kot_session.current_speaker == "Dewi"
    kot_session.back()
    kot_session.next()
    view = kot_session.phase_view()
    assert view.turn is not None
    assert (view.turn.current, view.turn.done, view.turn.passed) == ("Dewi", ("Bram",), ("Chris",))
    kot_session.next_turn()
    kot_session.next_turn()  # round two
    kot_session.next()
    kot_session.back()
    view = kot_session.phase_view()
    assert view.turn is not None
    assert (view.turn.round, view.turn.current) == (2, "Bram")


def test_another_phase_starts_its_own_round(kot_session: Session) -> None:
    kot_session.start()
    kot_session.next()
    kot_session.next()
    kot_session.next_turn()
    kot_session.next()  # the compliments: a round of its own
    view = kot_session.phase_view()
    assert view.turn is not None
    assert (view.turn.round, view.turn.done) == (1, ())


def test_a_resumed_meeting_has_the_same_round(kot_session: Session, clock: FakeClock) -> None:
    kot_session.start()
    kot_session.next()
    kot_session.next()
    kot_session.next_turn()
    kot_session.back()
    kot_session.next()
    path = kot_session.path
    assert isinstance(path, Path)
    journal = read_journal(path)
    again = replay(journal.created, journal.events)
    assert again.current_speaker == kot_session.current_speaker == "Chris"
