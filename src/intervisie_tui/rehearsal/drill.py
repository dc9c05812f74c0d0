"""The rehearsal itself: a normal `Session` on a fast clock, a room that speaks, and a referee.

The drill owns no meeting logic: phases, turns, time and notes are the session engine's, so a
chair rehearses exactly what the real meeting will do. On top of it the drill lets the scripted
lines be said when their moment in a phase comes, and judges what the chair notices: one key
(`intervene`) on a breach opens the options, on a fine line it is a false alarm; a breach nobody
intervenes on within `NOTICE_SECONDS` is missed. Each phase starts with method time standing
still until the chair has said the opening words (`opening_said`). A front end calls `tick()`
on its redraw interval and the commands below on keys; nothing here knows about a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_tui.messages import Lang, Msg
from intervisie_tui.model import Method
from intervisie_tui.rehearsal.cast import simulated_setup
from intervisie_tui.rehearsal.clock import HoldableClock
from intervisie_tui.rehearsal.cues import CueCard, cue_card
from intervisie_tui.rehearsal.debrief import Debrief, build_debrief
from intervisie_tui.rehearsal.history import HistoryRecord
from intervisie_tui.rehearsal.lines import Voice
from intervisie_tui.rehearsal.names import rehearsal_rng
from intervisie_tui.rehearsal.scoring import (
    NOTICE_SECONDS,
    RESPONSE_LIMIT_SECONDS,
    FalseAlarm,
    IncidentResult,
    PhaseTiming,
    RuleRef,
    missed,
    not_reached,
    noticed,
)
from intervisie_tui.rehearsal.script import (
    DEFAULT_SPEED,
    Choice,
    Line,
    ScheduledIncident,
    Script,
    Twin,
    build_script,
)
from intervisie_tui.session.clock import Clock, ScaledClock, SystemClock
from intervisie_tui.session.engine import Session
from intervisie_tui.session.roles import people_in_role
from intervisie_tui.session.state import CommandRejected, SessionState


@dataclass(frozen=True)
class Heard:
    """A line as the room said it: who said it, and when (real seconds, method seconds in phase)."""

    line: Line
    speaker: str | None
    real_at: float
    said_at: float

    def text(self, lang: Lang | str) -> str:
        """What was said in `lang`, with the speaker's name where a scene line names them."""
        return self.line.text.say(lang).replace("{name}", self.speaker or "…")

    @property
    def voice(self) -> Voice:
        """Whose part the line is (the chair's own thought is shown as such)."""
        return self.line.voice


@dataclass(frozen=True)
class Prompt:
    """The chair intervened on a breach: the options wait for her choice."""

    incident: ScheduledIncident
    heard: Heard
    opened_at: float
    limit: float

    @property
    def reaction_seconds(self) -> float:
        """Real seconds from the line to the chair's key."""
        return self.opened_at - self.heard.real_at

    def seconds_left(self, real_now: float) -> float:
        """Real seconds the chair still has to choose."""
        return max(0.0, self.limit - (real_now - self.opened_at))


@dataclass(frozen=True)
class Feedback:
    """What the app says at once after an answer (or after the choosing time ran out)."""

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
    def rule(self) -> Twin:
        """The rule at stake, named only now."""
        return self.result.incident.rule_reminder

    @property
    def explanation(self) -> Twin:
        """What the rule asks, in the method's words."""
        return self.result.incident.rule_explanation


