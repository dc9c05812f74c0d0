"""Unit tests for the pure parts of a rehearsal: names, cast, cue cards, clock and script."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intervisie_tui.model import Method, RepeatOrder, RoleKind, TurnMode
from intervisie_tui.rehearsal.cast import CHAIR_NAME, simulated_setup
from intervisie_tui.rehearsal.clock import HoldableClock
from intervisie_tui.rehearsal.cues import cue_card
from intervisie_tui.rehearsal.names import NAME_POOL, simulated_names
from intervisie_tui.rehearsal.script import (
    MAX_INCIDENTS_PER_PHASE,
    IncidentKind,
    Quality,
    Script,
    build_script,
)
from intervisie_tui.session.clock import FakeClock, ScaledClock
from intervisie_tui.session.plan import expand_phases


def script_for(method: Method, seed: int) -> Script:
    setup = simulated_setup(method, seed)
    phases = expand_phases(method, setup)
    planned = [None if p.minutes is None else timedelta(minutes=p.minutes) for p in phases]
    return build_script(method, setup, phases, planned, seed)


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
    assert setup.chair == CHAIR_NAME
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


def test_kot_script_places_incidents_at_their_fraction_per_case(kot: Method) -> None:
    script = script_for(kot, 42)
    questions = [p for p in range(24) if p % 6 == 2]  # 4 cases x 6 steps; step 3 = questions
    for phase in questions:
        authored = [i for i in script.for_phase(phase) if i.kind is IncidentKind.authored]
        assert len(authored) == MAX_INCIDENTS_PER_PHASE  # three written, two fit
        for incident in authored:
            written = next(i for i in kot.incidents if i.id == incident.incident_id)
            assert incident.offset_seconds == pytest.approx(written.at * 3.5 * 60)
            assert incident.case == phase // 6
    suggestions = script.for_phase(4)
    defend = next(i for i in suggestions if i.incident_id == "ja-maar-bij-suggesties")
    setup = simulated_setup(kot, 42)
    assert defend.who_name == setup.cases[0].inbrenger  # the inbrenger defends, by name
    assert defend.offset_seconds == pytest.approx(0.5 * 4.5 * 60)


def test_every_timed_round_phase_can_run_out_of_time(kot: Method) -> None:
    script = script_for(kot, 1)
    time_ups = [i for i in script.incidents if i.kind is IncidentKind.time_up]
    rounds = [
        (case, step.id)
        for case in range(4)
        for step in kot.steps
        if step.turns.mode is TurnMode.round
    ]
    assert [(i.case, i.step_id) for i in time_ups] == rounds
    complimenten = next(i for i in time_ups if i.step_id == "complimenten")
    assert complimenten.offset_seconds == pytest.approx(90)


def test_choices_are_good_weaker_shuffled_and_let_pass_last(kot: Method) -> None:
    script = script_for(kot, 9)
    for incident in script.incidents:
        numbers = [choice.number for choice in incident.choices]
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) <= 4
        qualities = [choice.quality for choice in incident.choices]
        assert qualities.count(Quality.good) == 1
        assert qualities[-1] is Quality.let_pass
    good_positions = {i.good.number for i in script.incidents}
    assert len(good_positions) > 1  # the good answer is not always in the same place


def test_same_seed_same_script_other_seed_other_script(kot: Method) -> None:
    assert script_for(kot, 123) == script_for(kot, 123)
    assert script_for(kot, 123) != script_for(kot, 124)


def test_choice_lookup_rejects_a_number_that_is_no_option(kot: Method) -> None:
    incident = script_for(kot, 2).incidents[0]
    with pytest.raises(ValueError, match="choose 1-4"):
        incident.choice(5)


def test_the_rehearsal_core_never_imports_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, intervisie_tui.rehearsal.drill, intervisie_tui.rehearsal.debrief; "
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
