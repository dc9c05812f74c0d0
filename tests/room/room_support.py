"""Helpers for the room view's tests: a real meeting writing a real journal, and the real
`intervisie-tui mirror` started as the chair starts it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from intervisie_tui.library import load_library
from intervisie_tui.model.method import Method
from intervisie_tui.session import Case, Clock, MeetingSetup, Session

SCRIPT = Path(sys.executable).parent / "intervisie-tui"
#: Debian's Chromium, which the browser tests drive (Playwright cannot download its own here).
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
#: Why the browser tests skip on a machine without it.
NO_CHROMIUM = "no Chromium for the browser tests: apt-get install chromium (.ci/run does this)"
#: How long a test waits for the mirror to print its link (a busy machine is slow to start).
START_SECONDS = 30.0


@cache
def kot() -> Method:
    """The bundled KOT method: six timed steps, rules in each, rounds from step 3."""
    method = load_library(user=False).get("kot")
    assert method is not None
    return method


def kot_meeting(folder: Path, clock: Clock, *, until: datetime | None = None) -> Session:
    """A journaled KOT meeting for Ann's case, with Vera chairing; not started yet."""
    setup = MeetingSetup(
        method_id="kot",
        chair="Vera",
        participants=("Ann", "Bas", "Cor", "Dirk"),
        cases=(Case(inbrenger="Ann", question="Hoe zeg ik nee?"),),
        until=until,
    )
    return Session.create(kot(), setup, clock=clock, folder=folder)


def real_now() -> datetime:
    """The wall clock, for a meeting a browser counts along with."""
    return datetime.now(UTC)


@dataclass
class Mirror:
    """A running `intervisie-tui mirror` and the link it printed."""

    process: subprocess.Popen[str]
    url: str
    lines: list[str]

    @property
    def port(self) -> int:
        match = re.search(r":(\d+)/", self.url)
        assert match is not None, self.url
        return int(match.group(1))

    @property
    def token(self) -> str | None:
        match = re.search(r"\?t=([A-Za-z0-9_-]+)", self.url)
        return None if match is None else match.group(1)

    def local(self, path: str = "/", *, token: bool = True) -> str:
        """The address of `path` on this machine (under --lan the link names the LAN address)."""
        query = f"?t={self.token}" if token and self.token else ""
        return f"http://127.0.0.1:{self.port}{path}{query}"

    def stop(self) -> str:
        """End it as Ctrl+C does; what it printed after its link."""
        if self.process.poll() is None:
            self.process.send_signal(2)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        rest = self.process.stdout.read() if self.process.stdout else ""
        return rest


def start_mirror(data_dir: Path, *args: str) -> Mirror:
    """Start the console script as the chair does and wait for the link it prints."""
    env = {**os.environ, "INTERVISIE_TUI_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [str(SCRIPT), "mirror", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        match = re.search(r"http://\S+", line)
        if match:
            return Mirror(process, match.group(0), lines)
    process.kill()
    raise AssertionError("mirror printed no link:\n" + "\n".join(lines))


class ChairTerminal:
    """The chair's app, the real console script, in a private tmux server at 100x30.

    Only what the room view's test needs: start it, press keys, end it (tests/e2e has the
    fuller driver that also reads the screen).
    """

    def __init__(self, data_dir: Path, socket_dir: Path) -> None:
        self.tmux = shutil.which("tmux")
        self.env = {
            **os.environ,
            "TMUX_TMPDIR": str(socket_dir),
            "TERM": "xterm-256color",
            "INTERVISIE_TUI_DATA_DIR": str(data_dir),
        }
        self.env.pop("TMUX", None)
        self.name = "chair"

    def _run(self, *args: str) -> None:
        assert self.tmux is not None
        subprocess.run([self.tmux, *args], env=self.env, check=True, timeout=10)

    def start(self, *args: str) -> None:
        """Run `intervisie-tui ARGS` in a detached 100x30 terminal."""
        self._run("new-session", "-d", "-s", self.name, "-x", "100", "-y", "30", str(SCRIPT), *args)

    def press(self, key: str) -> None:
        """One key, as the chair presses it."""
        self._run("send-keys", "-t", self.name, key)

    def end(self) -> None:
        """Stop the tmux server and the app in it."""
        if self.tmux is not None:
            subprocess.run(
                [self.tmux, "kill-server"], env=self.env, capture_output=True, timeout=10
            )
