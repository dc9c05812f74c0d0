"""The model of one method file: frozen pydantic models, one declaration for checks and schema.

Each class below is what a method author writes in YAML; its constraints (lengths, bounds, id
patterns, unknown keys refused) are declared once here, and pydantic turns them into the
validation when a file is read, the author-facing messages (through `library/messages.py`) and
the JSON Schema editors use (`intervisie-tui schema`). Cross references between parts of a method
(a step that names an unknown role) are checked in `references.py`, so that every problem carries
a location path the library layer can turn into file:line:col.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


class Frozen(BaseModel):
    """The base of every model class: immutable, unknown keys refused, text trimmed.

    Frozen because a method that validated once must not change under a running meeting;
    `extra="forbid"` so a typo such as `minuten:` is an error with its line, never silently
    ignored; attribute docstrings become the descriptions editors show from the schema.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        use_attribute_docstrings=True,
    )


#: Identifiers are lower-case slugs so they are safe in file names, journals and the CLI. An id
#: is matched as written: " demo" is refused, not quietly trimmed (the editor's schema would
#: refuse it too).
Slug = Annotated[
    str,
    StringConstraints(
        strip_whitespace=False, min_length=1, max_length=60, pattern=r"^[a-z0-9][a-z0-9-]*$"
    ),
]
#: Text a person reads; an empty string is always an authoring mistake.
Text = Annotated[str, Field(min_length=1, max_length=2000)]
#: Short text that must fit on one projected line.
ShortText = Annotated[str, Field(min_length=1, max_length=80)]
#: A step longer than three hours is a typo (minutes typed as seconds), not a method.
Minutes = Annotated[float, Field(gt=0, le=180)]
#: A count an author types (items per turn, rounds, passes): twenty is already a long meeting.
Count = Annotated[int, Field(ge=1, le=20)]


class RoleKind(StrEnum):
    """Which people from the meeting set-up fill a role.

    A method names its roles in its own words ("casusinbrenger", "de vissen"); the kind tells the
    session whom to put there.
    """

    chair = "chair"
    inbrenger = "inbrenger"
    members = "members"
    inner_group = "inner_group"
    outer_group = "outer_group"
    everyone = "everyone"
    timekeeper = "timekeeper"
    notetaker = "notetaker"


class Role(Frozen):
    """A part someone plays in the method, shown on screen as "Aan het woord" or "Luistert"."""

    id: Slug
    name: ShortText
    name_en: ShortText
    kind: RoleKind
    description: Text | None = None
    description_en: Text | None = None


class Rule(Frozen):
    """A rule the chair guards; the reminder is what the projected screen shows in large type."""

    id: Slug
    reminder: ShortText
    reminder_en: ShortText
    explanation: Text
    """What the chair says when someone breaks the rule."""
    explanation_en: Text | None = None


class InbrengerState(StrEnum):
    """What the inbrenger does in a step; the room must see it, because it changes every phase."""

    speaking = "speaking"
    answering = "answering"
    listening = "listening"
    outside = "outside"
    taking_part = "taking_part"
    not_applicable = "not_applicable"


class TurnMode(StrEnum):
    """How speaking rights pass in a step."""

    free = "free"
    round = "round"
    single = "single"


class Turns(Frozen):
    """Turn-taking in a step: free talk, a single speaker, or a round in order.

    In a round the order is the people who fill the step's speaker roles, the chair left out.
    """

    mode: TurnMode = TurnMode.free
    items: Count | None = None
    """Items per turn, e.g. 1."""
    item: ShortText | None = None
    """What one item is, e.g. 'vraag'."""
    item_en: ShortText | None = None
    rounds: Count | None = None
    """Planned full rounds."""


class Capture(StrEnum):
    """What the chair or notetaker writes on the flip-over in a step."""

    notes = "notes"
    questions = "questions"
    problem_definitions = "problem_definitions"
    ideas = "ideas"
    observations = "observations"
    compliments = "compliments"
    suggestions = "suggestions"
    advice = "advice"
    topics = "topics"
    scale = "scale"
    first_step = "first_step"


class Step(Frozen):
    """One phase of a method: what happens, who speaks, which rules hold and for how long."""

    id: Slug
    title: ShortText
    title_en: ShortText
    minutes: Minutes | None = None
    """None: untimed, the chair decides."""
    optional: bool = False
    description: Text
    description_en: Text | None = None
    speakers: list[Slug] = []
    listeners: list[Slug] = []
    inbrenger: InbrengerState = InbrengerState.not_applicable
    turns: Turns = Turns()
    rules: list[Slug] = []
    opening: Text | None = None
    """The chair's opening words."""
    opening_en: Text | None = None
    questions: list[Text] = []
    """Suggested questions."""
    questions_en: list[Text] = []
    """The suggested questions in English, in the same order."""
    watch_for: list[Text] = []
    """What the chair watches for."""
    watch_for_en: list[Text] = []
    """What the chair watches for, in English, in the same order."""
    capture: list[Capture] = []
    ratings: bool = False
    """Rate captured items warm/neutraal/koud."""


