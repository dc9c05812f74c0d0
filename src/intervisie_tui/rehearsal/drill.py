"""The rehearsal itself: a normal `Session` on a fast clock, with incidents and a referee.

The drill owns no meeting logic: phases, turns, time and notes are the session engine's, so a
chair rehearses exactly what the real meeting will do. On top of it the drill fires the scripted
incidents when their moment in a phase comes, holds method time while the chair chooses an
answer, judges the answer at once, records the timing of every phase the chair leaves, and at
the end hands everything to the debrief. A front end calls `tick()` on its redraw interval and
the commands below on keys; nothing here knows about a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_tui.messages import Msg
from intervisie_tui.model import Method
from intervisie_tui.rehearsal.cast import simulated_setup
from intervisie_tui.rehearsal.clock import HoldableClock
from intervisie_tui.rehearsal.cues import CueCard, cue_card
from intervisie_tui.rehearsal.debrief import Debrief, build_debrief
from intervisie_tui.rehearsal.scoring import (
    RESPONSE_LIMIT_SECONDS,
    IncidentResult,
    PhaseTiming,
    judge,
    not_reached,
)
from intervisie_tui.rehearsal.script import (
    Choice,
    IncidentKind,
    ScheduledIncident,
    Script,
    build_script,
)
from intervisie_tui.session.clock import Clock, ScaledClock, SystemClock
from intervisie_tui.session.engine import Session
from intervisie_tui.session.state import CommandRejected, SessionState

#: Method seconds per real second by default: a method minute takes three real seconds.
DEFAULT_SPEED = 20.0


@dataclass(frozen=True)
class Prompt:
    """An incident in front of the chair, waiting for an answer.

    `waiting` names the people still waiting for their turn (only for "time is up").
    """

    incident: ScheduledIncident
    opened_at: float
    limit: float
    waiting: tuple[str, ...] = ()

    @property
    def still_waiting(self) -> Msg | None:
        """Who still waits for a turn when time is up, said after the incident's text."""
        if self.incident.kind is IncidentKind.time_up and self.waiting:
            return Msg("rehearsal.still_waiting", names=", ".join(self.waiting))
        return None

    def seconds_left(self, real_now: float) -> float:
        """Real seconds the chair still has to choose."""
        return max(0.0, self.limit - (real_now - self.opened_at))


@dataclass(frozen=True)
class Feedback:
    """What the app says at once after an answer (or after the time limit ran out)."""

    result: IncidentResult

    @property
    def good(self) -> Choice:
        """What a good chair does here."""
        return self.result.incident.good

    @property
    def headline(self) -> Msg:
        """One line: how the answer landed."""
        return Msg(f"rehearsal.feedback.{self.result.outcome.name}")

    @property
    def rule(self) -> Msg:
        """The rule at stake, with what the chair says about it."""
        incident = self.result.incident
        explanation = f": {incident.rule_explanation}" if incident.rule_explanation else ""
        return Msg("rehearsal.feedback.rule", rule=incident.rule_reminder, explanation=explanation)


