"""Preparing a whole meeting: the group, the end time, and the agenda built item by item.

The agenda list takes one key per change (a add, x remove, u/d move, Enter fill in); a case is
filled in with its method chosen from the library ranked for that case. The times beside the
items are the plan as it would run from now, so the chair sees at once whether it fits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from intervisie_tui.library.suggest import Suggestion, case_minutes
from intervisie_tui.messages import MsgError
from intervisie_tui.model.ground_rules import GroundRules
from intervisie_tui.model.method import Method, QuestionKind
from intervisie_tui.session.agenda import Agenda
from intervisie_tui.session.plan import agenda_plan
from intervisie_tui.tui.agenda_draft import (
    Draft,
    DraftItem,
    is_case_method,
    item_minutes,
    suggestions_for,
    total_minutes,
)
from intervisie_tui.tui.agenda_form import build_agenda
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.keys import AGENDA_KEYS, SETUP_KEYS, bindings, said
from intervisie_tui.tui.memory import LastGroup
from intervisie_tui.tui.setup_form import SetupFields, parse_until, split_names
from intervisie_tui.tui.text import method_title, minutes
from intervisie_tui.tui.widgets.key_footer import KeyFooter

#: The add dialog's row for a case (method ids are slugs, so this never clashes with one).
CASE_CHOICE = "+case"


class AgendaList(OptionList):
    """The items in order, one per row with its start time; the editing keys live here."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(AGENDA_KEYS)


