"""Across the whole bundled library: lines for every incident, and options a trainee cannot game.

#17: the good answer was always the longest quoted option and "Laten gaan" always option 4, so
a trainee learned to pattern-match. These tests look at every incident of every method.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from scripted_chair import bundled_ids, load_method

from intervisie_tui.rehearsal.cast import simulated_setup
from intervisie_tui.rehearsal.lines import Kind, Voice, fine_lines, line_book, phase_kind
from intervisie_tui.rehearsal.script import Quality, ScheduledIncident, build_script
from intervisie_tui.session.plan import expand_phases

METHODS = bundled_ids()


def every_incident(seed: int) -> list[ScheduledIncident]:
    found: list[ScheduledIncident] = []
    for method_id in METHODS:
        method = load_method(method_id)
        setup = simulated_setup(method, seed)
        phases = expand_phases(method, setup)
        planned = [None if p.minutes is None else timedelta(minutes=p.minutes) for p in phases]
        found += build_script(method, phases, planned, seed, 6).incidents
    return found


def test_the_good_option_is_not_always_the_longest_nor_in_one_place() -> None:
    incidents = every_incident(2026)
    assert len({(i.incident_id, i.step_id) for i in incidents}) >= 60
    longest_is_good = [
        max(i.choices, key=lambda c: len(c.text.nl)).quality is Quality.good for i in incidents
    ]
    assert any(longest_is_good) and not all(longest_is_good)
    places = Counter(i.good.number for i in incidents)
    assert len(places) >= 3  # the good answer turns up in at least three positions
    assert max(places.values()) < 0.5 * len(incidents)


@pytest.mark.parametrize("method_id", METHODS)
def test_every_incident_has_a_spoken_line_in_both_languages(method_id: str) -> None:
    method = load_method(method_id)
    book = line_book()
    for incident in method.incidents:
        said = book.incidents.get(f"{method_id}/{incident.id}")
        assert said, f"{method_id}/{incident.id} has no line"
        assert all(s.nl.strip() and s.en.strip() and s.nl != s.en for s in said)


@pytest.mark.parametrize("method_id", METHODS)
def test_every_phase_hears_fine_lines_that_fit_it(method_id: str) -> None:
    method = load_method(method_id)
    for step in method.steps:
        lines = fine_lines(method, step)
        assert len(lines) >= 5, step.id
        kind = phase_kind(method, step)
        voices = {line.who for line in lines}
        if kind in (Kind.tell, Kind.respond, Kind.rate):  # the inbrenger has the floor
            assert voices == {Voice.inbrenger}, step.id
        if kind is Kind.silence:
            assert voices == {Voice.scene}, step.id


def test_the_data_file_names_only_bundled_steps_and_incidents() -> None:
    book = line_book()
    steps = {f"{m}/{s.id}" for m in METHODS for s in load_method(m).steps}
    incidents = {f"{m}/{i.id}" for m in METHODS for i in load_method(m).incidents}
    assert set(book.steps) <= steps
    assert set(book.phases) <= steps
    assert set(book.incidents) <= incidents
    for lines in (*book.kinds.values(), *book.phases.values(), *book.incidents.values()):
        for line in lines:
            assert line.nl != line.en  # every line has its own English
