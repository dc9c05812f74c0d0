"""The clocks: a fake that moves only when told, a scaled one for rehearsal, end times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from intervisie_tui.session import FakeClock, ScaledClock, SystemClock


def test_fake_clock_keeps_wall_and_now_in_step() -> None:
    clock = FakeClock(start=datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    clock.advance(90.5)
    assert clock.now() == 90.5
    assert clock.wall() == datetime(2026, 3, 2, 13, 1, 30, 500000, tzinfo=UTC)
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_fake_clock_needs_an_aware_start() -> None:
    with pytest.raises(ValueError, match="timezone"):
        FakeClock(start=datetime(2026, 3, 2, 13, 0))


def test_scaled_clock_runs_faster_on_both_readings() -> None:
    base = FakeClock()
    scaled = ScaledClock(10, base=base)
    base.advance(6)
    assert scaled.now() == 60
    assert scaled.wall() == base.wall() - timedelta(seconds=6) + timedelta(seconds=60)


def test_each_clock_says_how_fast_meeting_time_passes() -> None:
    # The run screen sleeps until the next second of meeting time: in real time that is
    # a second on the system clock, a tenth of one in a rehearsal at speed 10.
    assert SystemClock().speed == 1
    assert ScaledClock(10).speed == 10
    assert ScaledClock(10, base=FakeClock(speed=3)).speed == 30
    assert FakeClock().speed == 1
