"""The chair's own record of past rehearsals, so the debrief can show progress.

One JSON line per finished rehearsal in history.jsonl beside the saved debriefs, private like
the journal (0600 in a 0700 folder): how many breaches were said, noticed and answered well,
the false alarms, the mean reaction time and the timing. Only figures, never what a simulated
person said, so the file stays small and says nothing about anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from intervisie_tui.session.folders import write_private

FILE_NAME = "history.jsonl"
#: How many earlier rehearsals of the same method the debrief compares with.
COMPARE_WITH = 5


class HistoryRecord(BaseModel):
    """The figures of one finished rehearsal."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    method_id: str
    when: datetime
    seed: int
    speed: float
    said: int
    noticed: int
    good: int
    false_alarms: int
    reaction: float | None
    on_time: int
    judged: int

    @property
    def noticed_percent(self) -> int | None:
        """Share of the said breaches the chair noticed, or None when none was said."""
        return round(100 * self.noticed / self.said) if self.said else None


@dataclass(frozen=True)
class History:
    """What the history file holds, and how many of its lines could not be read."""

    records: tuple[HistoryRecord, ...] = ()
    unreadable: int = 0

    def of_method(self, method_id: str) -> tuple[HistoryRecord, ...]:
        """The last `COMPARE_WITH` rehearsals of one method, oldest first."""
        mine = [record for record in self.records if record.method_id == method_id]
        return tuple(mine[-COMPARE_WITH:])


def history_path(folder: Path) -> Path:
    """The history file in the rehearsals folder."""
    return folder / FILE_NAME


def load_history(folder: Path) -> History:
    """Every readable record; a line that is not a record is counted, never fatal.

    OSError (a folder the chair may not read) is left to the caller, who says so.
    """
    path = history_path(folder)
    if not path.exists():
        return History()
    records: list[HistoryRecord] = []
    unreadable = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            records.append(HistoryRecord.model_validate_json(line))
        except ValidationError:
            unreadable += 1
    return History(tuple(records), unreadable)


def append_history(folder: Path, record: HistoryRecord) -> Path:
    """Add `record` to the history (the whole file is rewritten privately and atomically).

    Unreadable lines are kept as they were: the chair's file is never shortened by us.
    """
    path = history_path(folder)
    old = path.read_bytes() if path.exists() else b""
    if old and not old.endswith(b"\n"):
        old += b"\n"
    write_private(path, old + record.model_dump_json().encode("utf-8") + b"\n")
    return path