class Rehearsal:
    """One rehearsal of one method: the session, the script, and the chair's record so far.

    `base_clock` is real time (a FakeClock in tests); the session runs on it scaled by `speed`.
    The noticing window and the choosing limit are real seconds on the base clock (`scoring`).
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
        lang: Lang = Lang.nl,
    ) -> None:
        self.method = method
        self.seed = seed
        self.speed = speed
        self.limit = limit
        self.base_clock = base_clock if base_clock is not None else SystemClock()
        self.clock = HoldableClock(ScaledClock(speed, self.base_clock))
        self.setup = simulated_setup(method, seed, cases=cases, lang=lang)
        self.session = Session.in_memory(method, self.setup, clock=self.clock)
        state = self.session.state
        planned = [state.planned(i) for i in range(len(state.phases))]
        self.script: Script = build_script(method, state.phases, planned, seed, speed)
        self._heard: dict[str, Heard] = {}
        self._results: dict[str, IncidentResult] = {}
        self._false_alarms: list[FalseAlarm] = []
        self._timings: dict[int, PhaseTiming] = {}
        self._prompt: Prompt | None = None
        self._awaiting_opening = False
        self._finished = False

    # ----------------------------------------------------------------- queries

    @property
    def state(self) -> SessionState:
        """The session's state (phases, turns, notes)."""
        return self.session.state

    @property
    def prompt(self) -> Prompt | None:
        """The breach whose options wait for an answer, if any."""
        return self._prompt

    @property
    def awaiting_opening(self) -> bool:
        """Whether the phase waits for the chair to say the opening words (time stands still)."""
        return self._awaiting_opening

    @property
    def finished(self) -> bool:
        """Whether the rehearsal reached its debrief."""
        return self._finished

    @property
    def heard(self) -> tuple[Heard, ...]:
        """Every line said so far, in the order it was said."""
        return tuple(self._heard.values())

    @property
    def results(self) -> tuple[IncidentResult, ...]:
        """Every scheduled breach's result in script order; unsaid ones not reached."""
        return tuple(
            self._results.get(incident.key, not_reached(incident))
            for incident in self.script.incidents
        )

    @property
    def false_alarms(self) -> tuple[FalseAlarm, ...]:
        """Every intervention on a fine line (or on silence), in order."""
        return tuple(self._false_alarms)

    @property
    def timings(self) -> tuple[PhaseTiming, ...]:
        """The timing of every phase the chair has left, in meeting order."""
        return tuple(self._timings[i] for i in sorted(self._timings))

    def cue_card(self, lang: Lang = Lang.nl) -> CueCard:
        """The cue card of the current phase in `lang`."""
        return cue_card(self.method, self.state.phase.step, lang)

    def real_now(self) -> float:
        """Real seconds, for the noticing window and the choosing countdown."""
        return self.base_clock.now()

    # ---------------------------------------------------------------- the drill

    def start(self) -> None:
        """Start the first phase; its time waits for the opening words."""
        self.session.start()
        self._await_opening()

    def _await_opening(self) -> None:
        self.clock.hold()
        self._awaiting_opening = True

    def opening_said(self) -> bool:
        """The chair said the phase's opening words: method time runs. False if not waiting."""
        if not self._awaiting_opening or self._prompt is not None:
            return False
        self._awaiting_opening = False
        self.clock.release()
        return True

    def _candidates(self, line: Line) -> list[str]:
        """Who may say a member's (or a scene's) line: the line's role, else the step's speakers."""
        state = self.state
        case = state.case
        roles = [line.role_id] if line.role_id else list(state.phase.step.speakers)
        people: list[str] = []
        for role_id in roles:
            try:
                role = self.method.role(role_id)
            except KeyError:
                continue
            in_role = people_in_role(role, self.setup, case, state.phase.step)
            people += [p for p in in_role if p not in people]
        inbrenger = case.inbrenger if case is not None else None
        members = [p for p in people if p not in (self.setup.chair, inbrenger)]
        if members:
            return members
        return [p for p in self.setup.everyone if p not in (self.setup.chair, inbrenger)]

    def _speaker(self, line: Line) -> str | None:
        """Who says `line` now: in a round the member whose turn it is, unless out of turn."""
        state = self.state
        inbrenger = state.case.inbrenger if state.case is not None else None
        if line.voice is Voice.chair:
            return self.setup.chair
        if line.voice is Voice.inbrenger and inbrenger is not None:
            return inbrenger
        candidates = self._candidates(line)
        rng = rehearsal_rng(self.seed, f"speaker:{line.key}")
        current = state.current_speaker if state.is_round else None
        if line.out_of_turn:
            others = [name for name in candidates if name != current]
            return rng.choice(others or candidates)
        if current in candidates:
            return current
        return rng.choice(candidates) if candidates else inbrenger

    def _unresolved(self, phase_index: int | None = None) -> list[Heard]:
        return [
            heard
            for heard in self._heard.values()
            if heard.line.breach is not None
            and heard.line.breach.key not in self._results
            and (phase_index is None or heard.line.phase_index == phase_index)
        ]

    def _miss(self, heard: Heard) -> None:
        assert heard.line.breach is not None
        self._results[heard.line.breach.key] = missed(
            heard.line.breach, speaker=heard.speaker, said_at=heard.said_at, line=heard.line
        )

    def tick(self) -> tuple[Heard, ...]:
        """Advance the drill to now: say the lines that are due, let unnoticed breaches pass.

        Returns the lines said by this tick, for the front end to show.
        """
        if self._finished or not self.state.started or self._prompt is not None:
            return ()
        now = self.real_now()
        for heard in self._unresolved():
            if now - heard.real_at > NOTICE_SECONDS:
                self._miss(heard)
        if self._awaiting_opening:
            return ()
        elapsed = self.session.elapsed()
        said: list[Heard] = []
        for line in self.script.for_phase(self.state.index):
            if line.key in self._heard or elapsed + 1e-9 < line.offset_seconds:
                continue
            heard = Heard(line, self._speaker(line), now, round(elapsed, 3))
            self._heard[line.key] = heard
            said.append(heard)
        return tuple(said)

    def intervene(self) -> Prompt | FalseAlarm:
        """The chair's one key: on a breach still in the air, its options; else a false alarm.

        The newest breach said within `NOTICE_SECONDS` is the one she reacts to; with none, the
        intervention counts as a false alarm on the last line said (or on silence).
        """
        if self._finished or not self.state.started:
            raise CommandRejected(Msg("rehearsal.no_incident"))
        if self._prompt is not None:
            raise CommandRejected(Msg("rehearsal.choose_first"))
        if self._awaiting_opening:
            raise CommandRejected(Msg("rehearsal.say_opening_first"))
        now = self.real_now()
        open_breaches = [h for h in self._unresolved() if now - h.real_at <= NOTICE_SECONDS]
        if open_breaches:
            heard = open_breaches[-1]
            assert heard.line.breach is not None
            self.clock.hold()
            self._prompt = Prompt(heard.line.breach, heard, now, self.limit)
            return self._prompt
        here = [h for h in self._heard.values() if h.line.phase_index == self.state.index]
        last = here[-1] if here else None
        known = {rule.id: rule for rule in self.method.rules}
        in_force = tuple(
            RuleRef(rule.id, Twin(rule.reminder, rule.reminder_en))
            for rule in (known[r] for r in self.state.phase.step.rules if r in known)
        )
        alarm = FalseAlarm(
            phase_index=self.state.index,
            case=self.state.phase.case,
            line=last.line if last else None,
            speaker=last.speaker if last else None,
            said_at=last.said_at if last else None,
            rules=in_force,
        )
        self._false_alarms.append(alarm)
        return alarm

    def answer(self, number: int) -> Feedback:
        """The chair chooses option `number`; CommandRejected when there is nothing to answer."""
        if self._prompt is None:
            raise CommandRejected(Msg("rehearsal.no_incident"))
        self._prompt.incident.choice(number)  # an unknown number leaves the prompt open
        return self._close(number)

    def expire(self) -> Feedback:
        """The choosing time ran out: noticed, but no answer (for a front end's own timer)."""
        if self._prompt is None:
            raise CommandRejected(Msg("rehearsal.no_incident"))
        return self._close(None)

    def hold_time(self) -> None:
        """Keep method time still, e.g. while the chair reads the feedback on an answer."""
        self.clock.hold()

    def release_time(self) -> None:
        """Let method time run again after `hold_time` (not before the opening words)."""
        if not self._awaiting_opening:
            self.clock.release()

    def _close(self, number: int | None) -> Feedback:
        assert self._prompt is not None
        prompt = self._prompt
        heard = prompt.heard
        result = noticed(
            prompt.incident,
            number,
            round(prompt.reaction_seconds, 2),
            speaker=heard.speaker,
            said_at=heard.said_at,
            line=heard.line,
        )
        self._results[prompt.incident.key] = result
        self._prompt = None
        self.clock.release()
        return Feedback(result)

    def _require_no_prompt(self) -> None:
        if self._prompt is not None:
            raise CommandRejected(Msg("rehearsal.choose_first"))

    def _leave_phase(self, *, skipped: bool = False) -> None:
        """Record the phase's timing; breaches said in it and not noticed are missed now."""
        for heard in self._unresolved(self.state.index):
            self._miss(heard)
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

    def _entered(self) -> None:
        if self._awaiting_opening:
            return  # time already stands still for the opening words
        self._await_opening()

    def next_phase(self) -> None:
        """Leave the current phase (timing recorded) for the next one, which waits to be opened."""
        self._require_no_prompt()
        if self.state.next_index() is None:
            raise CommandRejected(Msg("rehearsal.last_phase"))
        self._leave_phase()
        self.session.next()
        self._entered()

    def back(self) -> None:
        """Return to the previous phase; its timing is judged again when the chair leaves it."""
        self._require_no_prompt()
        for heard in self._unresolved(self.state.index):
            self._miss(heard)
        self.session.back()
        self._entered()

    def skip(self) -> None:
        """Leave out an optional phase; a skipped phase is not judged on time."""
        self._require_no_prompt()
        if not self.state.phase.optional:
            raise CommandRejected(Msg("session.not_optional"))
        self._leave_phase(skipped=True)
        self.session.skip()
        self._entered()

    def finish(self) -> None:
        """Close the last phase and the session; the debrief can be built after this."""
        self._require_no_prompt()
        if self._finished:
            return
        if self.state.started:
            self._leave_phase()
        if self._awaiting_opening:
            self._awaiting_opening = False
            self.clock.release()
        self.session.finish()
        self._finished = True

    def debrief(self, previous: tuple[HistoryRecord, ...] = ()) -> Debrief:
        """The debrief of this rehearsal, compared with `previous` ones of the same method."""
        return build_debrief(
            self.state,
            self.results,
            self.timings,
            self.false_alarms,
            seed=self.seed,
            speed=self.speed,
            previous=previous,
        )
