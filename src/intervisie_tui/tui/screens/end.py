"""The end of a meeting: the report, where it and the reflection sheets were saved, and how
to print or resume."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Markdown, Static

from intervisie_tui.session import SessionState
from intervisie_tui.session.report import render_report
from intervisie_tui.tui.app_commands import ChairCommands
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.keys import CLOSING_QUIT, KeySpec, bindings
from intervisie_tui.tui.screens.closing import ClosingScreen


class EndScreen(ClosingScreen):
    """The report as it was saved, with the commands to print it again or resume a session."""

    CSS_PATH = "end.tcss"
    #: q goes back to the library (the meeting is closed) or, started from the command line,
    #: leaves; either way after the app's check that nothing is left unsaved (closing.py).
    BINDINGS: ClassVar[list[BindingType]] = bindings((CLOSING_QUIT,))

    def __init__(
        self,
        state: SessionState,
        report: Path | None,
        *,
        problem: str = "",
        reflections: Path | None = None,
    ) -> None:
        super().__init__()
        self.state = state
        self.report = report
        #: The folder of the participants' reflection sheets (None: none were written).
        self.reflections = reflections
        #: Why the report (or part of the journal) could not be saved; shown above the paths.
        self.problem = problem

    @property
    def KEYS(self) -> tuple[KeySpec, ...]:
        """The help's and the palette's keys: q as it is here."""
        return (self.leave_key,)

    def compose(self) -> ComposeResult:
        """Title, where the report is and what to do with it, then the report itself."""
        yield Static(tr("ui.end.title"), id="end-title")
        if self.problem:
            yield Static(self.problem, id="end-problem", markup=False)
        lines = []
        if self.report is not None:
            # The chair copies or mails these afterwards: the folder first, then each file.
            lines.append(tr("end.folder", folder=str(self.report.parent)))
            lines.append(tr("ui.end.saved", path=str(self.report)))
            if self.reflections is not None:
                lines.append(tr("end.reflections", folder=f"{self.reflections}/"))
            lines.append(tr("ui.end.print", session=self.report.stem))
        if not self.state.finished:  # a closed meeting has nothing to resume
            lines.append(tr("ui.end.resume"))
        # The paths scroll with the report: on a small screen they would push it out of sight.
        with VerticalScroll(id="report"):
            yield Static("\n".join(lines), id="end-paths", markup=False)
            yield Markdown(render_report(self.state, language()))
        yield Footer(compact=True, show_command_palette=False)

    def action_leave(self) -> None:
        """q: back to the library, the meeting let go of; or, started from the command line
        or with something left unsaved, the app's own q (which offers to save it elsewhere)."""
        app = self.app
        assert isinstance(app, ChairCommands)
        session = app.session
        if not self.way_back or (
            session is not None and session.unsaved and not session.retry_saving(force=True)
        ):
            app.action_request_quit()
            return
        if session is not None:
            session.close()
            app.session = None
        self.go_back()
