"""The meeting as pure logic: clock, phases, turns, notes, journal and report.

Nothing in this package imports textual: the whole meeting runs (and is tested) without a
terminal, with an injected clock, and the TUI only shows what `Session` says.
"""

from intervisie_tui.session.clock import Clock, FakeClock, ScaledClock, SystemClock
from intervisie_tui.session.engine import NOT_SAVED, Session, TimerEvent, TimerEventKind
from intervisie_tui.session.events import Event, Rating
from intervisie_tui.session.journal import (
    DATA_DIR_ENV,
    JournalError,
    JournalWarning,
    latest_unfinished,
    read_journal,
    sessions_dir,
)
from intervisie_tui.session.plan import Phase, Plan, PlanEntry, expand_phases, fit_plan
from intervisie_tui.session.setup import Case, MeetingSetup, until_today
from intervisie_tui.session.state import CommandRejected, Note, SessionState, apply, replay
from intervisie_tui.session.view import PhaseView, RoleView, TimerStatus, TurnView

__all__ = [
    "DATA_DIR_ENV",
    "NOT_SAVED",
    "Case",
    "Clock",
    "CommandRejected",
    "Event",
    "FakeClock",
    "JournalError",
    "JournalWarning",
    "MeetingSetup",
    "Note",
    "Phase",
    "PhaseView",
    "Plan",
    "PlanEntry",
    "Rating",
    "RoleView",
    "ScaledClock",
    "Session",
    "SessionState",
    "SystemClock",
    "TimerEvent",
    "TimerEventKind",
    "TimerStatus",
    "TurnView",
    "apply",
    "expand_phases",
    "fit_plan",
    "latest_unfinished",
    "read_journal",
    "replay",
    "sessions_dir",
    "until_today",
]
