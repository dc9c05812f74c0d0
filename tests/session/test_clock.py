"""The clocks: a fake that moves only when told, a scaled one for rehearsal, end times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from intervisie_tui.session import FakeClock, ScaledClock


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
