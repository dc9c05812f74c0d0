"""The library: choose a method, knowing its length, purpose and steps before the meeting starts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from rich.markup import escape
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from intervisie_tui.library.fit_text import fit_lines
from intervisie_tui.library.library import Origin
from intervisie_tui.model.method import Method
from intervisie_tui.session.folders import data_dir
from intervisie_tui.tui.catalog import Catalog, block_minutes, matches, meeting_minutes
from intervisie_tui.tui.i18n import language, pick, tr
from intervisie_tui.tui.keys import LIBRARY_KEYS, bindings, said
from intervisie_tui.tui.text import (
    first_sentence,
    method_purpose,
    method_title,
    minutes,
    role_name,
    rule_reminder,
    shown_path,
    step_title,
)
from intervisie_tui.tui.widgets.key_footer import KeyFooter


def duration_label(method: Method) -> str:
    """'60 min', or '15 min per casus' for a method that repeats per case or topic."""
    block = block_minutes(method)
    if method.repeat is not None and block is not None:
        unit = tr(f"ui.unit.{method.repeat.per.value}")
        outside = meeting_minutes(method) - block * method.repeat.default_count
        label = tr("ui.library.per_case", minutes=minutes(block), unit=unit)
        return f"{minutes(outside)} + {label}" if outside else label
    return tr("ui.library.minutes", minutes=minutes(meeting_minutes(method)))


def told_apart(catalog: Catalog) -> dict[str, str]:
    """Each method's title in the library, marked where two methods share one.

    A chair who copied a bundled method into her own folder and kept its title would see two
    identical rows: her copy (and any method from a --methods folder) gets "(eigen)" or its
    file's name in front, where the table never cuts it off. Bundled ones stay as they are.
    """
    titles = {method.id: method_title(method) for method in catalog.methods}
    counts = Counter(titles.values())
    for method_id, title in titles.items():
        origin = catalog.origins.get(method_id)
        if counts[title] < 2 or origin is None or origin[0] is Origin.bundled:
            continue
        kind, path = origin
        mark = tr("ui.library.own") if kind is Origin.user else f"({path.stem})"
        titles[method_id] = f"{mark} {title}"
    return titles


def steps_table(method: Method) -> Table:
    """The preview of the steps: minutes, title, who speaks, rules."""
    table = Table(box=None, expand=True, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("min", justify="right", no_wrap=True)
    table.add_column(tr("ui.library.steps"), ratio=3)
    table.add_column(tr("ui.run.speaking"), ratio=2, min_width=9)
    table.add_column(tr("ui.run.rules"), ratio=3)
    repeated = {step.id for step in method.repeated_steps}
    for step in method.steps:
        speakers = ", ".join(
            role_name(method.role(r)) for r in step.speakers if _has_role(method, r)
        )
        rules = "; ".join(rule_reminder(method.rule(r)) for r in step.rules if _has_rule(method, r))
        title = step_title(step)
        if step.optional:
            title += f" ({tr('ui.library.optional')})"
        if step.id in repeated:
            title = "↻ " + title
        mins = minutes(step.minutes) if step.minutes is not None else tr("ui.library.untimed")
        # Text cells: a str cell of a Rich table is read as markup, and these are the author's.
        table.add_row(mins, Text(title), Text(speakers), Text(rules))
    return table


def _has_role(method: Method, role_id: str) -> bool:
    return any(role.id == role_id for role in method.roles)


def _has_rule(method: Method, rule_id: str) -> bool:
    return any(rule.id == rule_id for rule in method.rules)


class MethodPreview(VerticalScroll):
    """Purpose, source and steps of the highlighted method, so the chair chooses knowingly."""

    def compose(self) -> ComposeResult:
        """Empty parts filled by `show`."""
        yield Static(id="preview-title", markup=False)
        yield Static(tr("ui.library.purpose"), classes="label")
        yield Static(id="preview-purpose", markup=False)
        yield Static(tr("fit.label"), id="preview-fit-label", classes="label")
        yield Static(id="preview-fit", markup=False)
        yield Static(tr("ui.library.steps"), classes="label")
        yield Static(id="preview-steps")
        yield Static(tr("ui.library.source"), classes="label")
        yield Static(id="preview-source", markup=False)

    #: The method on show (None before the first).
    method: Method | None = None

    def show(self, method: Method, title: str | None = None, file: Path | None = None) -> None:
        """Fill the preview with `method` (again: nothing to do); `title` as the table shows
        it, and `file` where that title is shared, so the chair sees which file this one is."""
        if method is self.method:
            return
        self.method = method
        duration = duration_label(method)
        if method.total is not None and method.total.minutes != method.computed_minutes:
            duration += " · " + tr("ui.library.declared", minutes=minutes(method.total.minutes))
        self.query_one("#preview-title", Static).update(
            f"{title or method_title(method)} · {duration}"
        )
        self.query_one("#preview-purpose", Static).update(method_purpose(method))
        fit = "\n".join(fit_lines(method.fit, language()))
        self.query_one("#preview-fit", Static).update(fit)
        self.query_one("#preview-fit", Static).display = bool(fit)
        self.query_one("#preview-fit-label", Static).display = bool(fit)
        self.query_one("#preview-steps", Static).update(steps_table(method))
        source = method.source
        if file is not None:
            source += "\n" + tr("ui.library.file", path=str(shown_path(file)))
        self.query_one("#preview-source", Static).update(source)
        self.scroll_home(animate=False)


class LibraryScreen(Screen[None]):
    """Every method with duration and purpose, a filter, a preview, and the files that failed."""

    CSS_PATH = "library.tcss"

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "focus_list", show=False),
        *bindings(LIBRARY_KEYS),
    ]
    KEYS = LIBRARY_KEYS

    @dataclass
    class Chosen(Message):
        """The chair chose a method: the app opens its setup."""

        method: Method

    @dataclass
    class Agenda(Message):
        """The chair wants to prepare a whole meeting: the app opens the agenda editor."""

    @dataclass
    class Rehearse(Message):
        """The chair wants to rehearse the highlighted method alone: the app opens a drill."""

        method: Method

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog
        #: Each method's title as the table shows it, marked where two share one.
        self.titles = told_apart(catalog)
        self._shown: list[Method] = []
        self._filled_for: tuple[int, tuple[str, ...]] | None = None

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """What the footer shows, our keys said in the chair's language (keys.said)."""
        return said(super().active_bindings)

    def compose(self) -> ComposeResult:
        """Title, two filters, the list beside the preview, problems, footer."""
        yield Static(tr("ui.library.title"), id="library-title", markup=False)
        with Horizontal(id="filters"):
            yield Input(placeholder=tr("ui.library.filter"), id="filter-text")
            yield Input(placeholder=tr("ui.library.max"), id="filter-max", type="integer")
        with Vertical(id="library-body"):
            yield DataTable(id="methods", cursor_type="row", zebra_stripes=False)
            yield MethodPreview()
        with Vertical(id="problems"):
            yield Static(id="problems-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Fill the list and the problems box; focus the list so Enter chooses at once."""
        self._show_problems()
        self._refilter()
        # The preview follows the table's highlighted row (RowHighlighted), which the table
        # posts only after the first frame: the first row's preview is drawn with the table.
        if self._shown:
            self.preview(self._shown[0])
        self.query_one("#methods", DataTable).focus()

    def _show_problems(self) -> None:
        box = self.query_one("#problems", Vertical)
        if not self.catalog.broken:
            box.add_class("-none")
            return
        box.border_title = tr("ui.library.problems")
        lines = Text()
        for broken in self.catalog.broken:
            for problem in broken.problems:
                shown = replace(problem, path=shown_path(problem.path))
                lines.append(shown.describe(language()) + "\n")
        first = shown_path(self.catalog.broken[0].path)
        lines.append(tr("ui.library.problem_hint", path=str(first.parent)), style="italic")
        self.query_one("#problems-text", Static).update(lines)

    def _max_minutes(self) -> float | None:
        raw = self.query_one("#filter-max", Input).value.strip()
        return float(raw) if raw.isdigit() and int(raw) > 0 else None

    def _refilter(self) -> None:
        text = self.query_one("#filter-text", Input).value
        limit = self._max_minutes()
        self._shown = [m for m in self.catalog.methods if matches(m, text, limit)]
        self._fill_table(keep_cursor=False)
        count = tr("ui.library.count", shown=len(self._shown), total=len(self.catalog.methods))
        title = f"{tr('ui.library.title')} · {count}"
        self.query_one("#library-title", Static).update(escape(title))

    def preview(self, method: Method) -> None:
        """Show `method` in the preview, with its file where its title is shared."""
        title = self.titles[method.id]
        origin = self.catalog.origins.get(method.id)
        file = origin[1] if origin is not None and title != method_title(method) else None
        self.query_one(MethodPreview).show(method, title, file)

    def _fill_table(self, *, keep_cursor: bool = True) -> None:
        """One row per method: duration, title, purpose cut to the width there is."""
        table = self.query_one("#methods", DataTable)
        # Before the first layout the table has no size yet; it spans the screen's width,
        # so the terminal's width gives the same columns and the table is filled only once.
        width = table.size.width or self.app.size.width
        filled_for = (width, tuple(method.id for method in self._shown))
        if keep_cursor and filled_for == self._filled_for:
            return  # same rows, same width: nothing to redo (a resize in height only)
        self._filled_for = filled_for
        cursor = table.cursor_row if keep_cursor else 0
        table.clear(columns=True)
        durations = [duration_label(method) for method in self._shown]
        titles = [self.titles[method.id] for method in self._shown]
        duration_width = max((len(d) for d in durations), default=6)
        title_width = min(34, max((len(t) for t in titles), default=10))
        room = width - duration_width - title_width - 7
        # Text labels: a str label is read as Rich markup, whose emoji codes are loaded on first
        # use, for nothing before the first frame (bench/startup.py).
        table.add_column(Text(tr("ui.library.duration")), width=duration_width)
        table.add_column(Text(tr("ui.library.title")), width=title_width)
        if room >= 12:
            table.add_column(Text(tr("ui.library.purpose")), width=room)
        if not self._shown:
            table.add_row("", tr("ui.library.none"), *([""] if room >= 12 else []))
            return
        for method, duration, title in zip(self._shown, durations, titles, strict=True):
            cells: list[str | Text] = [
                Text(duration, justify="right"),
                Text(title, style="bold", no_wrap=True, overflow="ellipsis"),
            ]
            if room >= 12:
                purpose = first_sentence(method_purpose(method), room)
                cells.append(Text(purpose, style="dim", no_wrap=True, overflow="ellipsis"))
            table.add_row(*cells, key=method.id)
        table.move_cursor(row=max(0, min(cursor, len(self._shown) - 1)))

    def on_resize(self) -> None:
        """The purpose column takes the width there is."""
        self.call_after_refresh(self._fill_table)

    @on(Input.Changed)
    def _filter_changed(self) -> None:
        self._refilter()

    @on(Input.Submitted)
    def _filter_submitted(self) -> None:
        self.query_one("#methods", DataTable).focus()

    @on(DataTable.RowHighlighted, "#methods")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.preview(self.catalog.method(event.row_key.value))

    @on(DataTable.RowSelected, "#methods")
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.post_message(self.Chosen(self.catalog.method(event.row_key.value)))

    @property
    def highlighted_method(self) -> Method | None:
        """The method under the cursor, or None when the filter left none."""
        table = self.query_one("#methods", DataTable)
        if not self._shown or table.row_count == 0:
            return None
        row = min(table.cursor_row, len(self._shown) - 1)
        return self._shown[row]

    def action_rehearse(self) -> None:
        """o: rehearse the highlighted method alone ("Oefenen"), no set-up needed."""
        method = self.highlighted_method
        if method is not None:
            self.post_message(self.Rehearse(method))

    def action_groups(self) -> None:
        """g: the groups and their trajectories (group/), read from their folders now."""
        from intervisie_tui.tui.screens.groups import GroupsScreen

        methods = [
            (method.id, pick(method.title, method.title_en)) for method in self.catalog.methods
        ]
        folder: Path = getattr(self.app, "folder", data_dir())
        self.app.push_screen(GroupsScreen(methods, folder))

    def action_agenda(self) -> None:
        """p: prepare a whole meeting ("Programma"), with a method per case."""
        self.post_message(self.Agenda())

    def action_focus_filter(self) -> None:
        """Jump to the text filter."""
        self.query_one("#filter-text", Input).focus()

    def action_focus_list(self) -> None:
        """Back to the list, so Enter chooses."""
        self.query_one("#methods", DataTable).focus()

    @property
    def shown_ids(self) -> list[str]:
        """Ids of the methods the filter lets through, in order (for tests)."""
        return [method.id for method in self._shown]
