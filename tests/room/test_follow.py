"""The room view follows the journal the chair's app writes, and only reads it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from room_support import kot_meeting

from intervisie_tui.room.follow import JournalFollower, NewestFollower
from intervisie_tui.session import FakeClock, Session


def _journal(session: Session) -> Path:
    assert session.path is not None
    return session.path


def _started(sessions: Path, clock: FakeClock) -> tuple[Session, Path, JournalFollower]:
    """A started meeting, its journal, and a follower that has read it once."""
    session = kot_meeting(sessions, clock)
    session.start()
    path = _journal(session)
    follower = JournalFollower(path)
    follower.look()
    return session, path, follower


def test_each_key_of_the_chair_shows_at_the_next_look(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    follower = JournalFollower(_journal(session))
    assert follower.look()
    first = follower.current
    assert first is not None and not first.state.started
    session.start()
    clock.advance(30)
    session.next()
    assert follower.look()
    now = follower.current
    assert now is not None
    assert now.state.index == 1
    assert now.state == session.state
    assert now.entered_at == session.events[-1].at
    assert not follower.look(), "nothing new: nothing changed"


def test_follower_never_writes_to_the_journal(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    path = _journal(session)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    follower = JournalFollower(path)
    for _ in range(3):
        follower.look()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_line_still_being_written_waits_for_its_newline(sessions: Path, clock: FakeClock) -> None:
    session, path, follower = _started(sessions, clock)
    line = json.dumps({"type": "advanced", "at": session.wall_now().isoformat()})
    with path.open("ab") as handle:
        handle.write(line[:20].encode())
    assert not follower.look()
    with path.open("ab") as handle:
        handle.write(line[20:].encode() + b"\n")
    assert follower.look()
    current = follower.current
    assert current is not None and current.state.index == 1


def test_a_journal_resumed_after_the_app_restarts_is_followed_on(
    sessions: Path, clock: FakeClock
) -> None:
    session, path, follower = _started(sessions, clock)
    session.close()  # the app quits (or crashes) ...
    again = Session.reopen(path, clock=clock)  # ... and the chair resumes
    clock.advance(10)
    again.next()
    assert follower.look()
    current = follower.current
    assert current is not None and current.state.index == 1
    again.close()


def test_damage_stops_the_view_where_the_journal_is_damaged(
    sessions: Path, clock: FakeClock
) -> None:
    _session, path, follower = _started(sessions, clock)
    with path.open("ab") as handle:
        handle.write(b'{"type": "went_back", "at": "2026-01-05T09:00:01Z"}\n')  # no phase before
    assert follower.look()
    current = follower.current
    assert current is not None
    assert current.state.index == 0 and current.state.started
    assert current.damage is not None and current.damage.line == 3


def test_a_replaced_journal_is_read_again_whole(sessions: Path, clock: FakeClock) -> None:
    session = kot_meeting(sessions, clock)
    session.start()
    session.next()
    path = _journal(session)
    follower = JournalFollower(path)
    follower.look()
    lines = path.read_bytes().splitlines(keepends=True)
    replacement = path.with_name("other.tmp")
    replacement.write_bytes(b"".join(lines[:2]))
    os.replace(replacement, path)
    assert follower.look()
    current = follower.current
    assert current is not None and current.state.index == 0


def test_a_missing_journal_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    follower = JournalFollower(tmp_path / "nothing.jsonl")
    assert not follower.look()
    assert follower.current is None
    assert follower.problem is not None and follower.problem.problem.key == "journal.unreadable"


def test_newest_follows_the_meeting_that_began_last(sessions: Path, clock: FakeClock) -> None:
    follower = NewestFollower(sessions)
    assert not follower.look()
    assert follower.current is None
    first = kot_meeting(sessions, clock)
    assert follower.look()
    current = follower.current
    assert current is not None and current.path == first.path
    clock.advance(5)
    first.close()
    second = kot_meeting(sessions, clock)
    assert second.path is not None
    os.utime(second.path, ns=(10**19, 10**19))  # written last, whatever the file system's clock
    assert follower.look()
    current = follower.current
    assert current is not None and current.path == second.path
