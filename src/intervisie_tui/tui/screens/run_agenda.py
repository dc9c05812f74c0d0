"""The run screen's keys for the meeting as a whole: who is here, a case or a break added, an
item still to come dropped; the plan re-fits to the end time at once (the session does that).

Kept apart from run.py, which several people change at once: RunScreen inherits these actions,
and the key table (keys.py) binds them. Each action is one key; a choice follows in a small
dialog, and a refusal from the session is told to the chair, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from textual.screen import Screen

from intervisie_tui.library.suggest import Suggestion, case_minutes, rank_methods
from intervisie_tui.messages import MsgError
from intervisie_tui.model.method import Method, Part, QuestionKind
from intervisie_tui.session import Session, SessionState
from intervisie_tui.session.agenda import AgendaItem
from intervisie_tui.session.setup import MeetingSetup
from intervisie_tui.tui.agenda_draft import DraftItem, is_case_method
from intervisie_tui.tui.agenda_form import agenda_item
from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.text import method_title, minutes


def meeting_people(setup: MeetingSetup) -> tuple[str, ...]:
    """Everyone who can be absent: the circle, then fishbowl members not in it; not the chair."""
    people = list(setup.everyone)
    for name in (*setup.inner_group, *setup.outer_group):
        if name not in people and name != setup.chair:
            people.append(name)
    return tuple(people)


class AgendaActions(Screen[None]):
    """The actions of the whole meeting, mixed into the run screen."""

    session: Session

    @property
    def tz(self) -> tzinfo | None:
        """The zone clock times are said in (the app's; None: the machine's)."""
        from intervisie_tui.tui.app import IntervisieApp

        return self.app.tz if isinstance(self.app, IntervisieApp) else None

    def _command(self, command: Callable[[], object]) -> None:
        """Run a session command and redraw; RunScreen's own, which tells a refusal."""
        raise NotImplementedError  # RunScreen overrides it; the mixin is never used alone

    def action_presence(self) -> None:
        """w: someone left or came back; pick them from the list."""
        from intervisie_tui.tui.screens.presence import presence_dialog

        state = self.session.state
        dialog = presence_dialog(meeting_people(state.setup), state.absent)
        self.app.push_screen(dialog, lambda name: self._presence_chosen(name, dialog.typed))

    def _presence_chosen(self, name: str | None, typed: bool = False) -> None:
        if name is None:
            return
        # A typed name is someone arriving (one nobody listed joins the circle); a picked one
        # switches between absent and present.
        leaving = not typed and name not in self.session.state.absent
        before = self.session.state
        new = name not in meeting_people(before.setup)
        self._command(lambda: self.session.mark_absent(name, leaving))
        if self.session.state is not before:
            key = "ui.presence.now_absent" if leaving else "ui.presence.now_present"
            key = "ui.presence.now_joined" if new else key
            self.notify(tr(key, name=name), timeout=4, markup=False)

    # ------------------------------------------------------------- the agenda

    def _library(self) -> dict[str, Method]:
        """The methods and parts the app has, by id (the agenda may add any of them)."""
        from intervisie_tui.tui.app import IntervisieApp

        if not isinstance(self.app, IntervisieApp):
            return {}
        catalog = self.app.catalog
        return {m.id: m for m in (*catalog.methods, *catalog.parts)}

    def _minutes_left(self) -> float | None:
        """Minutes the schedule leaves before the end time for something new (None: no end)."""
        schedule = self.session.schedule()
        if schedule.until is None:
            return None
        return (schedule.until - schedule.projected_end).total_seconds() / 60

    def action_add_case(self) -> None:
        """c: a case comes after the running item; its method chosen from the suggestions."""
        from intervisie_tui.tui.screens.agenda_item import CaseDialog

        library = self._library()
        case_methods = {key: m for key, m in library.items() if is_case_method(m)}
        people = len(meeting_people(self.session.state.setup)) + 1
        left = self._minutes_left()

        def rank(kind: QuestionKind | None) -> tuple[Suggestion, ...]:
            return rank_methods(case_methods.values(), kind, left, people)

        self.app.push_screen(CaseDialog(DraftItem("", case=True), rank), self._case_written)

    def _case_written(self, draft: DraftItem | None) -> None:
        if draft is None:
            return
        state = self.session.state
        people = tuple(state.agenda.everyone)
        try:
            item = agenda_item(len(state.agenda.items) + 1, draft, self._library(), people)
        except MsgError as problem:
            self.notify(tr(problem.message), severity="warning", timeout=6, markup=False)
            return
        self._added(item)

    def action_add_break(self) -> None:
        """k (koffie): a break after the running item; Enter takes the break's own minutes."""
        from intervisie_tui.tui.screens.agenda_item import MinutesDialog

        breaks = [m for m in self._library().values() if m.part is Part.break_]
        if not breaks:
            self.notify(tr("ui.agenda.run.no_break"), severity="warning", markup=False)
            return
        part = breaks[0]
        dialog = MinutesDialog(DraftItem(part.id), method_title(part), case_minutes(part))
        self.app.push_screen(dialog, self._break_written)

    def _break_written(self, draft: DraftItem | None) -> None:
        if draft is None:
            return
        part = self._library()[draft.method_id]
        self._added(AgendaItem.of(part, minutes=draft.minutes))

    def _added(self, item: AgendaItem) -> None:
        before = self.session.state
        self._command(lambda: self.session.add_item(item))
        if self.session.state is not before:
            title = method_title(item.method)
            self.notify(tr("ui.agenda.run.added", title=title), timeout=4, markup=False)

    def action_drop_item(self) -> None:
        """x: pick an item still to come, confirm, and it is dropped; the plan re-fits."""
        from intervisie_tui.tui.screens.choice import ChoiceDialog

        coming = coming_items(self.session.state)
        if not coming:
            self.notify(tr("ui.agenda.run.nothing_to_drop"), severity="warning", markup=False)
            return
        rows = [(str(index), label) for index, label in coming]
        dialog = ChoiceDialog(tr("ui.agenda.run.drop_title"), tr("ui.agenda.run.drop_hint"), rows)
        self.app.push_screen(dialog, self._drop_chosen)

    def _drop_chosen(self, choice: str | None) -> None:
        if choice is None:
            return
        from intervisie_tui.tui.screens.confirm import ConfirmDialog

        index = int(choice)
        label = dict(coming_items(self.session.state)).get(index, choice)
        question = ConfirmDialog(
            tr("ui.agenda.run.drop_question", item=label), tr("ui.agenda.run.drop_explain")
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self._command(lambda: self.session.drop_item(index))

        self.app.push_screen(question, answered)


def item_label(state: SessionState, index: int) -> str:
    """An agenda item as the chair knows it: 'Casus: Anna · KOT', 'Pauze (10 min)'."""
    item = state.agenda.items[index]
    title = method_title(item.method)
    names = [case.inbrenger for case in item.cases if case.inbrenger]
    if item.part is Part.case and names:
        return f"{tr('ui.agenda.case')}: {', '.join(names)} · {title}"
    if item.minutes is not None:
        return f"{title} ({minutes(item.minutes)} min)"
    return title


def coming_items(state: SessionState) -> list[tuple[int, str]]:
    """The items after the running one that are not dropped, with their labels."""
    current = state.phase.item if state.started else -1
    return [
        (index, item_label(state, index))
        for index in range(current + 1, len(state.agenda.items))
        if index not in state.dropped_items
    ]
