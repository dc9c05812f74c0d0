"""Each sentence of the catalogue speaks one language: no Dutch word in the English, and the
other way round.

A chair who chose English must not read "Inbrenger(s), one per case" on the set-up form, and a
Dutch wall must not say "Print" or "session". The lists hold words that belong to one language
only (the Dutch "incident" and "help" are Dutch too, so they are not listed); the app's own
commands (`intervisie-tui report ID`) and key names are not sentences and are left out.
"""

from __future__ import annotations

import re

import pytest

from intervisie_tui.messages import catalogue

#: Words that mark a Dutch sentence; none of them is an English word ("met" is, as in "met with").
DUTCH_WORDS = """
    de het een niet wat je jij jullie wie vraag vragen fase fasen stap stappen casus inbrenger
    inbrengers voorzitter deelnemers notitie notities volgende vorige bijeenkomst verslag geen
    nog ook zijn wordt naar voor tijd beurt regel regels stoppen opgeslagen methode methoden
    groep van en bij om op te dan dat maar wel deze dit
"""
DUTCH = frozenset(DUTCH_WORDS.split())
#: Words that mark an English sentence; none of them is a Dutch word.
ENGLISH_WORDS = """
    the and you your with next previous back pause resume quit step steps phase phases speaking
    listening turn note notes skip meeting report saved search commands minute chair case
    presenter colleagues question questions timeline finished keys press close rehearsal debrief
    rule rules method methods group time seed print session
"""
ENGLISH = frozenset(ENGLISH_WORDS.split())
#: What is not a sentence: a placeholder, a command to type (also `in backquotes`, or a
#: sub-command such as `group new`), a flag, a file name, a key name in quotes (also with a
#: value, 'inbrenger: NAME', or a placeholder, '{field}_en').
NOT_WORDS = re.compile(
    r"\{[^}]*\}|intervisie-tui(?: [a-z-]+)*|`[^`]*`|--[a-z-]+|\b[a-z-]+\.(?:yaml|md|jsonl)\b"
    r"|\bgroup (?:new|show|export|record)\b|'[a-z_{}]+(?:: [^']*)?'"
)


def words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ]+", NOT_WORDS.sub(" ", text).lower())


@pytest.mark.parametrize(
    ("language", "other", "index"), [("Dutch", ENGLISH, 0), ("English", DUTCH, 1)]
)
def test_every_sentence_speaks_one_language(
    language: str, other: frozenset[str], index: int
) -> None:
    mixed = {
        key: sorted({word for word in words(pair[index]) if word in other})
        for key, pair in catalogue().items()
    }
    mixed = {key: found for key, found in mixed.items() if found}
    assert not mixed, f"{language} sentences with words of the other language: {mixed}"


def test_the_scan_sees_a_mixed_sentence() -> None:
    assert [w for w in words("Inbrenger(s), one per {unit}") if w in DUTCH] == ["inbrenger"]
    assert [w for w in words("Afdrukken: intervisie-tui report {id}") if w in ENGLISH] == []
    assert [w for w in words("Sessie stoppen? the session") if w in ENGLISH] == ["the", "session"]


def _english_texts(part: object, where: str) -> list[tuple[str, str]]:
    """Every English twin in a method's data, with where it is."""
    from pydantic import BaseModel

    found: list[tuple[str, str]] = []
    if isinstance(part, BaseModel):
        for name in type(part).model_fields:
            value = getattr(part, name)
            if name.endswith("_en") and value:
                texts = value if isinstance(value, list) else [value]
                found += [(f"{where}.{name}", text) for text in texts]
            else:
                found += _english_texts(value, f"{where}.{name}")
    elif isinstance(part, list):
        for index, item in enumerate(part):
            found += _english_texts(item, f"{where}[{index}]")
    return found


def test_the_librarys_english_has_no_dutch_word() -> None:
    """An English group reads the methods' own English: 'The inbrenger is ...' is half Dutch."""
    from intervisie_tui.library import load_library

    library = load_library([])
    texts = [
        found
        for method_id, loaded in library.methods.items()
        for found in _english_texts(loaded.method, method_id)
    ]
    assert len(texts) > 1000
    mixed = [
        f"{where}: {sorted(set(words(text)) & DUTCH)}"
        for where, text in texts
        if set(words(text)) & DUTCH
    ]
    assert mixed == []
