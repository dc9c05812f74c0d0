"""Where the session gets the time from.

Every duration is a deadline compared with `now()`, never a count of ticks, so a slow redraw or a
sleeping laptop cannot make the countdown drift. `now()` is monotonic (safe for arithmetic while
the process runs); `wall()` is the aware wall-clock time the journal stores, so a meeting resumed
after a crash continues in real meeting time. Tests inject `FakeClock` and never sleep.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """The two readings the session needs; injected so tests control time exactly."""

    def now(self) -> float:
        """Seconds on a monotonic scale; only differences between readings mean anything."""
        ...

    def wall(self) -> datetime:
        """The current wall-clock time, timezone-aware, for the journal and the report."""
        ...


class SystemClock:
    """The real clock: `time.monotonic` for arithmetic, UTC wall time for the journal."""

    def now(self) -> float:
        """Monotonic seconds, immune to the system clock being set."""
        return time.monotonic()

    def wall(self) -> datetime:
        """The current time in UTC."""
        return datetime.now(UTC)


#: A fixed Monday morning, so test journals and reports read like a real meeting.
DEFAULT_FAKE_START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock that only moves when told to; wall time and `now()` always move together.

    Keeping both in step is what makes resume-after-crash exact in tests: the journal's wall
    times and the engine's monotonic arithmetic describe the same instants.
    """

    def __init__(self, start: datetime = DEFAULT_FAKE_START, now: float = 0.0) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._start = start
        self._now = now

    def now(self) -> float:
        """Seconds since the clock was created (plus the initial offset)."""
        return self._now

    def wall(self) -> datetime:
        """The start time plus every second advanced so far."""
        return self._start + timedelta(seconds=self._now)

    def advance(self, seconds: float) -> None:
        """Move time forward; moving backwards is a test bug, so it is refused."""
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._now += seconds


class ScaledClock:
    """A clock that runs `speed` times faster than real time, for a chair rehearsing alone.

    Both readings are scaled from the moment the clock is made, so a 15-minute step at speed 10
    takes 90 real seconds and the journal still reads like a real-speed meeting.
    """

    def __init__(self, speed: float, base: Clock | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._speed = speed
        self._base = base if base is not None else SystemClock()
        self._origin_now = self._base.now()
        self._origin_wall = self._base.wall()

    @property
    def speed(self) -> float:
        """How many meeting seconds pass per real second."""
        return self._speed

    def now(self) -> float:
        """Scaled monotonic seconds since the clock was made."""
        return (self._base.now() - self._origin_now) * self._speed

    def wall(self) -> datetime:
        """The start wall time plus the scaled elapsed time."""
        return self._origin_wall + timedelta(seconds=self.now())
