"""The projected screen during the meeting: clock, phase, people, rules, notes, timeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer

from intervisie_tui.messages import Msg
from intervisie_tui.session import CommandRejected, Session, SessionState, TimerStatus
from intervisie_tui.session.view import TimerEvent, due_prompt, timer_status
from intervisie_tui.tui.i18n import language, pick, tr
from intervisie_tui.tui.keys import PAUSE_KEY, RUN_KEYS, bindings, said
from intervisie_tui.tui.screens.flip_over import flip_notes, pinned_lines
from intervisie_tui.tui.screens.opening_wall import ground_rules_on_wall, wall_for
from intervisie_tui.tui.screens.run_case import CaseKeys, case_label
from intervisie_tui.tui.screens.run_wall import WallActions
from intervisie_tui.tui.sound_out import ring
from intervisie_tui.tui.text import method_title, minutes, step_title
from intervisie_tui.tui.widgets.agenda_line import AgendaLine
from intervisie_tui.tui.widgets.chair import ChairPanel
from intervisie_tui.tui.widgets.countdown import (
    Countdown,
    Tone,
    until_clock_changes,
    until_elapsed_changes,
)
from intervisie_tui.tui.widgets.key_footer import KeyFooter
from intervisie_tui.tui.widgets.notes import NotesPanel
from intervisie_tui.tui.widgets.purpose import Purpose
from intervisie_tui.tui.widgets.rules import RulesReminder
from intervisie_tui.tui.widgets.spotlight import Spotlight, spotlight_text
from intervisie_tui.tui.widgets.steady import SteadyStatic
from intervisie_tui.tui.widgets.timeline import Timeline, TimelineRows
from intervisie_tui.tui.widgets.wall_list import WallList
from intervisie_tui.tui.widgets.who import WhoPanel

#: How long the rules flash after a phase starts, in meeting seconds (from the session's clock).
FLASH_SECONDS = 4.0
#: The shortest sleep between two looks at the session (a test passes a huge one to stop the
#: screen from looking by itself). Redraws happen only on change.
TICK_SECONDS = 0.2
#: The longest sleep: a safety net for changes that come without a command (a rehearsal's
#: drill) and the pace while the clock stands still (paused, before the start).
MAX_SLEEP_SECONDS = 1.0
#: How long after the shown second changes the screen wakes: timers fire a little late, never
#: early, and this covers the rounding of the clock's arithmetic.
WAKE_MARGIN_SECONDS = 0.01
#: How far the wake-up a look needs may be from one beat (a second of meeting time) for the
#: repeating timer to go on: its beats stay a little after each new second on the clock, and
#: a beat later than this (a busy machine, a clock that drifts) sets the timers again.
STEADY_SLACK_SECONDS = 0.05

_TONES: dict[TimerStatus, Tone] = {
    TimerStatus.normal: Tone.normal,
    TimerStatus.warning: Tone.warning,
    TimerStatus.overtime: Tone.overtime,
    TimerStatus.untimed: Tone.untimed,
}


class BlankVertical(Vertical):
    """A column of widgets that cover it entirely: it has nothing of its own to draw.

    Each second Textual's compositor asks every widget whose parent's area touches the change
    for its lines, so the screen and the containers directly on it are rendered once a second
    too. `BLANK` (Textual's flag for a widget with no border and no content) makes that a
    blank strip instead of a pass through the styles cache for every one of their rows.
    """

    BLANK = True


class BlankHorizontal(Horizontal):
    """A row of widgets that cover it entirely (see BlankVertical)."""

    BLANK = True


def wake_delay(due: Sequence[float | None], speed: float, shortest: float) -> float:
    """Real seconds to sleep until the first of `due` (meeting seconds; None: nothing due).

    `speed` is meeting seconds per real second (0: meeting time stands still, so nothing
    comes due). Just past it (WAKE_MARGIN_SECONDS), never sooner than `shortest`, and
    MAX_SLEEP_SECONDS when nothing is due. Something due is at most a second of meeting time
    away, so there is no cap: a cap of one second would wake the screen a margin before the
    next second, and then once more.
    """
    pending = [seconds for seconds in due if seconds is not None]
    if not pending or speed <= 0:
        return max(shortest, MAX_SLEEP_SECONDS)
    delay = min(pending) / speed + WAKE_MARGIN_SECONDS
    return max(shortest, delay)


def is_paused(state: SessionState) -> bool:
    """Whether the chair stopped the clock (the meeting started and is not over)."""
    return state.started and not state.running and not state.finished


def tone_for(state: SessionState, status: TimerStatus) -> Tone:
    """The clock's look: the session's status, or paused when the clock stands still."""
    if state.started and not state.running and status is not TimerStatus.untimed:
        return Tone.paused
    return _TONES[status]


class RunScreen(WallActions, CaseKeys):
    """One phase at a time, readable from the back of the room; every action is one key.

    The screen never computes time: it asks the session for the remaining seconds and hands
    them to the countdown, whose reactives redraw only when the shown second or the colour
    changes. Everything else is redrawn only when the session's (immutable) state object is
    replaced, i.e. after a command. Between looks it sleeps until the shown second will change
    (a timer, not a five-times-a-second poll: each wake-up of an idle Textual app costs CPU),
    so the bells and the clock come within a few milliseconds of the second.
    """

    #: Layout and look: run.tcss beside this module (with the panels of the run screen).
    CSS_PATH = ["run.tcss"]  # noqa: RUF012  (a list, like the rehearsal's that extends it)

    #: Its children cover it at every size (see BlankVertical): drawn as blank, not rendered.
    BLANK = True

    #: From 120 columns the room's part has room for the spotlight (who speaks, in blocks).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide"), (120, "-huge")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]  # noqa: RUF012

    KEYS = RUN_KEYS
    BINDINGS: ClassVar[list[BindingType]] = bindings(RUN_KEYS)

    chair_hidden: reactive[bool] = reactive(False)
    muted: reactive[bool] = reactive(False)

    @dataclass
    class Finished(Message):
        """The chair closed the meeting; `report` is where the report was saved (or None)."""

        session: Session
        report: Path | None

    def __init__(
        self,
        session: Session,
        *,
        tick_seconds: float = TICK_SECONDS,
        look_back: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__()
        self.session = session
        #: (inbrenger, first step) from the group's last meeting, for the opening to ask about.
        self.look_back = tuple(look_back)
        self.tick_seconds = tick_seconds
        self._shown_state: SessionState | None = None
        self._shown_index = -1
        self._entered_at = session.wall_now()
        #: Whether the rules may still flash for the phase on show (until FLASH_SECONDS in).
        self._flash_pending = True
        #: The timer that makes the screen look at the session next.
        self._wake: Timer | None = None
        #: The repeating timer's period in real seconds, while one runs (see _sleep).
        self._beat: float | None = None
        #: Which timer woke the look under way: "once", "beat", or None (a key, a test).
        self._woken_by: str | None = None
        self.bells = 0

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """What the footer shows, our keys said in the chair's language (keys.said).

        While the clock stands still the pause key says that it continues: the chair reading
        the projected footer looks for the key that starts the clock again.
        """
        instead = {PAUSE_KEY.binding_id: "ui.key.resume"} if is_paused(self.session.state) else None
        return said(super().active_bindings, instead)

    def compose(self) -> ComposeResult:
        """The room's part on the left and on top; the chair's part on the right.

        The lines above and below the clock sit in their own containers (which draw nothing
        themselves): Textual's compositor redraws every child of a container whose area
        touches a change, so grouping them keeps the clock's per-second redraw to the clock
        row (bench/idle.py measures what a counting phase costs).
        """
        yield SteadyStatic(id="save-warning", markup=False)
        with BlankVertical(id="head"):
            yield SteadyStatic(id="phase-title", markup=False)
            with BlankHorizontal(id="meta-row"):
                yield SteadyStatic(id="phase-meta", markup=False)
                yield AgendaLine()
            yield Purpose(id="purpose")
        with BlankHorizontal(id="clock-row"):
            yield Countdown()
            yield Timeline()
        with BlankVertical(id="lower"):
            yield SteadyStatic(id="next", markup=False)
            with Horizontal(id="main"):
                with Vertical(id="room"):
                    yield Spotlight()
                    yield WhoPanel()
                    yield WallList()
                    yield RulesReminder()
                with Vertical(id="side"):
                    yield ChairPanel()
                    yield NotesPanel()
        # In a blank row of its own: on every repaint Textual's compositor renders each widget
        # directly on the screen (their clip is the whole screen), and a blank row is cheap.
        with BlankHorizontal(id="foot"):
            yield KeyFooter()

    def on_mount(self) -> None:
        """Draw once; every look at the session sets the timer for the next one."""
        # Looked up once: the screen looks at the session every second and they never change.
        self._countdown = self.query_one(Countdown)
        self._timeline = self.query_one(Timeline)
        self._rules = self.query_one(RulesReminder)
        self._save_warning = self.query_one("#save-warning", SteadyStatic)
        self._agenda_line = self.query_one(AgendaLine)
        # The clock and the timeline's running row change in the same second: their row
        # repaints them in one refresh (LineDrawn.repaint).
        clock_row = self.query_one("#clock-row", BlankHorizontal)
        self._countdown.repaint_through = clock_row
        self.query_one(TimelineRows).repaint_through = clock_row
        self.refresh_clock()

    # ------------------------------------------------------------------ drawing

    def refresh_clock(self) -> None:
        """Ask the session for the time and redraw only what changed (also called by tests).

        Public so a test that moved its FakeClock can bring the screen up to date at once
        instead of waiting for the timer. Runs every second, so it touches a widget only when
        what that widget shows changes: the clock when its second or colour changes, the
        timeline's current row with it, the rules' flash once when it ends.
        """
        session = self.session
        state = session.state
        if state is not self._shown_state:
            self._redraw(state)
        remaining = session.remaining()
        status = timer_status(remaining, state.setup.warnings)
        countdown = self._countdown
        face_before = countdown.face
        if remaining is None:
            # An untimed phase (the chair decides): show how long it has run, calmly.
            countdown.show_elapsed(session.elapsed(), tone_for(state, status))
        else:
            countdown.show(remaining, tone_for(state, status))
        if countdown.face != face_before:
            self._timeline.show(state, session.wall_now())
            if state.method.phase_prompts:
                self._show_next(state)
            self._agenda_line.show(session, self.tz)
        until_flash_ends: float | None = None
        if self._flash_pending:
            since = (session.wall_now() - self._entered_at).total_seconds()
            self._flash_pending = since < FLASH_SECONDS
            self._rules.flash = state.running and self._flash_pending
            until_flash_ends = FLASH_SECONDS - since if self._rules.flash else None
        for event in session.poll():
            self.ring(event)
        self._show_saving()
        if state.finished:
            self._stop_looking()
            return  # the meeting is over: nothing on this screen changes any more
        if not state.running:
            # Nothing on screen moves until a command (which looks again at once).
            self._sleep(None)
        elif remaining is None:
            self._sleep(until_elapsed_changes(session.elapsed()), until_flash_ends)
        else:
            # The bells ring at whole seconds too (the warnings are whole seconds).
            self._sleep(until_clock_changes(remaining), until_flash_ends)

    def _show_saving(self) -> None:
        """Retry a refused write when due, and keep the warning up for as long as it fails.

        The disk refused (full, unplugged, the journal deleted): the session keeps every
        event in memory and tries again on each command and every RETRY_SECONDS; the room
        sees the warning until the journal is complete again, then a short all-clear.
        """
        session = self.session
        session.retry_saving()
        problem = session.storage_problem
        banner = self._save_warning
        if problem is None:
            if banner.has_class("-failing"):
                banner.remove_class("-failing")
                banner.change("")
                self.notify(tr("journal.ui.saved_again"), timeout=4)
            return
        reason = problem.values.get("reason", "")
        text = Msg("journal.ui.banner", reason=reason, count=len(session.unsaved))
        banner.change(tr(text))
        banner.add_class("-failing")

    def _sleep(self, *meeting_seconds: float | None) -> None:
        """Look again when the first of `meeting_seconds` has passed (None: nothing due).

        Meeting time may run faster than real time (a rehearsal, --speed N) or stand still
        (a rehearsal holding time): the session's clock says how fast it runs now. While the
        clock runs, the next look is one beat (a second of meeting time) after a look made
        just after the shown second changed: then one repeating Textual timer looks every
        beat, in step with the clock, instead of a new timer set every second. Any other
        wake-up is one one-shot timer; a look that finds the beat out of step (a command, a
        late wake-up, a changed speed) goes back to that. Textual stops them when the screen
        goes.
        """
        speed = self.session.clock.speed
        delay = wake_delay(meeting_seconds, speed, self.tick_seconds)
        beat = 1 / speed if speed > 0 else MAX_SLEEP_SECONDS
        woken_by, self._woken_by = self._woken_by, None
        in_step = abs(delay - beat) <= STEADY_SLACK_SECONDS
        if in_step and woken_by == "beat" and beat == self._beat:
            return  # the repeating timer that woke this look comes again when due
        self._stop_looking()
        if in_step and woken_by == "once":
            self._beat = beat
            self._wake = self.set_interval(beat, self._look_on_beat, name="look every beat")
        else:
            self._wake = self.set_timer(delay, self._look_once, name="look at the session")

    def _stop_looking(self) -> None:
        """No more looks by timer (until the next look sets one)."""
        if self._wake is not None:
            self._wake.stop()
            self._wake = None
        self._beat = None

    def _look_once(self) -> None:
        """The one-shot timer's turn: look at the session (which sets the next timer)."""
        self._wake = None
        self._woken_by = "once"
        self.refresh_clock()

    def _look_on_beat(self) -> None:
        """The repeating timer's turn: look at the session (which keeps or replaces it)."""
        self._woken_by = "beat"
        self.refresh_clock()

    def ring(self, event: TimerEvent) -> None:
        """The chime (or bell) at the warning, at zero and in overtime, unless muted."""
        if not self.muted:
            self.bells += 1
            ring(self.app, event)

    def _redraw(self, state: SessionState) -> None:
        self._shown_state = state
        if state.index != self._shown_index:
            self._shown_index = state.index
            self._entered_at = self.session.wall_now()
            self._flash_pending = True
        view = self.session.phase_view()
        method = state.method
        step = state.phase.step
        title = f"{tr('ui.run.step', n=view.number, m=view.total)} · {step_title(step)}"
        self._set_line("phase-title", title)
        self._set_line("phase-meta", self._meta(state))
        self.query_one(Purpose).show(pick(step.description, step.description_en))
        self._show_next(state)
        self.query_one(WhoPanel).show(method, step, view)
        paused = is_paused(state)
        present = tuple(name for name in state.setup.everyone if name not in state.absent)
        self.query_one(Spotlight).show(
            spotlight_text(method, view, paused=paused, present=present), paused=paused
        )
        # Below 120 columns the spotlight shows only the pause, in the people's place (run.tcss).
        self.set_class(paused, "-paused")
        on_wall = ground_rules_on_wall(state)
        self._rules.show_rules(
            [pick(rule.reminder, rule.reminder_en) for rule in view.rules if rule not in on_wall]
        )
        self._show_wall(state)
        self.query_one(ChairPanel).show(view)
        self.query_one(NotesPanel).show(flip_notes(state), pinned_lines(state))
        self._timeline.show(state, self.session.wall_now())
        self._agenda_line.show(self.session, self.tz)
        self.refresh_bindings()

    def _show_wall(self, state: SessionState) -> None:
        """The list the room reads in this phase (the ground rules), or none."""
        wall = wall_for(state, self.look_back)
        listing = self.query_one(WallList)
        self.set_class(wall is not None, "-wall-list")
        self.set_class(bool(ground_rules_on_wall(state)), "-ground-rules")
        if wall is None:
            listing.clear()
        else:
            listing.show(*wall)

    def _set_line(self, name: str, content: str | Text) -> None:
        """Show `content` on the one-line `#name`, which stays as it is when it reads the same."""
        self.query_one(f"#{name}", SteadyStatic).change(content)

    def _meta(self, state: SessionState) -> Text:
        text = Text(method_title(state.method))
        label = case_label(state)
        if label:
            text.append(f" · {label}")
        if state.started and not state.running:
            text.append(f"  {tr('ui.run.paused')}", style="bold reverse")
        if self.muted:
            text.append(f"  ({tr('ui.run.muted')})")
        return text

    def _show_next(self, state: SessionState) -> None:
        """The line under the clock: what comes next, or the method's phase prompt while it
        is due (Balint's silence as a phase ends), for the room to read."""
        prompt = due_prompt(state, self.session.wall_now())
        if prompt is None:
            self._set_line("next", self._next_line(state))
        else:
            self._set_line("next", Text(pick(prompt.text, prompt.text_en), style="bold reverse"))

    def _next_line(self, state: SessionState) -> str:
        following = state.next_index()
        if following is None:
            return tr("ui.run.next_end")
        step = state.phases[following].step
        planned = state.planned(following)
        length = (
            tr("ui.run.untimed")
            if planned is None
            else f"{minutes(planned.total_seconds() / 60)} min"
        )
        return tr("ui.run.next", title=step_title(step), minutes=length)

    def watch_chair_hidden(self, hidden: bool) -> None:
        """Hide or show the chair's panel."""
        self.query_one("#side", Vertical).set_class(hidden, "-chair-hidden")

    def watch_muted(self) -> None:
        """Show the muted marker."""
        if self._shown_state is not None:
            self._set_line("phase-meta", self._meta(self.session.state))

    # ------------------------------------------------------------------ actions

    def _command(self, command: Callable[[], object]) -> None:
        """Run a session command; a refusal is told to the chair, never a traceback."""
        try:
            command()
        except CommandRejected as refusal:
            self.notify(tr(refusal.message), severity="warning", timeout=4, markup=False)
        self.refresh_clock()

    def action_toggle_pause(self) -> None:
        """Space: stop or restart the clock."""
        self._command(self.session.toggle_pause)

    def action_next_phase(self) -> None:
        """n / →: next phase; at the last phase, offer to close the meeting."""
        if self.session.state.next_index() is None:
            from intervisie_tui.tui.screens.confirm import confirm_finish

            self.app.push_screen(confirm_finish(), self._finish_answer)
            return
        self._command(self.session.next)

    def _finish_answer(self, yes: bool | None) -> None:
        if yes:
            self.finish()

    def finish(self) -> None:
        """Close the meeting, save the report, and tell the app."""
        report = self.session.finish(language())
        self.post_message(self.Finished(self.session, report))

    def action_previous_phase(self) -> None:
        """b / ←: back to the previous phase."""
        self._command(self.session.back)

    def action_add_minute(self) -> None:
        """+: one minute more."""
        self._command(self.session.add_minute)

    def action_remove_minute(self) -> None:
        """-: one minute less."""
        self._command(self.session.remove_minute)

    def action_next_turn(self) -> None:
        """t: the next person in the round."""
        self._command(self.session.next_turn)

    def action_skip_person(self) -> None:
        """s: the current speaker passes this round."""
        self._command(lambda: self.session.skip_person())

    def action_toggle_chair_panel(self) -> None:
        """h: hide the chair's panel from the room (or show it again)."""
        self.chair_hidden = not self.chair_hidden

    def action_toggle_mute(self) -> None:
        """m: silence the bell (or let it ring again)."""
        self.muted = not self.muted
