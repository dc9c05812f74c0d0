"""A located problem in a method file: the one shape every consumer (CLI, TUI, tests) reads.

Authors fix files from the message alone, so a problem always names the file and a real
1-based line and column; `__str__` is the compiler-style line editors and CI logs understand.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.library.printable import printable
from intervisie_tui.model.references import Severity

__all__ = ["Problem", "Severity"]


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning at a position in a file.

    File-level problems (not readable, too big, empty) sit at line 1, column 1 because the file
    as a whole is at fault; every other problem points at the YAML node that causes it.
    Ordered by path, line and column so output reads top to bottom like the file.
    """

    path: Path
    line: int
    col: int
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        """Errors make a method unusable; warnings are shown but the method still runs."""
        return self.severity is Severity.error

    def __str__(self) -> str:
        # Safe for a terminal: the file name and quoted values come from the file system and
        # the file, and may hold control characters (printable.py).
        line = f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"
        return printable(line)
