"""The rehearsal script: which incidents happen when, decided by the method and the seed alone.

The script is computed before the rehearsal starts and never changes while it runs, so the same
seed always gives the same rehearsal: the same people break the same rules at the same moments,
with the answer options in the same order. Only "time runs out with people still waiting" depends
on what the chair did (it fires only when a round is really incomplete), because warning about a
round that is already complete would teach the wrong thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from intervisie_tui.model import Incident, Method, Response, RoleKind, TurnMode
from intervisie_tui.rehearsal.names import rehearsal_rng
from intervisie_tui.session.plan import Phase
from intervisie_tui.session.roles import people_in_role
from intervisie_tui.session.setup import MeetingSetup

#: At most this many authored incidents in one phase: more would turn a drill into chaos.
MAX_INCIDENTS_PER_PHASE = 2
#: At most this many weaker options next to the good one, so choices fit keys 1-4 with
#: "Laten gaan" as the last.
MAX_WEAKER_OPTIONS = 2
#: An untimed step has no planned length; incidents are placed as if it lasted this long.
UNTIMED_NOMINAL_SECONDS = 240.0
#: The rule every round phase carries in a rehearsal, even when the method does not name it.
TIME_RULE_ID = "tijd-en-beurten"
TIME_RULE_REMINDER = "Tijd en beurten bewaken"
TIME_RULE_EXPLANATION = (
    "De voorzitter zorgt dat iedereen in de ronde aan bod komt "
    "en dat de fase binnen de tijd blijft."
)
LET_PASS_TEXT = "Laten gaan: niets zeggen en doorgaan."
LET_PASS_WHY = "Wie niets zegt, laat de regel stilzwijgend vervallen; de groep merkt dat meteen."


class IncidentKind(StrEnum):
    """Where an incident comes from: written in the method file, or generated for timing."""

    authored = "authored"
    time_up = "time_up"


class Quality(StrEnum):
    """How good an answer option is; the debrief counts choices by quality."""

    good = "good"
    weak = "weak"
    let_pass = "let_pass"


@dataclass(frozen=True)
class Choice:
    """One numbered answer option of an incident prompt."""

    number: int
    text: str
    why: str
    quality: Quality


@dataclass(frozen=True)
class ScheduledIncident:
    """An incident placed in the rehearsal: in which phase, how far in, who does it, the options.

    `offset_seconds` is method time since the phase started; the drill fires the incident when
    the phase has run that long.
    """

    key: str
    kind: IncidentKind
    incident_id: str | None
    phase_index: int
    step_id: str
    case: int | None
    rule_id: str
    rule_reminder: str
    rule_explanation: str
    who_role: str | None
    who_name: str | None
    who_role_name: str | None
    text: str
    offset_seconds: float
    choices: tuple[Choice, ...]

    @property
    def who(self) -> str | None:
        """Who does it as the chair reads it, 'Floor (Collega's)'; None for no one."""
        if self.who_name and self.who_role_name:
            return f"{self.who_name} ({self.who_role_name})"
        return self.who_name or self.who_role_name

    @property
    def good(self) -> Choice:
        """The option a good chair chooses; the debrief shows it for every missed incident."""
        return next(choice for choice in self.choices if choice.quality is Quality.good)

    def choice(self, number: int) -> Choice:
        """The option with this number; ValueError when there is none (a key that is no option)."""
        for choice in self.choices:
            if choice.number == number:
                return choice
        raise ValueError(f"no option {number}; choose 1-{len(self.choices)}")


@dataclass(frozen=True)
class Script:
    """Every incident of a rehearsal in the order it can happen."""

    seed: int
    incidents: tuple[ScheduledIncident, ...]

    def for_phase(self, phase_index: int) -> tuple[ScheduledIncident, ...]:
        """The incidents of one phase, earliest first."""
        return tuple(i for i in self.incidents if i.phase_index == phase_index)


_TIME_UP_TEXT = (
    "De tijd van deze fase is om, maar nog niet iedereen in de ronde is aan de beurt geweest."
)
_TIME_UP_GOOD = Response(
    text="Benoem dat de tijd om is, geef wie nog wacht kort het woord (één zin of één vraag) en "
    "sluit dan de fase af.",
    why="Iedereen komt aan bod zoals de methode belooft, en de uitloop blijft klein en zichtbaar.",
)
_TIME_UP_WEAKER = (
    Response(
        text="Laat de ronde uitlopen tot iedereen uitgebreid aan bod is geweest.",
        why="Iedereen komt aan bod, maar de fase loopt ver uit en die tijd gaat van de latere "
        "fasen af.",
    ),
    Response(
        text="Ga meteen door naar de volgende fase; wie nog wachtte, komt niet meer aan bod.",
        why="De tijd klopt, maar wie wachtte wordt overgeslagen; dat tast de gelijkwaardigheid "
        "in de groep aan.",
    ),
)


