"""A scripted chair for headless rehearsal tests: plays a whole rehearsal on a fake clock.

Kept apart from the tests so the per-method test, the determinism test and the figure checks
all play by the same, readable rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from intervisie_tui.model import Method
from intervisie_tui.rehearsal.drill import Feedback, Prompt, Rehearsal
from intervisie_tui.rehearsal.script import Quality
from intervisie_tui.session.clock import FakeClock

METHODS_DIR = Path(__file__).resolve().parents[2] / "methods"
#: Frozen copies of bundled methods for the tests that check exact debrief figures: authors add
#: incidents to the library, and those figures must only move when the rehearsal logic does.
FROZEN_DIR = Path(__file__).resolve().parent / "data"

#: Untimed phases are left after this many method seconds.
UNTIMED_STAY = 120.0

Answer = Callable[[Prompt], int | None]


def good(prompt: Prompt) -> int | None:
    """Always the good option."""
    return prompt.incident.good.number


def weak(prompt: Prompt) -> int | None:
    """Always the first weaker option."""
    return next(c.number for c in prompt.incident.choices if c.quality is Quality.weak)


def silent(prompt: Prompt) -> int | None:
    """Never answers: every prompt runs out of time."""
    return None


@dataclass
class Played:
    """What the scripted chair saw while playing."""

    prompts: list[Prompt]
    feedback: list[Feedback]


def play(
    rehearsal: Rehearsal,
    clock: FakeClock,
    *,
    answer: Answer = good,
    stay: Callable[[int], float] = lambda index: 1.0,
    turns: bool = True,
    think: float = 2.0,
    step: float = 0.25,
) -> Played:
    """Play the rehearsal to its end and finish it.

    `stay(phase_index)` is the fraction of the planned time the chair stays in a phase;
    `turns` presses "next turn" evenly so every round completes before the chair leaves;
    `think` real seconds pass before each answer; `step` real seconds per tick.
    """
    played = Played([], [])
    rehearsal.start()
    while True:
        state = rehearsal.state
        index = state.index
        planned = state.planned(index)
        target = (planned.total_seconds() if planned else UNTIMED_STAY) * stay(index)
        presses = len(state.turn_order) if state.is_round and turns else 0
        pressed = 0
        while True:
            elapsed = rehearsal.session.elapsed()
            due = (
                presses and pressed < presses and elapsed >= target * (pressed + 1) / (presses + 1)
            )
            if due and rehearsal.prompt is None:
                rehearsal.session.next_turn()
                pressed += 1
                continue
            outcome = rehearsal.tick()
            if isinstance(outcome, Feedback):
                played.feedback.append(outcome)
            if rehearsal.prompt is not None:
                prompt = rehearsal.prompt
                played.prompts.append(prompt)
                choice = answer(prompt)
                if choice is None:
                    clock.advance(prompt.limit + step)
                    feedback = rehearsal.tick()
                    assert isinstance(feedback, Feedback)
                    played.feedback.append(feedback)
                else:
                    clock.advance(think)
                    played.feedback.append(rehearsal.answer(choice))
                continue
            if elapsed >= target:
                break
            clock.advance(step)
        if rehearsal.state.next_index() is None:
            rehearsal.finish()
            return played
        rehearsal.next_phase()


def load_method(method_id: str) -> Method:
    """A bundled method straight from its YAML file (no loader needed for these tests)."""
    return _read(METHODS_DIR / f"{method_id}.yaml")


def load_frozen(method_id: str) -> Method:
    """A method as it was when the exact figures of the drill tests were worked out."""
    return _read(FROZEN_DIR / f"{method_id}.yaml")


def _read(path: Path) -> Method:
    return Method.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def bundled_ids() -> list[str]:
    """Every bundled method id for a case, sorted (the meeting's parts are not rehearsed)."""
    from intervisie_tui.library import load_library

    return sorted(load_library(user=False).case_methods)
