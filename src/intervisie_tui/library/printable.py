"""Text from files and file names made safe to print on a terminal.

A terminal runs control characters (ESC sequences, BEL, a carriage return) as commands: a file
name or a quoted value holding them could clear the projected screen, move the cursor or
retitle the window instead of being shown. `check` refuses them inside method files, but a
problem message still quotes what it refuses and names files as they are called on disk, so
everything printed from a file goes through `printable` at output.
"""

from __future__ import annotations

import re

#: Every control character except tab (Unicode category Cc); a newline in a file name or a
#: quoted key would split one `path:line:col: message` line into two.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with each control character shown as its escape (ESC as \\x1b), never sent raw."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)
