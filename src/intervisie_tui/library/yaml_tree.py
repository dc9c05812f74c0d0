"""Safe YAML parsing that keeps every node's position, with limits against hostile files.

Parsing goes through nodes (yaml.compose) rather than plain data, because every later message
(wrong type, unknown key, unknown role) must point at the exact line and column of the node that
causes it. The fast libyaml composer is used when the file cannot be deep enough to overflow its
C stack; a pure-Python composer with counters takes over for suspicious files, so an alias bomb
or a loop is refused at the alias that crosses the limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.source import SourceText
from intervisie_tui.library.yaml_tags import QuickResolver

#: Aliases a method file may use (sharing a rule list is fine; a billion laughs is not).
MAX_ALIASES = 50
#: Nesting levels; a method needs about six.
MAX_DEPTH = 64
#: Nodes after expanding every alias; a large method has a few thousand.
MAX_NODES = 50_000
#: libyaml's composer recurses on the C stack; files that might nest deeper than this bound
#: go through the pure-Python composer, which stops at MAX_DEPTH.
_C_NESTING_BOUND = 2000


if hasattr(yaml, "CSafeLoader"):

    class _CFast(QuickResolver, yaml.CSafeLoader):
        """libyaml's safe loader with the quicker tag resolution (yaml_tags.py)."""

    _CFastLoader: type[yaml.CSafeLoader] | None = _CFast
else:  # PyYAML built without libyaml: every file takes the pure-Python composer
    _CFastLoader = None

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


class _LimitExceeded(Exception):
    """A node crosses one of the safety limits; carries where and why."""

    def __init__(self, node_or_mark: Node | Any, message: str) -> None:
        super().__init__(message)
        mark = node_or_mark.start_mark if isinstance(node_or_mark, Node) else node_or_mark
        self.line = int(mark.line) + 1
        self.col = int(mark.column) + 1
        self.message = message


class _NeedsGuardedParse(Exception):
    """The fast path found aliases it cannot locate; parse again with the counting composer."""


def _too_many_aliases() -> str:
    return (
        f"more than {MAX_ALIASES} aliases (*name) in one file; this looks like an alias bomb. "
        "Write the values out instead of reusing anchors this often"
    )


def _too_deep() -> str:
    return f"nested more than {MAX_DEPTH} levels deep; a method file needs about six levels"


