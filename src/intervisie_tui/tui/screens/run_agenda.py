"""The run screen's keys for the meeting as a whole: who is here, and (with an agenda) the
items still to come.

Kept apart from run.py, which several people change at once: RunScreen inherits these actions,
and the key table (keys.py) binds them. Each action is one key; a choice follows in a small
dialog, and a refusal from the session is told to the chair, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.screen import Screen

from intervisie_tui.session import Session
from intervisie_tui.session.setup import MeetingSetup
from intervisie_tui.tui.i18n import tr


def meeting_people(setup: MeetingSetup) -> tuple[str, ...]:
    """Everyone who can be absent: the circle, then fishbowl members not in it; not the chair."""
    people = list(setup.everyone)
    for name in (*setup.inner_group, *setup.outer_group):
        if name not in people and name != setup.chair:
            people.append(name)
    return tuple(people)


class AgendaActions(Screen[None]):
    """The actions of the whole meeting, mixed into the run screen."""

    session: Session

    def _command(self, command: Callable[[], object]) -> None:
        """Run a session command and redraw; RunScreen's own, which tells a refusal."""
        raise NotImplementedError  # RunScreen overrides it; the mixin is never used alone

    def action_presence(self) -> None:
        """w: someone left or came back; pick them from the list."""
        from intervisie_tui.tui.screens.presence import presence_dialog

        state = self.session.state
        dialog = presence_dialog(meeting_people(state.setup), state.absent)
        self.app.push_screen(dialog, self._presence_chosen)

    def _presence_chosen(self, name: str | None) -> None:
        if name is None:
            return
        leaving = name not in self.session.state.absent
        before = self.session.state
        self._command(lambda: self.session.mark_absent(name, leaving))
        if self.session.state is not before:
            key = "ui.presence.now_absent" if leaving else "ui.presence.now_present"
            self.notify(tr(key, name=name), timeout=4, markup=False)
