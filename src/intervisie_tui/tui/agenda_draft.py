"""The agenda editor's draft: the items as the chair arranges them, without textual.

The editor changes a draft one key at a time (add, remove, move, pick a method); the draft is
plain frozen data, so every change is a new draft a test can compare, and an item the chair has
half filled in (a case without its inbrenger yet) is kept as typed until she starts. Turning the
draft into the session's Agenda happens once, at the start, where every problem becomes one
sentence under the form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from intervisie_tui.library.suggest import Suggestion, case_minutes, rank_methods
from intervisie_tui.model.method import Method, Part, QuestionKind


@dataclass(frozen=True)
class DraftItem:
    """One row of the agenda being built: a part or a case, as far as it is filled in.

    `method_id` is a part (opening, pauze, ...) or, for a case, the method chosen for it ("" while
    none is chosen yet); `minutes` is what the chair set for the item (a break of 10 minutes),
    None for the file's own minutes.
    """

    method_id: str
    case: bool = False
    inbrenger: str = ""
    question: str = ""
    kind: QuestionKind | None = None
    minutes: float | None = None
    #: The inner circle as typed, for a method with an inner and an outer group (a fishbowl).
    inner_group: str = ""


@dataclass(frozen=True)
class Draft:
    """The items in order; every change returns a new draft."""

    items: tuple[DraftItem, ...] = ()

    def insert(self, item: DraftItem, at: int | None = None) -> Draft:
        """`item` at position `at` (default: at the end)."""
        where = len(self.items) if at is None else max(0, min(at, len(self.items)))
        return Draft((*self.items[:where], item, *self.items[where:]))

    def remove(self, index: int) -> Draft:
        """Without the item at `index` (unchanged when there is none)."""
        if not 0 <= index < len(self.items):
            return self
        return Draft((*self.items[:index], *self.items[index + 1 :]))

    def move(self, index: int, delta: int) -> tuple[Draft, int]:
        """The item at `index` moved `delta` places (within the list), and where it is now."""
        if not 0 <= index < len(self.items):
            return self, index
        target = max(0, min(index + delta, len(self.items) - 1))
        items = list(self.items)
        items.insert(target, items.pop(index))
        return Draft(tuple(items)), target

    def change(self, index: int, item: DraftItem) -> Draft:
        """The item at `index` replaced by `item`."""
        items = list(self.items)
        items[index] = item
        return Draft(tuple(items))


def item_minutes(item: DraftItem, methods: Mapping[str, Method]) -> float:
    """The minutes the item takes: the chair's, else its file's (0 while no method is chosen)."""
    if item.minutes is not None:
        return item.minutes
    method = methods.get(item.method_id)
    return 0.0 if method is None else case_minutes(method)


def total_minutes(draft: Draft, methods: Mapping[str, Method]) -> float:
    """The whole agenda's minutes before fitting to an end time."""
    return sum(item_minutes(item, methods) for item in draft.items)


def minutes_left_for(
    draft: Draft, index: int, methods: Mapping[str, Method], available: float | None
) -> float | None:
    """The minutes the item at `index` can have when every other item keeps its own."""
    if available is None:
        return None
    others = sum(item_minutes(item, methods) for i, item in enumerate(draft.items) if i != index)
    return available - others


def suggestions_for(
    draft: Draft,
    index: int,
    case_methods: Mapping[str, Method],
    all_methods: Mapping[str, Method],
    available: float | None,
    group_size: int | None,
) -> tuple[Suggestion, ...]:
    """The methods for the case at `index`, best suited first, with the reasons to show."""
    item = draft.items[index]
    left = minutes_left_for(draft, index, all_methods, available)
    return rank_methods(case_methods.values(), item.kind, left, group_size)


def with_method(draft: Draft, index: int, method_id: str) -> Draft:
    """The case at `index` with this method; the item's own minutes are the method's again."""
    return draft.change(index, replace(draft.items[index], method_id=method_id, minutes=None))


def is_case_method(method: Method) -> bool:
    """Whether the file is a method for a case, not a part of the meeting around the cases."""
    return method.part is Part.case
