"""What loading one method file gave: the one shape the loader and the result cache return."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.library.problem import Problem
from intervisie_tui.model.method import Method


@dataclass(frozen=True)
class FileResult:
    """What loading one file gave: the method (when usable) and every problem found."""

    path: Path
    method: Method | None
    problems: tuple[Problem, ...]
    #: Position of the method's `id` value, for problems found across files (duplicate ids).
    id_position: tuple[int, int] | None = None

    @property
    def has_errors(self) -> bool:
        """True when the file cannot be used; warnings alone leave the method usable."""
        return any(problem.is_error for problem in self.problems)
