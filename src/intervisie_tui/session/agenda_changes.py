"""What the chair changes about the meeting while it runs: items added or dropped, people who
leave or arrive, the case chosen, the first step said, each as the reducer applies it.

Apart from state.py so the reducer stays one readable match; every function here is pure and
raises CommandRejected when the change does not fit the meeting.

Adding an item shifts the phases after it, so every phase number the state holds (the current
phase, dropped phases, notes) moves with it; the journal's later events already carry the new
numbers, so replay gives the same state. Dropping an item keeps its phases, marked dropped, so
numbers never move back and the report can show what was dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import ValidationError

from intervisie_tui.messages import Msg
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.plan import expand_agenda
from intervisie_tui.session.records import CommandRejected, PhaseRecord
from intervisie_tui.session.setup import setup_problem

if TYPE_CHECKING:
    from intervisie_tui.session.state import SessionState


def _agenda(state: SessionState, **changes: object) -> Agenda:
    """The meeting's agenda with changes, checked like a new one."""
    try:
        return state.agenda.changed(**changes)
    except ValidationError as error:
        raise CommandRejected(setup_problem(error)) from error


def _with_agenda(state: SessionState, agenda: Agenda) -> SessionState:
    """The state over a changed agenda: every item's set-up derived again."""
    setups = tuple(agenda.setup_for(i) for i in range(len(agenda.items)))
    return replace(state, agenda=agenda, setups=setups)


def item_added(state: SessionState, position: int, item: AgendaItem) -> SessionState:
    """A new item at `position`: after the running item, anywhere before the start."""
    items = state.agenda.items
    if not 0 <= position <= len(items):
        raise CommandRejected(Msg("agenda.no_such_item", number=position + 1))
    if state.started and position <= state.phase.item:
        raise CommandRejected(Msg("agenda.insert_before_now"))
    agenda = _agenda(state, items=(*items[:position], item, *items[position:]))
    phases = expand_agenda(agenda)
    first = next((p.index for p in state.phases if p.item >= position), len(state.phases))
    new = tuple(p for p in phases if p.item == position)

    def shift(index: int) -> int:
        return index if index < first else index + len(new)

    def later(number: int) -> int:
        return number if number < position else number + 1

    setup = agenda.setup_for(position)
    shifted = replace(
        state,
        phases=phases,
        minutes=(*state.minutes[:first], *(p.minutes for p in new), *state.minutes[first:]),
        records=(*state.records[:first], *(PhaseRecord() for _ in new), *state.records[first:]),
        dropped=frozenset(shift(i) for i in state.dropped),
        dropped_items=frozenset(later(i) for i in state.dropped_items),
        added_items=frozenset({position, *(later(i) for i in state.added_items)}),
        index=shift(state.index) if state.started else state.index,
        notes=tuple(replace(note, phase=shift(note.phase)) for note in state.notes),
        item_cases=(
            *state.item_cases[:position],
            setup.ordered_cases(item.method),
            *state.item_cases[position:],
        ),
        first_steps=(
            *state.first_steps[:position],
            tuple(None for _ in item.cases),
            *state.first_steps[position:],
        ),
    )
    return _with_agenda(shifted, agenda)


def item_dropped(state: SessionState, item: int) -> SessionState:
    """An item that has not started leaves the plan; its phases stay, marked dropped."""
    if not 0 <= item < len(state.agenda.items) or item in state.dropped_items:
        raise CommandRejected(Msg("agenda.no_such_item", number=item + 1))
    phases = state.item_phases(item)
    begun = any(state.records[p.index].first_started is not None for p in phases)
    if begun or (state.started and state.phase.item == item):
        raise CommandRejected(Msg("agenda.item_started", number=item + 1))
    if len(state.agenda.items) - len(state.dropped_items) <= 1:
        raise CommandRejected(Msg("agenda.last_item"))
    dropped = state.dropped | {p.index for p in phases}
    index = state.index
    if not state.started and index in dropped:  # the meeting will begin with the next item
        index = next((p.index for p in state.phases if p.index not in dropped), index)
    return replace(state, dropped=dropped, dropped_items=state.dropped_items | {item}, index=index)


def dropped_with_items(state: SessionState, dropped: tuple[int, ...]) -> frozenset[int]:
    """A plan's dropped phases plus those of dropped items: a new plan never brings an item
    back that the chair dropped."""
    of_items = {p.index for p in state.phases if p.item in state.dropped_items}
    return frozenset(dropped) | of_items


def presence(state: SessionState, name: str, absent: bool) -> SessionState:
    """Someone leaves (no turns from now on) or arrives (turns in every round still to come).

    A name nobody listed who arrives joins the circle: a colleague who came after all. Who
    arrives after the start counts as partly present in the report.
    """
    setups = state.setups
    known = any(
        name in (*setup.everyone, *setup.inner_group, *setup.outer_group) for setup in setups
    )
    if absent:
        if not known:
            raise CommandRejected(Msg("session.not_participant", name=name))
        return replace(state, absent=state.absent | {name}, ever_absent=state.ever_absent | {name})
    late = state.ever_absent | {name} if state.started else state.ever_absent
    if known:
        return replace(state, absent=state.absent - {name}, ever_absent=late)
    if name == state.agenda.chair:
        raise CommandRejected(Msg("setup.chair_participant", name=name))
    agenda = _agenda(state, participants=(*state.agenda.participants, name))
    return _with_agenda(replace(state, ever_absent=late), agenda)


def first_step_set(state: SessionState, item: int, case: int, text: str) -> SessionState:
    """The inbrenger's first step for a case of an item."""
    if not 0 <= item < len(state.first_steps) or not 0 <= case < len(state.first_steps[item]):
        raise CommandRejected(Msg("session.no_such_case"))
    steps = list(state.first_steps[item])
    steps[case] = text
    every = list(state.first_steps)
    every[item] = tuple(steps)
    return replace(state, first_steps=tuple(every))


def inbrenger_chosen(state: SessionState, item: int, case: int, name: str) -> SessionState:
    """The group chose whose case it is, inside the method: the role is that person's now."""
    if not 0 <= item < len(state.item_cases) or not 0 <= case < len(state.item_cases[item]):
        raise CommandRejected(Msg("session.no_such_case"))
    if name not in state.setups[item].everyone:
        raise CommandRejected(Msg("session.not_participant", name=name))
    cases = list(state.item_cases[item])
    cases[case] = cases[case].model_copy(update={"inbrenger": name})
    every = list(state.item_cases)
    every[item] = tuple(cases)
    return replace(state, item_cases=tuple(every))
