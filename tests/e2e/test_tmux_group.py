"""End to end: a group's trajectory as a chair keeps it, in a real terminal.

Make a group, run two meetings for it with `run kot --group`, answer which learning question
each case worked on, fill in one reflection between the meetings, and read the overview:
both meetings, the learning questions worked on and not, and the reflections still missing.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from test_tmux import SCRIPT, Terminal, terminal

__all__ = ["terminal"]  # the fixture, shared with test_tmux.py

GROUP_YAML = """\
name: Team Noord
members:
  - name: Anna
  - name: Bram
    learning_questions:
      - id: grenzen
        text: Hoe houd ik mijn grenzen aan bij ouders?
      - id: overleg
        text: Hoe leid ik een overleg dat uitloopt?
  - name: Chris
    learning_questions:
      - id: feedback
        text: Hoe geef ik feedback zonder te sussen?
"""


def group_cli(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), "group", *argv], env=env, capture_output=True, text=True, timeout=60
    )


def run_meeting(term: Terminal, chair: str, inbrenger: str, answer: str) -> None:
    """A whole KOT case for the group, keys only, up to the end screen."""
    run = ["run", "kot", "--group", "Team Noord", "--chair", chair, "--inbrenger", inbrenger]
    term.start([str(SCRIPT), *run])
    terminal = term
    terminal.wait_for("Stap 1 van 6 · Vraag en doel")
    for title in ("Korte schets", "Oplossingsgerichte vragen", "Complimenten", "Suggesties"):
        terminal.send("n")
        terminal.wait_for(f"· {title}")
    terminal.send("n")
    terminal.wait_for("· Afsluiting")
    terminal.send("n")
    terminal.wait_for("Bijeenkomst afronden?")
    terminal.send("j")
    screen = terminal.wait_for(f"Aan welke leervraag werkte de casus van {inbrenger}?")
    assert "Escape: geen van deze" in screen
    terminal.send(answer)
    screen = terminal.wait_for("Vastgelegd bij groep Team Noord")
    terminal.send("q")
    terminal.wait_until_ended()


def test_two_meetings_a_reflection_and_the_overview(terminal: Terminal, tmp_path: Path) -> None:
    env = terminal.env
    made = group_cli(env, "new", "Team Noord", "--members", "Anna,Bram,Chris")
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "data" / "groups" / "Team Noord"
    (folder / "group.yaml").write_text(GROUP_YAML, "utf-8")

    run_meeting(terminal, chair="Anna", inbrenger="Bram", answer="2")  # "overleg"
    (first,) = sorted((folder / "meetings").iterdir())
    sheet = first / "reflections" / "Bram.md"
    text = sheet.read_text("utf-8")
    for heading, answer in (
        ("De casus", "Mijn overleg liep uit."),
        ("Wat ik leerde over mijn leervraag", "Ik mag eerder afronden."),
        ("Wat ik anders ga doen", "Ik zet een klok neer."),
        ("Een vraag voor de groep", "Hoe doen jullie dat?"),
    ):
        text = text.replace(f"## {heading}\n", f"## {heading}\n\n{answer}\n")
    sheet.write_text(text, "utf-8")

    run_meeting(terminal, chair="Bram", inbrenger="Chris", answer="Escape")

    shown = group_cli(env, "show", "Team Noord")
    assert shown.returncode == 0, shown.stderr
    overview = shown.stdout
    days = [path.name for path in sorted((folder / "meetings").iterdir())]
    assert len(days) == 2
    assert f"| Lid | {days[0]} | {days[1]} |" in overview
    assert "| Bram | casus ✎ | vz ! |" in overview
    assert "| Chris | ✓ ! | casus ! |" in overview
    assert "Hoe leid ik een overleg dat uitloopt? (aan gewerkt)" in overview
    assert "Hoe houd ik mijn grenzen aan bij ouders? (nog niet aan gewerkt)" in overview
    assert "Hoe geef ik feedback zonder te sussen? (nog niet aan gewerkt)" in overview
    assert f"{days[0]}: Anna (ontbreekt)" in overview
    assert f"{days[0]}: Bram" not in overview  # his reflection is in
    assert "- Anna: nog nooit een casus ingebracht" in overview
    assert os.stat(folder).st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    ("run_flags", "resume_flags"),
    [
        ([], ["--group", "Team Noord"]),  # begun without a group, given one at resume
        (["--group", "Team Noord"], []),  # begun for the group: its journal keeps it
    ],
    ids=["group-at-resume", "group-in-journal"],
)
def test_a_resumed_meeting_is_kept_in_the_group(
    terminal: Terminal, tmp_path: Path, run_flags: list[str], resume_flags: list[str]
) -> None:
    env = terminal.env
    assert group_cli(env, "new", "Team Noord", "--members", "Anna,Bram,Chris").returncode == 0
    people = ["--chair", "Anna", "--participants", "Bram,Chris", "--inbrenger", "Bram"]
    terminal.start([str(SCRIPT), "run", "kot", *people, *run_flags])
    terminal.wait_for("Stap 1 van 6 · Vraag en doel")
    terminal.send("n")
    terminal.wait_for("· Korte schets")
    terminal.send("q")
    terminal.wait_for("Bijeenkomst stoppen?")
    terminal.send("q")
    terminal.wait_until_ended()

    terminal.start([str(SCRIPT), "resume", *resume_flags])
    terminal.wait_for("· Korte schets")
    for title in ("Oplossingsgerichte vragen", "Complimenten", "Suggesties", "Afsluiting"):
        terminal.send("n")
        terminal.wait_for(f"· {title}")
    terminal.send("n")
    terminal.wait_for("Bijeenkomst afronden?")
    terminal.send("j")
    terminal.wait_for("Vastgelegd bij groep Team Noord")  # Bram has no learning questions
    terminal.send("q")
    terminal.wait_until_ended()
    (meeting,) = (tmp_path / "data" / "groups" / "Team Noord" / "meetings").iterdir()
    record = (meeting / "meeting.yaml").read_text("utf-8")
    assert "chair: Anna" in record and "inbrenger: Bram" in record


def test_a_damaged_group_file_is_said_on_screen_and_the_meeting_runs(
    terminal: Terminal, tmp_path: Path
) -> None:
    """The app covers the terminal at once: what stderr said must be on screen too."""
    env = terminal.env
    assert group_cli(env, "new", "Team Noord", "--members", "Anna,Bram,Chris").returncode == 0
    group_yaml = tmp_path / "data" / "groups" / "Team Noord" / "group.yaml"
    group_yaml.write_text("name: Team Noord\nmembers:\n  - naam: Anna\n", "utf-8")
    people = ["--chair", "Anna", "--participants", "Bram,Chris", "--inbrenger", "Bram"]
    terminal.start([str(SCRIPT), "run", "kot", "--group", "Team Noord", *people])
    screen = terminal.wait_for("Stap 1 van 6 · Vraag en doel")
    screen = terminal.wait_for("group.yaml:3:5")
    assert "zonder groep" in " ".join(screen.split()), screen
    terminal.send("q")
    terminal.wait_for("Bijeenkomst stoppen?")
    terminal.send("q")
    terminal.wait_until_ended()


def rehearse_to_the_debrief(terminal: Terminal, *flags: str) -> str:
    """A whole KOT rehearsal for the group, phase by phase, up to its debrief screen."""
    run = ["run", "kot", "--rehearse", "--group", "Team Noord", "--seed", "3", "--speed", "600"]
    terminal.start([str(SCRIPT), *run, *flags])
    terminal.wait_for("Stap 1 van 24 · Vraag en doel")
    for step in range(2, 25):
        terminal.send("n")
        terminal.wait_for(f"Stap {step} van 24")
    terminal.send("n")
    terminal.wait_for("Bijeenkomst afronden?")
    terminal.send("j")
    terminal.wait_for("Delen met groep Team Noord?")
    return terminal.wait_for("d delen met groep")  # the footer, drawn last


def test_the_next_chair_rehearses_and_shares_only_when_choosing_to(
    terminal: Terminal, tmp_path: Path
) -> None:
    env = terminal.env
    assert group_cli(env, "new", "Team Noord", "--members", "Anna,Bram,Chris").returncode == 0
    folder = tmp_path / "data" / "groups" / "Team Noord"

    screen = rehearse_to_the_debrief(terminal, "--chair", "Bram")
    assert "Delen met groep Team Noord? d zet de uitkomst van Bram" in screen
    terminal.send("q")  # closing without the key shares nothing
    terminal.wait_until_ended()
    assert not (folder / "rehearsals").exists()

    rehearse_to_the_debrief(terminal, "--chair", "Bram")
    terminal.send("d")
    terminal.wait_for("Gedeeld met groep Team Noord")
    terminal.wait_until_gone("d delen met groep")  # shared once; the key is gone
    terminal.send("q")
    terminal.wait_until_ended()
    (shared,) = (folder / "rehearsals").iterdir()
    assert shared.name.endswith("-Bram-kot.yaml")
    assert os.stat(shared).st_mode & 0o777 == 0o600
    text = shared.read_text("utf-8")
    assert "member: Bram" in text and "false_alarms:" in text and "title: Vraag en doel" in text

    shown = group_cli(env, "show", "Team Noord")
    assert shown.returncode == 0, shown.stderr
    assert "## Oefenrondes die voorzitters deelden" in shown.stdout
    (row,) = [line for line in shown.stdout.splitlines() if "| Bram | KOT" in line]
    assert "Vraag en doel 2/" in row