class RepeatUnit(StrEnum):
    """What a repeated block of steps is run once for."""

    case = "case"
    topic = "topic"


class RepeatOrder(StrEnum):
    """In which order the repetitions come."""

    given = "given"
    importance = "importance"


class Repeat(Frozen):
    """A contiguous block of steps run once per case or topic (KOT: per case; method 3: per topic).

    Modelled as a range of step ids instead of copied steps, so the minutes live in one place.
    """

    first: Slug
    last: Slug
    per: RepeatUnit
    order: RepeatOrder = RepeatOrder.given
    default_count: Count = 1


class TotalScope(StrEnum):
    """What a declared total covers: the whole method, or one pass of the repeated block."""

    method = "method"
    repeat = "repeat"


class DeclaredTotal(Frozen):
    """The total the source states; kept apart from the computed sum so both can be shown."""

    minutes: Annotated[float, Field(gt=0, le=600)]
    scope: TotalScope = TotalScope.method


class Response(Frozen):
    """One way a chair might answer an incident, with why it works or falls short."""

    text: Text
    text_en: Text | None = None
    why: Text
    why_en: Text | None = None


class Incident(Frozen):
    """A realistic moment in a step where someone breaks a rule, for rehearsal drills."""

    id: Slug
    step: Slug
    rule: Slug
    who: Slug
    """Role id of the person who breaks the rule."""
    text: Text
    """What happens, as the rehearsing chair sees it."""
    text_en: Text | None = None
    at: Annotated[float, Field(ge=0, le=1)] = 0.5
    """When in the step, as a fraction."""
    good: Response
    weaker: Annotated[list[Response], Field(min_length=1, max_length=4)]


class QuestionKind(StrEnum):
    """The kind of question a case brings, as the seeds tell methods apart.

    The agenda suggests methods for a case by this kind, so the names are the seeds' distinctions:
    a dilemma to explore, a request for advice, reflection on one's own part or way of working,
    the beliefs behind an approach, feelings a case stirs up, a problem not yet clear enough to
    state, and a colleague who is stuck and wants to find a solution of their own.
    """

    dilemma = "dilemma"
    advice = "advice"
    own_part = "own_part"
    beliefs = "beliefs"
    feelings = "feelings"
    unclear_problem = "unclear_problem"
    solution = "solution"


#: A group smaller than two is not intervision; larger than forty is a conference.
GroupSize = Annotated[int, Field(ge=2, le=40)]


class Fit(Frozen):
    """When to choose this method: the cases it suits, the group size and what to prepare.

    Data rather than prose in the purpose, so the agenda can suggest methods for a case and the
    library can show the fit next to each method.
    """

    questions: list[QuestionKind] = []
    """The kinds of question this method suits best."""
    group_min: GroupSize | None = None
    """The smallest group (people, chair included) the method works with."""
    group_max: GroupSize | None = None
    """The largest group (people, chair included) the method works with."""
    prepare: Text | None = None
    """What to have ready in the room: flip-over, post-its, chairs in a circle."""
    prepare_en: Text | None = None
    when: Text | None = None
    """One sentence on when to choose this method."""
    when_en: Text | None = None


class Method(Frozen):
    """An intervision method as one YAML file describes it."""

    id: Slug
    title: ShortText
    title_en: ShortText
    purpose: Text
    purpose_en: Text | None = None
    source: Text
    roles: Annotated[list[Role], Field(min_length=1)]
    rules: list[Rule] = []
    steps: Annotated[list[Step], Field(min_length=1)]
    total: DeclaredTotal | None = None
    repeat: Repeat | None = None
    incidents: list[Incident] = []
    fit: Fit | None = None
    """When to choose this method (optional)."""

    def step(self, step_id: str) -> Step:
        """The step with this id; KeyError names the id when it does not exist."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def role(self, role_id: str) -> Role:
        """The role with this id."""
        for role in self.roles:
            if role.id == role_id:
                return role
        raise KeyError(role_id)

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    @property
    def computed_minutes(self) -> float:
        """Sum of all timed steps, each listed once (a repeated block counted once)."""
        return sum(step.minutes or 0 for step in self.steps)

    @property
    def repeated_steps(self) -> list[Step]:
        """The steps inside the repeat block, in order; empty when the method does not repeat."""
        if self.repeat is None:
            return []
        ids = [step.id for step in self.steps]
        try:
            start, end = ids.index(self.repeat.first), ids.index(self.repeat.last)
        except ValueError:
            return []
        return self.steps[start : end + 1]
