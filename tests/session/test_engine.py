"""The running meeting: clock, phases, pause, +/- minutes, overtime and warnings."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from session_methods import kot_like, kot_setup, topics_like, topics_setup

from intervisie_tui.session import (
    CommandRejected,
    FakeClock,
    Session,
    TimerEventKind,
    TimerStatus,
)


def test_remaining_counts_down_from_the_planned_minutes(
    kot_session: Session, clock: FakeClock
) -> None:
    kot_session.start()
    assert kot_session.remaining() == 120
    clock.advance(45)
    assert kot_session.remaining() == 75
    assert kot_session.elapsed() == 45


def test_pause_keeps_remaining_time_and_resume_continues(
    kot_session: Session, clock: FakeClock
) -> None:
    kot_session.start()
    clock.advance(30)
    kot_session.pause()
    clock.advance(600)
    assert kot_session.remaining() == 90
    assert not kot_session.state.running
    kot_session.resume()
    clock.advance(10)
    assert kot_session.remaining() == 80


def test_toggle_pause_is_one_key(kot_session: Session, clock: FakeClock) -> None:
    kot_session.start()
    kot_session.toggle_pause()
    assert not kot_session.state.running
    kot_session.toggle_pause()
    assert kot_session.state.running


def test_next_and_back_keep_each_phase_its_own_time(kot_session: Session, clock: FakeClock) -> None:
    kot_session.start()
    clock.advance(100)
    kot_session.next()
    assert kot_session.phase_view().title == "Korte schets"
    assert kot_session.remaining() == 120
    clock.advance(20)
    kot_session.back()
    assert kot_session.phase_view().title == "Vraag en doel"
    assert kot_session.remaining() == 20  # the 100 s already spent stay spent
    kot_session.next()
    assert kot_session.remaining() == 100


def test_overtime_counts_past_zero_and_never_advances_by_itself(
    kot_session: Session, clock: FakeClock
) -> None:
    kot_session.start()
    clock.advance(150)
    assert kot_session.remaining() == -30
    assert kot_session.is_overtime
    assert kot_session.status() is TimerStatus.overtime
    assert kot_session.state.index == 0


def test_minutes_can_be_added_and_taken_but_never_below_zero(
    kot_session: Session, clock: FakeClock
) -> None:
    kot_session.start()
    kot_session.add_minute()
    assert kot_session.remaining() == 180
    kot_session.remove_minute()
    kot_session.remove_minute()
    assert kot_session.remaining() == 60
    with pytest.raises(CommandRejected):
        kot_session.remove_minute()
    assert kot_session.remaining() == 60


def test_warnings_fire_once_per_phase_at_one_minute_and_zero(
    kot_session: Session, clock: FakeClock
) -> None:
    kot_session.start()
    assert kot_session.poll() == []
    clock.advance(59)
    assert kot_session.poll() == []
    clock.advance(1)
    events = kot_session.poll()
    assert [e.kind for e in events] == [TimerEventKind.warning]
    assert kot_session.status() is TimerStatus.warning
    assert kot_session.poll() == []
    clock.advance(200)  # past zero and a minute over without a poll: both still fire, once
    assert [e.kind for e in kot_session.poll()] == [TimerEventKind.zero, TimerEventKind.overtime]
    assert kot_session.poll() == []
    kot_session.next()
    clock.advance(61)
    assert [e.threshold for e in kot_session.poll()] == [60]


def test_a_minute_over_time_is_its_own_moment_once_per_phase(
    kot_session: Session, clock: FakeClock
) -> None:
    kot_session.start()
    clock.advance(120)
    assert [e.kind for e in kot_session.poll()] == [TimerEventKind.warning, TimerEventKind.zero]
    clock.advance(59.5)
    assert kot_session.poll() == []
    clock.advance(0.5)
    (event,) = kot_session.poll()
    assert (event.kind, event.threshold, event.phase) == (TimerEventKind.overtime, -60, 0)
    clock.advance(600)
    assert kot_session.poll() == []


def test_back_into_an_overtime_phase_does_not_ring_again(
    kot_session: Session, clock: FakeClock
) -> None:
    kot_session.start()
    clock.advance(200)
    kot_session.poll()
    kot_session.next()
    kot_session.back()
    assert kot_session.poll() == []


def test_last_phase_asks_to_finish_and_first_phase_cannot_go_back(
    clock: FakeClock, folder: Path
) -> None:
    session = Session.create(kot_like(), kot_setup(cases=1), clock=clock, folder=folder)
    session.start()
    with pytest.raises(CommandRejected, match="eerste fase"):
        session.back()
    for _ in range(5):
        session.next()
    with pytest.raises(CommandRejected, match="laatste fase"):
        session.next()


def test_commands_before_start_and_after_finish_are_rejected(
    kot_session: Session, clock: FakeClock
) -> None:
    with pytest.raises(CommandRejected, match="nog niet gestart"):
        kot_session.next()
    kot_session.start()
    kot_session.finish()
    with pytest.raises(CommandRejected, match="afgesloten"):
        kot_session.pause()


def test_a_rejected_command_writes_nothing(kot_session: Session) -> None:
    path = kot_session.path
    assert path is not None
    before = path.read_bytes()
    with pytest.raises(CommandRejected):
        kot_session.back()
    assert path.read_bytes() == before


def test_skip_only_for_optional_steps_and_marks_it_skipped(clock: FakeClock, folder: Path) -> None:
    session = Session.create(topics_like(), topics_setup(), clock=clock, folder=folder)
    session.start()
    with pytest.raises(CommandRejected, match="optionele"):
        session.skip()
    for _ in range(3):
        session.next()
    assert session.phase_view().title == "Verdieping"
    session.skip()
    assert session.phase_view().title == "Advies"
    assert session.state.records[3].skipped


def test_untimed_step_has_no_countdown(clock: FakeClock, folder: Path) -> None:
    session = Session.create(topics_like(), topics_setup(), clock=clock, folder=folder)
    session.start()
    while session.phase_view().title != "Evaluatie":
        session.next()
    clock.advance(300)
    assert session.remaining() is None
    assert session.elapsed() == 300
    assert session.status() is TimerStatus.untimed
    with pytest.raises(CommandRejected, match="geen vaste tijd"):
        session.add_minute()


def test_paused_advance_keeps_the_next_phase_paused(kot_session: Session, clock: FakeClock) -> None:
    kot_session.start()
    kot_session.pause()
    kot_session.next()
    clock.advance(30)
    assert kot_session.remaining() == 120
    assert not kot_session.state.running


def test_deadline_moves_by_the_length_of_a_pause(kot_session: Session, clock: FakeClock) -> None:
    kot_session.start()
    first = kot_session.state.deadline()
    assert first == clock.wall() + timedelta(seconds=120)
    clock.advance(20)
    kot_session.pause()
    assert kot_session.state.deadline() is None
    clock.advance(45)
    kot_session.resume()
    assert kot_session.state.deadline() == first + timedelta(seconds=45)
