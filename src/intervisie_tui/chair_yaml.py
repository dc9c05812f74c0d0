"""The chair's own small YAML files (keys.yaml, settings.yaml): one mapping, every mistake located.

Both files are a list of 'name: value' lines a chair edits by hand. Reading one fails in the
same few ways (a control character, broken YAML, not a mapping at all), and each must be told
as path:line:col with what to write instead; the caller then decides what each line means.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from intervisie_tui.messages import Msg

if TYPE_CHECKING:
    import yaml

#: The key and value nodes of each line of the file, in the file's order.
Pairs: TypeAlias = "list[tuple[yaml.Node, yaml.Node]]"


@dataclass(frozen=True)
class Located:
    """A mistake and where it is: a line left out, or why the whole file is left unread."""

    line: int
    col: int
    message: Msg


@dataclass(frozen=True)
class Wording:
    """The catalogue keys a file uses for a name it does not know, or that it sees twice."""

    unknown: str
    unknown_close: str
    twice: str


@dataclass(frozen=True)
class Entry:
    """One 'name: value' line whose name is known and seen for the first time."""

    name: str
    at: tuple[int, int]
    value: yaml.Node


def position(node: yaml.Node) -> tuple[int, int]:
    """Where `node` starts, counted from 1 as editors show it."""
    return node.start_mark.line + 1, node.start_mark.column + 1


def compose_mapping(text: str, not_mapping: Msg) -> Pairs | Located:
    """The lines of a file that must be one mapping; `not_mapping` says what to write if not.

    An empty file (or only comments) is an empty mapping: nothing set, nothing wrong. PyYAML
    is imported here, so only a chair who has such a file pays for it at start-up.
    """
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.reader.ReaderError as error:
        # A control character or NUL: PyYAML refuses the stream before it has marks.
        line = text.count("\n", 0, error.position) + 1
        col = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        return Located(line, col, Msg("chairfile.control", code=f"{error.character:04X}"))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        return Located(line, col, Msg("chairfile.not_yaml", problem=str(error.problem)))
    except yaml.YAMLError as error:
        return Located(1, 1, Msg("chairfile.not_yaml", problem=str(error)))
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        return Located(*position(root), not_mapping)
    return list(root.value)


def entries(
    pairs: Pairs, known: Collection[str], wording: Wording
) -> tuple[list[Entry], list[Located]]:
    """The lines with a known name, first time each; the others as located mistakes.

    An unknown name gets the closest known one ("did you mean 'next'?"); a name given twice
    keeps its first line.
    """
    import difflib

    found: list[Entry] = []
    mistakes: list[Located] = []
    first_line: dict[str, int] = {}
    for key_node, value_node in pairs:
        name = str(getattr(key_node, "value", ""))
        at = position(key_node)
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1)
            message = (
                Msg(wording.unknown_close, name=name, close=close[0])
                if close
                else Msg(wording.unknown, name=name, known=", ".join(known))
            )
            mistakes.append(Located(*at, message))
        elif name in first_line:
            mistakes.append(Located(*at, Msg(wording.twice, name=name, line=first_line[name])))
        else:
            first_line[name] = at[0]
            found.append(Entry(name, at, value_node))
    return found, mistakes
