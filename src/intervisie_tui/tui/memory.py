"""The last group the chair entered, so the next meeting's set-up is one Enter away.

Stored as a small JSON file in the user data folder; a missing or damaged file just means no
prefill (it is a convenience, never a reason to stop the chair).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

FILE_NAME = "last-group.json"


@dataclass(frozen=True)
class LastGroup:
    """Who was there last time."""

    chair: str = ""
    participants: tuple[str, ...] = ()
    inner_group: tuple[str, ...] = field(default=())


def load_last_group(folder: Path) -> LastGroup:
    """The remembered group, or an empty one when there is none or it cannot be read."""
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        return LastGroup(
            chair=str(data.get("chair", "")),
            participants=tuple(str(n) for n in data.get("participants", [])),
            inner_group=tuple(str(n) for n in data.get("inner_group", [])),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return LastGroup()


def save_last_group(folder: Path, group: LastGroup) -> bool:
    """Remember the group; False when the folder cannot be written (the meeting goes on)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / FILE_NAME).write_text(json.dumps(asdict(group), ensure_ascii=False), "utf-8")
    except OSError:
        return False
    return True
