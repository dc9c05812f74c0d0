"""One agenda item filled in: a case (inbrenger, question, kind, method) or a part's minutes.

The case dialog shows the library ranked for this case as the chair types: the kind of
question and the minutes the other items leave decide the order, and each method says why
(library/suggest.py). Enter on a method takes it; Escape keeps the item as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from intervisie_tui.library.suggest import Suggestion
from intervisie_tui.model.method import QuestionKind
from intervisie_tui.tui.agenda_draft import DraftItem
from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.text import method_title, minutes

#: The ranked methods for a kind of question (None: not said yet).
Ranker = Callable[[QuestionKind | None], tuple[Suggestion, ...]]


def suggestion_label(suggestion: Suggestion, chosen: bool) -> Text:
    """The method's title (✓ when the files say it suits), then its reasons, dim."""
    text = Text("● " if chosen else "  ")
    mark = "✓ " if suggestion.recommended else "  "
    text.append(mark + method_title(suggestion.method), style="bold")
    reasons = " · ".join(tr(reason) for reason in suggestion.reasons)
    text.append(f"\n    {reasons}", style="dim")
    return text


class CaseDialog(ModalScreen[DraftItem | None]):
    """Who brings the case, the question, its kind, and the method (suggestions ranked).

    Enter on a method takes it; ctrl+s from any field takes the highlighted one (the method
    chosen before, or the best suggestion), so a case whose method is set is one name and
    one key.
    """

    CSS_PATH = "agenda_item.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "accept", show=False, priority=True),
    ]

    def __init__(self, item: DraftItem, rank: Ranker) -> None:
        super().__init__()
        self.item = item
        self.rank = rank
        self._ranked: tuple[Suggestion, ...] = ()

    def compose(self) -> ComposeResult:
        """The fields in the order the chair fills them in, the methods last."""
        with Vertical():
            yield Static(tr("ui.agenda.case_title"), id="item-title", markup=False)
            yield Label(tr("ui.agenda.inbrenger"))
            yield Input(self.item.inbrenger, id="case-inbrenger", compact=True)
            yield Label(tr("ui.agenda.question"))
            yield Input(self.item.question, id="case-question", compact=True)
            yield Label(tr("ui.agenda.kind"))
            yield Select(
                [(tr(f"fit.kind.{kind.value}"), kind.value) for kind in QuestionKind],
                value=self.item.kind.value if self.item.kind else Select.NULL,
                prompt=tr("ui.agenda.kind_unknown"),
                id="case-kind",
                compact=True,
            )
            yield Label(tr("ui.agenda.inner"))
            yield Input(self.item.inner_group, id="case-inner", compact=True)
            yield Label(tr("ui.agenda.methods"))
            yield OptionList(id="case-methods")
            yield Static(tr("ui.agenda.case_hint"), id="item-hint", markup=False)

    def on_mount(self) -> None:
        """Rank the methods for the kind already given; the first empty field has the focus."""
        self._rerank()
        if self.item.inbrenger:
            self.query_one("#case-methods", OptionList).focus()
        else:
            self.query_one("#case-inbrenger", Input).focus()

    def _kind(self) -> QuestionKind | None:
        value = self.query_one("#case-kind", Select).value
        return QuestionKind(value) if isinstance(value, str) else None

    def _rerank(self) -> None:
        self._ranked = self.rank(self._kind())
        methods = self.query_one("#case-methods", OptionList)
        methods.clear_options()
        methods.add_options(
            Option(suggestion_label(s, s.method.id == self.item.method_id), id=s.method.id)
            for s in self._ranked
        )
        ids = self.ranked_ids
        if ids:
            methods.highlighted = (
                ids.index(self.item.method_id) if self.item.method_id in ids else 0
            )

    @property
    def ranked_ids(self) -> list[str]:
        """The method ids in the order shown (for tests)."""
        return [suggestion.method.id for suggestion in self._ranked]

    @on(Select.Changed, "#case-kind")
    def _kind_changed(self) -> None:
        self._rerank()

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    @on(OptionList.OptionSelected, "#case-methods")
    def _method_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._done(event.option.id or self.item.method_id)

    def action_accept(self) -> None:
        """ctrl+s: the case as filled in, with the highlighted method."""
        index = self.query_one("#case-methods", OptionList).highlighted
        ids = self.ranked_ids
        self._done(ids[index] if index is not None and index < len(ids) else self.item.method_id)

    def _done(self, method_id: str) -> None:
        self.dismiss(
            replace(
                self.item,
                method_id=method_id,
                inbrenger=self.query_one("#case-inbrenger", Input).value.strip(),
                question=self.query_one("#case-question", Input).value.strip(),
                kind=self._kind(),
                inner_group=self.query_one("#case-inner", Input).value.strip(),
                minutes=None if method_id != self.item.method_id else self.item.minutes,
            )
        )

    def action_cancel(self) -> None:
        """Escape: the item stays as it was."""
        self.dismiss(None)


class MinutesDialog(ModalScreen[DraftItem | None]):
    """The minutes of a part (a break of 10 instead of 15); empty is the file's own minutes."""

    CSS_PATH = "agenda_item.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    def __init__(self, item: DraftItem, title: str, file_minutes: float) -> None:
        super().__init__()
        self.item = item
        self.title_text = title
        self.file_minutes = file_minutes

    def compose(self) -> ComposeResult:
        """The part's title, the minutes, and a line for a mistake."""
        with Vertical():
            yield Static(self.title_text, id="item-title", markup=False)
            yield Label(tr("ui.agenda.minutes", minutes=minutes(self.file_minutes)))
            shown = "" if self.item.minutes is None else minutes(self.item.minutes)
            yield Input(shown, id="part-minutes", compact=True)
            yield Static(id="item-error", markup=False)

    @on(Input.Submitted, "#part-minutes")
    def _submitted(self, event: Input.Submitted) -> None:
        raw = event.value.strip().replace(",", ".")
        if not raw:
            self.dismiss(replace(self.item, minutes=None))
            return
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if not 0 < value <= 300:
            self.query_one("#item-error", Static).update(
                tr("ui.agenda.bad_minutes", text=event.value.strip())
            )
            return
        self.dismiss(replace(self.item, minutes=value))

    def action_cancel(self) -> None:
        """Escape: the minutes stay as they were."""
        self.dismiss(None)
