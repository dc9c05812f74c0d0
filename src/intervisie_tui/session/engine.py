"""`Session`: the running meeting, driven by one-key commands from the chair.

Every command becomes an event; the event is checked by applying it to the state (the pure
reducer in `state.py`), then appended to the journal and synced, and only then does the new
state count. Replaying the journal therefore always gives the state the chair saw.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_tui.messages import Lang, Msg
from intervisie_tui.model.group import GroupRef
from intervisie_tui.model.method import Capture, Method
from intervisie_tui.session.agenda import Agenda
from intervisie_tui.session.agenda_commands import AgendaCommands
from intervisie_tui.session.case_commands import CaseCommands
from intervisie_tui.session.clock import Clock, SystemClock
from intervisie_tui.session.events import (
    Advanced,
    Event,
    Finished,
    MinutesChanged,
    NoteAdded,
    NoteEdited,
    NoteRated,
    Paused,
    PersonSkipped,
    Rating,
    Resumed,
    SessionCreated,
    Skipped,
    Started,
    TopicsChosen,
    TurnAdvanced,
    WentBack,
)
from intervisie_tui.session.folders import sessions_dir
from intervisie_tui.session.journal_file import Journal
from intervisie_tui.session.saving import Saver, reason_of, save_copy
from intervisie_tui.session.setup import MeetingSetup
from intervisie_tui.session.state import (
    CommandRejected,
    Note,
    SessionState,
    apply,
    initial_state,
)
from intervisie_tui.session.view import (
    PhaseView,
    TimerEvent,
    TimerEventKind,
    TimerStatus,
    crossed_thresholds,
    phase_view,
)

if TYPE_CHECKING:
    from intervisie_tui.session.journal import JournalWarning


class Session(CaseCommands, AgendaCommands):
    """A meeting in progress: commands in, journal lines out, queries for the screen.

    Make one with `Session.create` (new meeting, new journal), `Session.reopen` (continue a
    journal after a crash or a closed laptop) or `Session.in_memory` (rehearsal, no file).
    Commands raise `CommandRejected` with a Dutch message when they do not fit the moment.
    """

    def __init__(
        self,
        created: SessionCreated,
        events: tuple[Event, ...] = (),
        *,
        clock: Clock | None = None,
        saver: Saver | None = None,
        replay_warning: JournalWarning | None = None,
        state: SessionState | None = None,
    ) -> None:
        self._clock = clock if clock is not None else SystemClock()
        self._saver = saver
        self._events: list[Event] = [created, *events]
        if state is None:
            state = initial_state(created)
            for event in events:
                state = apply(state, event)
        self._state = state
        self.replay_warning = replay_warning
        #: Why the report could not be saved at the end (None: saved, or nothing to save).
        self.report_problem: Msg | None = None
        #: The folder of the participants' reflection sheets, once the meeting is finished.
        self.reflections: Path | None = None
        self._anchor_now = self._clock.now()
        # Never before the last event: a wall clock that is behind the journal (set back, or
        # another machine's) must not freeze the countdown until it catches up.
        self._anchor_wall = max(self._clock.wall(), self._events[-1].at)
        self._poll_phase = -1
        self._fired: set[int] = set()
        self._rearm_timer()

    # ------------------------------------------------------------ construction

    @classmethod
    def create(
        cls,
        method: Method,
        setup: MeetingSetup,
        *,
        clock: Clock | None = None,
        folder: Path | None = None,
        group: GroupRef | None = None,
    ) -> Session:
        """Start a meeting of one case (`run ID`) and its journal; see `create_agenda`."""
        return cls.create_agenda(
            Agenda.single(method, setup), clock=clock, folder=folder, group=group
        )

    @classmethod
    def create_agenda(
        cls,
        agenda: Agenda,
        *,
        clock: Clock | None = None,
        folder: Path | None = None,
        group: GroupRef | None = None,
    ) -> Session:
        """Start a new meeting and its journal in `folder` (default: the user data folder).

        `group`: the group the meeting is for, kept in the journal's first line so a resumed
        meeting is still recorded in it. When the folder cannot be written the meeting still
        starts, in memory: `storage_problem` says why, and every event is kept until a retry
        succeeds.
        """
        clock = clock if clock is not None else SystemClock()
        created = SessionCreated(at=clock.wall(), agenda=agenda, group=group)
        saver = Saver(folder if folder is not None else sessions_dir(), now=clock.now())
        saver.save((created,), created.at, clock.now())
        return cls(created, clock=clock, saver=saver)

    @classmethod
    def in_memory(
        cls, method: Method, setup: MeetingSetup, *, clock: Clock | None = None
    ) -> Session:
        """A meeting without a journal, for rehearsal and tests of the screen."""
        return cls.in_memory_agenda(Agenda.single(method, setup), clock=clock)

    @classmethod
    def in_memory_agenda(cls, agenda: Agenda, *, clock: Clock | None = None) -> Session:
        """A whole meeting without a journal (tests of the screen, a rehearsal)."""
        clock = clock if clock is not None else SystemClock()
        return cls(SessionCreated(at=clock.wall(), agenda=agenda), clock=clock)

    @classmethod
    def reopen(cls, path: Path, *, clock: Clock | None = None) -> Session:
        """Continue the meeting in a journal and hold it (its lock) until `close`.

        JournalError when the file cannot be read; JournalInUse when another window holds it.

        A running phase kept running while the program was away: the journal holds wall
        times, so the countdown continues in real meeting time.
        """
        from intervisie_tui.session.journal import read_journal, replay_journal

        clock = clock if clock is not None else SystemClock()
        contents = read_journal(path)
        state = replay_journal(contents)
        journal = Journal.reopen(contents, clock.wall())
        written = 1 + len(contents.events)
        saver = Saver(path.parent, journal, written, clock.now())
        return cls(
            contents.created,
            contents.events,
            clock=clock,
            saver=saver,
            replay_warning=contents.warning,
            state=state,
        )

    # ----------------------------------------------------------------- basics

    @property
    def group(self) -> GroupRef | None:
        """The group this meeting is for, as its journal's first line says (None: no group)."""
        first = self._events[0]
        return first.group if isinstance(first, SessionCreated) else None

    @property
    def state(self) -> SessionState:
        """The current state (immutable; every command replaces it)."""
        return self._state

    @property
    def clock(self) -> Clock:
        """The clock this meeting runs on (the screen asks it how fast meeting time passes)."""
        return self._clock

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event of this meeting so far, the set-up first, as the journal holds them."""
        return tuple(self._events)

    @property
    def path(self) -> Path | None:
        """The journal file, or None while there is none (in memory, or not created yet)."""
        return self._saver.path if self._saver is not None else None

    @property
    def saving(self) -> bool:
        """Whether every event so far is on disk (False for a meeting kept in memory)."""
        return self._saver is not None and self._saver.error is None

    @property
    def storage_problem(self) -> Msg | None:
        """Why events are not reaching the disk right now; None again once they do."""
        return self._saver.problem if self._saver is not None else None

    @property
    def unsaved(self) -> tuple[Event, ...]:
        """The events the journal is missing so far (kept in memory until a retry works)."""
        if self._saver is None:
            return ()
        return tuple(self._events[self._saver.written :])

    def retry_saving(self, *, force: bool = False) -> bool:
        """Try again to write what the disk refused (the run screen's timer calls this every
        second; it tries every RETRY_SECONDS unless forced). True when everything is saved."""
        saver = self._saver
        if saver is None:
            return False
        if saver.error is None:
            return True
        if force or saver.due(self._clock.now()):
            return saver.save(self._events, self.wall_now(), self._clock.now())
        return False

    def save_copy(self, folder: Path) -> Path:
        """Write the whole meeting as a journal file in `folder` (when the data folder refuses
        it); `intervisie-tui report FILE` reads it. OSError when that fails too."""
        return save_copy(self._events, folder)

    def close(self) -> None:
        """The window lets go of the meeting (its journal's lock); the journal stays."""
        if self._saver is not None:
            self._saver.close()

    def wall_now(self) -> datetime:
        """The current wall time as the session counts it: anchored once, then monotonic.

        Deriving wall time from the monotonic clock keeps durations exact even when the
        system clock is adjusted mid-meeting; it never goes back before the last event.
        """
        now = self._anchor_wall + timedelta(seconds=self._clock.now() - self._anchor_now)
        last = self._events[-1].at
        return max(now, last)

    def _commit(self, event: Event) -> None:
        """Check the event against the state, keep it, and write it (with any the disk
        refused before) to the journal; the meeting goes on when the disk refuses."""
        new_state = apply(self._state, event)
        self._events.append(event)
        self._state = new_state
        if self._saver is not None:
            self._saver.save(self._events, event.at, self._clock.now())
        self._rearm_timer()

    # --------------------------------------------------------------- commands

    def start(self) -> None:
        """Start the first phase's clock."""
        self._commit(Started(at=self.wall_now()))

    def pause(self) -> None:
        """Stop the clock; the remaining time is kept exactly."""
        self._commit(Paused(at=self.wall_now()))

    def resume(self) -> None:
        """Run the clock again from the kept remaining time."""
        self._commit(Resumed(at=self.wall_now()))

    def toggle_pause(self) -> None:
        """Pause when running, resume when paused: the chair's single pause key."""
        if self._state.running:
            self.pause()
        else:
            self.resume()

    def next(self) -> None:
        """Move on to the next phase (the chair advances; overtime never does it)."""
        self._commit(Advanced(at=self.wall_now()))

    def back(self) -> None:
        """Return to the previous phase, with the time it had left."""
        self._commit(WentBack(at=self.wall_now()))

    def skip(self) -> None:
        """Leave out the current optional phase and move on."""
        self._commit(Skipped(at=self.wall_now()))

    def change_minutes(self, minutes: int) -> None:
        """Give the current phase more (or less) time, in whole minutes."""
        self._commit(MinutesChanged(at=self.wall_now(), seconds=minutes * 60))

    def add_minute(self) -> None:
        """One minute more for the current phase."""
        self.change_minutes(1)

    def remove_minute(self) -> None:
        """One minute less for the current phase (it keeps at least a moment)."""
        self.change_minutes(-1)

    def next_turn(self) -> None:
        """The current speaker is done; after a full round this starts the next round."""
        self._commit(TurnAdvanced(at=self.wall_now()))

    def skip_person(self, name: str | None = None) -> None:
        """Someone passes this round (default: the current speaker)."""
        who = name if name is not None else self._state.current_speaker
        if who is None:
            raise CommandRejected(Msg("session.nobody_speaking"))
        self._commit(PersonSkipped(at=self.wall_now(), name=who))

    def add_note(
        self,
        text: str,
        kind: Capture = Capture.notes,
        *,
        phase: int | None = None,
        by: str | None = None,
    ) -> Note:
        """Write a line on the flip-over for the current (or given) phase; returns the note."""
        cleaned = text.strip()
        if not cleaned:
            raise CommandRejected(Msg("session.empty_note"))
        note_id = self._state.next_note_id
        self._commit(
            NoteAdded(
                at=self.wall_now(),
                id=note_id,
                phase=self._state.index if phase is None else phase,
                kind=kind,
                text=cleaned,
                by=by,
            )
        )
        note = self._state.note(note_id)
        self._collect_topics(note)
        return note

    def _collect_topics(self, note: Note) -> None:
        """A topic written where the method collects them: the passes follow the topics (one
        per topic, highest score first) and the plan is fitted again. CommandRejected, with
        the note kept, once the passes have begun."""
        if note.kind is not Capture.topics:
            return
        from intervisie_tui.session.topics import topics_written

        item = self._state.phases[note.phase].item
        topics = topics_written(self._state, item)
        if topics is None:
            return
        self._commit(TopicsChosen(at=self.wall_now(), item=item, topics=topics))
        self.fit_to_end()

    def rate_note(self, note_id: int, rating: Rating | None) -> None:
        """Record warm / neutraal / koud for an item (None clears the rating)."""
        self._commit(NoteRated(at=self.wall_now(), id=note_id, rating=rating))

    def edit_note(self, note_id: int, text: str) -> None:
        """Correct a note; the earlier text stays in the journal."""
        cleaned = text.strip()
        if not cleaned:
            raise CommandRejected(Msg("session.note_emptied"))
        self._commit(NoteEdited(at=self.wall_now(), id=note_id, text=cleaned))
        self._collect_topics(self._state.note(note_id))

    def finish(self, lang: Lang = Lang.nl) -> Path | None:
        """Close the meeting; the Markdown report, in `lang`, is saved next to the journal,
        and beside it a folder with each participant's reflection sheet.

        None when there is no journal (a rehearsal) or the report could not be written
        (`report_problem` says why; the journal still holds everything to print it later).
        """
        self._commit(Finished(at=self.wall_now()))
        if self._saver is None:
            return None
        from intervisie_tui.session.reflection import write_reflections
        from intervisie_tui.session.report import render_report

        report = self._saver.write_report(render_report(self._state, lang))
        self.report_problem = self._saver.report_problem
        if report is not None:
            try:
                self.reflections = write_reflections(report, self._state, lang)
            except OSError as error:
                self.report_problem = Msg("journal.report_not_saved", reason=reason_of(error))
        return report

    # ---------------------------------------------------------------- queries

    def remaining(self) -> float | None:
        """Seconds left in the current phase (negative in overtime; None when untimed)."""
        remaining = self._state.remaining(self.wall_now())
        return None if remaining is None else remaining.total_seconds()

    def elapsed(self) -> float:
        """Seconds the current phase has run so far."""
        return self._state.elapsed(self.wall_now()).total_seconds()

    @property
    def is_overtime(self) -> bool:
        """Whether the current phase is past zero (the meeting still goes on)."""
        remaining = self.remaining()
        return remaining is not None and remaining < 0

    @property
    def current_speaker(self) -> str | None:
        """Whose turn it is in a round."""
        return self._state.current_speaker

    @property
    def turn_order(self) -> tuple[str, ...]:
        """The order of the round in this phase, absent people left out."""
        return self._state.turn_order

    @property
    def round_complete(self) -> bool:
        """True once everyone present had (or passed) their turn this round."""
        return self._state.round_complete

    def phase_view(self) -> PhaseView:
        """Everything the run screen shows for the current phase, right now."""
        return phase_view(self._state, self.wall_now())

    def status(self) -> TimerStatus:
        """The look of the countdown right now."""
        return self.phase_view().status

    def _crossed(self) -> set[int]:
        return crossed_thresholds(self._state, self.wall_now())

    def _rearm_timer(self) -> None:
        """On entering a phase, thresholds already behind it do not ring again."""
        if self._state.index != self._poll_phase or not self._state.started:
            self._poll_phase = self._state.index
            self._fired = self._crossed()

    def poll(self) -> list[TimerEvent]:
        """Thresholds crossed since the last poll, each at most once per phase.

        The UI calls this on its redraw interval and rings the bell for each event; the
        result does not depend on how often it is called.
        """
        if not self._state.started or self._state.finished:
            return []
        fresh = sorted(self._crossed() - self._fired, reverse=True)
        self._fired.update(fresh)
        return [TimerEvent(TimerEventKind.of(t), self._state.index, t) for t in fresh]
