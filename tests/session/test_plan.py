"""Expanding a method into phases, and fitting the plan to "tot hoe laat hebben we?"."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from session_methods import kot_like, kot_setup, topics_like, topics_setup

from intervisie_tui.messages import Msg, say
from intervisie_tui.session import (
    CommandRejected,
    FakeClock,
    Session,
    expand_phases,
    fit_plan,
)


def test_repeat_block_runs_once_per_case() -> None:
    phases = expand_phases(kot_like(), kot_setup(cases=3))
    assert len(phases) == 18
    assert [p.case for p in phases[::6]] == [0, 1, 2]
    assert sum(p.minutes or 0 for p in phases) == 45


def test_topics_run_most_important_first_with_group_steps_around() -> None:
    setup = topics_setup()
    phases = expand_phases(topics_like(), setup)
    assert [p.step.id for p in phases[:2]] == ["onderwerpen", "toelichting"]
    assert phases[0].case is None and phases[-1].case is None
    assert [c.inbrenger for c in setup.ordered_cases(topics_like())] == ["Bram", "Chris", "Anna"]


def test_plan_that_fits_keeps_the_method_minutes() -> None:
    phases = expand_phases(kot_like(), kot_setup(cases=1))
    plan = fit_plan(phases, 20)
    assert [e.minutes for e in plan.entries] == [2, 2, 3.5, 1.5, 4.5, 1.5]
    assert plan.fits and not plan.dropped


def test_short_time_drops_optional_steps_first() -> None:
    phases = expand_phases(topics_like(), topics_setup())
    # 5 + 3 * (5 + 3 + 3 + 3 + 1) = 50; without the three optional steps 41.
    plan = fit_plan(phases, 44)
    assert [e.title for e in plan.dropped] == ["Verdieping", "Verdieping"]
    assert plan.planned_minutes == 44
    assert plan.entries[-1].minutes is None  # untimed stays untimed


def test_scaling_gives_whole_minutes_at_least_one_each() -> None:
    phases = expand_phases(kot_like(), kot_setup(cases=4))  # 60 minutes of method
    plan = fit_plan(phases, 30)
    minutes = [e.minutes for e in plan.entries]
    assert all(m is not None and m == int(m) and m >= 1 for m in minutes)
    assert plan.planned_minutes == 30
    assert say(plan.summary()[0]).startswith("Gepland 30 min van 30 min")
    assert say(plan.summary()[0], "en").startswith("Planned 30 min of 30 min")


def test_impossible_fit_says_so() -> None:
    phases = expand_phases(kot_like(), kot_setup(cases=2))
    plan = fit_plan(phases, 5)
    assert not plan.fits
    assert all(e.minutes == 1 for e in plan.entries)
    assert plan.summary()[-1] == Msg("setup.plan.does_not_fit", short=7)
    assert say(plan.summary()[-1]).startswith("Past niet: ook met 1 minuut per stap is het 7 min")
    assert "7 min too long" in say(plan.summary()[-1], "en")
    assert plan.changes and plan.short_by == 7


def test_stretch_fills_the_available_time() -> None:
    phases = expand_phases(kot_like(), kot_setup(cases=1))
    plan = fit_plan(phases, 30, stretch=True)
    assert plan.planned_minutes == 30


@given(
    minutes=st.lists(st.integers(1, 40), min_size=1, max_size=15),
    available=st.integers(0, 300),
)
def test_scaled_plan_never_exceeds_time_unless_impossible(
    minutes: list[int], available: int
) -> None:
    method = kot_like()
    steps = [
        method.steps[0].model_copy(update={"id": f"s{i}", "minutes": float(m)})
        for i, m in enumerate(minutes)
    ]
    phases = expand_phases(method.model_copy(update={"steps": steps, "repeat": None}), kot_setup(1))
    plan = fit_plan(phases, available)
    kept = [e.minutes for e in plan.entries if not e.dropped]
    assert all(m is not None and m >= 1 for m in kept)
    if sum(minutes) <= available:
        assert kept == [float(m) for m in minutes]
    elif len(minutes) <= available:
        assert plan.planned_minutes <= available
        assert all(m == int(m) for m in kept if m is not None)


def test_session_fits_the_rest_of_the_meeting_and_chair_accepts(
    clock: FakeClock, folder: Path
) -> None:
    session = Session.create(kot_like(), kot_setup(cases=2), clock=clock, folder=folder)
    session.start()
    clock.advance(60)
    until = clock.wall() + timedelta(minutes=21)  # 1 min left in phase 1 + 20 for the rest
    plan = session.propose_plan(until)
    assert plan.entries[0].index == 1
    assert plan.planned_minutes == 20
    assert session.state.minutes[1] == 2  # nothing changes before the chair accepts
    session.accept_plan(plan)
    assert session.remaining() == 60  # the running phase keeps its own time
    assert sum(m or 0 for m in session.state.minutes[1:]) == 20


def test_dropped_phases_are_passed_by_next(clock: FakeClock, folder: Path) -> None:
    session = Session.create(topics_like(), topics_setup(), clock=clock, folder=folder)
    plan = session.propose_plan(clock.wall() + timedelta(minutes=41))
    session.accept_plan(plan)
    session.start()
    titles = []
    while True:
        titles.append(session.phase_view().title)
        try:
            session.next()
        except CommandRejected:
            break
    assert "Verdieping" not in titles
    assert session.phase_view().total == len(titles)


def test_propose_plan_needs_an_end_time(kot_session: Session) -> None:
    with pytest.raises(CommandRejected, match="eindtijd"):
        kot_session.propose_plan()


def test_a_new_plan_replaces_minutes_added_by_hand(clock: FakeClock, folder: Path) -> None:
    # Found by the property test: -1 on a phase, back, then a tight plan left it no time.
    session = Session.create(kot_like(), kot_setup(cases=1), clock=clock, folder=folder)
    session.start()
    session.next()
    session.remove_minute()
    session.back()
    session.accept_plan(session.propose_plan(clock.wall()))
    assert session.state.minutes[1] == 1
    assert session.state.records[1].added == timedelta(0)
    session.next()
    assert session.remaining() == 60


def test_fitting_to_an_end_time_never_lengthens_a_step() -> None:
    # KOT in ten minutes less a bit (an end time a few seconds away from a whole minute):
    # Complimenten (1,5) used to be rounded up to 2 while Suggesties (4,5) went down to 2.
    phases = expand_phases(kot_like(), kot_setup(cases=1))
    plan = fit_plan(phases, 9.95623)
    method = [e.method_minutes for e in plan.entries]
    minutes = [e.minutes for e in plan.entries]
    assert minutes == [1, 1, 2, 1, 3, 1]
    for mine, theirs in zip(minutes, method, strict=True):
        assert mine is not None and theirs is not None and mine <= max(1, theirs)
    assert plan.planned_minutes <= 9.95623


@given(st.floats(min_value=0, max_value=15), st.integers(min_value=1, max_value=3))
def test_a_shrinking_plan_gives_no_step_more_than_its_method(available: float, cases: int) -> None:
    plan = fit_plan(expand_phases(kot_like(), kot_setup(cases=cases)), available)
    for entry in plan.entries:
        if entry.minutes is not None and entry.method_minutes is not None:
            assert 1 <= entry.minutes <= max(1, entry.method_minutes)
    if plan.fits:
        assert plan.planned_minutes <= available


def test_the_summary_says_minutes_as_the_chair_writes_them() -> None:
    phases = expand_phases(kot_like(), kot_setup(cases=1))
    plan = fit_plan(phases, 9.95623)
    assert say(plan.summary()[0]).startswith("Gepland 9 min van 10 min beschikbaar (methode: 15")
    assert "9.95623" not in say(plan.summary()[0], "en")
    roomy = fit_plan(phases, 20.3)
    assert "(methode: 15 min)" in say(roomy.summary()[0])
    half = fit_plan(phases[:5], 30)  # without the closing step's 1,5 minutes
    assert say(half.summary()[0]).startswith("Gepland 13,5 min van 30 min")
    assert say(half.summary()[0], "en").startswith("Planned 13.5 min of 30 min")
