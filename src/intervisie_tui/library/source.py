"""Reading a method file's bytes into text, refusing what is not a small UTF-8 text file.

These checks run before any YAML parsing, so a huge, binary or mis-encoded file is reported in
one clear sentence (with the position of the offending byte) instead of a parser error deep in
the file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.library.problem import Problem, Severity

#: A real method file is a few KiB; anything this big is the wrong file or generated garbage.
MAX_BYTES = 256 * 1024


@dataclass(frozen=True)
class SourceText:
    """The decoded text of a file that passed the byte-level checks."""

    path: Path
    text: str


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of the byte at `offset`."""
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, col


def read_source(path: Path) -> SourceText | Problem:
    """The file's text, or the one file-level problem that makes it unreadable as a method."""

    def problem(message: str, line: int = 1, col: int = 1) -> Problem:
        return Problem(path, line, col, Severity.error, message)

    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except IsADirectoryError:
        return problem("this is a folder, not a method file")
    except FileNotFoundError:
        return problem("file not found; check the path")
    except OSError as exc:
        return problem(f"cannot read the file: {exc.strerror or exc}")
    if len(data) > MAX_BYTES:
        return problem(
            f"file is larger than {MAX_BYTES // 1024} KiB; a method file is a few KiB, "
            "so this is probably not a method file"
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    nul = data.find(b"\0")
    if nul >= 0:
        return problem(
            "binary data (a NUL byte) here: a method file must be plain UTF-8 text; "
            "if your editor saved it as UTF-16, save it again as UTF-8",
            *_position(data, nul),
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return problem(
            f"this byte (0x{data[exc.start]:02x}) is not valid UTF-8: save the file as UTF-8 "
            "(it was probably saved as Latin-1 or Windows-1252)",
            *_position(data, exc.start),
        )
    return SourceText(path, text)
