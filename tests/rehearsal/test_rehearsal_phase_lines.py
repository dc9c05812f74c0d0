"""Fine lines per phase where a phase has its own character, per kind of phase elsewhere.

#17: the lines of a kind of phase fit every phase of that kind and so none closely; Vissenkom's
inner group, Balint's silences and Socratisch's open questions get lines of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from intervisie_tui.model import Method
from intervisie_tui.rehearsal.drill import Rehearsal
from intervisie_tui.rehearsal.lines import Voice, fine_lines, line_book
from intervisie_tui.session.clock import FakeClock

METHODS = Path(__file__).resolve().parents[2] / "methods"


def bundled(method_id: str) -> Method:
    return Method.model_validate(yaml.safe_load((METHODS / f"{method_id}.yaml").read_text()))


def test_every_phase_with_own_lines_is_a_bundled_step() -> None:
    for key in line_book().phases:
        method_id, step_id = key.split("/")
        assert step_id in {step.id for step in bundled(method_id).steps}, key


@pytest.mark.parametrize(
    ("method_id", "step_id"),
    [
        ("vissenkom", "analyse"),
        ("balint", "associeren"),
        ("socratisch", "open-vragen"),
    ],
)
def test_a_phase_of_its_own_character_hears_its_own_lines(method_id: str, step_id: str) -> None:
    method = bundled(method_id)
    number = [step.id for step in method.steps].index(step_id)
    own = line_book().phases[f"{method_id}/{step_id}"]
    assert fine_lines(method, method.steps[number]) == tuple(own)
    # The rest of the method keeps the lines of its kinds.
    others = [s for s in method.steps if f"{method_id}/{s.id}" not in line_book().phases]
    assert all(set(fine_lines(method, s)).isdisjoint(own) for s in others)
    # A rehearsal with a fixed seed says them in that phase.
    clock = FakeClock()
    drill = Rehearsal(method, seed=7, base_clock=clock, cases=1)
    drill.start()
    while drill.state.phase.step.id != step_id:
        drill.next_phase()
    drill.opening_said()
    said = []
    for _ in range(2000):
        said += [h for h in drill.tick() if h.line.breach is None]
        clock.advance(0.25)
    texts = {h.line.text.nl for h in said}
    assert texts and texts <= {line.nl for line in own}
    if method_id == "balint":  # the silence is a scene: nobody speaks
        assert all(h.voice is Voice.scene for h in said)
