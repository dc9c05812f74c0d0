"""The rehearsal run screen: the real run screen, plus a room that speaks, cue cards and a referee.

Built as a subclass of `RunScreen` so the rehearsing chair sees and uses exactly the screen of a
real meeting (same clock, panels and keys); only phase moves go through the drill, which records
their timing, and the chair's crib sheet becomes the fuller cue card. Each phase waits, time
standing still, until the chair has said the opening words (Enter); then the room talks, and
`i` intervenes on what was just said.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Static

from intervisie_tui.rehearsal.debrief_text import save_debrief
from intervisie_tui.rehearsal.drill import Feedback, Rehearsal
from intervisie_tui.rehearsal.history import History, append_history, load_history
from intervisie_tui.rehearsal.scoring import FalseAlarm
from intervisie_tui.session.state import CommandRejected
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.keys import REHEARSAL_KEYS, REHEARSAL_QUIT, RUN_KEYS, bindings
from intervisie_tui.tui.rehearsal.cue_card import CueCardPanel
from intervisie_tui.tui.rehearsal.room import RoomPanel
from intervisie_tui.tui.rehearsal.share import ShareTarget
from intervisie_tui.tui.screens.closing import show_closing
from intervisie_tui.tui.screens.run import TICK_SECONDS, RunScreen
from intervisie_tui.tui.widgets.chair import ChairPanel
from intervisie_tui.tui.widgets.rules import RulesReminder


class RehearsalScreen(RunScreen):
    """A rehearsal of one method; ends in the debrief screen."""

    #: The run screen's look, then the rehearsal's own (paths are relative to this module).
    CSS_PATH = ["../screens/run.tcss", "screen.tcss"]  # noqa: RUF012
    #: The rehearsal's keys first (Enter when the opening words are said, i to intervene),
    #: then the run screen's (without its i, which names an inbrenger in a real meeting), and
    #: q, which asks with the rehearsal's own words: one table for footer, help and palette.
    KEYS = (
        *REHEARSAL_KEYS,
        *(spec for spec in RUN_KEYS if spec.key_list != ["i"]),
        REHEARSAL_QUIT,
    )
    BINDINGS: ClassVar[list[BindingType]] = bindings((*REHEARSAL_KEYS, REHEARSAL_QUIT))

    def __init__(
        self,
        drill: Rehearsal,
        *,
        folder: Path | None = None,
        tick_seconds: float = TICK_SECONDS,
        share: ShareTarget | None = None,
    ) -> None:
        super().__init__(drill.session, tick_seconds=tick_seconds)
        self.drill = drill
        self.folder = folder
        #: The group the debrief may share the results with (the chair chooses there).
        self.share = share
        self._card_index = -1

    def compose(self) -> ComposeResult:
        """The run screen with a banner saying this is a rehearsal, and the cue card."""
        yield Static(self._banner(), id="rehearsal-banner", markup=False)
        yield from super().compose()

    def _banner(self) -> Text:
        speed = f"{self.drill.speed:g}"
        return Text(tr("rehearsal.banner", seed=self.drill.seed, speed=speed))

    def status_notice(self, text: str) -> None:
        """Say `text` in the banner, after the rehearsal's number, in muted letters (once).

        The banner is the rehearsal's status line: a notice there (no sound player, so the
        bell rings) covers nothing the chair needs, as a toast over the corner would.
        """
        banner = self._banner()
        banner.append("  ·  ")
        banner.append(text, style="not bold dim")
        self.query_one("#rehearsal-banner", Static).update(banner)

    @on(events.Mount)
    async def _add_cue_card(self) -> None:
        """Add the cue card beside the (hidden) crib sheet and the room under who speaks.

        Both are mounted and filled before the first frame, so they are drawn with the rest.
        """
        await self.query_one("#side").mount(CueCardPanel(), before=self.query_one(ChairPanel))
        await self.query_one("#room").mount(RoomPanel(), before=self.query_one(RulesReminder))
        self.set_interval(self.tick_seconds, self.tick_drill)
        self.tick_drill()

    # --------------------------------------------------------------- the drill

    def tick_drill(self) -> None:
        """Show the cue card of a new phase, and the lines the room says now.

        Does nothing while a modal (options, feedback, confirm, help) is on top: the chair
        deals with one thing at a time.
        """
        if self.app.screen is not self or self.drill.finished:
            return
        room = self.query_one(RoomPanel)
        if self.drill.state.index != self._card_index:
            self._card_index = self.drill.state.index
            self.query_one(CueCardPanel).show(self.drill.cue_card(language()))
        room.waiting(self.drill.awaiting_opening)
        for heard in self.drill.tick():
            room.add(heard)

    def action_opening_said(self) -> None:
        """Enter: the opening words are said; the phase's time runs and the room talks."""
        if self.drill.opening_said():
            self.refresh_clock()
            self.tick_drill()

    def action_intervene(self) -> None:
        """i: step in on what was just said; the options open only on a real breach."""
        try:
            outcome = self.drill.intervene()
        except CommandRejected as refused:
            self.notify(tr(refused.message), severity="warning", markup=False)
            return
        if isinstance(outcome, FalseAlarm):
            key = "rehearsal.false_alarm" if outcome.line else "rehearsal.false_alarm.silence"
            self.notify(tr(key), severity="warning", markup=False)
            return
        # The dialog is imported when first needed, not before the rehearsal's first frame.
        from intervisie_tui.tui.rehearsal.incident import IncidentScreen

        screen = IncidentScreen(outcome, self.drill.real_now, self._judge)
        self.app.push_screen(screen, self._feedback_read)

    def _judge(self, number: int | None) -> Feedback:
        """Judge the chair's answer; method time stays still while the feedback is read."""
        feedback = self.drill.answer(number) if number is not None else self.drill.expire()
        self.drill.hold_time()
        return feedback

    def _feedback_read(self, _: None) -> None:
        self.drill.release_time()
        self.tick_drill()

    # --------------------------------------------------------- phase commands

    def action_next_phase(self) -> None:
        """n / →: next phase through the drill (timing judged); at the end, the debrief.

        At the last phase method time stands still while the chair reads "afronden?": the
        phase ended when n was pressed, and at rehearsal speed a few seconds of reading would
        otherwise put it far over its time in the debrief.
        """
        if self.session.state.next_index() is None:
            self.drill.hold_time()
            super().action_next_phase()
            return
        self._command(self.drill.next_phase)
        self.tick_drill()

    def _finish_answer(self, yes: bool | None) -> None:
        """The answer to "afronden?": the debrief, or on in the last phase where time runs on."""
        if yes:
            self.finish()
        else:
            self.drill.release_time()

    def action_previous_phase(self) -> None:
        """b / ←: back to the previous phase."""
        self._command(self.drill.back)
        self.tick_drill()

    def action_quit_rehearsal(self) -> None:
        """q: stop rehearsing (asked first); nothing is saved without a debrief."""
        from intervisie_tui.tui.screens.confirm import QuitDialog

        dialog = QuitDialog(tr("rehearsal.quit.question"), tr("rehearsal.quit.explain"))
        self.app.push_screen(dialog, self._quit_answer)

    def _quit_answer(self, yes: bool | None) -> None:
        """Stopped: back to the library or the groups it was started from, else out."""
        if not yes:
            return
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit(0)

    def finish(self) -> None:
        """Close the rehearsal, save the debrief, and tell the app."""
        self.drill.finish()
        when = self.drill.base_clock.wall()
        history = History()
        problem: str | None = None
        if self.folder is not None:
            try:
                history = load_history(self.folder)
            except OSError as error:
                problem = str(error.strerror or error)
        debrief = self.drill.debrief(history.of_method(self.drill.method.id))
        path: Path | None = None
        if self.folder is not None and problem is None:
            try:
                path = save_debrief(debrief, when, self.folder, language())
                append_history(self.folder, debrief.record(when))
            except OSError as error:
                problem = str(error.strerror or error)
        from intervisie_tui.tui.rehearsal.debrief import DebriefScreen

        unreadable = history.unreadable
        screen = DebriefScreen(
            debrief,
            path,
            problem,
            unreadable=unreadable,
            share=self.share,
            day=when.astimezone().date(),
        )
        show_closing(self.app, screen)