class AgendaScreen(Screen[None]):
    """The form for a whole meeting: people and end time on the left, the agenda on the right."""

    CSS_PATH = "agenda.tcss"

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (76, "-wide")]  # noqa: RUF012

    KEYS = (*AGENDA_KEYS, *SETUP_KEYS)
    BINDINGS: ClassVar[list[BindingType]] = bindings(SETUP_KEYS)

    @dataclass
    class Ready(Message):
        """The agenda is complete: the app starts the meeting with it (and remembers it)."""

        agenda: Agenda
        draft: Draft
        fields: SetupFields

    @dataclass
    class Back(Message):
        """The chair goes back to the library."""

    def __init__(
        self,
        methods: Mapping[str, Method],
        now: datetime,
        draft: Draft,
        *,
        last_group: LastGroup | None = None,
        remembered: bool = False,
        tz: tzinfo | None = None,
        ground_rules: GroundRules | None = None,
    ) -> None:
        super().__init__()
        self.ground_rules = ground_rules
        self.methods = dict(methods)
        self.now = now
        self.tz = tz
        self.draft = draft
        group = last_group or LastGroup()
        self.initial = SetupFields(chair=group.chair, participants=", ".join(group.participants))
        self.remembered = remembered

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """What the footer shows, our keys said in the chair's language (keys.said)."""
        return said(super().active_bindings)

    @property
    def case_methods(self) -> dict[str, Method]:
        """The methods a case can be worked with (not the parts of a meeting)."""
        return {key: m for key, m in self.methods.items() if is_case_method(m)}

    def compose(self) -> ComposeResult:
        """The group on the left, the agenda with its plan and the highlighted item's detail."""
        yield Static(tr("ui.agenda.title"), id="agenda-title", markup=False)
        with Horizontal(id="agenda-body"):
            with VerticalScroll(id="agenda-form"):
                yield Label(tr("ui.setup.chair"))
                yield Input(self.initial.chair, id="chair")
                yield Label(tr("ui.setup.participants"))
                yield Input(self.initial.participants, id="participants")
                yield Label(tr("ui.setup.until"))
                yield Input(
                    self.initial.until,
                    id="until",
                    placeholder=tr("ui.agenda.until_example"),
                )
                yield Label(tr("ui.setup.warning"))
                yield Input(self.initial.warning, id="warning")
            with Vertical(id="agenda-box"):
                yield Static(id="agenda-summary", markup=False)
                yield Static(id="agenda-error", markup=False)
                if self.remembered:
                    yield Static(tr("ui.agenda.remembered"), id="agenda-note", markup=False)
                yield AgendaList(id="agenda-items")
                yield Static(id="agenda-detail", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        """The plan and the list; the first empty field of the group has the focus."""
        self.query_one("#agenda-box").border_title = tr("ui.agenda.items")
        self.refresh_agenda(0)
        for field in self.query(Input):
            if not field.value:
                field.focus()
                break
        else:
            self.query_one(AgendaList).focus()

    # ------------------------------------------------------------------ reading

    def fields(self) -> SetupFields:
        """The group's fields as typed."""

        def value(field_id: str) -> str:
            return self.query_one(f"#{field_id}", Input).value

        return SetupFields(
            chair=value("chair"),
            participants=value("participants"),
            until=value("until"),
            warning=value("warning"),
        )

    def _available(self) -> float | None:
        """Minutes from now to the end time, None without one (or while it is mistyped)."""
        try:
            until = parse_until(self.fields().until, self.now, self.tz)
        except MsgError:
            return None
        return None if until is None else (until - self.now).total_seconds() / 60

    def _group_size(self) -> int | None:
        people = split_names(self.fields().participants)
        return len(people) + 1 if people else None

    @property
    def highlighted(self) -> int | None:
        """The index of the item under the cursor."""
        return self.query_one(AgendaList).highlighted

    # ------------------------------------------------------------------ drawing

    def _title(self, item: DraftItem) -> Text:
        method = self.methods.get(item.method_id)
        if not item.case:
            return Text(method_title(method) if method else item.method_id, style="bold")
        text = Text(tr("ui.agenda.case"), style="bold")
        if item.inbrenger:
            text.append(f": {item.inbrenger}", style="bold")
        text.append(" · ")
        if method is None:
            text.append(tr("ui.agenda.no_method"), style="italic")
        else:
            text.append(method_title(method))
        return text

    def refresh_agenda(self, highlight: int | None = None) -> None:
        """Redraw the list, the summary and the detail; the cursor on `highlight`."""
        agenda = self.query_one(AgendaList)
        keep = agenda.highlighted if highlight is None else highlight
        agenda.clear_options()
        at = self.now
        for item in self.draft.items:
            length = item_minutes(item, self.methods)
            row = Text(f"{at.astimezone(self.tz):%H:%M} ", no_wrap=True, overflow="ellipsis")
            row.append(f"{minutes(length):>4} min  ", style="dim")
            row.append_text(self._title(item))
            agenda.add_option(Option(row))
            at += timedelta(minutes=length)
        if self.draft.items:
            agenda.highlighted = max(0, min(keep or 0, len(self.draft.items) - 1))
        self._summary()
        self._detail()

    def _summary(self) -> None:
        total = total_minutes(self.draft, self.methods)
        end = (self.now + timedelta(minutes=total)).astimezone(self.tz)
        text = tr("ui.agenda.total", minutes=minutes(total), end=f"{end:%H:%M}")
        available = self._available()
        if available is not None:
            key = "ui.agenda.fits" if total <= available + 1e-9 else "ui.agenda.too_long"
            text += " · " + tr(key, available=minutes(round(available)))
        self.query_one("#agenda-summary", Static).update(text)

    def _detail(self) -> None:
        """For a case: its question and the three methods that suit it best, with why."""
        index = self.highlighted
        detail = self.query_one("#agenda-detail", Static)
        if index is None or not self.draft.items[index].case:
            detail.update(tr("ui.agenda.part_hint") if self.draft.items else "")
            return
        item = self.draft.items[index]
        text = Text()
        if item.question:
            text.append(f"{tr('ui.agenda.question')}: ", style="bold")
            text.append(item.question + "\n")
        text.append(tr("ui.agenda.suggested") + "\n", style="bold")
        for suggestion in self._suggestions(index, item.kind)[:3]:
            mark = "✓ " if suggestion.recommended else "  "
            text.append(mark + method_title(suggestion.method), style="bold")
            reasons = " · ".join(tr(reason) for reason in suggestion.reasons)
            text.append(f": {reasons}\n", style="dim")
        detail.update(text)

    def _suggestions(self, index: int, kind: QuestionKind | None) -> tuple[Suggestion, ...]:
        """The case methods ranked for the item at `index` with this kind of question."""
        draft = self.draft.change(index, replace(self.draft.items[index], kind=kind))
        return suggestions_for(
            draft, index, self.case_methods, self.methods, self._available(), self._group_size()
        )

    # ------------------------------------------------------------------ editing

    def _changed(self, draft: Draft, highlight: int | None = None) -> None:
        self.draft = draft
        self.refresh_agenda(highlight)

    def action_add_item(self) -> None:
        """a: add a case or a part after the highlighted item."""
        from intervisie_tui.tui.screens.choice import ChoiceDialog

        parts = [(m.id, method_title(m)) for m in self.methods.values() if not is_case_method(m)]
        choices = [(CASE_CHOICE, tr("ui.agenda.case")), *parts]
        dialog = ChoiceDialog(tr("ui.agenda.add_title"), tr("ui.agenda.add_hint"), choices)
        self.app.push_screen(dialog, self._add_chosen)

    def _add_chosen(self, choice: str | None) -> None:
        if choice is None:
            return
        at = (self.highlighted + 1) if self.highlighted is not None else len(self.draft.items)
        item = DraftItem("", case=True) if choice == CASE_CHOICE else DraftItem(choice)
        self._changed(self.draft.insert(item, at), at)
        if item.case:
            self._edit(at)

    def action_remove_item(self) -> None:
        """x: remove the highlighted item."""
        if self.highlighted is not None:
            self._changed(self.draft.remove(self.highlighted))

    def action_move_up(self) -> None:
        """u: the highlighted item one place earlier."""
        self._move(-1)

    def action_move_down(self) -> None:
        """d: the highlighted item one place later."""
        self._move(1)

    def _move(self, delta: int) -> None:
        if self.highlighted is not None:
            draft, at = self.draft.move(self.highlighted, delta)
            self._changed(draft, at)

    @on(OptionList.OptionSelected, "#agenda-items")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._edit(event.option_index)

    @on(OptionList.OptionHighlighted, "#agenda-items")
    def _highlight_moved(self) -> None:
        self._detail()

    def _edit(self, index: int) -> None:
        """Enter: fill in a case (method with suggestions), or a part's minutes."""
        from intervisie_tui.tui.screens.agenda_item import CaseDialog, MinutesDialog

        item = self.draft.items[index]

        def done(changed: DraftItem | None) -> None:
            if changed is not None:
                self._changed(self.draft.change(index, changed), index)

        if item.case:
            rank = lambda kind: self._suggestions(index, kind)  # noqa: E731
            self.app.push_screen(CaseDialog(item, rank), done)
            return
        method = self.methods.get(item.method_id)
        if method is not None:
            title = method_title(method)
            self.app.push_screen(MinutesDialog(item, title, case_minutes(method)), done)

    @on(Input.Changed)
    def _typed(self) -> None:
        self._summary()
        self._detail()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        """Enter in a field: on to the next one; after the last, the agenda list."""
        self.focus_next()

    def action_start(self) -> None:
        """ctrl+s: start when the agenda is complete; otherwise say what is missing."""
        try:
            agenda = self.agenda()
        except MsgError as problem:
            message = tr("ui.setup.error", message=tr(problem.message))
            self.query_one("#agenda-error", Static).update(message)
            return
        plan = agenda_plan(agenda, self.now)
        if plan is not None and not plan.fits:  # "Past niet": nothing starts
            message = tr("ui.setup.error", message=tr(plan.summary()[-1]))
            self.query_one("#agenda-error", Static).update(message)
            return
        self.post_message(self.Ready(agenda, self.draft, self.fields()))

    def agenda(self) -> Agenda:
        """The meeting the form describes; MsgError with what keeps it from starting."""
        return build_agenda(
            self.draft,
            self.fields(),
            self.methods,
            self.now,
            self.tz,
            ground_rules=self.ground_rules,
            language=language().value,
        )

    def action_back(self) -> None:
        """Escape: back to the library; nothing is started."""
        self.post_message(self.Back())
