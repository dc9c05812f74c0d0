"""The chair's commands about the case itself: whose it is, and the inbrenger's first step.

Apart from engine.py (time, phases, turns and notes) because these belong to the case rather
than to the clock; `Session` mixes them in, so the screen calls them like any other command.
"""

from __future__ import annotations

from datetime import datetime

from intervisie_tui.messages import Msg
from intervisie_tui.session.events import (
    Event,
    FirstStepSet,
    InbrengerChosen,
    QuestionSet,
    VolunteersSet,
)
from intervisie_tui.session.state import CommandRejected, SessionState


class CaseCommands:
    """Commands on the case of the current phase, each one journalled event."""

    _state: SessionState

    def wall_now(self) -> datetime:
        """The meeting's wall time (the session provides it)."""
        raise NotImplementedError

    def _commit(self, event: Event) -> None:
        """Check, keep and journal one event (the session provides it)."""
        raise NotImplementedError

    def _case_index(self, case: int | None) -> int:
        """The case a command is about: the given one, else the current phase's, else the
        first (a whole-group step of a method without a repeated block)."""
        if case is not None:
            return case
        current = self._state.phase.case
        return 0 if current is None else current

    def choose_inbrenger(self, name: str, case: int | None = None) -> None:
        """The group chose whose case it is (default: the current case); journalled, and the
        method's inbrenger role is that person's from now on."""
        self._commit(
            InbrengerChosen(
                at=self.wall_now(),
                item=self._state.phase.item,
                case=self._case_index(case),
                name=name,
            )
        )

    def set_question(self, text: str, case: int | None = None) -> None:
        """The case question (default: the current case), as the inbrenger words it."""
        cleaned = text.strip()
        if not cleaned:
            raise CommandRejected(Msg("cases.empty_question"))
        self._commit(
            QuestionSet(
                at=self.wall_now(),
                item=self._state.phase.item,
                case=self._case_index(case),
                text=cleaned,
            )
        )

    def set_volunteers(self, names: tuple[str, ...]) -> None:
        """Who volunteered in the current phase, in order (the list on the flip-over); the
        round then passes only along them."""
        self._commit(VolunteersSet(at=self.wall_now(), phase=self._state.index, names=names))

    def set_first_step(self, text: str, case: int | None = None) -> None:
        """The inbrenger's first small step for their case (default: the current case)."""
        cleaned = text.strip()
        if not cleaned:
            raise CommandRejected(Msg("session.empty_first_step"))
        self._commit(
            FirstStepSet(
                at=self.wall_now(),
                item=self._state.phase.item,
                case=self._case_index(case),
                text=cleaned,
            )
        )
