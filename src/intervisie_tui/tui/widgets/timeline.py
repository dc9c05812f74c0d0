"""All phases with planned versus actual time so far: is the meeting on schedule?"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import cast

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.geometry import Region, Size
from textual.strip import Strip

from intervisie_tui.session import SessionState
from intervisie_tui.tui.i18n import pick, tr
from intervisie_tui.tui.text import clock
from intervisie_tui.tui.widgets.line_drawn import LineDrawn


@dataclass(frozen=True)
class TimelineRow:
    """One phase as the timeline shows it: marker, title, "actual/planned", and its style."""

    marker: str
    title: str
    time: str
    style: str = ""


def timeline_row(state: SessionState, at: datetime, index: int) -> TimelineRow:
    """Phase `index` as of wall time `at`: "▶" running, "✓" done (red when over), "·" to come.

    Only the current phase's row depends on `at` (no other phase is running), which is what
    lets the timeline redraw one row a second instead of the whole table.
    """
    phase = state.phases[index]
    title = pick(phase.step.title, phase.step.title_en)
    if phase.case is not None and len(state.item_cases[phase.item]) > 1:
        title = f"{phase.case + 1}· {title}"
    if index in state.dropped:
        return TimelineRow("×", title, "–", "dim strike")
    planned = state.planned(index)
    added = state.records[index].added
    plan = "–" if planned is None else clock((planned + added).total_seconds(), up=True)
    elapsed = state.elapsed(at, index).total_seconds()
    visited = state.records[index].first_started is not None
    over = planned is not None and elapsed > (planned + added).total_seconds()
    if index == state.index and state.started and not state.finished:
        marker, style = "▶", "bold"
    elif state.records[index].skipped:
        marker, style = "»", "dim"
    elif visited:
        marker, style = "✓", "red" if over else "dim"
    else:
        marker, style = "·", ""
    return TimelineRow(marker, title, f"{clock(elapsed)}/{plan}" if visited else plan, style)


def timeline_rows(state: SessionState, at: datetime) -> tuple[TimelineRow, ...]:
    """One row per phase, in meeting order."""
    return tuple(timeline_row(state, at, index) for index in range(len(state.phases)))


def row_line(row: TimelineRow, width: int, time_width: int) -> str:
    """A row laid out in `width` cells: marker, title cut with "…", time flush right.

    The same layout the timeline had as a borderless rich table (one space after the marker
    and after the title, the time column as wide as its widest entry), without building and
    measuring a table every second.
    """
    title_width = max(0, width - 3 - time_width)
    time = row.time.rjust(time_width - cell_len(row.time) + len(row.time))
    line = f"{row.marker} {_fitted(row.title, title_width)} {time}"
    # Narrower than marker and widest time (never at the timeline's width): cut at the right.
    return set_cell_size(line, width) if cell_len(line) > width else line


@lru_cache(maxsize=256)
def _fitted(title: str, width: int) -> str:
    """`title` cut with "…" or padded to `width` cells (the running row redraws every second,
    its title does not change)."""
    if not width:
        return ""
    text = Text(title)
    text.truncate(width, overflow="ellipsis", pad=True)
    return text.plain


class TimelineRows(LineDrawn):
    """The rows, drawn line by line so a changed row repaints that row only."""

    DEFAULT_CSS = """
    TimelineRows {
        width: 1fr;
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: tuple[TimelineRow, ...] = ()
        self._time_width = 0

    @property
    def rows(self) -> tuple[TimelineRow, ...]:
        """The rows on show, for tests."""
        return self._rows

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One line per phase."""
        return len(self._rows)

    def set_rows(self, rows: Sequence[TimelineRow]) -> None:
        """Show `rows`, repainting only the rows that differ (nothing when none do).

        A layout pass only when the number of rows changes; a full repaint only when the time
        column gets wider or narrower (say "9:59/10:00" becomes "10:00/10:00"), since that
        moves every title.
        """
        new = tuple(rows)
        old = self._rows
        if new == old:
            return
        self._rows = new
        time_width = max((cell_len(row.time) for row in new), default=0)
        if len(new) != len(old):
            self._time_width = time_width
            self.refresh(layout=True)
            return
        if time_width != self._time_width:
            self._time_width = time_width
            self.refresh()
            return
        width = self.size.width
        changed = [
            Region(0, y, width, 1) for y, (a, b) in enumerate(zip(old, new, strict=True)) if a != b
        ]
        if width:
            self.refresh(*changed)

    def set_row(self, index: int, row: TimelineRow) -> None:
        """Replace one row (the running phase's, once a second).

        When its time keeps its width ("0:12/2:00" becomes "0:13/2:00") nothing else can move,
        so only that row is repainted without looking at the others.
        """
        rows = self._rows
        if not 0 <= index < len(rows) or rows[index] == row:
            return
        new = (*rows[:index], row, *rows[index + 1 :])
        if cell_len(row.time) != cell_len(rows[index].time):
            self.set_rows(new)
            return
        self._rows = new
        width = self.size.width
        if width:
            self.repaint(Region(0, index, width, 1))

    def shown_rows(self, width: int, height: int) -> tuple[tuple[TimelineRow, int], ...]:
        """Each row with the time column's width, which places its title and time."""
        time_width = self._time_width
        return tuple((row, time_width) for row in self._rows)

    def draw_row(self, row: Hashable, width: int, style: Style) -> Strip:
        """A row in the widget's style plus its own (bold, dim, red, struck out)."""
        phase, time_width = cast("tuple[TimelineRow, int]", row)
        # Style.parse keeps its own cache of parsed definitions.
        look = style + Style.parse(phase.style) if phase.style else style
        line = row_line(phase, width, time_width)
        return Strip([Segment(line, look)]).adjust_cell_length(width, style)


class Timeline(VerticalScroll):
    """Every phase with its planned and actual minutes; the current one stays in view.

    Once a second only the running phase's row changes (its actual time); that row is the
    only one recomputed and repainted. The rows keep whole seconds ("1:15/3:30") as before:
    the room reads minutes from it, the chair reads how far a phase ran over, and one row of
    30 cells a second costs next to nothing once the rest of the table is left alone.
    """

    #: Never focused: a focused scroll panel would take pagedown, pageup and the arrows (a
    #: presenter clicker, or keys.yaml's next/back) for scrolling. The mouse wheel still scrolls.
    can_focus = False

    DEFAULT_CSS = """
    Timeline {
        height: 1fr;
        border: round $primary-muted;
        padding: 0 1;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._state: SessionState | None = None
        self._scrolled: tuple[int, int] | None = None
        self._body: TimelineRows | None = None

    def compose(self) -> ComposeResult:
        """The rows the screen updates."""
        yield TimelineRows(id="timeline-body")

    def on_mount(self) -> None:
        """Title the box."""
        self.border_title = tr("ui.run.timeline")

    def on_resize(self) -> None:
        """Keep the current phase in view at the new height."""
        self._keep_current_in_view()

    def show(self, state: SessionState, at: datetime) -> None:
        """Bring the rows up to wall time `at` and keep the current phase visible.

        For the state already on show only the current row can change, so only that row is
        recomputed; a new state (after a command) recomputes all rows. Either way rows that
        did not change are not repainted.
        """
        if self._body is None:
            self._body = self.query_one(TimelineRows)
        body = self._body
        if state is self._state:
            # The same phase runs at the same height: what is in view stays (see on_resize).
            body.set_row(state.index, timeline_row(state, at, state.index))
        else:
            self._state = state
            body.set_rows(timeline_rows(state, at))
            self._keep_current_in_view()

    def _keep_current_in_view(self) -> None:
        state = self._state
        height = self.size.height
        if state is None or not state.phases or not height:
            return
        if self._scrolled == (state.index, height):
            return
        self._scrolled = (state.index, height)
        self.scroll_to(y=max(0, state.index - height // 2), animate=False)
