"""The run screen's keys about the case itself: whose it is, its question, who volunteers to
speak and the inbrenger's first step.

Apart from run.py (clock, phases, turns, notes) so that each stays a size one can read; the
run screen mixes these in. Each key is offered (footer, palette) only in the phases where it
means something, so the footer stays short enough for the wall.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.screen import Screen

from intervisie_tui.model.method import Capture
from intervisie_tui.session import Session, SessionState
from intervisie_tui.session.case_state import may_volunteer
from intervisie_tui.tui.i18n import tr

if TYPE_CHECKING:
    from intervisie_tui.tui.screens.note import NoteDraft

#: The actions below and the test that decides when each is offered.
CASE_ACTIONS = ("choose_inbrenger", "case_question", "first_step", "note_volunteers")


def case_label(state: SessionState) -> str | None:
    """The case in the run screen's top line: 'Casus 2 van 4: Anna', with a hint while the
    inbrenger is still to be chosen; None outside a case, and for a fishbowl's one theme."""
    case = state.case
    if case is None or state.phase.case is None:
        return None
    unit = tr(f"ui.unit.{state.method.repeat.per.value if state.method.repeat else 'case'}")
    label = tr("ui.run.case", unit=unit.capitalize(), n=state.phase.case + 1, m=len(state.cases))
    who = case.inbrenger
    if who is None and state.method.has_inbrenger:
        who = tr("cases.run.choose")
    if who:
        return f"{label}: {who}"
    return label if len(state.cases) > 1 else None


def can_choose_inbrenger(state: SessionState) -> bool:
    """i: the case has no inbrenger yet, or this is the step in which the group chooses it
    (a choice made there may be corrected)."""
    case = state.case
    if not state.method.has_inbrenger or case is None or state.finished:
        return False
    return case.inbrenger is None or state.phase.step.chooses is not None


def can_set_question(state: SessionState) -> bool:
    """v: in the case's first phase or the step that chooses it, where the inbrenger puts the
    question into words (elsewhere the key would only crowd the footer)."""
    if state.case is None or state.finished:
        return False
    first_of_case = state.index == 0 or state.phases[state.index - 1].case != state.phase.case
    return first_of_case or state.phase.step.chooses is not None


def can_set_first_step(state: SessionState) -> bool:
    """e: a step that captures the inbrenger's first step, for a case."""
    return (
        state.case is not None
        and not state.finished
        and Capture.first_step in state.phase.step.capture
    )


def can_note_volunteers(state: SessionState) -> bool:
    """o: a phase with a volunteers round."""
    return bool(may_volunteer(state)) and not state.finished


_OFFERED: dict[str, Callable[[SessionState], bool]] = {
    "choose_inbrenger": can_choose_inbrenger,
    "case_question": can_set_question,
    "first_step": can_set_first_step,
    "note_volunteers": can_note_volunteers,
}


class CaseKeys(Screen[None]):
    """The case's keys for the run screen (which supplies the session and `_command`)."""

    session: Session

    def _command(self, command: Callable[[], object]) -> None:
        """Run a session command, telling the chair a refusal (the run screen's)."""
        raise NotImplementedError

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A case key is offered only in the phases where it means something."""
        offered = _OFFERED.get(action)
        return True if offered is None else offered(self.session.state)

    def action_choose_inbrenger(self) -> None:
        """i: name whose case the group chose (one key per person)."""
        state = self.session.state
        if not can_choose_inbrenger(state):
            return
        from intervisie_tui.tui.screens.pick import PickPerson

        names = tuple(name for name in state.setup.everyone if name not in state.absent)
        current = state.case.inbrenger if state.case is not None else None
        self.app.push_screen(
            PickPerson(tr("cases.pick.inbrenger"), names, current), self._inbrenger_chosen
        )

    def _inbrenger_chosen(self, name: str | None) -> None:
        if name is not None:
            self._command(lambda: self.session.choose_inbrenger(name))

    def action_note_volunteers(self) -> None:
        """o: who volunteers to speak in this round, in order (the names on the flip-over)."""
        state = self.session.state
        may = tuple(name for name in may_volunteer(state) if name not in state.absent)
        if not may or state.finished:
            return
        from intervisie_tui.tui.screens.pick import PickVolunteers

        chosen = state.volunteers_of(state.index)
        self.app.push_screen(PickVolunteers(may, chosen), self._volunteers_noted)

    def _volunteers_noted(self, names: tuple[str, ...] | None) -> None:
        state = self.session.state
        if names is not None and names != state.volunteers_of(state.index):
            self._command(lambda: self.session.set_volunteers(names))

    def action_case_question(self) -> None:
        """v: the case question as the inbrenger words it (kept for the whole case)."""
        state = self.session.state
        if not can_set_question(state):
            return
        from intervisie_tui.tui.screens.note import NoteDialog

        current = state.case.question if state.case is not None else None
        dialog = NoteDialog(ratings=False, prompt=tr("cases.run.question_prompt"), value=current)
        self.app.push_screen(dialog, self._question_written)

    def _question_written(self, draft: NoteDraft | None) -> None:
        if draft is not None:
            self._command(lambda: self.session.set_question(draft.text))

    def action_first_step(self) -> None:
        """e: the inbrenger's first small step, for the report."""
        state = self.session.state
        if not can_set_first_step(state):
            return
        from intervisie_tui.tui.screens.note import NoteDialog

        current = state.first_step(state.phase.item, state.phase.case or 0)
        dialog = NoteDialog(ratings=False, prompt=tr("cases.run.first_step_prompt"), value=current)
        self.app.push_screen(dialog, self._first_step_written)

    def _first_step_written(self, draft: NoteDraft | None) -> None:
        if draft is not None:
            self._command(lambda: self.session.set_first_step(draft.text))
