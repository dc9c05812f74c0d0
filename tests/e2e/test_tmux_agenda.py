"""`intervisie-tui run --agenda FILE` in a real terminal: a whole meeting from a file."""

from __future__ import annotations

import shlex
from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_tmux import SCRIPT, Terminal, terminal

__all__ = ["terminal"]

AGENDA = Path(__file__).resolve().parents[1] / "data" / "agendas" / "dinsdag.yaml"


def ahead(minutes: int) -> str:
    """An end time `minutes` from now on the terminal's clock (TZ=UTC), as the chair types it."""
    return (datetime.now(UTC) + timedelta(minutes=minutes)).strftime("%H:%M")


def test_an_agenda_file_runs_from_the_opening_into_the_second_item(
    terminal: Terminal, tmp_path: Path
) -> None:
    terminal.start([str(SCRIPT), "run", "--agenda", str(AGENDA), "--until", ahead(minutes=180)])
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


def test_an_end_time_that_shortens_the_agenda_shows_the_plan_first(
    terminal: Terminal, tmp_path: Path
) -> None:
    """--until 44 minutes ahead for a 120-minute agenda: the shortened plan and a question,
    and only "j" starts the meeting; the 10-minute break stays 10."""
    terminal.start([str(SCRIPT), "run", "--agenda", str(AGENDA), "--until", ahead(minutes=44)])
    screen = terminal.wait_for("Dit plan aannemen en beginnen? [j/N]")
    assert "zo wordt het ingekort" in screen and "Pauze: 10 -> 10 min" in screen
    assert "Bewustwordingsfase: 20 -> " in screen
    terminal.type("j")
    terminal.send("Enter")
    terminal.wait_for("Stap 1 van 17 · Welkom en programma")
    terminal.send("q")
    terminal.wait_for("Bijeenkomst stoppen?")
    terminal.send("q")
    terminal.wait_until_ended()


def test_an_end_time_that_cannot_fit_starts_nothing(terminal: Terminal, tmp_path: Path) -> None:
    command = f"{shlex.quote(str(SCRIPT))} run --agenda {shlex.quote(str(AGENDA))}"
    command += f" --until {ahead(minutes=6)}; sleep 30"
    terminal.start(["sh", "-c", command])
    screen = terminal.wait_for("Er is niets gestart.")
    assert "Past niet: ook met 1 minuut per stap" in screen
    assert "aannemen" not in screen
    assert not (tmp_path / "data" / "sessions").exists()
