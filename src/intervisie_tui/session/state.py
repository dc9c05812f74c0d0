"""The meeting's state and the one pure reducer that every event goes through.

`apply(state, event)` is used by the live engine and by replay alike, so a resumed meeting is
the meeting the chair left by construction, not by a second implementation that might drift.
All times in here are the wall-clock `at` of events: durations are exact `timedelta`s, and
remaining time is always planned + added - used, never a count of ticks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from intervisie_tui.messages import Msg
from intervisie_tui.model.method import Method, Part, TurnMode
from intervisie_tui.session import agenda_changes as changes
from intervisie_tui.session.agenda import Agenda
from intervisie_tui.session.events import (
    Advanced,
    Event,
    Finished,
    FirstStepSet,
    InbrengerChosen,
    ItemAdded,
    ItemDropped,
    MarkedAbsent,
    MinutesChanged,
    NoteAdded,
    NoteEdited,
    NoteRated,
    Paused,
    PersonSkipped,
    PlanChanged,
    QuestionSet,
    Resumed,
    SessionCreated,
    Skipped,
    Started,
    TopicsChosen,
    TurnAdvanced,
    VolunteersSet,
    WentBack,
)
from intervisie_tui.session.plan import Phase, expand_agenda
from intervisie_tui.session.records import (  # re-exported: callers import them from here
    ZERO as ZERO,
)
from intervisie_tui.session.records import (
    CommandRejected as CommandRejected,
)
from intervisie_tui.session.records import (
    Note as Note,
)
from intervisie_tui.session.records import (
    PhaseRecord as PhaseRecord,
)
from intervisie_tui.session.records import (
    TurnState as TurnState,
)
from intervisie_tui.session.roles import round_order
from intervisie_tui.session.setup import Case, MeetingSetup


@dataclass(frozen=True)
class SessionState:
    """Everything about a meeting at one moment, rebuilt exactly from its journal."""

    agenda: Agenda
    setups: tuple[MeetingSetup, ...]
    """Each item's set-up, derived from the agenda (kept, not rebuilt on every redraw)."""
    item_cases: tuple[tuple[Case, ...], ...]
    """Each item's cases in the order its method runs them."""
    phases: tuple[Phase, ...]
    minutes: tuple[float | None, ...]
    records: tuple[PhaseRecord, ...]
    created_at: datetime
    dropped: frozenset[int] = frozenset()
    dropped_items: frozenset[int] = frozenset()
    added_items: frozenset[int] = frozenset()
    index: int = 0
    started: bool = False
    finished_at: datetime | None = None
    running_since: datetime | None = None
    turn: TurnState = field(default_factory=TurnState)
    absent: frozenset[str] = frozenset()
    ever_absent: frozenset[str] = frozenset()
    notes: tuple[Note, ...] = ()
    first_steps: tuple[tuple[str | None, ...], ...] = ()
    """Each item's first steps, one per case."""
    volunteers: tuple[tuple[int, tuple[str, ...]], ...] = ()
    """Per phase with a volunteers round: who volunteered, in order (phase index, names)."""
    last_at: datetime | None = None

    # ----------------------------------------------------------------- queries

    @property
    def finished(self) -> bool:
        """Whether the chair closed the meeting."""
        return self.finished_at is not None

    @property
    def running(self) -> bool:
        """Whether the current phase's clock is running (started, not paused, not finished)."""
        return self.running_since is not None

    @property
    def phase(self) -> Phase:
        """The current phase (the first one before the meeting starts)."""
        return self.phases[self.index]

    @property
    def method(self) -> Method:
        """The method (or part) of the current phase's agenda item."""
        return self.agenda.items[self.phase.item].method

    @property
    def setup(self) -> MeetingSetup:
        """The set-up of the current phase's agenda item."""
        return self.setups[self.phase.item]

    @property
    def cases(self) -> tuple[Case, ...]:
        """The cases of the current phase's agenda item, in run order."""
        return self.item_cases[self.phase.item]

    @property
    def case(self) -> Case | None:
        """The case of the current phase, or None in a whole-group step."""
        case = self.phase.case
        return None if case is None else self.cases[case]

    def case_of(self, phase: Phase) -> Case | None:
        """The case any phase is about (the report asks for every phase)."""
        return None if phase.case is None else self.item_cases[phase.item][phase.case]

    def item_phases(self, item: int) -> tuple[Phase, ...]:
        """The phases of one agenda item, in order."""
        return tuple(phase for phase in self.phases if phase.item == item)

    @property
    def meeting_cases(self) -> tuple[tuple[int, int, Case], ...]:
        """Every case of the meeting as (item, case in the item, case), in agenda order, the
        cases of parts and dropped items left out: what 'casus 1, 2, ...' count."""
        return tuple(
            (item, number, case)
            for item, cases in enumerate(self.item_cases)
            if item not in self.dropped_items and self.agenda.items[item].method.part is Part.case
            for number, case in enumerate(cases)
        )

    def first_step(self, item: int, case: int) -> str | None:
        """The inbrenger's first step for one case of one item, if said."""
        steps = self.first_steps[item] if item < len(self.first_steps) else ()
        return steps[case] if case < len(steps) else None

    def planned(self, index: int | None = None) -> timedelta | None:
        """The planned time of a phase (default: the current one) after fitting; None untimed."""
        minutes = self.minutes[self.index if index is None else index]
        return None if minutes is None else timedelta(minutes=minutes)

    def elapsed(self, at: datetime, index: int | None = None) -> timedelta:
        """Running time spent in a phase so far (all visits), as of `at`."""
        i = self.index if index is None else index
        used = self.records[i].used
        if i == self.index and self.running_since is not None:
            used += at - self.running_since
        return used

    def remaining(self, at: datetime, index: int | None = None) -> timedelta | None:
        """Planned + added - elapsed; negative in overtime, None for an untimed phase."""
        i = self.index if index is None else index
        planned = self.planned(i)
        if planned is None:
            return None
        return planned + self.records[i].added - self.elapsed(at, i)

    def deadline(self) -> datetime | None:
        """When the running phase reaches zero; None when paused or untimed."""
        if self.running_since is None:
            return None
        remaining = self.remaining(self.running_since)
        return None if remaining is None else self.running_since + remaining

    def next_index(self, start: int | None = None) -> int | None:
        """The next phase that is not dropped, or None at the end."""
        i = (self.index if start is None else start) + 1
        while i < len(self.phases):
            if i not in self.dropped:
                return i
            i += 1
        return None

    def previous_index(self) -> int | None:
        """The previous phase that is not dropped, or None at the start."""
        i = self.index - 1
        while i >= 0:
            if i not in self.dropped:
                return i
            i -= 1
        return None

    @property
    def is_round(self) -> bool:
        """Whether the current phase passes the word around in order (volunteers included)."""
        return self.phase.step.turns.mode in (TurnMode.round, TurnMode.volunteers)

    def volunteers_of(self, phase: int) -> tuple[str, ...]:
        """Who volunteered in a phase, in the order they did (empty until the chair adds)."""
        return next((names for index, names in self.volunteers if index == phase), ())

    @property
    def turn_order(self) -> tuple[str, ...]:
        """Who takes turns in this phase, in order, without absent people; empty if no round.

        In a volunteers round only the volunteers speak, in the order they volunteered.
        """
        if not self.is_round:
            return ()
        order = round_order(self.method, self.setup, self.phase, self.case)
        if self.phase.step.turns.mode is TurnMode.volunteers:
            order = self.volunteers_of(self.index)
        return tuple(name for name in order if name not in self.absent)

    @property
    def current_speaker(self) -> str | None:
        """Whose turn it is in a round; None outside rounds or when the round is complete."""
        for name in self.turn_order:
            if name not in self.turn.done and name not in self.turn.passed:
                return name
        return None

    @property
    def round_complete(self) -> bool:
        """True when everyone present has had (or passed) their turn this round."""
        return self.is_round and self.current_speaker is None

    def notes_of(self, phase: int) -> tuple[Note, ...]:
        """The notes written during one phase, in the order they were written."""
        return tuple(note for note in self.notes if note.phase == phase)

    def note(self, note_id: int) -> Note:
        """A note by id; CommandRejected when it does not exist."""
        for note in self.notes:
            if note.id == note_id:
                return note
        raise CommandRejected(Msg("session.no_such_note", id=note_id))

    @property
    def next_note_id(self) -> int:
        """The id the next note gets: ids are never reused, so references stay valid."""
        return max((note.id for note in self.notes), default=0) + 1


