"""Notes on the flip-over: free notes, numbered items, ratings, edits and the first step."""

from __future__ import annotations

import pytest

from intervisie_tui.model.method import Capture
from intervisie_tui.session import CommandRejected, Rating, Session
from intervisie_tui.session.report import number_notes


def test_notes_belong_to_the_phase_they_were_written_in(kot_session: Session) -> None:
    kot_session.start()
    first = kot_session.add_note("Wil rust in het team")
    kot_session.next()
    kot_session.add_note("Situatie met ouders")
    assert [n.text for n in kot_session.state.notes_of(0)] == ["Wil rust in het team"]
    assert [n.text for n in kot_session.phase_view().notes] == ["Situatie met ouders"]
    assert first.id == 1


def test_items_are_numbered_per_kind_within_a_case(kot_session: Session) -> None:
    kot_session.start()
    kot_session.next()
    kot_session.next()
    q1 = kot_session.add_note("Wat werkt al?", Capture.questions, by="Bram")
    q2 = kot_session.add_note("Waar staat je op een schaal?", Capture.questions, by="Chris")
    for _ in range(6):
        kot_session.next()
    q3 = kot_session.add_note("Wanneer ging het beter?", Capture.questions)
    labels = number_notes(kot_session.state)
    assert [labels[n.id] for n in (q1, q2, q3)] == ["Vraag 1", "Vraag 2", "Vraag 1"]


def test_ratings_and_edits_change_the_note_but_not_its_id(kot_session: Session) -> None:
    kot_session.start()
    note = kot_session.add_note("Hoe kan ik...", Capture.questions)
    kot_session.rate_note(note.id, Rating.warm)
    kot_session.edit_note(note.id, "Hoe kan ik rust brengen?")
    changed = kot_session.state.note(note.id)
    assert (changed.text, changed.rating, changed.edited) == (
        "Hoe kan ik rust brengen?",
        Rating.warm,
        True,
    )
    kot_session.rate_note(note.id, None)
    assert kot_session.state.note(note.id).rating is None


def test_empty_notes_and_unknown_ids_are_rejected(kot_session: Session) -> None:
    with pytest.raises(CommandRejected, match="lege"):
        kot_session.add_note("   ")
    with pytest.raises(CommandRejected, match="bestaat niet"):
        kot_session.rate_note(42, Rating.koud)
    note = kot_session.add_note("iets")
    with pytest.raises(CommandRejected, match="leeg"):
        kot_session.edit_note(note.id, "")
    assert kot_session.state.note(note.id).text == "iets"


def test_first_step_is_kept_per_case(kot_session: Session) -> None:
    kot_session.start()
    for _ in range(5):
        kot_session.next()
    kot_session.set_first_step("Morgen de ouders bellen")
    for _ in range(6):
        kot_session.next()
    kot_session.set_first_step("Een collega vragen mee te kijken")
    state = kot_session.state
    assert state.first_step(0, 0) == "Morgen de ouders bellen"
    assert state.first_step(0, 1) == "Een collega vragen mee te kijken"


def test_notes_can_be_written_before_start(kot_session: Session) -> None:
    note = kot_session.add_note("Agenda: vier casussen")
    assert note.phase == 0