class _GuardedLoader(QuickResolver, yaml.SafeLoader):
    """Pure-Python safe loader that counts aliases and depth while composing."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0
        self._open_anchors: set[str] = set()

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent):
            self._aliases += 1
            if event.anchor in self._open_anchors:
                raise _LimitExceeded(
                    event.start_mark,
                    f"alias *{event.anchor} points into its own anchor, a loop that can "
                    "never be read to the end; remove the alias",
                )
            if self._aliases > MAX_ALIASES:
                raise _LimitExceeded(event.start_mark, _too_many_aliases())
            return super().compose_node(parent, index)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _LimitExceeded(event.start_mark, _too_deep())
        anchor: str | None = getattr(event, "anchor", None)
        if anchor is not None:
            self._open_anchors.add(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1
            if anchor is not None:
                self._open_anchors.discard(anchor)


_Loader = _GuardedLoader | yaml.CSafeLoader

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"


class _Builder:
    """Builds plain data from a composed tree in one pass, enforcing the limits on the way.

    Faster than PyYAML's constructor for the common case (plain maps, lists and strings); tagged
    nodes, merge keys and scalars that are not strings are handed to the loader's constructor.
    Raises _LimitExceeded for depth, size and bad keys, at the offending node.

    This class walks a tree: a document without aliases, in which every node is met once.
    Most of a method file is text, so a plain string inside a list or mapping is taken straight
    from its node instead of through visit(), and nothing is remembered per node: building a
    bundled method's data went from about 0.25 to 0.1 ms.
    """

    #: Whether a plain string may skip visit(); not where a node can be met twice (aliases).
    inline_text = True

    def __init__(self, loader: _Loader, path: Path) -> None:
        self.loader = loader
        self.path = path
        self.problems: list[Problem] = []

    def visit(self, node: Node, depth: int) -> tuple[object, int]:
        """The node's value and its size with every alias expanded."""
        if depth > MAX_DEPTH:
            raise _LimitExceeded(node, _too_deep())
        if isinstance(node, ScalarNode):
            value = node.value if node.tag == _STR else self.loader.construct_object(node, True)
            return value, 1
        result = self._collection(node, depth)
        if result[1] > MAX_NODES:
            raise _LimitExceeded(
                node,
                f"this part expands to more than {MAX_NODES} values (through aliases); "
                "a method file is far smaller. Write the values out instead of nesting aliases",
            )
        return result

    def _collection(self, node: Node, depth: int) -> tuple[object, int]:
        if isinstance(node, SequenceNode) and node.tag == _SEQ:
            return self._sequence(node, depth)
        if (
            isinstance(node, MappingNode)
            and node.tag == _MAP
            and not any(key.tag == _MERGE for key, _value in node.value)
        ):
            return self._mapping(node, depth)
        # Tagged collections (!!set, !!omap) and merge keys: check the limits on the children,
        # then let PyYAML build the value the way it documents.
        size = 1
        pairs = node.value if isinstance(node, MappingNode) else [(c, c) for c in node.value]
        for key_node, value_node in pairs:
            if key_node.tag != _MERGE:
                size += self.visit(key_node, depth + 1)[1]
            size += self.visit(value_node, depth + 1)[1]
        return self.loader.construct_object(node, True), size

    def _sequence(self, node: SequenceNode, depth: int) -> tuple[object, int]:
        items: list[object] = []
        size = 1
        inline = self.inline_text and depth < MAX_DEPTH
        for child in node.value:
            value, child_size = self._child(child, depth, inline)
            items.append(value)
            size += child_size
        return items, size

    def _child(self, node: Node, depth: int, inline: bool) -> tuple[object, int]:
        """A child's value and size: plain text straight from its node when `inline`.

        `inline` is False for a child too deep (only visit() refuses it) and in a document
        with aliases (a node met twice must be counted by visit()).
        """
        if inline and type(node) is ScalarNode and node.tag == _STR:
            return node.value, 1
        return self.visit(node, depth + 1)

    def _mapping(self, node: MappingNode, depth: int) -> tuple[object, int]:
        mapping: dict[object, object] = {}
        size = 1
        inline = self.inline_text and depth < MAX_DEPTH
        for key_node, value_node in node.value:
            key, key_size = self._child(key_node, depth, inline)
            value, value_size = self._child(value_node, depth, inline)
            size += key_size + value_size
            try:
                duplicate = key in mapping
            except TypeError:
                raise _LimitExceeded(
                    key_node, "a key must be plain text, not a list or mapping"
                ) from None
            if duplicate:
                self.problems.append(
                    Problem(
                        self.path,
                        *position(key_node),
                        Severity.error,
                        f"key '{key}' appears twice in this mapping; YAML would silently keep "
                        "only the last one, so remove or rename one of them",
                    )
                )
            mapping[key] = value
        return mapping, size


class _AliasBuilder(_Builder):
    """The builder for a document with aliases, in which one node can be met many times.

    A node met again is an alias: its value is shared, its size counted again, and every
    meeting counts against MAX_ALIASES. Raises _NeedsGuardedParse when aliases are too many or
    loop (only the counting composer knows where the alias is).
    """

    inline_text = False

    def __init__(self, loader: _Loader, path: Path) -> None:
        super().__init__(loader, path)
        self.built: dict[int, tuple[object, int]] = {}
        self.on_stack: set[int] = set()
        self.aliases = 0

    def visit(self, node: Node, depth: int) -> tuple[object, int]:
        """The node's value and its size, counting a node met again as an alias."""
        key = id(node)
        done = self.built.get(key)
        if done is not None:
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise _NeedsGuardedParse
            return done
        if key in self.on_stack:
            raise _NeedsGuardedParse
        self.on_stack.add(key)
        result = super().visit(node, depth)
        self.on_stack.discard(key)
        self.built[key] = result
        return result


