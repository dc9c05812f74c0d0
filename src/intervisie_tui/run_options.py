"""What the chair asked for on the command line before the app opens.

Parsed by cli.py and read by the TUI (tui/launch.py) and the rehearsal mode; it lives outside
both so the CLI can build it without importing textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class RoomAsk:
    """`--mirror` and its options: the room view served beside the meeting, in the same app."""

    lan: bool = False
    port: int = 8770
    notes: bool = False
    #: None: as settings.yaml's `room_sound` says.
    sound: bool | None = None
    new_token: bool = False


@dataclass(frozen=True)
class RunOptions:
    """Meeting set-up given as flags to `intervisie-tui run`; None means "ask in the app"."""

    inbrenger: str | None = None
    participants: tuple[str, ...] = ()
    chair: str | None = None
    #: Wall-clock time the meeting must end by; the plan is fitted to it.
    until: time | None = None
    rehearse: bool = False
    #: Rehearsal speed-up: how many method minutes pass per real minute.
    speed: float | None = None
    #: Seed for the rehearsal's random incidents, so a drill can be repeated exactly.
    seed: int | None = None
    lang: str = "nl"
    #: The group this meeting is for (a name or a folder): its members fill in the circle when
    #: --participants is not given, and the finished meeting is recorded in it (group/).
    group: str | None = None
    #: What the command line found before the app opened and the chair must read on screen
    #: (printed on stderr too, but the app covers the terminal at once).
    notices: tuple[str, ...] = ()
    #: The room view beside the meeting (`--mirror`); None: none.
    mirror: RoomAsk | None = None
