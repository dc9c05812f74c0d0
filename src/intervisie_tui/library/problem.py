"""A located problem in a method file: the one shape every consumer (CLI, TUI, tests) reads.

Authors fix files from the message alone, so a problem always names the file and a real
1-based line and column. The message is a catalogue `Msg` (a key and its values), not a
sentence: `check`, the library screen and the groups screen say it in the chair's language
with `describe(lang)`, the compiler-style line editors and CI logs understand.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.library.printable import printable
from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.model.references import Severity

__all__ = ["Problem", "Severity"]

#: The word for each severity, said in the chair's language.
_SEVERITY = {
    Severity.error: Msg("check.severity.error"),
    Severity.warning: Msg("check.severity.warning"),
}


@dataclass(frozen=True)
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
    message: Msg

    @property
    def is_error(self) -> bool:
        """Errors make a method unusable; warnings are shown but the method still runs."""
        return self.severity is Severity.error

    def _order(self) -> tuple[Path, int, int, Severity, str]:
        return self.path, self.line, self.col, self.severity, self.message.key

    def __lt__(self, other: Problem) -> bool:
        return self._order() < other._order()

    def said(self, lang: Lang | str = Lang.en) -> str:
        """The message alone, in `lang`."""
        return say(self.message, lang)

    def describe(self, lang: Lang | str = Lang.en) -> str:
        """'path:line:col: severity: message' in `lang`, safe for a terminal.

        The file name and quoted values come from the file system and the file, and may hold
        control characters (printable.py).
        """
        severity = say(_SEVERITY[self.severity], lang)
        return printable(f"{self.path}:{self.line}:{self.col}: {severity}: {self.said(lang)}")

    def __str__(self) -> str:
        # Logs and tracebacks only; what a user reads goes through describe() in their language.
        return self.describe(Lang.en)
