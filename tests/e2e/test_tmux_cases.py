"""End to end: a fishbowl started without an inbrenger, in a real terminal (tmux).

The set-up used to refuse a Vissenkom without an inbrenger, and then left the person named out
of the group's own closing round. Started from the command line with only a chair, the
participants and the inner group's names typed in the form, it runs to its evaluation, where
everyone takes a turn, and its report names no inbrenger.
"""

from __future__ import annotations

import re
from pathlib import Path

from test_tmux import SCRIPT, Terminal, terminal

__all__ = ["terminal"]  # the fixture, shared with test_tmux.py


def test_vissenkom_without_an_inbrenger(terminal: Terminal, tmp_path: Path) -> None:
    people = ["--chair", "Vera", "--participants", "Anna,Bram,Chris,Dewi,Eva,Fenna"]
    terminal.start([str(SCRIPT), "run", "vissenkom", *people])
    # The set-up form: no inbrenger field, only the inner group is asked for.
    screen = terminal.wait_for("Binnengroep")
    assert "Inbrenger" not in screen
    terminal.type("Anna, Bram, Chris")
    terminal.send("C-s")
    screen = terminal.wait_for("Stap 1 van 5 · Voorbereiding")
    assert "None" not in screen and "kies met i" not in screen
    assert "Hele groep: Anna, Bram, Chris, Dewi, Eva," in screen  # the whole group speaks

    for number in range(2, 6):
        terminal.send("n")
        screen = terminal.wait_for(f"Stap {number} van 5")
    # The evaluation is a round of the whole group: Anna's turn comes first, no one left out.
    assert re.search(r"Beurt +Anna ", screen), screen
    for name in ("Anna", "Bram", "Chris", "Dewi", "Eva"):
        terminal.send("t")
        terminal.wait_for(f"✓ {name}")
    terminal.send("t")
    terminal.wait_for("Ronde rond ✓")

    terminal.send("n")
    terminal.wait_for("Bijeenkomst afronden?")
    terminal.send("j")
    terminal.wait_for("Verslag opgeslagen")
    reports = list((tmp_path / "data" / "sessions").glob("*_vissenkom.md"))
    assert len(reports) == 1
    report = reports[0].read_text(encoding="utf-8")
    assert "## Casus 1\n" in report and "inbrenger" not in report.lower()
    terminal.send("q")
    terminal.wait_until_ended()
