"""Ask before anything that ends a meeting: a stray key must not close it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.tui.i18n import tr


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question answered with one key (j/y/Enter yes, n/Escape no); True means yes."""

    CSS_PATH = "confirm.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,y,enter", "answer(True)", show=False),
        Binding("n,escape", "answer(False)", show=False),
    ]

    def __init__(self, question: str, explain: str) -> None:
        super().__init__()
        self.question = question
        self.explain = explain

    def compose(self) -> ComposeResult:
        """The question, what happens, and the two keys."""
        with Vertical():
            yield Static(self.question, id="confirm-question", markup=False)
            yield Static(self.explain, markup=False)
            yield Static(f"{tr('ui.confirm.yes')}   {tr('ui.confirm.no')}", markup=False)

    def action_answer(self, yes: bool) -> None:
        """Close with the chair's answer."""
        self.dismiss(yes)


class QuitDialog(ConfirmDialog):
    """A question asked by q: q again answers yes, so a chair quits with the key they know."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "answer(True)", show=False)]


def confirm_quit() -> ConfirmDialog:
    """The quit question: q again (or j/y/Enter) quits; the journal keeps the session."""
    return QuitDialog(tr("ui.quit.question"), tr("ui.quit.explain"))


def confirm_finish() -> ConfirmDialog:
    """The question at the last phase: close the meeting and write the report?"""
    return ConfirmDialog(tr("ui.finish.question"), tr("ui.finish.explain"))
