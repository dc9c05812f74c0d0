"""A list the whole room reads from the wall: the ground rules in the opening, numbered, and
last time's first steps in the check-in round.

The ten ground rules used to be drawn as ten rule boxes side by side, a few letters wide each:
nobody could read them. Here each is one line of its own, numbered, using the room's whole
column; on a big screen each rule's explanation stands under it. When the list does not fit
(80x24), `r` turns the page, and the box's lower edge says which lines are on show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import HorizontalGroup, VerticalScroll
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Static

from intervisie_tui.tui.i18n import tr


@dataclass(frozen=True)
class WallLine:
    """One line of the list: its label ("3." or a name), what it says, and an optional
    explanation under it (shown where the screen has room for it)."""

    label: str
    text: str
    detail: str | None = None
    current: bool = False


class WallList(VerticalScroll):
    """A titled list for the room, paged with one key when it does not fit.

    Never focused: the chair's keys stay the run screen's, and `page` is called by the screen's
    key (`r`). The lines are Statics, so Textual wraps a long rule at the column's width.
    """

    can_focus = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[str, tuple[WallLine, ...], str | None] | None = None

    def compose(self) -> ComposeResult:
        """Empty until `show`: a step without a list shows no box."""
        return iter(())

    def show(self, title: str, lines: Sequence[WallLine], intro: str | None = None) -> None:
        """Show `lines` under `title` (and `intro`, a line above them); unchanged lines are
        left alone (no flicker each second)."""
        shown = (title, tuple(lines), intro)
        if shown == self._shown:
            return
        first = self._shown is None or self._shown[0] != title
        self._shown = shown
        self.border_title = title
        self.remove_children()
        width = max((len(line.label) for line in lines), default=0) + 1
        widgets: list[Widget] = []
        if intro:
            widgets.append(Static(intro, classes="intro", markup=False))
        for line in lines:
            # The label in a column of its own: a long rule wraps under its text, not its number.
            label = Static(line.label.rjust(width - 1), classes="label", markup=False)
            label.styles.width = width
            text = Static(line.text, classes="text", markup=False)
            row = HorizontalGroup(label, text, classes="line -current" if line.current else "line")
            widgets.append(row)
            if line.detail:
                detail = Static(line.detail, classes="detail", markup=False)
                detail.styles.padding = (0, 0, 0, width)
                widgets.append(detail)
        self.mount_all(widgets)
        if first:
            self.scroll_home(animate=False)
        self.call_after_refresh(self._hint)

    def clear(self) -> None:
        """Nothing to show (the screen hides the box in steps without a list)."""
        if self._shown is not None:
            self._shown = None
            self.remove_children()

    @property
    def lines(self) -> tuple[WallLine, ...]:
        """The lines on show, for tests."""
        return () if self._shown is None else self._shown[1]

    @property
    def pages(self) -> bool:
        """Whether the list is longer than its box (so `r` turns pages)."""
        return self.max_scroll_y > 0

    def page(self) -> None:
        """The next page of the list; after the last, the first again (one key does both)."""
        if not self.pages:
            return
        if self.scroll_y >= self.max_scroll_y:
            self.scroll_home(animate=False)
        else:
            self.scroll_page_down(animate=False)
        self.call_after_refresh(self._hint)

    def on_resize(self, event: Resize) -> None:
        """A new size may make the list fit, or no longer fit."""
        self.call_after_refresh(self._hint)

    def _hint(self) -> None:
        """The lower edge: which part is on show and the key for the rest, when it pages."""
        if not self.pages:
            self.border_subtitle = ""
            return
        if self.scroll_y >= self.max_scroll_y:
            self.border_subtitle = tr("wall.first_page")
        else:
            self.border_subtitle = tr("wall.next_page")
