"""A laptop that sleeps mid-meeting, and a wall clock behind the journal.

The phase clock was `time.monotonic`, which stands still during a suspend: an hour with the lid
closed paused the countdown and the journal's times came out an hour early (a later crash and
resume then jumped the phase by that hour). The laptop here is fake: its clocks move only when
the test says so, the way each kind of clock moves through a suspend.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from session_methods import kot_like, kot_setup

from intervisie_tui.session import FakeClock, Session, read_journal
from intervisie_tui.session.clock import SystemClock

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class Laptop:
    """Three clocks as the kernel keeps them: monotonic stops in a suspend, the others run."""

    def __init__(self) -> None:
        self.monotonic = 5_000.0
        self.boottime = 5_000.0
        self.wall = START.timestamp()

    def run(self, seconds: float) -> None:
        self.monotonic += seconds
        self.boottime += seconds
        self.wall += seconds

    def suspend(self, seconds: float) -> None:
        self.boottime += seconds
        self.wall += seconds

    def clock(self, *, boottime: bool) -> SystemClock:
        return SystemClock(
            boottime=(lambda: self.boottime) if boottime else None,
            monotonic=lambda: self.monotonic,
            wall=lambda: self.wall,
        )


@pytest.mark.parametrize("boottime", [True, False], ids=["linux-boottime", "wall-compare"])
def test_an_hour_of_suspend_counts_as_an_hour_of_the_meeting(
    tmp_path: Path, boottime: bool
) -> None:
    laptop = Laptop()
    session = Session.create(
        kot_like(), kot_setup(), clock=laptop.clock(boottime=boottime), folder=tmp_path
    )
    session.start()  # the first phase: 2 minutes
    laptop.run(30)
    assert session.remaining() == 90
    laptop.suspend(3600)  # the lid closed for an hour
    laptop.run(1)
    assert session.remaining() == 90 - 3600 - 1  # the phase ran on, as the room's clock did
    session.add_note("Na de pauze")
    assert session.path is not None
    session.close()
    note = read_journal(session.path).events[-1]
    assert note.at == START + timedelta(seconds=30 + 3600 + 1)  # the true time, not an hour early


def test_small_corrections_of_the_wall_clock_are_not_a_suspend() -> None:
    laptop = Laptop()
    clock = laptop.clock(boottime=False)
    before = clock.now()
    laptop.wall += 0.5  # NTP nudges the wall clock
    laptop.run(10)
    laptop.wall -= 30  # someone sets it back
    laptop.run(10)
    assert clock.now() - before == 20


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux's")
def test_on_linux_the_real_clock_counts_suspend_through_boottime() -> None:
    clock = SystemClock()
    assert clock.counts_suspend == "boottime"
    boot = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert abs(clock.now() - boot) < 1.0


def test_resume_does_not_freeze_when_the_wall_clock_is_behind_the_journal(
    tmp_path: Path,
) -> None:
    clock = FakeClock(start=START)
    session = Session.create(kot_like(), kot_setup(), clock=clock, folder=tmp_path)
    session.start()
    clock.advance(30)
    session.add_note("Om 09:00:30")
    assert session.path is not None
    session.close()
    behind = FakeClock(start=START - timedelta(hours=1))  # this machine's clock is an hour behind
    reopened = Session.reopen(session.path, clock=behind)
    first = reopened.remaining()
    assert first == 90  # it goes on from the last event
    behind.advance(10)
    assert reopened.remaining() == 80  # and keeps counting instead of waiting an hour
    reopened.add_note("Tien seconden later")
    assert reopened.state.notes[-1].at == START + timedelta(seconds=40)
