"""Unit tests for rehearsal scoring: answers, the time limit, timing faults and the totals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intervisie_tui.model import Method
from intervisie_tui.rehearsal.cast import simulated_setup
from intervisie_tui.rehearsal.scoring import (
    RESPONSE_LIMIT_SECONDS,
    Outcome,
    PhaseTiming,
    Tally,
    TimingFault,
    judge,
    not_reached,
    score,
    timing_faults,
)
from intervisie_tui.rehearsal.script import Quality, ScheduledIncident, build_script
from intervisie_tui.session.plan import expand_phases


@pytest.fixture
def incidents(kot: Method) -> tuple[ScheduledIncident, ...]:
    setup = simulated_setup(kot, 5)
    phases = expand_phases(kot, setup)
    planned = [None if p.minutes is None else timedelta(minutes=p.minutes) for p in phases]
    return build_script(kot, setup, phases, planned, 5).incidents


def number_of(incident: ScheduledIncident, quality: Quality) -> int:
    return next(c.number for c in incident.choices if c.quality is quality)


def test_good_weak_and_let_pass_answers_score_two_one_zero(
    incidents: tuple[ScheduledIncident, ...],
) -> None:
    incident = incidents[0]
    good = judge(incident, number_of(incident, Quality.good), 3.0)
    weak = judge(incident, number_of(incident, Quality.weak), 3.0)
    passed = judge(incident, number_of(incident, Quality.let_pass), 3.0)
    assert (good.outcome, good.points) == (Outcome.good, 2)
    assert (weak.outcome, weak.points) == (Outcome.weak, 1)
    assert (passed.outcome, passed.points) == (Outcome.let_pass, 0)


def test_no_answer_or_an_answer_after_the_limit_is_missed(
    incidents: tuple[ScheduledIncident, ...],
) -> None:
    incident = incidents[0]
    late = judge(incident, number_of(incident, Quality.good), RESPONSE_LIMIT_SECONDS + 0.1)
    silent = judge(incident, None, RESPONSE_LIMIT_SECONDS)
    assert late.outcome is Outcome.missed and late.points == 0
    assert silent.outcome is Outcome.missed
    on_the_limit = judge(incident, number_of(incident, Quality.good), RESPONSE_LIMIT_SECONDS)
    assert on_the_limit.outcome is Outcome.good


def timing(planned: float | None, actual: float, **kw: object) -> PhaseTiming:
    return PhaseTiming(0, "s", "Stap", 0, planned, actual, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("planned", "actual", "round_complete", "expected"),
    [
        (300, 300, None, ()),
        (300, 180, None, ()),  # exactly 60 %: not too early
        (300, 179, None, (TimingFault.too_early,)),
        (300, 375, None, ()),  # exactly 125 %: not far over
        (300, 376, None, (TimingFault.far_over,)),
        (300, 100, False, (TimingFault.too_early, TimingFault.round_forgotten)),
        (300, 300, True, ()),
        (None, 5, False, (TimingFault.round_forgotten,)),
        (None, 5000, None, ()),  # untimed, no round: the chair decides
    ],
)
def test_timing_faults_follow_the_documented_thresholds(
    planned: float | None,
    actual: float,
    round_complete: bool | None,
    expected: tuple[TimingFault, ...],
) -> None:
    assert timing_faults(timing(planned, actual, round_complete=round_complete)) == expected


def test_a_skipped_phase_is_not_judged() -> None:
    skipped = timing(300, 0, skipped=True)
    assert not skipped.judged
    assert timing_faults(skipped) == ()


def test_score_card_counts_per_rule_per_phase_and_in_total(
    incidents: tuple[ScheduledIncident, ...],
) -> None:
    first_case = [i for i in incidents if i.case == 0]
    results = []
    for incident in first_case:
        if incident.step_id == "complimenten":
            results.append(not_reached(incident))  # chair left before its moment
        elif incident.rule_id == "een-vraag":
            results.append(judge(incident, number_of(incident, Quality.weak), 4.0))
        elif incident.rule_id == "tijd-en-beurten":
            results.append(judge(incident, None, None))
        else:
            results.append(judge(incident, incident.good.number, 2.0))
    timings = [
        PhaseTiming(0, "vraag-en-doel", "Vraag en doel", 0, 120, 120),
        PhaseTiming(1, "korte-schets", "Korte schets", 0, 120, 30),  # too early
        PhaseTiming(2, "oplossingsgerichte-vragen", "Vragen", 0, 210, 300, True),  # far over
        PhaseTiming(3, "complimenten", "Complimenten", 0, 90, 40, False),  # early + round
        PhaseTiming(4, "suggesties", "Suggesties", 0, 270, 270, True),
        PhaseTiming(5, "afsluiting", "Afsluiting", 0, 90, 90),
    ]
    card = score(results, timings)
    scored = [r for r in results if r.scored]
    assert card.counts.not_reached == 2  # the compliment incident and its time-up
    assert card.incidents.max_points == 2 * len(scored)
    assert card.incidents.points == sum(r.points for r in scored)
    rules = {rule.rule_id: rule for rule in card.rules}
    assert list(rules) == [  # seed 5 picks two of the three question incidents
        "een-vraag",
        "geen-advies",
        "tijd-en-beurten",
        "alleen-complimenten",
        "inbrenger-luistert",
    ]
    assert (rules["een-vraag"].counts.weak, rules["een-vraag"].tally) == (1, Tally(1, 2))
    assert rules["geen-advies"].tally == Tally(2, 2)
    assert rules["alleen-complimenten"].tally == Tally(0, 0)
    assert rules["tijd-en-beurten"].counts.missed == 2  # questions and suggestions rounds
    assert rules["tijd-en-beurten"].tally.points == 0
    assert card.timing.judged == 6
    assert card.timing.on_time == 3
    assert (card.timing.too_early, card.timing.far_over, card.timing.round_forgotten) == (2, 1, 1)
    assert card.timing.tally.percent == 50
    phase3 = next(p for p in card.phases if p.phase_index == 3)
    assert phase3.faults == (TimingFault.too_early, TimingFault.round_forgotten)
    assert phase3.timing.points == 0 and phase3.incidents.max_points == 0
    assert card.total.points == card.incidents.points + 3
    assert all(r.outcome is not Outcome.good for r in card.not_good)
    assert len(card.not_good) == sum(1 for r in scored if r.outcome is not Outcome.good)


def test_nothing_scored_has_no_percentage() -> None:
    card = score([], [])
    assert card.total.percent is None
    assert card.rules == () and card.phases == ()
