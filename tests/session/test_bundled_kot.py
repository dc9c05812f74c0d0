"""The session engine on the real bundled KOT method: four cases an hour."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from intervisie_tui.library import load_file
from intervisie_tui.model.method import Method
from intervisie_tui.session import Case, FakeClock, MeetingSetup, Session, TimerStatus

KOT = Path(__file__).resolve().parents[2] / "methods" / "kot.yaml"


@pytest.fixture
def kot() -> Method:
    result = load_file(KOT)
    assert result.method is not None, result.problems
    return result.method


def _setup() -> MeetingSetup:
    people = ("Anna", "Bram", "Chris", "Dewi")
    return MeetingSetup(
        method_id="kot",
        chair="Mirjam",
        participants=people,
        cases=tuple(Case(inbrenger=name, question=f"Hoe kan ik ... ({name})") for name in people),
    )


def test_four_cases_fill_an_hour(kot: Method, clock: FakeClock) -> None:
    session = Session.in_memory(kot, _setup(), clock=clock)
    phases = session.state.phases
    assert len(phases) == 4 * len(kot.steps)
    assert sum(p.minutes or 0 for p in phases) == 60
    assert [session.state.cases[p.case or 0].inbrenger for p in phases[:: len(kot.steps)]] == [
        "Anna",
        "Bram",
        "Chris",
        "Dewi",
    ]


def test_question_round_leaves_out_chair_and_inbrenger(kot: Method, clock: FakeClock) -> None:
    session = Session.in_memory(kot, _setup(), clock=clock)
    session.start()
    while session.phase_view().turn is None:
        session.next()
    view = session.phase_view()
    assert view.inbrenger == "Anna"
    assert session.turn_order == ("Bram", "Chris", "Dewi")
    assert view.rules, "the question phase shows its rules"
    clock.advance((view.planned_seconds or 0) - 30)
    assert session.status() is TimerStatus.warning


def test_fit_four_cases_into_forty_five_minutes(kot: Method, clock: FakeClock) -> None:
    session = Session.in_memory(kot, _setup(), clock=clock)
    plan = session.propose_plan(clock.wall() + timedelta(minutes=45))
    assert plan.fits and plan.planned_minutes <= 45
    assert all(
        e.minutes is None or (e.minutes >= 1 and e.minutes == int(e.minutes)) for e in plan.entries
    )
    session.accept_plan(plan)
    session.start()
    assert session.remaining() == (plan.entries[0].minutes or 0) * 60
