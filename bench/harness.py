"""Start a terminal app in a pseudo-terminal and watch it the way a chair's terminal would.

Both the baseline and intervisie-tui go through `Terminal`, so start-up, CPU and memory are
measured by the same code path; only the command line and the text awaited differ.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RESULTS = BENCH / "results"
VENV_BIN = Path(sys.executable).parent
PYTHON = str(VENV_BIN / "python")
APP = str(VENV_BIN / "intervisie-tui")

#: CSI / OSC / charset escapes: stripped so the text a terminal would show stays contiguous.
_ESCAPES = re.compile(
    rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>]"
)
#: Clock ticks per second, for /proc/<pid>/stat utime and stime.
CLK_TCK = os.sysconf("SC_CLK_TCK")


def baseline_command() -> list[str]:
    """The bare Textual app with one Digits widget."""
    return [PYTHON, str(BENCH / "baseline_app.py")]


#: Text on screen once the baseline's Digits ("12:34") are drawn: the top row of "34".
BASELINE_MARKER = "╶─╮╷ ╷"
#: The library's complete first screen: the table is filled (a bundled method's title), the
#: preview of the selected method is drawn down to when to choose it (its group line) and the
#: footer shows its keys. The first marker alone is the table.
LIBRARY_SCREEN = ("KOT-intervisiemodel", "Groep:", "q stop")
#: The run screen's complete first screen (`run ID`, `run ID --rehearse`, `resume`): the
#: clock's digits, the timeline at the first phase, the flip-over panel and the footer's keys.
RUN_SCREEN = ("█████████", "Vraag en doel", "Flip-over", "? meer")
#: One marker for each: the table, and the first phase in the timeline.
LIBRARY_MARKER = LIBRARY_SCREEN[0]
RUN_MARKER = RUN_SCREEN[1]

RUN_ARGS = ["run", "kot", "--chair", "Vera", "--participants", "Anna,Bram,Chris"]
RUN_ARGS += ["--inbrenger", "Anna"]


def app_env(home: Path) -> dict[str, str]:
    """A private home, data, config and cache folder so no run reads or writes the user's own.

    HOME and the XDG folders are for the other apps (posting, harlequin); ours has its own
    variables for its folders.
    """
    env = dict(os.environ)
    # A chair's install has its bytecode compiled (pip does it; an editable install writes it
    # on the first start). Some shells here set this, which made every start of our own
    # modules compile them again while textual's came precompiled from its wheel.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        TERM="xterm-256color",
        COLORTERM="truecolor",
        INTERVISIE_TUI_DATA_DIR=str(home / "data"),
        INTERVISIE_TUI_CONFIG_DIR=str(home / "config"),
        INTERVISIE_TUI_CACHE_DIR=str(home / "cache"),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return env


def warm_cache(home: Path, app: str = APP, env: dict[str, str] | None = None) -> None:
    """Fill the library's result cache in `home`, as the first start after installing does.

    Every later start reads the cache, so that is the start a chair usually sees. `app`: the
    console script of the build to warm it for (compare.py runs two); `env`: the environment
    that build starts in, when it is not `app_env(home)` (memory.py puts another source tree
    first on PYTHONPATH).
    """
    env = app_env(home) if env is None else env
    subprocess.run([app, "list"], env=env, capture_output=True, check=True)


class Terminal:
    """A process attached to a pty of a given size, with its screen text collected as it comes."""

    def __init__(
        self, argv: Sequence[str], env: dict[str, str], *, columns: int = 100, lines: int = 30
    ) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            list(argv), stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.master = master
        self.raw = bytearray()

    @property
    def pid(self) -> int:
        """The app's process id (the venv's python itself: console scripts exec no shell)."""
        return self.process.pid

    def text(self) -> str:
        """Everything written so far with the escape sequences taken out."""
        return _ESCAPES.sub(b"", bytes(self.raw)).decode("utf-8", "replace")

    def pump(self, timeout: float) -> bool:
        """Read what is available within `timeout`; False once the app closed the terminal."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 1 << 16)
        except OSError:
            return False
        self.raw.extend(chunk)
        return bool(chunk)

    def wait_for(self, marker: str, timeout: float = 30.0) -> float:
        """Seconds from spawn until `marker` is on screen."""
        return self.wait_for_all([marker], timeout)[marker]

    def wait_for_all(self, markers: Sequence[str], timeout: float = 30.0) -> dict[str, float]:
        """Seconds from spawn until each of `markers` was first on screen.

        A screen is complete once every marker has been drawn; Textual may send its parts in
        separate frames (a preview or the footer after the table), so each is timed on its own.
        """
        found: dict[str, float] = {}
        needles = {marker: marker.encode("utf-8") for marker in markers}
        deadline = self.started + timeout
        scanned = 0
        while len(found) < len(needles) and time.perf_counter() < deadline:
            alive = self.pump(0.02)
            window = _ESCAPES.sub(b"", bytes(self.raw[max(0, scanned - 4096) :]))
            now = time.perf_counter() - self.started
            for marker, needle in needles.items():
                if marker not in found and needle in window:
                    found[marker] = now
            scanned = len(self.raw)
            if not alive:
                break
        missing = [marker for marker in markers if marker not in found]
        if missing:
            tail = self.text()[-600:]
            raise RuntimeError(f"{missing} did not appear within {timeout} s; screen ends:\n{tail}")
        return found

    def drain(self, seconds: float) -> None:
        """Keep reading (so the app never blocks on a full pty) for `seconds`."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            if not self.pump(min(0.25, max(0.0, end - time.perf_counter()))):
                return

    def cpu_seconds(self, *, main_thread: bool = False) -> float:
        """User plus system CPU time of the process so far (or of its main thread only).

        The main thread is where the app's own work happens. The whole-process figure adds
        Textual's writer thread and its input thread, which polls the terminal ten times a
        second in every Textual app.
        """
        stat = f"/proc/{self.pid}/task/{self.pid}/stat" if main_thread else f"/proc/{self.pid}/stat"
        fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def peak_rss_mib(self) -> float:
        """Peak resident memory (VmHWM) so far, in MiB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmHWM in /proc status")

    def close(self) -> None:
        """End the app (its own process group only) and release the pty."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        os.close(self.master)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class Spread:
    """A median with its range, for figures measured several times."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        """Summarise repeated measurements."""
        return cls(statistics.median(values), min(values), max(values))

    def ms(self) -> str:
        """Seconds shown as milliseconds."""
        return f"{self.median * 1000:.0f} ms ({self.low * 1000:.0f}-{self.high * 1000:.0f})"


def cpu_over_window(
    terminals: dict[str, Terminal], markers: dict[str, str], seconds: float
) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds each app spends over one shared window: whole process, and main thread.

    Waits until every app shows its marker and lets mount-time work settle for a second, then
    keeps every pty drained for `seconds` (so no app blocks on a full terminal).
    """
    for name, terminal in terminals.items():
        terminal.wait_for(markers[name])
    time.sleep(1.0)
    start = {name: t.cpu_seconds() for name, t in terminals.items()}
    main_start = {name: t.cpu_seconds(main_thread=True) for name, t in terminals.items()}
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        for terminal in terminals.values():
            terminal.pump(0.05)
    total = {name: t.cpu_seconds() - start[name] for name, t in terminals.items()}
    main = {
        name: t.cpu_seconds(main_thread=True) - main_start[name] for name, t in terminals.items()
    }
    return total, main


def scratch_home() -> Path:
    """A fresh temporary folder for one app run's data, config and cache."""
    return Path(tempfile.mkdtemp(prefix="intervisie-bench-"))


def machine() -> str:
    """`uname -a` and the core count, for the README's figures."""
    uname = " ".join(os.uname())
    return f"{uname}; {os.cpu_count()} cores; Python {sys.version.split()[0]}"
