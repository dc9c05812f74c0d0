"""Every bundled method can be rehearsed from start to debrief at full speed."""

from __future__ import annotations

from itertools import cycle

import pytest
from scripted_chair import bundled_ids, load_method, play

from intervisie_tui.rehearsal.debrief_text import debrief_markdown
from intervisie_tui.rehearsal.drill import Prompt, Rehearsal
from intervisie_tui.rehearsal.lines import Voice
from intervisie_tui.rehearsal.scoring import Outcome
from intervisie_tui.rehearsal.script import Quality
from intervisie_tui.session.clock import FakeClock

METHODS = bundled_ids()


@pytest.mark.parametrize("method_id", METHODS)
def test_method_rehearses_through_to_its_debrief(method_id: str) -> None:
    method = load_method(method_id)
    clock = FakeClock()
    rehearsal = Rehearsal(method, seed=2026, speed=60, base_clock=clock)
    answers = cycle([Quality.good, Quality.weak])

    def rotate(prompt: Prompt) -> int:
        wanted = next(answers)
        return next(c.number for c in prompt.incident.choices if c.quality is wanted)

    played = play(rehearsal, clock, answer=rotate, step=0.05, react=0.1, think=0.5)
    assert rehearsal.finished and rehearsal.state.finished
    card = rehearsal.debrief().card
    # the chair stays each phase's full time, so every breach is said, and she notices each
    assert len(played.prompts) == len(rehearsal.script.incidents) >= 1
    assert card.counts.not_reached == 0 and card.counts.missed == 0
    expected = [Outcome.good, Outcome.weak] * len(played.prompts)
    assert [f.result.outcome for f in played.feedback] == expected[: len(played.prompts)]
    assert card.incidents.points == 2 * card.counts.good + card.counts.weak
    judged = [t for t in rehearsal.timings if t.judged]
    assert card.timing.on_time == card.timing.judged == len(judged)
    speakers = {h.speaker for h in played.heard if h.line.voice is not Voice.scene}
    assert None not in speakers and speakers <= {*rehearsal.setup.everyone, "Jij"}
    text = debrief_markdown(rehearsal.debrief())
    assert text.startswith(f"# Nabespreking oefening: {method.title}")
    assert f"# Oefening — Verslag intervisie: {method.title}" in text
