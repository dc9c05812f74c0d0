"""Following a meeting's journal from outside: read-only, line by line, as the chair's app writes.

The chair's app is the only writer; the room view only reads. A journal only grows (one synced
line per event), so after the first read only the new bytes are parsed and applied with the same
reducer the app uses. Anything that is not plain growth (the file replaced, cut shorter, a line
that does not read or does not fit) makes the follower read the whole file again the way `report`
does, so the view can never drift from what the journal says, and damage is shown as damage.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intervisie_tui.messages import Msg
from intervisie_tui.session.events import Event, event_from_json
from intervisie_tui.session.journal import JournalError, list_journals, read_journal
from intervisie_tui.session.state import CommandRejected, SessionState, apply, initial_state


@dataclass(frozen=True)
class Followed:
    """What the journal says right now, as the room view needs it.

    `entered_at` is when the phase on show was entered (for the rule flash at phase start);
    `damage` the first line that did not read or fit, when there is one.
    """

    path: Path
    state: SessionState
    entered_at: datetime
    damage: JournalError | None = None


def _step(state: SessionState, entered: datetime, event: Event) -> tuple[SessionState, datetime]:
    """One event applied; the phase counts as entered again when the index or `started` moves."""
    after = apply(state, event)
    if after.index != state.index or after.started != state.started:
        entered = event.at
    return after, entered


class JournalFollower:
    """One journal file, read again only as far as it grew since the last look."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._identity: tuple[int, int] | None = None
        self._read = 0  # bytes applied so far: always the end of a whole line
        self._current: Followed | None = None
        #: Why the file could not be read at the last look (None: it could).
        self.problem: JournalError | None = None

    @property
    def current(self) -> Followed | None:
        """The meeting as of the last look; None until the journal's first line read."""
        return self._current

    def look(self, *, rescan: bool = True) -> bool:
        """Read what was added since the last look; True when what the room sees changed.

        `rescan` is for the same call on `NewestFollower`; one file has nothing to rescan.
        """
        try:
            info = os.stat(self.path)
        except OSError as error:
            return self._lost(error)
        identity = (info.st_dev, info.st_ino)
        current = self._current
        if current is None or identity != self._identity or info.st_size < self._read:
            return self._reload(identity)
        if info.st_size == self._read or current.damage is not None:
            # Nothing new, or new lines after damage: the view stays at the damage, as the
            # app's own `resume` refuses to go past it.
            return False
        try:
            with self.path.open("rb") as handle:
                handle.seek(self._read)
                fresh = handle.read(info.st_size - self._read)
        except OSError as error:
            return self._lost(error)
        *whole, _torn = fresh.split(b"\n")  # a last line without newline is still being written
        state, entered = current.state, current.entered_at
        for line in whole:
            try:
                state, entered = _step(state, entered, event_from_json(line))
            except (ValueError, CommandRejected):
                return self._reload(identity)  # let the full read say exactly where and what
            self._read += len(line) + 1
        changed = state is not current.state
        self._current = Followed(self.path, state, entered)
        return changed

    def _lost(self, error: OSError) -> bool:
        problem = Msg("journal.unreadable", reason=error.strerror or str(error))
        self.problem = JournalError(self.path, 1, 1, problem)
        return False

    def _reload(self, identity: tuple[int, int]) -> bool:
        """Read the whole journal as `report` would, stopping at damage (salvage)."""
        try:
            contents = read_journal(self.path, salvage=True)
        except JournalError as error:
            self.problem = error
            self._identity, self._read, self._current = None, 0, None
            return True
        state, entered = initial_state(contents.created), contents.created.at
        damage = contents.damage
        for number, event in enumerate(contents.events, start=2):
            try:
                state, entered = _step(state, entered, event)
            except CommandRejected as refusal:
                where = Msg("journal.does_not_fit")
                damage = JournalError(self.path, number, 1, where, refusal.message)
                break
        self.problem = None
        self._identity, self._read = identity, contents.good_bytes
        self._current = Followed(self.path, state, entered, damage)
        return True


class SwitchingFollower:
    """One journal followed at a time, switching when the journal to follow changes."""

    def __init__(self) -> None:
        self._follower: JournalFollower | None = None

    @property
    def current(self) -> Followed | None:
        """The meeting followed, as of the last look; None while there is none."""
        return None if self._follower is None else self._follower.current

    @property
    def problem(self) -> JournalError | None:
        """Why its journal could not be read at the last look."""
        return None if self._follower is None else self._follower.problem

    def _follow(self, path: Path | None) -> bool:
        """Look at `path` (None: nothing to follow); True when the view changed."""
        if path is None:
            changed = self._follower is not None
            self._follower = None
            return changed
        if self._follower is None or self._follower.path != path:
            self._follower = JournalFollower(path)
            self._follower.look()
            return True
        return self._follower.look()


class NewestFollower(SwitchingFollower):
    """The newest journal in a sessions folder, switching when a newer meeting begins.

    For `mirror` without an id: the chair starts the room view once, before the meeting, and
    it shows whichever meeting is being written to (the newest journal by its last write).
    """

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def look(self, *, rescan: bool = True) -> bool:
        """Look for a newer journal (unless `rescan` is off: listing a year of meetings is
        slower than one stat), then at the one followed; True when the view changed."""
        if not rescan and self._follower is not None:
            return self._follower.look()
        journals = list_journals(self.folder)
        return self._follow(journals[0] if journals else None)


class SessionFollower(SwitchingFollower):
    """The journal of the meeting the chair's app runs right now, for the room view served
    beside it (`run --mirror`): known only once the meeting begins, and a new one when the
    chair starts another from the library."""

    def __init__(self, path_of: Callable[[], Path | None]) -> None:
        super().__init__()
        self.path_of = path_of

    def look(self, *, rescan: bool = True) -> bool:
        """Read what the app wrote since the last look; True when the view changed."""
        return self._follow(self.path_of())
