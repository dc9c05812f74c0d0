"""Where a method says something in Dutch but not in English.

An English-speaking group sees the method's own words on the wall: the step description, the
chair's opening words, the rule explanations, the rehearsal incidents. A field with Dutch text and
no English twin falls back to Dutch on an English screen (marked as Dutch), so `check` warns about
each one, at the Dutch field, so an author can add the English beside it.

A method that gives English for some of its prose is being translated: every gap is listed, since
its author is filling them in. A method written in Dutch alone (a Dutch group's own method) would
get a warning for nearly every sentence and bury its real problems under them, so `check` names
its first few gaps, each at its line and column, and counts the rest in one more warning.
"""

from __future__ import annotations

from collections.abc import Iterator

from intervisie_tui.messages import Msg
from intervisie_tui.model.method import Method, Response
from intervisie_tui.model.references import Finding, Loc, Severity

#: Prose fields per part of a method: the Dutch field name; its twin is the name plus "_en".
_ROLE = ("description",)
_RULE = ("explanation",)
_STEP = ("description", "opening", "questions", "watch_for", "capture_label")
_TURNS = ("item",)
_RESPONSE = ("text", "why")
_FIT = ("prepare", "when")
_TOTAL = ("note",)
#: Gaps named one by one in a method written in Dutch alone; the rest are counted.
NAMED_IN_DUTCH_ONLY = 3


def _gaps(part: object, fields: tuple[str, ...], loc: Loc) -> Iterator[tuple[Loc, str]]:
    for field in fields:
        if getattr(part, field) and not getattr(part, f"{field}_en"):
            yield (*loc, field), field


def _responses(good: Response, weaker: list[Response], loc: Loc) -> Iterator[tuple[Loc, str]]:
    yield from _gaps(good, _RESPONSE, (*loc, "good"))
    for index, response in enumerate(weaker):
        yield from _gaps(response, _RESPONSE, (*loc, "weaker", index))


def _all_gaps(method: Method) -> Iterator[tuple[Loc, str]]:
    """Every prose field with Dutch and no English, in the order the file has them."""
    yield from _gaps(method, ("purpose",), ())
    if method.fit is not None:
        yield from _gaps(method.fit, _FIT, ("fit",))
    for index, role in enumerate(method.roles):
        yield from _gaps(role, _ROLE, ("roles", index))
    for index, rule in enumerate(method.rules):
        yield from _gaps(rule, _RULE, ("rules", index))
    for index, step in enumerate(method.steps):
        yield from _gaps(step, _STEP, ("steps", index))
        yield from _gaps(step.turns, _TURNS, ("steps", index, "turns"))
    for index, prompt in enumerate(method.phase_prompts):
        yield from _gaps(prompt, ("text",), ("phase_prompts", index))
    if method.total is not None:
        yield from _gaps(method.total, _TOTAL, ("total",))
    for index, incident in enumerate(method.incidents):
        yield from _gaps(incident, ("text",), ("incidents", index))
        yield from _responses(incident.good, incident.weaker, ("incidents", index))


def _twins(part: object, fields: tuple[str, ...]) -> bool:
    return any(getattr(part, f"{field}_en") for field in fields)


def is_bilingual(method: Method) -> bool:
    """True when the method gives English for any of its prose (titles, names and items aside)."""
    responses = [r for i in method.incidents for r in (i.good, *i.weaker)]
    return (
        _twins(method, ("purpose",))
        or (method.fit is not None and _twins(method.fit, _FIT))
        or (method.total is not None and _twins(method.total, _TOTAL))
        or any(_twins(role, _ROLE) for role in method.roles)
        or any(_twins(rule, _RULE) for rule in method.rules)
        or any(_twins(step, _STEP) for step in method.steps)
        or any(_twins(prompt, ("text",)) for prompt in method.phase_prompts)
        or any(_twins(incident, ("text",)) for incident in method.incidents)
        or any(_twins(response, _RESPONSE) for response in responses)
    )


def _gap(loc: Loc, field: str) -> Finding:
    return Finding(
        loc,
        Msg("check.no_english", field=field),
        Severity.warning,
    )


def missing_english(method: Method) -> list[Finding]:
    """A warning for each prose field with Dutch but no English; in Dutch alone, the first few.

    The count of the rest sits at the next gap, so the author who starts translating knows where
    to go on and how much is left.
    """
    gaps = list(_all_gaps(method))
    if is_bilingual(method) or len(gaps) <= NAMED_IN_DUTCH_ONLY + 1:
        return [_gap(loc, field) for loc, field in gaps]
    named = [_gap(loc, field) for loc, field in gaps[:NAMED_IN_DUTCH_ONLY]]
    rest = gaps[NAMED_IN_DUTCH_ONLY:]
    next_loc, _field = rest[0]
    summary = Finding(
        next_loc,
        Msg("check.more_no_english", count=len(rest)),
        Severity.warning,
    )
    return [*named, summary]
