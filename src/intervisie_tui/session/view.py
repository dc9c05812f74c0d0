"""What the run screen shows for the current phase, computed in one place.

The TUI only lays this out; keeping the decisions (which names speak, which rules hold, whether
the clock is in warning) here means they are tested without a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from intervisie_tui.model.method import Capture, InbrengerState, Rule, TurnMode
from intervisie_tui.model.prompts import PhasePrompt, PromptMoment
from intervisie_tui.session.roles import inbrenger_in, people_for
from intervisie_tui.session.state import Note, SessionState


class TimerStatus(StrEnum):
    """How the countdown should look: calm, a heads-up, past zero, or no clock at all."""

    normal = "normal"
    warning = "warning"
    overtime = "overtime"
    untimed = "untimed"


#: A phase this far past zero (seconds) has its own reminder: time is not just up, it is over.
OVERTIME_REMINDER = -60


class TimerEventKind(StrEnum):
    """A heads-up before zero, zero itself, or a phase running a minute over."""

    warning = "warning"
    zero = "zero"
    overtime = "overtime"

    @classmethod
    def of(cls, threshold: int) -> TimerEventKind:
        """The kind of moment that crossing `threshold` remaining seconds marks."""
        if threshold < 0:
            return cls.overtime
        return cls.zero if threshold == 0 else cls.warning


def crossed_thresholds(state: SessionState, at: datetime) -> set[int]:
    """The thresholds (seconds left: the warnings, zero, the overtime reminder) the current
    phase has reached by `at`; none for an untimed phase.

    One rule for every place that sounds them: the chair's app (the engine's `poll`) and the
    room view, which follows only the journal, ring at the same moments.
    """
    remaining = state.remaining(at)
    if remaining is None:
        return set()
    left = remaining.total_seconds()
    return {t for t in (*state.setup.warnings, OVERTIME_REMINDER) if left <= t}


@dataclass(frozen=True)
class TimerEvent:
    """A threshold the running phase just crossed; the UI rings the bell once for each."""

    kind: TimerEventKind
    phase: int
    threshold: int


@dataclass(frozen=True)
class RoleView:
    """A role in this phase with the names of the people who fill it."""

    role_id: str
    role_name: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class TurnView:
    """The round in this phase: the order, whose turn it is, and how much each may say."""

    order: tuple[str, ...]
    current: str | None
    done: tuple[str, ...]
    passed: tuple[str, ...]
    absent: tuple[str, ...]
    round: int
    rounds: int | None
    round_complete: bool
    items: int | None
    item: str | None
    volunteers: bool = False


@dataclass(frozen=True)
class PhaseView:
    """Everything the projected run screen needs about the current phase."""

    index: int
    number: int
    total: int
    title: str
    description: str
    case: int | None
    inbrenger: str | None
    question: str | None
    next_title: str | None
    speakers: tuple[RoleView, ...]
    listeners: tuple[RoleView, ...]
    inbrenger_state: InbrengerState
    rules: tuple[Rule, ...]
    opening: str | None
    questions: tuple[str, ...]
    watch_for: tuple[str, ...]
    opening_en: str | None
    questions_en: tuple[str, ...]
    watch_for_en: tuple[str, ...]
    capture: tuple[Capture, ...]
    ratings: bool
    optional: bool
    planned_seconds: float | None
    added_seconds: float
    elapsed_seconds: float
    remaining_seconds: float | None
    status: TimerStatus
    started: bool
    running: bool
    finished: bool
    turn: TurnView | None
    notes: tuple[Note, ...]


def timer_status(remaining: float | None, warnings: tuple[int, ...]) -> TimerStatus:
    """The look of the countdown for a remaining time and the set-up's thresholds."""
    if remaining is None:
        return TimerStatus.untimed
    if remaining < 0:
        return TimerStatus.overtime
    first_warning = max((t for t in warnings if t > 0), default=0)
    if remaining <= first_warning:
        return TimerStatus.warning
    return TimerStatus.normal


def due_prompt(state: SessionState, at: datetime) -> PhasePrompt | None:
    """The method's phase prompt due now in the running phase, the end's before the start's.

    Only in a timed phase that has started: an untimed phase has no end to count towards,
    and before the start nothing is due. The screen asks every second, so it costs little.
    """
    if not state.started or state.finished or state.planned() is None:
        return None
    elapsed = state.elapsed(at).total_seconds()
    remaining = state.remaining(at)
    left = None if remaining is None else remaining.total_seconds()
    prompts = state.method.phase_prompts
    for prompt in prompts:
        if prompt.moment is PromptMoment.end and left is not None and left <= prompt.seconds:
            return prompt
    for prompt in prompts:
        if prompt.moment is PromptMoment.start and elapsed < prompt.seconds:
            return prompt
    return None


def phase_view(state: SessionState, at: datetime) -> PhaseView:
    """The run screen's view of the current phase at wall time `at`."""
    phase = state.phase
    step = phase.step
    case = state.case
    remaining = state.remaining(at)
    remaining_s = None if remaining is None else remaining.total_seconds()
    planned = state.planned()
    next_index = state.next_index()
    rules: list[Rule] = []
    for rule_id in step.rules:
        try:
            rules.append(state.method.rule(rule_id))
        except KeyError:
            continue
    ground_rules = state.agenda.ground_rules
    if step.ground_rules and ground_rules is not None:
        rules.extend(ground_rules.ground_rules)
    turn = None
    if state.is_round:
        turn = TurnView(
            order=state.turn_order,
            current=state.current_speaker,
            done=tuple(n for n in state.turn_order if n in state.turn.done),
            passed=tuple(n for n in state.turn_order if n in state.turn.passed),
            absent=tuple(sorted(state.absent)),
            round=state.turn.round,
            rounds=step.turns.rounds,
            round_complete=state.round_complete,
            items=step.turns.items,
            item=step.turns.item,
            volunteers=step.turns.mode is TurnMode.volunteers,
        )

    def roles(ids: list[str]) -> tuple[RoleView, ...]:
        return tuple(
            RoleView(role.id, role.name, tuple(n for n in names if n not in state.absent))
            for role, names in people_for(state.method, state.setup, ids, case, step)
        )

    visible = [i for i in range(len(state.phases)) if i not in state.dropped]
    return PhaseView(
        index=state.index,
        number=visible.index(state.index) + 1 if state.index in visible else state.index + 1,
        total=len(visible),
        title=step.title,
        description=step.description,
        case=phase.case,
        inbrenger=inbrenger_in(step, case),
        question=None if case is None else case.question,
        next_title=None if next_index is None else state.phases[next_index].step.title,
        speakers=roles(step.speakers),
        listeners=roles(step.listeners),
        inbrenger_state=step.inbrenger,
        rules=tuple(rules),
        opening=step.opening,
        questions=tuple(step.questions),
        watch_for=tuple(step.watch_for),
        opening_en=step.opening_en,
        questions_en=tuple(step.questions_en),
        watch_for_en=tuple(step.watch_for_en),
        capture=tuple(step.capture),
        ratings=step.ratings,
        optional=step.optional,
        planned_seconds=None if planned is None else planned.total_seconds(),
        added_seconds=state.records[state.index].added.total_seconds(),
        elapsed_seconds=state.elapsed(at).total_seconds(),
        remaining_seconds=remaining_s,
        status=timer_status(remaining_s, state.setup.warnings),
        started=state.started,
        running=state.running,
        finished=state.finished,
        turn=turn,
        notes=state.notes_of(state.index),
    )
