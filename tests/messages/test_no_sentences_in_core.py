"""The core never builds a sentence a user reads: it raises and returns catalogue keys.

A scan of the source with `ast`, so the rule holds from now on without anyone remembering it:
a string that looks like a Dutch sentence may not be raised (in any exception), returned,
handed to an error, warning or problem object, or printed, anywhere in model/, library/,
session/, rehearsal/ or room/. Docstrings, comments, keys and identifiers are not sentences and
are not looked at; method content lives in the method files, and the words the chair reads live in
`intervisie_tui.messages`, in Dutch and English.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[2] / "src" / "intervisie_tui"
CORE = ("model", "library", "session", "rehearsal", "room")

#: Words that mark Dutch prose; none of them is an English word a message would use.
DUTCH_WORDS = """
de het een niet geen van wordt worden moet staat deze dit nog naar kan kunnen zijn bestaat
eerst alleen hoe wat wie ook bij tot uit je jij jullie er om te en met voor op aan dan dat
maar wel zo ze wij hij zij hem haar heeft hebben zonder keer twee één minstens past loopt
vul kies geef fase fasen casus inbrenger voorzitter bijeenkomst notitie tijd stap regel naam
leeg lege eerste laatste gevonden opgeslagen verslag journaal bestand gepland vervalt
"""
DUTCH = frozenset(DUTCH_WORDS.split())
#: Callables whose string arguments reach a user: exceptions, warnings, problems and print.
CARRIERS = re.compile(r"(Error|Exception|Rejected|Warning|NotFound|Problem|NothingToResume)$")


def looks_dutch(text: str) -> bool:
    """Two words or more, of which two (or, in a short text, a third) are unmistakably Dutch."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    if len(words) < 2:
        return False
    dutch = sum(word in DUTCH for word in words)
    return dutch >= 2 or (dutch == 1 and 3 * dutch >= len(words))


def literal_text(node: ast.AST) -> Iterator[tuple[int, str]]:
    """Every string literal inside an expression, an f-string's fixed parts joined."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        parts = [str(part.value) if isinstance(part, ast.Constant) else "x" for part in node.values]
        yield node.lineno, "".join(parts)
    else:
        for child in ast.iter_child_nodes(node):
            yield from literal_text(child)


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def user_text(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """The literals a user could read: raised, returned, given to a carrier, or printed."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            yield from literal_text(node.exc)
        elif isinstance(node, ast.Return) and node.value is not None:
            # Only the returned value itself: literals inside calls it makes (keys, formats)
            # are not the sentence, and a carrier call among them is caught below.
            value = node.value
            if isinstance(value, ast.Constant | ast.JoinedStr | ast.BinOp | ast.IfExp):
                yield from literal_text(value)
        elif isinstance(node, ast.Call) and (
            CARRIERS.search(_name(node)) or _name(node) == "print"
        ):
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                yield from literal_text(argument)


def core_files() -> list[Path]:
    return sorted(path for area in CORE for path in (PACKAGE / area).rglob("*.py"))


def test_the_scan_sees_the_core() -> None:
    files = core_files()
    assert len(files) > 20
    assert PACKAGE / "session" / "state.py" in files


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ('raise CommandRejected("Dit is de eerste fase.")', True),
        ('raise ValueError(f"naam {name!r} is te lang")', True),
        ('def f():\n    return "Geen fase is uitgelopen."', True),
        ('JournalError(path, 1, 1, "leeg journaal: er is geen bijeenkomst")', True),
        ('print(f"Let op: {warning}")', True),
        ('raise CommandRejected(Msg("session.first_phase"))', False),
        ('raise ValueError("time does not run backwards")', False),
        (
            'def f():\n    """Dit is de uitleg, geen tekst voor de gebruiker."""\n    return key',
            False,
        ),
        ('def f():\n    return say("report.title", lang)', False),
    ],
)
def test_the_scan_tells_a_sentence_from_a_key(source: str, found: bool) -> None:
    assert any(looks_dutch(text) for _, text in user_text(ast.parse(source))) is found


def test_no_dutch_sentence_is_raised_returned_or_printed_by_the_core() -> None:
    offenders = sorted(
        {
            f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
            for path in core_files()
            for line, text in user_text(ast.parse(path.read_text(encoding="utf-8")))
            if looks_dutch(text)
        }
    )
    assert not offenders, "put these in messages/areas and raise or return a Msg:\n" + "\n".join(
        offenders
    )
