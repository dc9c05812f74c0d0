"""What the library screen shows: usable methods and the files that failed, as plain data.

The library loader (library/) owns reading and validating; the TUI needs only this view of its
result, so the screens can be tested on a hand-made catalogue and the loader can change shape
without touching a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.library.problem import Problem
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

    def method(self, method_id: str) -> Method:
        """The method with this id; KeyError (with the id) when it is not in the library."""
        for method in self.methods:
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
