"""The commands print on any terminal: what its encoding cannot show becomes '?', not a crash.

A chair preparing over SSH, or a script piping `show` into a file under LANG=C, gets an ASCII
stdout; the method library is Dutch ("één", "↻") and used to stop `show` with a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("intervisie-tui")
ASCII_ENVIRONMENTS = {
    "PYTHONIOENCODING=ascii": {"PYTHONIOENCODING": "ascii"},
    "LC_ALL=C, a pipe": {
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONCOERCECLOCALE": "0",
        "PYTHONUTF8": "0",
    },
}


def _run(argv: list[str], extra: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "LANG")}
    env.update(extra)
    return subprocess.run(
        [str(SCRIPT), *argv], capture_output=True, timeout=60, check=False, env=env
    )


@pytest.mark.parametrize("extra", ASCII_ENVIRONMENTS.values(), ids=ASCII_ENVIRONMENTS.keys())
@pytest.mark.parametrize(
    "argv", [["show", "kot"], ["show", "vissenkom"], ["list"], ["list", "--json"]], ids=" ".join
)
def test_commands_print_with_replacement_on_an_ascii_stdout(
    argv: list[str], extra: dict[str, str]
) -> None:
    done = _run(argv, extra)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"Traceback" not in done.stderr
    text = done.stdout.decode("ascii")  # nothing but ASCII reached the stream
    assert "?" in text
    assert f"[{argv[-1]}]" in text if argv[0] == "show" else "vissenkom" in text


def test_check_prints_an_ascii_problem_line(tmp_path: Path) -> None:
    path = tmp_path / "één.yaml"
    path.write_text("id: [\n", "utf-8")
    done = _run(["check", "--lang", "en", str(path)], ASCII_ENVIRONMENTS["PYTHONIOENCODING=ascii"])
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    assert done.stdout.decode("ascii").startswith(f"{tmp_path}/??n.yaml:")
