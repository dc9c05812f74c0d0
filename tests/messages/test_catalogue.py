"""The message catalogue: complete in both languages, and one key one sentence."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from intervisie_tui.messages import Lang, Msg, catalogue, placeholders, say


def test_every_key_has_both_languages_with_the_same_placeholders() -> None:
    for key, (dutch, english) in catalogue().items():
        assert dutch.strip(), f"{key}: Dutch text is empty"
        assert english.strip(), f"{key}: English text is empty"
        assert placeholders(dutch) == placeholders(english), key


def test_a_message_is_said_in_the_chosen_language_with_its_values() -> None:
    message = Msg("common.cancel")
    assert say(message, Lang.nl) == "Annuleren"
    assert say(message, "en") == "Cancel"


def test_an_unknown_key_fails_at_once() -> None:
    with pytest.raises(KeyError):
        say("no.such.key")


def test_a_message_is_frozen_data() -> None:
    message = Msg("common.ok", count=3)
    assert message == Msg("common.ok", count=3)
    assert message.values == {"count": 3}
    with pytest.raises(FrozenInstanceError):
        message.key = "other"  # type: ignore[misc]
    assert len({message, Msg("common.ok", count=3)}) == 1
