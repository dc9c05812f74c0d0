"""The rehearsal screens' words follow the app's language, and every outcome has its headline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from intervisie_tui.rehearsal.scoring import Outcome
from intervisie_tui.tui.i18n import Lang, set_language, tr


@pytest.fixture
def english() -> Iterator[None]:
    set_language(Lang.en)
    yield
    set_language(Lang.nl)


def test_strings_follow_the_app_language(english: None) -> None:
    assert tr("rehearsal.banner", seed=3, speed="20").startswith("REHEARSAL · drill 3")
    set_language(Lang.nl)
    assert tr("rehearsal.banner", seed=3, speed="20").startswith("OEFENING · nummer 3")


@pytest.mark.parametrize("outcome", [Outcome.good, Outcome.weak, Outcome.undecided])
def test_every_outcome_has_a_feedback_headline_in_both_languages(outcome: Outcome) -> None:
    dutch = tr(f"rehearsal.feedback.{outcome.name}")
    set_language(Lang.en)
    try:
        english = tr(f"rehearsal.feedback.{outcome.name}")
    finally:
        set_language(Lang.nl)
    assert dutch and english and dutch != english
