"""Safe YAML parsing that keeps every node's position, with limits against hostile files.

Parsing goes through nodes rather than plain data, because every later message (wrong type,
unknown key, unknown role) must point at the exact line and column of the node that causes it.
PyYAML composes the node graph and constructs the data, with libyaml's loader where PyYAML has
it; in between, our own checks walk the graph (yaml_walk.py). A file that might nest deeper than
the composer's stack allows is first scanned as a flat stream of events (yaml_limits.py), which
is also where an alias that breaks a limit is located.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from intervisie_tui.library.problem import Problem
from intervisie_tui.library.source import SourceText
from intervisie_tui.library.yaml_errors import syntax_problem
from intervisie_tui.library.yaml_limits import (
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_NODES,
    Refused,
    scan_events,
    too_many_aliases,
)
from intervisie_tui.library.yaml_walk import AliasTrouble, GraphCheck

__all__ = [
    "MAX_ALIASES",
    "MAX_DEPTH",
    "MAX_NODES",
    "ParsedYaml",
    "key_node_at",
    "node_at",
    "parse_yaml",
    "position",
]

#: libyaml's loader when PyYAML was built with it (the usual case), else the pure-Python one.
LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)
#: Nesting libyaml's composer handles on its C stack; the pure-Python composer recurses in
#: Python, which allows far less, so without libyaml every file is scanned first.
_COMPOSER_DEPTH = 2000 if LOADER is not yaml.SafeLoader else 0

Position = tuple[int, int]


def position(node: Node) -> Position:
    """1-based line and column where a node starts."""
    return node.start_mark.line + 1, node.start_mark.column + 1


@dataclass(frozen=True)
class ParsedYaml:
    """A composed document: the node tree for positions and the plain data for validation."""

    path: Path
    root: Node
    data: object
    problems: tuple[Problem, ...]
    #: Plain true/false values, to be refused where the model wants a number (loader.py).
    booleans: tuple[ScalarNode, ...] = ()


def _might_nest_deeply(text: str) -> bool:
    """An upper bound on nesting: every level needs '-', ':', '?', '[' or '{'."""
    bound = (
        text.count("-")
        + text.count(":")
        + text.count("?")
        + 2 * (text.count("[") + text.count("{"))
    )
    return bound >= _COMPOSER_DEPTH


def _load(source: SourceText) -> ParsedYaml | None:
    """Compose, check and construct; raises Refused or PyYAML's error for a file it stops."""
    loader = LOADER(source.text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        check = GraphCheck(source.path, source.text, loader)
        try:
            check.visit(root, 1)
        except AliasTrouble:
            scan_events(source.text)  # raises Refused at the alias itself
            raise Refused(root.start_mark, too_many_aliases()) from None  # not reached
        data = loader.construct_document(root)
        return ParsedYaml(source.path, root, data, tuple(check.problems), tuple(check.booleans))
    finally:
        loader.dispose()


def parse_yaml(source: SourceText) -> ParsedYaml | Problem | None:
    """The document of a method file, a problem that stops it, or None when it is empty."""
    try:
        if _might_nest_deeply(source.text):
            scan_events(source.text)
        return _load(source)
    except Refused as refused:
        return refused.problem(source.path)
    except yaml.YAMLError as error:
        return syntax_problem(error, source)


def node_at(root: Node, loc: tuple[str | int, ...]) -> tuple[Node, tuple[str | int, ...]]:
    """The deepest node along a data path, and the part of the path that could not be followed.

    Keys are compared as text, so a pydantic loc for an integer key still finds its node.
    """
    node = root
    for index, part in enumerate(loc):
        child: Node | None = None
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value == str(part):
                    child = value
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part >= 0:
            child = node.value[part] if part < len(node.value) else None
        if child is None:
            return node, loc[index:]
        node = child
    return node, ()


def key_node_at(root: Node, loc: tuple[str | int, ...]) -> Node | None:
    """The key node of the last part of a path (for 'unknown key' messages), if it exists."""
    if not loc:
        return None
    parent, rest = node_at(root, loc[:-1])
    if rest or not isinstance(parent, MappingNode):
        return None
    for key, _value in parent.value:
        if isinstance(key, ScalarNode) and key.value == str(loc[-1]):
            return key
    return None


def locs_of(root: Node, targets: list[ScalarNode]) -> dict[int, tuple[str | int, ...]]:
    """The data path of each target node (by id), as pydantic names it: keys and indexes."""
    wanted = {id(node) for node in targets}
    found: dict[int, tuple[str | int, ...]] = {}
    stack: list[tuple[Node, tuple[str | int, ...]]] = [(root, ())]
    seen: set[int] = set()
    while stack and len(found) < len(wanted):
        node, loc = stack.pop()
        if id(node) in seen:
            continue  # met again through an alias
        seen.add(id(node))
        if id(node) in wanted:
            found.setdefault(id(node), loc)
        if isinstance(node, MappingNode):
            stack.extend(
                (value, (*loc, key.value))
                for key, value in node.value
                if isinstance(key, ScalarNode)
            )
        elif isinstance(node, SequenceNode):
            stack.extend((child, (*loc, index)) for index, child in enumerate(node.value))
    return found