def _choices(
    good: Response, weaker: Sequence[Response], rng_key: str, seed: int
) -> tuple[Choice, ...]:
    rng = rehearsal_rng(seed, f"choices:{rng_key}")
    picked = (
        list(weaker)
        if len(weaker) <= MAX_WEAKER_OPTIONS
        else rng.sample(list(weaker), MAX_WEAKER_OPTIONS)
    )
    options: list[tuple[Response, Quality]] = [(good, Quality.good)]
    options += [(response, Quality.weak) for response in picked]
    rng.shuffle(options)
    numbered = [
        Choice(number, response.text, response.why, quality)
        for number, (response, quality) in enumerate(options, start=1)
    ]
    numbered.append(Choice(len(numbered) + 1, LET_PASS_TEXT, LET_PASS_WHY, Quality.let_pass))
    return tuple(numbered)


def _length(planned: float | None) -> float:
    return planned if planned is not None else UNTIMED_NOMINAL_SECONDS


def _role_name(method: Method, role_id: str) -> str | None:
    try:
        return method.role(role_id).name
    except KeyError:
        return None


def _who(
    method: Method, incident: Incident, setup: MeetingSetup, phase: Phase, key: str, seed: int
) -> str | None:
    try:
        role = method.role(incident.who)
    except KeyError:
        return None
    case = None if phase.case is None else setup.ordered_cases(method)[phase.case]
    people = people_in_role(role, setup, case, phase.step)
    if not people:
        return None
    if role.kind in (RoleKind.inbrenger, RoleKind.chair):
        return people[0]
    return rehearsal_rng(seed, f"who:{key}").choice(people)


def _authored(
    method: Method, setup: MeetingSetup, phase: Phase, planned: float | None, seed: int
) -> list[ScheduledIncident]:
    candidates = [incident for incident in method.incidents if incident.step == phase.step.id]
    if len(candidates) > MAX_INCIDENTS_PER_PHASE:
        rng = rehearsal_rng(seed, f"pick:{phase.index}")
        candidates = rng.sample(candidates, MAX_INCIDENTS_PER_PHASE)
    rules = {rule.id: rule for rule in method.rules}
    placed: list[ScheduledIncident] = []
    for incident in candidates:
        key = f"{incident.id}@{phase.index}"
        rule = rules.get(incident.rule)
        placed.append(
            ScheduledIncident(
                key=key,
                kind=IncidentKind.authored,
                incident_id=incident.id,
                phase_index=phase.index,
                step_id=phase.step.id,
                case=phase.case,
                rule_id=incident.rule,
                rule_reminder=rule.reminder if rule else incident.rule,
                rule_explanation=rule.explanation if rule else "",
                who_role=incident.who,
                who_name=_who(method, incident, setup, phase, key, seed),
                who_role_name=_role_name(method, incident.who),
                text=incident.text,
                offset_seconds=round(incident.at * _length(planned), 3),
                choices=_choices(incident.good, incident.weaker, key, seed),
            )
        )
    return placed


def _time_up(phase: Phase, planned: float, seed: int) -> ScheduledIncident:
    key = f"tijd-om@{phase.index}"
    return ScheduledIncident(
        key=key,
        kind=IncidentKind.time_up,
        incident_id=None,
        phase_index=phase.index,
        step_id=phase.step.id,
        case=phase.case,
        rule_id=TIME_RULE_ID,
        rule_reminder=TIME_RULE_REMINDER,
        rule_explanation=TIME_RULE_EXPLANATION,
        who_role=None,
        who_name=None,
        who_role_name=None,
        text=_TIME_UP_TEXT,
        offset_seconds=planned,
        choices=_choices(_TIME_UP_GOOD, _TIME_UP_WEAKER, key, seed),
    )


def build_script(
    method: Method,
    setup: MeetingSetup,
    phases: Sequence[Phase],
    planned: Sequence[timedelta | None],
    seed: int,
) -> Script:
    """The whole rehearsal's incidents for `method`, played over `phases` by `setup`'s people.

    `planned` is the planned length of each phase (the session's plan, so fitted minutes move
    the incidents with them). Every incident of the method is placed in each phase of its step
    (so in every case of a repeated block) at its `at` fraction of the planned length; where a
    step has more incidents than fit in one phase, the seed picks which. Every timed round phase
    also gets a possible "time is up, people still waiting" moment at its planned end.
    """
    placed: list[ScheduledIncident] = []
    for phase in phases:
        length = planned[phase.index]
        seconds = None if length is None else length.total_seconds()
        placed += _authored(method, setup, phase, seconds, seed)
        if phase.step.turns.mode is TurnMode.round and seconds is not None:
            placed.append(_time_up(phase, seconds, seed))
    placed.sort(key=lambda incident: (incident.phase_index, incident.offset_seconds, incident.key))
    return Script(seed, tuple(placed))
