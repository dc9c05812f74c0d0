"""What the library screen shows: usable methods and the files that failed, as plain data.

The library loader (library/) owns reading and validating; the TUI needs only this view of its
result, so the screens can be tested on a hand-made catalogue and the loader can change shape
without touching a screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from intervisie_tui.library.library import Origin
from intervisie_tui.library.problem import Problem
from intervisie_tui.model.ground_rules import GroundRules
from intervisie_tui.model.method import Method


@dataclass(frozen=True)
class BrokenFile:
    """A method file that did not load, with every problem found in it."""

    path: Path
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Catalog:
    """The methods the chair can choose from, and the files that could not be loaded."""

    methods: tuple[Method, ...]
    broken: tuple[BrokenFile, ...] = ()
    #: The parts of a meeting around the cases (opening, inventory, break, closing), for the
    #: agenda; the library screen lists only `methods`.
    parts: tuple[Method, ...] = ()
    #: The ground rules the library holds, by id (a group's own file replaces ours).
    ground_rules: Mapping[str, GroundRules] = field(default_factory=lambda: MappingProxyType({}))
    #: Where each method's file came from (bundled, the chair's own folder, --methods) and
    #: the file, by id: what tells two methods with the same title apart.
    origins: Mapping[str, tuple[Origin, Path]] = field(default_factory=lambda: MappingProxyType({}))

    def method(self, method_id: str) -> Method:
        """The method or part with this id; KeyError (with the id) when it is not there."""
        for method in (*self.methods, *self.parts):
            if method.id == method_id:
                return method
        raise KeyError(method_id)


def meeting_minutes(method: Method) -> float:
    """Minutes of a meeting with the method's default number of cases or topics."""
    if method.repeat is None:
        return method.computed_minutes
    block = sum(step.minutes or 0 for step in method.repeated_steps)
    return method.computed_minutes + block * (method.repeat.default_count - 1)


def block_minutes(method: Method) -> float | None:
    """Minutes of one pass of the repeated block (KOT: one case), None without a repeat."""
    if method.repeat is None:
        return None
    return sum(step.minutes or 0 for step in method.repeated_steps)


def matches(method: Method, text: str, max_minutes: float | None) -> bool:
    """The library filter: words found in title or purpose, and short enough to fit."""
    if max_minutes is not None and method.computed_minutes > max_minutes:
        return False
    haystack = " ".join(
        part or "" for part in (method.id, method.title, method.title_en, method.purpose)
    ).casefold()
    return all(word in haystack for word in text.casefold().split())
