"""Methods suggested for a case: by the kind of question, the minutes left and the group's size."""

from __future__ import annotations

import pytest

from intervisie_tui.library import bundled_methods_dir, load_paths
from intervisie_tui.library.suggest import KindMatch, TimeFit, rank_methods, suggest
from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.model import Method, QuestionKind


@pytest.fixture(scope="module")
def methods() -> dict[str, Method]:
    library = load_paths([bundled_methods_dir()])
    return {method_id: loaded.method for method_id, loaded in library.case_methods.items()}


def ids(suggestions: tuple[object, ...]) -> list[str]:
    return [s.method.id for s in suggestions]  # type: ignore[attr-defined]


def test_a_dilemma_puts_the_methods_for_dilemmas_first(methods: dict[str, Method]) -> None:
    ranked = rank_methods(methods.values(), QuestionKind.dilemma)
    first = [s.method.id for s in ranked if s.kind is KindMatch.first]
    listed = [s.method.id for s in ranked if s.kind is KindMatch.listed]
    assert ids(ranked)[: len(first)] == first
    assert {"socratisch", "vissenkom", "modelling"} <= set(first + listed)
    assert "kot" not in first + listed
    # No method is left out: the chair may know better than the files.
    assert sorted(ids(ranked)) == sorted(methods)


def test_the_minutes_left_order_methods_of_the_same_kind(methods: dict[str, Method]) -> None:
    # Both KOT (15 min per case) and oplossingsgericht (55 min) are for someone stuck.
    ranked = rank_methods(methods.values(), QuestionKind.solution, minutes_left=30)
    assert ids(ranked)[:2] == ["kot", "oplossingsgericht"]
    kot, solution = ranked[0], ranked[1]
    assert kot.time is TimeFit.fits and kot.recommended
    assert solution.time is TimeFit.squeezed and not solution.recommended
    assert Msg("suggest.too_long", minutes="55", left="30") in solution.reasons
    # When the other items already fill the time, the reason says so instead of "0 left".
    crowded = suggest(solution.method, QuestionKind.solution, minutes_left=-10)
    assert crowded.reasons[-1] == Msg("suggest.no_time_left", minutes="55")


def test_optional_steps_let_a_long_method_fit(methods: dict[str, Method]) -> None:
    # Socratisch: 100 minutes, 20 of them optional.
    socratic = suggest(methods["socratisch"], QuestionKind.dilemma, minutes_left=85)
    assert socratic.time is TimeFit.without_optional
    assert socratic.recommended
    assert Msg("suggest.fits_shortened", minutes="80", left="85") in socratic.reasons


def test_the_group_size_is_a_reason(methods: dict[str, Method]) -> None:
    # KOT works up to 8 people, oplossingsgericht up to 10; both fit in an hour.
    kot = suggest(methods["kot"], QuestionKind.solution, minutes_left=60, group_size=9)
    assert not kot.group_ok and not kot.recommended
    assert Msg("suggest.group_large", size=9, high=8) in kot.reasons
    ranked = rank_methods(methods.values(), QuestionKind.solution, 60, group_size=9)
    assert ids(ranked)[0] == "oplossingsgericht"


def test_the_reasons_are_said_in_both_languages(methods: dict[str, Method]) -> None:
    vissenkom = suggest(methods["vissenkom"], QuestionKind.dilemma, minutes_left=90)
    dutch = [say(reason, Lang.nl) for reason in vissenkom.reasons]
    english = [say(reason, Lang.en) for reason in vissenkom.reasons]
    assert dutch == ["vooral voor een dilemma", "65 min, past in 90 min"]
    assert english == ["above all for a dilemma", "65 min, fits in 90 min"]
    other = suggest(methods["kot"], QuestionKind.dilemma)
    assert say(other.reasons[0], Lang.en) == "meant for stuck, seeking one's own way"
    assert say(other.reasons[1], Lang.nl) == "duurt 15 min"


def test_without_a_kind_the_time_decides(methods: dict[str, Method]) -> None:
    ranked = rank_methods(methods.values(), None, minutes_left=20)
    fitting = [s.method.id for s in ranked if s.time is TimeFit.fits]
    assert ids(ranked)[: len(fitting)] == fitting
    assert {"kot", "adviesrondes"} <= set(fitting)


def test_minutes_left_to_the_second_are_said_in_whole_minutes(methods: dict[str, Method]) -> None:
    """The agenda editor's case dialog said "past in 37.0775 min" and "er is 22.0775"."""
    kot = suggest(methods["kot"], None, minutes_left=37.0775)
    assert "15 min, past in 37 min" in [say(reason, Lang.nl) for reason in kot.reasons]
    vissenkom = suggest(methods["vissenkom"], None, minutes_left=22.0775)
    said = [say(reason, Lang.nl) for reason in vissenkom.reasons]
    assert any(line.startswith("duurt 65 min, er is 22") for line in said), said
    assert not any("." in line for line in said)
