"""The room's chimes sound at the moments the chair's app rings, each once, old ones never."""

from __future__ import annotations

from pathlib import Path

from room_support import kot_meeting

from intervisie_tui.room.cues import CueWatch
from intervisie_tui.room.follow import JournalFollower
from intervisie_tui.session import FakeClock, Session
from intervisie_tui.sound.chimes import CHIME_OF


def _follow(session: Session) -> JournalFollower:
    assert session.path is not None
    follower = JournalFollower(session.path)
    follower.look()
    return follower


def _look(watch: CueWatch, follower: JournalFollower, clock: FakeClock) -> list[str]:
    """What the watch newly cues at the clock's time, as chime names."""
    follower.look()
    before = {cue.number for cue in watch.cues}
    watch.look(follower.current, clock.wall())
    return [cue.chime.value for cue in watch.cues if cue.number not in before]


def test_the_room_chimes_when_the_chairs_app_rings(sessions: Path, clock: FakeClock) -> None:
    """KOT's first step is 2 minutes: the warning at 1:00 left, the end at 0:00, overtime a
    minute later; the app's own engine rings at the same seconds with the same chimes."""
    session = kot_meeting(sessions, clock)
    session.start()
    follower, watch = _follow(session), CueWatch()
    assert _look(watch, follower, clock) == []
    heard: list[str] = []
    rung: list[str] = []
    for _ in range(200):  # 200 s in steps of a second
        clock.advance(1)
        heard += _look(watch, follower, clock)
        rung += [CHIME_OF[event.kind].value for event in session.poll()]
    assert heard == ["warning", "end", "overtime"]
    assert heard == rung
    assert [cue.number for cue in watch.cues] == [1, 2, 3]
    session.close()


def test_a_room_view_started_late_keeps_what_is_behind_silent(
    sessions: Path, clock: FakeClock
) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    clock.advance(90)  # 30 s left: the warning is behind
    follower, watch = _follow(session), CueWatch()
    assert _look(watch, follower, clock) == []
    clock.advance(29)
    assert _look(watch, follower, clock) == []
    clock.advance(1)
    assert _look(watch, follower, clock) == ["end"]
    clock.advance(5)
    assert _look(watch, follower, clock) == [], "each moment once"
    session.close()


def test_a_new_phase_starts_afresh_and_a_jump_rings_each_moment_in_order(
    sessions: Path, clock: FakeClock
) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    follower, watch = _follow(session), CueWatch()
    _look(watch, follower, clock)
    clock.advance(130)
    assert _look(watch, follower, clock) == ["warning", "end"]
    session.next()  # step 2, a few minutes
    assert _look(watch, follower, clock) == []
    assert watch.cues == (), "the page is not asked to play the last phase's chimes"
    while (session.remaining() or 0) > 60:
        session.remove_minute()  # the chair's '-' until a minute or less is left
    assert _look(watch, follower, clock) == ["warning"]
    session.close()


def test_paused_the_clock_stops_and_so_do_the_chimes(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    follower, watch = _follow(session), CueWatch()
    _look(watch, follower, clock)
    clock.advance(50)
    session.pause()
    clock.advance(600)
    assert _look(watch, follower, clock) == []
    session.resume()
    clock.advance(10)
    assert _look(watch, follower, clock) == ["warning"]
    session.close()
