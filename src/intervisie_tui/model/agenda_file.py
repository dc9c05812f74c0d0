"""The model of an agenda file: a meeting written down before it starts (`run --agenda FILE`).

What a chair types in YAML: who chairs, who takes part, until when, and the items in order, each
naming a method or a part (opening, inventory, break, closing) of the library by id. Ids are
resolved against the library later (`session/agenda.py`), so this model stays pure data and the
JSON Schema (`intervisie-tui schema --agenda`) comes from the same declaration as the checks.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.model.ground_rules import DEFAULT_GROUND_RULES
from intervisie_tui.model.method import Frozen, ShortText, Slug

#: A name is shown on the wall: one line, typed as meant (no spaces around it).
MAX_NAME = 40
#: A case question is read aloud; longer than this it is a story, not a question.
MAX_QUESTION = 500


def _as_typed(name: str) -> str:
    if name != name.strip():
        raise MsgError(Msg("check.name_spaces"))
    return name


Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME), AfterValidator(_as_typed)]
Question = Annotated[str, Field(min_length=1, max_length=MAX_QUESTION)]
#: 'HH:MM' on a 24-hour clock, the way the chair says it ("tot half vijf": 16:30).
ClockTime = Annotated[str, Field(pattern=r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$")]


class AgendaCase(Frozen):
    """One case for a method that runs per case (KOT): whose it is and the question."""

    inbrenger: Name = Field(description="Who brings the case.")
    question: Question | None = Field(
        None, description="The case question, as the inbrenger asks it."
    )
    importance: Annotated[int, Field(ge=1, le=10)] | None = Field(
        None, description="How urgent, 1 to 10 (methods that run the most urgent topic first)."
    )


class AgendaEntry(Frozen):
    """One item of the agenda: a part of the meeting or a case with its method."""

    method: Slug = Field(
        description="Id of a method or part in the library, e.g. 'opening', 'kot', 'pauze'."
    )
    inbrenger: Name | None = Field(None, description="Who brings the case (a case item).")
    question: Question | None = Field(None, description="The case question (a case item).")
    cases: list[AgendaCase] = Field(
        [], description="Several cases for one method that repeats per case (instead of inbrenger)."
    )
    inner_group: list[Name] = Field(
        [], description="The inner circle, for a method with an inner and an outer group."
    )
    minutes: Annotated[float, Field(gt=0, le=300)] | None = Field(
        None, description="Minutes for this item; its steps are scaled to fit (e.g. a break)."
    )


class AgendaFile(Frozen):
    """A whole meeting as a YAML file: people, end time and the items in order."""

    title: ShortText | None = Field(None, description="What the meeting is called, if anything.")
    chair: Name = Field(description="Who chairs the meeting.")
    participants: list[Name] = Field(
        [], description="Everyone in the circle except the chair, in seating order."
    )
    timekeeper: Name | None = Field(None, description="Who keeps time, if not the chair.")
    notetaker: Name | None = Field(None, description="Who writes the notes, if not the chair.")
    until: ClockTime | None = Field(
        None, description="When the meeting must end, HH:MM; the whole agenda is fitted to it."
    )
    ground_rules: Slug = Field(
        DEFAULT_GROUND_RULES, description="Id of the ground rules the opening shows."
    )
    items: Annotated[list[AgendaEntry], Field(min_length=1, max_length=30)] = Field(
        description="The items of the meeting, in order."
    )
