"""What loading one method file gave: the one shape the loader and the result cache return."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.library.problem import Problem
from intervisie_tui.model.agenda_file import AgendaFile
from intervisie_tui.model.ground_rules import GroundRules
from intervisie_tui.model.method import Method


@dataclass(frozen=True)
class FileResult:
    """What loading one file gave: the method, ground rules or agenda (when usable) and every
    problem found."""

    path: Path
    method: Method | None
    problems: tuple[Problem, ...]
    #: Position of the method's `id` value, for problems found across files (duplicate ids).
    id_position: tuple[int, int] | None = None
    #: A file with the key `ground_rules` holds a group's ground rules instead of a method.
    ground_rules: GroundRules | None = None
    #: A file with the key `items` is an agenda (`run --agenda`), never part of the library.
    agenda: AgendaFile | None = None
    #: An agenda with errors, as read with its unknown keys left out (`left_out`): checked
    #: against the library too, so one run of `check` reports every independent error.
    agenda_as_read: AgendaFile | None = None
    left_out: tuple[tuple[str | int, ...], ...] = ()

    @property
    def agenda_to_check(self) -> AgendaFile | None:
        """The agenda whose ids and names are checked: the usable one, else the one read
        with its unknown keys left out."""
        return self.agenda if self.agenda is not None else self.agenda_as_read

    @property
    def has_errors(self) -> bool:
        """True when the file cannot be used; warnings alone leave the method usable."""
        return any(problem.is_error for problem in self.problems)
