"""End to end: the app opens on a library that holds files YAML cannot construct.

"A broken file never stops the app" (#12): a method file with a date that does not exist or a
number of thousands of digits used to stop the app before its first frame. In a real terminal
the library screen must come up with the good method listed and the bad file located.
"""

from __future__ import annotations

from pathlib import Path

from test_tmux import SCRIPT, Terminal, terminal

from intervisie_tui.library import load_library

__all__ = ["terminal"]  # the fixture, shared with test_tmux.py

MINI = (Path(__file__).resolve().parent.parent / "data" / "valid" / "mini.yaml").read_text()


def test_the_app_opens_past_values_yaml_cannot_construct(
    terminal: Terminal, tmp_path: Path
) -> None:
    folder = tmp_path / "methods"
    folder.mkdir()
    (folder / "goed.yaml").write_text(MINI.replace("title: Mini-methode", "title: Goede methode"))
    (folder / "datum.yaml").write_text(
        MINI.replace("    minutes: 5\n", "    minutes: 2001-02-29\n")
    )
    (folder / "getal.yaml").write_text(
        MINI.replace("    minutes: 5\n", f"    minutes: {'1' * 5000}\n")
    )
    terminal.start([str(SCRIPT), "--methods", str(folder)])
    bundled = len(load_library(user=False).case_methods)  # the parts are not listed
    terminal.wait_for(f"{bundled + 1} van {bundled + 1} methoden")  # the good file is in
    screen = terminal.wait_for("datum.yaml:31:14")
    assert "getal.yaml:31:14" in screen and "Traceback" not in screen
    assert terminal.alive()
