"""The last group and agenda the chair entered, so the next meeting's set-up is one Enter away.

Stored as a small JSON file in the user data folder, private (0600 in a 0700 folder: it names
the group's members). A missing file just means no prefill; a damaged one also means no
prefill, but the chair is told which file and what is wrong with it (a convenience is never a
reason to stop the chair, nor to hide a problem).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from intervisie_tui.messages import Msg
from intervisie_tui.model.method import QuestionKind
from intervisie_tui.session.folders import write_private
from intervisie_tui.session.journal import load_json
from intervisie_tui.tui.agenda_draft import DraftItem

FILE_NAME = "last-group.json"
#: Far more than any group; a bigger file is not ours.
MAX_BYTES = 64_000


@dataclass(frozen=True)
class LastGroup:
    """Who was there last time."""

    chair: str = ""
    participants: tuple[str, ...] = ()
    inner_group: tuple[str, ...] = field(default=())


def read_last_group(folder: Path) -> tuple[LastGroup, Msg | None]:
    """The remembered group, and why it could not be read (None when fine or absent)."""
    try:
        data = _read_object(folder / FILE_NAME)
        if data is None:
            return LastGroup(), None
        return LastGroup(
            chair=str(data.get("chair", "")),
            participants=_names(data.get("participants", [])),
            inner_group=_names(data.get("inner_group", [])),
        ), None
    except _Unreadable as unreadable:
        return LastGroup(), unreadable.message
    except _Damaged as damaged:
        return LastGroup(), Msg(
            "memory.damaged", path=str(folder / FILE_NAME), reason=damaged.reason
        )


def _read_object(path: Path) -> dict[str, object] | None:
    """The JSON object in `path`; None when there is no such file, _Damaged or _Unreadable."""
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _Unreadable(
            Msg("memory.unreadable", path=str(path), reason=error.strerror or "")
        ) from error
    if len(raw) > MAX_BYTES:
        raise _Damaged(Msg("memory.reason.too_large", limit=MAX_BYTES))
    try:
        data = load_json(raw.decode("utf-8"))
    except ValueError as error:  # also UnicodeDecodeError, JSONDecodeError, too deep
        raise _Damaged(Msg("memory.reason.not_json")) from error
    if not isinstance(data, dict):
        raise _Damaged(Msg("memory.reason.not_object"))
    return data


class _Unreadable(Exception):
    """The file is there but cannot be read (permissions, a disk error): the whole message."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.key)
        self.message = message


class _Damaged(Exception):
    """Why the remembered group cannot be used, as a message in the chair's language."""

    def __init__(self, reason: Msg) -> None:
        super().__init__(reason.key)
        self.reason = reason


def _names(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise _Damaged(Msg("memory.reason.names"))
    return tuple(value)


def load_last_group(folder: Path) -> LastGroup:
    """The remembered group, or an empty one when there is none or it cannot be read."""
    return read_last_group(folder)[0]


def save_last_group(folder: Path, group: LastGroup) -> bool:
    """Remember the group (0600); False when the folder cannot be written (the meeting goes on)."""
    try:
        write_private(folder / FILE_NAME, json.dumps(asdict(group), ensure_ascii=False).encode())
    except OSError:
        return False
    return True


#: The last agenda, next to the last group: its shape, not its cases.
AGENDA_FILE_NAME = "last-agenda.json"


def read_last_agenda(folder: Path) -> tuple[tuple[DraftItem, ...], Msg | None]:
    """The items of the last agenda, and why it could not be read (None when fine or absent).

    What is kept is the agenda's shape (parts, methods, a break's minutes, the kind of each
    case's question); who brought which case and their questions are the last meeting's and
    stay in its journal.
    """
    path = folder / AGENDA_FILE_NAME
    try:
        data = _read_object(path)
        if data is None:
            return (), None
        rows = data.get("items", [])
        if not isinstance(rows, list):
            raise _Damaged(Msg("memory.reason.items"))
        return tuple(_draft_item(row) for row in rows), None
    except _Unreadable as unreadable:
        return (), unreadable.message
    except _Damaged as damaged:
        return (), Msg("memory.damaged", path=str(path), reason=damaged.reason)


def _draft_item(row: object) -> DraftItem:
    if not isinstance(row, dict) or not isinstance(row.get("method_id"), str):
        raise _Damaged(Msg("memory.reason.items"))
    kind, minutes = row.get("kind"), row.get("minutes")
    if kind is not None and kind not in {k.value for k in QuestionKind}:
        raise _Damaged(Msg("memory.reason.items"))
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 0 < minutes <= 300
    ):
        raise _Damaged(Msg("memory.reason.items"))
    return DraftItem(
        method_id=row["method_id"],
        case=bool(row.get("case", False)),
        kind=None if kind is None else QuestionKind(kind),
        minutes=None if minutes is None else float(minutes),
    )


def save_last_agenda(folder: Path, items: tuple[DraftItem, ...]) -> bool:
    """Remember the agenda's shape (0600); False when the folder cannot be written."""
    rows = [
        {
            "method_id": item.method_id,
            "case": item.case,
            "kind": None if item.kind is None else item.kind.value,
            "minutes": item.minutes,
        }
        for item in items
    ]
    try:
        write_private(folder / AGENDA_FILE_NAME, json.dumps({"items": rows}).encode())
    except OSError:
        return False
    return True
