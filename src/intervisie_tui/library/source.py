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
from intervisie_tui.messages import Msg

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

    def __init__(self, what: Msg) -> None:
        super().__init__(what.key)
        self.what = what


_KINDS = (
    (stat.S_ISFIFO, Msg("check.kind.fifo")),
    (stat.S_ISSOCK, Msg("check.kind.socket")),
    (stat.S_ISCHR, Msg("check.kind.device")),
    (stat.S_ISBLK, Msg("check.kind.device")),
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
            kind = next((kind for test, kind in _KINDS if test(mode)), Msg("check.kind.not_file"))
            raise _NotAFile(kind)
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
            Msg("check.folder_unreadable", reason=str(error.strerror or error)),
        )
    return Problem(folder, 1, 1, Severity.error, Msg("check.is_folder"))


def read_source(path: Path) -> SourceText | Problem:
    """The file's text, or the one file-level problem that makes it unreadable as a method."""

    def problem(message: Msg, line: int = 1, col: int = 1) -> Problem:
        return Problem(path, line, col, Severity.error, message)

    try:
        data = _read(path)
    except IsADirectoryError:
        return folder_problem(path)
    except FileNotFoundError:
        if path.is_symlink():
            return problem(Msg("check.dangling_link", target=os.readlink(path)))
        return problem(Msg("check.not_found"))
    except _NotAFile as refused:
        return problem(Msg("check.not_ordinary", what=refused.what))
    except PermissionError as exc:
        if path.is_dir():
            return folder_problem(path)
        return problem(Msg("check.cannot_read", reason=str(exc.strerror or exc)))
    except OSError as exc:
        return problem(Msg("check.cannot_read", reason=str(exc.strerror or exc)))
    if len(data) > MAX_BYTES:
        return problem(Msg("check.too_large", size=MAX_BYTES // 1024))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    nul = data.find(b"\0")
    if nul >= 0:
        return problem(Msg("check.nul_byte"), *_position(data, nul))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return problem(
            Msg("check.not_utf8", byte=f"{data[exc.start]:02x}"), *_position(data, exc.start)
        )
    return SourceText(path, text)
