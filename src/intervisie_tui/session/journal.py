"""The session file: one JSON event per line, each fsynced before it counts.

A meeting's notes are often the only record of what a colleague brought in; a power cut or a
closed laptop lid must not lose them. Appending single lines and syncing each one means a crash
can at worst tear the very last line, which replay ignores with a warning.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.session.events import (
    JOURNAL_VERSION,
    Event,
    Finished,
    SessionCreated,
    event_from_json,
    event_to_json,
)
from intervisie_tui.session.state import CommandRejected, SessionState, apply, initial_state

SUFFIX = ".jsonl"


class JournalError(Exception):
    """A journal that cannot be read; the message says file:line:col and what to do."""

    def __init__(self, path: Path, line: int, column: int, problem: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
        super().__init__(f"{path}:{line}:{column}: {problem}")


@dataclass(frozen=True)
class JournalWarning:
    """Something the chair should see once but that does not stop the meeting."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class JournalContents:
    """A parsed journal: its first line, the events after it, and where good data ends."""

    path: Path
    created: SessionCreated
    events: tuple[Event, ...]
    good_bytes: int
    warning: JournalWarning | None = None

    @property
    def finished(self) -> bool:
        """Whether the meeting was closed (so it is not offered for resume)."""
        return any(isinstance(event, Finished) for event in self.events)


def _parse_line(path: Path, number: int, raw: bytes) -> Event:
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as error:
        raise JournalError(path, number, error.start + 1, "geen geldige UTF-8-tekst") from error
    except json.JSONDecodeError as error:
        raise JournalError(path, number, error.colno, f"geen geldige JSON: {error.msg}") from error
    if number == 1 and isinstance(data, dict) and data.get("type") == "created":
        # Before validating: a newer journal's method may well have keys this version lacks.
        version = data.get("version")
        if version != JOURNAL_VERSION:
            raise JournalError(
                path,
                1,
                1,
                f"journaalversie {version}, dit programma leest versie {JOURNAL_VERSION}: "
                "open het met de versie van intervisie-tui die het schreef",
            )
    from pydantic import ValidationError  # only a journal being read needs pydantic

    try:
        return event_from_json(text)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        if number == 1 and "method" in loc:
            raise JournalError(
                path,
                1,
                1,
                "de methode in dit journaal past niet bij deze versie van intervisie-tui "
                f"({error.error_count()} problemen)",
            ) from error
        where = ".".join(str(part) for part in loc)
        raise JournalError(
            path, number, 1, f"onbekende of beschadigde gebeurtenis ({where}: {first['msg']})"
        ) from error


def read_journal(path: Path) -> JournalContents:
    """Parse a journal; a torn last line is dropped with a warning, anything else is an error.

    Raises JournalError (file:line:col) when the file is empty, does not start with the
    meeting's set-up, or is damaged before its last line: those are not crash leftovers.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise JournalError(path, 1, 1, f"kan het bestand niet lezen ({error.strerror})") from error
    lines = data.split(b"\n")
    tail = lines.pop()  # empty after a clean write; otherwise a line the crash cut short
    events: list[Event] = []
    good = 0
    torn_line: int | None = None
    for number, raw in enumerate(lines, start=1):
        try:
            event = _parse_line(path, number, raw)
        except JournalError:
            if number == len(lines) and not tail and number > 1:
                torn_line = number  # written whole but garbled: still the last line
                break
            raise
        events.append(event)
        good += len(raw) + 1
    if tail and events:
        torn_line = len(lines) + 1
    elif tail:
        raise JournalError(path, 1, len(tail) + 1, "de eerste regel is niet afgemaakt")
    warning = None
    if torn_line is not None:
        warning = JournalWarning(
            path,
            torn_line,
            "De laatste regel was half geschreven (het programma werd onderbroken) en is "
            "genegeerd; alles daarvoor is bewaard.",
        )
    if not events:
        raise JournalError(path, 1, 1, "leeg journaal: er is geen bijeenkomst in opgeslagen")
    created, rest = events[0], events[1:]
    if not isinstance(created, SessionCreated):
        raise JournalError(path, 1, 1, "de eerste regel moet het begin van de bijeenkomst zijn")
    return JournalContents(path, created, tuple(rest), good, warning)


def replay_journal(contents: JournalContents) -> SessionState:
    """The state a journal describes; JournalError (file:line:col) when an event does not fit.

    Only a hand-edited or foreign file can contain such an event: the engine never writes an
    event its own reducer refuses.
    """
    state = initial_state(contents.created)
    for number, event in enumerate(contents.events, start=2):
        try:
            state = apply(state, event)
        except CommandRejected as error:
            raise JournalError(
                contents.path, number, 1, f"deze gebeurtenis past niet bij de bijeenkomst: {error}"
            ) from error
    return state


class Journal:
    """An open session file that events are appended to, each one synced to disk."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def create(cls, folder: Path, created: SessionCreated) -> Journal:
        """Start a new journal in `folder`, named after the start time and the method."""
        folder.mkdir(parents=True, exist_ok=True)
        local = created.at.astimezone()  # names are for people: the time on the room's clock
        stem = f"{local.strftime('%Y-%m-%d_%H%M%S')}_{created.setup.method_id}"
        path = folder / f"{stem}{SUFFIX}"
        counter = 2
        while path.exists():
            path = folder / f"{stem}-{counter}{SUFFIX}"
            counter += 1
        journal = cls(path)
        journal.append(created)
        _sync_folder(folder)
        return journal

    @classmethod
    def reopen(cls, contents: JournalContents) -> Journal:
        """Continue an existing journal, cutting off a torn last line so new lines stay whole."""
        if contents.good_bytes < contents.path.stat().st_size:
            with contents.path.open("r+b") as handle:
                handle.truncate(contents.good_bytes)
                handle.flush()
                os.fsync(handle.fileno())
        return cls(contents.path)

    @property
    def report_path(self) -> Path:
        """Where the Markdown report of this session is saved, next to the journal."""
        return report_path_for(self.path)

    def append(self, event: Event) -> None:
        """Write one event as one line and fsync it; OSError when the disk refuses."""
        line = (event_to_json(event) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            written = 0
            while written < len(line):
                written += os.write(fd, line[written:])
            os.fsync(fd)
        finally:
            os.close(fd)


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


def list_journals(folder: Path) -> list[Path]:
    """Every journal in the folder, newest first (names start with the start time)."""
    if not folder.is_dir():
        return []
    return sorted(
        folder.glob(f"*{SUFFIX}"), key=lambda p: (p.stat().st_mtime, p.name), reverse=True
    )


def latest_unfinished(folder: Path) -> Path | None:
    """The most recent journal whose meeting was not closed, or None.

    Journals that cannot be read are passed over: resume offers what it can continue.
    """
    for path in list_journals(folder):
        try:
            contents = read_journal(path)
        except JournalError:
            continue
        if not contents.finished:
            return path
    return None


def latest(folder: Path, paths: Sequence[Path] | None = None) -> Path | None:
    """The most recent journal, finished or not (for `report` without an argument)."""
    found = list_journals(folder) if paths is None else list(paths)
    return found[0] if found else None
