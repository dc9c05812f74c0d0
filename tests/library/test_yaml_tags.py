"""The quicker tag resolution gives exactly PyYAML's tags: a wrong tag would turn 'no' into
text, or '010' into a string, and the author would get a different message."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from intervisie_tui.library.yaml_tags import QuickResolver
from intervisie_tui.library.yaml_tree import _CFastLoader, _GuardedLoader

REPO = Path(__file__).resolve().parents[2]
YAML_FILES = sorted(
    [*(REPO / "methods").glob("*.yaml"), *(REPO / "tests" / "data").rglob("*.yaml")]
)

#: Every form the YAML 1.1 types of the safe loader know, near misses, and ordinary text.
VALUES = (
    *("", " ", "~", "null", "Null", "NULL", "nULL", "none", "None"),
    *("y", "Y", "yes", "Yes", "YES", "yEs", "n", "N", "no", "No", "NO", "true", "True"),
    *("TRUE", "tRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "o"),
    *("0", "-0", "+0", "1", "-1", "+12", "010", "0o17", "0b101", "-0b1", "0x1F", "0xg"),
    *("1_000", "190:20:30", "-1:30", "1:60", "1.5", "-1.5", "1.", ".5", "1e3", "1.0e+3"),
    *("6.8523015e+5", "685.230_15e+03", "190:20:30.15", ".inf", "-.Inf", "+.INF", ".nan"),
    *(".NaN", ".NAN", "nan", "inf", "2001-12-14", "2001-12-14t21:59:43.10-05:00"),
    *("2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z", "2001-1-1", "12:30", "<<", "<"),
    *("=", "==", "!", "&", "*", "-", "+", ".", "..", "title", "title_en", "turns", "text"),
    *("free", "round", "opening", "notes", "Nog geen advies", "open-vragen", "0.5 min", "é"),
)
IMPLICIT = ((True, False), (False, True), (False, False), (True, True))


@pytest.mark.parametrize("implicit", IMPLICIT)
def test_scalar_tags_are_pyyaml_s(implicit: tuple[bool, bool]) -> None:
    ours, theirs = QuickResolver(), Resolver()
    for value in VALUES:
        expected = theirs.resolve(ScalarNode, value, implicit)
        assert ours.resolve(ScalarNode, value, implicit) == expected, value


@pytest.mark.parametrize("kind", [SequenceNode, MappingNode])
@pytest.mark.parametrize("implicit", [True, False])
def test_collection_tags_are_pyyaml_s(kind: type[Node], implicit: bool) -> None:
    assert QuickResolver().resolve(kind, None, implicit) == Resolver().resolve(kind, None, implicit)


class _QuickSafeLoader(QuickResolver, yaml.SafeLoader):
    """The pure-Python loader with our tags, as the guarded loader has them (without limits)."""


def _shape(node: Node | None, seen: dict[int, int]) -> object:
    """Everything composing decides about a node: tag, value, positions, style, sharing."""
    if node is None:
        return None
    if id(node) in seen:
        return ("alias of", seen[id(node)])
    seen[id(node)] = len(seen)
    marks = (node.start_mark.index, node.end_mark.index)
    if isinstance(node, ScalarNode):
        return (node.tag, node.value, marks, node.style)
    if isinstance(node, MappingNode):
        pairs = [(_shape(key, seen), _shape(value, seen)) for key, value in node.value]
        return (node.tag, pairs, marks, node.flow_style)
    return (node.tag, [_shape(child, seen) for child in node.value], marks, node.flow_style)


def _compose(loader_class: type, text: str) -> object:
    try:
        loader = loader_class(text)
    except yaml.YAMLError as error:
        return str(error)
    try:
        return _shape(loader.get_single_node(), {})
    except yaml.YAMLError as error:
        return str(error)
    finally:
        loader.dispose()


def _same_nodes(text: str) -> None:
    assert _CFastLoader is not None
    assert _compose(_CFastLoader, text) == _compose(yaml.CSafeLoader, text)
    assert _compose(_QuickSafeLoader, text) == _compose(yaml.SafeLoader, text)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda path: path.name)
def test_files_compose_to_the_same_nodes(path: Path) -> None:
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8: refused before parsing")
    _same_nodes(text)


def test_tagged_and_quoted_values_keep_their_tags() -> None:
    _same_nodes("a: !!str 1\nb: '1'\nc: ! 1\nd: !!int '7'\ne: [no, 'no', \"no\"]\nf: !!set {x}\n")


def test_the_guarded_loader_resolves_quickly_too() -> None:
    assert issubclass(_GuardedLoader, QuickResolver)
