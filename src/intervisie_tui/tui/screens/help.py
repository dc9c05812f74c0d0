"""Help: every key on one screen, in the active language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.keymap import Keymap
from intervisie_tui.tui.keys import KeySpec, all_keys, display_keys


class HelpScreen(ModalScreen[None]):
    """The key table, opened with ? from anywhere; built from the same table as the footer."""

    CSS_PATH = "help.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss_help", show=False),
    ]

    def __init__(self, keymap: Keymap | None = None, keys: Sequence[KeySpec] | None = None) -> None:
        super().__init__()
        #: The keys in force: the chair's keys.yaml where it moved a key, else the defaults.
        self.keymap = keymap or Keymap()
        #: The keys of the screen it was opened on (the library's are not the meeting's).
        self.keys: Sequence[KeySpec] = all_keys() if keys is None else keys

    def compose(self) -> ComposeResult:
        """Title, intro and one line per key, with the keys that work now."""
        shown = {spec.name: display_keys(spec, self.keymap.keys_of(spec)) for spec in self.keys}
        width = max(len(keys) for keys in shown.values())
        lines = [
            f"{shown[spec.name].ljust(width)}  {tr(spec.command)}: {tr(spec.command + '.help')}"
            for spec in self.keys
        ]
        # Scrolls (↓, page down, the wheel) where the keys are more than the screen's rows.
        with VerticalScroll():
            yield Static(tr("ui.help.title"), id="help-title")
            yield Static(tr("ui.help.intro"))
            yield Static("\n".join(lines), id="help-keys", markup=False)
            yield Static(tr("ui.help.close"))

    def action_dismiss_help(self) -> None:
        """Close and return to where the chair was."""
        self.dismiss(None)
