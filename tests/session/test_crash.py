"""A real process is killed with SIGKILL mid-meeting; the meeting resumes with nothing lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from intervisie_tui.session import FakeClock, Rating, Session, read_journal

DRIVER = Path(__file__).with_name("crash_driver.py")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_kill_9_mid_session_then_resume_with_every_note(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    progress: list[dict[str, object]] = []
    try:
        assert process.stdout is not None
        while len(progress) < 40:
            line = process.stdout.readline()
            assert line, f"driver stopped early: {process.stderr.read() if process.stderr else ''}"
            progress.append(json.loads(line))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    path = Path(str(progress[0]["path"]))
    reported = [str(p["note"]) for p in progress if "note" in p]
    contents = read_journal(path)
    # The process may have finished a few more commands between our last read and the kill.
    written = [e for e in contents.events if e.type == "note_added"]
    count = len(written)
    assert count >= len(reported)

    last_at = contents.events[-1].at
    away = 30
    clock = FakeClock(start=last_at + timedelta(seconds=away))
    session = Session.reopen(path, clock=clock)

    texts = [note.text for note in session.state.notes]
    assert texts[: len(reported)] == reported  # every note the process confirmed, in order
    assert texts == [f"Vraag nummer {i}" for i in range(1, count + 1)]
    ratings = [note.rating for note in session.state.notes]
    rated_events = sum(1 for e in contents.events if e.type == "note_rated")
    assert ratings.count(Rating.warm) == rated_events >= len(reported) // 3
    assert session.state.index == 2
    assert session.phase_view().title == "Oplossingsgerichte vragen"
    assert session.state.running
    # 210 s planned, one second per note (the 600 s pause does not count), plus the time away.
    assert session.remaining() == 210 - count - away
    assert read_journal(path).warning in (None, contents.warning)

    # The resumed meeting keeps writing to the same journal, in real meeting time.
    clock.advance(10)
    session.add_note("Na het hervatten")
    final = read_journal(path)
    assert final.warning is None
    assert final.events[-1].at == clock.wall()
