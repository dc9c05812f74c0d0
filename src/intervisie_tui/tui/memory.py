"""The last group the chair entered, so the next meeting's set-up is one Enter away.

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
from intervisie_tui.session.folders import write_private
from intervisie_tui.session.journal import load_json

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
    path = folder / FILE_NAME
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except FileNotFoundError:
        return LastGroup(), None
    except OSError as error:
        return LastGroup(), Msg("memory.unreadable", path=str(path), reason=error.strerror or "")
    try:
        if len(raw) > MAX_BYTES:
            raise _Damaged(Msg("memory.reason.too_large", limit=MAX_BYTES))
        try:
            data = load_json(raw.decode("utf-8"))
        except ValueError as error:  # also UnicodeDecodeError, JSONDecodeError, too deep
            raise _Damaged(Msg("memory.reason.not_json")) from error
        if not isinstance(data, dict):
            raise _Damaged(Msg("memory.reason.not_object"))
        return LastGroup(
            chair=str(data.get("chair", "")),
            participants=_names(data.get("participants", [])),
            inner_group=_names(data.get("inner_group", [])),
        ), None
    except _Damaged as damaged:
        return LastGroup(), Msg("memory.damaged", path=str(path), reason=damaged.reason)


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
