"""The rehearsal script: what the room says when, decided by the method, the seed and the speed.

The script is computed before the rehearsal starts and never changes while it runs, so the same
seed always gives the same rehearsal: the same lines at the same moments, the same breaches, the
answer options in the same order. Only who says a line is settled when it is said, because in a
round the member who speaks is the one whose turn it is, and that depends on the chair's keys.

A phase hears a line every few real seconds (`LINE_GAP_REAL_SECONDS` at the rehearsal's speed);
most are fine lines of the phase's kind, one or two are the breach of an incident the method
writes for that step. Repeated cases rotate through a step's incidents, so the second case does
not replay the first one's breaches.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from intervisie_tui.messages import Lang, pick
from intervisie_tui.model import Incident, Method, Response
from intervisie_tui.rehearsal.lines import Said, Voice, breach_lines, fine_lines, incident_voice
from intervisie_tui.rehearsal.names import rehearsal_rng
from intervisie_tui.session.plan import Phase

#: Method seconds per real second by default: a 2-minute phase takes 20 real seconds, time
#: enough to hear each line and weigh it.
DEFAULT_SPEED = 6.0
#: At most this many breaches in one phase: more would turn a drill into chaos.
MAX_BREACHES_PER_PHASE = 2
#: At most this many weaker options next to the good one, so the choices fit keys 1-4.
MAX_WEAKER_OPTIONS = 3
#: An untimed step has no planned length; lines are placed as if it lasted this long.
UNTIMED_NOMINAL_SECONDS = 240.0
#: Real seconds between two lines at any speed: time to hear one and weigh it.
LINE_GAP_REAL_SECONDS = 6.0
#: No phase is silent, however short; none becomes a flood, however long.
MIN_LINES, MAX_LINES = 3, 30


@dataclass(frozen=True)
class Twin:
    """A text in Dutch with its English twin (None: Dutch shows, as a method without English)."""

    nl: str
    en: str | None = None

    def say(self, lang: Lang | str) -> str:
        """The text in `lang`."""
        return pick(self.nl, self.en, lang)


class Quality(StrEnum):
    """How good an answer option is; the debrief counts choices by quality."""

    good = "good"
    weak = "weak"


@dataclass(frozen=True)
class Choice:
    """One numbered answer option of an intervention."""

    number: int
    text: Twin
    why: Twin
    quality: Quality


@dataclass(frozen=True)
class ScheduledIncident:
    """A breach placed in the rehearsal: the rule it breaks and how the chair may answer."""

    key: str
    incident_id: str
    phase_index: int
    step_id: str
    case: int | None
    rule_id: str
    rule_reminder: Twin
    rule_explanation: Twin
    who_role: str
    text: Twin
    choices: tuple[Choice, ...]

    @property
    def good(self) -> Choice:
        """The option a good chair chooses; the debrief shows it for every breach not met well."""
        return next(choice for choice in self.choices if choice.quality is Quality.good)

    def choice(self, number: int) -> Choice:
        """The option with this number; ValueError when there is none (a key that is no option)."""
        for choice in self.choices:
            if choice.number == number:
                return choice
        raise ValueError(f"no option {number}; choose 1-{len(self.choices)}")


@dataclass(frozen=True)
class Line:
    """One thing said in the room at `offset_seconds` of method time into its phase.

    `breach` is the incident it breaks, or None for a fine line; `role_id` narrows who may say
    it (the incident's role), `out_of_turn` asks for someone whose turn it is not.
    """

    key: str
    phase_index: int
    offset_seconds: float
    voice: Voice
    text: Twin
    breach: ScheduledIncident | None = None
    role_id: str | None = None
    out_of_turn: bool = False


@dataclass(frozen=True)
class Script:
    """Every line of a rehearsal in the order it is said."""

    seed: int
    lines: tuple[Line, ...]

    def for_phase(self, phase_index: int) -> tuple[Line, ...]:
        """The lines of one phase, earliest first."""
        return tuple(line for line in self.lines if line.phase_index == phase_index)

    @property
    def incidents(self) -> tuple[ScheduledIncident, ...]:
        """Every breach in the script, in order."""
        return tuple(line.breach for line in self.lines if line.breach is not None)


def _twin(text: str, english: str | None) -> Twin:
    return Twin(text, english)


def _choices(incident: Incident, key: str, seed: int) -> tuple[Choice, ...]:
    """The good option and up to three weaker ones, in an order of their own per breach."""
    rng = rehearsal_rng(seed, f"choices:{key}")
    weaker = list(incident.weaker)
    if len(weaker) > MAX_WEAKER_OPTIONS:
        weaker = rng.sample(weaker, MAX_WEAKER_OPTIONS)
    options: list[tuple[Response, Quality]] = [(incident.good, Quality.good)]
    options += [(response, Quality.weak) for response in weaker]
    rng.shuffle(options)
    return tuple(
        Choice(
            number,
            _twin(response.text, response.text_en),
            _twin(response.why, response.why_en),
            quality,
        )
        for number, (response, quality) in enumerate(options, start=1)
    )


def _incident(
    method: Method, incident: Incident, phase: Phase, key: str, seed: int
) -> ScheduledIncident:
    rule = next((r for r in method.rules if r.id == incident.rule), None)
    return ScheduledIncident(
        key=key,
        incident_id=incident.id,
        phase_index=phase.index,
        step_id=phase.step.id,
        case=phase.case,
        rule_id=incident.rule,
        rule_reminder=_twin(rule.reminder, rule.reminder_en) if rule else Twin(incident.rule),
        rule_explanation=_twin(rule.explanation, rule.explanation_en) if rule else Twin(""),
        who_role=incident.who,
        text=_twin(incident.text, incident.text_en),
        choices=_choices(incident, key, seed),
    )


def _chosen_incidents(method: Method, phase: Phase, seed: int, lines: int) -> list[Incident]:
    """The step's incidents this phase plays: a seeded order, rotated by case.

    One or two per phase (the seed decides; never more than a third of its `lines`, so most
    of what the room says stays fine), and the next case of the same step starts where the
    previous one stopped, so a step's breaches are not the same in every case.
    """
    candidates = [incident for incident in method.incidents if incident.step == phase.step.id]
    if not candidates:
        return []
    rng = rehearsal_rng(seed, f"incidents:{phase.step.id}")
    rng.shuffle(candidates)
    count_rng = rehearsal_rng(seed, f"breaches:{phase.index}")
    most = max(1, min(MAX_BREACHES_PER_PHASE, lines // 3))
    count = min(len(candidates), count_rng.randint(1, most))
    start = (phase.case or 0) * count
    return [candidates[(start + n) % len(candidates)] for n in range(count)]


def _fine_sequence(pool: Sequence[Said], count: int, rng: random.Random) -> list[Said]:
    """`count` fine lines, alternating voices where the pool has more than one (ask, answer)."""
    if not pool:
        return []
    by_voice: dict[Voice, list[Said]] = {}
    for said in pool:
        by_voice.setdefault(said.who, []).append(said)
    for lines in by_voice.values():
        rng.shuffle(lines)
    voices = list(by_voice)
    rng.shuffle(voices)
    if Voice.member in voices:  # a member opens: the inbrenger answers what was asked
        voices.remove(Voice.member)
        voices.insert(0, Voice.member)
    sequence: list[Said] = []
    used = dict.fromkeys(voices, 0)
    for n in range(count):
        voice = voices[n % len(voices)]
        lines = by_voice[voice]
        sequence.append(lines[used[voice] % len(lines)])
        used[voice] += 1
    return sequence


def _phase_lines(
    method: Method, phase: Phase, length: float, speed: float, seed: int
) -> list[Line]:
    gap = LINE_GAP_REAL_SECONDS * speed
    count = max(MIN_LINES, min(MAX_LINES, int(length // gap)))
    step = length / count
    rng = rehearsal_rng(seed, f"lines:{phase.index}")
    offsets = [round(step * (n + 0.3 + 0.4 * rng.random()), 3) for n in range(count)]
    slots: list[Line | None] = [None] * count
    for incident in _chosen_incidents(method, phase, seed, count):
        wanted = min(count - 1, max(1, round(incident.at * count)))
        free = [n for n in range(1, count) if slots[n] is None] or [
            n for n in range(count) if slots[n] is None
        ]
        if not free:
            break
        slot = min(free, key=lambda n: (abs(n - wanted), n))
        key = f"{incident.id}@{phase.index}"
        variants = breach_lines(method, incident)
        said = variants[((phase.case or 0) + seed) % len(variants)]
        voice = Voice.scene if said.who is Voice.scene else incident_voice(method, incident)
        slots[slot] = Line(
            key=f"p{phase.index}:l{slot}",
            phase_index=phase.index,
            offset_seconds=offsets[slot],
            voice=voice,
            text=Twin(said.nl, said.en),
            breach=_incident(method, incident, phase, key, seed),
            role_id=incident.who,
            out_of_turn=said.out_of_turn,
        )
    fine = iter(_fine_sequence(list(fine_lines(method, phase.step)), count, rng))
    lines: list[Line] = []
    for n, placed in enumerate(slots):
        if placed is not None:
            lines.append(placed)
            continue
        fine_said = next(fine, None)
        if fine_said is None:
            continue
        lines.append(
            Line(
                key=f"p{phase.index}:l{n}",
                phase_index=phase.index,
                offset_seconds=offsets[n],
                voice=fine_said.who,
                text=Twin(fine_said.nl, fine_said.en),
            )
        )
    return lines


def build_script(
    method: Method,
    phases: Sequence[Phase],
    planned: Sequence[timedelta | None],
    seed: int,
    speed: float,
) -> Script:
    """The whole rehearsal's lines for `method` over `phases`.

    `planned` is the planned length of each phase (the session's plan, so fitted minutes move
    the lines with them); `speed` sets how many method seconds lie between two lines.
    """
    lines: list[Line] = []
    for phase in phases:
        length = planned[phase.index]
        seconds = UNTIMED_NOMINAL_SECONDS if length is None else length.total_seconds()
        lines += _phase_lines(method, phase, seconds, speed, seed)
    return Script(seed, tuple(lines))