# --------------------------------------------------------------------- reducer


def initial_state(created: SessionCreated) -> SessionState:
    """The state right after the journal's first line: nothing has started yet."""
    agenda = created.agenda
    phases = expand_agenda(agenda)
    setups = tuple(agenda.setup_for(i) for i in range(len(agenda.items)))
    return SessionState(
        agenda=agenda,
        setups=setups,
        item_cases=tuple(
            setup.ordered_cases(item.method)
            for setup, item in zip(setups, agenda.items, strict=True)
        ),
        phases=phases,
        minutes=tuple(p.minutes for p in phases),
        records=tuple(PhaseRecord() for _ in phases),
        created_at=created.at,
        last_at=created.at,
        first_steps=tuple(tuple(None for _ in item.cases) for item in agenda.items),
    )


def _close(state: SessionState, at: datetime, *, leaving: bool = True) -> SessionState:
    """Stop the clock of the current phase, booking the running time as used."""
    record = state.records[state.index]
    if state.running_since is not None:
        record = replace(record, used=record.used + (at - state.running_since))
    if leaving:
        record = replace(record, last_left=at, turn=state.turn)
    return replace(_with_record(state, state.index, record), running_since=None)


def _with_record(state: SessionState, which: int, record: PhaseRecord) -> SessionState:
    records = list(state.records)
    records[which] = record
    return replace(state, records=tuple(records))


