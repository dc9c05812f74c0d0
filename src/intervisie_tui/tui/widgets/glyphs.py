"""Block-character digits drawn at any size, without textual.

Textual's `Digits` is a fixed three rows high: far too small for the back of a room. Here every
glyph is a 3x5 bitmap scaled to the space it gets, drawn with half blocks so its height can be
any number of half rows. Kept free of textual so the scaling is tested as plain functions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from intervisie_tui.tui.widgets.letters import LETTERS

#: 3 columns x 5 rows; '#' is ink. Thick strokes stay legible when projected.
FONT: dict[str, tuple[str, ...]] = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", ".##", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", ".#.", ".#.", ".#."),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "+": ("...", ".#.", "###", ".#.", "..."),
    "-": ("...", "...", "###", "...", "..."),
    " ": ("...", "...", "...", "...", "..."),
    **LETTERS,
}
FONT_ROWS = 5
#: Smallest number of text rows at which block digits read better than plain text.
MIN_BLOCK_ROWS = 5
#: A digit looks right when its width is about 0.6 of its height; a cell is about twice as tall
#: as it is wide, so a font column may be at most this many cells per text row of height.
MAX_CELLS_PER_UNIT_PER_ROW = 0.45


@cache
def _glyph_columns(char: str) -> tuple[str, ...]:
    """One glyph as font columns (one string of 5 pixels each); unknown characters are blank.

    Letters are drawn as capitals, and without their accents ("é" as "E"): a name keeps its
    letters, and the accent would be a pixel row nobody reads from the back of the room.
    """
    glyph = FONT.get(char) or FONT.get(_plain(char).upper(), FONT[" "])
    return tuple("".join(row[col] for row in glyph) for col in range(len(glyph[0])))


def _plain(char: str) -> str:
    """`char` without its accents: the first character of its decomposition."""
    return unicodedata.normalize("NFKD", char)[:1] or char


def text_units(text: str) -> int:
    """How many font columns `text` needs; the width budget is shared out over these."""
    return sum(len(_glyph_columns(char)) for char in text) + max(0, len(text) - 1)


def fits_blocks(text: str, width: int, height: int) -> bool:
    """Whether `text` can be drawn in blocks in a width x height region of cells."""
    return height >= MIN_BLOCK_ROWS and width >= text_units(text)


def _layout(text: str, width: int, height: int) -> tuple[int, int]:
    """Cells per font column, and the blank cells left of the first glyph (the centring)."""
    units = text_units(text)
    cell_width = max(1, min(width // units, round(height * MAX_CELLS_PER_UNIT_PER_ROW) or 1))
    return cell_width, max(0, (width - units * cell_width) // 2)


def render_blocks(text: str, width: int, height: int) -> list[str]:
    """`text` drawn in half blocks filling `height` rows, centred in `width` columns.

    The height is always used fully (that is what the room reads); the width per font column is a
    whole number of cells so strokes stay even, capped so digits do not become squat. Each glyph
    is drawn once per size and reused: the clock draws a new face every second.
    """
    cell_width, indent = _layout(text, width, height)
    left = " " * indent
    gap = " " * cell_width
    glyphs = [_glyph_rows(char, cell_width, height) for char in text]
    return [
        (left + gap.join(glyph[row] for glyph in glyphs)).ljust(width)[:width]
        for row in range(height)
    ]


#: The characters that may stand before a clock's digits: over time counts up with a "+".
SIGNS = "+-"


def split_sign(face: str) -> tuple[str, str]:
    """A clock face as (sign, digits): '+02:05' -> ('+', '02:05'), '02:05' -> ('', '02:05')."""
    if face[:1] in SIGNS:
        return face[0], face[1:]
    return "", face


def fits_clock(face: str, width: int, height: int) -> bool:
    """Whether `face` can be drawn in blocks with room for a sign, signed or not."""
    return fits_blocks(" " + split_sign(face)[1], width, height)


def render_clock(face: str, width: int, height: int) -> list[str]:
    """A clock face in blocks whose digits stand in the same place with or without a sign.

    Sized as if a sign were always there, so the digits keep their size when the phase runs
    over time; centred on the digits alone when the margin can hold the sign (the "+" then
    hangs to their left), else pushed right just enough for it. Before this the "+" widened
    the face and the whole clock jumped left at zero, to column 1 on a narrow screen.
    """
    sign, digits = split_sign(face)
    cell_width, _ = _layout(" " + digits, width, height)
    sign_cells = (text_units(" ") + 1) * cell_width
    digits_cells = text_units(digits) * cell_width
    left = max(sign_cells, (width - digits_cells) // 2)
    gap = " " * cell_width
    digit_rows = [_glyph_rows(char, cell_width, height) for char in digits]
    sign_rows = _glyph_rows(sign or " ", cell_width, height)
    pad = " " * (left - sign_cells)
    return [
        (pad + sign_rows[row] + gap + gap.join(glyph[row] for glyph in digit_rows)).ljust(width)[
            :width
        ]
        for row in range(height)
    ]


def plain_clock(face: str, width: int) -> str:
    """The face as spaced-out text for small screens, its digits where they stay over time."""
    sign, digits = split_sign(face)
    return f"{sign or ' '} {' '.join(digits)}".center(width)


@lru_cache(maxsize=256)
def _glyph_rows(char: str, cell_width: int, height: int) -> tuple[str, ...]:
    """One glyph drawn `height` rows high, `cell_width` cells per font column."""
    pixel_rows = 2 * height
    # Font row of every pixel row: spread 5 font rows over all pixel rows as evenly as possible.
    font_row_of = [
        min(FONT_ROWS - 1, (pixel * FONT_ROWS) // pixel_rows) for pixel in range(pixel_rows)
    ]
    columns = _glyph_columns(char)
    rows: list[str] = []
    for row in range(height):
        top, bottom = font_row_of[2 * row], font_row_of[2 * row + 1]
        rows.append(
            "".join(
                _half_block(column[top] == "#", column[bottom] == "#") * cell_width
                for column in columns
            )
        )
    return tuple(rows)


def _half_block(top: bool, bottom: bool) -> str:
    if top and bottom:
        return "█"
    if top:
        return "▀"
    if bottom:
        return "▄"
    return " "


def ink_rows(lines: Sequence[str]) -> int:
    """Rows from the first to the last row with ink: the digit height a viewer sees."""
    inked = [index for index, line in enumerate(lines) if line.strip()]
    return inked[-1] - inked[0] + 1 if inked else 0


def changed_box(before: Sequence[str], after: Sequence[str]) -> tuple[int, int, int, int] | None:
    """The smallest box `(x, y, width, height)` holding every cell where two drawings differ.

    None when they look the same. From one second to the next usually only the last digit
    changes, and often only some of its rows (9 -> 8 differs in one font row of five): the
    clock repaints just that box instead of a third of the screen. Short lines count as
    padded with spaces (that is how they are drawn); drawings with a different number of rows
    differ everywhere.
    """
    width = max((len(line) for line in (*before, *after)), default=0)
    if len(before) != len(after):
        height = max(len(before), len(after))
        return (0, 0, width, height) if width else None
    # Each row as one integer, four bytes a character: XOR leaves set bits exactly where two
    # rows differ, OR-ing those gathers the columns over all rows, and the lowest and highest
    # set bit give the leftmost and rightmost of them. All of it runs in C: the clock asks
    # this every second, and stepping through rows of 60-200 cells character by character
    # was a noticeable part of what a second of countdown cost.
    differ = 0
    top, bottom = len(before), 0
    for row, (old, new) in enumerate(zip(before, after, strict=True)):
        old, new = old.ljust(width), new.ljust(width)
        if old == new:
            continue
        differ |= _as_number(old) ^ _as_number(new)
        top, bottom = min(top, row), row + 1
    if not differ:
        return None
    left = ((differ & -differ).bit_length() - 1) // 32
    right = (differ.bit_length() - 1) // 32 + 1
    return (left, top, right - left, bottom - top)


def _as_number(line: str) -> int:
    """`line` as an integer whose bits 32*i to 32*i+31 hold character i."""
    return int.from_bytes(line.encode("utf-32-le"), "little")
