"""Where a method that is written in two languages says something in Dutch but not in English.

An English-speaking group sees the method's own words on the wall: the step description, the
chair's opening words, the rule explanations, the rehearsal incidents. A field with Dutch text and
no English twin falls back to Dutch on an English screen, so `check` warns about each one, at the
Dutch field, so an author can add the English beside it.

Only a method that gives English for some of its prose is held to all of it. A method written in
Dutch alone (a Dutch group's own method) is a choice, not a slip: on an English screen it shows in
Dutch, marked as such, and `check` stays quiet rather than bury real problems under a warning for
every sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from intervisie_tui.model.method import Method, Response
from intervisie_tui.model.references import Finding, Loc, Severity

#: Prose fields per part of a method: the Dutch field name; its twin is the name plus "_en".
_ROLE = ("description",)
_RULE = ("explanation",)
_STEP = ("description", "opening", "questions", "watch_for")
_RESPONSE = ("text", "why")
_FIT = ("prepare", "when")


def _missing(part: object, fields: tuple[str, ...], loc: Loc) -> Iterator[Finding]:
    for field in fields:
        if getattr(part, field) and not getattr(part, f"{field}_en"):
            yield Finding(
                (*loc, field),
                f"'{field}' has no English: add '{field}_en' beside it, in your own words",
                Severity.warning,
            )


def _responses(good: Response, weaker: list[Response], loc: Loc) -> Iterator[Finding]:
    yield from _missing(good, _RESPONSE, (*loc, "good"))
    for index, response in enumerate(weaker):
        yield from _missing(response, _RESPONSE, (*loc, "weaker", index))


def _twins(part: object, fields: tuple[str, ...]) -> bool:
    return any(getattr(part, f"{field}_en") for field in fields)


def is_bilingual(method: Method) -> bool:
    """True when the method gives English for any of its prose (titles and names aside)."""
    responses = [r for i in method.incidents for r in (i.good, *i.weaker)]
    return (
        _twins(method, ("purpose",))
        or (method.fit is not None and _twins(method.fit, _FIT))
        or any(_twins(role, _ROLE) for role in method.roles)
        or any(_twins(rule, _RULE) for rule in method.rules)
        or any(_twins(step, _STEP) for step in method.steps)
        or any(_twins(incident, ("text",)) for incident in method.incidents)
        or any(_twins(response, _RESPONSE) for response in responses)
    )


def missing_english(method: Method) -> list[Finding]:
    """A warning for every prose field with Dutch but no English, in a method that has English."""
    if not is_bilingual(method):
        return []
    found = list(_missing(method, ("purpose",), ()))
    if method.fit is not None:
        found += _missing(method.fit, _FIT, ("fit",))
    for index, role in enumerate(method.roles):
        found += _missing(role, _ROLE, ("roles", index))
    for index, rule in enumerate(method.rules):
        found += _missing(rule, _RULE, ("rules", index))
    for index, step in enumerate(method.steps):
        found += _missing(step, _STEP, ("steps", index))
    for index, prompt in enumerate(method.phase_prompts):
        found += _missing(prompt, ("text",), ("phase_prompts", index))
    for index, incident in enumerate(method.incidents):
        found += _missing(incident, ("text",), ("incidents", index))
        found += _responses(incident.good, incident.weaker, ("incidents", index))
    return found
