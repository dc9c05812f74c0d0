"""One window per meeting: an exclusive advisory lock on the journal while a window holds it.

Two windows appending to one journal give duplicate note ids, after which neither `report` nor
`resume` can read it. So the window that opens a meeting takes an exclusive lock (flock) on the
journal for as long as it holds the meeting, and a second window is refused with the process
and the time that hold it. An advisory lock dies with its process: a window killed with
SIGKILL, or a laptop that crashed, never locks the group out of its own meeting.

Who holds the lock is written next to the journal (`<journal>.lock`, 0600) only to tell the
second window; the lock itself is on the journal file, so removing that note changes nothing.
On Windows there is no lock yet (`LOCKING` is False): msvcrt's locks are mandatory, and would
refuse the window's own appends through a second handle.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType

from intervisie_tui.messages import Msg
from intervisie_tui.session.folders import NOFOLLOW, PRIVATE_FILE

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

#: Whether this platform can lock a journal (see the module docstring for Windows).
LOCKING = fcntl is not None


@dataclass(frozen=True)
class Holder:
    """The window that holds a meeting: its process id and since when (as it wrote them)."""

    pid: int | None
    since: str


class JournalInUse(Exception):
    """The meeting is open in another window; `problem` says which process and since when."""

    def __init__(self, path: Path, holder: Holder) -> None:
        self.path = path
        self.holder = holder
        pid = "?" if holder.pid is None else str(holder.pid)
        since = _clock_time(holder.since)
        self.problem = Msg("journal.in_use", path=str(path), pid=pid, since=since)
        super().__init__(f"{path}: in use by pid {pid} since {holder.since}")


def _clock_time(stamp: str) -> str:
    """The holder's start as a chair reads a clock ("27-11 14:33"), not an ISO stamp."""
    try:
        return datetime.fromisoformat(stamp).strftime("%d-%m %H:%M")
    except ValueError:
        return stamp or "?"


def holder_path(journal: Path) -> Path:
    """Where the holder of a journal's lock is written down."""
    return journal.with_name(journal.name + ".lock")


class JournalLock:
    """The lock on one journal, held from `acquire` until `release` (or the process ends)."""

    def __init__(self, path: Path, handle: int | None) -> None:
        self.path = path
        self._fd = handle

    @classmethod
    def acquire(cls, path: Path, now: datetime) -> JournalLock:
        """Lock `path` for this process; JournalInUse when another window holds it."""
        if fcntl is None:
            return cls(path, None)
        fd = os.open(path, os.O_RDONLY | NOFOLLOW)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise JournalInUse(path, read_holder(path)) from None
        except BaseException:
            os.close(fd)
            raise
        lock = cls(path, fd)
        lock._write_holder(now)
        return lock

    def _write_holder(self, now: datetime) -> None:
        note = json.dumps({"pid": os.getpid(), "since": now.astimezone().isoformat("T", "seconds")})
        target = holder_path(self.path)
        try:
            target.unlink(missing_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, PRIVATE_FILE)
            try:
                os.write(fd, note.encode("utf-8"))
            finally:
                os.close(fd)
        except OSError:
            pass  # only a courtesy to a second window; the lock itself holds

    @property
    def held(self) -> bool:
        """Whether this lock still holds its journal."""
        return self._fd is not None

    def __del__(self) -> None:
        # A session dropped without `close` (a test, an error path) must not keep the lock:
        # the file object of the same descriptor would have closed it as well.
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)

    def release(self) -> None:
        """Let another window open the meeting (also happens when the process ends)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            holder_path(self.path).unlink(missing_ok=True)
        os.close(self._fd)  # closing the descriptor releases the flock
        self._fd = None


def holder_of(journal: Path) -> Holder | None:
    """Who holds `journal` right now (None: nobody; the lock is tried and let go at once)."""
    if fcntl is None:
        return None
    try:
        fd = os.open(journal, os.O_RDONLY | NOFOLLOW)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return read_holder(journal)
    finally:
        os.close(fd)
    return None


def read_holder(journal: Path) -> Holder:
    """Who wrote that they hold `journal` (pid None when the note is missing or unreadable)."""
    try:
        data = json.loads(holder_path(journal).read_text(encoding="utf-8")[:1000])
        pid = data.get("pid")
        return Holder(pid if isinstance(pid, int) else None, str(data.get("since", ""))[:40])
    except (OSError, ValueError, AttributeError, RecursionError):
        return Holder(None, "")