class Rehearsal:
    """One rehearsal of one method: the session, the script, and the chair's record so far.

    `base_clock` is real time (a FakeClock in tests); the session runs on it scaled by `speed`.
    The answer limit is in real seconds on the base clock (see `scoring`).
    """

    def __init__(
        self,
        method: Method,
        *,
        seed: int,
        speed: float = DEFAULT_SPEED,
        base_clock: Clock | None = None,
        limit: float = RESPONSE_LIMIT_SECONDS,
        cases: int | None = None,
    ) -> None:
        self.method = method
        self.seed = seed
        self.speed = speed
        self.limit = limit
        self.base_clock = base_clock if base_clock is not None else SystemClock()
        self.clock = HoldableClock(ScaledClock(speed, self.base_clock))
        self.setup = simulated_setup(method, seed, cases=cases)
        self.session = Session.in_memory(method, self.setup, clock=self.clock)
        state = self.session.state
        planned = [state.planned(i) for i in range(len(state.phases))]
        self.script: Script = build_script(method, self.setup, state.phases, planned, seed)
        self._results: dict[str, IncidentResult] = {}
        self._dropped: set[str] = set()
        self._timings: dict[int, PhaseTiming] = {}
        self._prompt: Prompt | None = None
        self._finished = False

    # ----------------------------------------------------------------- queries

    @property
    def state(self) -> SessionState:
        """The session's state (phases, turns, notes)."""
        return self.session.state

    @property
    def prompt(self) -> Prompt | None:
        """The incident waiting for an answer, if any."""
        return self._prompt

    @property
    def finished(self) -> bool:
        """Whether the rehearsal reached its debrief."""
        return self._finished

    @property
    def results(self) -> tuple[IncidentResult, ...]:
        """Every scheduled incident's result in script order; unresolved ones not reached."""
        return tuple(
            self._results.get(incident.key, not_reached(incident))
            for incident in self.script.incidents
            if incident.key not in self._dropped
        )

    @property
    def timings(self) -> tuple[PhaseTiming, ...]:
        """The timing of every phase the chair has left, in meeting order."""
        return tuple(self._timings[i] for i in sorted(self._timings))

    def cue_card(self) -> CueCard:
        """The cue card of the current phase."""
        return cue_card(self.method, self.state.phase.step)

    def real_now(self) -> float:
        """Real seconds, for the answer countdown."""
        return self.base_clock.now()

    # ---------------------------------------------------------------- the drill

    def start(self) -> None:
        """Start the first phase."""
        self.session.start()

    def _moment(self, incident: ScheduledIncident) -> float:
        """Method seconds into the phase at which the incident happens.

        "Time is up" follows the phase's real deadline, so a minute the chair added moves it.
        """
        if incident.kind is IncidentKind.time_up:
            planned = self.state.planned(incident.phase_index)
            added = self.state.records[incident.phase_index].added
            if planned is not None:
                return (planned + added).total_seconds()
        return incident.offset_seconds

    def _waiting(self) -> tuple[str, ...]:
        state = self.state
        if state.turn.round > 1:
            return ()
        return tuple(
            name
            for name in state.turn_order
            if name not in state.turn.done and name not in state.turn.passed
        )

    def tick(self) -> Prompt | Feedback | None:
        """Advance the drill to now: open the next due incident, or close an expired prompt.

        Returns the new prompt, the feedback of a prompt whose time ran out, or None.
        """
        if self._finished or not self.state.started:
            return None
        if self._prompt is not None:
            if self._prompt.seconds_left(self.real_now()) <= 0:
                return self._close(None)
            return None
        elapsed = self.session.elapsed()
        for incident in self.script.for_phase(self.state.index):
            if incident.key in self._results or incident.key in self._dropped:
                continue
            if elapsed + 1e-9 < self._moment(incident):
                continue
            waiting: tuple[str, ...] = ()
            if incident.kind is IncidentKind.time_up:
                waiting = self._waiting()
                if not waiting:  # nobody waits: the chair kept the round, nothing happens
                    self._dropped.add(incident.key)
                    continue
            self.clock.hold()
            self._prompt = Prompt(incident, self.real_now(), self.limit, waiting)
            return self._prompt
        return None

    def answer(self, number: int) -> Feedback:
        """The chair chooses option `number`; CommandRejected when there is nothing to answer."""
        if self._prompt is None:
            raise CommandRejected(Msg("rehearsal.no_incident"))
        self._prompt.incident.choice(number)  # an unknown number leaves the prompt open
        return self._close(number)

    def expire(self) -> Feedback:
        """The answer countdown ran out: the moment is missed (for a front end's own timer)."""
        if self._prompt is None:
            raise CommandRejected(Msg("rehearsal.no_incident"))
        return self._close(None)

    def hold_time(self) -> None:
        """Keep method time still, e.g. while the chair reads the feedback on an answer."""
        self.clock.hold()

    def release_time(self) -> None:
        """Let method time run again after `hold_time`."""
        self.clock.release()

    def _close(self, number: int | None) -> Feedback:
        assert self._prompt is not None
        prompt = self._prompt
        seconds = self.real_now() - prompt.opened_at
        result = judge(prompt.incident, number, seconds, prompt.limit)
        self._results[prompt.incident.key] = result
        self._prompt = None
        self.clock.release()
        return Feedback(result)

    def _require_no_prompt(self) -> None:
        if self._prompt is not None:
            raise CommandRejected(Msg("rehearsal.choose_first"))

    def _record_timing(self, *, skipped: bool = False) -> None:
        state = self.state
        index = state.index
        planned = state.planned(index)
        target = None if planned is None else planned + state.records[index].added
        round_complete = None
        if state.is_round:
            round_complete = state.round_complete or state.turn.round > 1
        self._timings[index] = PhaseTiming(
            phase_index=index,
            step_id=state.phase.step.id,
            title=state.phase.step.title,
            case=state.phase.case,
            planned_seconds=None if target is None else target.total_seconds(),
            actual_seconds=self.session.elapsed(),
            round_complete=round_complete,
            skipped=skipped,
        )

    def next_phase(self) -> None:
        """Leave the current phase (timing recorded) for the next one."""
        self._require_no_prompt()
        if self.state.next_index() is None:
            raise CommandRejected(Msg("rehearsal.last_phase"))
        self._record_timing()
        self.session.next()

    def back(self) -> None:
        """Return to the previous phase; its timing is judged again when the chair leaves it."""
        self._require_no_prompt()
        self.session.back()

    def skip(self) -> None:
        """Leave out an optional phase; a skipped phase is not judged on time."""
        self._require_no_prompt()
        if not self.state.phase.optional:
            raise CommandRejected(Msg("session.not_optional"))
        self._record_timing(skipped=True)
        self.session.skip()

    def finish(self) -> None:
        """Close the last phase and the session; the debrief can be built after this."""
        self._require_no_prompt()
        if self._finished:
            return
        if self.state.started:
            self._record_timing()
        self.session.finish()
        self._finished = True

    def debrief(self) -> Debrief:
        """The debrief of this rehearsal (finish it first for the last phase's timing)."""
        return build_debrief(
            self.state, self.results, self.timings, seed=self.seed, speed=self.speed
        )
