"""PyYAML's parser errors as problems an author can act on, at a position inside the file.

PyYAML words its errors for the parser's author ("mapping values are not allowed here"); the
hints below add what the method author most likely did and what to write instead.
"""

from __future__ import annotations

import yaml

from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.source import SourceText

Position = tuple[int, int]


_SYNTAX_HINTS = {
    "mapping values are not allowed here": (
        "a value contains ': '; put the whole value in quotes, or check the indentation"
    ),
    "that cannot start any token": "use spaces for indentation, never tabs",
    "could not find expected ':'": "a key needs ': ' after it; check this line's indentation",
    "did not find expected ',' or ']'": "close the [ list ] that starts there with ']'",
    "did not find expected ',' or '}'": "close the { mapping } that starts there with '}'",
    "did not find expected '-'": (
        "check this line's indentation: the keys of one mapping and the items of one list "
        "must line up exactly"
    ),
    "did not find expected key": (
        "check this line's indentation: the keys of one mapping must line up exactly"
    ),
    "expected a single document": "a method file holds one document; remove the extra '---'",
    "found undefined alias": "define the anchor (&name) before using the alias (*name)",
    "could not determine a constructor for the tag": (
        "custom tags (!!python/..., !something) are not allowed in method files; remove the tag"
    ),
    "found unhashable key": "a key must be plain text, not a list or mapping",
}


def _codepoint(character: object) -> int:
    return (
        ord(character)
        if isinstance(character, str) and len(character) == 1
        else int(str(character))
    )


def _within(text: str, line: int, col: int) -> Position:
    """The position, or the end of the file when the parser stopped just past it.

    libyaml reports "unexpected end of stream" one line below the last line of a file that
    does not end with a newline; the author can only go to the file's real end.
    """
    lines = text.split("\n")
    if line <= len(lines):
        return line, min(col, len(lines[line - 1]) + 1)
    return len(lines), len(lines[-1]) + 1


def syntax_problem(error: yaml.YAMLError, source: SourceText) -> Problem:
    """A parser error as a problem at the position the parser stopped."""
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        detail = error.problem or error.context or "invalid YAML"
        start = error.context_mark
        if error.problem and error.context:
            detail += f" {error.context}"
            if start is not None and mark is not None and start.line != mark.line:
                detail += f" that starts at line {start.line + 1}, column {start.column + 1}"
        hint = next((h for key, h in _SYNTAX_HINTS.items() if key in detail), None)
        message = f"YAML syntax: {detail}" + (f"; {hint}" if hint else "")
        if mark is not None:
            line, col = _within(source.text, mark.line + 1, mark.column + 1)
            return Problem(source.path, line, col, Severity.error, message)
        return Problem(source.path, 1, 1, Severity.error, message)
    if isinstance(error, yaml.reader.ReaderError):
        offset = error.position
        if error.encoding != "unicode":
            # libyaml counts bytes of the UTF-8 text, PyYAML's own reader (encoding "unicode")
            # counts characters; the author's editor counts characters.
            offset = len(source.text.encode("utf-8")[:offset].decode("utf-8", "ignore"))
        before = source.text[:offset]
        line = before.count("\n") + 1
        col = offset - (before.rfind("\n") + 1) + 1
        return Problem(
            source.path,
            line,
            col,
            Severity.error,
            f"character U+{_codepoint(error.character):04X} is not allowed in a YAML file; delete "
            "it (it is often an invisible control character pasted from elsewhere)",
        )
    return Problem(source.path, 1, 1, Severity.error, f"YAML error: {error}")
