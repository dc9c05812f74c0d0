"""End to end: every screen of a KOT meeting and of a rehearsal speaks the chair's language.

The real console script in tmux at 100x30, driven by keys: the library, its help, the set-up
form, each phase of a KOT case (paused, with the chair's panel, the note dialog, the help, the
command palette, the quit question), the closing question and the end screen, and then a whole
rehearsal. Every captured line is read: under --lang en no Dutch word of the list below may show,
and in Dutch no English word of the other list, apart from people's names.
"""

from __future__ import annotations

import re
import subprocess
import time
from dataclasses import dataclass, field

import pytest
from test_tmux import SCRIPT, TIMEOUT, Terminal, terminal

from intervisie_tui.rehearsal.names import NAME_POOL

__all__ = ["terminal"]  # the fixture, shared with test_tmux.py

#: Words only Dutch has (the issue's list and the app's own Dutch words).
DUTCH_WORDS = """
de het een niet wat je jij jullie wie vraag vragen fase fasen stap stappen casus inbrenger
inbrengers voorzitter deelnemers notitie notities volgende vorige bijeenkomst verslag geen nog
ook zijn wordt naar voor tijd beurt regel regels stoppen opgeslagen methode methoden groep
collega collega's oefening spiekbriefje zeg welke hoe waarom
"""
DUTCH = frozenset(DUTCH_WORDS.split())
#: Words only English has, that the app's own texts use.
ENGLISH_WORDS = """
the and you your with next previous back pause resume quit step steps phase phases speaking
listening turn note notes skip meeting report saved search commands minute chair case presenter
colleagues question questions timeline finished keys press close rehearsal debrief rule rules
method methods group seed print session say cue card
"""
ENGLISH = frozenset(ENGLISH_WORDS.split())
#: What is not a word of either language: a file path or name, a flag, a command to type (the
#: app's command names `resume` and `report` are English in both languages, also where a line
#: wraps).
NOT_WORDS = re.compile(
    r"\S*/\S*|\S*\.(?:md|jsonl)\b|--[a-z-]+|intervisie-tui(?: [a-z]+)?|\b(?:resume|report)\b"
)
#: The meeting's people; the rehearsal's cast is read off its own screen.
PEOPLE = frozenset({"vera", "anna", "bram", "chris", "dewi"})


@dataclass
class Screens:
    """Every screen captured on the way, with what was on it when."""

    terminal: Terminal
    shots: list[tuple[str, str]] = field(default_factory=list)

    def take(self, label: str) -> str:
        screen = self.terminal.screen()
        self.shots.append((label, screen))
        return screen

    def after(self, label: str, text: str) -> str:
        """Wait until `text` shows, then keep the screen."""
        self.terminal.wait_for(text)
        return self.take(label)

    def foreign(self, words: frozenset[str], names: frozenset[str] = PEOPLE) -> list[str]:
        """'label: line [words]' for every captured line with a word of the other language."""
        found = []
        for label, screen in self.shots:
            for line in screen.splitlines():
                said = NOT_WORDS.sub(" ", line.lower())
                hits = sorted({w for w in re.findall(r"[a-zà-ÿ']+", said) if w in words} - names)
                if hits:
                    found.append(f"{label}: {line.strip()}  {hits}")
        return found


def overlay(term: Terminal, shots: Screens, key: str, label: str, marker: str) -> None:
    """Open a dialog with `key`, keep its screen, close it with Escape and wait till it is gone.

    A lone Escape is only known as such when no key follows it for a moment, so the next key
    waits until the dialog has really closed.
    """
    term.send(key)
    shots.after(label, marker)
    term.send("Escape")
    term.wait_until_gone(marker)


def restart(term: Terminal, command: list[str]) -> None:
    """Start again in a terminal just killed: its tmux server may still be on its way out."""
    for _attempt in range(20):
        try:
            term.start(command)
            return
        except subprocess.CalledProcessError:
            time.sleep(0.25)
    term.start(command)


