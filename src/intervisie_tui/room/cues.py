"""The room's chimes: the warning, zero and overtime moments the followed meeting reaches.

The chair's app rings when its engine sees a threshold crossed; the room view follows only the
journal, so it watches the same thresholds (session/view.py `crossed_thresholds`) on the same
state, each at most once per phase, and thresholds already behind when a phase is entered (or
when the room view starts) never ring. Each moment gets a number, counted per run of the
server (`run`), so a browser plays each once: it remembers the last number it played across
reconnects, and a page that loads (or meets a restarted server) takes the numbers it finds as
already heard, so an old moment never sounds again.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from intervisie_tui.room.follow import Followed
from intervisie_tui.session.view import TimerEventKind, crossed_thresholds
from intervisie_tui.sound.chimes import CHIME_OF, Chime

#: The key that tells one entry into a phase from the next (journal, phase, when entered).
PhaseKey = tuple[Path, int, datetime]


@dataclass(frozen=True)
class Cue:
    """One moment to sound: its number in this run, and which chime."""

    number: int
    chime: Chime


@dataclass
class CueWatch:
    """The thresholds the followed phase crossed, numbered; the cues of the phase on show."""

    #: This run of the server: a browser that meets another run starts counting afresh.
    run: str = field(default_factory=lambda: secrets.token_hex(4))
    cues: tuple[Cue, ...] = ()
    _phase: PhaseKey | None = None
    _fired: set[int] = field(default_factory=set)
    _count: int = 0

    def look(self, followed: Followed | None, at: datetime) -> bool:
        """Note the thresholds crossed by `at`; True when a new cue came."""
        if followed is None:
            return False
        state = followed.state
        crossed = crossed_thresholds(state, at)
        key = (followed.path, state.index, followed.entered_at)
        if key != self._phase or not state.started:
            # A new phase (or a meeting not started): what is already behind stays silent.
            self._phase, self._fired, self.cues = key, crossed, ()
            return False
        if state.finished:
            return False
        fresh = sorted(crossed - self._fired, reverse=True)
        if not fresh:
            return False
        self._fired.update(fresh)
        for threshold in fresh:
            self._count += 1
            chime = CHIME_OF[TimerEventKind.of(threshold)]
            self.cues = (*self.cues, Cue(self._count, chime))
        return True

    def shown(self) -> dict[str, object]:
        """The cues as the page receives them, with the run they were numbered in."""
        return {
            "run": self.run,
            "cues": [{"n": cue.number, "chime": cue.chime.value} for cue in self.cues],
        }
