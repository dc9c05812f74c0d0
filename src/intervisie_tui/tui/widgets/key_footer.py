"""Textual's footer of keys, in the screen's first frame, and with "? meer" where not all fit."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.events import Resize
from textual.widgets import Footer

from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.keys import with_app_keys

#: The key that opens the help screen, and the one that stops: kept when the rest must go.
HELP_KEY = "question_mark"
QUIT_KEY = "q"


class _KeyWidget(Protocol):
    """What Textual's footer key widget (not exported by name) holds, as public attributes."""

    key: str
    key_display: str
    description: str
    action: str


@dataclass(frozen=True)
class Shown:
    """One key as the footer draws it: `key` (Textual's name), what is printed, what it says."""

    key: str
    display: str
    description: str

    @property
    def width(self) -> int:
        """Cells it takes in the compact footer: key, a space, the words, a space after."""
        return cell_len(self.display) + 1 + cell_len(self.description) + 1


def fit_keys(keys: Sequence[Shown], width: int, more: str) -> tuple[Shown, ...]:
    """The keys that fit in `width` cells, in their order; all of them when they fit.

    When they do not, the help key stays and says `more` ("? meer": the help screen lists
    every key), the stop key stays, and the others are kept from the first on while they fit:
    the first keys of the table are the ones a chair presses most.
    """
    if sum(key.width for key in keys) <= width:
        return tuple(keys)
    pinned = {
        key.key: Shown(key.key, key.display, more) if key.key == HELP_KEY else key
        for key in keys
        if key.key in (HELP_KEY, QUIT_KEY)
    }
    budget = width - sum(key.width for key in pinned.values())
    kept: list[Shown] = []
    for key in keys:
        if key.key in pinned:
            kept.append(pinned[key.key])
        elif key.width <= budget:
            kept.append(key)
            budget -= key.width
        else:
            budget = -1  # keep the order: nothing after a key that did not fit
    return tuple(kept)


class KeyFooter(Footer):
    """The screen's keys along the bottom, drawn together with the rest of the screen.

    Textual's footer composes its keys only when the screen announces its bindings, which
    happens after the first frame, and then recomposes after one more refresh: the chair saw
    the screen without its keys for a frame or two (bench/startup.py times the whole screen).
    This footer asks for its keys itself when it is first composed, through the footer's own
    public hook, so they are in the first frame. It recomposes only when the keys on show
    change: a recompose takes the keys away and mounts them again, for nothing when they are
    the same.

    Textual's footer cuts off what does not fit (at 80 columns the help and stop keys were
    gone); this one shows what fits and turns the help key into "? meer" (`fit_keys`).
    """

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self._asked = False
        self._composed: tuple[Hashable, ...] | None = None

    def _width(self) -> int:
        """The footer's width; the terminal's before the first layout (it spans the screen)."""
        return self.size.width or self.app.size.width

    def _keys(self) -> tuple[Hashable, ...]:
        """What the footer shows of the screen's active bindings, at its width."""
        every = tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return (*every, self._width())

    def compose(self) -> ComposeResult:
        """The keys of the screen's current bindings that fit, from the very first compose on."""
        if not self._asked:
            self._asked = True
            self.bindings_changed(self.screen)
        self._composed = self._keys()
        # In the order of our key table: a key moved by keys.yaml keeps its place (Textual
        # lists remapped keys last, where the narrow footer would leave them out first).
        table = with_app_keys(getattr(self.screen, "KEYS", ()))
        order = {spec.action: index for index, spec in enumerate(table)}
        widgets = sorted(
            super().compose(),
            key=lambda widget: order.get(cast("_KeyWidget", widget).action, len(order)),
        )
        keys = [cast("_KeyWidget", widget) for widget in widgets]
        every = [Shown(key.key, key.key_display, key.description) for key in keys]
        shown = {key.key: key for key in fit_keys(every, self._width(), tr("ui.key.more"))}
        for widget, key in zip(widgets, keys, strict=True):
            if key.key in shown:
                # The description is a plain attribute the key reads each time it renders.
                key.description = shown[key.key].description
                yield widget

    def on_resize(self, _event: Resize) -> None:
        """A wider or narrower terminal may fit more or fewer keys."""
        self.call_after_refresh(self.recompose)

    async def recompose(self) -> None:
        """Compose again only when the keys on show have changed."""
        if self.is_attached and self._keys() == self._composed:
            return
        await super().recompose()
