"""Where the session gets the time from.

Every duration is a deadline compared with `now()`, never a count of ticks, so a slow redraw or a
sleeping laptop cannot make the countdown drift. `now()` is monotonic (safe for arithmetic while
the process runs) and, on the real clock, counts a suspend; `wall()` is the aware wall-clock time
the journal stores, so a meeting resumed after a crash continues in real meeting time. Tests
inject `FakeClock` and never sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Literal, Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """The two readings the session needs; injected so tests control time exactly."""

    def now(self) -> float:
        """Seconds on a monotonic scale; only differences between readings mean anything."""
        ...

    def wall(self) -> datetime:
        """The current wall-clock time, timezone-aware, for the journal and the report."""
        ...

    @property
    def speed(self) -> float:
        """Meeting seconds per real second now: 1 in a meeting, more in a rehearsal, 0 while
        time stands still. The run screen plans its next look with it."""
        ...


#: A jump of the wall clock this far beyond the monotonic clock between two readings is taken
#: for a suspend (where there is no clock that counts one): NTP's corrections are far smaller.
SUSPEND_SECONDS = 2.0


def _boottime() -> Callable[[], float] | None:
    """Linux's CLOCK_BOOTTIME: monotonic, and it keeps counting while the laptop sleeps."""
    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    try:
        time.clock_gettime(clock_id)
    except OSError:
        return None
    return partial(time.clock_gettime, clock_id)


class SystemClock:
    """The real clock: seconds that keep counting while the laptop sleeps, UTC wall time.

    `time.monotonic` stands still during a suspend, so an hour with the lid closed paused the
    countdown and the journal's times came out an hour early. On Linux `now()` reads
    CLOCK_BOOTTIME, which counts the suspend; elsewhere it compares the monotonic clock with
    the wall clock at every reading and adds a forward jump of the wall clock (more than
    SUSPEND_SECONDS beyond the monotonic one) as time slept. A wall clock set back is ignored.
    The sources are injectable so a test can put a laptop to sleep without sleeping.
    """

    def __init__(
        self,
        *,
        boottime: Callable[[], float] | Literal["auto"] | None = "auto",
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._boottime = _boottime() if boottime == "auto" else boottime
        self._monotonic = monotonic
        self._wall = wall
        self._last = (monotonic(), wall())
        self._slept = 0.0

    @property
    def counts_suspend(self) -> str:
        """How a suspend is counted here: "boottime" or "wall clock" (for tests and bug reports)."""
        return "boottime" if self._boottime is not None else "wall clock"

    def now(self) -> float:
        """Monotonic seconds that include any time the machine was suspended."""
        if self._boottime is not None:
            return self._boottime()
        mono, wall = self._monotonic(), self._wall()
        last_mono, last_wall = self._last
        gap = (wall - last_wall) - (mono - last_mono)
        if gap > SUSPEND_SECONDS:
            self._slept += gap
        self._last = (mono, wall)
        return mono + self._slept

    def wall(self) -> datetime:
        """The current time in UTC."""
        return datetime.fromtimestamp(self._wall(), UTC)

    @property
    def speed(self) -> float:
        """Real time passes at real speed."""
        return 1.0


#: A fixed Monday morning, so test journals and reports read like a real meeting.
DEFAULT_FAKE_START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock that only moves when told to; wall time and `now()` always move together.

    Keeping both in step is what makes resume-after-crash exact in tests: the journal's wall
    times and the engine's monotonic arithmetic describe the same instants.
    """

    def __init__(
        self, start: datetime = DEFAULT_FAKE_START, now: float = 0.0, *, speed: float = 1.0
    ) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._start = start
        self._now = now
        self._speed = speed

    @property
    def speed(self) -> float:
        """How fast the test means to move time, in meeting seconds per real second.

        A fake clock moves only when told, so the speed is the test's word: a test that
        advances whole seconds at once and waits for the screen to follow by itself says a
        high one, and the screen looks again within its shortest sleep.
        """
        return self._speed

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
        """How many meeting seconds pass per real second (the base clock's speed times ours)."""
        return self._speed * self._base.speed

    def now(self) -> float:
        """Scaled monotonic seconds since the clock was made."""
        return (self._base.now() - self._origin_now) * self._speed

    def wall(self) -> datetime:
        """The start wall time plus the scaled elapsed time."""
        return self._origin_wall + timedelta(seconds=self.now())
