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

from pydantic import Field

# Re-exported: the model's other modules (agenda, ground rules) build on the same types.
from intervisie_tui.model.base import Count as Count
from intervisie_tui.model.base import Frozen as Frozen
from intervisie_tui.model.base import Minutes as Minutes
from intervisie_tui.model.base import ShortText as ShortText
from intervisie_tui.model.base import Slug as Slug
from intervisie_tui.model.base import Text as Text
from intervisie_tui.model.prompts import PhasePrompt


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

    id: Slug = Field(description="Id steps and incidents use to refer to this role.")
    name: ShortText = Field(
        description="Dutch name shown on screen, e.g. 'Casusinbrenger' or 'De vissen'."
    )
    name_en: ShortText = Field(description="English name, shown with --lang en.")
    kind: RoleKind = Field(description="Who from the meeting set-up fills this role.")
    description: Text | None = Field(None, description="What someone in this role does, in Dutch.")
    description_en: Text | None = Field(
        None, description="What someone in this role does, in English."
    )


class Rule(Frozen):
    """A rule the chair guards; the reminder is what the projected screen shows in large type."""

    id: Slug = Field(description="Id steps and incidents use to refer to this rule.")
    reminder: ShortText = Field(
        description="The short reminder the projected screen shows in large type (Dutch)."
    )
    reminder_en: ShortText = Field(description="The reminder in English.")
    explanation: Text = Field(
        description="What the chair says when someone breaks the rule (Dutch)."
    )
    explanation_en: Text | None = Field(
        None, description="What the chair says when someone breaks the rule, in English."
    )


class InbrengerState(StrEnum):
    """What the inbrenger does in a step; the room must see it, because it changes every phase."""

    speaking = "speaking"
    answering = "answering"
    listening = "listening"
    outside = "outside"
    taking_part = "taking_part"
    not_applicable = "not_applicable"


class TurnMode(StrEnum):
    """How speaking rights pass in a step.

    `volunteers` is a round over only those who volunteer in this step (adviesrondes: the
    names written on the flip-over); the chair fills the list in during the step.
    """

    free = "free"
    round = "round"
    single = "single"
    volunteers = "volunteers"


class Turns(Frozen):
    """Turn-taking in a step: free talk, a single speaker, or a round in order.

    In a round the order is the people who fill the step's speaker roles, the chair left out.
    """

    mode: TurnMode = Field(
        TurnMode.free,
        description=(
            "free: open talk; single: one speaker; round: each speaker in turn, no chair;"
            " volunteers: in turn, only those the chair puts on the list during the step."
        ),
    )
    items: Count | None = Field(None, description="Items per turn, e.g. 1 (needs 'item').")
    item: ShortText | None = Field(None, description="What one item is, in Dutch, e.g. 'vraag'.")
    item_en: ShortText | None = Field(
        None, description="What one item is, in English, e.g. 'question'."
    )
    rounds: Count | None = Field(None, description="Planned full rounds.")


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


class Choice(StrEnum):
    """What the group chooses inside a step, so that the set-up does not ask for it in advance.

    Several methods begin with the whole group and only then pick a case (Balint, modelling,
    the Socratic protagonist) or collect the topics they run through (quick advice rounds). A
    set-up that demanded the inbrenger beforehand would both ask the chair something the group
    has not decided yet and take that person out of the group's own first rounds.
    """

    case = "case"
    topics = "topics"


