"""The chair's commands about the meeting as a whole: its plan against the end time, items added
or dropped during the meeting, who is there, and where the schedule stands.

Apart from engine.py (the clock, phases, turns and notes of the running phase); `Session` mixes
these in, so the screen calls them like any other command. Every change to the agenda is one
journalled event, and with an end time the plan is fitted again at once (a second event), so a
resumed meeting has the same plan.
"""

from __future__ import annotations

from datetime import datetime

from intervisie_tui.messages import Msg
from intervisie_tui.session.agenda import AgendaItem
from intervisie_tui.session.events import (
    Event,
    ItemAdded,
    ItemDropped,
    MarkedAbsent,
    PlanChanged,
)
from intervisie_tui.session.plan import Plan, fit_plan
from intervisie_tui.session.schedule import Schedule, schedule
from intervisie_tui.session.state import CommandRejected, SessionState


class AgendaCommands:
    """Commands on the whole meeting, each one journalled event (plus a fitted plan)."""

    _state: SessionState

    def wall_now(self) -> datetime:
        """The meeting's wall time (the session provides it)."""
        raise NotImplementedError

    def _commit(self, event: Event) -> None:
        """Check, keep and journal one event (the session provides it)."""
        raise NotImplementedError

    def propose_plan(self, until: datetime | None = None, *, stretch: bool = False) -> Plan:
        """A plan that fits the phases still to come into the time left until `until`.

        The default end time is the agenda's. The current phase keeps its own remaining time;
        dropped items stay dropped. The chair sees the plan and accepts it with `accept_plan`.
        """
        state = self._state
        end = until if until is not None else state.agenda.until
        if end is None:
            raise CommandRejected(Msg("session.no_end_time"))
        now = self.wall_now()
        available = (end - now).total_seconds() / 60
        if state.started and not state.finished:
            current = state.remaining(now)
            if current is not None:
                available -= max(0.0, current.total_seconds() / 60)
            first = state.index + 1
        else:
            first = 0
        coming = [p for p in state.phases[first:] if p.item not in state.dropped_items]
        return fit_plan(coming, available, stretch=stretch)

    def accept_plan(self, plan: Plan) -> None:
        """Make a proposed plan the meeting's plan for the phases it covers."""
        state = self._state
        minutes = list(state.minutes)
        dropped = {i for i in state.dropped if i < (plan.entries[0].index if plan.entries else 0)}
        for entry in plan.entries:
            minutes[entry.index] = entry.minutes
            if entry.dropped:
                dropped.add(entry.index)
        self._commit(
            PlanChanged(at=self.wall_now(), minutes=tuple(minutes), dropped=tuple(sorted(dropped)))
        )

    def fit_to_end(self) -> Plan | None:
        """Fit what is still to come to the agenda's end time and make it the plan; None
        without an end time. Called after every change to the agenda, and before the start
        of a meeting run with --until."""
        if self._state.agenda.until is None or self._state.finished:
            return None
        plan = self.propose_plan()
        self.accept_plan(plan)
        return plan

    def add_item(self, item: AgendaItem, position: int | None = None) -> int:
        """Add an item (a case, a break) to the meeting, by default right after the running
        item (before the start: at the end); returns its position. The plan is fitted again.
        """
        state = self._state
        if position is None:
            position = state.phase.item + 1 if state.started else len(state.agenda.items)
        self._commit(ItemAdded(at=self.wall_now(), position=position, item=item))
        self.fit_to_end()
        return position

    def drop_item(self, item: int) -> None:
        """Drop an item that has not started (its phases show as dropped in the report); the
        plan is fitted again."""
        self._commit(ItemDropped(at=self.wall_now(), item=item))
        self.fit_to_end()

    def mark_absent(self, name: str, absent: bool = True) -> None:
        """Someone left (no turns in the rounds still to come) or arrived (`absent=False`:
        turns from the current round on; a name nobody listed joins the circle)."""
        self._commit(MarkedAbsent(at=self.wall_now(), name=name, absent=absent))

    def schedule(self) -> Schedule:
        """Minutes late or ahead against the end time, and the projected end; its `message()`
        is the run screen's schedule line."""
        return schedule(self._state, self.wall_now())
