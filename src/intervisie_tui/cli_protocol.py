"""A method printed as a protocol a chair can follow on paper (`intervisie-tui show ID`).

Chairs prepare on paper and method authors proofread the same way, so this shows everything
the app would show during the meeting, step by step, in the language chosen with --lang: the
labels from the catalogue, the method's own words from its English twins where it has them.
Imported only by the `show` command: rich's rendering code stays out of the other commands.
It is command-line output, not library logic, so it sits beside cli.py (#13).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from intervisie_tui.library.fit_text import fit_lines
from intervisie_tui.messages import Lang, Value, pick, pick_all, say
from intervisie_tui.model.method import (
    InbrengerState,
    Method,
    RepeatUnit,
    Step,
    TotalScope,
)


def minutes_text(minutes: float | None, lang: Lang = Lang.nl) -> str:
    """'5 min', '3,5 min' (a decimal comma in Dutch) or 'vrij' for an untimed step."""
    if minutes is None:
        return say("protocol.untimed", lang)
    number = f"{minutes:g}"
    return say(
        "protocol.minutes", lang, minutes=number.replace(".", ",") if lang is Lang.nl else number
    )


def _said(ids: list[str], words: Callable[[str], tuple[str, str | None]], lang: Lang) -> list[str]:
    """Each id as the method words it in `lang`; an unknown id is shown as written."""
    said = []
    for item in ids:
        try:
            dutch, english = words(item)
        except KeyError:
            said.append(item)
        else:
            said.append(pick(dutch, english, lang))
    return said


def _names(method: Method, role_ids: list[str], lang: Lang) -> str:
    def words(role_id: str) -> tuple[str, str | None]:
        role = method.role(role_id)
        return role.name, role.name_en

    return ", ".join(_said(role_ids, words, lang)) or "-"


def _reminders(method: Method, rule_ids: list[str], lang: Lang) -> str:
    def words(rule_id: str) -> tuple[str, str | None]:
        rule = method.rule(rule_id)
        return rule.reminder, rule.reminder_en

    return "; ".join(_said(rule_ids, words, lang))


def _inbrenger(state: InbrengerState, lang: Lang) -> str:
    if state is InbrengerState.not_applicable:
        return "-"
    return say(f"protocol.inbrenger.{state.value}", lang)


def _turns(step: Step, lang: Lang) -> str:
    turns = step.turns
    text = say(f"protocol.turns.{turns.mode.value}", lang)
    if turns.items is not None:
        item = pick(turns.item, turns.item_en, lang) if turns.item else say("protocol.item", lang)
        text += ", " + say("protocol.per_turn", lang, items=turns.items, item=item)
    if turns.rounds is not None:
        key = "protocol.rounds.one" if turns.rounds == 1 else "protocol.rounds.many"
        text += ", " + say(key, lang, count=turns.rounds)
    return text


def _unit(unit: RepeatUnit, lang: Lang) -> str:
    return say(f"ui.unit.{unit.value}", lang)


def _totals(method: Method, lang: Lang) -> str:
    computed = minutes_text(method.computed_minutes, lang)
    optional = sum(step.minutes or 0 for step in method.steps if step.optional)
    line = say("protocol.steps_total", lang, minutes=computed)
    if optional:
        rest = minutes_text(method.computed_minutes - optional, lang)
        line += f" ({say('protocol.without_optional', lang, minutes=rest)})"
    if method.repeat is not None:
        block = minutes_text(sum(step.minutes or 0 for step in method.repeated_steps), lang)
        unit = _unit(method.repeat.per, lang)
        line += "; " + say("protocol.repeated_block", lang, minutes=block, unit=unit)
    if method.total is not None:
        scope = "" if method.total.scope is TotalScope.method else say("protocol.per_repeat", lang)
        declared = say(
            "protocol.declared_total", lang, minutes=minutes_text(method.total.minutes, lang)
        )
        note = method.total.note
        said = "" if note is None else f" ({pick(note, method.total.note_en, lang)})"
        line = f"{declared}{scope}{said}; " + line
    return line


def _overview(method: Method, lang: Lang) -> Table:
    def t(key: str) -> str:
        return say(f"protocol.{key}", lang)

    table = Table(title=t("steps"), title_justify="left", expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("step"))
    table.add_column(t("time"), justify="right", no_wrap=True)
    table.add_column(t("speaking"))
    table.add_column(t("inbrenger"))
    repeated = {step.id for step in method.repeated_steps}
    for number, step in enumerate(method.steps, start=1):
        title = pick(step.title, step.title_en, lang)
        if step.optional:
            title += f" ({t('optional')})"
        if step.id in repeated:
            title = "↻ " + title
        table.add_row(
            str(number),
            title,
            minutes_text(step.minutes, lang),
            _names(method, step.speakers, lang),
            _inbrenger(step.inbrenger, lang),
        )
    return table


def _step_detail(
    method: Method, number: int, step: Step, repeated: bool, lang: Lang
) -> RenderableType:
    def t(key: str, **values: Value) -> str:
        return say(f"protocol.{key}", lang, **values)

    heading = Text(f"{number}. {pick(step.title, step.title_en, lang)}", style="bold")
    heading.append(f"  [{minutes_text(step.minutes, lang)}]")
    if step.optional:
        heading.append(f"  {t('optional')}")
    if repeated and method.repeat is not None:
        heading.append(f"  ↻ {t('per_unit', unit=_unit(method.repeat.per, lang))}")
    lines: list[RenderableType] = [heading, Text(pick(step.description, step.description_en, lang))]
    fields = [
        (t("speaking"), _names(method, step.speakers, lang)),
        (t("listening"), _names(method, step.listeners, lang)),
        (t("inbrenger"), _inbrenger(step.inbrenger, lang)),
        (t("turns"), _turns(step, lang)),
    ]
    if step.rules:
        fields.append((t("rules"), _reminders(method, step.rules, lang)))
    if step.capture:
        capture = ", ".join(t(f"capture.{item.value}") for item in step.capture)
        if step.ratings:
            capture += f" ({t('ratings')})"
        fields.append((t("capture"), capture))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column()
    for label, value in fields:
        grid.add_row(label, value)
    lines.append(grid)
    if step.opening:
        opening = pick(step.opening, step.opening_en, lang)
        lines.append(Text(f"{t('opening')}: “{opening}”", style="italic"))
    questions = pick_all(step.questions, step.questions_en, lang)
    watch_for = pick_all(step.watch_for, step.watch_for_en, lang)
    for label, items in ((t("questions"), questions), (t("watch"), watch_for)):
        if items:
            lines.append(Text(f"{label}:"))
            bullets = Table.grid(padding=(0, 1))
            bullets.add_column(no_wrap=True)
            bullets.add_column()
            for item in items:
                bullets.add_row("  -", item)
            lines.append(bullets)
    return Padding(Group(*lines), (1, 0, 0, 0))


def protocol(method: Method, lang: Lang = Lang.nl) -> Group:
    """Everything a chair needs to run the method from paper, as one rich renderable."""

    def t(key: str, **values: Value) -> str:
        return say(f"protocol.{key}", lang, **values)

    parts: list[RenderableType] = [
        Text(f"{pick(method.title, method.title_en, lang)}  [{method.id}]", style="bold"),
        Text(f"{t('purpose')}: {pick(method.purpose, method.purpose_en, lang)}"),
        Text(f"{t('source')}: {method.source}", style="dim"),
        Text(f"{t('time')}: {_totals(method, lang)}"),
    ]
    if method.repeat is not None:
        repeat = method.repeat
        first, last = method.step(repeat.first), method.step(repeat.last)
        parts.append(
            Text(
                t(
                    "repeat",
                    first=pick(first.title, first.title_en, lang),
                    last=pick(last.title, last.title_en, lang),
                    unit=_unit(repeat.per, lang),
                    order=t(f"order.{repeat.order.value}"),
                    count=repeat.default_count,
                )
            )
        )
    parts.extend(Text(line) for line in fit_lines(method.fit, lang))
    roles = Table(title=t("roles"), title_justify="left", expand=True)
    roles.add_column(t("role"), no_wrap=True)
    roles.add_column(t("who"))
    for role in method.roles:
        description = (
            pick(role.description, role.description_en, lang) if role.description else None
        )
        roles.add_row(pick(role.name, role.name_en, lang), description or role.kind.value)
    parts.append(Padding(roles, (1, 0, 0, 0)))
    if method.rules:
        rules = Table(title=t("rules"), title_justify="left", expand=True)
        rules.add_column(t("rule"), no_wrap=False)
        rules.add_column(t("chair_says"))
        for rule in method.rules:
            explanation = (
                pick(rule.explanation, rule.explanation_en, lang) if rule.explanation else None
            )
            rules.add_row(pick(rule.reminder, rule.reminder_en, lang), explanation)
        parts.append(rules)
    parts.append(_overview(method, lang))
    repeated = {step.id for step in method.repeated_steps}
    for number, step in enumerate(method.steps, start=1):
        parts.append(_step_detail(method, number, step, step.id in repeated, lang))
    return Group(*parts)


def print_protocol(method: Method, console: Console | None = None, lang: Lang = Lang.nl) -> None:
    """Print the protocol in `lang`; plain text when stdout is not a terminal (a file or pipe)."""
    console = console or Console(highlight=False, emoji=False)
    if console.is_terminal:
        console.print(protocol(method, lang))
        return
    with console.capture() as captured:
        console.print(protocol(method, lang))
    # Off a terminal rich pads every line to the full width; files and diffs read better without.
    lines = (line.rstrip() for line in captured.get().splitlines())
    console.file.write("\n".join(lines) + "\n")
