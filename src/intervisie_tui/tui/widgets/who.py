"""Who speaks and who listens in this phase, and in a round: whose turn, the order, the round."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from intervisie_tui.model.method import InbrengerState, Method, Step
from intervisie_tui.session import PhaseView, RoleView, TurnView
from intervisie_tui.tui.i18n import pick, tr

#: One line of the panel: its label (never wrapped) and what it says (wrapped beside it).
Row = tuple[Text, Text]


def _role_label(method: Method, view: RoleView) -> str:
    try:
        role = method.role(view.role_id)
    except KeyError:
        return view.role_name
    return pick(role.name, role.name_en)


def who_rows(method: Method, view: PhaseView) -> list[Row]:
    """'Aan het woord' and 'Luistert' with roles and names, plus the inbrenger's part."""

    def people(roles: tuple[RoleView, ...], style: str) -> Text:
        parts = []
        for role in roles:
            names = ", ".join(role.names)
            label = _role_label(method, role)
            parts.append(f"{label}: {names}" if names else label)
        return Text(" · ".join(parts) or "–", style=style)

    rows = [
        (Text(tr("ui.run.speaking"), style="bold"), people(view.speakers, "bold")),
        (Text(tr("ui.run.listening"), style="bold"), people(view.listeners, "")),
    ]
    if view.inbrenger and view.inbrenger_state is not InbrengerState.not_applicable:
        state = tr("ui.inbrenger." + view.inbrenger_state.value)
        rows.append((Text(""), Text(f"{view.inbrenger}: {state}", style="italic")))
    return rows


def turn_rows(turn: TurnView, item_en: str | None) -> list[Row]:
    """The round: whose turn it is, the order with who is done, and the round's number.

    "Ronde rond" stands once, where the name of whose turn it is stood. A round of volunteers
    without any yet says so where the name would stand.
    """
    label = Text(tr("ui.run.turn"), style="bold")
    if turn.volunteers and not turn.order:
        return [(label, Text(tr("cases.run.no_volunteers"), style="bold"))]
    current = Text()
    if turn.current is None:
        current.append(tr("ui.run.round_full"), style="bold")
    else:
        current.append(f" {turn.current} ", style="bold reverse")
    if turn.current is not None and turn.items and turn.item:
        current.append("   " + tr("ui.run.item", items=turn.items, item=pick(turn.item, item_en)))
    order = Text()
    for index, name in enumerate(turn.order):
        if index:
            order.append(" › ", style="dim")
        if name == turn.current:
            order.append(name, style="bold underline")
        elif name in turn.done:
            order.append(f"✓ {name}", style="dim")
        elif name in turn.passed:
            order.append(f"– {name}", style="dim strike")
        else:
            order.append(name)
    order.append("   ")
    order.append(tr("ui.run.round", n=turn.round), style="bold")
    return [
        (label, current),
        (Text(tr("ui.run.order"), style="bold"), order),
    ]


def rows_table(rows: list[Row]) -> Table:
    """The rows as two columns: a label never wraps, its text wraps beside it, not under it."""
    table = Table.grid(padding=(0, 2), expand=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for label, value in rows:
        table.add_row(label, value)
    return table


class WhoPanel(Static):
    """Speakers, listeners and the round, for the whole room."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def show(self, method: Method, step: Step, view: PhaseView) -> None:
        """Lay out the phase's people (rows that read the same, say after a pause, stay)."""
        rows = who_rows(method, view)
        if view.turn is not None:
            rows.extend(turn_rows(view.turn, step.turns.item_en))
        if rows == self.rows:
            return
        self.rows = rows
        self.update(rows_table(rows))
