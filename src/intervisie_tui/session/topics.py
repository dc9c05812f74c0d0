"""Topics collected inside a method become the passes of its repeated block.

Quick advice rounds (adviesrondes) begin with a round in which each participant names a topic
and scores it 1-10; then the block "present, three advice rounds, evaluate" runs once per topic,
the highest score first. Before this, the notes written in that round were only notes: the
block kept the method's default three passes, with nobody named. Now each topic note, written
while its owner had the turn ("Roosters plannen: 8"), is a pass with that inbrenger, that
question and that score, in order of the scores (`topics_written`); the plan is fitted again at
once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import ValidationError

from intervisie_tui.messages import Msg
from intervisie_tui.model.method import Capture, Choice
from intervisie_tui.session.plan import expand_agenda
from intervisie_tui.session.records import CommandRejected, PhaseRecord
from intervisie_tui.session.setup import MAX_QUESTION, Case, setup_problem

if TYPE_CHECKING:
    from intervisie_tui.session.state import Note, SessionState

#: "Roosters plannen: 8", "Roosters plannen (8)", "Roosters plannen 8": a topic and its score.
_SCORED = re.compile(r"^(?P<topic>.+?)\s*(?::\s*|\(\s*|\s)(?P<score>10|[1-9])\s*\)?\s*$")


def parse_topic(text: str) -> tuple[str, int | None]:
    """The topic and its score (1-10) from a note as the chair typed it; no score: None."""
    found = _SCORED.match(text.strip())
    if found is None:
        return text.strip(), None
    return found["topic"].rstrip(" :(-"), int(found["score"])


def collecting_phase(state: SessionState, item: int) -> int | None:
    """The phase of agenda item `item` in which its method collects the topics, if any."""
    method = state.agenda.items[item].method
    step = method.choosing_step(Choice.topics)
    if step is None:
        return None
    return next((p.index for p in state.item_phases(item) if p.step is step), None)


def topics_written(state: SessionState, item: int) -> tuple[Case, ...] | None:
    """The item's passes after the topics on the flip-over of its collecting phase; None when
    the item collects no topics or no topic was written while its owner had the turn.

    A topic belongs to whoever had the turn when the chair wrote it (a note written outside
    the round stays a note). Someone named at the set-up keeps their pass, with the topic as
    its question and the score said now (or the set-up's); someone new gets a pass of their
    own; the open passes the set-up left unnamed give way to the topics. One pass a person:
    a second topic of the same person corrects the first.
    """
    phase = collecting_phase(state, item)
    if phase is None:
        return None
    notes: list[tuple[str, Note]] = [
        (n.by, n) for n in state.notes_of(phase) if n.kind is Capture.topics and n.by is not None
    ]
    if not notes:
        return None
    passes = {case.inbrenger: case for case in state.agenda.items[item].cases if case.inbrenger}
    for owner, note in notes:
        topic, score = parse_topic(note.text)
        known = passes.get(owner)
        if score is None and known is not None:
            score = known.importance
        passes[owner] = Case(inbrenger=owner, question=topic[:MAX_QUESTION], importance=score)
    return tuple(passes.values())


def topics_chosen(state: SessionState, item: int, topics: tuple[Case, ...]) -> SessionState:
    """The item's repeated block run once per topic (highest score first), replacing the
    passes planned so far; CommandRejected once one of those passes has begun."""
    if not 0 <= item < len(state.agenda.items) or not topics:
        raise CommandRejected(Msg("session.no_such_case"))
    method = state.agenda.items[item].method
    if method.repeat is None or collecting_phase(state, item) is None:
        raise CommandRejected(Msg("topics.not_collected"))
    own = state.item_phases(item)
    before = [step.id for step in method.steps].index(method.repeat.first)
    first = own[0].index + before
    end = own[-1].index + 1
    begun = any(state.records[i].first_started is not None for i in range(first, end))
    if begun or (state.started and first <= state.index < end):
        raise CommandRejected(Msg("topics.passes_begun"))
    items = list(state.agenda.items)
    items[item] = items[item].model_copy(update={"cases": topics})
    try:
        agenda = state.agenda.changed(items=tuple(items))
    except ValidationError as error:
        raise CommandRejected(setup_problem(error)) from error
    phases = expand_agenda(agenda)
    new = [p for p in phases if p.item == item][before:]
    delta = len(new) - (end - first)

    def shift(index: int) -> int:
        return index if index < first else index + delta

    if any(first <= note.phase < end for note in state.notes):
        raise CommandRejected(Msg("topics.passes_begun"))
    setups = tuple(agenda.setup_for(i) for i in range(len(agenda.items)))
    every_case = list(state.item_cases)
    every_case[item] = setups[item].ordered_cases(method)
    steps = list(state.first_steps)
    steps[item] = tuple(None for _ in topics)
    return replace(
        state,
        agenda=agenda,
        setups=setups,
        phases=phases,
        minutes=(*state.minutes[:first], *(p.minutes for p in new), *state.minutes[end:]),
        records=(*state.records[:first], *(PhaseRecord() for _ in new), *state.records[end:]),
        dropped=frozenset(shift(i) for i in state.dropped if not first <= i < end),
        index=shift(state.index),
        notes=tuple(replace(note, phase=shift(note.phase)) for note in state.notes),
        volunteers=tuple(
            (shift(phase), names) for phase, names in state.volunteers if not first <= phase < end
        ),
        item_cases=tuple(every_case),
        first_steps=tuple(steps),
    )
