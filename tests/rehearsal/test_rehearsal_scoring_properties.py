"""Property tests: whatever the chair does, the debrief's figures add up."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from scripted_chair import load_method

from intervisie_tui.rehearsal.cast import simulated_setup
from intervisie_tui.rehearsal.scoring import (
    RESPONSE_LIMIT_SECONDS,
    IncidentResult,
    PhaseTiming,
    judge,
    not_reached,
    score,
)
from intervisie_tui.rehearsal.script import build_script
from intervisie_tui.session.plan import expand_phases

KOT = load_method("kot")
SETUP = simulated_setup(KOT, 3)
PHASES = expand_phases(KOT, SETUP)
PLANNED = [timedelta(minutes=p.minutes or 0) for p in PHASES]
INCIDENTS = build_script(KOT, SETUP, PHASES, PLANNED, 3).incidents

#: Per incident: an option number, None (silence), or "far" (the moment never came).
answer = st.one_of(st.integers(min_value=1, max_value=4), st.none(), st.just("far"))
seconds = st.floats(min_value=0, max_value=2 * RESPONSE_LIMIT_SECONDS)


@settings(max_examples=60, deadline=None)
@given(
    answers=st.lists(st.tuples(answer, seconds), min_size=len(INCIDENTS), max_size=len(INCIDENTS)),
    stays=st.lists(
        st.tuples(st.floats(min_value=0, max_value=3), st.booleans()),
        min_size=len(PHASES),
        max_size=len(PHASES),
    ),
)
def test_figures_always_add_up(
    answers: list[tuple[int | str | None, float]], stays: list[tuple[float, bool]]
) -> None:
    results: list[IncidentResult] = []
    for incident, (number, took) in zip(INCIDENTS, answers, strict=True):
        if number == "far":
            results.append(not_reached(incident))
        else:
            results.append(judge(incident, number if isinstance(number, int) else None, took))
    timings = [
        PhaseTiming(
            phase.index,
            phase.step.id,
            phase.step.title,
            phase.case,
            PLANNED[phase.index].total_seconds(),
            PLANNED[phase.index].total_seconds() * fraction,
            complete if phase.step.turns.mode.value == "round" else None,
        )
        for phase, (fraction, complete) in zip(PHASES, stays, strict=True)
    ]
    card = score(results, timings)
    scored = [r for r in results if r.scored]
    assert 0 <= card.total.points <= card.total.max_points
    assert card.incidents.max_points == 2 * len(scored)
    assert sum(rule.tally.points for rule in card.rules) == card.incidents.points
    assert sum(rule.tally.max_points for rule in card.rules) == card.incidents.max_points
    assert sum(p.incidents.points for p in card.phases) == card.incidents.points
    assert sum(p.timing.points for p in card.phases) == card.timing.on_time
    counts = card.counts
    assert counts.good + counts.weak + counts.let_pass + counts.missed == len(scored)
    assert counts.not_reached == len(results) - len(scored)
    assert len(card.not_good) == len(scored) - counts.good
    assert card.timing.judged == len(PHASES)
    faults = card.timing.too_early + card.timing.far_over + card.timing.round_forgotten
    assert faults >= card.timing.judged - card.timing.on_time
