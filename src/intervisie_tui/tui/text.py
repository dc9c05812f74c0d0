"""Small formatting helpers shared by the screens: minutes, names, method text per language."""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

from intervisie_tui.model.method import Method, Role, Rule, Step
from intervisie_tui.tui.i18n import Lang, language, pick


def minutes(value: float | None) -> str:
    """Minutes as a person writes them: '15', '3,5' in Dutch, '3.5' in English; '–' untimed."""
    if value is None:
        return "–"
    text = f"{value:g}"
    return text.replace(".", ",") if language() is Lang.nl else text


def clock(seconds: float, *, up: bool = False) -> str:
    """A duration as m:ss (no sign), for the timeline: time spent rounded down, a plan `up`.

    The big clock rounds the time left up, so a phase paused 4.6 s into its two minutes shows
    01:56 there; rounding what was spent down gives 0:04/2:00 beside it, and the two always
    add up to the plan the room reads.
    """
    whole = math.ceil(abs(seconds) - 1e-9) if up else math.floor(abs(seconds) + 1e-9)
    return f"{whole // 60}:{whole % 60:02d}"


def names(people: Iterable[str]) -> str:
    """Names joined for one projected line."""
    return ", ".join(people)


def step_title(step: Step) -> str:
    """A step's title in the UI language."""
    return pick(step.title, step.title_en)


def method_title(method: Method) -> str:
    """A method's title in the UI language."""
    return pick(method.title, method.title_en)


def method_purpose(method: Method) -> str:
    """A method's purpose in the UI language."""
    return pick(method.purpose, method.purpose_en)


def role_name(role: Role) -> str:
    """A role's name in the UI language."""
    return pick(role.name, role.name_en)


def rule_reminder(rule: Rule) -> str:
    """A rule's short reminder in the UI language."""
    return pick(rule.reminder, rule.reminder_en)


def first_sentence(text: str, limit: int = 100) -> str:
    """The first sentence of `text`, cut at `limit` characters: a purpose in one line."""
    sentence = text.strip().split(". ")[0].rstrip(".")
    flat = " ".join(sentence.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def shown_path(path: Path) -> Path:
    """`path` relative to the working folder when it is inside it: shorter on a projector."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path
