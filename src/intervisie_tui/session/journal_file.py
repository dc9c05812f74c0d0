"""Writing a session file: created exclusively, private, one synced line per event.

Two meetings started in the same second must never share a file, so a journal is created with
O_EXCL (the name taken by the operating system, not checked first and then created). The file
is 0600 in a 0700 folder, and the window writing it holds its lock (`journal_lock.py`).

Every append starts where the last good line ended: a write that failed half way (a full disk)
leaves no torn line behind for the next one to be glued to, and a journal that was deleted is
not silently recreated without its first line (there is no O_CREAT on an append).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_tui.session.events import Event, SessionCreated, event_to_json
from intervisie_tui.session.folders import NOFOLLOW, PRIVATE_FILE, private_folder, write_private
from intervisie_tui.session.journal_lock import JournalLock

if TYPE_CHECKING:
    from intervisie_tui.session.journal import JournalContents

#: A journal's file name ends in this (one JSON event per line).
SUFFIX = ".jsonl"


class JournalChanged(OSError):
    """The file on disk is not what this window wrote: another program shortened, replaced or
    added to it. Writing on would destroy or corrupt someone's lines, so nothing is written."""


def encode_events(events: Sequence[Event]) -> bytes:
    """Events as journal lines, each ending in a newline."""
    return b"".join((event_to_json(event) + "\n").encode("utf-8") for event in events)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def journal_stem(created: SessionCreated) -> str:
    """A journal's name without suffix: the local start time and the method (for people);
    a meeting of several items is named after its first case's method and 'e.a.'."""
    local = created.at.astimezone()  # names are for people: the time on the room's clock
    items = created.agenda.items
    cases = [items[i].method_id for i in created.agenda.case_items()] or [items[0].method_id]
    name = cases[0] if len(items) == 1 else f"bijeenkomst-{cases[0]}"
    return f"{local.strftime('%Y-%m-%d_%H%M%S')}_{name}"


def create_exclusive(folder: Path, stem: str, data: bytes) -> tuple[Path, int]:
    """A new file `stem[-N].jsonl` in `folder` holding `data`, and its still-open descriptor.

    The name is claimed with O_EXCL, so two processes starting at the same moment get two
    files; OSError when the folder cannot be made or written.
    """
    private_folder(folder)
    counter = 1
    while True:
        path = folder / (f"{stem}{SUFFIX}" if counter == 1 else f"{stem}-{counter}{SUFFIX}")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, PRIVATE_FILE)
        except FileExistsError:
            counter += 1
            continue
        try:
            _write_all(fd, data)
        except BaseException:
            os.close(fd)
            path.unlink(missing_ok=True)
            raise
        _sync_folder(folder)
        return path, fd


class Journal:
    """An open session file, locked by this window, that events are appended to."""

    def __init__(self, path: Path, size: int, lock: JournalLock) -> None:
        self.path = path
        self.size = size
        self.lock = lock
        #: A write failed part way: what stands after `size` is our own half line.
        self._torn = False

    @classmethod
    def create(cls, folder: Path, events: Sequence[Event], now: datetime) -> Journal:
        """Start a journal in `folder` holding `events` (the set-up first) and lock it."""
        created = events[0]
        assert isinstance(created, SessionCreated)
        data = encode_events(events)
        path, fd = create_exclusive(folder, journal_stem(created), data)
        try:
            lock = JournalLock.acquire(path, now)
        finally:
            os.close(fd)
        return cls(path, len(data), lock)

    @classmethod
    def reopen(cls, contents: JournalContents, now: datetime) -> Journal:
        """Continue a journal: lock it (JournalInUse when another window has it), then cut
        off a torn last line so new lines stay whole."""
        lock = JournalLock.acquire(contents.path, now)
        try:
            if contents.good_bytes < contents.path.stat().st_size:
                fd = os.open(contents.path, os.O_WRONLY | NOFOLLOW)
                try:
                    os.ftruncate(fd, contents.good_bytes)
                    os.fsync(fd)
                finally:
                    os.close(fd)
        except BaseException:
            lock.release()
            raise
        return cls(contents.path, contents.good_bytes, lock)

    @property
    def report_path(self) -> Path:
        """Where the Markdown report of this session is saved, next to the journal."""
        return report_path_for(self.path)

    def append(self, events: Sequence[Event]) -> None:
        """Write `events` as lines after the last good one and fsync; OSError when refused.

        FileNotFoundError means the journal was deleted (it is not recreated here);
        JournalChanged that another program changed it.
        """
        data = encode_events(events)
        fd = os.open(self.path, os.O_WRONLY | NOFOLLOW)
        try:
            size = os.fstat(fd).st_size
            if size < self.size or (size > self.size and not self._torn):
                raise JournalChanged(f"{self.path}: {size} bytes, this window wrote {self.size}")
            if size > self.size:
                os.ftruncate(fd, self.size)  # what our failed write left of a line
            os.lseek(fd, self.size, os.SEEK_SET)
            try:
                _write_all(fd, data)
            except OSError:
                self._torn = True
                raise
        finally:
            os.close(fd)
        self._torn = False
        self.size += len(data)

    def close(self) -> None:
        """Let go of the meeting: another window may open it now."""
        self.lock.release()


def write_report(journal_path: Path, text: str) -> Path:
    """Save the Markdown report next to its journal (0600, never through a planted link)."""
    target = report_path_for(journal_path)
    write_private(target, text.encode("utf-8"))
    return target


def report_path_for(journal_path: Path) -> Path:
    """The report file that belongs to a journal."""
    return journal_path.with_suffix(".md")


def _sync_folder(folder: Path) -> None:
    """Make the new file's directory entry durable too (best effort; not on every OS)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
