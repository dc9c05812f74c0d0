"""Reading a method file's bytes into text, refusing what is not a small UTF-8 text file.

These checks run before any YAML parsing, so a huge, binary or mis-encoded file is reported in
one clear sentence (with the position of the offending byte) instead of a parser error deep in
the file. What is not an ordinary file (a named pipe, a device) is refused before a single byte
is read: reading a pipe nobody writes to would wait forever.
"""

from __future__ import annotations

import codecs
import os
import stat
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


class _NotAFile(OSError):
    """The path is something other than an ordinary file or a folder; carries what it is."""


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def _read(path: Path) -> bytes:
    """Up to MAX_BYTES + 1 bytes of an ordinary file; raises OSError for anything else.

    Opened without blocking, so a named pipe is recognised (and refused) at once instead of
    waiting for a writer that never comes.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):
            raise _NotAFile(next((kind for test, kind in _KINDS if test(mode)), "not a file"))
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            return stream.read(MAX_BYTES + 1)
    finally:
        os.close(descriptor)


def folder_problem(folder: Path) -> Problem:
    """Why a folder where a method file was expected gives no method: unreadable, or a folder."""
    try:
        with os.scandir(folder):
            pass
    except OSError as error:
        return Problem(
            folder,
            1,
            1,
            Severity.error,
            f"cannot read this folder ({error.strerror or error}), so none of its method files "
            "were loaded; give yourself permission to read it (chmod u+rx) or move the files",
        )
    return Problem(folder, 1, 1, Severity.error, "this is a folder, not a method file")


def read_source(path: Path) -> SourceText | Problem:
    """The file's text, or the one file-level problem that makes it unreadable as a method."""

    def problem(message: str, line: int = 1, col: int = 1) -> Problem:
        return Problem(path, line, col, Severity.error, message)

    try:
        data = _read(path)
    except IsADirectoryError:
        return folder_problem(path)
    except FileNotFoundError:
        if path.is_symlink():
            return problem(f"this is a link to {os.readlink(path)}, which does not exist")
        return problem("file not found; check the path")
    except _NotAFile as what:
        return problem(
            f"this is {what}, not an ordinary file; a method file must be an ordinary text file"
        )
    except PermissionError as exc:
        if path.is_dir():
            return folder_problem(path)
        return problem(f"cannot read the file: {exc.strerror or exc}")
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
