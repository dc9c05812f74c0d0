"""The limits a method file's YAML must stay within, and the event scan that locates a breach.

A method needs about six levels of nesting, a few anchors and a few thousand values; a file far
beyond that is a mistake or an attack (an alias bomb, a loop, a file nested so deep that the
parser's stack overflows). The node graph is checked against these limits (yaml_walk.py), but
two things cannot be read from the graph: where an alias was written (the graph shares the
anchored node itself), and how deep a file nests before it is composed (composing a deep enough
file overflows the composer's stack). Both come from PyYAML's event stream, which is flat.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import yaml

from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.messages import Msg

#: Aliases a method file may use (sharing a rule list is fine; a billion laughs is not).
MAX_ALIASES = 50
#: Nesting levels; a method needs about six.
MAX_DEPTH = 64
#: Nodes after expanding every alias; a large method has a few thousand.
MAX_NODES = 50_000


class Mark(Protocol):
    """A position in the text as PyYAML gives it (0-based line and column)."""

    line: int
    column: int


class Refused(Exception):
    """The file breaks a limit or holds a value that cannot be read; carries where and why."""

    def __init__(self, mark: Mark | None, message: Msg) -> None:
        super().__init__(message.key)
        # PyYAML gives every event and node a mark; without one the file as a whole is meant.
        self.line = 1 if mark is None else int(mark.line) + 1
        self.col = 1 if mark is None else int(mark.column) + 1
        self.message = message

    def problem(self, path: Path) -> Problem:
        """The refusal as the one problem of its file."""
        return Problem(path, self.line, self.col, Severity.error, self.message)


def too_many_aliases() -> Msg:
    """Why the alias one past MAX_ALIASES is refused."""
    return Msg("check.too_many_aliases", limit=MAX_ALIASES)


def too_deep() -> Msg:
    """Why a node below MAX_DEPTH levels is refused."""
    return Msg("check.too_deep", limit=MAX_DEPTH)


def too_big() -> Msg:
    """Why a part that expands to more than MAX_NODES values is refused."""
    return Msg("check.too_big", limit=MAX_NODES)


def alias_loop(anchor: str) -> Msg:
    """Why an alias inside its own anchor is refused."""
    return Msg("check.alias_loop", anchor=anchor)


def scan_events(text: str) -> None:
    """Raise Refused at the first event, in document order, that breaks a limit.

    A node deeper than MAX_DEPTH, an alias inside its own anchor, or the alias one past
    MAX_ALIASES; a syntax error raises PyYAML's own error. PyYAML's pure-Python parser is a
    loop over events, safe for any depth (libyaml's scanner stops at 1,000 levels with a
    message that would not say where a method went too deep). It runs before composing a file
    that might nest deeper than the composer can, and to locate an alias the graph flagged.
    """
    depth = 0
    aliases = 0
    open_anchors: list[str | None] = []
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            anchor = str(event.anchor)
            if anchor in open_anchors:
                raise Refused(event.start_mark, alias_loop(anchor))
            aliases += 1
            if aliases > MAX_ALIASES:
                raise Refused(event.start_mark, too_many_aliases())
        elif isinstance(event, yaml.ScalarEvent):
            if depth + 1 > MAX_DEPTH:
                raise Refused(event.start_mark, too_deep())
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise Refused(event.start_mark, too_deep())
            open_anchors.append(event.anchor)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            open_anchors.pop()
