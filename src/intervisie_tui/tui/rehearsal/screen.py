"""The rehearsal run screen: the real run screen, plus cue cards, incidents and a referee.

Built as a subclass of `RunScreen` so the rehearsing chair sees and uses exactly the screen of a
real meeting (same clock, panels and keys); only phase moves go through the drill, which records
their timing, and the chair's crib sheet becomes the fuller cue card.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from intervisie_tui.rehearsal.debrief import save_debrief
from intervisie_tui.rehearsal.drill import Feedback, Prompt, Rehearsal
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.rehearsal.cue_card import CueCardPanel
from intervisie_tui.tui.screens.closing import show_closing
from intervisie_tui.tui.screens.run import TICK_SECONDS, RunScreen
from intervisie_tui.tui.widgets.chair import ChairPanel


class RehearsalScreen(RunScreen):
    """A rehearsal of one method; ends in the debrief screen."""

    #: The run screen's look, then the rehearsal's own (paths are relative to this module).
    CSS_PATH = ["../screens/run.tcss", "screen.tcss"]  # noqa: RUF012
    #: q asks with the rehearsal's own words: there is no journal to keep anything.
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit_rehearsal", show=False)]

    def __init__(
        self,
        drill: Rehearsal,
        *,
        folder: Path | None = None,
        tick_seconds: float = TICK_SECONDS,
    ) -> None:
        super().__init__(drill.session, tick_seconds=tick_seconds)
        self.drill = drill
        self.folder = folder
        self._card_index = -1

    def compose(self) -> ComposeResult:
        """The run screen with a banner saying this is a rehearsal, and the cue card."""
        speed = f"{self.drill.speed:g}"
        yield Static(
            tr("rehearsal.banner", seed=self.drill.seed, speed=speed), id="rehearsal-banner"
        )
        yield from super().compose()

    @on(events.Mount)
    async def _add_cue_card(self) -> None:
        """Add the cue card beside the (hidden) crib sheet, fill it, start the drill's tick.

        The card is mounted and filled before the first frame, so it is drawn with the rest.
        """
        await self.query_one("#side").mount(CueCardPanel(), before=self.query_one(ChairPanel))
        self.set_interval(self.tick_seconds, self.tick_drill)
        self.tick_drill()

    # --------------------------------------------------------------- the drill

    def tick_drill(self) -> None:
        """Show the cue card of a new phase and open an incident when its moment comes.

        Does nothing while a modal (incident, feedback, confirm, help) is on top: the chair
        deals with one thing at a time.
        """
        if self.app.screen is not self or self.drill.finished:
            return
        if self.drill.state.index != self._card_index:
            self._card_index = self.drill.state.index
            self.query_one(CueCardPanel).show(self.drill.cue_card())
        outcome = self.drill.tick()
        if isinstance(outcome, Prompt):
            # The dialogs and the debrief are imported when first needed, not before the
            # rehearsal's first frame.
            from intervisie_tui.tui.rehearsal.incident import IncidentScreen

            screen = IncidentScreen(outcome, self.drill.real_now, self._judge)
            self.app.push_screen(screen, self._feedback_read)
        elif isinstance(outcome, Feedback):  # expired without a prompt on screen: say so
            headline = tr(outcome.headline)
            self.notify(f"{headline} {outcome.good.text}", severity="warning", markup=False)

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
        """n / →: next phase through the drill (timing judged); at the end, the debrief."""
        if self.session.state.next_index() is None:
            super().action_next_phase()
            return
        self._command(self.drill.next_phase)
        self.tick_drill()

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
        if yes:
            self.app.exit(0)

    def finish(self) -> None:
        """Close the rehearsal, save the debrief, and tell the app."""
        self.drill.finish()
        debrief = self.drill.debrief()
        path: Path | None = None
        problem: str | None = None
        try:
            path = save_debrief(debrief, self.drill.base_clock.wall(), self.folder, language())
        except OSError as error:
            problem = str(error.strerror or error)
        from intervisie_tui.tui.rehearsal.debrief import DebriefScreen

        show_closing(self.app, DebriefScreen(debrief, path, problem))
