"""How the whole meeting stands against its end time: minutes late or ahead, the projected end.

The run screen shows it in one line ("loopt 4 min uit: einde 16:34", "op schema"); computing it
here keeps the arithmetic testable with a fake clock and the words in the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from intervisie_tui.messages import Msg
from intervisie_tui.session.state import SessionState


@dataclass(frozen=True)
class Schedule:
    """Where the meeting will end if every phase still to come gets its planned time."""

    projected_end: datetime
    until: datetime | None

    @property
    def minutes_late(self) -> int:
        """Whole minutes past `until` (negative: ahead); 0 without an end time or within half a
        minute of it."""
        if self.until is None:
            return 0
        return round((self.projected_end - self.until).total_seconds() / 60)

    @property
    def on_schedule(self) -> bool:
        """True when the meeting ends within half a minute of `until` (or has no end time)."""
        return self.minutes_late == 0

    def end_text(self, tz: tzinfo | None = None) -> str:
        """The projected end as a clock time, HH:MM, in `tz` (None: the machine's zone)."""
        return self.projected_end.astimezone(tz).strftime("%H:%M")

    def message(self, tz: tzinfo | None = None) -> Msg:
        """The schedule line: 'loopt 4 min uit: einde 16:34', '3 min voor: einde 16:27',
        'op schema', or only the projected end when there is no end time."""
        end = self.end_text(tz)
        if self.until is None:
            return Msg("agenda.schedule.no_end", end=end)
        late = self.minutes_late
        if late > 0:
            return Msg("agenda.schedule.behind", minutes=late, end=end)
        if late < 0:
            return Msg("agenda.schedule.ahead", minutes=-late, end=end)
        return Msg("agenda.schedule.on_time")


def schedule(state: SessionState, now: datetime) -> Schedule:
    """The meeting's schedule at wall time `now`: the running phase's time left (never less
    than nothing) and the time left in every phase still to come, dropped ones left out."""
    until = state.agenda.until
    if state.finished_at is not None:
        return Schedule(state.finished_at, until)
    ahead = timedelta(0)
    first = state.index if state.started else 0
    for phase in state.phases[first:]:
        if phase.index in state.dropped:
            continue
        left = state.remaining(now, phase.index)
        if left is not None:
            ahead += max(left, timedelta(0))
    return Schedule(now + ahead, until)
