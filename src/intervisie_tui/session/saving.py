"""Keeping a meeting's events until the disk has taken them.

A full disk, a data folder that cannot be written, or a journal deleted under the running app
must not cost the chair a single note. Every event stays in memory until it is on disk; each
new event and a timer try again, and the chair is told (for as long as it lasts) that writing
fails. Once the disk takes writes again the journal is complete and in order: a journal with a
gap would replay wrongly, so events are only ever written after all the ones before them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from intervisie_tui.messages import Msg
from intervisie_tui.session.events import Event, NoteAdded, NoteEdited, SessionCreated
from intervisie_tui.session.journal_file import (
    Journal,
    JournalChanged,
    create_exclusive,
    encode_events,
    journal_stem,
    write_report,
)

#: Seconds (on the session's clock) between two retries while writing fails.
RETRY_SECONDS = 10.0


def reason_of(error: OSError) -> str:
    """The operating system's words for a failed write ("No space left on device")."""
    return error.strerror or str(error)


class Saver:
    """Writes a meeting's events to its journal in order, holding back what the disk refused.

    `written` events of the meeting are on disk; the rest are kept by the session and passed
    again to `save`. A journal that could not be created yet (no folder) or was deleted is
    created again, with every event from the set-up on.
    """

    def __init__(
        self, folder: Path, journal: Journal | None = None, written: int = 0, now: float = 0.0
    ) -> None:
        self.folder = folder
        self.journal = journal
        self.written = written
        self.error: OSError | None = None
        #: Why the report could not be saved at the end (None: saved, or not tried yet).
        self.report_problem: Msg | None = None
        self._tried = now

    @property
    def path(self) -> Path | None:
        """The journal file (None until one could be created)."""
        return self.journal.path if self.journal is not None else None

    @property
    def problem(self) -> Msg | None:
        """Why events are not on disk right now, or None when everything is saved."""
        if self.error is None:
            return None
        if isinstance(self.error, JournalChanged):
            return Msg("journal.not_saved", reason=Msg("journal.changed_on_disk"))
        return Msg("journal.not_saved", reason=reason_of(self.error))

    def save(self, events: Sequence[Event], wall: datetime, now: float) -> bool:
        """Write every event not on disk yet; True when all are saved now."""
        self._tried = now
        try:
            self._write(events, wall)
        except OSError as error:
            self.error = error
            return False
        self.error = None
        return True

    def due(self, now: float) -> bool:
        """Whether the timer should try again (writing failed, RETRY_SECONDS have passed)."""
        return self.error is not None and now - self._tried >= RETRY_SECONDS

    def _write(self, events: Sequence[Event], wall: datetime) -> None:
        journal = self.journal
        if journal is not None and not journal.path.exists():
            journal.close()  # deleted under us: write it again, whole, under its own name
            self.journal = journal = None
            self.written = 0
        if journal is None:
            self.journal = Journal.create(self.folder, events, wall)
            self.written = len(events)
            return
        if self.written < len(events):
            journal.append(events[self.written :])
            self.written = len(events)

    def write_report(self, text: str) -> Path | None:
        """Save the report next to the journal; None when it cannot be (`report_problem`)."""
        self.report_problem = None
        if self.journal is None:
            reason = reason_of(self.error) if self.error is not None else "-"
            self.report_problem = Msg("journal.report_not_saved", reason=reason)
            return None
        try:
            return write_report(self.journal.path, text)
        except OSError as error:
            self.report_problem = Msg("journal.report_not_saved", reason=reason_of(error))
            return None

    def close(self) -> None:
        """Let go of the journal's lock (the meeting may be opened in another window)."""
        if self.journal is not None:
            self.journal.close()


def unsaved_notes(events: Sequence[Event]) -> tuple[str, ...]:
    """The texts of notes (new or corrected) among `events`: what the chair would lose."""
    return tuple(event.text for event in events if isinstance(event, NoteAdded | NoteEdited))


def save_copy(events: Sequence[Event], folder: Path) -> Path:
    """Write the whole meeting as a journal in `folder` (the chair's choice when the data
    folder refuses); `report` and `resume` read it like any other. OSError on failure."""
    created = events[0]
    assert isinstance(created, SessionCreated)
    path, fd = create_exclusive(folder, journal_stem(created), encode_events(events))
    os.close(fd)
    return path
