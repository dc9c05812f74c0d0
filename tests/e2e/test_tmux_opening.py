"""End to end: a meeting for a group looks back in its opening, in a real terminal.

The group's last meeting left first steps; `run --agenda FILE --group NAME` shows them in the
check-in round, after the ground rules as a numbered list (80x24, the smallest wall).
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from test_tmux import SCRIPT, Terminal, terminal

from intervisie_tui.group.files import read_group, record_meeting
from intervisie_tui.messages import Lang
from intervisie_tui.model.group import CaseRecord, MeetingRecord

__all__ = ["terminal"]  # the fixture, shared with test_tmux.py

AGENDA = """\
chair: Anna
participants: [Bram, Chris, Dewi]
items:
  - method: opening
  - method: kot
    inbrenger: Chris
  - method: afsluiting
"""


def test_the_opening_shows_the_rules_and_last_times_first_steps(
    terminal: Terminal, tmp_path: Path
) -> None:
    made = subprocess.run(
        [str(SCRIPT), "group", "new", "Team Noord", "--members", "Anna,Bram,Chris,Dewi"],
        env=terminal.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "data" / "groups" / "Team Noord"
    group = read_group(folder).group
    assert group is not None
    step = CaseRecord(
        inbrenger="Bram", method="kot", method_title="KOT", first_step="De ouders bellen"
    )
    last = MeetingRecord(
        date=dt.date(2026, 1, 5), chair="Anna", present=("Bram", "Chris", "Dewi"), cases=(step,)
    )
    record_meeting(folder, group, last, None, Lang.nl)
    agenda = tmp_path / "dinsdag.yaml"
    agenda.write_text(AGENDA, encoding="utf-8")

    run = ["run", "--agenda", str(agenda), "--group", "Team Noord"]
    terminal.start([str(SCRIPT), *run], size=(80, 24))
    terminal.wait_for("Stap 1 van")
    terminal.send("n")
    screen = terminal.wait_for("10. Telefoons uit")
    assert " 1. Je doet mee omdat je dat wilt" in screen
    assert "Vorige keer" not in screen
    terminal.send("n")
    screen = terminal.wait_for("Bram: De ouders bellen")
    assert "╭─ Vorige keer ─" in screen
    assert "Wat heb je gedaan met je eerste stap?" in screen
    terminal.send("n")
    screen = terminal.wait_until_gone("Vorige keer")
    assert "Vraag en doel" in screen
