"""Help: every key on one screen, in the active language."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.keys import all_keys, display_keys


class HelpScreen(ModalScreen[None]):
    """The key table, opened with ? from anywhere; built from the same table as the footer."""

    CSS_PATH = "help.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss_help", show=False),
    ]

    def compose(self) -> ComposeResult:
        """Title, intro and one line per key."""
        width = max(len(display_keys(spec)) for spec in all_keys())
        lines = [
            f"{display_keys(spec).ljust(width)}  {tr(spec.command)}: {tr(spec.command + '.help')}"
            for spec in all_keys()
        ]
        with Vertical():
            yield Static(tr("ui.help.title"), id="help-title")
            yield Static(tr("ui.help.intro"))
            yield Static("\n".join(lines), id="help-keys", markup=False)
            yield Static(tr("ui.help.close"))

    def action_dismiss_help(self) -> None:
        """Close and return to where the chair was."""
        self.dismiss(None)
