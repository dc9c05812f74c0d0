"""The implicit tags of YAML nodes, resolved as PyYAML's safe loaders do, with less work per node.

libyaml's composer calls back into Python three times for every node: `resolve` for its tag and
`descend_resolver` / `ascend_resolver` to follow its path. PyYAML's resolver is generic (path
resolvers, a table that can grow at run time), and those calls were a fifth of composing a
method file. The safe loaders have no path resolvers and a fixed table, so the same tags come
from one lookup by first character, and the path calls have nothing to do. A test compares
the tags with PyYAML's own resolver, value by value and file by file.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver, Resolver

_Candidates = tuple[tuple[str, re.Pattern[str]], ...]
_Table = dict[str, _Candidates]


def _by_first_character(table: dict[Any, list[tuple[str, re.Pattern[str]]]]) -> _Table:
    """PyYAML's table, each entry already followed by the wildcard resolvers (first=None)."""
    wildcard = tuple(table.get(None, ()))
    return {first: (*found, *wildcard) for first, found in table.items() if first is not None}


# The safe loaders' table is filled when PyYAML is imported and never changes after; path
# resolvers would make a tag depend on where a node sits, which this shortcut cannot follow.
assert not Resolver.yaml_path_resolvers, "path resolvers need PyYAML's own resolve()"
_CANDIDATES = _by_first_character(Resolver.yaml_implicit_resolvers)
_WILDCARD: _Candidates = tuple(Resolver.yaml_implicit_resolvers.get(None, ()))


class QuickResolver:
    """Mixed in before a PyYAML safe loader to give it these tags (the loader is unchanged)."""

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        """The tag of a node without an explicit tag: a plain scalar's by its text."""
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in _CANDIDATES.get(value[:1], _WILDCARD):
                    if regexp.match(value):
                        return tag
            return BaseResolver.DEFAULT_SCALAR_TAG
        if kind is SequenceNode:
            return BaseResolver.DEFAULT_SEQUENCE_TAG
        return BaseResolver.DEFAULT_MAPPING_TAG

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """Nothing to follow: without path resolvers no tag depends on the path."""

    def ascend_resolver(self) -> None:
        """Nothing to follow (see descend_resolver)."""
