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
_QUOTE_OR_TEXT = "or put the value in quotes if it is text"


def number_problem(text: str, value: object) -> str | None:
    """Why a plain value YAML read as a number is not the number its text shows, if it is not.

    `text` is the scalar as written and `value` what YAML made of it.
    """
    if _PLAIN_NUMBER.fullmatch(text):
        return None
    if _SEXAGESIMAL.fullmatch(text):
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        return (
            f"YAML reads {text} as {shown} (it counts in sixties, like a clock), which is not "
            "what a method means; write minutes as one number, e.g. 1.5 for a minute and a "
            f"half, {_QUOTE_OR_TEXT}"
        )
    digits = text.lstrip("+-").replace("_", "")
    sign = "-" if text.startswith("-") else ""
    if digits[:2] in ("0x", "0b"):
        base = "hexadecimal" if digits[1] == "x" else "binary"
        return f"YAML reads {text} as the {base} number {value}; write {value}, {_QUOTE_OR_TEXT}"
    if digits.startswith("0"):
        meant = sign + (digits.lstrip("0") or "0")
        return (
            f"YAML reads {text} as {value} (a leading zero makes it an octal number); "
            f"write {meant}, {_QUOTE_OR_TEXT}"
        )
    return f"YAML reads {text} as {value}; write the number plainly, {_QUOTE_OR_TEXT}"


def control_character(node: ScalarNode, source: str) -> tuple[int, int, str] | None:
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
    message = (
        f"control character U+{ord(character):04X} (written {written}) in this text; a "
        "terminal would run it as a command instead of showing it, so remove it"
    )
    return line, col, message


def _decoded(escape: str) -> str:
    """The character a double-quoted escape (without its backslash) stands for."""
    if escape[0] in "xuU" and len(escape) > 1:
        return chr(int(escape[1:], 16))
    return _SINGLE_ESCAPES.get(escape, " ")


def construction_problem(node: ScalarNode, explicit: bool, error: Exception) -> str:
    """Why YAML could not make a value out of this scalar, and what to write instead.

    `explicit` is True when the author tagged the value (`!!int abc`), False when YAML guessed
    its type from the text (`2024-13-45` looks like a date).
    """
    text = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    tag = node.tag.rsplit(":", 1)[-1]
    if node.tag == INT and str(error).startswith("Exceeds the limit"):
        return (
            f"this number has {len(node.value)} digits, far more than any method needs; "
            f"write a number such as 15, {_QUOTE_OR_TEXT}"
        )
    if node.tag == TIMESTAMP and not explicit:
        return (
            f"'{text}' looks like a date, but there is no such day ({error}); correct the date, "
            f"{_QUOTE_OR_TEXT}"
        )
    wanted = {
        INT: "a whole number such as 15",
        FLOAT: "a number such as 2.5",
        BOOL: "true or false",
        TIMESTAMP: "a date such as 2024-03-15",
    }.get(node.tag, f"a value of type {tag}")
    if explicit:
        return f"'{text}' is tagged !!{tag} but is not {wanted}; remove the tag, or write {wanted}"
    return f"YAML cannot read '{text}' as {wanted} ({error}); {_QUOTE_OR_TEXT}"
