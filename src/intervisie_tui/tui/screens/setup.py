"""Setup: who is here, who brings a case, until when; the fitted plan is shown before starting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Static

from intervisie_tui.messages import MsgError
from intervisie_tui.model.method import Method, RepeatOrder
from intervisie_tui.session import Clock, MeetingSetup, Plan
from intervisie_tui.tui.i18n import pick, tr
from intervisie_tui.tui.keys import SETUP_KEYS, bindings, said
from intervisie_tui.tui.memory import LastGroup
from intervisie_tui.tui.setup_form import (
    SetupFields,
    build_setup,
    preview_plan,
    split_names,
    uses_groups,
)
from intervisie_tui.tui.text import method_title, minutes, step_title


def plan_table(plan: Plan, start: datetime, tz: tzinfo | None) -> Table:
    """The plan as the chair checks it: phase, minutes (method's in brackets), clock time."""
    table = Table(box=None, expand=True, show_header=False, pad_edge=False)
    table.add_column("", justify="right", no_wrap=True)
    table.add_column("", ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column("", justify="right", no_wrap=True)
    at = start
    for entry in plan.entries:
        title = pick(entry.title, entry.title_en)
        if entry.dropped:
            table.add_row("", Text(title), "–", style="dim strike")
            continue
        label = title if entry.case is None else f"{entry.case + 1}· {title}"
        mins = minutes(entry.minutes)
        if entry.minutes != entry.method_minutes and entry.method_minutes is not None:
            mins += f" ({minutes(entry.method_minutes)})"
        # Text cells: a str cell of a Rich table is read as markup; titles are the author's.
        table.add_row(at.astimezone(tz).strftime("%H:%M"), Text(label), mins)
        at += timedelta(minutes=entry.minutes or 0)
    return table


class SetupScreen(Screen[None]):
    """The form before a meeting: names, inbrengers per case, groups, end time, plan."""

    CSS_PATH = "setup.tcss"

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]  # noqa: RUF012

    KEYS = SETUP_KEYS
    BINDINGS: ClassVar[list[BindingType]] = bindings(SETUP_KEYS)

    @dataclass
    class Ready(Message):
        """The form is complete: the app starts the meeting with this set-up."""

        method: Method
        setup: MeetingSetup

    @dataclass
    class Back(Message):
        """The chair wants another method."""

    def __init__(
        self,
        method: Method,
        clock: Clock,
        *,
        last_group: LastGroup | None = None,
        fields: SetupFields | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__()
        self.method = method
        self.clock = clock
        self.tz = tz
        group = last_group or LastGroup()
        self.initial = fields or SetupFields(
            chair=group.chair,
            participants=", ".join(group.participants),
            inner_group=", ".join(group.inner_group),
        )
        self.remembered = bool(group.participants)
        self._tried = False

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """What the footer shows, our keys said in the chair's language (keys.said)."""
        return said(super().active_bindings)

    def compose(self) -> ComposeResult:
        """The form on the left, the plan on the right."""
        yield Static(
            f"{tr('ui.setup.title')} · {method_title(self.method)}", id="setup-title", markup=False
        )
        # Above the form, not below it: a longer form scrolls, and the reason it cannot start
        # must be in view when the chair presses start.
        yield Static(id="setup-error", markup=False)
        unit = (
            tr(f"ui.unit.{self.method.repeat.per.value}")
            if self.method.repeat
            else tr("ui.unit.case")
        )
        with Horizontal(id="setup-body"):
            with VerticalScroll(id="form"):
                yield Label(tr("ui.setup.chair"))
                yield Input(self.initial.chair, id="chair")
                yield Label(tr("ui.setup.participants"))
                yield Input(self.initial.participants, id="participants")
                if self.method.has_inbrenger:
                    yield Label(self._inbrenger_label(unit))
                    yield Input(self.initial.inbrengers, id="inbrengers")
                if uses_groups(self.method):
                    yield Label(tr("ui.setup.inner"))
                    yield Input(self.initial.inner_group, id="inner_group")
                    yield Static(id="outer-group", markup=False)
                several = self.method.repeat is not None
                yield Label(tr("cases.setup.questions" if several else "cases.setup.question"))
                yield Input(self.initial.question, id="question")
                yield Label(tr("ui.setup.until"))
                yield Input(self.initial.until, id="until", placeholder="16:30")
                yield Label(tr("ui.setup.warning"))
                yield Input(self.initial.warning, id="warning")
                if self.remembered:
                    yield Static(tr("ui.setup.remembered"), id="setup-note", markup=False)
                with Horizontal(id="buttons"):
                    yield Button(tr("ui.setup.start"), id="start", variant="primary")
                    yield Button(tr("ui.setup.back"), id="back")
            with VerticalScroll(id="plan-box"):
                yield Static(id="plan", markup=False)
        yield Footer(compact=True, show_command_palette=False)

    def _inbrenger_label(self, unit: str) -> str:
        """What the inbrenger field asks: names (with scores where topics are ordered by
        importance), or, where the group chooses inside the method, that it may stay empty."""
        method = self.method
        by_importance = method.repeat is not None and method.repeat.order is RepeatOrder.importance
        key = "ui.setup.inbrengers_scored" if by_importance else "ui.setup.inbrengers"
        label = tr(key, unit=unit)
        chooser = next((step for step in method.steps if step.chooses is not None), None)
        if chooser is None:
            return label
        number = method.steps.index(chooser) + 1
        return f"{label} {tr('cases.setup.chosen_later', n=number, title=step_title(chooser))}"

    def on_mount(self) -> None:
        """Focus the first empty field and draw the plan."""
        self.query_one("#plan-box").border_title = tr("ui.setup.plan")
        self._update()
        for field in self.query(Input):
            if not field.value:
                field.focus()
                break
        else:
            self.query_one("#start", Button).focus()

    def fields(self) -> SetupFields:
        """The form's current text."""

        def value(field_id: str) -> str:
            found = self.query(f"#{field_id}")
            return found.first(Input).value if found else ""

        return SetupFields(
            chair=value("chair"),
            participants=value("participants"),
            inbrengers=value("inbrengers"),
            question=value("question"),
            inner_group=value("inner_group"),
            until=value("until"),
            warning=value("warning"),
        )

    def _update(self) -> None:
        fields = self.fields()
        now = self.clock.wall()
        if uses_groups(self.method):
            inner = split_names(fields.inner_group)
            outer = [n for n in split_names(fields.participants) if n not in inner]
            self.query_one("#outer-group", Static).update(
                f"{tr('ui.setup.outer')}: {', '.join(outer)}"
            )
        problem: str | None = None
        try:
            setup: MeetingSetup | None = build_setup(self.method, fields, now, self.tz)
        except MsgError as error:
            problem = tr(error.message)
            setup = self._placeholder_setup(fields, now)
        message = tr("ui.setup.error", message=problem) if problem and self._tried else ""
        self.query_one("#setup-error", Static).update(message)
        if setup is not None:
            self._show_plan(setup, now)

    def _placeholder_setup(self, fields: SetupFields, now: datetime) -> MeetingSetup | None:
        """A stand-in set-up while the form is incomplete, so the plan shows while typing."""
        for until in (fields.until, ""):
            stand_in = SetupFields(
                chair=fields.chair or "?",
                inbrengers=fields.inbrengers or ("?" if self.method.inbrenger_at_setup else ""),
                until=until,
            )
            try:
                return build_setup(self.method, stand_in, now, self.tz)
            except MsgError:
                continue
        return None

    def _show_plan(self, setup: MeetingSetup, now: datetime) -> None:
        plan = preview_plan(self.method, setup, now)
        end = now + timedelta(minutes=plan.planned_minutes)
        body = Text()
        end_text = end.astimezone(self.tz).strftime("%H:%M")
        body.append(
            tr("ui.setup.plan_total", minutes=minutes(plan.planned_minutes), end=end_text),
            style="bold",
        )
        body.append("\n")
        if setup.until is not None:
            body.append(" ".join(tr(part) for part in plan.summary()) + "\n", style="italic")
        self.query_one("#plan", Static).update(Group(body, plan_table(plan, now, self.tz)))

    @on(Input.Changed)
    def _changed(self) -> None:
        self._update()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        inputs = list(self.query(Input))
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
        else:
            self.action_start()

    @on(Button.Pressed, "#start")
    def _start_pressed(self) -> None:
        self.action_start()

    @on(Button.Pressed, "#back")
    def _back_pressed(self) -> None:
        self.action_back()

    def action_start(self) -> None:
        """Start when the form is complete; otherwise say what is missing."""
        try:
            setup = build_setup(self.method, self.fields(), self.clock.wall(), self.tz)
        except MsgError as problem:
            self._tried = True
            self.query_one("#setup-error", Static).update(
                tr("ui.setup.error", message=tr(problem.message))
            )
            return
        plan = preview_plan(self.method, setup, self.clock.wall())
        if not plan.fits:  # the guide: "Past niet", and nothing starts
            self._tried = True
            self.query_one("#setup-error", Static).update(
                tr("ui.setup.error", message=tr(plan.summary()[-1]))
            )
            return
        self.post_message(self.Ready(self.method, setup))

    def action_back(self) -> None:
        """Back to the library."""
        self.post_message(self.Back())
