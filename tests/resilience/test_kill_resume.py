"""kill -9 at random moments of a scripted meeting, several times: resume loses nothing.

A laptop that dies mid-meeting must not cost the group its notes or the clock. Each run starts
the session engineer's crash driver (tests/session/crash_driver.py: a journaled meeting that
adds a note every simulated second, rates every third, pauses once for ten minutes), kills it
with SIGKILL after a random real delay, then resumes the journal and checks the phase, the
true remaining time and every note the process had confirmed.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from intervisie_tui.session import FakeClock, Rating, Session, read_journal

DRIVER = Path(__file__).resolve().parents[1] / "session" / "crash_driver.py"
RUNS = 6
#: Seconds planned for the phase the driver writes its notes in ("Oplossingsgerichte vragen").
PHASE_SECONDS = 210
AWAY = 45


def _run_and_kill(folder: Path, delay: float) -> list[dict[str, object]]:
    """Start the driver, read its progress until `delay` seconds passed, then SIGKILL it."""
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    stream = process.stdout.fileno()
    progress: list[dict[str, object]] = []
    pending = b""
    started: float | None = None  # when the meeting was set up (its first progress line)
    killed = False
    try:
        while not killed:
            ready, _, _ = select.select([stream], [], [], 10)
            assert ready, "the driver printed nothing for 10 s"
            chunk = os.read(stream, 1 << 16)
            assert chunk, process.stderr.read().decode() if process.stderr else "driver ended"
            pending += chunk
            *complete, pending = pending.split(b"\n")
            progress.extend(json.loads(line) for line in complete)
            if progress and started is None:
                started = time.perf_counter()
            if started is not None and time.perf_counter() - started >= delay:
                process.send_signal(signal.SIGKILL)
                killed = True
    finally:
        if not killed:
            process.kill()
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    return progress


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_kill_9_at_random_moments_then_resume(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    delays = [0.0, *(rng.uniform(0.0, 0.6) for _ in range(RUNS - 1))]
    seen_counts: set[int] = set()
    for run, delay in enumerate(delays):
        folder = tmp_path / f"run-{run}"
        progress = _run_and_kill(folder, delay)
        path = Path(str(progress[0]["path"]))
        confirmed = [str(p["note"]) for p in progress if "note" in p]

        contents = read_journal(path)  # a torn last line is allowed, anything else is not
        written = sum(1 for e in contents.events if e.type == "note_added")
        assert written >= len(confirmed), f"run {run}: a confirmed note is missing"
        seen_counts.add(written)

        clock = FakeClock(start=contents.events[-1].at + timedelta(seconds=AWAY))
        session = Session.reopen(path, clock=clock)
        state = session.state
        texts = [note.text for note in state.notes]
        assert texts[: len(confirmed)] == confirmed, f"run {run}"
        assert texts == [f"Vraag nummer {i}" for i in range(1, written + 1)], f"run {run}"
        rated = {e.id for e in contents.events if e.type == "note_rated"}
        assert [n.id for n in state.notes if n.rating is Rating.warm] == sorted(rated)
        assert session.phase_view().title == "Oplossingsgerichte vragen"

        # True remaining time: one second per note; the 600 s pause after note 5 does not
        # count; the time the laptop was off counts only when the clock was running.
        away = AWAY if state.running else 0
        assert session.remaining() == PHASE_SECONDS - written - away, f"run {run}"

        # The resumed meeting goes on in the same journal without a gap.
        session.add_note("Na het hervatten")
        again = read_journal(path)
        assert again.warning is None
        session.close()  # this window lets go, so the next one may open it
        assert [n.text for n in Session.reopen(path, clock=clock).state.notes] == [
            *texts,
            "Na het hervatten",
        ]
    # The runs really stopped at different moments (not all at the first line).
    assert len(seen_counts) >= 3, seen_counts
