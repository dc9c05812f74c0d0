"""A group's trajectory as data: its members and their learning questions, and its meetings.

A group over months is what intervision really is (a first meeting that gathers everyone's
learning questions, then meetings every six weeks, each with cases, an evaluation and a written
reflection per member). The group owns the files (see `files.py`); these frozen models are what
those files hold, declared once so validation, the messages with line:col and the schema agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Self

from pydantic import Field, model_validator

from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.model.method import Frozen, ShortText, Slug, Text

__all__ = [
    "CaseRecord",
    "Group",
    "GroupRef",
    "LearningQuestion",
    "MeetingRecord",
    "Member",
    "PersonName",
]

#: A person's name as the chair types it in the set-up: one line, short enough for a round.
PersonName = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[^\n\r\t,]+$")]


class LearningQuestion(Frozen):
    """What one member wants to learn over the trajectory (a "leervraag").

    It has an id so a case and a reflection can say which question they served, and the
    overview can show which questions nobody has worked on yet.
    """

    id: Slug = Field(description="Short id, used when a case works on this question.")
    text: Text = Field(description="The learning question in the member's own words.")


class Member(Frozen):
    """One member of the group, with what they want to learn."""

    name: PersonName = Field(description="The name as the group uses it in meetings.")
    learning_questions: tuple[LearningQuestion, ...] = Field(
        (), description="The member's learning questions (leervragen)."
    )
    learning_plan: Text | None = Field(
        None, description="A short learning plan: how the member means to work on the questions."
    )

    @model_validator(mode="after")
    def _unique_questions(self) -> Self:
        """Two questions under one id would make 'worked on' ambiguous."""
        seen: set[str] = set()
        for question in self.learning_questions:
            if question.id in seen:
                raise MsgError(Msg("group.question_twice", id=question.id, name=self.name))
            seen.add(question.id)
        return self


class Group(Frozen):
    """The group itself: who is in it and what each wants to learn (group.yaml)."""

    name: ShortText = Field(description="The group's name, as shown in the overview.")
    members: tuple[Member, ...] = Field(min_length=1, description="Everyone in the group.")

    @model_validator(mode="after")
    def _checked(self) -> Self:
        """Names identify members in every record, so they must be unique."""
        seen: set[str] = set()
        for member in self.members:
            if member.name in seen:
                raise MsgError(Msg("group.member_twice", name=member.name))
            seen.add(member.name)
        return self

    def member(self, name: str) -> Member | None:
        """The member of that name, or None (a guest who joined one meeting)."""
        return next((member for member in self.members if member.name == name), None)


class CaseRecord(Frozen):
    """One case of a meeting as the group remembers it."""

    inbrenger: PersonName | None = Field(
        None, description="Who brought the case (none for a method that works on the group)."
    )
    question: Text | None = Field(None, description="The case question as it was put.")
    method: Slug = Field(description="Id of the method the group used.")
    method_title: ShortText = Field(description="The method's title when the meeting was run.")
    learning_question: Slug | None = Field(
        None, description="Id of the inbrenger's learning question this case worked on."
    )
    first_step: Text | None = Field(None, description="The inbrenger's first step afterwards.")


class MeetingRecord(Frozen):
    """One meeting of the group: written by the app when a meeting for the group ends."""

    date: dt.date = Field(description="The day of the meeting.")
    chair: PersonName = Field(description="Who chaired.")
    present: tuple[PersonName, ...] = Field((), description="Who took part (not the chair).")
    absent: tuple[PersonName, ...] = Field((), description="Who was reported absent.")
    cases: tuple[CaseRecord, ...] = Field((), description="The cases, in the order run.")
    report: str | None = Field(None, description="File name of the meeting's report, if kept.")
    next_chair: PersonName | None = Field(
        None, description="Who agreed to chair the next meeting (the closing round asks)."
    )

    @property
    def people(self) -> tuple[str, ...]:
        """Everyone who was there, the chair first."""
        return (self.chair, *self.present)


class GroupRef(Frozen):
    """Which group a meeting is for, as its journal keeps it from the first line on.

    Stored with the meeting (not only passed on the command line), so that a meeting resumed
    after a crash or a closed laptop is still kept in its group when it ends, and the list of
    meetings to resume can say whose meeting it is. The name is kept too: the list shows it
    without reading the group's files, which may be on a drive that is not there today.
    """

    name: ShortText = Field(description="The group's name when the meeting began.")
    folder: str = Field(min_length=1, description="The group's folder, as an absolute path.")
