"""Two well-known Textual apps as a second yardstick for start-up: posting and harlequin.

Each is installed from PyPI into a venv of its own under bench/.venv-others/ (they pin
different Textual releases, and neither may touch the project's venv), once; later runs reuse
it. Their complete first screen is timed by the same harness as ours, in the same rounds, each
with a private home folder (HOME and the XDG folders) that is kept across repetitions, as a
user's is. The ceiling compares our start with the faster of the two.

    .venv/bin/python bench/others.py      # install (or check) both and print their commands
"""

from __future__ import annotations

import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

from harness import BENCH

OTHERS = BENCH / ".venv-others"


@dataclass(frozen=True)
class OtherApp:
    """A Textual app from PyPI: what to install, how to start it, what its first screen shows."""

    name: str
    #: pip requirements; a pin here says why in `note`.
    requirements: tuple[str, ...]
    #: Texts that are all on screen once the first screen is complete.
    markers: tuple[str, ...]
    note: str = ""

    @property
    def folder(self) -> Path:
        """Its venv."""
        return OTHERS / self.name

    @property
    def command(self) -> list[str]:
        """Its console script, started with no arguments (its usual first screen)."""
        return [str(self.folder / "bin" / self.name)]


OTHER_APPS = (
    OtherApp(
        "posting",
        ("posting", "tree-sitter<0.26"),
        # The URL bar's placeholder, the response area's status line, the footer's keys.
        ("Enter a URL", "read-only", "f1 Help"),
        note="tree-sitter is held below 0.26: with 0.26.1, which pip picks today, posting "
        "2.11.1 (on textual 6.1.0) dies with a segmentation fault while it builds its first "
        "screen (TextArea's tree-sitter highlight query)",
    ),
    OtherApp(
        "harlequin",
        ("harlequin",),
        # The data catalogue (an in-memory DuckDB), the run button, the editor's footer keys.
        ("memory db", "Run Query", "f4 Format Query"),
    ),
)


def ensure(app: OtherApp) -> str | None:
    """Install `app` into its venv unless it is there; None when ready, else why it is not."""
    stamp = app.folder / ".installed"
    wanted = "\n".join(app.requirements)
    if stamp.exists() and stamp.read_text() == wanted and Path(app.command[0]).exists():
        return None
    venv.EnvBuilder(with_pip=True, clear=True).create(app.folder)
    pip = [str(app.folder / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    done = subprocess.run([*pip, *app.requirements], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if not line.startswith("WARNING")]
        return f"pip install {' '.join(app.requirements)} failed: " + " / ".join(errors[-3:])
    stamp.write_text(wanted)
    return None


def ready_apps() -> tuple[list[OtherApp], dict[str, str]]:
    """The apps that are installed (installing them first), and why any other is missing."""
    ready: list[OtherApp] = []
    missing: dict[str, str] = {}
    for app in OTHER_APPS:
        problem = ensure(app)
        if problem is None:
            ready.append(app)
        else:
            missing[app.name] = problem
    return ready, missing


if __name__ == "__main__":
    apps, problems = ready_apps()
    for app in apps:
        print(f"{app.name}: {' '.join(app.command)}" + (f" ({app.note})" if app.note else ""))
    for name, problem in problems.items():
        print(f"{name}: not installed: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)
