"""End to end on the wall: what the room must see at 80x24, 100x30 and 200x60 in a real terminal.

Each size is the console script in tmux, read back with capture-pane: the line of keys ends in
help (or "? meer") and stop, and f takes it away; from 120 columns whose turn it is stands in
block letters, and the pause does at every size.
"""

from __future__ import annotations

import time

import pytest
from test_tmux import SCRIPT, TIMEOUT, Terminal, terminal

from intervisie_tui.tui.widgets.glyphs import render_blocks, text_units

__all__ = ["terminal"]  # the fixture, shared with test_tmux.py

PEOPLE = ["--chair", "Vera", "--participants", "Anna,Bram,Chris,Dewi", "--inbrenger", "Anna"]
SIZES = [(80, 24), (100, 30), (200, 60)]


def last_line(screen: str) -> str:
    return screen.rstrip("\n").splitlines()[-1]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_footer_ends_in_help_or_more_and_stop(
    terminal: Terminal, size: tuple[int, int]
) -> None:
    terminal.start([str(SCRIPT), "run", "kot", *PEOPLE], size=size)
    screen = terminal.wait_for("q stop")
    footer = last_line(screen)
    assert footer.startswith("␣ pauze n volgende b terug")
    assert footer.rstrip().endswith("q stop")
    if size[0] >= 140:
        assert "? help" in footer and "f toetsen" in footer
    else:
        assert "? meer" in footer
    terminal.send("f")
    terminal.wait_until_gone("q stop")
    terminal.send("?")
    terminal.wait_for("Toetsen")
    terminal.send("End")  # the list scrolls where it is longer than the screen
    terminal.wait_for("Toetsenregel tonen/verbergen")  # ? still lists every key
    terminal.wait_for("Stoppen")


def in_blocks(screen: str, text: str) -> bool:
    """Whether `text` stands on `screen` in block letters of some size (its top and bottom row)."""
    units = text_units(text.upper())
    for cells in range(1, 13):
        drawn = render_blocks(text.upper(), units * cells, 3 * cells + 5)
        top, bottom = drawn[0].strip(), drawn[-1].strip()
        rows = screen.splitlines()
        tops = [i for i, row in enumerate(rows) if top in row]
        if any(bottom in row for i in tops for row in rows[i + 4 :]):
            return True
    return False


def wait_for_blocks(terminal: Terminal, text: str) -> str:
    """Poll until `text` stands in block letters; fail with the last screen when it does not."""
    deadline = time.monotonic() + TIMEOUT
    screen = terminal.screen()
    while not in_blocks(screen, text) and time.monotonic() < deadline:
        time.sleep(0.1)
        screen = terminal.screen()
    assert in_blocks(screen, text), f"{text!r} not in block letters; the screen was:\n{screen}"
    return screen


@pytest.mark.parametrize("size", [(120, 30), (200, 60)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_turn_and_the_pause_in_big_letters(terminal: Terminal, size: tuple[int, int]) -> None:
    terminal.start([str(SCRIPT), "run", "kot", *PEOPLE], size=size)
    terminal.wait_for("Stap 1 van 6")
    wait_for_blocks(terminal, "Anna")  # the inbrenger tells
    terminal.send("n")
    terminal.send("n")
    terminal.wait_for("Stap 3 van 6")
    wait_for_blocks(terminal, "Bram")  # the first turn of the round
    terminal.send("t")
    terminal.wait_for("✓ Bram")
    wait_for_blocks(terminal, "Chris")
    terminal.send("Space")
    terminal.wait_for("PAUZE")
    wait_for_blocks(terminal, "Pauze")


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_below_120_columns_the_pause_too_stands_in_big_letters(
    terminal: Terminal, size: tuple[int, int]
) -> None:
    terminal.start([str(SCRIPT), "run", "kot", *PEOPLE], size=size)
    terminal.wait_for("Stap 1 van 6")
    terminal.send("n")
    terminal.send("n")
    terminal.wait_for("Stap 3 van 6")
    terminal.send("Space")
    screen = wait_for_blocks(terminal, "Pauze")
    # The letters push nothing off screen: the line of keys is still there.
    assert "q stop" in last_line(screen)
    terminal.send("Space")
    screen = terminal.wait_for("Bram")  # running again: who speaks is a line of text again
    assert not in_blocks(screen, "Pauze")


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_below_120_columns_the_turn_stays_a_line(terminal: Terminal, size: tuple[int, int]) -> None:
    terminal.start([str(SCRIPT), "run", "kot", *PEOPLE], size=size)
    terminal.wait_for("Stap 1 van 6")
    terminal.send("n")
    terminal.send("n")
    screen = terminal.wait_for("Stap 3 van 6")
    assert "Bram" in screen and not in_blocks(screen, "Bram")


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_newest_note_stays_in_sight(terminal: Terminal, size: tuple[int, int]) -> None:
    terminal.start([str(SCRIPT), "run", "kot", *PEOPLE], size=size)
    terminal.wait_for("Stap 1 van 6")
    for number in range(1, 13):
        terminal.send("a")
        terminal.wait_for("Notitie voor de flip-over")
        terminal.type(f"punt {number}")
        terminal.send("Enter")
        terminal.wait_for(f"{number}. punt {number}")


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_description_is_never_cut_mid_sentence(
    terminal: Terminal, size: tuple[int, int]
) -> None:
    terminal.start([str(SCRIPT), "run", "kot", *PEOPLE], size=size)
    for number in range(1, 7):
        screen = terminal.wait_for(f"Stap {number} van 6")
        rows = screen.splitlines()
        # Under the title and the method's line: one or two lines of text, then the clock.
        purpose = [row.strip() for row in rows[2:4] if row.strip() and "█" not in row]
        purpose = [row for row in purpose if not row.startswith("╭")]
        assert purpose, screen
        assert purpose[-1].endswith((".", "…", "?", "!")), screen
        terminal.send("n")
