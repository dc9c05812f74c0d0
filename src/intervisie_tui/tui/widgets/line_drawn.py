"""Widgets that draw whole rows themselves and hand the compositor the same strip while a row
reads and looks the same."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class LineDrawn(Widget):
    """A widget without border, padding or tint whose rows each carry their whole style.

    The run screen's clock and timeline change once a second, and each time the compositor
    asks them for every row (Textual re-renders any widget whose area touches a change). For
    such a widget Textual's per-row styling pass adds nothing, yet it was most of what a
    ticking clock cost (bench/idle.py). Here a row is drawn only when what it shows
    (`shown_rows`), the width, the widget's style or the app's line filters changed;
    otherwise the strip drawn before is handed over again. The line filters (colour
    conversion, dimming behind a dialog) apply as they do to every other widget.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: Per row: what it was drawn from, and the strip.
        self._drawn: dict[int, tuple[Hashable, Strip]] = {}
        #: A container around this widget that draws nothing itself and repaints its cells
        #: for it (see `repaint`); None: the widget refreshes itself.
        self.repaint_through: Widget | None = None

    def repaint(self, *regions: Region) -> None:
        """Show the rows in `regions` (in the widget's own cells) again as they read now.

        The rows are drawn from what they show whenever the compositor asks (`render_lines`),
        so any refresh that covers those cells shows them. With `repaint_through` set, that
        container is refreshed over the same cells: widgets that change in the same second
        (the run screen's clock and the timeline's running row) then cost one refresh
        together instead of one each, and each refresh is a round of Textual messages (a
        prompt to the widget, an update from it to the screen) that bench/compare.py sees.
        """
        target = self.repaint_through
        if target is None:
            self.refresh(*regions)
            return
        offset = self.content_region.offset - target.content_region.offset
        target.refresh(*(region.translate(offset) for region in regions))

    def shown_rows(self, width: int, height: int) -> Sequence[Hashable]:
        """What each row shows at this size, as values equal exactly when the rows look alike."""
        raise NotImplementedError

    def draw_row(self, row: Hashable, width: int, style: Style) -> Strip:
        """One row, `width` cells wide, in `style` (the widget's own) plus its own look."""
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        """Row `y` (Textual's line API; `render_lines` draws the rows the compositor asks for)."""
        width, height = self.size
        rows = self.shown_rows(width, height)
        if not 0 <= y < len(rows):
            return Strip.blank(width, self.visual_style.rich_style)
        return self.draw_row(rows[y], width, self.visual_style.rich_style)

    def render_lines(self, crop: Region) -> list[Strip]:
        """The rows in `crop`, each drawn again only when it would look different."""
        width, height = self.size
        rows = self.shown_rows(width, height)
        style = self.visual_style.rich_style  # cached by Textual (`rich_style` is not)
        filters = tuple(self.get_line_filters())
        background = self.background_colors[1]
        x1, x2 = crop.column_span
        whole = (x1, x2) == (0, width)
        drawn = self._drawn
        strips = []
        for y in crop.line_range:
            row = rows[y] if 0 <= y < len(rows) else None
            key = (row, width, style, filters, background)
            known = drawn.get(y)
            if known is not None and known[0] == key:
                strip = known[1]
            else:
                strip = (
                    Strip.blank(width, style) if row is None else self.draw_row(row, width, style)
                )
                for line_filter in filters:
                    strip = strip.apply_filter(line_filter, background)
                drawn[y] = (key, strip)
            strips.append(strip if whole else strip.crop(x1, x2))
        return strips
