"""The quit question when the disk refused part of the meeting: what is lost, and where else.

The ordinary quit dialog promises that the journal keeps everything. After a write failure
that is not true, so this one says exactly what is not saved (how many changes, and the notes
among them) and offers to write the whole meeting elsewhere: a file in the current folder or
in the temporary folder, which `intervisie-tui report FILE` and `resume` read like any other.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.messages import Msg
from intervisie_tui.session import Session
from intervisie_tui.session.saving import unsaved_notes
from intervisie_tui.tui.i18n import tr

#: Notes listed by name in the dialog; more are counted.
SHOWN_NOTES = 5


def unsaved_text(session: Session) -> str:
    """What the journal is missing, in the chair's language (also the end screen's basis)."""
    unsaved = session.unsaved
    problem = session.storage_problem
    reason = problem.values.get("reason", "-") if problem is not None else "-"
    lines = [tr(Msg("journal.ui.quit_unsaved", count=len(unsaved), reason=reason))]
    notes = unsaved_notes(unsaved)
    if notes:
        lines.append(tr("journal.ui.quit_notes"))
        lines.extend(f"  - {note}" for note in notes[:SHOWN_NOTES])
        if len(notes) > SHOWN_NOTES:
            lines.append(tr(Msg("journal.ui.quit_more", count=len(notes) - SHOWN_NOTES)))
    return "\n".join(lines)


class UnsavedQuitDialog(ModalScreen[Path | bool]):
    """w / t write the meeting elsewhere and quit; q quits anyway; Escape goes back.

    Dismissed with the path written, True for "quit anyway", or False for "back".
    """

    CSS_PATH = "unsaved.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "save_in('here')", show=False),
        Binding("t", "save_in('temp')", show=False),
        Binding("q", "quit_anyway", show=False),
        Binding("escape,n", "back", show=False),
    ]

    def __init__(
        self, session: Session, *, here: Path | None = None, temp: Path | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.folders = {
            "here": here if here is not None else Path.cwd(),
            "temp": temp if temp is not None else Path(tempfile.gettempdir()),
        }

    def compose(self) -> ComposeResult:
        """The question, exactly what is not saved, the keys, and a line for problems."""
        keys = Msg(
            "journal.ui.quit_keys", here=str(self.folders["here"]), temp=str(self.folders["temp"])
        )
        with Vertical():
            yield Static(tr("journal.ui.quit_question"), id="unsaved-question", markup=False)
            yield Static(unsaved_text(self.session), id="unsaved-what", markup=False)
            yield Static(tr(keys), markup=False)
            yield Static("", id="unsaved-problem", markup=False)

    def action_save_in(self, where: str) -> None:
        """Write the whole meeting as a journal file in the chosen folder, then close."""
        try:
            path = self.session.save_copy(self.folders[where])
        except OSError as error:
            reason = error.strerror or str(error)
            text = tr(Msg("journal.ui.copy_failed", reason=reason))
            self.query_one("#unsaved-problem", Static).update(text)
            return
        self.dismiss(path)

    def action_quit_anyway(self) -> None:
        """The chair accepts the loss."""
        self.dismiss(True)

    def action_back(self) -> None:
        """Back to the meeting (writing may work again a little later)."""
        self.dismiss(False)