def _enter(state: SessionState, index: int, at: datetime, running: bool) -> SessionState:
    """Make `index` the current phase, its round where it was left, its clock running or not."""
    record = state.records[index]
    if record.first_started is None:
        record = replace(record, first_started=at)
    return replace(
        _with_record(state, index, record),
        index=index,
        running_since=at if running else None,
        turn=record.turn,
    )


def _require_live(state: SessionState) -> None:
    if state.finished:
        raise CommandRejected(Msg("session.finished"))


def _require_started(state: SessionState) -> None:
    _require_live(state)
    if not state.started:
        raise CommandRejected(Msg("session.not_started"))


def _move(state: SessionState, target: int | None, at: datetime, why: Msg) -> SessionState:
    if target is None:
        raise CommandRejected(why)
    was_running = state.running
    return _enter(_close(state, at), target, at, was_running)


def apply(state: SessionState, event: Event) -> SessionState:
    """The state after one event; CommandRejected when the event does not fit the state.

    Pure: the same state and event always give the same result, which is what makes replay
    equal to the live meeting.
    """
    return replace(_apply(state, event), last_at=event.at)


def _apply(state: SessionState, event: Event) -> SessionState:
    at = event.at
    match event:
        case SessionCreated():
            raise CommandRejected(Msg("session.one_beginning"))
        case PlanChanged(minutes=minutes, dropped=dropped):
            _require_live(state)
            if len(minutes) != len(state.phases):
                raise CommandRejected(Msg("session.plan_mismatch"))
            if state.started and state.index in dropped:
                raise CommandRejected(Msg("session.running_phase_dropped"))
            if any(m is not None and m <= 0 for m in minutes):
                raise CommandRejected(Msg("session.plan_minute"))
            # A new plan supersedes the minutes added by hand to the phases it changes.
            records = tuple(
                replace(record, added=ZERO) if new != old else record
                for record, new, old in zip(state.records, minutes, state.minutes, strict=True)
            )
            return replace(
                state,
                minutes=tuple(minutes),
                dropped=changes.dropped_with_items(state, dropped),
                records=records,
            )
        case Started():
            _require_live(state)
            if state.started:
                raise CommandRejected(Msg("session.already_started"))
            first = 0 if 0 not in state.dropped else state.next_index(0)
            if first is None:
                raise CommandRejected(Msg("session.no_first_phase"))
            return _enter(replace(state, started=True), first, at, running=True)
        case Paused():
            _require_started(state)
            if not state.running:
                raise CommandRejected(Msg("session.already_paused"))
            return _close(state, at, leaving=False)
        case Resumed():
            _require_started(state)
            if state.running:
                raise CommandRejected(Msg("session.already_running"))
            return replace(state, running_since=at)
        case Advanced():
            _require_started(state)
            return _move(state, state.next_index(), at, Msg("session.last_phase"))
        case WentBack():
            _require_started(state)
            return _move(state, state.previous_index(), at, Msg("session.first_phase"))
        case Skipped():
            _require_started(state)
            if not state.phase.optional:
                raise CommandRejected(Msg("session.not_optional"))
            target = state.next_index()
            if target is None:
                raise CommandRejected(Msg("session.last_phase"))
            marked = _with_record(
                state, state.index, replace(state.records[state.index], skipped=True)
            )
            return _move(marked, target, at, Msg("session.last_phase"))
        case MinutesChanged(seconds=seconds):
            _require_started(state)
            planned = state.planned()
            if planned is None:
                raise CommandRejected(Msg("session.untimed"))
            record = state.records[state.index]
            if planned + record.added + timedelta(seconds=seconds) <= ZERO:
                raise CommandRejected(Msg("session.min_minute"))
            return _with_record(
                state, state.index, replace(record, added=record.added + timedelta(seconds=seconds))
            )
        case TurnAdvanced():
            _require_started(state)
            if not state.is_round:
                raise CommandRejected(Msg("session.no_round"))
            speaker = state.current_speaker
            if speaker is None:  # round complete: the next press starts a new round
                return replace(state, turn=TurnState(round=state.turn.round + 1))
            return replace(state, turn=replace(state.turn, done=state.turn.done | {speaker}))
        case PersonSkipped(name=name):
            _require_started(state)
            if name not in state.turn_order:
                raise CommandRejected(Msg("session.no_turn", name=name))
            return replace(state, turn=replace(state.turn, passed=state.turn.passed | {name}))
        case MarkedAbsent(name=name, absent=absent):
            _require_live(state)
            return changes.presence(state, name, absent)
        case NoteAdded():
            _require_live(state)
            if not 0 <= event.phase < len(state.phases):
                raise CommandRejected(Msg("session.no_such_phase"))
            if any(note.id == event.id for note in state.notes):
                raise CommandRejected(Msg("session.note_exists", id=event.id))
            note = Note(event.id, event.phase, event.kind, event.text, at, event.by)
            return replace(state, notes=(*state.notes, note))
        case NoteRated(id=note_id, rating=rating):
            _require_live(state)
            return _replace_note(state, replace(state.note(note_id), rating=rating))
        case NoteEdited(id=note_id, text=text):
            _require_live(state)
            return _replace_note(state, replace(state.note(note_id), text=text, edited=True))
        case FirstStepSet(item=item, case=case, text=text):
            _require_live(state)
            return changes.first_step_set(state, item, case, text)
        case InbrengerChosen(item=item, case=case, name=name):
            _require_live(state)
            return changes.inbrenger_chosen(state, item, case, name)
        case QuestionSet() | VolunteersSet():
            _require_live(state)
            from intervisie_tui.session.case_state import apply_case_event

            return apply_case_event(state, event)
        case ItemAdded(position=position, item=item):
            _require_live(state)
            return changes.item_added(state, position, item)
        case ItemDropped(item=item):
            _require_live(state)
            return changes.item_dropped(state, item)
        case TopicsChosen(item=item, topics=topics):
            _require_live(state)
            from intervisie_tui.session.topics import topics_chosen

            return topics_chosen(state, item, topics)
        case Finished():
            _require_live(state)
            closed = _close(state, at) if state.started else state
            return replace(closed, finished_at=at)
    raise CommandRejected(Msg("session.unknown_event", event=repr(event)))  # pragma: no cover


def _replace_note(state: SessionState, note: Note) -> SessionState:
    return replace(state, notes=tuple(note if n.id == note.id else n for n in state.notes))


def replay(created: SessionCreated, events: Iterable[Event]) -> SessionState:
    """The state after a whole journal: the first line and then every event, in order."""
    state = initial_state(created)
    for event in events:
        state = apply(state, event)
    return state
