"""Done-when of #14 in a real terminal: a whole meeting prepared in the app, fitted to an end
time, changed on the way (a break added, a late arrival), killed with kill -9 in the middle,
resumed, and closed; the report shows all of it."""

from __future__ import annotations

import os
import re
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_tmux import SCRIPT, Terminal, terminal

from intervisie_tui.model import QuestionKind
from intervisie_tui.tui.agenda_draft import DraftItem
from intervisie_tui.tui.memory import LastGroup, save_last_agenda, save_last_group

__all__ = ["terminal"]

#: The end time: 100 minutes from now, for an agenda of 120 (the app reads it as HH:MM, UTC).
UNTIL = (datetime.now(UTC) + timedelta(minutes=101)).strftime("%H:%M")


def field_value(screen: str, label: str) -> str:
    """The text in the field under a label (inside its box), up to the next box edge."""
    lines = screen.splitlines()
    for number, line in enumerate(lines[:-2]):
        if label in line:
            column = line.index(label)
            value = lines[number + 1][column:].split("│")[0]
            if "▔" in value:  # the field's top edge: the text is on the line below
                value = lines[number + 2][column:].split("│")[0]
            return value.strip().strip("▊▎").strip()
    raise AssertionError(f"no field {label!r} on the screen:\n{screen}")


def fill(terminal: Terminal, label: str, text: str) -> None:
    """Type into the field under `label` (reached with Tab) and see it arrive there.

    Now and then the terminal loses the Tab sent just before (the text then lands in the field
    before): the text is taken back and Tab sent again, as a chair would.
    """
    for _ in range(3):
        terminal.type(text)
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            if field_value(terminal.screen(), label) == text:
                return
            time.sleep(0.1)
        terminal.send(*["BSpace"] * len(text))
        terminal.send("Tab")
    raise AssertionError(f"{text!r} never reached {label!r}:\n{terminal.screen()}")


def until_shown(terminal: Terminal, key: str, text: str, tries: int = 3) -> str:
    """Send `key` until `text` shows (a key the terminal lost is sent again)."""
    for _ in range(tries):
        terminal.send(key)
        try:
            return terminal.wait_for(text, timeout=3)
        except AssertionError:
            continue
    return terminal.wait_for(text)


def test_a_whole_meeting_changed_on_the_way_killed_resumed_and_reported(
    terminal: Terminal, tmp_path: Path
) -> None:
    # The group met before with this agenda: the app offers it again (names and questions of
    # the cases are not kept, only the shape).
    data = tmp_path / "data"
    save_last_group(data, LastGroup("Vera", ("Anna", "Bram", "Chris", "Dewi")))
    save_last_agenda(
        data,
        (
            DraftItem("opening"),
            DraftItem("kot", case=True, kind=QuestionKind.solution),
            DraftItem("pauze", minutes=10),
            DraftItem("vissenkom", case=True, kind=QuestionKind.dilemma),
            DraftItem("afsluiting"),
        ),
    )
    terminal.start([str(SCRIPT)])
    terminal.wait_for("p programma")
    terminal.send("p")
    terminal.wait_for("ctrl+s starten")
    screen = terminal.wait_for("Het programma van vorige keer staat klaar")
    assert "Casus · KOT" in screen and "Casus · Vissenkom" in screen
    assert field_value(screen, "Voorzitter") == "Vera"

    # Only the end time is new; then on to the agenda list.
    fill(terminal, "Eindtijd", UNTIL)
    terminal.wait_for("te lang voor")  # 120 minutes asked, about 100 there: fitted
    terminal.send("Tab")  # past the warning
    until_shown(terminal, "Tab", "a toevoegen x weg")  # the list's keys: the list has focus

    # Anna brings the KOT case: its method is already chosen, her name and ctrl+s are enough.
    terminal.send("Down", "Enter")
    terminal.wait_for("Casus invullen")
    fill(terminal, "Wie brengt de casus in?", "Anna")
    screen = until_shown(terminal, "C-s", "Casus: Anna · KOT")
    assert "vooral voor vastzitten" in screen  # the suggestions for the highlighted case

    until_shown(terminal, "C-s", "Onderdeel 1 van 5")
    screen = terminal.wait_for("Welkom en programma")

    # Dewi is not there yet.
    until_shown(terminal, "w", "Wie is er weg, wie komt er binnen?")
    until_shown(terminal, "4", "Dewi is afwezig")

    step = 1
    while "Onderdeel 2 van 5" not in terminal.screen():
        step += 1
        until_shown(terminal, "n", f"Stap {step} van ")
    terminal.wait_for("Vraag en doel")

    # A short break after this case, added during the meeting.
    until_shown(terminal, "k", "Minuten")
    fill(terminal, "Minuten", "5")
    until_shown(terminal, "Enter", "Onderdeel 2 van 6")

    # Dewi arrives.
    until_shown(terminal, "w", "Dewi  (afwezig)")
    until_shown(terminal, "4", "Dewi is er weer")
    step += 1
    until_shown(terminal, "n", f"Stap {step} van ")

    # The laptop's program dies mid-case.
    pid = int(terminal.tmux("display-message", "-p", "-t", terminal.name, "#{pane_pid}"))
    os.kill(pid, signal.SIGKILL)
    terminal.wait_until_ended()

    terminal.start([str(SCRIPT), "resume"])
    screen = terminal.wait_for("Onderdeel 2 van 6")
    found = re.search(r"Stap (\d+) van (\d+)", screen)
    assert found is not None, screen
    assert int(found.group(1)) == step

    # On to the end: every phase with n, each one seen, then the question to close.
    total = int(found.group(2))
    while step < total:
        step += 1
        until_shown(terminal, "n", f"Stap {step} van {total}")
    terminal.wait_for("Hierna: einde")
    until_shown(terminal, "n", "Bijeenkomst afronden?")
    until_shown(terminal, "j", "Verslag opgeslagen")

    reports = list((data / "sessions").glob("*.md"))
    assert len(reports) == 1
    report = reports[0].read_text(encoding="utf-8")
    # The agenda planned (fitted to the end time) and actual, the added break among it.
    planned = re.findall(r"^\| (\d)\. (.+?) \| (\d+):00 \|", report, re.MULTILINE)
    assert [(number, title.split(" (")[0]) for number, title, _ in planned] == [
        ("1", "Opening"),
        ("2", "Casus 1: Anna"),
        ("3", "Pauze"),
        ("4", "Pauze"),
        ("5", "Casus 2"),
        ("6", "Afsluiting"),
    ]
    assert "| 3. Pauze (toegevoegd) |" in report  # its 5 minutes fitted with the rest
    assert "Vissenkom" in planned[4][1] and "KOT" in planned[1][1]
    minutes = sum(int(m) for _, _, m in planned)
    assert minutes < 120 + 5  # fitted: less than the agenda's own minutes
    assert "| Dewi | deelnemer | deels (afwezig gemeld) |" in report  # the late arrival
    terminal.send("q")
    terminal.wait_until_ended()