class Step(Frozen):
    """One phase of a method: what happens, who speaks, which rules hold and for how long."""

    id: Slug = Field(description="Id of the step, unique within the method.")
    title: ShortText = Field(description="Phase title on screen (Dutch).")
    title_en: ShortText = Field(description="Phase title in English.")
    minutes: Minutes | None = Field(
        None, description="Planned minutes; leave out for an untimed step (the chair decides)."
    )
    optional: bool = Field(False, description="True when the step may be skipped to save time.")
    description: Text = Field(
        description="What happens in this step, in Dutch; the group reads it on the wall."
    )
    description_en: Text | None = Field(None, description="What happens in this step, in English.")
    speakers: list[Slug] = Field(
        [], description="Role ids shown under 'Aan het woord' (who speaks)."
    )
    listeners: list[Slug] = Field([], description="Role ids shown under 'Luistert' (who listens).")
    inbrenger: InbrengerState = Field(
        InbrengerState.not_applicable, description="What the inbrenger does in this step."
    )
    turns: Turns = Field(
        Turns(), description="How speaking passes in this step (default: free talk)."
    )
    rules: list[Slug] = Field(
        [], description="Rule ids that hold in this step; their reminders are on screen."
    )
    opening: Text | None = Field(
        None, description="The chair's opening words, said literally (Dutch)."
    )
    opening_en: Text | None = Field(None, description="The chair's opening words in English.")
    questions: list[Text] = Field([], description="Suggested questions for this step (Dutch).")
    questions_en: list[Text] = Field(
        [], description="The suggested questions in English, one for each, in the same order."
    )
    watch_for: list[Text] = Field(
        [], description="What the chair watches for in this step (Dutch)."
    )
    watch_for_en: list[Text] = Field(
        [], description="What the chair watches for, in English, one for each, in the same order."
    )
    capture: list[Capture] = Field([], description="What goes on the flip-over in this step.")
    ratings: bool = Field(False, description="True to rate captured items warm / neutraal / koud.")
    chooses: Choice | None = Field(
        None,
        description=(
            "What the group chooses in this step. case: whose case is discussed (the chair names"
            " the inbrenger on the run screen; the set-up does not ask for one). topics: the"
            " topics the repeated block runs through, each with its inbrenger (and score)."
        ),
    )
    ground_rules: bool = Field(
        False, description="True to show the group's ground rules (spelregels) in this step."
    )
    look_back: bool = Field(
        False,
        description="True to show, in a meeting for a group, each person's first step from the"
        " group's last meeting in this step, to ask how it went.",
    )
    capture_label: ShortText | None = Field(
        None,
        description="What one item of the first kind this step captures is called in notes and "
        "the report (Dutch), e.g. 'Dominant idee'; default: the kind's own name.",
    )
    capture_label_en: ShortText | None = Field(
        None, description="That name in English, e.g. 'Dominant idea'."
    )


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

    first: Slug = Field(description="Id of the first step of the repeated block.")
    last: Slug = Field(description="Id of the last step of the block (not before 'first').")
    per: RepeatUnit = Field(description="What one pass of the block is for: a case or a topic.")
    order: RepeatOrder = Field(
        RepeatOrder.given, description="Order of the passes: as entered, or most important first."
    )
    default_count: Count = Field(1, description="Number of passes the app proposes.")


class TotalScope(StrEnum):
    """What a declared total covers: the whole method, or one pass of the repeated block."""

    method = "method"
    repeat = "repeat"


class DeclaredTotal(Frozen):
    """The total the source states; kept apart from the computed sum so both can be shown."""

    minutes: Annotated[float, Field(gt=0, le=600)] = Field(
        description="The total the source states, in minutes."
    )
    scope: TotalScope = Field(
        TotalScope.method,
        description="method: the whole method; repeat: one pass of the repeated block.",
    )
    note: Text | None = Field(
        None,
        description=(
            "Why the source's total differs from its own steps (Dutch); with a note, `check` "
            "accepts the difference instead of warning about it."
        ),
    )
    note_en: Text | None = Field(
        None, description="Why the source's total differs from its own steps, in English."
    )


class Response(Frozen):
    """One way a chair might answer an incident, with why it works or falls short."""

    text: Text = Field(description="What the chair says or does (Dutch).")
    text_en: Text | None = Field(None, description="What the chair says or does, in English.")
    why: Text = Field(description="Why it works, or why it falls short (Dutch).")
    why_en: Text | None = Field(
        None, description="Why it works, or why it falls short, in English."
    )


