"""What a single YAML value may hold, judged on the text the author wrote.

YAML 1.1 (PyYAML's dialect) reads some plain values as something other than what a person
means: `015` is the octal number 13, `1:30` is 90 (it counts in sixties, like a clock), and a
date that does not exist stops the reader. A method file must never be changed silently on its
way into a meeting, so such values are refused with what to write instead, at the value's own
line and column.
"""

from __future__ import annotations

import re

from yaml.nodes import ScalarNode

INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
TIMESTAMP = "tag:yaml.org,2002:timestamp"

#: A number written the way a person writes one (YAML 1.1 reads these as they look).
_PLAIN_NUMBER = re.compile(
    r"[-+]?(?:0|[1-9][0-9_]*)"  # whole number
    r"|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?"  # 2.5, .5, 1.0e+3
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?")
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
