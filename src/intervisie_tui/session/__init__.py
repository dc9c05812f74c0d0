"""The meeting as pure logic: clock, phases, turns, notes, journal and report.

Nothing in this package imports textual: the whole meeting runs (and is tested) without a
terminal, with an injected clock, and the TUI only shows what `Session` says.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from intervisie_tui.session.agenda import Agenda, AgendaItem
    from intervisie_tui.session.agenda_file import agenda_from_file
    from intervisie_tui.session.clock import Clock, FakeClock, ScaledClock, SystemClock
    from intervisie_tui.session.engine import Session
    from intervisie_tui.session.events import Event, Rating
    from intervisie_tui.session.folders import DATA_DIR_ENV, sessions_dir
    from intervisie_tui.session.journal import JournalError, JournalWarning, read_journal
    from intervisie_tui.session.journal_lock import JournalInUse
    from intervisie_tui.session.meetings import Meeting, latest_unfinished, unfinished
    from intervisie_tui.session.plan import (
        Phase,
        Plan,
        PlanEntry,
        expand_agenda,
        expand_phases,
        fit_plan,
    )
    from intervisie_tui.session.schedule import Schedule
    from intervisie_tui.session.setup import Case, MeetingSetup
    from intervisie_tui.session.state import CommandRejected, Note, SessionState, apply, replay
    from intervisie_tui.session.view import (
        PhaseView,
        RoleView,
        TimerEvent,
        TimerEventKind,
        TimerStatus,
        TurnView,
    )

#: Where each public name lives. Names are imported on first use (PEP 562), so a caller that
#: needs only the clock (the app's first screen) does not pay for the engine, the journal and
#: their pydantic models at start-up.
_HOMES = {
    "Agenda": "agenda",
    "AgendaItem": "agenda",
    "agenda_from_file": "agenda_file",
    "Schedule": "schedule",
    "expand_agenda": "plan",
    "Clock": "clock",
    "FakeClock": "clock",
    "ScaledClock": "clock",
    "SystemClock": "clock",
    "Session": "engine",
    "TimerEvent": "view",
    "TimerEventKind": "view",
    "Event": "events",
    "Rating": "events",
    "DATA_DIR_ENV": "folders",
    "JournalError": "journal",
    "JournalWarning": "journal",
    "JournalInUse": "journal_lock",
    "Meeting": "meetings",
    "latest_unfinished": "meetings",
    "unfinished": "meetings",
    "read_journal": "journal",
    "sessions_dir": "folders",
    "Phase": "plan",
    "Plan": "plan",
    "PlanEntry": "plan",
    "expand_phases": "plan",
    "fit_plan": "plan",
    "Case": "setup",
    "MeetingSetup": "setup",
    "CommandRejected": "state",
    "Note": "state",
    "SessionState": "state",
    "apply": "state",
    "replay": "state",
    "PhaseView": "view",
    "RoleView": "view",
    "TimerStatus": "view",
    "TurnView": "view",
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    module = _HOMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DATA_DIR_ENV",
    "Agenda",
    "AgendaItem",
    "Case",
    "Clock",
    "CommandRejected",
    "Event",
    "FakeClock",
    "JournalError",
    "JournalInUse",
    "JournalWarning",
    "Meeting",
    "MeetingSetup",
    "Note",
    "Phase",
    "PhaseView",
    "Plan",
    "PlanEntry",
    "Rating",
    "RoleView",
    "ScaledClock",
    "Schedule",
    "Session",
    "SessionState",
    "SystemClock",
    "TimerEvent",
    "TimerEventKind",
    "TimerStatus",
    "TurnView",
    "agenda_from_file",
    "apply",
    "expand_agenda",
    "expand_phases",
    "fit_plan",
    "latest_unfinished",
    "read_journal",
    "replay",
    "sessions_dir",
    "unfinished",
]
