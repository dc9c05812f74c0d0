"""End to end: the real console script in a real terminal (tmux), driven by keys only.

This is what the chair does: start `intervisie-tui run kot ...`, walk through a case with single
keys, close it, and find the report on disk. The screen is read back with capture-pane.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
SCRIPT = Path(sys.executable).parent / "intervisie-tui"
TIMEOUT = 20.0

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


class Terminal:
    """One detached tmux session running a command (at 100x30 unless told another size)."""

    def __init__(self, name: str, env: dict[str, str]) -> None:
        self.name = name
        self.env = env

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, *args], capture_output=True, text=True, env=self.env, check=True, timeout=10
        )
        return done.stdout

    def start(self, command: list[str], size: tuple[int, int] = (100, 30)) -> None:
        width, height = size
        self.tmux(
            "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), *command
        )

    def send(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.name, "-l", text)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> str:
        """Poll the pane until `text` shows; fail with the last screen when it does not."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            try:
                screen = self.screen()
            except subprocess.CalledProcessError:
                screen = "(tmux session ended)"
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the screen was:\n{screen}")

    def wait_for_pattern(self, pattern: str, timeout: float = TIMEOUT) -> str:
        """Like wait_for, with a regular expression."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if re.search(pattern, screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{pattern!r} did not appear; the screen was:\n{screen}")

    def wait_until_gone(self, text: str, timeout: float = TIMEOUT) -> str:
        """Poll the pane until `text` no longer shows; fail with the last screen when it stays."""
        deadline = time.monotonic() + timeout
        screen = self.screen()
        while text in screen and time.monotonic() < deadline:
            time.sleep(0.1)
            screen = self.screen()
        assert text not in screen, f"{text!r} stayed; the screen was:\n{screen}"
        return screen

    def wait_until_ended(self, timeout: float = TIMEOUT) -> None:
        """Poll until the app has exited (and with it the tmux session)."""
        deadline = time.monotonic() + timeout
        while self.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not self.alive(), f"still running; the screen was:\n{self.screen()}"

    def alive(self) -> bool:
        assert TMUX is not None
        return (
            subprocess.run(
                [TMUX, "has-session", "-t", self.name], env=self.env, capture_output=True
            ).returncode
            == 0
        )

    def kill(self) -> None:
        if self.alive():
            self.tmux("kill-session", "-t", self.name)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """A private tmux server (own socket dir) with isolated data and config folders."""
    env = dict(os.environ)
    env.update(
        {
            "TMUX_TMPDIR": str(tmp_path),
            "TERM": "xterm-256color",
            "INTERVISIE_TUI_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
            "TZ": "UTC",
        }
    )
    env.pop("TMUX", None)
    term = Terminal(f"intervisie-{uuid.uuid4().hex[:8]}", env)
    yield term
    term.kill()


def test_a_kot_case_with_keys_only(terminal: Terminal, tmp_path: Path) -> None:
    assert SCRIPT.exists(), SCRIPT
    terminal.start(
        [
            str(SCRIPT),
            "run",
            "kot",
            "--chair",
            "Vera",
            "--participants",
            "Anna,Bram,Chris,Dewi",
            "--inbrenger",
            "Anna",
        ]
    )
    screen = terminal.wait_for("Stap 1 van 6 · Vraag en doel")
    assert "Aan het woord" in screen and "Inbrenger: Anna" in screen
    assert "Nog geen vragen" in screen
    # The real clock runs: the timeline's actual time for this phase moves off 0:00.
    terminal.wait_for_pattern(r"▶ Vraag en doel\s+0:0[1-9]/2:00")

    terminal.send("n")
    terminal.wait_for("Stap 2 van 6 · Korte schets")
    terminal.send("Space")
    terminal.wait_for("PAUZE")
    terminal.send("Space")
    terminal.send("n")
    screen = terminal.wait_for("Stap 3 van 6 · Oplossingsgerichte vragen")
    assert re.search(r"Beurt +Bram ", screen)
    terminal.send("t")
    terminal.wait_for("✓ Bram")
    terminal.send("a")
    terminal.wait_for("Notitie voor de flip-over")
    terminal.type("Wat werkt al?")
    terminal.send("Enter")
    terminal.wait_for("1. Chris: Wat werkt al?")  # written in Chris's turn
    terminal.send("h")
    terminal.wait_until_gone("Voor de voorzitter")

    for title in ("Complimenten", "Suggesties", "Afsluiting"):
        terminal.send("n")
        terminal.wait_for(f"· {title}")
    terminal.send("n")
    terminal.wait_for("Bijeenkomst afronden?")
    terminal.send("j")
    screen = terminal.wait_for("Verslag opgeslagen")
    assert "intervisie-tui report" in screen

    reports = list((tmp_path / "data" / "sessions").glob("*_kot.md"))
    assert len(reports) == 1
    assert "Wat werkt al?" in reports[0].read_text(encoding="utf-8")

    terminal.send("q")
    terminal.wait_until_ended()


def test_a_lone_escape_cancels_and_quitting_ends_the_app(terminal: Terminal) -> None:
    """Escape with no key after it still closes the note dialog and the quit question.

    Escape is also the first byte of every arrow and function key, so the app only knows it
    was Escape alone once nothing follows it for a moment; that moment must end without
    another key to wake it.
    """
    people = ["--chair", "Vera", "--participants", "Anna,Bram,Chris", "--inbrenger", "Anna"]
    terminal.start([str(SCRIPT), "run", "kot", *people])
    terminal.wait_for("Stap 1 van 6 · Vraag en doel")
    terminal.send("a")
    terminal.wait_for("Notitie voor de flip-over")
    terminal.send("Escape")
    screen = terminal.wait_until_gone("Notitie voor de flip-over")
    assert "(nog niets; a = notitie)" in screen  # cancelled: nothing written

    terminal.send("q")
    terminal.wait_for("Bijeenkomst stoppen?")
    terminal.send("Escape")
    screen = terminal.wait_until_gone("Bijeenkomst stoppen?")
    assert "Stap 1 van 6 · Vraag en doel" in screen  # still in the meeting

    terminal.send("q")
    terminal.wait_for("Bijeenkomst stoppen?")
    terminal.send("q")
    terminal.wait_until_ended()
