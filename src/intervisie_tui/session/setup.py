"""Who is in the meeting and what it is about, as the chair enters it before starting.

The set-up is written into the first line of the journal, so a resumed session and its report
know the attendance list and the cases without asking again.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from intervisie_tui.model.method import Method, RepeatOrder

#: A person's name as typed by the chair; shown on the wall, so it must fit on one line.
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]


class Case(BaseModel):
    """One case or topic brought in: whose it is, the question, and (method 3) how urgent it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    inbrenger: Name
    question: str | None = Field(default=None, max_length=500)
    importance: int | None = Field(default=None, ge=1, le=10)


class MeetingSetup(BaseModel):
    """Everything the engine needs to know about the people and cases of one meeting."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    method_id: str
    chair: Name
    participants: tuple[Name, ...] = Field(
        default=(), description="Everyone in the circle except the chair, in seating order."
    )
    cases: tuple[Case, ...] = Field(min_length=1)
    inner_group: tuple[Name, ...] = ()
    outer_group: tuple[Name, ...] = ()
    timekeeper: Name | None = None
    notetaker: Name | None = None
    until: datetime | None = Field(default=None, description="'Tot hoe laat hebben we?'")
    language: str = "nl"
    warnings: tuple[int, ...] = Field(
        default=(60, 0), description="Seconds left at which the chair gets a signal."
    )

    @model_validator(mode="after")
    def _people_are_consistent(self) -> Self:
        seen: set[str] = set()
        for name in self.participants:
            if name in seen:
                raise ValueError(f"'{name}' staat twee keer in de deelnemers")
            seen.add(name)
        if self.chair in seen:
            raise ValueError(f"de voorzitter '{self.chair}' staat ook bij de deelnemers")
        if any(seconds < 0 for seconds in self.warnings):
            raise ValueError("waarschuwingen zijn seconden voor nul en kunnen niet negatief zijn")
        return self

    @property
    def everyone(self) -> tuple[str, ...]:
        """Participants plus any inbrenger not listed among them, in order: the circle."""
        people = list(self.participants)
        for case in self.cases:
            if case.inbrenger not in people and case.inbrenger != self.chair:
                people.append(case.inbrenger)
        return tuple(people)

    def ordered_cases(self, method: Method) -> tuple[Case, ...]:
        """The cases in the order the method runs them (method 3: most important first).

        Sorting is stable, so cases with equal scores keep the order the chair entered.
        """
        if method.repeat is not None and method.repeat.order is RepeatOrder.importance:
            return tuple(sorted(self.cases, key=lambda case: -(case.importance or 0)))
        return self.cases


def until_today(end: time, now: datetime) -> datetime:
    """The end time "tot hoe laat hebben we?" as an aware moment on the day of `now`.

    A plain time is what the wall clock in the room says, so it is read in the machine's local
    zone; a time with a zone is read in that zone. An end time already past stays today, so
    the plan says plainly that the time is up instead of planning until tomorrow.
    """
    local = now.astimezone() if end.tzinfo is None else now.astimezone(end.tzinfo)
    return local.replace(
        hour=end.hour, minute=end.minute, second=end.second, microsecond=end.microsecond
    )
