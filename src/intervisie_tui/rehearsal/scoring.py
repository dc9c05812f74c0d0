"""Pure scoring of a rehearsal: what the chair noticed, how she answered, how she kept time.

Decisions, so that a chair can trust and compare the figures:

- Noticing comes first. A breach the chair intervenes on within `NOTICE_SECONDS` real seconds
  of hearing it is noticed; the reaction time is measured from the moment the line appeared.
  A breach that passes unnoticed is missed, and the debrief shows where. Intervening on a fine
  line is a false alarm: it is counted, and costs a point of the total, so pressing the key at
  every line does not pay.
- A noticed breach answered with the good option earns 2 points, with a weaker option 1; noticed
  but no option chosen in `RESPONSE_LIMIT_SECONDS` also earns 1 (noticing is the hard part).
  A missed breach earns 0. A breach whose moment never came (the chair left the phase before
  it) is not scored: it is counted as "niet voorgekomen".
- The limits are in REAL seconds, not in method minutes: they measure the chair, who does not
  speed up with the rehearsal. While the options are open, method time stands still.
- Timing is judged per phase that actually ran: advancing before `TOO_EARLY_FRACTION` of the
  planned time is too early; running past `FAR_OVER_FRACTION` of it is far over; leaving a round
  phase before everyone had a turn is a forgotten round. A phase without any of these earns its
  1 timing point. Untimed phases are judged on the round only; skipped optional phases not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from statistics import mean

from intervisie_tui.rehearsal.script import Choice, Line, Quality, ScheduledIncident, Twin

#: Real seconds after a line appears in which intervening still counts as noticing it.
NOTICE_SECONDS = 8.0
#: Real seconds the chair has to choose how to intervene.
RESPONSE_LIMIT_SECONDS = 25.0
#: Advancing before this fraction of the planned time counts as too early.
TOO_EARLY_FRACTION = 0.6
#: Running longer than this multiple of the planned time counts as far over.
FAR_OVER_FRACTION = 1.25
#: Points for a noticed breach, by the quality of the answer (None: no answer chosen).
POINTS = {Quality.good: 2, Quality.weak: 1, None: 1}
MAX_INCIDENT_POINTS = 2


class Outcome(StrEnum):
    """What became of one breach; the debrief names it from the catalogue (rehearsal.outcome)."""

    good = "good"
    weak = "weak"
    undecided = "undecided"
    missed = "missed"
    not_reached = "not_reached"


class TimingFault(StrEnum):
    """A timing mistake in one phase; the debrief names it from the catalogue (rehearsal.fault)."""

    too_early = "too_early"
    far_over = "far_over"
    round_forgotten = "round_forgotten"


#: Outcomes of a breach the chair noticed.
NOTICED = (Outcome.good, Outcome.weak, Outcome.undecided)


@dataclass(frozen=True)
class IncidentResult:
    """How the chair met one breach: noticed or not, how fast, and which answer.

    `speaker` is who said the line; `said_at` the method seconds into the phase it was said
    (None when it never was); `reaction_seconds` the real seconds from the line to the key.
    """

    incident: ScheduledIncident
    outcome: Outcome
    choice: Choice | None = None
    reaction_seconds: float | None = None
    speaker: str | None = None
    said_at: float | None = None
    line: Line | None = None

    @property
    def noticed(self) -> bool:
        """Whether the chair intervened on this breach in time."""
        return self.outcome in NOTICED

    @property
    def points(self) -> int:
        """Points earned: by answer quality for a noticed breach, else 0."""
        if not self.noticed:
            return 0
        return POINTS[self.choice.quality if self.choice else None]

    @property
    def scored(self) -> bool:
        """False for a breach that never happened, so it weighs in no total."""
        return self.outcome is not Outcome.not_reached


@dataclass(frozen=True)
class RuleRef:
    """A rule of the method by id, with its reminder as the room reads it."""

    id: str
    reminder: Twin


@dataclass(frozen=True)
class FalseAlarm:
    """The chair intervened on a fine line (or on silence: `line` is None).

    `rules` are the rules in force in that phase: a fine line breaks none, so the debrief
    counts a false alarm against each rule she was guarding when she raised it.
    """

    phase_index: int
    case: int | None
    line: Line | None
    speaker: str | None
    said_at: float | None
    rules: tuple[RuleRef, ...] = ()


def noticed(
    incident: ScheduledIncident,
    number: int | None,
    reaction_seconds: float,
    *,
    speaker: str | None,
    said_at: float,
    line: Line | None = None,
) -> IncidentResult:
    """The result of a breach the chair intervened on, answered with option `number` (or none)."""
    if number is None:
        return IncidentResult(
            incident, Outcome.undecided, None, reaction_seconds, speaker, said_at, line
        )
    choice = incident.choice(number)
    outcome = Outcome.good if choice.quality is Quality.good else Outcome.weak
    return IncidentResult(incident, outcome, choice, reaction_seconds, speaker, said_at, line)


def missed(
    incident: ScheduledIncident,
    *,
    speaker: str | None,
    said_at: float,
    line: Line | None = None,
) -> IncidentResult:
    """The result of a breach that was said and passed unnoticed."""
    return IncidentResult(incident, Outcome.missed, speaker=speaker, said_at=said_at, line=line)


def not_reached(incident: ScheduledIncident) -> IncidentResult:
    """The result for a breach whose phase ended before its moment came."""
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
    """How many breaches ended which way, and the false alarms beside them."""

    good: int = 0
    weak: int = 0
    undecided: int = 0
    missed: int = 0
    not_reached: int = 0
    false_alarms: int = 0

    @property
    def noticed(self) -> int:
        """Breaches the chair intervened on."""
        return self.good + self.weak + self.undecided

    @property
    def said(self) -> int:
        """Breaches that were said in the room (noticed or missed)."""
        return self.noticed + self.missed

    @classmethod
    def of(cls, results: Iterable[IncidentResult], false_alarms: int = 0) -> OutcomeCounts:
        """Count the outcomes of `results`."""
        outcomes = [result.outcome for result in results]
        return cls(
            good=outcomes.count(Outcome.good),
            weak=outcomes.count(Outcome.weak),
            undecided=outcomes.count(Outcome.undecided),
            missed=outcomes.count(Outcome.missed),
            not_reached=outcomes.count(Outcome.not_reached),
            false_alarms=false_alarms,
        )


def _tally(results: Iterable[IncidentResult]) -> Tally:
    scored = [result for result in results if result.scored]
    return Tally(sum(r.points for r in scored), MAX_INCIDENT_POINTS * len(scored))


def mean_reaction(results: Iterable[IncidentResult]) -> float | None:
    """Mean real seconds from a breach to the key, over the noticed ones; None if none."""
    times = [r.reaction_seconds for r in results if r.noticed and r.reaction_seconds is not None]
    return mean(times) if times else None


@dataclass(frozen=True)
class RuleScore:
    """How well one rule was guarded: noticed, missed, answered, how fast."""

    rule_id: str
    reminder: Twin
    counts: OutcomeCounts
    tally: Tally
    reaction: float | None


@dataclass(frozen=True)
class PhaseScore:
    """One phase: its breaches, false alarms and timing."""

    phase_index: int
    step_id: str
    title: str
    case: int | None
    counts: OutcomeCounts
    incidents: Tally
    faults: tuple[TimingFault, ...]
    timing: Tally
    planned_seconds: float | None = None
    actual_seconds: float | None = None

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
    false_alarms: tuple[FalseAlarm, ...]
    reaction: float | None

    @property
    def total(self) -> Tally:
        """Incident and timing points, less one per false alarm (never below zero)."""
        both = self.incidents + self.timing.tally
        return Tally(max(0, both.points - len(self.false_alarms)), both.max_points)


def score(
    results: Sequence[IncidentResult],
    timings: Sequence[PhaseTiming],
    false_alarms: Sequence[FalseAlarm] = (),
) -> ScoreCard:
    """Score a finished rehearsal.

    Rules appear in the order their first breach was scheduled (then rules that only drew
    false alarms), phases in meeting order; a phase that has breaches or false alarms but no
    timing record (the rehearsal ended inside it) still appears.
    """
    reminders: dict[str, Twin] = {}
    for result in results:
        reminders.setdefault(result.incident.rule_id, result.incident.rule_reminder)
    for alarm in false_alarms:
        for rule in alarm.rules:
            reminders.setdefault(rule.id, rule.reminder)
    rules = []
    for rule_id, reminder in reminders.items():
        mine = [r for r in results if r.incident.rule_id == rule_id]
        alarms = sum(1 for alarm in false_alarms if rule_id in {r.id for r in alarm.rules})
        rules.append(
            RuleScore(
                rule_id,
                reminder,
                OutcomeCounts.of(mine, alarms),
                _tally(mine),
                mean_reaction(mine),
            )
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
    for alarm in false_alarms:
        phase_keys.setdefault(alarm.phase_index, ("", "", alarm.case))
    phases: list[PhaseScore] = []
    for index in sorted(phase_keys):
        step_id, title, case = phase_keys[index]
        mine = [r for r in results if r.incident.phase_index == index]
        alarms = sum(1 for alarm in false_alarms if alarm.phase_index == index)
        timing = by_phase.get(index)
        faults = timing_faults(timing) if timing else ()
        judged = timing is not None and timing.judged
        phases.append(
            PhaseScore(
                phase_index=index,
                step_id=step_id,
                title=title,
                case=case,
                counts=OutcomeCounts.of(mine, alarms),
                incidents=_tally(mine),
                faults=faults,
                timing=Tally(int(judged and not faults), int(judged)),
                planned_seconds=timing.planned_seconds if timing else None,
                actual_seconds=timing.actual_seconds if timing else None,
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
        rules=tuple(rules),
        phases=tuple(phases),
        timing=summary,
        incidents=_tally(results),
        counts=OutcomeCounts.of(results, len(false_alarms)),
        not_good=tuple(r for r in results if r.scored and r.outcome is not Outcome.good),
        false_alarms=tuple(false_alarms),
        reaction=mean_reaction(results),
    )
