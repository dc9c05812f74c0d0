"""What the projected run screen gets for a phase, and what a set-up may contain."""

from __future__ import annotations

import pytest

from intervisie_tui.model.method import InbrengerState
from intervisie_tui.session import Case, FakeClock, MeetingSetup, Session, TimerStatus


def test_phase_view_names_who_speaks_listens_and_which_rules_hold(
    kot_session: Session, clock: FakeClock
) -> None:
    kot_session.start()
    kot_session.next()
    kot_session.next()
    kot_session.mark_absent("Dewi")
    view = kot_session.phase_view()
    assert (view.number, view.total) == (3, 12)
    assert view.title == "Oplossingsgerichte vragen"
    assert view.next_title == "Complimenten"
    assert [(r.role_name, r.names) for r in view.speakers] == [("Groepsleden", ("Bram", "Chris"))]
    assert [(r.role_name, r.names) for r in view.listeners] == [("Inbrenger", ("Anna",))]
    assert view.inbrenger_state is InbrengerState.answering
    assert [rule.reminder for rule in view.rules] == ["Eén vraag tegelijk", "Nog geen advies"]
    assert (view.inbrenger, view.question) == ("Anna", "Hoe kan ik 0?")
    assert view.ratings and view.running and view.started
    assert view.status is TimerStatus.normal
    assert view.turn is not None and view.turn.absent == ("Dewi",)


def test_phase_view_counts_time_both_ways(kot_session: Session, clock: FakeClock) -> None:
    kot_session.start()
    kot_session.add_minute()
    clock.advance(200)
    view = kot_session.phase_view()
    assert (view.planned_seconds, view.added_seconds) == (120, 60)
    assert (view.elapsed_seconds, view.remaining_seconds) == (200, -20)
    assert view.status is TimerStatus.overtime


def test_last_phase_has_no_next(kot_session: Session) -> None:
    kot_session.start()
    for _ in range(11):
        kot_session.next()
    assert kot_session.phase_view().next_title is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"participants": ("Anna", "Anna")}, "twee keer"),
        ({"participants": ("Anna", "Mirjam")}, "voorzitter"),
        ({"warnings": (60, -5)}, "negatief"),
        ({"chair": "Mirjam " * 8}, "spaties|langer dan 40"),
    ],
)
def test_setup_mistakes_are_refused(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {
        "method_id": "kot",
        "chair": "Mirjam",
        "participants": ("Anna", "Bram"),
        "cases": (Case(inbrenger="Anna"),),
        **changes,
    }
    with pytest.raises(ValueError, match=message):
        MeetingSetup(**fields)


def test_a_setup_without_a_case_is_a_part_of_the_meeting() -> None:
    # An opening or a break has no inbrenger; a case item without one is refused by the agenda
    # (agenda.needs_case) and by the set-up form (setup.no_inbrenger), not here.
    setup = MeetingSetup(method_id="opening", chair="Mirjam", participants=("Anna",), cases=())
    assert setup.everyone == ("Anna",)


def test_inbrenger_not_in_the_participants_still_joins_the_circle() -> None:
    setup = MeetingSetup(
        method_id="kot", chair="Mirjam", participants=("Bram",), cases=(Case(inbrenger="Anna"),)
    )
    assert setup.everyone == ("Bram", "Anna")
