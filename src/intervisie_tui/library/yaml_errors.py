"""PyYAML's parser errors as problems an author can act on, at a position inside the file.

PyYAML words its errors for the parser's author ("mapping values are not allowed here"); the
hints below add what the method author most likely did and what to write instead.
"""

from __future__ import annotations

import re

import yaml

from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.source import SourceText
from intervisie_tui.messages import Msg

Position = tuple[int, int]


#: PyYAML's words for a syntax error, each with the hint that says what the author most
#: likely did (PyYAML's own words stay as they are: they come from the parser, in English).
_SYNTAX_HINTS = {
    "mapping values are not allowed here": Msg("check.yaml.colon_in_value"),
    "that cannot start any token": Msg("check.yaml.tab"),
    "found a tab character": Msg("check.yaml.tab"),
    "could not find expected ':'": Msg("check.yaml.colon"),
    "did not find expected ',' or ']'": Msg("check.yaml.close_list"),
    "did not find expected ',' or '}'": Msg("check.yaml.close_mapping"),
    "did not find expected '-'": Msg("check.yaml.dash"),
    "did not find expected key": Msg("check.yaml.key"),
    "expected a single document": Msg("check.yaml.one_document"),
    "found undefined alias": Msg("check.yaml.alias"),
    "could not determine a constructor for the tag": Msg("check.yaml.tag"),
    "found unhashable key": Msg("check.yaml.unhashable"),
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


#: A value or list item that opens a quote: what follows the quote is the rest of the line.
_OPENS_QUOTE = re.compile(r"""(?:^\s*-\s+|:\s+)(["'])(.*)$""")
#: A list item written without the space after its dash ("-id: x" instead of "- id: x").
_DASH_WITHOUT_SPACE = re.compile(r"^\s*-[^\s-]")


def _closes(quote: str, rest: str) -> bool:
    """Whether a quoted scalar that opened with `quote` ends on the same line."""
    if quote == "'":
        return "'" in rest.replace("''", "")
    return re.search(r'(?<!\\)(?:\\\\)*"', rest) is not None


def _unclosed_quote(text: str, first: int, last: int) -> Position | None:
    """The first quote between lines `first` and `last` (0-based) that its line does not close.

    A quote left open makes libyaml read on, often hundreds of lines, and complain where it
    finally stops; the author must go to where the quote opened instead.
    """
    lines = text.split("\n")
    for number in range(first, min(last, len(lines) - 1) + 1):
        found = _OPENS_QUOTE.search(lines[number])
        if found and not _closes(found.group(1), found.group(2)):
            return number + 1, found.start(1) + 1
    return None


def _line(text: str, number: int) -> str:
    lines = text.split("\n")
    return lines[number] if 0 <= number < len(lines) else ""


def syntax_problem(error: yaml.YAMLError, source: SourceText) -> Problem:
    """A parser error as a problem at the position the parser stopped."""
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        detail = error.problem or error.context or "invalid YAML"
        start = error.context_mark
        begins: Msg | str = ""
        if error.problem and error.context:
            detail += f" {error.context}"
            if start is not None and mark is not None and start.line != mark.line:
                begins = Msg("check.yaml_starts_at", line=start.line + 1, col=start.column + 1)
        hint: Msg | str = next((h for key, h in _SYNTAX_HINTS.items() if key in detail), "")
        if mark is not None and start is not None and start.line != mark.line:
            opened = _unclosed_quote(source.text, start.line, mark.line)
            if opened is not None:
                hint = Msg("check.yaml.quote", line=mark.line + 1)
                message = Msg("check.yaml_syntax", detail=detail, start="", hint=hint)
                return Problem(source.path, *opened, Severity.error, message)
        if mark is not None and _DASH_WITHOUT_SPACE.match(_line(source.text, mark.line)):
            hint = Msg("check.yaml.dash_space")
        message = Msg("check.yaml_syntax", detail=detail, start=begins, hint=hint)
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
            Msg("check.bad_character", code=f"{_codepoint(error.character):04X}"),
        )
    return Problem(source.path, 1, 1, Severity.error, Msg("check.yaml_error", detail=str(error)))
