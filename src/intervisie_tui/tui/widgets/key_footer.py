"""Textual's footer of keys, with the keys in the screen's first frame."""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.widgets import Footer


class KeyFooter(Footer):
    """The screen's keys along the bottom, drawn together with the rest of the screen.

    Textual's footer composes its keys only when the screen announces its bindings, which
    happens after the first frame, and then recomposes after one more refresh: the chair saw
    the screen without its keys for a frame or two (bench/startup.py times the whole screen).
    This footer asks for its keys itself when it is first composed, through the footer's own
    public hook, so they are in the first frame. It recomposes only when the keys on show
    change: a recompose takes the keys away and mounts them again, for nothing when they are
    the same.
    """

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self._asked = False
        self._composed: tuple[Hashable, ...] | None = None

    def _keys(self) -> tuple[Hashable, ...]:
        """What the footer shows of the screen's active bindings."""
        return tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )

    def compose(self) -> ComposeResult:
        """The keys of the screen's current bindings, from the very first compose on."""
        if not self._asked:
            self._asked = True
            self.bindings_changed(self.screen)
        self._composed = self._keys()
        yield from super().compose()

    async def recompose(self) -> None:
        """Compose again only when the keys on show have changed."""
        if self.is_attached and self._keys() == self._composed:
            return
        await super().recompose()
