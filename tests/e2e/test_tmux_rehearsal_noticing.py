"""End to end, #17's done-when for the rehearsal: with a fixed seed the room in a real terminal
says fine lines and breaching ones; i on a fine line is a false alarm, i on a breach asks how.

Which lines come when is worked out first with the core on a fake clock (same seed, same
bundled method), so the test follows the library as authors change it; the terminal must then
show exactly those lines, and answer the key as the core says it should.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from test_tmux import SCRIPT, Terminal, terminal

from intervisie_tui.model import Method
from intervisie_tui.rehearsal.drill import Heard, Rehearsal
from intervisie_tui.rehearsal.lines import Voice
from intervisie_tui.session.clock import FakeClock

__all__ = ["terminal"]  # the fixture, shared with test_tmux.py

SEED = 3
KOT = Path(__file__).resolve().parents[2] / "methods" / "kot.yaml"
SPOKEN = (Voice.member, Voice.inbrenger)


def heard_in_phases(phases: int) -> list[list[Heard]]:
    """What the room says in each of the first `phases` phases, each opened at once."""
    method = Method.model_validate(yaml.safe_load(KOT.read_text(encoding="utf-8")))
    clock = FakeClock()
    drill = Rehearsal(method, seed=SEED, base_clock=clock)
    drill.start()
    said: list[list[Heard]] = []
    for _ in range(phases):
        drill.opening_said()
        here: list[Heard] = []
        for _ in range(2000):
            here += drill.tick()
            clock.advance(0.25)
        said.append(here)
        drill.next_phase()
    return said


def shown(heard: Heard) -> str:
    """The start of a line as the room panel shows it (short enough not to wrap)."""
    return f"{heard.speaker}: {heard.text('nl')[:24]}"


def test_a_fine_line_is_a_false_alarm_and_a_breach_asks_how(terminal: Terminal) -> None:
    phases = heard_in_phases(3)
    # Phase 1: the first line said is fine, and nothing breaches before it.
    first = phases[0][0]
    assert first.line.breach is None and first.voice in SPOKEN
    # Phase 3 (the questions): lines that are fine, then the first breach.
    questions = phases[2]
    breach_at = next(n for n, h in enumerate(questions) if h.line.breach is not None)
    assert breach_at > 0 and all(h.line.breach is None for h in questions[:breach_at])
    breach = questions[breach_at]
    assert breach.voice in SPOKEN

    terminal.start([str(SCRIPT), "run", "kot", "--rehearse", "--seed", str(SEED)], size=(100, 30))
    terminal.wait_for("Zeg de openingswoorden")
    terminal.send("Enter")
    terminal.wait_for(shown(first))
    terminal.send("i")
    terminal.wait_for("Loos alarm: dit was in orde")
    terminal.send("n")
    terminal.send("n")
    terminal.wait_for("Stap 3 van 24")
    terminal.send("Enter")
    for fine in questions[:breach_at]:
        terminal.wait_for(shown(fine), timeout=60)
    terminal.wait_for(shown(breach), timeout=60)
    terminal.send("i")
    rows = terminal.wait_for("Je grijpt in").splitlines()
    top = next(n for n, row in enumerate(rows) if "Je grijpt in" in row)
    bottom = next(n for n, row in enumerate(rows) if n > top and "┗" in row)
    box = "\n".join(rows[top : bottom + 1])
    assert "Wat doe je?" in box and breach.text("nl")[:24] in box
    # The options do not name the rule that was broken (the phase's rules stay under the
    # room, behind the box, as in the meeting): the rule is for the feedback.
    assert breach.line.breach is not None
    assert breach.line.breach.rule_reminder.nl not in box
