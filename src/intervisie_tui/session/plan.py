"""The meeting as a flat list of phases, and fitting that list into the time there is.

A method describes steps once; a meeting runs the repeated block once per case or topic. Turning
that into one flat list up front means the engine only ever moves an index, and "phase 7 of 12"
means the same thing on screen, in the journal and in the report.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from intervisie_tui.messages import Msg, Twin
from intervisie_tui.model.method import Method, Step
from intervisie_tui.session.setup import MeetingSetup

if TYPE_CHECKING:
    from intervisie_tui.session.agenda import Agenda


@dataclass(frozen=True)
class Phase:
    """One step of a method as it is run for one case (or for the whole group).

    `case` indexes the cases of the phase's agenda item in run order (see
    `MeetingSetup.ordered_cases`); None for steps outside the repeated block, which belong to
    the whole group. `item` is the agenda item the phase belongs to (and so its method);
    `scaled` is the step's minutes fitted into the item's own minutes (a shorter break);
    `fixed` says the chair set those minutes herself, so fitting to an end time keeps them (a
    10-minute break stays 10 minutes).
    """

    index: int
    step: Step
    case: int | None
    item: int = 0
    scaled: float | None = None
    fixed: bool = False

    @property
    def minutes(self) -> float | None:
        """The minutes this phase asks for (the method's own, or the item's share); None when
        the chair decides."""
        return self.scaled if self.scaled is not None else self.step.minutes

    @property
    def optional(self) -> bool:
        """Whether the chair may leave this step out."""
        return self.step.optional


def expand_phases(method: Method, setup: MeetingSetup) -> tuple[Phase, ...]:
    """Every phase of the meeting in order: the repeat block once per case.

    A method without a repeat block runs once per case entered (usually one): that is what a
    group does with such a method when several people bring something in.
    """
    cases = setup.ordered_cases(method)
    steps = list(method.steps)
    repeated = method.repeated_steps
    if repeated:
        start = steps.index(repeated[0])
        end = start + len(repeated)
        before, block, after = steps[:start], steps[start:end], steps[end:]
    else:
        before, block, after = [], steps, []
    counted: list[tuple[Step, int | None]] = [(step, None) for step in before]
    for case_index in range(len(cases)):
        counted.extend((step, case_index) for step in block)
    if not cases:  # a part of the meeting, or a method whose topics are chosen inside it
        counted.extend((step, None) for step in block)
    counted.extend((step, None) for step in after)
    return tuple(Phase(i, step, case) for i, (step, case) in enumerate(counted))


def said_minutes(minutes: float) -> int | Msg:
    """Minutes as the chair reads them: to the nearest half, "10" or "4,5" (or "4.5").

    An end time gives the available minutes to the second (9.95623); the chair thinks in
    minutes. The half is a message, so each language writes its own decimal sign.
    """
    halves = round(minutes * 2)
    if halves % 2 == 0:
        return halves // 2
    return Msg("setup.plan.half", whole=halves // 2)


def expand_agenda(agenda: Agenda) -> tuple[Phase, ...]:
    """Every phase of the whole meeting: each item's phases in turn, numbered as one list.

    An item with its own `minutes` has its timed steps scaled to them, in whole minutes.
    """
    phases: list[Phase] = []
    for item_index, item in enumerate(agenda.items):
        own = expand_phases(item.method, agenda.setup_for(item_index))
        shares: dict[int, float] = {}
        timed = [p for p in own if p.step.minutes is not None]
        if item.minutes is not None and timed:
            whole = _scale_whole([p.step.minutes or 0 for p in timed], math.floor(item.minutes))
            shares = {p.index: float(m) for p, m in zip(timed, whole, strict=True)}
        offset = len(phases)
        phases.extend(
            Phase(
                offset + p.index,
                p.step,
                p.case,
                item_index,
                shares.get(p.index),
                fixed=item.minutes is not None,
            )
            for p in own
        )
    return tuple(phases)


@dataclass(frozen=True)
class PlanEntry:
    """One phase in a proposed plan: what the method says and what the chair would get."""

    index: int
    title: str
    case: int | None
    method_minutes: float | None
    minutes: float | None
    dropped: bool = False
    #: The step's English title, for a plan shown under --lang en.
    title_en: str | None = None
    item: int = 0


@dataclass(frozen=True)
class Plan:
    """A proposal the chair sees before accepting it: minutes per phase and what was dropped."""

    entries: tuple[PlanEntry, ...]
    available_minutes: float

    @property
    def planned_minutes(self) -> float:
        """Total of the minutes the plan gives to the phases it keeps."""
        return sum(e.minutes or 0 for e in self.entries if not e.dropped)

    @property
    def method_minutes(self) -> float:
        """Total the method itself asks for these phases, optional steps included."""
        return sum(e.method_minutes or 0 for e in self.entries)

    @property
    def dropped(self) -> tuple[PlanEntry, ...]:
        """The optional phases the plan leaves out."""
        return tuple(e for e in self.entries if e.dropped)

    @property
    def fits(self) -> bool:
        """False when even one minute per step is more than the time there is."""
        return self.planned_minutes <= self.available_minutes + 1e-9

    @property
    def changes(self) -> bool:
        """Whether the plan differs from the method's own minutes (shorter steps, a dropped
        step, or no fit at all): then the chair must see it before it applies."""
        return not self.fits or any(
            e.dropped or e.minutes != e.method_minutes for e in self.entries
        )

    @property
    def short_by(self) -> float:
        """Minutes more than there are, even at one minute per step (0 when it fits)."""
        return max(0.0, self.planned_minutes - self.available_minutes)

    def summary(self) -> tuple[Msg, ...]:
        """What fits and what had to give, as messages the set-up screen says one after another."""
        parts = [
            Msg(
                "setup.plan.summary",
                planned=said_minutes(self.planned_minutes),
                available=said_minutes(self.available_minutes),
                method=said_minutes(self.method_minutes),
            )
        ]
        if self.dropped:
            titles = Twin(
                ", ".join(e.title for e in self.dropped),
                ", ".join(e.title_en or e.title for e in self.dropped),
            )
            parts.append(Msg("setup.plan.dropped", titles=titles))
        if not self.fits:
            parts.append(Msg("setup.plan.does_not_fit", short=said_minutes(self.short_by)))
        return tuple(parts)


def agenda_plan(agenda: Agenda, now: datetime) -> Plan | None:
    """The whole agenda fitted to its end time before anything starts; None without one.

    What `run --agenda` shows the chair before the meeting begins (the same fitting a started
    meeting gets from `propose_plan`).
    """
    if agenda.until is None:
        return None
    return fit_plan(expand_agenda(agenda), (agenda.until - now).total_seconds() / 60)


def _scale_whole(minutes: Sequence[float], available: int, *, shrink: bool = False) -> list[int]:
    """Scale to whole minutes summing to at most `available`, at least 1 each.

    Largest-remainder rounding keeps the proportions as close as whole minutes allow. When
    the plan shrinks (`shrink`), no step gets more than the method gives it (never less than
    1): rounding 1,5 up to 2 while 4,5 went down to 2 took time from the step that needed it.
    """
    total = sum(minutes)
    if not minutes:
        return []
    if available <= len(minutes):
        return [1] * len(minutes)
    raw = [m * available / total for m in minutes]
    cap = [max(1.0, m) if shrink else math.inf for m in minutes]
    result = [max(1, math.floor(min(r, c))) for r, c in zip(raw, cap, strict=True)]
    leftover = available - sum(result)
    by_remainder = sorted(range(len(raw)), key=lambda i: (-(raw[i] - result[i]), i))
    while leftover > 0:
        room = [i for i in by_remainder if result[i] + 1 <= cap[i]]
        if not room:
            break
        for i in room:
            if leftover <= 0:
                break
            result[i] += 1
            leftover -= 1
    while leftover < 0:  # the at-least-1 rule pushed the sum over: take from the largest
        largest = max(range(len(result)), key=lambda i: (result[i], -i))
        result[largest] -= 1
        leftover += 1
    return result


def fit_plan(phases: Sequence[Phase], available_minutes: float, *, stretch: bool = False) -> Plan:
    """Fit the given phases into the available minutes.

    When the method's minutes fit, they stay as they are (the method's timing is deliberate)
    unless `stretch` asks to fill the time. When they do not fit, optional steps go first
    (the last one first); if it still does not fit, every timed step is scaled down
    proportionally to whole minutes, at least 1 each and none above the method's own.
    Untimed steps stay untimed; minutes the chair set herself (`Phase.fixed`) stay as set and
    come off the time first.
    """
    available = max(0.0, available_minutes)
    available -= sum(p.minutes or 0 for p in phases if p.fixed)
    available = max(0.0, available)
    timed = [p for p in phases if p.minutes is not None and not p.fixed]
    dropped: set[int] = set()
    total = sum(p.minutes or 0 for p in timed)
    for phase in reversed(timed):
        if total <= available:
            break
        if phase.optional:
            dropped.add(phase.index)
            total -= phase.minutes or 0
    kept = [p for p in timed if p.index not in dropped]
    scaled: dict[int, float] = {p.index: p.minutes or 0 for p in kept}
    if kept and (total > available or (stretch and total < available)):
        whole = _scale_whole(
            [p.minutes or 0 for p in kept], math.floor(available), shrink=total > available
        )
        scaled = {p.index: float(m) for p, m in zip(kept, whole, strict=True)}
    entries = tuple(
        PlanEntry(
            index=p.index,
            title=p.step.title,
            title_en=p.step.title_en,
            case=p.case,
            method_minutes=p.minutes,
            minutes=None if p.minutes is None else scaled.get(p.index, p.minutes),
            dropped=p.index in dropped,
            item=p.item,
        )
        for p in phases
    )
    return Plan(entries=entries, available_minutes=max(0.0, available_minutes))
