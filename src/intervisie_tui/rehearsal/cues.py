"""Cue cards: what a chair says and watches for when a phase begins.

A chair who has never led a method does not yet know the words; the card puts them in front of
the chair at the moment they are needed, taken straight from the method file so that the
rehearsal teaches exactly the method the real meeting will use.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_tui.model import Method, Step


@dataclass(frozen=True)
class RuleCue:
    """A rule to announce: the short reminder the room sees, and what to say when it is broken."""

    id: str
    reminder: str
    explanation: str


@dataclass(frozen=True)
class CueCard:
    """Everything the chair needs at the start of one phase, in the order a chair uses it."""

    step_id: str
    title: str
    opening: str | None
    rules: tuple[RuleCue, ...]
    watch_for: tuple[str, ...]
    questions: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        """True when the method gives the chair nothing to say or watch in this phase."""
        return not (self.opening or self.rules or self.watch_for or self.questions)


def cue_card(method: Method, step: Step) -> CueCard:
    """The cue card for `step`; rules the method does not declare are left out, not invented."""
    known = {rule.id: rule for rule in method.rules}
    rules = tuple(
        RuleCue(rule.id, rule.reminder, rule.explanation)
        for rule in (known[rule_id] for rule_id in step.rules if rule_id in known)
    )
    return CueCard(
        step_id=step.id,
        title=step.title,
        opening=step.opening,
        rules=rules,
        watch_for=tuple(step.watch_for),
        questions=tuple(step.questions),
    )
