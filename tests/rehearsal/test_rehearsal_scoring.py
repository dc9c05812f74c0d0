"""Unit tests for rehearsal scoring: answers, the time limit, timing faults and the totals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intervisie_tui.model import Method
from intervisie_tui.rehearsal.cast import simulated_setup
from intervisie_tui.rehearsal.scoring import (
    FalseAlarm,
    Outcome,
    PhaseTiming,
    TimingFault,
    missed,
    not_reached,
    noticed,
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
    return build_script(kot, phases, planned, 5, 6).incidents


def number_of(incident: ScheduledIncident, quality: Quality) -> int:
    return next(c.number for c in incident.choices if c.quality is quality)


def test_noticed_breaches_score_by_answer_and_missed_ones_nothing(
    incidents: tuple[ScheduledIncident, ...],
) -> None:
    incident = incidents[0]
    kw = {"speaker": "Bram", "said_at": 30.0}
    good = noticed(incident, number_of(incident, Quality.good), 2.0, **kw)  # type: ignore[arg-type]
    weak = noticed(incident, number_of(incident, Quality.weak), 2.0, **kw)  # type: ignore[arg-type]
    late = noticed(incident, None, 2.0, **kw)  # type: ignore[arg-type]
    gone = missed(incident, speaker="Bram", said_at=30.0)
    assert [(r.outcome, r.points, r.noticed) for r in (good, weak, late, gone)] == [
        (Outcome.good, 2, True),
        (Outcome.weak, 1, True),
        (Outcome.undecided, 1, True),
        (Outcome.missed, 0, False),
    ]
    assert not not_reached(incident).scored


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
    for n, incident in enumerate(first_case):
        if n == 0:
            results.append(missed(incident, speaker="Bram", said_at=20.0))
        elif n == 1:
            results.append(not_reached(incident))
        else:
            results.append(noticed(incident, incident.good.number, 1.0 + n, speaker="A", said_at=9))
    timings = [
        PhaseTiming(0, "vraag-en-doel", "Vraag en doel", 0, 120, 120),
        PhaseTiming(1, "korte-schets", "Korte schets", 0, 120, 30),  # too early
        PhaseTiming(2, "oplossingsgerichte-vragen", "Vragen", 0, 210, 300, True),  # far over
        PhaseTiming(3, "complimenten", "Complimenten", 0, 90, 40, False),  # early + round
    ]
    alarms = [FalseAlarm(1, 0, None, None, None), FalseAlarm(3, 0, None, None, None)]
    card = score(results, timings, alarms)
    scored = [r for r in results if r.scored]
    assert card.counts.not_reached == 1 and card.counts.missed == 1
    assert card.counts.false_alarms == 2 and card.counts.said == len(scored)
    assert card.incidents.max_points == 2 * len(scored)
    assert card.incidents.points == sum(r.points for r in scored)
    assert card.total.points == card.incidents.points + card.timing.on_time - 2
    first_rule = card.rules[0]
    assert first_rule.rule_id == first_case[0].rule_id and first_rule.counts.missed >= 1
    assert {p.phase_index: p.counts.false_alarms for p in card.phases}[3] == 1
    assert (card.timing.too_early, card.timing.far_over, card.timing.round_forgotten) == (2, 1, 1)
    noticed_times = [r.reaction_seconds for r in scored if r.noticed]
    assert card.reaction == pytest.approx(sum(noticed_times) / len(noticed_times))  # type: ignore[arg-type]
    assert all(r.outcome is not Outcome.good for r in card.not_good)


def test_nothing_scored_has_no_percentage() -> None:
    card = score([], [])
    assert card.total.percent is None
    assert card.rules == () and card.phases == ()
