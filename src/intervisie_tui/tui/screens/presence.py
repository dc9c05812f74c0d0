"""Who is here: one key on the run screen, then the person, and they are absent (or back).

Someone leaves for a phone call or comes in late; the round must skip them at once and take
them in again when they return. The list says who is away now.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.screens.choice import ChoiceDialog


def presence_label(name: str, absent: bool) -> Text:
    """One row: the name, and 'afwezig' for someone who is away."""
    text = Text(name, style="dim" if absent else "bold")
    if absent:
        text.append(f"  ({tr('ui.presence.absent')})", style="italic")
    return text


def presence_dialog(people: Iterable[str], absent: Iterable[str]) -> ChoiceDialog:
    """The people of the meeting, each present or absent; the chosen name is returned."""
    away = frozenset(absent)
    return ChoiceDialog(
        tr("ui.presence.title"),
        tr("ui.presence.hint"),
        [(name, presence_label(name, name in away)) for name in people],
    )
