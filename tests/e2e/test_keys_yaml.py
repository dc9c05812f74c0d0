"""The chair's keys.yaml, end to end: a mistake is named on the screen and costs nothing else.

The real console script in tmux, with keys.yaml in the config folder as a chair writes it.
Before, a NUL in the file stopped the app at start, and 'next: PageDown' was taken as it was:
n and → were unbound and Page Down (Textual calls it pagedown) did nothing, so no key moved
the meeting on.
"""

from __future__ import annotations

from pathlib import Path

from test_tmux import SCRIPT, Terminal
from test_tmux import terminal as terminal

PEOPLE = ["--chair", "Vera", "--participants", "Anna,Bram,Chris", "--inbrenger", "Anna"]


def start_with_keys(terminal: Terminal, tmp_path: Path, text: str) -> str:
    config = tmp_path / "config-dir"
    config.mkdir()
    (config / "keys.yaml").write_text(text, encoding="utf-8")
    terminal.env["INTERVISIE_TUI_CONFIG_DIR"] = str(config)
    terminal.start([str(SCRIPT), "run", "kot", *PEOPLE])
    return terminal.wait_for("Stap 1 van 6 · Vraag en doel")


def test_a_mistyped_key_name_is_named_and_the_default_keys_still_work(
    terminal: Terminal, tmp_path: Path
) -> None:
    start_with_keys(terminal, tmp_path, "pause: f5\nnext: PageDown\n")
    screen = terminal.wait_for("bedoel je 'pagedown'?")
    assert "keys.yaml:2:7:" in screen
    terminal.send("n")
    terminal.wait_for("Stap 2 van 6 · Korte schets")
    terminal.send("F5")  # the line that was right still counts
    terminal.wait_for("PAUZE")


def test_a_nul_in_keys_yaml_no_longer_stops_the_app(terminal: Terminal, tmp_path: Path) -> None:
    start_with_keys(terminal, tmp_path, "next: pagedown\nback: page\x00up\n")
    screen = terminal.wait_for("stuurteken")
    assert "keys.yaml:2:11:" in screen
    terminal.send("n")
    terminal.wait_for("Stap 2 van 6 · Korte schets")


def test_a_presenter_clicker_moves_the_meeting_on(terminal: Terminal, tmp_path: Path) -> None:
    start_with_keys(terminal, tmp_path, "next: pagedown\nback: pageup\n")
    terminal.wait_for("pgdn volgende")  # the footer shows the key in force
    terminal.send("PageDown")
    terminal.wait_for("Stap 2 van 6 · Korte schets")
    terminal.send("PageUp")
    terminal.wait_for("Stap 1 van 6 · Vraag en doel")
