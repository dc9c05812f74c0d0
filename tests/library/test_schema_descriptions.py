"""Every key of every schema explains itself: an author hovering over it in an editor reads why.

The YAML language server shows a property's `description` on hover; a key without one shows
nothing, and the author has to leave the editor for docs/methods.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from intervisie_tui.library.schema import SCHEMAS, method_schema


def properties(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Each property of every object in a schema, with its path."""
    if isinstance(node, dict):
        for name, prop in node.get("properties", {}).items():
            yield f"{where}.{name}", prop
        for key, value in node.items():
            yield from properties(value, f"{where}/{key}" if key != "properties" else where)
    elif isinstance(node, list):
        for item in node:
            yield from properties(item, where)


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_every_property_has_a_description(kind: str) -> None:
    found = list(properties(method_schema(kind)))
    assert len(found) > 10
    bare = [where for where, prop in found if not str(prop.get("description", "")).strip()]
    assert bare == [], f"give these fields a description in the model: {bare}"


def test_the_scan_finds_a_bare_property() -> None:
    schema = {"$defs": {"Step": {"properties": {"a": {"description": "x"}, "b": {}}}}}
    bare = [where for where, prop in properties(schema) if "description" not in prop]
    assert bare == ["/$defs/Step.b"]
