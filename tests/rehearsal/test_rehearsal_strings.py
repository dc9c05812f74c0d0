"""The rehearsal screens' strings: both languages complete and consistent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intervisie_tui.tui.i18n import Lang, placeholders, set_language
from intervisie_tui.tui.rehearsal.strings import STRINGS, rt


@pytest.fixture
def english() -> Iterator[None]:
    set_language(Lang.en)
    yield
    set_language(Lang.nl)


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_both_languages_have_text_and_the_same_placeholders(key: str) -> None:
    dutch, english_text = STRINGS[key]
    assert dutch.strip() and english_text.strip()
    assert placeholders(dutch) == placeholders(english_text)


def test_strings_follow_the_app_language(english: None) -> None:
    assert rt("banner", seed=3, speed="20").startswith("REHEARSAL · seed 3")
    set_language(Lang.nl)
    assert rt("banner", seed=3, speed="20").startswith("OEFENSESSIE · seed 3")


def test_an_unknown_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        rt("no.such.key")


def test_every_outcome_has_a_feedback_headline() -> None:
    from intervisie_tui.rehearsal.scoring import Outcome

    for outcome in Outcome:
        assert rt(f"feedback.{outcome.name}")
