"""One catalogue of every sentence a user reads, in Dutch and English.

The core (model, library, session, rehearsal) never builds sentences: it returns a `Msg`, a key
with its values, and whoever shows it (the screens, the command line, the report) turns it into
words with `say()` in the language the chair chose. Keeping the words out of the core is what lets
a test prove that both languages are complete and that no Dutch slips onto an English screen.

The sentences live in one small table per area (`areas/*.py`), so that people working on
different parts of the app add keys without editing each other's lines; `catalogue()` joins the
tables and refuses a key defined twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import import_module
from pkgutil import iter_modules
from string import Formatter
from types import MappingProxyType
from typing import Final, TypeAlias


class Lang(StrEnum):
    """A language the app speaks; Dutch is the default because the method library is Dutch."""

    nl = "nl"
    en = "en"


#: A value that can be filled into a sentence; a Msg is said in the same language first, and a
#: Twin (a method's own words in both languages) is picked in it.
Value: TypeAlias = "str | int | float | Msg | Twin"


@dataclass(frozen=True)
class Twin:
    """A method's own text with its English twin, as a value inside a catalogue message.

    The core names a step or a rule in a refusal or a plan note without choosing a language:
    whoever says the message picks the Dutch or the English (marked when it is missing).
    """

    dutch: str
    english: str | None = None


@dataclass(frozen=True, init=False)
class Msg:
    """A message key with the values its sentence needs, as the core hands it to the screen.

    A refusal or a problem travels as data, not as a sentence, so the same refusal can be shown
    on a Dutch wall, in an English report or compared in a test without parsing words. A plain
    frozen dataclass: the core builds it from values it already checked, so there is nothing to
    validate.
    """

    key: str
    values: Mapping[str, Value]

    def __init__(self, key: str, /, **values: Value) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "values", MappingProxyType(values))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Msg):
            return NotImplemented
        return self.key == other.key and dict(self.values) == dict(other.values)

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted(self.values.items()))))


class MsgError(ValueError):
    """A refusal whose text is a catalogue message, so whoever shows it says it in their language.

    The core raises it (or a subclass) instead of a ValueError with a sentence; `message` is the
    Msg, and `str()` is the Dutch sentence, for tracebacks and logs only.
    """

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return say(self.message, Lang.nl)


#: key -> (Dutch, English). Placeholders use str.format names and must match in both languages.
Table = Mapping[str, tuple[str, str]]

_AREAS: Final = "intervisie_tui.messages.areas"


@cache
def catalogue() -> Mapping[str, tuple[str, str]]:
    """Every key of every area table, joined once; a key in two tables is a bug caught here."""
    from intervisie_tui.messages import areas

    joined: dict[str, tuple[str, str]] = {}
    for info in sorted(iter_modules(areas.__path__), key=lambda info: info.name):
        table: Table = import_module(f"{_AREAS}.{info.name}").MESSAGES
        for key, pair in table.items():
            if key in joined:
                raise ValueError(f"message key {key!r} is defined twice (areas/{info.name}.py)")
            joined[key] = pair
    return MappingProxyType(joined)


def say(message: Msg | str, /, lang: Lang | str = Lang.nl, **values: Value) -> str:
    """The sentence for `message` in `lang`, with its values filled in.

    A plain key may be given with its values as keywords; a value that is itself a Msg (a
    refusal inside a journal problem) is said in the same language. An unknown key raises
    KeyError at once, so a typo fails a test instead of showing a blank line to the room.
    """
    if isinstance(message, Msg):
        key, filled = message.key, {**message.values, **values}
    else:
        key, filled = message, values
    dutch, english = catalogue()[key]
    text = english if Lang(lang) is Lang.en else dutch
    if not filled:
        return text
    said = {name: _said(v, lang) for name, v in filled.items()}
    return text.format(**said)


def _said(value: Value, lang: Lang | str) -> str | int | float:
    if isinstance(value, Msg):
        return say(value, lang)
    if isinstance(value, Twin):
        return pick(value.dutch, value.english, lang)
    return value


def pick(dutch: str, english: str | None, lang: Lang | str = Lang.nl) -> str:
    """Choose between a method's Dutch text and its optional English twin.

    Method content carries its own `_en` fields in the method file rather than catalogue keys;
    without an English twin the Dutch text is shown, marked as Dutch, so nothing goes blank and
    an English group knows why it reads Dutch (`check` names the missing twin to the author).
    """
    if Lang(lang) is Lang.en:
        if english:
            return english
        if dutch:
            return say("common.in_dutch", lang, text=dutch)
    return dutch


def pick_all(dutch: Sequence[str], english: Sequence[str], lang: Lang | str = Lang.nl) -> list[str]:
    """A list (questions, points to watch) taken whole from one language, never mixed."""
    if Lang(lang) is Lang.en and english:
        return list(english)
    return [pick(text, None, lang) for text in dutch]


def placeholders(text: str) -> set[str]:
    """The str.format field names in `text`; used to check that translations agree."""
    return {name for _, name, _, _ in Formatter().parse(text) if name}


__all__ = [
    "Lang",
    "Msg",
    "MsgError",
    "Table",
    "Twin",
    "Value",
    "catalogue",
    "pick",
    "pick_all",
    "placeholders",
    "say",
]
