"""Who is here: one key on the run screen, then the person, and they are absent (or back).

Someone leaves for a phone call or comes in late; the round must skip them at once and take
them in again when they return. The list says who is away now. Someone who was not on the list
at all (a colleague who came after all) is typed in: + opens a name field, Enter adds them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.session.setup import check_name
from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.screens.choice import ChoiceDialog

#: The key that opens the name field (not a row's key: those are digits and letters).
NEW_NAME_KEY = "plus"


def presence_label(name: str, absent: bool) -> Text:
    """One row: the name, and 'afwezig' for someone who is away."""
    text = Text(name, style="dim" if absent else "bold")
    if absent:
        text.append(f"  ({tr('ui.presence.absent')})", style="italic")
    return text


def new_name(typed: str) -> str:
    """The name as typed, checked like --participants names (one name, no comma, not too
    long); MsgError with what to change."""
    name = typed.strip()
    if not name:
        raise MsgError(Msg("ui.presence.empty"))
    if "," in name:
        raise MsgError(Msg("ui.presence.comma", name=name))
    check_name(name)
    return name


class PresenceDialog(ChoiceDialog):
    """The people of the meeting to switch absent/present, and a field for a new name."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding(NEW_NAME_KEY, "new_name", show=False),
    ]

    #: Whether the name returned was typed in the field (someone arriving) rather than picked.
    typed = False

    def on_mount(self) -> None:
        """The name field waits below the list until + is pressed."""
        field = Input(placeholder=tr("ui.presence.new_name"), id="new-name")
        field.display = False
        problem = Static("", id="new-name-problem", markup=False)
        problem.display = False
        self.query_one(Vertical).mount(field, problem, before="#choice-hint")

    def action_new_name(self) -> None:
        """+: show the name field and type there."""
        field = self.query_one("#new-name", Input)
        field.display = True
        field.focus()

    def on_key(self, event: events.Key) -> None:
        """Typing in the name field is typing, not picking a row (ChoiceDialog's handler,
        which Textual calls after this one, is skipped)."""
        if self.query_one("#new-name", Input).has_focus:
            event.prevent_default()

    @on(Input.Submitted, "#new-name")
    def _added(self, event: Input.Submitted) -> None:
        event.stop()
        problem = self.query_one("#new-name-problem", Static)
        try:
            name = new_name(event.value)
        except MsgError as error:
            problem.update(tr(error.message))
            problem.display = True
            return
        self.typed = True
        self.dismiss(name)


def presence_dialog(people: Iterable[str], absent: Iterable[str]) -> PresenceDialog:
    """The people of the meeting, each present or absent; the chosen (or typed) name is
    returned."""
    away = frozenset(absent)
    return PresenceDialog(
        tr("ui.presence.title"),
        tr("ui.presence.hint"),
        [(name, presence_label(name, name in away)) for name in people],
    )
