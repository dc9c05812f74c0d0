"""Unit tests for the pure parts of a rehearsal: names, cast, cue cards, clock and script."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intervisie_tui.messages import Lang
from intervisie_tui.model import Method, RepeatOrder, RoleKind
from intervisie_tui.rehearsal.cast import simulated_setup
from intervisie_tui.rehearsal.clock import HoldableClock
from intervisie_tui.rehearsal.cues import cue_card
from intervisie_tui.rehearsal.names import NAME_POOL, simulated_names
from intervisie_tui.rehearsal.script import MAX_BREACHES_PER_PHASE, Script, build_script
from intervisie_tui.session.clock import FakeClock, ScaledClock
from intervisie_tui.session.plan import expand_phases


def script_for(method: Method, seed: int) -> Script:
    setup = simulated_setup(method, seed)
    phases = expand_phases(method, setup)
    planned = [None if p.minutes is None else timedelta(minutes=p.minutes) for p in phases]
    return build_script(method, phases, planned, seed, 6)


def test_names_are_distinct_dutch_and_repeat_with_the_seed() -> None:
    names = simulated_names(7, 8)
    assert len(set(names)) == 8
    assert set(names) <= set(NAME_POOL)
    assert simulated_names(7, 8) == names
    assert simulated_names(8, 8) != names


def test_names_refuse_a_group_larger_than_the_pool() -> None:
    with pytest.raises(ValueError, match="between 0 and"):
        simulated_names(1, len(NAME_POOL) + 1)


def test_kot_cast_has_four_cases_each_with_another_inbrenger(kot: Method) -> None:
    setup = simulated_setup(kot, 3)
    assert setup.chair == "Jij"
    assert simulated_setup(kot, 3, lang=Lang.en).chair == "You"
    assert (setup.cases[0].question or "").startswith("Oefencasus 1")
    assert len(setup.cases) == 4
    inbrengers = [case.inbrenger for case in setup.cases]
    assert len(set(inbrengers)) == 4
    assert set(inbrengers) <= set(setup.participants)
    assert all(case.importance is None for case in setup.cases)
    assert simulated_setup(kot, 3) == setup


def test_fishbowl_inbrenger_sits_in_the_inner_group(kot: Method) -> None:
    roles = [
        *kot.roles,
        kot.roles[2].model_copy(update={"id": "binnen", "kind": RoleKind.inner_group}),
        kot.roles[2].model_copy(update={"id": "buiten", "kind": RoleKind.outer_group}),
    ]
    fishbowl = kot.model_copy(update={"roles": roles, "repeat": None})
    setup = simulated_setup(fishbowl, 11)
    assert setup.inner_group and setup.outer_group
    assert not set(setup.inner_group) & set(setup.outer_group)
    assert setup.cases[0].inbrenger in setup.inner_group


def test_importance_ordered_methods_get_scores(kot: Method) -> None:
    assert kot.repeat is not None
    by_importance = kot.model_copy(
        update={"repeat": kot.repeat.model_copy(update={"order": RepeatOrder.importance})}
    )
    setup = simulated_setup(by_importance, 5)
    scores = [case.importance for case in setup.cases]
    assert all(score is not None and 1 <= score <= 10 for score in scores)


def test_cue_card_carries_opening_rules_and_watch_points(kot: Method) -> None:
    card = cue_card(kot, kot.step("oplossingsgerichte-vragen"))
    assert card.opening is not None and card.opening.startswith("Nu stellen we om de beurt")
    assert [rule.reminder for rule in card.rules] == [
        "Eén vraag tegelijk",
        "Nog geen advies, geen analyse",
        "Stilte is denktijd",
    ]
    assert card.rules[0].explanation.startswith("Stel één vraag")
    assert len(card.watch_for) == 3
    assert "Wat werkt er nu al, al is het maar een beetje?" in card.questions
    assert not card.is_empty


def test_holdable_clock_stands_still_while_held_and_wall_follows() -> None:
    base = FakeClock()
    clock = HoldableClock(ScaledClock(20, base))
    start_wall = clock.wall()
    base.advance(3)  # 3 real seconds = one method minute
    assert clock.now() == pytest.approx(60)
    assert clock.speed == 20
    clock.hold()
    base.advance(15)
    assert clock.now() == pytest.approx(60)
    assert clock.holding
    assert clock.speed == 0  # the run screen waits for the release, not for a second
    clock.release()
    assert clock.speed == 20
    base.advance(1.5)
    assert clock.now() == pytest.approx(90)
    assert clock.wall() - start_wall == timedelta(seconds=90)


def test_kot_breaches_rotate_over_the_cases(kot: Method) -> None:
    script = script_for(kot, 42)
    questions = [p for p in range(24) if p % 6 == 2]  # 4 cases x 6 steps; step 3 = questions
    chosen = [
        tuple(i.incident_id for i in script.incidents if i.phase_index == phase)
        for phase in questions
    ]
    assert all(1 <= len(ids) <= MAX_BREACHES_PER_PHASE for ids in chosen)
    assert len(set(chosen)) > 1  # the second case does not replay the first one's breaches
    for phase in questions:
        lines = script.for_phase(phase)
        assert sum(1 for line in lines if line.breach) * 3 <= len(lines)  # most lines are fine


def test_choices_are_good_and_weaker_in_an_order_of_their_own(kot: Method) -> None:
    script = script_for(kot, 9)
    for incident in script.incidents:
        numbers = [choice.number for choice in incident.choices]
        assert numbers == list(range(1, len(numbers) + 1))
        assert 2 <= len(numbers) <= 4
        assert sum(1 for c in incident.choices if c.quality.name == "good") == 1
        assert not any("Laten gaan" in c.text.nl for c in incident.choices)


def test_same_seed_same_script_other_seed_other_script(kot: Method) -> None:
    assert script_for(kot, 123) == script_for(kot, 123)
    assert script_for(kot, 123) != script_for(kot, 124)


def test_choice_lookup_rejects_a_number_that_is_no_option(kot: Method) -> None:
    incident = script_for(kot, 2).incidents[0]
    count = len(incident.choices)
    with pytest.raises(ValueError, match=f"choose 1-{count}"):
        incident.choice(count + 1)


def test_the_rehearsal_core_never_imports_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, intervisie_tui.rehearsal.drill, intervisie_tui.rehearsal.debrief_text; "
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
