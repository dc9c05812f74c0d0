"""Hostile YAML into the loader: only `path:line:col: severity: message` lines ever come out.

tests/resilience/test_loader_fuzz.py mutates whole files; this one aims at the YAML layer
itself, with what an attacker or an unlucky editor puts there: every tag PyYAML knows and some
it does not, on values of every kind; nesting from one level to thousands, in flow and block
style; anchors and aliases, looping or multiplying; escapes that make control characters;
numbers in every YAML 1.1 form; and random bytes. Whatever comes in, the loader returns, each
problem is one printable line that names this file and a real position in it.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervisie_tui.library import FileResult, load_file

MINI = (Path(__file__).resolve().parent.parent / "data" / "valid" / "mini.yaml").read_text()
LINES = MINI.split("\n")
#: The printed form of every problem (Problem.__str__), as editors and CI read it.
PRINTED = re.compile(r"[^\n]+:(\d+):(\d+): (error|warning): [^\n]+")
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")

FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

TAGS = (
    *("!!str", "!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!!binary", "!!seq"),
    *("!!map", "!!set", "!!omap", "!!pairs", "!!merge", "!!value", "!!yaml", "!", "!foo"),
    *("!!python/object:os.system", "!!python/name:os.system", "!<tag:x,2000:y>", "!!python/str"),
)
SCALARS = (
    *("abc", "maybe", "foo", "", "~", "1" * 5000, "2024-13-45", "2001-02-29", "2001-12-14"),
    *("015", "010", "1:30", "1:30.5", "0x1F", "0b101", "-0o7", "1_000", ".inf", ".nan", "1e3"),
    *("true", "yes", "off", "<<", "=", "aGk=", "%%", "12:60", "-", "?", "'x'", '"y"', "[a]"),
)
ESCAPES = ("\\e", "\\a", "\\0", "\\x07", "\\u001b", "\\x9b", "\\r", "\\N", "\\t", "\\n", "\\\\")


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fuzz-hostile-") as folder:
        yield Path(folder)


def _load(scratch: Path, text: str | bytes) -> tuple[Path, FileResult, bytes]:
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    path = scratch / "method.yaml"
    path.write_bytes(data)
    return path, load_file(path), data


def assert_clear(path: Path, result: FileResult, data: bytes) -> None:
    """Every problem prints as one located line for this file, inside the file or at 1:1."""
    text = data.decode("utf-8", "replace")
    line_sets = (re.split("\r\n|[\r\n\x85\u2028\u2029]", text), text.split("\n"))
    if result.method is None:
        assert any(problem.is_error for problem in result.problems)
    for problem in result.problems:
        printed = str(problem)
        assert PRINTED.fullmatch(printed), printed
        assert printed.startswith(f"{path}:"), printed
        assert not CONTROL.search(printed), printed
        if (problem.line, problem.col) == (1, 1):
            continue
        assert any(
            1 <= problem.line <= len(lines) and 1 <= problem.col <= len(lines[problem.line - 1]) + 1
            for lines in line_sets
        ), printed


@st.composite
def tagged_values(draw: st.DrawFn) -> str:
    """mini.yaml with some values replaced by a tag on a scalar, a list or a mapping."""
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(1, len(lines) - 1))
        head, sep, _value = lines[index].partition(": ")
        tag = draw(st.sampled_from(TAGS))
        value = draw(
            st.sampled_from(SCALARS)
            | st.sampled_from(["[a, b]", "{a: 1}", "[a: 1, b: 2]", "{a, b}", "!!int [1]"])
        )
        lines[index] = f"{head}{sep or ': '}{tag} {value}"
    return "\n".join(lines)


@st.composite
def deep_nesting(draw: st.DrawFn) -> str:
    """A value nested from one to thousands of levels, flow or block, maybe left unclosed."""
    depth = draw(st.integers(1, 3000))
    if draw(st.booleans()):
        opening = "".join(draw(st.sampled_from(["[", "{a: "])) for _ in range(min(depth, 200)))
        opening *= max(1, depth // 200)
        closing = "".join("]" if char == "[" else "}" for char in reversed(opening) if char in "[{")
        body = (
            opening + draw(st.sampled_from(SCALARS)) + closing[: draw(st.integers(0, len(closing)))]
        )
        return MINI + f"x: {body}\n"
    block = "".join(
        f"{'  ' * level}- \n" if level % 2 else f"{'  ' * level}k:\n"
        for level in range(min(depth, 400))
    )
    return MINI + "x:\n" + block


@st.composite
def aliases(draw: st.DrawFn) -> str:
    """Anchors and aliases: shared, multiplied (a bomb), looping, undefined or merged."""
    count = draw(st.integers(1, 8))
    lines = ["a0: &a0 [x, y]"]
    for number in range(1, count):
        refs = ", ".join(
            f"*a{draw(st.integers(0, number - 1))}" for _ in range(draw(st.integers(1, 12)))
        )
        lines.append(f"a{number}: &a{number} [{refs}]")
    lines.append(draw(st.sampled_from(["loop: &l [*l]", "m: {<<: *a0}", "u: *nope", "s: *a0", ""])))
    return MINI + "\n".join(lines) + "\n"


@st.composite
def escaped_text(draw: st.DrawFn) -> str:
    """A double-quoted title or key holding escapes, some of them control characters."""
    parts = draw(st.lists(st.sampled_from(ESCAPES) | st.text("ab é\"'", max_size=3), max_size=6))
    quoted = (
        '"'
        + "".join(part.replace('"', '\\"') if part not in ESCAPES else part for part in parts)
        + '"'
    )
    if draw(st.booleans()):
        return MINI.replace("title: Mini-methode", f"title: {quoted}", 1)
    return MINI.replace("title_en: Mini method", f"{quoted}: x", 1)


@FUZZ
@given(text=tagged_values())
def test_tags_on_any_value(scratch: Path, text: str) -> None:
    assert_clear(*_load(scratch, text))


@FUZZ
@given(text=deep_nesting())
def test_nesting_of_any_depth(scratch: Path, text: str) -> None:
    assert_clear(*_load(scratch, text))


@FUZZ
@given(text=aliases())
def test_aliases_of_any_shape(scratch: Path, text: str) -> None:
    assert_clear(*_load(scratch, text))


@FUZZ
@given(text=escaped_text())
def test_escapes_in_quoted_text(scratch: Path, text: str) -> None:
    assert_clear(*_load(scratch, text))


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(scratch: Path, data: bytes) -> None:
    assert_clear(*_load(scratch, data))


@FUZZ
@given(text=st.text(alphabet=st.sampled_from("[]{}:-?&*!|>'\"#,% \n\tab01.\\e"), max_size=400))
def test_random_yaml_punctuation(scratch: Path, text: str) -> None:
    assert_clear(*_load(scratch, MINI + text))
