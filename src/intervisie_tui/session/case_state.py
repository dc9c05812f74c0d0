"""The reducer's part for events about the case itself: who brings it, its question, and who
volunteered to speak.

Apart from state.py so each module stays a size one can read; `state.apply` hands these
events here, so live meetings and replayed journals still go through the one reducer.
"""

from __future__ import annotations

from dataclasses import replace

from intervisie_tui.messages import Msg
from intervisie_tui.model.method import TurnMode
from intervisie_tui.session.events import QuestionSet, VolunteersSet
from intervisie_tui.session.roles import round_order
from intervisie_tui.session.setup import MAX_QUESTION
from intervisie_tui.session.state import CommandRejected, SessionState


def may_volunteer(state: SessionState) -> tuple[str, ...]:
    """Who may volunteer in the current phase: the step's speakers (the chair and a
    set-apart inbrenger left out, as in any round), in seating order; empty elsewhere."""
    if state.phase.step.turns.mode is not TurnMode.volunteers:
        return ()
    return round_order(state.method, state.setup, state.phase, state.case)


def apply_case_event(state: SessionState, event: QuestionSet | VolunteersSet) -> SessionState:
    """The state after one case event; CommandRejected when it does not fit the meeting."""
    match event:
        case QuestionSet(item=item, case=case, text=text):
            if len(text) > MAX_QUESTION:
                raise CommandRejected(Msg("setup.question_long", limit=MAX_QUESTION))
            return _with_case(state, item, case, question=text)
        case VolunteersSet(phase=phase, names=names):
            return _with_volunteers(state, phase, names)


def _with_case(state: SessionState, item: int, index: int, **changes: object) -> SessionState:
    """The state with case `index` of agenda item `item` changed; CommandRejected when there is
    no such case."""
    if not 0 <= item < len(state.item_cases) or not 0 <= index < len(state.item_cases[item]):
        raise CommandRejected(Msg("session.no_such_case"))
    cases = list(state.item_cases[item])
    cases[index] = cases[index].model_copy(update=changes)
    every = list(state.item_cases)
    every[item] = tuple(cases)
    return replace(state, item_cases=tuple(every))


def _with_volunteers(state: SessionState, phase: int, names: tuple[str, ...]) -> SessionState:
    """The state with the volunteers of `phase`: only people who could speak in its round,
    each once (the chair and a listening inbrenger are never volunteers)."""
    if not 0 <= phase < len(state.phases):
        raise CommandRejected(Msg("session.no_such_phase"))
    where = state.phases[phase]
    if where.step.turns.mode is not TurnMode.volunteers:
        raise CommandRejected(Msg("cases.no_volunteers_round"))
    method = state.agenda.items[where.item].method
    allowed = round_order(method, state.setups[where.item], where, state.case_of(where))
    for name in names:
        if name not in allowed:
            raise CommandRejected(Msg("session.no_turn", name=name))
    if len(set(names)) != len(names):
        raise CommandRejected(Msg("cases.volunteer_twice"))
    kept = tuple((index, listed) for index, listed in state.volunteers if index != phase)
    return replace(state, volunteers=(*kept, (phase, tuple(names))))
