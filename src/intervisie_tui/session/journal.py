"""Reading a session file: one JSON event per line, checked before replay trusts it.

A meeting's notes are often the only record of what a colleague brought in. The writer
(`journal_file.py`) appends one whole line at a time and syncs it, so a crash can at worst leave
a last line without its newline: that torn line is dropped with a warning. Anything else that
does not read (a complete line that is garbled, of an unknown kind, or does not fit the meeting)
is damage: it is never cut off the file, and `salvage` still gives everything before it, so the
chair can print what was saved and is told exactly where the damage is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.session.events import (
    JOURNAL_VERSION,
    READABLE_VERSIONS,
    Event,
    Finished,
    LegacyCreated,
    NoteAdded,
    SessionCreated,
    event_from_json,
)
from intervisie_tui.session.journal_file import SUFFIX
from intervisie_tui.session.state import CommandRejected, SessionState, apply, initial_state

#: Deeper than any event we write (about 8 levels); far below Python's recursion limit.
MAX_DEPTH = 64


class JournalError(Exception):
    """A journal that cannot be read (further): where (file:line:col) and the problem as a Msg.

    `detail` is the reducer's own refusal when an event does not fit the meeting.
    """

    def __init__(
        self, path: Path, line: int, column: int, problem: Msg, detail: Msg | None = None
    ) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
        self.detail = detail
        super().__init__(path, line, column, problem)

    @property
    def where(self) -> str:
        """file:line:col, for the start of the message a terminal or screen shows."""
        return f"{self.path}:{self.line}:{self.column}"

    def text(self, lang: Lang | str = Lang.nl) -> str:
        """The whole message in `lang`: file:line:col: problem (: the refusal)."""
        said = f"{self.where}: {say(self.problem, lang)}"
        return said if self.detail is None else f"{said}: {say(self.detail, lang)}"

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class JournalWarning:
    """A torn last line: shown to the chair once, but it does not stop the meeting."""

    path: Path
    line: int
    message: Msg

    @property
    def where(self) -> str:
        """file:line of the torn line."""
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class JournalContents:
    """A parsed journal: its first line, the events after it, and where good data ends.

    `damage` is set only by `read_journal(..., salvage=True)`: the events stop before it.
    """

    path: Path
    created: SessionCreated
    events: tuple[Event, ...]
    good_bytes: int
    warning: JournalWarning | None = None
    damage: JournalError | None = None

    @property
    def finished(self) -> bool:
        """Whether the meeting was closed (so it is not offered for resume)."""
        return any(isinstance(event, Finished) for event in self.events)

    @property
    def notes(self) -> int:
        """How many notes were saved (what a salvage tells the chair it kept)."""
        return sum(1 for event in self.events if isinstance(event, NoteAdded))


def load_json(text: str) -> object:
    """`json.loads`, with nesting deeper than MAX_DEPTH refused as ValueError, not a crash.

    The standard parser recurses per level, so a line of 100,000 brackets raises
    RecursionError; the brackets are counted first, without recursion.
    """
    level = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            level += 1
            deepest = max(deepest, level)
            if deepest > MAX_DEPTH:
                raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
        elif char in "]}":
            level -= 1
    return json.loads(text)


def _parse_line(path: Path, number: int, raw: bytes) -> Event:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JournalError(path, number, error.start + 1, Msg("journal.not_utf8")) from error
    try:
        data = load_json(text)
    except json.JSONDecodeError as error:
        raise JournalError(path, number, error.colno, Msg("journal.not_json")) from error
    except ValueError as error:
        raise JournalError(path, number, 1, Msg("journal.too_deep", depth=MAX_DEPTH)) from error
    if not isinstance(data, dict):
        raise JournalError(path, number, 1, Msg("journal.not_an_event"))
    legacy = False
    if number == 1 and data.get("type") == "created":
        # Before validating: a newer journal's method may well have keys this version lacks.
        version = data.get("version")
        if version not in READABLE_VERSIONS:
            problem = Msg("journal.version", found=str(version), expected=JOURNAL_VERSION)
            raise JournalError(path, 1, 1, problem)
        legacy = version == 1
    from pydantic import ValidationError  # only a journal being read needs pydantic

    try:
        if legacy:  # one method and its set-up: a meeting of one case
            return LegacyCreated.model_validate_json(text).created()
        return event_from_json(text)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        if first["type"] == "union_tag_invalid":
            # A whole line of a kind this version does not know: written by a newer version
            # or by hand. Not torn, so never cut off: the chair decides what to do with it.
            kind = str(data.get("type", ""))[:40]
            raise JournalError(path, number, 1, Msg("journal.unknown_kind", kind=kind)) from error
        if number == 1 and "method" in loc:
            problem = Msg("journal.method_changed", count=error.error_count())
            raise JournalError(path, number, 1, problem) from error
        where = ".".join(str(part) for part in loc)[:80]
        problem = Msg("journal.bad_event", field=where, detail=str(first["msg"])[:200])
        raise JournalError(path, number, 1, problem) from error


def read_journal(path: Path, *, salvage: bool = False) -> JournalContents:
    """Parse a journal; a torn last line (no newline) is dropped with a warning.

    Anything else that cannot be read raises JournalError (file:line:col), unless `salvage`
    is set: then the events before the damage come back with `damage` saying where it is.
    The first line (the meeting's set-up) must always read: without it nothing can be shown.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        problem = Msg("journal.unreadable", reason=error.strerror or str(error))
        raise JournalError(path, 1, 1, problem) from error
    lines = data.split(b"\n")
    tail = lines.pop()  # empty after a clean write; otherwise a line the crash cut short
    events: list[Event] = []
    good = 0
    damage: JournalError | None = None
    for number, raw in enumerate(lines, start=1):
        try:
            event = _parse_line(path, number, raw)
        except JournalError as error:
            if not salvage or number == 1:
                raise
            damage = error
            break
        events.append(event)
        good += len(raw) + 1
    if not events:
        if tail:
            raise JournalError(path, 1, len(tail) + 1, Msg("journal.first_line_torn"))
        raise JournalError(path, 1, 1, Msg("journal.empty"))
    warning = None
    if tail and damage is None:
        warning = JournalWarning(path, len(lines) + 1, Msg("journal.torn_last_line"))
    created, rest = events[0], events[1:]
    if not isinstance(created, SessionCreated):
        raise JournalError(path, 1, 1, Msg("journal.first_not_created"))
    return JournalContents(path, created, tuple(rest), good, warning, damage)


def replay_journal(contents: JournalContents, *, salvage: bool = False) -> SessionState:
    """The state a journal describes; JournalError (file:line:col) when an event does not fit.

    Only a hand-edited or foreign file can contain such an event: the engine never writes an
    event its own reducer refuses. With `salvage`, the state up to that event comes back
    (the caller finds the damage with `replay_damage`).
    """
    state, damage = _replay(contents)
    if damage is not None and not salvage:
        raise damage
    return state


def replay_damage(contents: JournalContents) -> JournalError | None:
    """The first damage in a journal: a line that did not read, or an event that does not fit."""
    if contents.damage is not None:
        return contents.damage
    return _replay(contents)[1]


def _replay(contents: JournalContents) -> tuple[SessionState, JournalError | None]:
    state = initial_state(contents.created)
    for number, event in enumerate(contents.events, start=2):
        try:
            state = apply(state, event)
        except CommandRejected as error:
            problem = Msg("journal.does_not_fit")
            return state, JournalError(contents.path, number, 1, problem, error.message)
    return state, contents.damage


def list_journals(folder: Path) -> list[Path]:
    """Every journal in the folder, newest first (by when it was last written, then name)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            found.append((path.stat().st_mtime, path.name, path))
        except OSError:
            continue  # removed while we looked
    return [path for _, _, path in sorted(found, reverse=True)]


def latest(folder: Path, paths: Sequence[Path] | None = None) -> Path | None:
    """The most recent journal, finished or not (for `report` without an argument)."""
    found = list_journals(folder) if paths is None else list(paths)
    return found[0] if found else None
