"""`intervisie-tui run --agenda FILE` in a real terminal: a whole meeting from a file."""

from __future__ import annotations

import shlex
from pathlib import Path

from test_tmux import SCRIPT, Terminal, terminal

__all__ = ["terminal"]

AGENDA = Path(__file__).resolve().parents[1] / "data" / "agendas" / "dinsdag.yaml"


def test_an_agenda_file_runs_from_the_opening_into_the_second_item(
    terminal: Terminal, tmp_path: Path
) -> None:
    terminal.start([str(SCRIPT), "run", "--agenda", str(AGENDA), "--until", "23:59"])
    screen = terminal.wait_for("Stap 1 van 17 · Welkom en programma")
    assert "Groep: Bas, Cor, Dirk, Eva, Fleur" in screen
    terminal.send("n")
    screen = terminal.wait_for("Stap 2 van 17 · Onze spelregels")
    assert "De voorzitter leest de spelregels van de groep voor" in screen
    terminal.send("n")
    terminal.wait_for("Stap 3 van 17 · Waar kom je vandaan?")
    terminal.send("n")
    screen = terminal.wait_for("Stap 4 van 17 · Vraagintroductie")
    assert "Vijfstappenmethode" in screen and "Bas" in screen
    terminal.send("q")
    terminal.wait_for("Bijeenkomst stoppen?")
    terminal.send("q")
    terminal.wait_until_ended()
    journals = list((tmp_path / "data" / "sessions").glob("*_bijeenkomst-vijf-stappen.jsonl"))
    assert len(journals) == 1


def test_an_agenda_with_a_typo_starts_nothing_and_says_where(
    terminal: Terminal, tmp_path: Path
) -> None:
    broken = tmp_path / "a.yaml"
    broken.write_text("chair: Anna\nitems:\n  - method: vijf-stapen\n    inbrenger: Bas\n")
    command = f"cd {shlex.quote(str(tmp_path))} && {shlex.quote(str(SCRIPT))} run --agenda a.yaml"
    command += "; sleep 30"
    terminal.start(["sh", "-c", command])
    terminal.wait_for("a.yaml:3:13: fout: onbekende methode 'vijf-stapen': bedoel je")
    assert not (tmp_path / "data" / "sessions").exists()