def drive_a_kot_meeting(term: Terminal, lang: str) -> Screens:
    """The library, then a KOT case from its set-up form to the end screen, every screen kept."""
    en = lang == "en"
    shots = Screens(term)
    term.start([str(SCRIPT), "--lang", lang])
    shots.after("library", "15 of 15 methods" if en else "15 van 15 methoden")
    overlay(term, shots, "?", "library help", "Rehearse:" if en else "Oefenen:")
    term.send("/")
    term.type("KOT")
    time.sleep(0.5)
    shots.take("library search")
    term.kill()
    restart(term, [str(SCRIPT), "run", "kot", "--lang", lang])
    shots.after("set-up", "Question and goal" if en else "Vraag en doel")
    for text in ("Vera", "Anna, Bram, Chris, Dewi", "Anna"):
        term.type(text)
        term.wait_for(text)
        term.send("Enter")
        time.sleep(0.5)  # the next field takes the focus
    shots.after("set-up filled", "Dewi")
    term.send("C-s")
    first = "Step 1 of 6" if en else "Stap 1 van 6"
    shots.after("phase 1", first)
    term.send("Space")
    shots.after("paused", "PAUSED" if en else "PAUZE")
    term.send("Space")
    overlay(term, shots, "?", "help", "Next phase:" if en else "Volgende fase:")
    overlay(term, shots, "C-p", "palette", "Search for commands" if en else "Zoek een opdracht")
    term.send("a")
    shots.after("note", "Note for the flip-over" if en else "Notitie voor de flip-over")
    term.type("Anna names what already works")
    term.send("Enter")
    term.wait_for("1. Anna names")
    term.send("q")
    shots.after("quit question", "Stop the meeting?" if en else "Bijeenkomst stoppen?")
    term.send("Escape")
    term.wait_until_gone("Stop the meeting?" if en else "Bijeenkomst stoppen?")
    for number in range(2, 7):
        term.send("n")
        shots.after(f"phase {number}", f"{number} of 6" if en else f"{number} van 6")
        if number == 3:
            term.send("t")
            time.sleep(0.3)
            shots.take("phase 3, next turn")
        term.send("h")
        time.sleep(0.3)
        shots.take(f"phase {number}, panel toggled")
        term.send("h")
    term.send("n")
    shots.after("closing question", "Close the meeting?" if en else "Bijeenkomst afronden?")
    term.send("y" if en else "j")
    shots.after("end", "Report saved" if en else "Verslag opgeslagen")
    term.send("q")
    term.wait_until_ended()
    return shots


def drive_a_rehearsal(term: Terminal, lang: str) -> Screens:
    """A whole KOT rehearsal at high speed: every incident answered, every phase ended by n."""
    en = lang == "en"
    shots = Screens(term)
    term.start([str(SCRIPT), "run", "kot", "--rehearse", "--speed", "600", "--seed", "3"])
    shots.after("rehearsal start", "REHEARSAL" if en else "OEFENING")
    deadline = time.monotonic() + 6 * TIMEOUT
    previous = ""
    while time.monotonic() < deadline:
        screen = shots.take("rehearsal")
        if ("Debrief" if en else "Nabespreking") in screen:
            break
        if ("Close the meeting?" if en else "Bijeenkomst afronden?") in screen:
            term.send("y" if en else "j")
        elif "Enter: " in screen:  # the feedback on a response
            term.send("Enter")
        elif "Incident ·" in screen:
            term.send("1")
        elif screen != previous:
            term.send("n")
        previous = screen
        time.sleep(0.4)
    else:
        raise AssertionError(f"the rehearsal did not reach its debrief:\n{shots.shots[-1][1]}")
    return shots


@pytest.fixture
def english(terminal: Terminal) -> Terminal:
    terminal.env["INTERVISIE_TUI_LANG"] = "en"
    return terminal


@pytest.fixture
def dutch(terminal: Terminal) -> Terminal:
    terminal.env["INTERVISIE_TUI_LANG"] = "nl"
    return terminal


#: The rehearsal's simulated people (rehearsal/names.py); the chair is not one of them.
CAST = PEOPLE | {name.lower() for name in NAME_POOL}


def test_a_kot_meeting_in_english_shows_no_dutch(english: Terminal) -> None:
    shots = drive_a_kot_meeting(english, "en")
    assert len(shots.shots) >= 20
    assert "\n".join(shots.foreign(DUTCH)) == ""


def test_a_kot_meeting_in_dutch_shows_no_english(dutch: Terminal) -> None:
    shots = drive_a_kot_meeting(dutch, "nl")
    assert len(shots.shots) >= 20
    assert "\n".join(shots.foreign(ENGLISH)) == ""


def test_a_rehearsal_in_english_shows_no_dutch(english: Terminal) -> None:
    shots = drive_a_rehearsal(english, "en")
    assert "\n".join(shots.foreign(DUTCH, CAST)) == ""


def test_a_rehearsal_in_dutch_shows_no_english(dutch: Terminal) -> None:
    shots = drive_a_rehearsal(dutch, "nl")
    assert "\n".join(shots.foreign(ENGLISH, CAST)) == ""


def test_the_scan_finds_a_foreign_word() -> None:
    shots = Screens(Terminal("unused", {}))
    shots.shots.append(("x", " Speaking  Case presenter: Anna · Chair: Jij\n Next: Brief outline"))
    assert shots.foreign(DUTCH) == ["x: Speaking  Case presenter: Anna · Chair: Jij  ['jij']"]
    assert shots.foreign(DUTCH, PEOPLE | {"jij"}) == []
