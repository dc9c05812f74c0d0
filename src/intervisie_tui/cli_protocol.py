"""A method printed as a protocol a chair can follow on paper (`intervisie-tui show ID`).

Chairs prepare on paper and method authors proofread the same way, so this shows everything
the app would show during the meeting, step by step, in the library's language (Dutch).
Imported only by the `show` command: rich's rendering code stays out of the other commands.
It is command-line output, not library logic, so it sits beside cli.py (#13).
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from intervisie_tui.library.fit_text import fit_lines
from intervisie_tui.model.method import (
    Capture,
    InbrengerState,
    Method,
    RepeatOrder,
    RepeatUnit,
    Step,
    TotalScope,
    TurnMode,
)

INBRENGER = {
    InbrengerState.speaking: "vertelt",
    InbrengerState.answering: "beantwoordt vragen",
    InbrengerState.listening: "luistert alleen",
    InbrengerState.outside: "zit buiten de kring",
    InbrengerState.taking_part: "doet mee",
    InbrengerState.not_applicable: "-",
}
TURNS = {
    TurnMode.free: "vrij",
    TurnMode.round: "om de beurt",
    TurnMode.single: "één spreker",
}
CAPTURE = {
    Capture.notes: "notities",
    Capture.questions: "vragen",
    Capture.problem_definitions: "probleemdefinities",
    Capture.ideas: "ideeën",
    Capture.observations: "observaties",
    Capture.compliments: "complimenten",
    Capture.suggestions: "suggesties",
    Capture.advice: "adviezen",
    Capture.topics: "onderwerpen",
    Capture.scale: "schaalscore",
    Capture.first_step: "eerste stap",
}
UNIT = {RepeatUnit.case: "casus", RepeatUnit.topic: "onderwerp"}
ORDER = {
    RepeatOrder.given: "in de gegeven volgorde",
    RepeatOrder.importance: "op volgorde van belang",
}


def minutes_text(minutes: float | None) -> str:
    """'5 min', '3,5 min' (Dutch decimal comma) or 'vrij' for an untimed step."""
    if minutes is None:
        return "vrij"
    return f"{minutes:g}".replace(".", ",") + " min"


def _names(method: Method, role_ids: list[str]) -> str:
    names = []
    for role_id in role_ids:
        try:
            names.append(method.role(role_id).name)
        except KeyError:
            names.append(role_id)
    return ", ".join(names) or "-"


def _turns(step: Step) -> str:
    text = TURNS[step.turns.mode]
    if step.turns.items is not None:
        text += f", {step.turns.items} {step.turns.item or 'item'} per beurt"
    if step.turns.rounds is not None:
        text += f", {step.turns.rounds} ronde{'s' if step.turns.rounds != 1 else ''}"
    return text


def _totals(method: Method) -> str:
    computed = minutes_text(method.computed_minutes)
    optional = sum(step.minutes or 0 for step in method.steps if step.optional)
    line = f"stappen samen {computed}"
    if optional:
        line += f" ({minutes_text(method.computed_minutes - optional)} zonder optionele stappen)"
    if method.repeat is not None:
        block = sum(step.minutes or 0 for step in method.repeated_steps)
        line += f"; herhaald blok {minutes_text(block)} per {UNIT[method.repeat.per]}"
    if method.total is not None:
        scope = "" if method.total.scope is TotalScope.method else " per herhaling"
        line = f"opgegeven totaal {minutes_text(method.total.minutes)}{scope}; " + line
    return line


def _overview(method: Method) -> Table:
    table = Table(title="Stappen", title_justify="left", expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Stap")
    table.add_column("Tijd", justify="right", no_wrap=True)
    table.add_column("Aan het woord")
    table.add_column("Inbrenger")
    repeated = {step.id for step in method.repeated_steps}
    for number, step in enumerate(method.steps, start=1):
        title = step.title + (" (optioneel)" if step.optional else "")
        if step.id in repeated:
            title = "↻ " + title
        table.add_row(
            str(number),
            title,
            minutes_text(step.minutes),
            _names(method, step.speakers),
            INBRENGER[step.inbrenger],
        )
    return table


def _step_detail(method: Method, number: int, step: Step, repeated: bool) -> RenderableType:
    heading = Text(f"{number}. {step.title}", style="bold")
    heading.append(f"  [{minutes_text(step.minutes)}]")
    if step.optional:
        heading.append("  optioneel")
    if repeated and method.repeat is not None:
        heading.append(f"  ↻ per {UNIT[method.repeat.per]}")
    lines: list[RenderableType] = [heading, Text(step.description)]
    fields = [
        ("Aan het woord", _names(method, step.speakers)),
        ("Luistert", _names(method, step.listeners)),
        ("Inbrenger", INBRENGER[step.inbrenger]),
        ("Beurten", _turns(step)),
    ]
    if step.rules:
        reminders = []
        for rule_id in step.rules:
            try:
                reminders.append(method.rule(rule_id).reminder)
            except KeyError:
                reminders.append(rule_id)
        fields.append(("Regels", "; ".join(reminders)))
    if step.capture:
        capture = ", ".join(CAPTURE[item] for item in step.capture)
        if step.ratings:
            capture += " (waarderen: warm / neutraal / koud)"
        fields.append(("Vastleggen", capture))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column()
    for label, value in fields:
        grid.add_row(label, value)
    lines.append(grid)
    if step.opening:
        lines.append(Text(f"Opening: “{step.opening}”", style="italic"))
    for label, items in (("Vragen", step.questions), ("Let op", step.watch_for)):
        if items:
            lines.append(Text(f"{label}:"))
            bullets = Table.grid(padding=(0, 1))
            bullets.add_column(no_wrap=True)
            bullets.add_column()
            for item in items:
                bullets.add_row("  -", item)
            lines.append(bullets)
    return Padding(Group(*lines), (1, 0, 0, 0))


def protocol(method: Method) -> Group:
    """Everything a chair needs to run the method from paper, as one rich renderable."""
    parts: list[RenderableType] = [
        Text(f"{method.title}  [{method.id}]", style="bold"),
        Text(f"Doel: {method.purpose}"),
        Text(f"Bron: {method.source}", style="dim"),
        Text(f"Tijd: {_totals(method)}"),
    ]
    if method.repeat is not None:
        repeat = method.repeat
        first, last = method.step(repeat.first).title, method.step(repeat.last).title
        parts.append(
            Text(
                f"Herhaling: de stappen '{first}' t/m '{last}' (↻) één keer per "
                f"{UNIT[repeat.per]}, {ORDER[repeat.order]}; standaard {repeat.default_count}x"
            )
        )
    parts.extend(Text(line) for line in fit_lines(method.fit))
    roles = Table(title="Rollen", title_justify="left", expand=True)
    roles.add_column("Rol", no_wrap=True)
    roles.add_column("Wie")
    for role in method.roles:
        roles.add_row(role.name, role.description or role.kind.value)
    parts.append(Padding(roles, (1, 0, 0, 0)))
    if method.rules:
        rules = Table(title="Regels", title_justify="left", expand=True)
        rules.add_column("Regel", no_wrap=False)
        rules.add_column("Wat de voorzitter zegt")
        for rule in method.rules:
            rules.add_row(rule.reminder, rule.explanation)
        parts.append(rules)
    parts.append(_overview(method))
    repeated = {step.id for step in method.repeated_steps}
    for number, step in enumerate(method.steps, start=1):
        parts.append(_step_detail(method, number, step, step.id in repeated))
    return Group(*parts)


def print_protocol(method: Method, console: Console | None = None) -> None:
    """Print the protocol; plain text when stdout is not a terminal (a file or a pipe)."""
    console = console or Console(highlight=False, emoji=False)
    if console.is_terminal:
        console.print(protocol(method))
        return
    with console.capture() as captured:
        console.print(protocol(method))
    # Off a terminal rich pads every line to the full width; files and diffs read better without.
    lines = (line.rstrip() for line in captured.get().splitlines())
    console.file.write("\n".join(lines) + "\n")
