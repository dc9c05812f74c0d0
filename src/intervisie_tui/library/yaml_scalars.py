"""What a single YAML value may hold, judged on the text the author wrote.

YAML 1.1 (PyYAML's dialect) reads some plain values as something other than what a person
means: `015` is the octal number 13, `1:30` is 90 (it counts in sixties, like a clock), and a
date that does not exist stops the reader. A method file must never be changed silently on its
way into a meeting, so such values are refused with what to write instead, at the value's own
line and column. So are control characters (written as escapes such as "\\e" in quoted
text): the app shows method text on a terminal, which would run them as commands.
"""

from __future__ import annotations

import re

from yaml.nodes import ScalarNode

from intervisie_tui.messages import Msg

INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
TIMESTAMP = "tag:yaml.org,2002:timestamp"

#: Every control character except tab and newline (Unicode category Cc).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

#: A number written the way a person writes one (YAML 1.1 reads these as they look).
_PLAIN_NUMBER = re.compile(
    r"[-+]?(?:0|[1-9][0-9_]*)"  # whole number
    r"|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?"  # 2.5, .5, 1.0e+3
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?")
#: One escape in a double-quoted YAML scalar.
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_SINGLE_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    "N": "\x85",
}


def number_problem(text: str, value: object) -> Msg | None:
    """Why a plain value YAML read as a number is not the number its text shows, if it is not.

    `text` is the scalar as written and `value` what YAML made of it.
    """
    if _PLAIN_NUMBER.fullmatch(text):
        return None
    if _SEXAGESIMAL.fullmatch(text):
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        return Msg("check.sexagesimal", text=text, value=shown)
    digits = text.lstrip("+-").replace("_", "")
    sign = "-" if text.startswith("-") else ""
    if digits[:2] in ("0x", "0b"):
        based = "check.hex_number" if digits[1] == "x" else "check.binary_number"
        return Msg(based, text=text, value=str(value))
    if digits.startswith("0"):
        meant = sign + (digits.lstrip("0") or "0")
        return Msg("check.octal_number", text=text, value=str(value), meant=meant)
    return Msg("check.odd_number", text=text, value=str(value))


def control_character(node: ScalarNode, source: str) -> tuple[int, int, Msg] | None:
    """Line, column and message for the first control character in a text value, if any.

    The reader already refuses a control character typed into the file, so one in a value
    comes from an escape in double quotes ("\\e[31m", "\\x07"): that escape is where the
    author has to look.
    """
    found = CONTROL.search(node.value)
    if found is None:
        return None
    character = found.group()
    start, end = node.start_mark, node.end_mark
    written = repr(character)[1:-1]
    line, col = start.line + 1, start.column + 1
    if node.style == '"':
        raw = source[start.index : end.index]
        for escape in _ESCAPE.finditer(raw):
            if CONTROL.fullmatch(_decoded(escape.group(1))):
                offset = escape.start()
                before = raw[:offset]
                breaks = before.count("\n")
                line = start.line + 1 + breaks
                col = start.column + offset + 1 if not breaks else offset - before.rfind("\n")
                written = escape.group()
                break
    message = Msg("check.control_character", code=f"{ord(character):04X}", written=written)
    return line, col, message


def _decoded(escape: str) -> str:
    """The character a double-quoted escape (without its backslash) stands for."""
    if escape[0] in "xuU" and len(escape) > 1:
        return chr(int(escape[1:], 16))
    return _SINGLE_ESCAPES.get(escape, " ")


def construction_problem(node: ScalarNode, explicit: bool, error: Exception) -> Msg:
    """Why YAML could not make a value out of this scalar, and what to write instead.

    `explicit` is True when the author tagged the value (`!!int abc`), False when YAML guessed
    its type from the text (`2024-13-45` looks like a date).
    """
    text = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    tag = node.tag.rsplit(":", 1)[-1]
    if node.tag == INT and str(error).startswith("Exceeds the limit"):
        return Msg("check.huge_number", digits=len(node.value))
    if node.tag == TIMESTAMP and not explicit:
        return Msg("check.no_such_day", text=text, error=str(error))
    wanted = _WANTED.get(node.tag) or Msg("check.want.other", tag=tag)
    if explicit:
        return Msg("check.bad_tag", text=text, tag=tag, wanted=wanted)
    return Msg("check.unreadable_value", text=text, wanted=wanted, error=str(error))


#: What a value with each tag should look like, for the author who wrote something else.
_WANTED = {
    INT: Msg("check.want.int"),
    FLOAT: Msg("check.want.float"),
    BOOL: Msg("check.want.bool"),
    TIMESTAMP: Msg("check.want.date"),
}
