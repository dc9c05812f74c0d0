"""`check FILE` judges the file as the app would load it: beside the bundled methods."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "intervisie-tui"
METHODS = Path(__file__).resolve().parents[2] / "methods"


def check(*paths: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(home / "config")  # no user methods of this machine
    env.pop("INTERVISIE_TUI_CONFIG_DIR", None)
    return subprocess.run(
        [str(SCRIPT), "check", "--lang", "en", *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_a_file_with_a_bundled_methods_id_fails_and_says_so(tmp_path: Path) -> None:
    copy = tmp_path / "mijn-kot.yaml"
    copy.write_text((METHODS / "kot.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    done = check(copy, home=tmp_path)
    assert done.returncode == 1, done
    line = done.stdout.strip()
    assert line.startswith(f"{copy}:2:5: error: method id 'kot' is already used by ")
    assert "kot.yaml" in line and "another id" in line
    assert "0 method(s) usable: 1 error(s)" in done.stderr


def test_the_bundled_file_itself_and_a_new_id_pass(tmp_path: Path) -> None:
    assert check(METHODS / "kot.yaml", home=tmp_path).returncode == 0
    own = tmp_path / "eigen.yaml"
    text = (METHODS / "kot.yaml").read_text(encoding="utf-8")
    own.write_text(text.replace("id: kot\n", "id: eigen-kot\n", 1), encoding="utf-8")
    done = check(own, home=tmp_path)
    assert done.returncode == 0, done
    assert "1 method(s) usable: 0 error(s)" in done.stderr
