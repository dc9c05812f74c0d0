"""An app that crashes must say so to the shell: a non-zero exit status, the traceback shown.

Textual catches an exception inside the app, restores the terminal and prints the traceback;
the console script used to return 0 afterwards, so a script or a wrapper that starts the
meeting could not tell a crash from a chair who quit.

How the crash is made: no real input is left that crashes the app (that is what the rest of
the suite guards), so the test starts the real console script with an environment hook, a
`sitecustomize.py` on PYTHONPATH that Python imports at start-up, which makes the library
screen's first mount raise. Nothing in the app knows about it.
"""

from __future__ import annotations

import time
from pathlib import Path

from test_tmux import SCRIPT, Terminal
from test_tmux import terminal as terminal

HOOK = """
from intervisie_tui.tui.app import IntervisieApp


def crash(self):
    raise RuntimeError("crash made by the test hook")


IntervisieApp.on_mount = crash
"""


def test_a_crash_inside_the_app_exits_non_zero_and_shows_why(
    terminal: Terminal, tmp_path: Path
) -> None:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK, encoding="utf-8")
    status = tmp_path / "status"
    terminal.env["PYTHONPATH"] = str(hook)
    terminal.start(["sh", "-c", f'"{SCRIPT}"; echo "exit $?" > "{status}"; sleep 60'])
    screen = terminal.wait_for("crash made by the test hook")
    assert "RuntimeError" in screen
    deadline = time.monotonic() + 20
    while not (status.exists() and status.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert status.read_text().strip() == "exit 1"
