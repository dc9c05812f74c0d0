"""All phases with planned versus actual time so far: is the meeting on schedule?"""

from __future__ import annotations

from datetime import datetime

from rich.table import Table
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from intervisie_tui.session import SessionState
from intervisie_tui.tui.i18n import pick, tr
from intervisie_tui.tui.text import clock


def timeline_table(state: SessionState, at: datetime) -> Table:
    """One row per phase: marker, title, planned, actual so far."""
    table = Table(box=None, expand=True, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column("", width=1, no_wrap=True)
    table.add_column("", ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column("", justify="right", no_wrap=True)
    for index, phase in enumerate(state.phases):
        title = pick(phase.step.title, phase.step.title_en)
        if phase.case is not None and len(state.cases) > 1:
            title = f"{phase.case + 1}· {title}"
        planned = state.planned(index)
        added = state.records[index].added
        plan = "–" if planned is None else clock((planned + added).total_seconds())
        if index in state.dropped:
            table.add_row("×", title, "–", style="dim strike")
            continue
        elapsed = state.elapsed(at, index).total_seconds()
        visited = state.records[index].first_started is not None
        actual = clock(elapsed) if visited else ""
        over = planned is not None and elapsed > (planned + added).total_seconds()
        if index == state.index and state.started and not state.finished:
            marker, style = "▶", "bold"
        elif state.records[index].skipped:
            marker, style = "»", "dim"
        elif visited:
            marker, style = "✓", "red" if over else "dim"
        else:
            marker, style = "·", ""
        table.add_row(marker, title, f"{actual}/{plan}" if visited else plan, style=style)
    return table


class Timeline(VerticalScroll):
    """Every phase with its planned and actual minutes; the current one stays in view."""

    DEFAULT_CSS = """
    Timeline {
        height: 1fr;
        border: round $primary-muted;
        padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        """One table the screen refreshes."""
        yield Static(id="timeline-body")

    def on_mount(self) -> None:
        """Title the box."""
        self.border_title = tr("run.timeline")

    _rows = -1

    def show(self, state: SessionState, at: datetime) -> None:
        """Redraw the table as of wall time `at` and keep the current phase visible.

        The table has one row per phase, so only a new row count can change its size; the
        per-second redraw of the actual times skips the layout pass, which was most of the
        CPU a running countdown cost (bench/idle.py).
        """
        rows = len(state.phases)
        table = timeline_table(state, at)
        self.query_one("#timeline-body", Static).update(table, layout=rows != self._rows)
        self._rows = rows
        if rows and self.size.height:
            target = max(0, state.index - self.size.height // 2)
            self.scroll_to(y=target, animate=False)
