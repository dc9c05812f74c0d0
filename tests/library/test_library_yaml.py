"""Parsing with positions and limits: aliases, loops, depth, duplicate keys, tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from intervisie_tui.library import Problem
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
    assert "alias bomb" in problem.message


def test_aliases_within_the_limit_share_the_value() -> None:
    result = parse("rules: &r [a, b]\nagain: *r\n")
    assert isinstance(result, ParsedYaml)
    assert result.data == {"rules": ["a", "b"], "again": ["a", "b"]}


def test_an_alias_inside_its_own_anchor_is_a_loop() -> None:
    problem = problem_of("a: &a\n  - x\n  - *a\n")
    assert (problem.line, problem.col) == (3, 5)
    assert "loop" in problem.message


@pytest.mark.parametrize("padding", [0, 3000], ids=["fast-parser", "guarded-parser"])
def test_nesting_too_deep_is_reported_where_it_crosses(padding: int) -> None:
    # Padding with '-' in a comment pushes the file onto the guarded (pure-Python) parser.
    text = "# " + "-" * padding + "\nx: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    problem = problem_of(text)
    # The mapping is level 1, so level MAX_DEPTH + 1 is the (MAX_DEPTH)th bracket.
    assert (problem.line, problem.col) == (2, len("x: ") + MAX_DEPTH)
    assert "nested" in problem.message


def test_very_deep_nesting_never_crashes_the_parser() -> None:
    problem = problem_of("x: " + "[" * 100_000 + "]" * 100_000)
    assert "nested" in problem.message


def test_duplicate_key_points_at_the_second_key() -> None:
    result = parse("a: 1\nb:\n  c: 2\n  c: 3\n")
    assert isinstance(result, ParsedYaml)
    (problem,) = result.problems
    assert (problem.line, problem.col) == (4, 3)
    assert "'c' appears twice" in problem.message


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
    assert "tags" in problem.message


def test_a_list_as_key_is_refused() -> None:
    problem = problem_of("? [a, b]\n: 1\n")
    assert (problem.line, problem.col) == (1, 3)


def test_two_documents_are_refused() -> None:
    problem = problem_of("id: a\n---\nid: b\n")
    assert problem.line == 2
    assert "remove the extra '---'" in problem.message


def test_tab_indentation_gets_a_hint() -> None:
    problem = problem_of("a:\n\tb: 1\n")
    assert (problem.line, problem.col) == (2, 1)
    assert "never tabs" in problem.message


def test_unclosed_quote_names_where_the_text_started() -> None:
    problem = problem_of('id: x\ntitle: "abc\n')
    assert "starts at line 2, column 8" in problem.message


def test_control_character_is_located() -> None:
    problem = problem_of("id: x\ntitle: a\x07b\n")
    assert (problem.line, problem.col) == (2, 9)
    assert "U+0007" in problem.message


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
    assert "a key needs ': ' after it" in problem.message


def test_an_unclosed_flow_list_says_how_to_close_it() -> None:
    problem = problem_of("a: [1, 2")
    assert (problem.line, problem.col) == (1, 9)
    assert "close the [ list ]" in problem.message
