"""Pydantic models of one method file.

The models are frozen and forbid unknown keys: a typo in a method file must surface as an error
with its line, never be silently ignored. Cross references between parts of a method (a step that
names an unknown role) are checked in `references.py`, so that every problem carries a location
path the library layer can turn into file:line:col.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

#: Identifiers are lower-case slugs so they are safe in file names, journals and the CLI.
Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", min_length=1, max_length=60),
]
#: Text a person reads; an empty string is always an authoring mistake.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
#: Short text that must fit on one projected line.
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
#: A step longer than three hours is a typo (minutes typed as seconds), not a method.
Minutes = Annotated[float, Field(gt=0, le=180)]


class _Frozen(BaseModel):
    """Base for every model: immutable, and unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


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


class Role(_Frozen):
    """A part someone plays in the method, shown on screen as "Aan het woord" or "Luistert"."""

    id: Slug
    name: ShortText
    name_en: ShortText
    kind: RoleKind
    description: Text | None = None


class Rule(_Frozen):
    """A rule the chair guards; the reminder is what the projected screen shows in large type."""

    id: Slug
    reminder: ShortText
    reminder_en: ShortText
    explanation: Text = Field(description="What the chair says when someone breaks the rule.")


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


class Turns(_Frozen):
    """Turn-taking in a step: free talk, a single speaker, or a round in order.

    In a round the order is the people who fill the step's speaker roles, the chair left out.
    """

    mode: TurnMode = TurnMode.free
    items: int | None = Field(default=None, ge=1, le=20, description="Items per turn, e.g. 1.")
    item: ShortText | None = Field(default=None, description="What one item is, e.g. 'vraag'.")
    item_en: ShortText | None = None
    rounds: int | None = Field(default=None, ge=1, le=20, description="Planned full rounds.")


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


class Step(_Frozen):
    """One phase of a method: what happens, who speaks, which rules hold and for how long."""

    id: Slug
    title: ShortText
    title_en: ShortText
    minutes: Minutes | None = Field(default=None, description="None: untimed, the chair decides.")
    optional: bool = False
    description: Text
    speakers: list[Slug] = Field(default_factory=list)
    listeners: list[Slug] = Field(default_factory=list)
    inbrenger: InbrengerState = InbrengerState.not_applicable
    turns: Turns = Field(default_factory=Turns)
    rules: list[Slug] = Field(default_factory=list)
    opening: Text | None = Field(default=None, description="The chair's opening words.")
    questions: list[Text] = Field(default_factory=list, description="Suggested questions.")
    watch_for: list[Text] = Field(default_factory=list, description="What the chair watches for.")
    capture: list[Capture] = Field(default_factory=list)
    ratings: bool = Field(default=False, description="Rate captured items warm/neutraal/koud.")


class RepeatUnit(StrEnum):
    """What a repeated block of steps is run once for."""

    case = "case"
    topic = "topic"


class RepeatOrder(StrEnum):
    """In which order the repetitions come."""

    given = "given"
    importance = "importance"


class Repeat(_Frozen):
    """A contiguous block of steps run once per case or topic (KOT: per case; method 3: per topic).

    Modelled as a range of step ids instead of copied steps, so the minutes live in one place.
    """

    first: Slug
    last: Slug
    per: RepeatUnit
    order: RepeatOrder = RepeatOrder.given
    default_count: int = Field(default=1, ge=1, le=20)


class TotalScope(StrEnum):
    """What a declared total covers: the whole method, or one pass of the repeated block."""

    method = "method"
    repeat = "repeat"


class DeclaredTotal(_Frozen):
    """The total the source states; kept apart from the computed sum so both can be shown."""

    minutes: Annotated[float, Field(gt=0, le=600)]
    scope: TotalScope = TotalScope.method


class Response(_Frozen):
    """One way a chair might answer an incident, with why it works or falls short."""

    text: Text
    why: Text


class Incident(_Frozen):
    """A realistic moment in a step where someone breaks a rule, for rehearsal drills."""

    id: Slug
    step: Slug
    rule: Slug
    who: Slug = Field(description="Role id of the person who breaks the rule.")
    text: Text = Field(description="What happens, as the rehearsing chair sees it.")
    text_en: Text | None = None
    at: float = Field(default=0.5, ge=0, le=1, description="When in the step, as a fraction.")
    good: Response
    weaker: list[Response] = Field(min_length=1, max_length=4)


class Method(_Frozen):
    """An intervision method as one YAML file describes it."""

    id: Slug
    title: ShortText
    title_en: ShortText
    purpose: Text
    purpose_en: Text | None = None
    source: Text
    roles: list[Role] = Field(min_length=1)
    rules: list[Rule] = Field(default_factory=list)
    steps: list[Step] = Field(min_length=1)
    total: DeclaredTotal | None = None
    repeat: Repeat | None = None
    incidents: list[Incident] = Field(default_factory=list)

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
