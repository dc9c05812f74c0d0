"""What a single YAML value may hold, judged on the text the author wrote.

A value YAML cannot make anything of (a date that does not exist, `!!int abc`) used to stop
the reader with a Python error; it is refused here with what to write instead, at the value's
own line and column.
"""

from __future__ import annotations

from yaml.nodes import ScalarNode

INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
TIMESTAMP = "tag:yaml.org,2002:timestamp"

_QUOTE_OR_TEXT = "or put the value in quotes if it is text"


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
