"""Who is in the meeting and what it is about, as the chair enters it before starting.

The set-up is written into the first line of the journal, so a resumed session and its report
know the attendance list and the cases without asking again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Self

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.model.method import Method, RepeatOrder

#: A person's name is shown on the wall, so it must fit on one line.
MAX_NAME = 40


#: A case question is read aloud; longer than this it is a story, not a question.
MAX_QUESTION = 500


def check_name(name: str) -> None:
    """The chair typed the name; the message says what to change."""
    if not name or name != name.strip():
        raise MsgError(Msg("setup.name_spaces", name=repr(name)))
    if len(name) > MAX_NAME:
        raise MsgError(Msg("setup.name_long", name=name, limit=MAX_NAME))


class _Frozen(BaseModel):
    """Immutable, unknown keys refused; names are checked as typed, never trimmed."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def setup_problem(error: ValidationError) -> Msg:
    """The message of the first check a set-up failed, for the chair to read.

    The checks below raise MsgError; pydantic wraps it in a ValidationError whose text is for
    programmers, so the set-up form says this instead.
    """
    first = error.errors(include_url=False)[0]
    cause = (first.get("ctx") or {}).get("error")
    if isinstance(cause, MsgError):
        return cause.message
    return Msg("setup.invalid", detail=str(first["msg"]))


class Case(_Frozen):
    """One case or topic brought in: whose it is, the question, and (method 3) how urgent it is.

    `inbrenger` is None where nobody owns it (a fishbowl's shared theme) or until the group
    chooses it inside the method (Balint's problem choice); the run screen names it then.
    """

    inbrenger: str | None = None
    question: str | None = None
    importance: int | None = None

    @model_validator(mode="after")
    def _checked(self) -> Self:
        """One place for the checks, for a set-up typed in the app and a journal read back."""
        if self.inbrenger is not None:
            check_name(self.inbrenger)
        if self.question is not None and len(self.question) > MAX_QUESTION:
            raise MsgError(Msg("setup.question_long", limit=MAX_QUESTION))
        if self.importance is not None and not 1 <= self.importance <= 10:
            raise MsgError(Msg("setup.importance", importance=self.importance))
        return self


class MeetingSetup(_Frozen):
    """Everything the engine needs to know about the people and cases of one meeting."""

    method_id: str
    chair: str
    participants: tuple[str, ...] = ()
    """Everyone in the circle except the chair, in seating order."""
    cases: tuple[Case, ...]
    inner_group: tuple[str, ...] = ()
    outer_group: tuple[str, ...] = ()
    timekeeper: str | None = None
    notetaker: str | None = None
    until: datetime | None = None
    """'Tot hoe laat hebben we?'"""
    language: str = "nl"
    warnings: tuple[int, ...] = (60, 0)
    """Seconds left at which the chair gets a signal."""

    @model_validator(mode="after")
    def _checked(self) -> Self:
        """One place for every check, run both for a set-up typed in the app and for a
        journal read back."""
        people = (self.chair, *self.participants, *self.inner_group, *self.outer_group)
        extra = (self.timekeeper, self.notetaker)
        for name in (*people, *(name for name in extra if name is not None)):
            check_name(name)
        seen: set[str] = set()
        for name in self.participants:
            if name in seen:
                raise MsgError(Msg("setup.twice", name=name))
            seen.add(name)
        if self.chair in seen:
            raise MsgError(Msg("setup.chair_participant", name=self.chair))
        if any(seconds < 0 for seconds in self.warnings):
            raise MsgError(Msg("setup.negative_warning"))
        return self

    @property
    def everyone(self) -> tuple[str, ...]:
        """Participants plus any inbrenger not listed among them, in order: the circle."""
        people = list(self.participants)
        for case in self.cases:
            if case.inbrenger is None:
                continue
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


def open_cases(method: Method) -> tuple[Case, ...]:
    """The cases of a meeting whose set-up names no inbrenger: a fishbowl's one shared theme,
    or the case (or the method's usual number of topics) the group chooses inside the method,
    each named on the run screen when it is chosen."""
    count = method.repeat.default_count if method.repeat is not None else 1
    return tuple(Case() for _ in range(count))
