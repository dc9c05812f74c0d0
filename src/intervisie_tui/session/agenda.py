"""The meeting as the chair runs it: an agenda of items, each a part or a case with its method.

A chair does not run "a method": she runs a meeting with an opening, a few cases each with its
own method, a break and a closing. The agenda holds the people once for the whole meeting and
every item's method whole (so a journal never depends on a library file staying the same); the
session expands it into one flat list of phases (`plan.expand_agenda`). `run ID` and journals
of the first version are an agenda of one case (`Agenda.single`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Self

from pydantic import BaseModel, ConfigDict, model_validator

from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.model.ground_rules import GroundRules
from intervisie_tui.model.method import Method, Part
from intervisie_tui.session.setup import Case, MeetingSetup, check_name, open_cases


class _Frozen(BaseModel):
    """Immutable, unknown keys refused; names are checked as typed, never trimmed."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def needs_inbrenger(method: Method) -> bool:
    """Whether the agenda must name the inbrenger: a method for someone's case that does not
    choose the case (or collect the topics) in a step of its own."""
    return method.part is Part.case and method.inbrenger_at_setup


class AgendaItem(_Frozen):
    """One item of the meeting: a part (opening, inventory, break, closing) or a case.

    A case item carries its inbrenger and question (`cases`; several for a method that repeats
    per case, such as KOT); `minutes` fits the whole item into that many minutes (a break of 10
    instead of the file's 15).
    """

    method: Method
    cases: tuple[Case, ...] = ()
    inner_group: tuple[str, ...] = ()
    outer_group: tuple[str, ...] = ()
    minutes: float | None = None

    @model_validator(mode="after")
    def _checked(self) -> Self:
        for name in (*self.inner_group, *self.outer_group):
            check_name(name)
        if self.cases and self.method.part is not Part.case:
            raise MsgError(Msg("agenda.case_on_part", id=self.method.id))
        if not self.cases and needs_inbrenger(self.method):
            raise MsgError(Msg("agenda.needs_case", id=self.method.id))
        if self.minutes is not None and not 0 < self.minutes <= 300:
            raise MsgError(Msg("agenda.item_minutes", minutes=f"{self.minutes:g}"))
        return self

    @classmethod
    def of(cls, method: Method, cases: tuple[Case, ...] = (), **rest: object) -> AgendaItem:
        """An item for `method`; a case method without named cases gets its open cases (a
        fishbowl's shared theme, or the case its own step chooses), a part gets none."""
        if not cases and method.part is Part.case and not needs_inbrenger(method):
            cases = open_cases(method)
        return cls.model_validate({"method": method, "cases": cases, **rest})

    @property
    def part(self) -> Part:
        """What this item is on the agenda."""
        return self.method.part

    @property
    def method_id(self) -> str:
        """The id of the item's method or part, as the library and the agenda file name it."""
        return self.method.id


class Agenda(_Frozen):
    """A whole meeting: the chair and the circle, the end time, the ground rules and the items.

    The people are the meeting's; each item's set-up (`setup_for`) is derived from them, so a
    late arrival or an absence counts for every item after it.
    """

    chair: str
    participants: tuple[str, ...] = ()
    """Everyone in the circle except the chair, in seating order."""
    items: tuple[AgendaItem, ...]
    timekeeper: str | None = None
    notetaker: str | None = None
    until: datetime | None = None
    """'Tot hoe laat hebben we?' for the whole meeting."""
    language: str = "nl"
    warnings: tuple[int, ...] = (60, 0)
    ground_rules: GroundRules | None = None
    title: str | None = None

    @model_validator(mode="after")
    def _checked(self) -> Self:
        if not self.items:
            raise MsgError(Msg("agenda.empty"))
        # The people's checks are MeetingSetup's: one place for them.
        self.setup_for(0)
        return self

    @property
    def everyone(self) -> tuple[str, ...]:
        """The circle: participants, then any inbrenger of any item not listed among them."""
        people = list(self.participants)
        for item in self.items:
            for case in item.cases:
                if case.inbrenger is None:
                    continue
                if case.inbrenger not in people and case.inbrenger != self.chair:
                    people.append(case.inbrenger)
        return tuple(people)

    def setup_for(self, index: int) -> MeetingSetup:
        """The set-up of one item, as roles, rounds and the report of that item read it.

        Participants are the whole circle, so someone who brings a case in the second item
        also takes part in the first.
        """
        item = self.items[index]
        return MeetingSetup(
            method_id=item.method.id,
            chair=self.chair,
            participants=self.everyone,
            cases=item.cases,
            inner_group=item.inner_group,
            outer_group=item.outer_group,
            timekeeper=self.timekeeper,
            notetaker=self.notetaker,
            until=self.until,
            language=self.language,
            warnings=self.warnings,
        )

    def case_items(self) -> tuple[int, ...]:
        """The indexes of the items that are cases, in order."""
        return tuple(i for i, item in enumerate(self.items) if item.part is Part.case)

    @classmethod
    def single(
        cls, method: Method, setup: MeetingSetup, ground_rules: GroundRules | None = None
    ) -> Agenda:
        """`run ID`, and a journal of the first version: an agenda of one case (or of one
        part, run on its own: it has no case)."""
        item = AgendaItem(
            method=method,
            cases=setup.cases if method.part is Part.case else (),
            inner_group=setup.inner_group,
            outer_group=setup.outer_group,
        )
        return cls(
            chair=setup.chair,
            participants=setup.participants,
            items=(item,),
            timekeeper=setup.timekeeper,
            notetaker=setup.notetaker,
            until=setup.until,
            language=setup.language,
            warnings=setup.warnings,
            ground_rules=ground_rules,
        )

    def changed(self, **changes: object) -> Agenda:
        """The same meeting with some fields changed (an item added during the meeting, a late
        arrival), checked again like a new agenda; ValidationError when it does not hold."""
        fields = {name: getattr(self, name) for name in type(self).model_fields}
        return type(self).model_validate({**fields, **changes})