_SYNTAX_HINTS = {
    "mapping values are not allowed here": (
        "a value contains ': '; put the whole value in quotes, or check the indentation"
    ),
    "that cannot start any token": "use spaces for indentation, never tabs",
    "could not find expected ':'": "a key needs ': ' after it; check this line's indentation",
    "did not find expected ',' or ']'": "close the [ list ] that starts there with ']'",
    "did not find expected ',' or '}'": "close the { mapping } that starts there with '}'",
    "did not find expected '-'": (
        "check this line's indentation: the keys of one mapping and the items of one list "
        "must line up exactly"
    ),
    "did not find expected key": (
        "check this line's indentation: the keys of one mapping must line up exactly"
    ),
    "expected a single document": "a method file holds one document; remove the extra '---'",
    "found undefined alias": "define the anchor (&name) before using the alias (*name)",
    "could not determine a constructor for the tag": (
        "custom tags (!!python/..., !something) are not allowed in method files; remove the tag"
    ),
    "found unhashable key": "a key must be plain text, not a list or mapping",
}


def _codepoint(character: object) -> int:
    return (
        ord(character)
        if isinstance(character, str) and len(character) == 1
        else int(str(character))
    )


def _within(text: str, line: int, col: int) -> Position:
    """The position, or the end of the file when the parser stopped just past it.

    libyaml reports "unexpected end of stream" one line below the last line of a file that
    does not end with a newline; the author can only go to the file's real end.
    """
    lines = text.split("\n")
    if line <= len(lines):
        return line, min(col, len(lines[line - 1]) + 1)
    return len(lines), len(lines[-1]) + 1


def _syntax_problem(error: yaml.YAMLError, source: SourceText) -> Problem:
    """A parser error as a problem at the position the parser stopped."""
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        detail = error.problem or error.context or "invalid YAML"
        start = error.context_mark
        if error.problem and error.context:
            detail += f" {error.context}"
            if start is not None and mark is not None and start.line != mark.line:
                detail += f" that starts at line {start.line + 1}, column {start.column + 1}"
        hint = next((h for key, h in _SYNTAX_HINTS.items() if key in detail), None)
        message = f"YAML syntax: {detail}" + (f"; {hint}" if hint else "")
        if mark is not None:
            line, col = _within(source.text, mark.line + 1, mark.column + 1)
            return Problem(source.path, line, col, Severity.error, message)
        return Problem(source.path, 1, 1, Severity.error, message)
    if isinstance(error, yaml.reader.ReaderError):
        before = source.text[: error.position]
        line = before.count("\n") + 1
        col = error.position - (before.rfind("\n") + 1) + 1
        return Problem(
            source.path,
            line,
            col,
            Severity.error,
            f"character U+{_codepoint(error.character):04X} is not allowed in a YAML file; delete "
            "it (it is often an invisible control character pasted from elsewhere)",
        )
    return Problem(source.path, 1, 1, Severity.error, f"YAML error: {error}")


def _might_nest_deeply(text: str) -> bool:
    """An upper bound on nesting: every level needs '-', ':', '?', '[' or '{'."""
    bound = (
        text.count("-")
        + text.count(":")
        + text.count("?")
        + 2 * (text.count("[") + text.count("{"))
    )
    return bound >= _C_NESTING_BOUND


def _compose(text: str, guarded: bool) -> tuple[_Loader, Node | None]:
    fast = _CFastLoader is not None and not guarded
    loader: _Loader = _CFastLoader(text) if fast and _CFastLoader else _GuardedLoader(text)
    try:
        return loader, loader.get_single_node()
    except BaseException:
        loader.dispose()
        raise


def _build(text: str, path: Path, guarded: bool) -> tuple[Node | None, object, list[Problem]]:
    loader, root = _compose(text, guarded)
    try:
        if root is None:
            return None, None, []
        # An alias is written *name: a text without '*' composes to a tree.
        builder = (_AliasBuilder if "*" in text else _Builder)(loader, path)
        data, _size = builder.visit(root, 1)
        return root, data, builder.problems
    finally:
        loader.dispose()


def parse_yaml(source: SourceText) -> ParsedYaml | Problem | None:
    """The document of a method file, a problem that stops it, or None when it is empty."""
    try:
        try:
            root, data, problems = _build(source.text, source.path, _might_nest_deeply(source.text))
        except _NeedsGuardedParse:
            root, data, problems = _build(source.text, source.path, guarded=True)
    except _LimitExceeded as exc:
        return Problem(source.path, exc.line, exc.col, Severity.error, exc.message)
    except yaml.YAMLError as exc:
        return _syntax_problem(exc, source)
    if root is None:
        return None
    return ParsedYaml(source.path, root, data, tuple(problems))


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