class Incident(Frozen):
    """A realistic moment in a step where someone breaks a rule, for rehearsal drills."""

    id: Slug = Field(description="Id of the incident, unique within the method.")
    step: Slug = Field(description="Id of the step it happens in.")
    rule: Slug = Field(description="Id of the rule that is broken.")
    who: Slug = Field(description="Role id of the person who breaks the rule.")
    text: Text = Field(description="What happens, as the rehearsing chair sees it (Dutch).")
    text_en: Text | None = Field(None, description="What happens, in English.")
    at: Annotated[float, Field(ge=0, le=1)] = Field(
        0.5, description="When in the step it happens, as a fraction from 0 (start) to 1 (end)."
    )
    good: Response = Field(description="The chair's best response.")
    weaker: Annotated[list[Response], Field(min_length=1, max_length=4)] = Field(
        description="Plausible but weaker responses (1 to 4)."
    )


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

    questions: list[QuestionKind] = Field(
        [], description="The kinds of case question this method suits best."
    )
    group_min: GroupSize | None = Field(
        None, description="The smallest group the method works with, chair included."
    )
    group_max: GroupSize | None = Field(
        None, description="The largest group the method works with, chair included."
    )
    prepare: Text | None = Field(
        None, description="What to have ready in the room: flip-over, post-its, chairs (Dutch)."
    )
    prepare_en: Text | None = Field(None, description="What to have ready in the room, in English.")
    when: Text | None = Field(
        None, description="One sentence on when to choose this method (Dutch)."
    )
    when_en: Text | None = Field(
        None, description="One sentence on when to choose this method, in English."
    )


class Part(StrEnum):
    """What an item of a meeting's agenda is: a case worked with a method, or the frame around it.

    Opening, case inventory, break and closing are written as method files too (steps, minutes,
    speaking rights, rules, chair's words), so a meeting is one sequence of phases however it
    is made up; `part` tells the agenda and the library which is which.
    """

    opening = "opening"
    inventory = "inventory"
    case = "case"
    break_ = "break"
    closing = "closing"


class Method(Frozen):
    """An intervision method as one YAML file describes it, or a part of a meeting around it."""

    id: Slug = Field(description="Id of the method, unique in the library; also the file name.")
    part: Part = Field(
        Part.case,
        description="What this file is on an agenda: case (a method for a case, the default), "
        "opening, inventory, break or closing.",
    )
    title: ShortText = Field(description="Title shown in the library and on every screen (Dutch).")
    title_en: ShortText = Field(description="Title in English.")
    purpose: Text = Field(description="What the method is for (Dutch).")
    purpose_en: Text | None = Field(None, description="What the method is for, in English.")
    source: Text = Field(description="Where the method comes from.")
    roles: Annotated[list[Role], Field(min_length=1)] = Field(
        description="The roles the method uses."
    )
    rules: list[Rule] = Field([], description="The rules steps refer to.")
    steps: Annotated[list[Step], Field(min_length=1)] = Field(
        description="The steps, in the order they are run."
    )
    total: DeclaredTotal | None = Field(
        None, description="The total time the source states, kept apart from the sum of the steps."
    )
    repeat: Repeat | None = Field(None, description="A block of steps run once per case or topic.")
    incidents: list[Incident] = Field([], description="Realistic moments for rehearsal drills.")
    fit: Fit | None = Field(
        None, description="When to choose this method: question kinds, group size, what to prepare."
    )
    phase_prompts: list[PhasePrompt] = Field(
        [],
        description=(
            "Moments marked in every timed phase, at its start or its end (Balint: a short"
            " silence as each phase ends)."
        ),
    )

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
    def has_inbrenger(self) -> bool:
        """Whether anyone in this method is the inbrenger (a fishbowl's theme belongs to no one)."""
        return any(role.kind is RoleKind.inbrenger for role in self.roles)

    def choosing_step(self, choice: Choice) -> Step | None:
        """The step in which the group makes `choice`, or None when the set-up settles it."""
        return next((step for step in self.steps if step.chooses is choice), None)

    @property
    def inbrenger_at_setup(self) -> bool:
        """Whether the set-up must name the inbrenger(s): only when the method has one and
        no step of its own chooses the case or collects the topics."""
        return self.has_inbrenger and not any(step.chooses is not None for step in self.steps)

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
