"""Our own checks on the node graph PyYAML composed, before PyYAML constructs the data.

PyYAML composes and constructs; what it does not do is what a method author needs on top:
limits against hostile files (depth, aliases, size after expanding aliases), a duplicate key
(PyYAML silently keeps the last one), numbers YAML 1.1 reads as something other than their
text and control characters in text (yaml_scalars.py), and the exact line and column of each.
One walk in document order does all of them. It also constructs every scalar that is not plain
text, through the loader's own constructor, so a value that cannot be constructed (a date
that does not exist) is refused at that value instead of failing the whole file in PyYAML.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode
from yaml.resolver import Resolver

from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.yaml_limits import (
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_NODES,
    Refused,
    too_big,
    too_deep,
)
from intervisie_tui.library.yaml_scalars import (
    BOOL,
    FLOAT,
    INT,
    construction_problem,
    control_character,
    number_problem,
)
from intervisie_tui.messages import Msg

STR = "tag:yaml.org,2002:str"
MERGE = "tag:yaml.org,2002:merge"
#: Tags PyYAML's constructor handles only inside a mapping (`<<` and `=` keys).
_KEY_ONLY = frozenset({MERGE, "tag:yaml.org,2002:value"})


class AliasTrouble(Exception):
    """An alias loops or one alias too many was met; only the event stream knows where it is."""


def _position(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class GraphCheck:
    """Walks a composed document once, in document order, checking every node.

    In a text with aliases, a node met again is an alias: its size is counted again (that is
    what expanding aliases costs), and every meeting counts against MAX_ALIASES. Problems that
    leave the file readable (a duplicate key, a control character, a number YAML misreads) are
    collected in `problems`; a breached limit or a value that cannot be constructed raises
    Refused, and an alias problem raises AliasTrouble.
    """

    def __init__(self, path: Path, text: str, loader: yaml.SafeLoader | yaml.CSafeLoader) -> None:
        self.path = path
        self.text = text
        self.loader = loader
        self.problems: list[Problem] = []
        #: Plain true/false values (yes, on, ...): wrong where the model wants a number, which
        #: only validation knows (yaml_tree.misread_booleans).
        self.booleans: list[ScalarNode] = []
        # An alias is written *name and an escape \x: without them, no node is met twice
        # and no text can hold a control character (the reader refuses them typed raw).
        self._sizes: dict[int, int] | None = {} if "*" in text else None
        self._escapes = "\\" in text
        self._open: set[int] = set()
        self._aliases = 0
        self._resolver = Resolver()

    def visit(self, node: Node, depth: int) -> int:
        """The node's size with every alias expanded; checks it and everything below it."""
        key = id(node)
        if self._sizes is not None:
            known = self._sizes.get(key)
            if known is not None:
                self._aliases += 1
                if self._aliases > MAX_ALIASES:
                    raise AliasTrouble
                return known
            if key in self._open:
                raise AliasTrouble
        if depth > MAX_DEPTH:
            raise Refused(node.start_mark, too_deep())
        if isinstance(node, ScalarNode):
            self._scalar(node)
            size = 1
        else:
            self._open.add(key)
            if isinstance(node, MappingNode):
                size = self._mapping(node, depth)
            else:
                size = 1 + sum(self._child(child, depth) for child in node.value)
            self._open.discard(key)
            if size > MAX_NODES:
                raise Refused(node.start_mark, too_big())
        if self._sizes is not None:
            self._sizes[key] = size
        return size

    def _child(self, node: Node, depth: int) -> int:
        """visit() one level down; plain text (most of a method) checked in place, for speed."""
        if (
            self._sizes is None
            and depth < MAX_DEPTH
            and node.tag == STR
            and type(node) is ScalarNode
        ):
            if self._escapes:
                self._text(node)
            return 1
        return self.visit(node, depth + 1)

    def _mapping(self, node: MappingNode, depth: int) -> int:
        size = 1
        keys: set[object] = set()
        for key_node, value_node in node.value:
            if key_node.tag != MERGE:
                size += self._child(key_node, depth)
            size += self._child(value_node, depth)
            if not isinstance(key_node, ScalarNode) or key_node.tag in _KEY_ONLY:
                continue  # PyYAML refuses a list or mapping as a key; merges are no keys
            key = key_node.value if key_node.tag == STR else self._construct(key_node)
            if key in keys:
                self._problem(
                    key_node,
                    Msg("check.duplicate_key", key=str(key)),
                )
            keys.add(key)
        return size

    def _scalar(self, node: ScalarNode) -> None:
        if node.tag == STR:
            if self._escapes:
                self._text(node)
            return
        if node.tag in _KEY_ONLY:
            return
        value = self._construct(node)
        if node.style:
            return  # quoted: '015' is the text the author typed
        if node.tag in (INT, FLOAT):
            message = number_problem(node.value, value)
            if message is not None:
                self._problem(node, message)
        elif node.tag == BOOL:
            self.booleans.append(node)

    def _text(self, node: ScalarNode) -> None:
        found = control_character(node, self.text)
        if found is not None:
            line, col, message = found
            self.problems.append(Problem(self.path, line, col, Severity.error, message))

    def _construct(self, node: ScalarNode) -> object:
        """The value PyYAML's constructor makes of a scalar; Refused at the node when it cannot.

        The loader keeps what it constructed, so constructing the whole document afterwards
        reuses these values.
        """
        try:
            return self.loader.construct_object(node)
        except yaml.YAMLError:
            raise  # PyYAML located it itself (an unknown tag, bad base64)
        except Exception as error:
            message = construction_problem(node, self._explicit(node), error)
            raise Refused(node.start_mark, message) from None

    def _explicit(self, node: ScalarNode) -> bool:
        """Whether the author tagged the value, rather than YAML guessing its type."""
        plain = not node.style
        implicit = self._resolver.resolve(  # type: ignore[no-untyped-call]
            ScalarNode, node.value, (plain, True)
        )
        return bool(implicit != node.tag)

    def _problem(self, node: Node, message: Msg) -> None:
        self.problems.append(Problem(self.path, *_position(node), Severity.error, message))
