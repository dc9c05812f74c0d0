"""settings.yaml and the sound, end to end: the real console script in tmux, no real audio.

Fake player programs stand first on PATH (pw-play, paplay and aplay that fail as a machine
without a sound device does), so the chime path runs the same on every machine and nothing
is ever played.
"""

from __future__ import annotations

from pathlib import Path

from test_tmux import SCRIPT, Terminal
from test_tmux import terminal as terminal

PEOPLE = ["--chair", "Vera", "--participants", "Anna,Bram,Chris", "--inbrenger", "Anna"]


def start(terminal: Terminal, tmp_path: Path, settings: str) -> Path:
    """Start KOT with `settings` as settings.yaml and players that all fail."""
    config = tmp_path / "config-dir"
    config.mkdir(exist_ok=True)
    (config / "settings.yaml").write_text(settings, encoding="utf-8")
    players = tmp_path / "players"
    players.mkdir(exist_ok=True)
    for name in ("pw-play", "paplay", "aplay"):
        fake = players / name
        fake.write_text(f"#!/bin/sh\necho '{name}: audio open error' >&2\nexit 1\n")
        fake.chmod(0o755)
    terminal.env["INTERVISIE_TUI_CONFIG_DIR"] = str(config)
    terminal.env["PATH"] = f"{players}:{terminal.env['PATH']}"
    terminal.start([str(SCRIPT), "run", "kot", *PEOPLE])
    terminal.wait_for("Stap 1 van 6 · Vraag en doel")
    return config / "settings.yaml"


def test_a_mistake_is_named_and_players_that_fail_give_the_bell_said_once(
    terminal: Terminal, tmp_path: Path
) -> None:
    start(terminal, tmp_path, "sound: chimes\n")
    # The toast wraps the long path and the sentence anywhere; tests/sound checks the words.
    screen = terminal.wait_for("'chimes'")
    assert "'chime'?" in screen
    terminal.type("-")  # one minute less: the warning is crossed at once
    screen = terminal.wait_for("terminalbel")
    assert "aplay speelt de gong niet af" in " ".join(screen.replace("▌", " ").split())


def test_l_makes_the_screen_light_and_the_next_start_remembers_it(
    terminal: Terminal, tmp_path: Path
) -> None:
    path = start(terminal, tmp_path, "# onze zaal\nsound: off  # stil\n")
    terminal.send("l")
    terminal.wait_for("Licht thema, onthouden")
    assert path.read_text(encoding="utf-8") == "# onze zaal\nsound: off  # stil\ntheme: light\n"
    terminal.send("q")
    terminal.wait_for("Bijeenkomst stoppen?")
    terminal.send("j")
    terminal.wait_until_ended()
    terminal.start([str(SCRIPT), "resume"])
    terminal.wait_for("Stap 1 van 6")
    terminal.send("l")  # it opened light, so l goes back to dark
    terminal.wait_for("Donker thema, onthouden")
    assert path.read_text(encoding="utf-8").endswith("theme: dark\n")
