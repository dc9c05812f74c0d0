"""What the simulated room says: fine lines per kind of phase, and the breach line of each incident.

A chair learns to chair by noticing, so the rehearsal lets the room speak: most of what people
say is fine, a few lines break a rule of the phase. The words are data (lines.yaml beside this
module, Dutch with English twins), not code, so they can be read and improved like a method
file. A phase gets its fine lines from the kind of phase it is (the inbrenger tells, the group
asks, the group advises, ...), guessed from the step's roles and named explicitly in the data
where the guess would be wrong. A user's own method with no lines in the data still rehearses:
its phases get the lines of their kind, and its incidents are told as a scene (the incident's
own text).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib.resources import files

import yaml
from pydantic import BaseModel, ConfigDict, Field

from intervisie_tui.library.yaml_tree import LOADER
from intervisie_tui.model import InbrengerState, Incident, Method, RoleKind, Step, TurnMode

DATA_FILE = "lines.yaml"


class Voice(StrEnum):
    """Who says a line, as a part in the phase; the drill puts a name to it when it is said."""

    inbrenger = "inbrenger"
    member = "member"
    chair = "chair"
    scene = "scene"


class Kind(StrEnum):
    """The kinds of phase whose fine lines differ: what the room is doing in it."""

    gather = "gather"
    tell = "tell"
    questions = "questions"
    questions_unanswered = "questions_unanswered"
    reflect = "reflect"
    compliments = "compliments"
    advice = "advice"
    respond = "respond"
    rate = "rate"
    play = "play"
    silence = "silence"
    evaluate = "evaluate"
    fishbowl_inner = "fishbowl_inner"
    fishbowl_outer = "fishbowl_outer"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Said(_Frozen):
    """One thing said, in Dutch and English; `{name}` stands for the speaker in a scene line."""

    nl: str
    en: str
    who: Voice = Voice.member
    #: A breach by someone who does not have the turn (speaking out of turn).
    out_of_turn: bool = False


class LineBook(_Frozen):
    """The whole data file: fine lines per kind, kinds of bundled steps, incidents' lines."""

    kinds: dict[Kind, list[Said]]
    steps: dict[str, Kind] = Field(default_factory=dict)
    #: Fine lines of one bundled step with its own character (Vissenkom's inner group,
    #: Balint's silences, Socratisch's questions), by "method-id/step-id".
    phases: dict[str, list[Said]] = Field(default_factory=dict)
    incidents: dict[str, list[Said]] = Field(default_factory=dict)


@cache
def line_book() -> LineBook:
    """The bundled lines; a broken data file is a bug of ours, caught by the tests.

    Read as a rehearsal starts, before its first screen is drawn: so with libyaml's loader
    where PyYAML has it, as the method files are, not the far slower pure-Python one.
    """
    text = files("intervisie_tui.rehearsal").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return LineBook.model_validate(yaml.load(text, Loader=LOADER))


_ADVICE_WORDS = ("advi", "sugges", "tip")
_EVALUATION_WORDS = ("evaluatie", "terugblik", "afronding")


def _role_kinds(method: Method, role_ids: list[str]) -> set[RoleKind]:
    kinds = set()
    for role_id in role_ids:
        try:
            kinds.add(method.role(role_id).kind)
        except KeyError:
            continue
    return kinds


def _group_spoke_before(method: Method, step: Step) -> bool:
    """Whether the group already worked on the case before `step` (so the inbrenger responds)."""
    for earlier in method.steps:
        if earlier.id == step.id:
            return False
        if earlier.inbrenger in (InbrengerState.answering, InbrengerState.listening):
            return True
    return False


def guess_kind(method: Method, step: Step) -> Kind:
    """The kind of phase `step` is, from its speakers and the inbrenger's part in it."""
    speakers = _role_kinds(method, step.speakers)
    name = f"{step.id} {step.title}".lower()
    group = speakers & {RoleKind.members, RoleKind.everyone}
    if RoleKind.inner_group in speakers or RoleKind.outer_group in speakers:
        return Kind.fishbowl_outer if RoleKind.outer_group in speakers else Kind.fishbowl_inner
    if not speakers - {RoleKind.chair}:
        return Kind.silence
    if any(word in name for word in _EVALUATION_WORDS):
        return Kind.evaluate
    if step.ratings and speakers <= {RoleKind.inbrenger, RoleKind.chair}:
        return Kind.rate
    if speakers <= {RoleKind.inbrenger, RoleKind.chair}:
        return Kind.respond if _group_spoke_before(method, step) else Kind.tell
    if step.inbrenger is InbrengerState.not_applicable:
        return Kind.gather
    if step.inbrenger is InbrengerState.taking_part:
        return Kind.play
    if "compliment" in name:
        return Kind.compliments
    if group and any(word in name for word in _ADVICE_WORDS):
        return Kind.advice
    if step.inbrenger is InbrengerState.answering:
        return Kind.questions
    if "vragen" in name and step.turns.mode is TurnMode.round:
        return Kind.questions_unanswered
    return Kind.reflect


def phase_kind(method: Method, step: Step) -> Kind:
    """The kind of phase: named in the data for a bundled step, else guessed."""
    return line_book().steps.get(f"{method.id}/{step.id}") or guess_kind(method, step)


#: A phase with at least this many lines of its own hears only those; with fewer, its kind's too.
OWN_LINES_ENOUGH = 5


def fine_lines(method: Method, step: Step) -> tuple[Said, ...]:
    """The fine lines a phase of `step` can hear: its own where the data has them, else its
    kind's (a kind's lines fit every phase of that kind, and so fit none of them closely)."""
    book = line_book()
    own = tuple(book.phases.get(f"{method.id}/{step.id}", ()))
    if len(own) >= OWN_LINES_ENOUGH:
        return own
    return (*own, *book.kinds.get(phase_kind(method, step), ()))


def breach_lines(method: Method, incident: Incident) -> tuple[Said, ...]:
    """The ways the breach of `incident` can be said; the incident's own text as a scene if none.

    The voice follows the incident's role: the chair's own temptation is a thought of the chair,
    the inbrenger's breach is the inbrenger's, anyone else's is a member's.
    """
    written = line_book().incidents.get(f"{method.id}/{incident.id}")
    if written:
        return tuple(written)
    return (Said(nl=incident.text, en=incident.text_en or incident.text, who=Voice.scene),)


def incident_voice(method: Method, incident: Incident) -> Voice:
    """Whose breach an incident is, as a voice: chair, inbrenger or member."""
    try:
        kind = method.role(incident.who).kind
    except KeyError:
        return Voice.member
    if kind is RoleKind.chair:
        return Voice.chair
    if kind is RoleKind.inbrenger:
        return Voice.inbrenger
    return Voice.member
