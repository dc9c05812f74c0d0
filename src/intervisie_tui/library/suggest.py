"""Which methods suit a case: the kind of question, the minutes left and the group's size.

The chair picks a method per case while building the agenda, often with a clock already set.
Reading every method's `fit:` block in her head is slow; this ranks the library for one case and
says why, as catalogue messages, so the set-up shows the same reasons in Dutch and in English
and a test can compare them without parsing words. Pure: methods and numbers in, a ranked list
out; no method is left out, only ordered, because the chair may know better.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from intervisie_tui.messages import Msg
from intervisie_tui.model.method import Method, QuestionKind


class KindMatch(IntEnum):
    """How the method's `fit.questions` meets the case's kind of question (lower is better)."""

    first = 0
    listed = 1
    unknown = 2
    other = 3


class TimeFit(IntEnum):
    """Whether the method fits the minutes left for the case (lower is better)."""

    fits = 0
    without_optional = 1
    unknown = 2
    squeezed = 3


@dataclass(frozen=True)
class Suggestion:
    """One method for one case: how well it fits, and the reasons the chair reads."""

    method: Method
    kind: KindMatch
    time: TimeFit
    group_ok: bool
    #: Why it ranks where it does, best news first; each is said in the chair's language.
    reasons: tuple[Msg, ...]

    @property
    def recommended(self) -> bool:
        """A method the files say suits this case, in the time there is, for this group."""
        return (
            self.kind in (KindMatch.first, KindMatch.listed)
            and self.time in (TimeFit.fits, TimeFit.without_optional, TimeFit.unknown)
            and self.group_ok
        )

    @property
    def rank(self) -> tuple[int, int, int, str]:
        """The sort key: kind of question first, then time, then group size, then the id."""
        return (self.kind, self.time, 0 if self.group_ok else 1, self.method.id)


def case_minutes(method: Method) -> float:
    """The minutes the method asks for one case: a repeated block counted once."""
    return method.computed_minutes


def shortest_minutes(method: Method) -> float:
    """The minutes for one case when every optional step is left out."""
    return sum(step.minutes or 0 for step in method.steps if not step.optional)


def _number(value: float) -> str | Msg:
    """Minutes as the chair reads them elsewhere: whole or a half ("4,5"), never "37.0775"."""
    halves = round(value * 2)
    return str(halves // 2) if halves % 2 == 0 else Msg("setup.plan.half", whole=halves // 2)


def _left(value: float) -> str:
    """The minutes there are, in whole minutes (37.0775 left is 37: not a minute more)."""
    return str(math.floor(value + 1e-9))


def suggest(
    method: Method,
    kind: QuestionKind | None = None,
    minutes_left: float | None = None,
    group_size: int | None = None,
) -> Suggestion:
    """How one method suits a case with this kind of question, time and group (chair included)."""
    fit = method.fit
    reasons: list[Msg] = []
    questions = list(fit.questions) if fit is not None else []
    if kind is None:
        match = KindMatch.unknown
    elif questions and questions[0] is kind:
        match = KindMatch.first
    elif kind in questions:
        match = KindMatch.listed
    else:
        match = KindMatch.other
    if match in (KindMatch.first, KindMatch.listed) and kind is not None:
        key = "suggest.kind_first" if match is KindMatch.first else "suggest.kind_listed"
        reasons.append(Msg(key, kind=Msg(f"fit.kind.{kind.value}")))
    elif match is KindMatch.other:
        if questions:
            said = [Msg(f"fit.kind.{q.value}") for q in questions]
            reasons.append(Msg(f"suggest.kind_other_{min(len(said), 2)}", **_pair(said)))
        else:
            reasons.append(Msg("suggest.kind_unsaid"))

    full, shortest = case_minutes(method), shortest_minutes(method)
    if minutes_left is None:
        time = TimeFit.unknown
        reasons.append(Msg("suggest.minutes", minutes=_number(full)))
    elif full <= minutes_left + 1e-9:
        time = TimeFit.fits
        reasons.append(Msg("suggest.fits", minutes=_number(full), left=_left(minutes_left)))
    elif shortest <= minutes_left + 1e-9:
        time = TimeFit.without_optional
        reasons.append(
            Msg("suggest.fits_shortened", minutes=_number(shortest), left=_left(minutes_left))
        )
    else:
        time = TimeFit.squeezed
        if minutes_left < 1:
            reasons.append(Msg("suggest.no_time_left", minutes=_number(full)))
        else:
            reasons.append(Msg("suggest.too_long", minutes=_number(full), left=_left(minutes_left)))

    group_ok = True
    if group_size is not None and fit is not None:
        if fit.group_min is not None and group_size < fit.group_min:
            group_ok = False
            reasons.append(Msg("suggest.group_small", size=group_size, low=fit.group_min))
        elif fit.group_max is not None and group_size > fit.group_max:
            group_ok = False
            reasons.append(Msg("suggest.group_large", size=group_size, high=fit.group_max))
    return Suggestion(method, match, time, group_ok, tuple(reasons))


def _pair(kinds: list[Msg]) -> dict[str, Msg]:
    """The first one or two kinds a method is for, as the values of a 'meant for' message."""
    if len(kinds) == 1:
        return {"kind": kinds[0]}
    return {"kind": kinds[0], "other": kinds[1]}


def rank_methods(
    methods: Iterable[Method],
    kind: QuestionKind | None = None,
    minutes_left: float | None = None,
    group_size: int | None = None,
) -> tuple[Suggestion, ...]:
    """Every method, best suited first, each with its reasons; none is left out."""
    found = [suggest(method, kind, minutes_left, group_size) for method in methods]
    return tuple(sorted(found, key=lambda suggestion: suggestion.rank))
