"""Arbitrary and mutated YAML into the loader: never a traceback, always a findable problem.

A method author's half-edited file must come back as problems they can jump to in an editor.
Hypothesis mutates the real bundled method files (lines deleted, duplicated, swapped, scalars
changed, bytes injected) and also feeds it raw bytes; for every outcome the loader must
return, and every problem must point inside the file (or be a file-level message at 1:1).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from intervisie_tui.library import FileResult, Severity, load_file

METHODS = Path(__file__).resolve().parents[2] / "methods"
ORIGINALS = tuple(sorted(METHODS.glob("*.yaml")))
SOURCES = tuple(path.read_bytes() for path in ORIGINALS)

FUZZ = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

#: Replacement values that break types, YAML syntax or anchors in typical ways.
SCALARS = (
    "",
    "-1",
    "0",
    "1e309",
    "99999999999999999999",
    "null",
    "~",
    "[",
    "]",
    "{",
    "}",
    "&a",
    "*a",
    "*missing",
    "!!python/object:os.system",
    "!!binary",
    "'",
    '"',
    "|",
    ">",
    ": :",
    "- - -",
    "\t",
    "ja",
    "yes",
    "? x",
    "%YAML 1.1",
    "---",
    "...",
    "é",
    "\u2028",
    "😀",
)
#: Bytes that are not text in a method file.
BYTES = (b"\x00", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\r", b"\x1b[31m", b"\t", b"\x85")


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """One folder for every generated file (hypothesis calls the test many times)."""
    with tempfile.TemporaryDirectory(prefix="fuzz-methods-") as folder:
        yield Path(folder)


def _mutate(data: bytes, draw: st.DrawFn) -> bytes:
    lines = data.split(b"\n")
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        kind = draw(st.sampled_from(["delete", "duplicate", "swap", "scalar", "bytes", "indent"]))
        if not lines:
            lines = [b""]
        i = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "scalar":
            head, sep, _value = lines[i].partition(b": ")
            value = draw(st.sampled_from(SCALARS)).encode()
            lines[i] = head + sep + value if sep else head + value
        elif kind == "bytes":
            cut = draw(st.integers(min_value=0, max_value=len(lines[i])))
            lines[i] = lines[i][:cut] + draw(st.sampled_from(BYTES)) + lines[i][cut:]
        else:
            lines[i] = draw(st.sampled_from([b" ", b"  ", b"\t", b""])) + lines[i].lstrip()
    return b"\n".join(lines)


@st.composite
def mutated_methods(draw: st.DrawFn) -> bytes:
    """A bundled method file with a few edits an author (or a bad copy-paste) might make."""
    original = draw(st.sampled_from(SOURCES))
    mutated = _mutate(original, draw)
    if draw(st.booleans()):  # a save that stopped halfway
        mutated = mutated[: draw(st.integers(min_value=0, max_value=len(mutated)))]
    return mutated


def line_models(data: bytes) -> tuple[list[str], list[str]]:
    """The file's lines as YAML counts them (CR, LF, CRLF, NEL, LS, PS), and split at LF only.

    Editors differ on a lone CR (VS Code breaks the line, vim shows ^M), and so do the loader's
    byte checks (LF) and its YAML positions (every YAML break); a position is inside the file
    when it is inside either. Bytes that are not UTF-8 count one character each.
    """
    text = data.decode("utf-8", "surrogateescape")
    return re.split("\r\n|[\r\n\x85\u2028\u2029]", text), text.split("\n")


def inside(lines: list[str], line: int, col: int) -> bool:
    """Whether line:col (1-based) is a character of the file or just after a line's end."""
    return 1 <= line <= len(lines) and 1 <= col <= len(lines[line - 1]) + 1


def assert_located(result: FileResult, path: Path, data: bytes) -> None:
    """Every problem names this file and a real position in it, or is a file-level 1:1."""
    models = line_models(data)
    assert result.path == path
    if result.method is None and result.ground_rules is None and result.agenda is None:
        assert any(p.severity is Severity.error for p in result.problems), result.problems
    for problem in result.problems:
        assert problem.path == path
        assert problem.said().strip(), problem
        assert "Traceback" not in problem.said()
        if (problem.line, problem.col) == (1, 1):
            continue  # a file-level message, or the very start of the file
        assert any(inside(lines, problem.line, problem.col) for lines in models), str(problem)


def _load(scratch: Path, data: bytes) -> tuple[Path, FileResult]:
    path = scratch / "method.yaml"
    path.write_bytes(data)
    return path, load_file(path)


def test_every_bundled_method_loads_unmutated(scratch: Path) -> None:
    """The fuzzing starts from files that are valid, so every failure below is the mutation."""
    assert len(ORIGINALS) >= 10
    for data in SOURCES:
        path, result = _load(scratch, data)
        usable = result.method or result.ground_rules
        assert usable is not None, [str(p) for p in result.problems]
        assert_located(result, path, data)


@FUZZ
@given(data=mutated_methods())
def test_mutated_method_files_give_located_problems(scratch: Path, data: bytes) -> None:
    path, result = _load(scratch, data)
    assert_located(result, path, data)


@FUZZ
@given(data=st.binary(max_size=2000))
@example(data=b"\xe1\x80\x80\x01")  # a control character after a 3-byte character
def test_arbitrary_bytes_give_located_problems(scratch: Path, data: bytes) -> None:
    path, result = _load(scratch, data)
    assert_located(result, path, data)


@FUZZ
@given(
    data=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=10), children, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_arbitrary_yaml_documents_give_located_problems(scratch: Path, data: object) -> None:
    import yaml

    text = yaml.safe_dump(data, allow_unicode=True).encode("utf-8")
    path, result = _load(scratch, text)
    assert result.method is None  # nothing random is a whole method
    assert_located(result, path, text)
