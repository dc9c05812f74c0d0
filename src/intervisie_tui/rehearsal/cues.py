"""Cue cards: what a chair says and watches for when a phase begins.

A chair who has never led a method does not yet know the words; the card puts them in front of
the chair at the moment they are needed, taken straight from the method file so that the
rehearsal teaches exactly the method the real meeting will use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from intervisie_tui.messages import Lang, pick
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


def _each(dutch: Sequence[str], english: Sequence[str], lang: Lang) -> tuple[str, ...]:
    """A list in `lang`: the English twins where there is one for every item, else Dutch."""
    if lang is Lang.en and len(english) == len(dutch):
        return tuple(english)
    return tuple(dutch)


def cue_card(method: Method, step: Step, lang: Lang = Lang.nl) -> CueCard:
    """The cue card for `step` in `lang`; undeclared rules are left out, not invented."""
    known = {rule.id: rule for rule in method.rules}
    rules = tuple(
        RuleCue(
            rule.id,
            pick(rule.reminder, rule.reminder_en, lang),
            pick(rule.explanation, rule.explanation_en, lang),
        )
        for rule in (known[rule_id] for rule_id in step.rules if rule_id in known)
    )
    opening = pick(step.opening, step.opening_en, lang) if step.opening else None
    return CueCard(
        step_id=step.id,
        title=pick(step.title, step.title_en, lang),
        opening=opening,
        rules=rules,
        watch_for=_each(step.watch_for, step.watch_for_en, lang),
        questions=_each(step.questions, step.questions_en, lang),
    )
