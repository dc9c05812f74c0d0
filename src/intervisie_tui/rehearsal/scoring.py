"""Pure scoring of a rehearsal: how the chair answered incidents and kept time.

Decisions, so that a chair can trust and compare the figures:

- The answer time limit is in REAL seconds (`RESPONSE_LIMIT_SECONDS`), measured on the real clock,
  not in method minutes: it measures the chair's reaction, which does not speed up with the
  rehearsal. While a prompt is open, the method time stands still (see `ScaledClock.hold`), so a
  fast `--speed` makes a rehearsal shorter but never makes an incident harder.
- An incident answered with the good option earns 2 points, a weaker option 1, letting it pass or
  letting the time limit run out 0. An incident whose moment never came (the chair left the
  phase before it) is not scored: it is counted as "niet voorgekomen".
- Timing is judged per phase that actually ran: advancing before `TOO_EARLY_FRACTION` of the
  planned time is too early; running past `FAR_OVER_FRACTION` of it is far over; leaving a round
  phase before everyone had a turn is a forgotten round. A phase without any of these earns its
  1 timing point. Untimed phases are judged on the round only; skipped optional phases not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from intervisie_tui.rehearsal.script import Choice, Quality, ScheduledIncident

#: Real seconds the chair has to choose an answer before the moment has passed.
RESPONSE_LIMIT_SECONDS = 20.0
#: Advancing before this fraction of the planned time counts as too early.
TOO_EARLY_FRACTION = 0.6
#: Running longer than this multiple of the planned time counts as far over.
FAR_OVER_FRACTION = 1.25
#: Points for an answer, by quality.
POINTS = {Quality.good: 2, Quality.weak: 1, Quality.let_pass: 0}
MAX_INCIDENT_POINTS = 2


class Outcome(StrEnum):
    """What became of one incident; the debrief names it from the catalogue (rehearsal.outcome)."""

    good = "goed"
    weak = "zwak"
    let_pass = "laten gaan"
    missed = "te laat"
    not_reached = "niet voorgekomen"


class TimingFault(StrEnum):
    """A timing mistake in one phase; the debrief names it from the catalogue (rehearsal.fault)."""

    too_early = "te vroeg door"
    far_over = "ver over tijd"
    round_forgotten = "ronde niet rond"


@dataclass(frozen=True)
class IncidentResult:
    """How the chair met one scheduled incident."""

    incident: ScheduledIncident
    outcome: Outcome
    choice: Choice | None = None
    response_seconds: float | None = None

    @property
    def points(self) -> int:
        """Points earned; 0 for anything but a chosen good or weak option."""
        return POINTS[self.choice.quality] if self.outcome in _ANSWERED and self.choice else 0

    @property
    def scored(self) -> bool:
        """False for an incident that never happened, so it weighs in no total."""
        return self.outcome is not Outcome.not_reached


_ANSWERED = (Outcome.good, Outcome.weak, Outcome.let_pass)
_QUALITY_OUTCOME = {
    Quality.good: Outcome.good,
    Quality.weak: Outcome.weak,
    Quality.let_pass: Outcome.let_pass,
}


def judge(
    incident: ScheduledIncident,
    number: int | None,
    response_seconds: float | None,
    limit: float = RESPONSE_LIMIT_SECONDS,
) -> IncidentResult:
    """The result of answering `incident` with option `number` after `response_seconds`.

    No number, or an answer after the limit, is a missed moment: in a real room the remark has
    been made and the group has moved on.
    """
    if number is None or response_seconds is None or response_seconds > limit:
        return IncidentResult(incident, Outcome.missed, None, response_seconds)
    choice = incident.choice(number)
    return IncidentResult(incident, _QUALITY_OUTCOME[choice.quality], choice, response_seconds)


def not_reached(incident: ScheduledIncident) -> IncidentResult:
    """The result for an incident whose phase ended before its moment came."""
    return IncidentResult(incident, Outcome.not_reached)


@dataclass(frozen=True)
class PhaseTiming:
    """What happened to the clock in one phase, as the drill recorded it when the chair left it.

    `actual_seconds` is method time spent in the phase; `round_complete` is None for phases
    that are no round.
    """

    phase_index: int
    step_id: str
    title: str
    case: int | None
    planned_seconds: float | None
    actual_seconds: float
    round_complete: bool | None = None
    skipped: bool = False

    @property
    def judged(self) -> bool:
        """Whether timing counts for this phase at all."""
        return not self.skipped and (
            self.planned_seconds is not None or self.round_complete is not None
        )


def timing_faults(timing: PhaseTiming) -> tuple[TimingFault, ...]:
    """The timing mistakes in one phase, in the order the debrief lists them."""
    if not timing.judged:
        return ()
    faults: list[TimingFault] = []
    planned = timing.planned_seconds
    if planned is not None and timing.actual_seconds < TOO_EARLY_FRACTION * planned:
        faults.append(TimingFault.too_early)
    if planned is not None and timing.actual_seconds > FAR_OVER_FRACTION * planned:
        faults.append(TimingFault.far_over)
    if timing.round_complete is False:
        faults.append(TimingFault.round_forgotten)
    return tuple(faults)


@dataclass(frozen=True)
class Tally:
    """Points out of a maximum; the percentage is what the debrief puts in front of the chair."""

    points: int
    max_points: int

    @property
    def percent(self) -> int | None:
        """Whole percent, or None when nothing could be scored."""
        if self.max_points == 0:
            return None
        return round(100 * self.points / self.max_points)

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.points + other.points, self.max_points + other.max_points)


ZERO = Tally(0, 0)


@dataclass(frozen=True)
class OutcomeCounts:
    """How many incidents ended which way."""

    good: int = 0
    weak: int = 0
    let_pass: int = 0
    missed: int = 0
    not_reached: int = 0

    @classmethod
    def of(cls, results: Iterable[IncidentResult]) -> OutcomeCounts:
        """Count the outcomes of `results`."""
        outcomes = [result.outcome for result in results]
        return cls(*(outcomes.count(outcome) for outcome in Outcome))


def _tally(results: Iterable[IncidentResult]) -> Tally:
    scored = [result for result in results if result.scored]
    return Tally(sum(r.points for r in scored), MAX_INCIDENT_POINTS * len(scored))


@dataclass(frozen=True)
class RuleScore:
    """How well one rule was guarded across the rehearsal."""

    rule_id: str
    reminder: str
    counts: OutcomeCounts
    tally: Tally


@dataclass(frozen=True)
class PhaseScore:
    """One phase: its incidents, its timing, and both together."""

    phase_index: int
    step_id: str
    title: str
    case: int | None
    counts: OutcomeCounts
    incidents: Tally
    faults: tuple[TimingFault, ...]
    timing: Tally

    @property
    def tally(self) -> Tally:
        """Incident and timing points of the phase together."""
        return self.incidents + self.timing


@dataclass(frozen=True)
class TimingSummary:
    """Timing discipline over the whole rehearsal."""

    judged: int
    on_time: int
    too_early: int
    far_over: int
    round_forgotten: int
    planned_seconds: float
    actual_seconds: float

    @property
    def tally(self) -> Tally:
        """One point per judged phase without a timing fault."""
        return Tally(self.on_time, self.judged)


@dataclass(frozen=True)
class ScoreCard:
    """Everything the debrief reports, computed once from the results and timings."""

    rules: tuple[RuleScore, ...]
    phases: tuple[PhaseScore, ...]
    timing: TimingSummary
    incidents: Tally
    counts: OutcomeCounts
    not_good: tuple[IncidentResult, ...]

    @property
    def total(self) -> Tally:
        """Incident and timing points of the whole rehearsal."""
        return self.incidents + self.timing.tally


def score(results: Sequence[IncidentResult], timings: Sequence[PhaseTiming]) -> ScoreCard:
    """Score a finished rehearsal.

    Rules appear in the order their first incident happened, phases in meeting order; a phase
    that has incidents but no timing record (the rehearsal ended inside it) still appears.
    """
    rule_order: dict[str, str] = {}
    for result in results:
        rule_order.setdefault(result.incident.rule_id, result.incident.rule_reminder)
    rules = tuple(
        RuleScore(
            rule_id,
            reminder,
            OutcomeCounts.of(r for r in results if r.incident.rule_id == rule_id),
            _tally(r for r in results if r.incident.rule_id == rule_id),
        )
        for rule_id, reminder in rule_order.items()
    )
    by_phase = {timing.phase_index: timing for timing in timings}
    phase_keys: dict[int, tuple[str, str, int | None]] = {
        t.phase_index: (t.step_id, t.title, t.case) for t in timings
    }
    for result in results:
        incident = result.incident
        phase_keys.setdefault(
            incident.phase_index, (incident.step_id, incident.step_id, incident.case)
        )
    phases: list[PhaseScore] = []
    for index in sorted(phase_keys):
        step_id, title, case = phase_keys[index]
        mine = [r for r in results if r.incident.phase_index == index]
        timing = by_phase.get(index)
        faults = timing_faults(timing) if timing else ()
        judged = timing is not None and timing.judged
        phases.append(
            PhaseScore(
                phase_index=index,
                step_id=step_id,
                title=title,
                case=case,
                counts=OutcomeCounts.of(mine),
                incidents=_tally(mine),
                faults=faults,
                timing=Tally(int(judged and not faults), int(judged)),
            )
        )
    all_faults = [fault for phase in phases for fault in phase.faults]
    ran = [t for t in timings if not t.skipped]
    summary = TimingSummary(
        judged=sum(1 for t in timings if t.judged),
        on_time=sum(1 for p in phases if p.timing.max_points and not p.faults),
        too_early=all_faults.count(TimingFault.too_early),
        far_over=all_faults.count(TimingFault.far_over),
        round_forgotten=all_faults.count(TimingFault.round_forgotten),
        planned_seconds=sum(t.planned_seconds or 0 for t in ran),
        actual_seconds=sum(t.actual_seconds for t in ran),
    )
    return ScoreCard(
        rules=rules,
        phases=tuple(phases),
        timing=summary,
        incidents=_tally(results),
        counts=OutcomeCounts.of(results),
        not_good=tuple(r for r in results if r.scored and r.outcome is not Outcome.good),
    )
