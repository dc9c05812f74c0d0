"""The small records a meeting's state is made of: a refusal, a phase's times, a round, a note.

Apart from state.py so the state and its reducer stay one readable module; everything here is
re-exported there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from intervisie_tui.messages import MsgError
from intervisie_tui.model.method import Capture
from intervisie_tui.session.events import Rating

ZERO = timedelta(0)


class CommandRejected(MsgError):
    """A command that does not fit the meeting's state, carrying the `Msg` the chair is told.

    The refusal is data: the screen says `message` in the chair's language, a test compares
    keys. `str()` gives the Dutch sentence, for tracebacks and logs only.
    """


@dataclass(frozen=True)
class TurnState:
    """Where a round stands in the current phase.

    Who speaks now is derived (the first present person who has neither spoken nor passed this
    round), so marking someone absent mid-round can never leave the round pointing at them.
    """

    round: int = 1
    done: frozenset[str] = frozenset()
    passed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PhaseRecord:
    """Planned versus actual for one phase, kept for the report.

    `turn` is where the phase's round stood when the chair left it: going back and forward
    again continues the round instead of starting it over at "Ronde 1".
    """

    used: timedelta = ZERO
    added: timedelta = ZERO
    first_started: datetime | None = None
    last_left: datetime | None = None
    skipped: bool = False
    turn: TurnState = field(default_factory=TurnState)


@dataclass(frozen=True)
class Note:
    """One line on the flip-over; its id never changes, so ratings and edits can refer to it."""

    id: int
    phase: int
    kind: Capture
    text: str
    at: datetime
    by: str | None = None
    rating: Rating | None = None
    edited: bool = False
