"""A scripted chair for headless rehearsal tests: plays a whole rehearsal on a fake clock.

Kept apart from the tests so the per-method test, the determinism test and the figure checks
all play by the same, readable rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from intervisie_tui.model import Method
from intervisie_tui.rehearsal.drill import Feedback, Heard, Prompt, Rehearsal
from intervisie_tui.rehearsal.scoring import FalseAlarm
from intervisie_tui.rehearsal.script import Quality
from intervisie_tui.session.clock import FakeClock

METHODS_DIR = Path(__file__).resolve().parents[2] / "methods"
#: Frozen copies of bundled methods for the tests that check exact debrief figures: authors add
#: incidents to the library, and those figures must only move when the rehearsal logic does.
FROZEN_DIR = Path(__file__).resolve().parent / "data"

#: Untimed phases are left after this many method seconds.
UNTIMED_STAY = 120.0

Answer = Callable[[Prompt], int | None]
Notice = Callable[[Heard], bool]


def good(prompt: Prompt) -> int | None:
    """Always the good option."""
    return prompt.incident.good.number


def weak(prompt: Prompt) -> int | None:
    """Always the first weaker option."""
    return next(c.number for c in prompt.incident.choices if c.quality is Quality.weak)


def undecided(prompt: Prompt) -> int | None:
    """Intervenes, then never chooses: the choosing time runs out."""
    return None


def breaches(heard: Heard) -> bool:
    """A chair who notices every breach and nothing else."""
    return heard.line.breach is not None


def deaf(heard: Heard) -> bool:
    """A chair who never intervenes."""
    return False


@dataclass
class Played:
    """What the scripted chair saw and did while playing."""

    heard: list[Heard] = field(default_factory=list)
    prompts: list[Prompt] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)
    alarms: list[FalseAlarm] = field(default_factory=list)


def play(
    rehearsal: Rehearsal,
    clock: FakeClock,
    *,
    notice: Notice = breaches,
    answer: Answer = good,
    react: float = 2.0,
    stay: Callable[[int], float] = lambda index: 1.0,
    turns: bool = True,
    think: float = 2.0,
    step: float = 0.25,
) -> Played:
    """Play the rehearsal to its end and finish it.

    Each phase: the chair says the opening words (Enter), then listens; on a line `notice`
    picks she intervenes `react` real seconds later and answers with `answer` after `think`.
    `stay(phase_index)` is the fraction of the planned time she stays in a phase; `turns`
    presses "next turn" evenly so every round completes; `step` real seconds per tick.
    """
    played = Played()
    rehearsal.start()
    while True:
        assert rehearsal.awaiting_opening
        assert rehearsal.opening_said()
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
            if due:
                rehearsal.session.next_turn()
                pressed += 1
                continue
            for heard in rehearsal.tick():
                played.heard.append(heard)
                if not notice(heard):
                    continue
                clock.advance(react)
                outcome = rehearsal.intervene()
                if isinstance(outcome, FalseAlarm):
                    played.alarms.append(outcome)
                    continue
                played.prompts.append(outcome)
                choice = answer(outcome)
                if choice is None:
                    clock.advance(outcome.limit + step)
                    played.feedback.append(rehearsal.expire())
                else:
                    clock.advance(think)
                    played.feedback.append(rehearsal.answer(choice))
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
