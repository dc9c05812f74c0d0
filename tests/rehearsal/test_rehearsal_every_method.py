"""Every bundled method can be rehearsed from start to debrief at full speed."""

from __future__ import annotations

from itertools import cycle

import pytest
from scripted_chair import bundled_ids, load_method, play

from intervisie_tui.rehearsal.debrief import debrief_markdown
from intervisie_tui.rehearsal.drill import Prompt, Rehearsal
from intervisie_tui.rehearsal.scoring import Outcome
from intervisie_tui.rehearsal.script import IncidentKind, Quality
from intervisie_tui.session.clock import FakeClock

METHODS = bundled_ids()


@pytest.mark.parametrize("method_id", METHODS)
def test_method_rehearses_through_to_its_debrief(method_id: str) -> None:
    method = load_method(method_id)
    clock = FakeClock()
    rehearsal = Rehearsal(method, seed=2026, speed=600, base_clock=clock)
    qualities = cycle([Quality.good, Quality.weak, Quality.let_pass])

    def rotate(prompt: Prompt) -> int:
        wanted = next(qualities)
        return next(c.number for c in prompt.incident.choices if c.quality is wanted)

    played = play(rehearsal, clock, answer=rotate, step=0.05)
    assert rehearsal.finished and rehearsal.state.finished
    debrief = rehearsal.debrief()
    card = debrief.card
    # the chair stays each phase's full time, so every authored incident comes up
    authored = [i for i in rehearsal.script.incidents if i.kind is IncidentKind.authored]
    assert len(authored) >= len({i.step for i in method.incidents}) >= 1
    assert len(played.prompts) == len(authored)  # rounds completed: no time-up moments
    assert card.counts.not_reached == 0
    expected = [Outcome.good, Outcome.weak, Outcome.let_pass] * len(played.prompts)
    assert [f.result.outcome for f in played.feedback] == expected[: len(played.prompts)]
    assert card.incidents.points == 2 * card.counts.good + card.counts.weak
    judged = [t for t in rehearsal.timings if t.judged]
    assert card.timing.on_time == card.timing.judged == len(judged)
    text = debrief_markdown(debrief)
    assert text.startswith(f"# Nabespreking oefening: {method.title}")
    assert f"# Oefening — Verslag intervisie: {method.title}" in text
