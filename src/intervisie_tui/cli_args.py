"""The command line's parser in the chair's language: its help, its usage errors, its values.

argparse writes its own words in English ("usage:", "error:", "invalid choice"); a Dutch chair
who types `intervisie-tui run --until 1630` must read what is wrong in Dutch. The language is
known before parsing (--lang in the arguments, else the setting), so the parser is built in it:
every help text comes from the catalogue, argparse's sections get our titles, and its error
messages are said again from the catalogue by their shape.
"""

from __future__ import annotations

import argparse
import math
import os
import re
from collections.abc import Callable, Sequence
from datetime import time
from typing import NoReturn

from intervisie_tui.messages import Lang, Msg, say

#: A chair who always wants English (or Dutch) sets this once instead of passing --lang.
LANG_ENV = "INTERVISIE_TUI_LANG"
#: --speed: from real time up to a 15-minute phase in 1.5 seconds; beyond that no chair can
#: follow, and inf, nan or 1e300 overflow the rehearsal clock's wall time.
SPEED_RANGE = (1.0, 600.0)


def language_asked(argv: Sequence[str]) -> Lang:
    """--lang from the arguments (its last mention), else the setting, else Dutch.

    Read before parsing, so that the help and the usage errors are in that language too; a
    wrong value is left for the parser to refuse (in the setting's language).
    """
    chosen: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    for value in (chosen, os.environ.get(LANG_ENV, "").strip().lower()):
        if value in {lang.value for lang in Lang}:
            return Lang(value)
    return Lang.nl


#: argparse's own messages (Python 3.11-3.13), matched by shape and said from the catalogue.
_ARGPARSE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "args.required"),
    (
        re.compile(
            r"argument (?P<argument>\S+): invalid choice: '?(?P<value>.*?)'? "
            r"\(choose from (?P<choices>.+)\)"
        ),
        "args.invalid_choice",
    ),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), "args.unrecognized"),
    (re.compile(r"argument (?P<argument>\S+): expected one argument"), "args.expected_one"),
    (re.compile(r"argument (?P<argument>\S+): (?P<message>.+)"), "args.argument"),
)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that says its usage errors in `lang` (see _ARGPARSE)."""

    #: The language of every parser of this class: sub-commands are made with the class of
    #: their parent (argparse's add_subparsers), so they speak it too.
    LANG: Lang = Lang.nl

    def __init__(self, *args: object, lang: Lang | None = None, **kwargs: object) -> None:
        lang = lang if lang is not None else self.LANG
        self.lang = lang
        kwargs.setdefault("formatter_class", _formatter(lang))
        # argparse's own -h says "show this help message and exit" in English; ours is said
        # in `lang` (a parser that only lends its options to others has none).
        own_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if own_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=say("args.help", lang),
            )

    def error(self, message: str) -> NoReturn:
        """argparse's refusal, said in the chair's language; exit 2 as argparse does."""
        for pattern, key in _ARGPARSE:
            found = pattern.fullmatch(message)
            if found is not None:
                message = say(Msg(key, **found.groupdict()), self.lang)
                break
        self.print_usage()
        self.exit(2, say("args.error", self.lang, prog=self.prog, message=message) + "\n")


def parser_in(lang: Lang) -> type[Parser]:
    """The Parser class for `lang`, so every parser and sub-parser built from it speaks it."""
    return type(f"Parser_{lang.value}", (Parser,), {"LANG": lang})


def _formatter(lang: Lang) -> type[argparse.HelpFormatter]:
    headings = {
        "options": say("args.options", lang),
        "optional arguments": say("args.options", lang),  # before Python 3.10
        "positional arguments": say("args.arguments", lang),
    }

    class Formatter(argparse.HelpFormatter):
        """argparse's help layout with its own words (usage, section titles) in `lang`."""

        def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
            said = say("args.usage", lang) if prefix is None else prefix
            return super().add_usage(usage, actions, groups, said)

        def start_section(self, heading: str | None) -> None:
            super().start_section(headings.get(heading or "", heading))

    return Formatter


def value_types(
    lang: Lang,
) -> tuple[
    Callable[[str], time], Callable[[str], list[str]], Callable[[str], float], Callable[[str], int]
]:
    """The checks of --until, --participants, --speed and --seed, refusing in `lang`."""

    def refuse(message: Msg) -> argparse.ArgumentTypeError:
        return argparse.ArgumentTypeError(say(message, lang))

    def clock_time(text: str) -> time:
        try:
            hours, minutes = text.split(":")
            return time(int(hours), int(minutes))
        except ValueError:
            raise refuse(Msg("args.not_a_time", text=text)) from None

    def names(text: str) -> list[str]:
        found = [name.strip() for name in text.split(",") if name.strip()]
        if not found:
            raise refuse(Msg("args.no_names"))
        return found

    def speed(text: str) -> float:
        low, high = SPEED_RANGE
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not low <= value <= high:  # also refuses nan and inf
            raise refuse(Msg("args.not_a_speed", text=text, low=f"{low:g}", high=f"{high:g}"))
        return value

    def seed(text: str) -> int:
        # argparse's own int check says "invalid int value" in English.
        try:
            return int(text)
        except ValueError:
            raise refuse(Msg("args.not_a_seed", text=text)) from None

    return clock_time, names, speed, seed
