"""Parsing with positions and limits: aliases, loops, depth, duplicate keys, tags."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from intervisie_tui.library import Problem, yaml_tree
from intervisie_tui.library.source import SourceText
from intervisie_tui.library.yaml_tree import (
    MAX_ALIASES,
    MAX_DEPTH,
    ParsedYaml,
    key_node_at,
    node_at,
    parse_yaml,
    position,
)


def parse(text: str) -> ParsedYaml | Problem | None:
    return parse_yaml(SourceText(Path("m.yaml"), text))


def problem_of(text: str) -> Problem:
    result = parse(text)
    assert isinstance(result, Problem), result
    return result


def test_alias_beyond_the_limit_is_reported_at_that_alias() -> None:
    lines = ["w: &w vraag"] + [f"k{i}: *w" for i in range(MAX_ALIASES)] + ["last:  *w"]
    problem = problem_of("\n".join(lines))
    assert (problem.line, problem.col) == (MAX_ALIASES + 2, len("last:  ") + 1)
    assert "alias bomb" in problem.said()


def test_aliases_within_the_limit_share_the_value() -> None:
    result = parse("rules: &r [a, b]\nagain: *r\n")
    assert isinstance(result, ParsedYaml)
    assert result.data == {"rules": ["a", "b"], "again": ["a", "b"]}


def test_an_alias_inside_its_own_anchor_is_a_loop() -> None:
    problem = problem_of("a: &a\n  - x\n  - *a\n")
    assert (problem.line, problem.col) == (3, 5)
    assert "loop" in problem.said()


@pytest.mark.parametrize("padding", [0, 3000], ids=["fast-parser", "guarded-parser"])
def test_nesting_too_deep_is_reported_where_it_crosses(padding: int) -> None:
    # Padding with '-' in a comment pushes the file onto the guarded (pure-Python) parser.
    text = "# " + "-" * padding + "\nx: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    problem = problem_of(text)
    # The mapping is level 1, so level MAX_DEPTH + 1 is the (MAX_DEPTH)th bracket.
    assert (problem.line, problem.col) == (2, len("x: ") + MAX_DEPTH)
    assert "nested" in problem.said()


def test_very_deep_nesting_never_crashes_the_parser() -> None:
    problem = problem_of("x: " + "[" * 100_000 + "]" * 100_000)
    assert "nested" in problem.said()


def test_duplicate_key_points_at_the_second_key() -> None:
    result = parse("a: 1\nb:\n  c: 2\n  c: 3\n")
    assert isinstance(result, ParsedYaml)
    (problem,) = result.problems
    assert (problem.line, problem.col) == (4, 3)
    assert "'c' appears twice" in problem.said()


def test_merge_keys_still_work() -> None:
    result = parse("base: &b {minutes: 5, title: x}\nstep:\n  <<: *b\n  title: y\n")
    assert isinstance(result, ParsedYaml)
    assert result.data == {
        "base": {"minutes": 5, "title": "x"},
        "step": {"minutes": 5, "title": "y"},
    }


def test_python_tags_are_refused_with_a_position() -> None:
    problem = problem_of("id: ok\ncmd: !!python/object/apply:os.system ['true']\n")
    assert (problem.line, problem.col) == (2, 6)
    assert "tags" in problem.said()


def test_a_list_as_key_is_refused() -> None:
    problem = problem_of("? [a, b]\n: 1\n")
    assert (problem.line, problem.col) == (1, 3)


def test_two_documents_are_refused() -> None:
    problem = problem_of("id: a\n---\nid: b\n")
    assert problem.line == 2
    assert "remove the extra '---'" in problem.said()


def test_tab_indentation_gets_a_hint() -> None:
    problem = problem_of("a:\n\tb: 1\n")
    assert (problem.line, problem.col) == (2, 1)
    assert "never tabs" in problem.said()


def test_unclosed_quote_names_where_the_text_started() -> None:
    problem = problem_of('id: x\ntitle: "abc\n')
    assert (problem.line, problem.col) == (2, 8)
    assert "does not close on this line" in problem.said()


def test_a_quote_left_open_is_found_where_it_opened_not_where_the_parser_stopped() -> None:
    steps = "".join(f"  - id: s{n}\n    title: Stap {n}\n    minutes: 2\n" for n in range(30))
    text = 'id: x\nsteps:\n  - id: eerste\n    title: "Vraag en doel\n    minutes: 2\n' + steps
    text += '  - id: laatste\n    title: "Afsluiting"\n'
    problem = problem_of(text)
    assert (problem.line, problem.col) == (4, 12)
    assert "does not close on this line" in problem.said()
    assert "opens here" in problem.said()


def test_a_tab_inside_a_value_gets_the_tab_hint_too() -> None:
    problem = problem_of("a:\n  b: een\n\tc\n")
    assert "never tabs" in problem.said(), problem.said()


def test_a_list_item_without_the_space_after_its_dash_says_so() -> None:
    problem = problem_of("steps:\n  - id: a\n    title: A\n  -id: b\n")
    assert problem.line == 4
    assert "put a space after the dash" in problem.said(), problem.said()


def test_control_character_is_located() -> None:
    problem = problem_of("id: x\ntitle: a\x07b\n")
    assert (problem.line, problem.col) == (2, 9)
    assert "U+0007" in problem.said()


def test_comment_only_file_is_empty() -> None:
    assert parse("# nothing here\n\n") is None


def test_node_lookup_follows_keys_and_indexes() -> None:
    result = parse("steps:\n  - id: a\n  - id: b\n    minutes: 5\n")
    assert isinstance(result, ParsedYaml)
    node, rest = node_at(result.root, ("steps", 1, "minutes"))
    assert (position(node), rest) == ((4, 14), ())
    node, rest = node_at(result.root, ("steps", 1, "title"))
    assert (position(node), rest) == ((3, 5), ("title",))
    key = key_node_at(result.root, ("steps", 1, "minutes"))
    assert key is not None and position(key) == (4, 5)


def test_end_of_file_errors_point_inside_the_file() -> None:
    # libyaml stops one line past a file without a final newline; the author needs a real spot.
    problem = problem_of("id: x\ntitle")
    assert (problem.line, problem.col) == (2, len("title") + 1)
    assert "a key needs ': ' after it" in problem.said()


def test_an_unclosed_flow_list_says_how_to_close_it() -> None:
    problem = problem_of("a: [1, 2")
    assert (problem.line, problem.col) == (1, 9)
    assert "close the [ list ]" in problem.said()


# PyYAML builds the data; our checks only refuse or add problems. Whatever we accept must be
# exactly what PyYAML's own safe loader makes of the text, and what it cannot read we refuse.
REPO = Path(__file__).resolve().parents[2]
YAML_FILES = sorted([*(REPO / "methods").glob("*.yaml"), *(REPO / "tests").rglob("*.yaml")])


def _nested(depth: int, leaf: str) -> str:
    """A value `depth` levels below the top mapping (level 1), alternating lists and maps."""
    text = leaf
    for level in range(depth - 2):
        text = f"[{text}]" if level % 2 else f"{{k: {text}}}"
    return "x: " + text + "\n"


CASES = {
    "plain": "id: a\nsteps:\n  - title: b\n    minutes: 5\n    optional: no\n",
    "non-text scalars": "1: one\n2.5: [~, yes, 0x1F, 2001-12-14, '7']\nnull: x\n",
    "duplicate keys": "a: 1\na: 2\n1: x\n1: y\n'1': z\nb: {c: 1, c: 2}\n",
    "text and number keys": "'1': a\n1: b\n",
    "list as key": "? [a, b]\n: 1\n",
    "mapping as key": "? {a: b}\n: 1\n",
    "inline merge": "step:\n  <<: {minutes: 5, title: x}\n  title: y\n",
    "merge through an alias": "b: &b {minutes: 5}\nstep:\n  <<: *b\n  title: y\n",
    "tagged collections": "s: !!set {a, b}\no: !!omap [a: 1, b: 2]\np: !!pairs [a: 1]\n",
    "explicit tags": "a: !!str 5\nb: !!int '7'\nc: !!float '1'\nd: !!binary aGk=\n",
    "star in quotes": "a: 'no * alias'\nb: \"*\"\n",
    "shared scalar": "w: &w vraag\nl: [*w, *w]\n",
    "deepest text": _nested(MAX_DEPTH, "leaf"),
    "text too deep": _nested(MAX_DEPTH + 1, "leaf"),
    "number too deep": _nested(MAX_DEPTH + 1, "5"),
    "key too deep": _nested(MAX_DEPTH, "{leaf: 1}"),
    "too many values": "big: [" + ", ".join(["v"] * (yaml_tree.MAX_NODES + 1)) + "]\n",
    "many values": "big: [" + ", ".join(["v"] * (yaml_tree.MAX_NODES - 3)) + "]\n",
}


def _same_as_pyyaml(text: str) -> None:
    result = parse(text)
    try:
        expected = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, ValueError, KeyError, AttributeError):
        assert isinstance(result, Problem), "PyYAML cannot read this, so neither may we"
        return
    if isinstance(result, ParsedYaml):
        assert result.data == expected
    else:
        limits = ("nested", "expands", "aliases")
        assert result is None or any(word in result.said() for word in limits)


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_the_data_is_pyyaml_s_own(text: str) -> None:
    _same_as_pyyaml(text)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda path: path.name)
def test_the_data_of_every_repository_file_is_pyyaml_s_own(path: Path) -> None:
    _same_as_pyyaml(path.read_text("utf-8", errors="replace"))


def test_limits_hold_at_their_edges() -> None:
    assert isinstance(parse(CASES["deepest text"]), ParsedYaml)
    assert isinstance(parse(CASES["many values"]), ParsedYaml)
    for case in ("text too deep", "number too deep", "key too deep"):
        assert "nested" in problem_of(CASES[case]).said(), case
    assert "expands to more than" in problem_of(CASES["too many values"]).said()


def test_duplicate_keys_are_judged_by_value_as_pyyaml_reads_them() -> None:
    result = parse(CASES["duplicate keys"])
    assert isinstance(result, ParsedYaml)
    assert [(p.line, p.col) for p in result.problems] == [(2, 1), (4, 1), (6, 11)]


def test_a_star_in_text_is_not_an_alias() -> None:
    result = parse("title: 'a * b'\nnote: x*y\n")
    assert isinstance(result, ParsedYaml)
    assert result.data == {"title": "a * b", "note": "x*y"}


def test_text_at_the_deepest_level_is_kept_and_one_deeper_is_refused() -> None:
    assert isinstance(parse(_nested(MAX_DEPTH, "leaf")), ParsedYaml)
    problem = problem_of(_nested(MAX_DEPTH + 1, "leaf"))
    assert "nested" in problem.said()
