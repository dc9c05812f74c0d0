"""Byte-level checks before parsing: size, binary, encoding, with the real position."""

from __future__ import annotations

from pathlib import Path

from intervisie_tui.library import Problem, Severity
from intervisie_tui.library.source import MAX_BYTES, SourceText, read_source


def test_bad_byte_column_counts_characters_not_bytes(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    # 'Eén' is four bytes but three characters; the Latin-1 byte comes right after it.
    path.write_bytes("id: x\ntitle: Eén".encode() + b"\xe9n\n")
    problem = read_source(path)
    assert isinstance(problem, Problem)
    assert (problem.line, problem.col) == (2, len("title: Eén") + 1)
    assert "0xe9" in problem.said() and "save the file as UTF-8" in problem.said()


def test_utf16_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_bytes("id: x\n".encode("utf-16"))
    problem = read_source(path)
    assert isinstance(problem, Problem)
    assert "NUL" in problem.said() and "UTF-16" in problem.said()


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_bytes(b"\xef\xbb\xbfid: x\n")
    source = read_source(path)
    assert isinstance(source, SourceText)
    assert source.text == "id: x\n"


def test_size_limit_is_exact(tmp_path: Path) -> None:
    at_limit, over = tmp_path / "a.yaml", tmp_path / "b.yaml"
    at_limit.write_bytes(b"#" * MAX_BYTES)
    over.write_bytes(b"#" * (MAX_BYTES + 1))
    assert isinstance(read_source(at_limit), SourceText)
    problem = read_source(over)
    assert isinstance(problem, Problem)
    assert (problem.line, problem.col, problem.severity) == (1, 1, Severity.error)


def test_unreadable_paths_are_problems_not_exceptions(tmp_path: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    assert "folder" in str(read_source(folder))
    assert "file not found" in str(read_source(tmp_path / "missing.yaml"))
