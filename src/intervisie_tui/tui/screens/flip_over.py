"""What the flip-over shows: the phase's notes (or the items a rating step rates), under the
lines that stay for the whole case."""

from __future__ import annotations

from intervisie_tui.session import Note, SessionState
from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.screens.run_case import can_set_first_step, can_set_question


def flip_notes(state: SessionState) -> tuple[Note, ...]:
    """What the flip-over shows: this phase's notes, or in a rating step the items to rate.

    A rating step ("vragen waarderen") rates what an earlier step of the same case collected,
    so it shows every note of the kinds it captures from the current case.
    """
    step = state.phase.step
    if not step.ratings:
        return state.notes_of(state.index)
    case = state.phase.case
    kinds = set(step.capture)
    return tuple(
        note
        for note in state.notes
        if state.phases[note.phase].case == case and (not kinds or note.kind in kinds)
    )


#: One line pinned above the notes: its label, its text, and whether it is only a hint (the
#: key that fills it), shown dim.
Pinned = tuple[str, str, bool]


def pinned_lines(state: SessionState) -> tuple[Pinned, ...]:
    """What stays on the flip-over for the whole case: its question and, once said, the
    inbrenger's first step (the notes below change with every phase). Where the chair can
    fill one in now and it is still empty, the line says which key does it: the footer has
    no room for keys that only some phases use."""
    case = state.case
    if case is None:
        return ()
    lines: list[Pinned] = []
    if case.question:
        lines.append((tr("cases.run.question"), case.question, False))
    elif can_set_question(state):
        lines.append((tr("cases.run.question"), tr("cases.run.question_hint"), True))
    first_step = state.first_step(state.phase.item, state.phase.case or 0)
    if first_step:
        lines.append((tr("cases.run.first_step"), first_step, False))
    elif can_set_first_step(state):
        lines.append((tr("cases.run.first_step"), tr("cases.run.first_step_hint"), True))
    return tuple(lines)
