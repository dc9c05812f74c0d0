"""Method time that can stand still while the chair decides how to answer an incident.

In a real room an incident takes a few seconds of meeting time; in a rehearsal at speed 20 the
twenty real seconds a chair may think would be more than six method minutes, and the phase would
overrun for reasons that have nothing to do with the chair's timing. So while an incident prompt
is open the rehearsal holds method time still. This wraps the session's own `ScaledClock`
(composition, not a second clock implementation) and subtracts the time spent holding.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from intervisie_tui.session.clock import Clock


class HoldableClock:
    """A session `Clock` whose readings stop while held and continue seamlessly after release.

    Both readings shift by the same held time, so the journal's wall times and the engine's
    arithmetic stay in step, as the session requires.
    """

    def __init__(self, inner: Clock) -> None:
        self._inner = inner
        self._held = 0.0
        self._held_since: float | None = None

    @property
    def holding(self) -> bool:
        """Whether method time is standing still now."""
        return self._held_since is not None

    def hold(self) -> None:
        """Stop method time; holding twice is harmless (one prompt at a time is the rule)."""
        if self._held_since is None:
            self._held_since = self._inner.now()

    def release(self) -> None:
        """Let method time run again from where it stopped."""
        if self._held_since is not None:
            self._held += self._inner.now() - self._held_since
            self._held_since = None

    @property
    def speed(self) -> float:
        """The inner clock's speed, or 0 while method time stands still."""
        return 0.0 if self._held_since is not None else self._inner.speed

    def _lag(self) -> float:
        running = 0.0 if self._held_since is None else self._inner.now() - self._held_since
        return self._held + running

    def now(self) -> float:
        """The inner clock's reading minus all time spent holding."""
        return self._inner.now() - self._lag()

    def wall(self) -> datetime:
        """The inner wall time minus all time spent holding."""
        return self._inner.wall() - timedelta(seconds=self._lag())
