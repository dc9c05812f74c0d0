"""End to end: a rehearsal in English with the real console script at 100x30, read back whole.

#16 and #17: every screen of a rehearsal under --lang en (the waiting cue card, the room that
speaks, the intervention box or the false-alarm notice, the feedback, the debrief) is English;
no captured line holds a Dutch UI word.
"""

from __future__ import annotations

import re
import time

from test_tmux import SCRIPT, Terminal, terminal  # noqa: F401  (the fixture)

#: Common Dutch words that never occur in the English UI (names of people may).
DUTCH = [
    "de",
    "het",
    "een",
    "niet",
    "wat",
    "je",
    "jij",
    "jullie",
    "wie",
    "vraag",
    "vragen",
    "fase",
    "stap",
    "casus",
    "inbrenger",
    "voorzitter",
    "oefensessie",
    "oefening",
    "nabespreking",
    "regel",
    "tijd",
    "gezegd",
    "ingrijpen",
    "luisteren",
    "zeg",
    "kies",
    "verder",
]
DUTCH_WORD = re.compile(r"\b(" + "|".join(DUTCH) + r")\b", re.IGNORECASE)


def dutch_in(screen: str) -> list[str]:
    return [line for line in screen.splitlines() if DUTCH_WORD.search(line)]


def test_a_rehearsal_in_english_shows_no_dutch(terminal: Terminal) -> None:  # noqa: F811
    terminal.start(
        [str(SCRIPT), "run", "kot", "--rehearse", "--seed", "7", "--speed", "60", "--lang", "en"]
    )
    screens = [terminal.wait_for("REHEARSAL")]
    screens.append(terminal.wait_for("Say the opening words aloud"))
    terminal.send("n", "n", "Enter")  # to the questions, opened
    screens.append(terminal.wait_for("i = intervene"))
    time.sleep(4)  # the room talks
    screens.append(terminal.screen())
    terminal.send("i")
    screen = terminal.wait_for_pattern(r"False alarm|You intervene")
    screens.append(screen)
    if "You intervene" in screen:
        terminal.send("1")
        screens.append(terminal.wait_for("Rule:"))
        terminal.send("Enter")
    for _ in range(21):
        terminal.send("n")
        time.sleep(0.05)
    terminal.send("n")
    screens.append(terminal.wait_for("y"))
    terminal.send("y")
    screens.append(terminal.wait_for("Debrief"))
    terminal.send("q")
    found = [line for screen in screens for line in dutch_in(screen)]
    assert not found, "\n".join(found)
