"""Who speaks and who listens in this phase, and in a round: whose turn, the order, the round."""

from __future__ import annotations

from rich.text import Text

from intervisie_tui.model.method import InbrengerState, Method, Step
from intervisie_tui.session import PhaseView, RoleView, TurnView
from intervisie_tui.tui.i18n import pick, tr
from intervisie_tui.tui.widgets.steady import SteadyStatic


def _role_label(method: Method, view: RoleView) -> str:
    try:
        role = method.role(view.role_id)
    except KeyError:
        return view.role_name
    return pick(role.name, role.name_en)


def who_text(method: Method, view: PhaseView) -> Text:
    """The 'Aan het woord' and 'Luistert' lines with role and names, plus the inbrenger's part."""
    text = Text()
    width = max(len(tr("ui.run.speaking")), len(tr("ui.run.listening")))

    def line(label: str, roles: tuple[RoleView, ...], style: str) -> None:
        text.append(f"{label.ljust(width)}  ", style="bold")
        parts = []
        for role in roles:
            names = ", ".join(role.names)
            parts.append(
                f"{_role_label(method, role)}: {names}" if names else _role_label(method, role)
            )
        text.append(" · ".join(parts) or "–", style=style)
        text.append("\n")

    line(tr("ui.run.speaking"), view.speakers, "bold")
    line(tr("ui.run.listening"), view.listeners, "")
    if view.inbrenger and view.inbrenger_state is not InbrengerState.not_applicable:
        text.append(
            f"{view.inbrenger}: {tr('ui.inbrenger.' + view.inbrenger_state.value)}", style="italic"
        )
        text.append("\n")
    text.rstrip()
    return text


def turn_text(turn: TurnView, item_en: str | None) -> Text:
    """The round: current speaker large, the order with who is done, and the round marker."""
    text = Text()
    text.append(f"{tr('ui.run.turn')}: ", style="bold")
    if turn.volunteers and not turn.order:
        text.append(tr("cases.run.no_volunteers"), style="bold")
        return text
    if turn.current is not None:
        text.append(f" {turn.current} ", style="bold reverse")
    else:
        text.append(tr("ui.run.round_full"), style="bold")
    if turn.items and turn.item:
        text.append("   " + tr("ui.run.item", items=turn.items, item=pick(turn.item, item_en)))
    text.append("\n")
    text.append(f"{tr('ui.run.order')}: ", style="bold")
    for index, name in enumerate(turn.order):
        if index:
            text.append(" › ", style="dim")
        if name == turn.current:
            text.append(name, style="bold underline")
        elif name in turn.done:
            text.append(f"✓ {name}", style="dim")
        elif name in turn.passed:
            text.append(f"– {name}", style="dim strike")
        else:
            text.append(name)
    text.append("   ")
    text.append(tr("ui.run.round", n=turn.round), style="bold")
    if turn.round_complete:
        text.append("  " + tr("ui.run.round_full"), style="bold")
    return text


class WhoPanel(SteadyStatic):
    """Speakers, listeners and the round, for the whole room."""

    def show(self, method: Method, step: Step, view: PhaseView) -> None:
        """Lay out the phase's people (an unchanged text, say after a pause, stays as it is)."""
        text = who_text(method, view)
        if view.turn is not None:
            text.append("\n")
            text.append_text(turn_text(view.turn, step.turns.item_en))
        self.change(text)
