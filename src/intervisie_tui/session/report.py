"""The Markdown report of a meeting: attendance, cases, time per phase, notes, first steps.

Accredited intervision (SKJ) asks for an attendance record and a learning report; the chair
should get both from the journal without retyping anything. Every word comes from the catalogue
in the language the chair chose (Dutch by default, like the app); the method's own titles use
their English twins in English.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from intervisie_tui.messages import Lang, Value, pick, say
from intervisie_tui.model.method import Capture
from intervisie_tui.session.plan import said_minutes
from intervisie_tui.session.state import Note, SessionState


def clock_text(delta: timedelta) -> str:
    """A duration as m:ss (with a minus sign when negative), rounded to whole seconds."""
    seconds = round(delta.total_seconds())
    sign = "-" if seconds < 0 else ""
    minutes, rest = divmod(abs(seconds), 60)
    return f"{sign}{minutes}:{rest:02d}"


def _local(moment: datetime) -> datetime:
    return moment.astimezone()


def _md(text: str) -> str:
    """Keep user text from breaking a table or a list item."""
    return " ".join(text.replace("|", "\\|").split())


def number_notes(state: SessionState, lang: Lang = Lang.nl) -> dict[int, str]:
    """A label per note id: items of one kind are numbered within their case ("Vraag 2")."""
    counters: dict[tuple[int | None, Capture], int] = defaultdict(int)
    labels: dict[int, str] = {}
    for note in state.notes:
        case = state.phases[note.phase].case
        kind = say(f"report.kind.{note.kind.value}", lang)
        if note.kind is Capture.notes:
            labels[note.id] = kind
            continue
        counters[(case, note.kind)] += 1
        labels[note.id] = f"{kind} {counters[(case, note.kind)]}"
    return labels


def _note_line(note: Note, label: str, lang: Lang) -> str:
    rating = f" — *{say(f'ui.rating.{note.rating.value}', lang)}*" if note.rating else ""
    by = f" ({_md(note.by)})" if note.by else ""
    return f"- **{label}**{by}: {_md(note.text)}{rating}"


def render_report(state: SessionState, lang: Lang = Lang.nl) -> str:
    """The whole report as Markdown; works for finished and unfinished meetings alike."""

    def t(key: str, **values: Value) -> str:
        return say(f"report.{key}", lang, **values)

    def fact(key: str, value: str) -> str:
        return f"- **{t(key)}:** {value}"

    setup = state.setup
    method = state.method
    title = _md(pick(method.title, method.title_en, lang))
    end = state.finished_at or state.last_at or state.created_at
    lines: list[str] = [f"# {t('title', title=title)}", ""]
    start = _local(state.created_at)
    lines.append(fact("method", f"{title} (`{method.id}`)"))
    lines.append(fact("date", f"{start:%Y-%m-%d}, {start:%H:%M}–{_local(end):%H:%M}"))
    lines.append(fact("chair", _md(setup.chair)))
    lines.append(fact("participants", ", ".join(_md(n) for n in setup.everyone) or t("nobody")))
    if not state.finished:
        lines.append(fact("status", t("unfinished")))
    lines.append("")

    columns = f"| {t('name')} | {t('role')} | {t('present')} |"
    lines += [f"## {t('attendance')}", "", columns, "|---|---|---|"]
    lines.append(f"| {_md(setup.chair)} | {t('role.chair')} | {t('yes')} |")
    for name in setup.everyone:
        roles = [t("role.participant")]
        for number, case in enumerate(state.cases, start=1):
            if case.inbrenger == name:
                roles.append(t("role.inbrenger", number=number))
        if name in setup.inner_group:
            roles.append(t("role.inner"))
        if name in setup.outer_group:
            roles.append(t("role.outer"))
        if setup.timekeeper == name:
            roles.append(t("role.timekeeper"))
        if setup.notetaker == name:
            roles.append(t("role.notetaker"))
        present = t("partly") if name in state.ever_absent else t("yes")
        lines.append(f"| {_md(name)} | {', '.join(roles)} | {present} |")
    lines.append("")

    labels = number_notes(state, lang)
    groups: list[tuple[int | None, list[int]]] = []
    for phase in state.phases:
        if groups and groups[-1][0] == phase.case:
            groups[-1][1].append(phase.index)
        else:
            groups.append((phase.case, [phase.index]))

    total_planned = timedelta(0)
    total_actual = timedelta(0)
    overruns: list[str] = []
    not_done = 0
    phase_columns = (
        f"| {t('phase')} | {t('planned')} | {t('actual')} | {t('difference')} |",
        "|---|---|---|---|",
    )
    for case_index, indexes in groups:
        if case_index is None:
            lines += [f"## {t('whole_group')}", ""]
        else:
            case = state.cases[case_index]
            heading = (
                say("cases.report.case", lang, number=case_index + 1)
                if case.inbrenger is None
                else t("case", number=case_index + 1, inbrenger=_md(case.inbrenger))
            )
            lines += [f"## {heading}", ""]
            if case.question:
                lines += [f"**{t('question')}:** {_md(case.question)}", ""]
            if case.importance is not None:
                lines += [f"**{t('importance')}:** {case.importance}/10", ""]
        lines += phase_columns
        for i in indexes:
            phase = state.phases[i]
            record = state.records[i]
            step_title = _md(pick(phase.step.title, phase.step.title_en, lang))
            if i in state.dropped or record.skipped:
                lines.append(f"| {step_title} | — | {t('skipped')} | |")
                continue
            planned = state.planned(i)
            actual = state.elapsed(end, i) if i == state.index else record.used
            if record.first_started is None:
                not_done += 1
                shown = t("untimed") if planned is None else clock_text(planned)
                lines.append(f"| {step_title} | {shown} | {t('not_done')} | |")
                continue
            total_actual += actual
            if planned is None:
                lines.append(f"| {step_title} | {t('untimed')} | {clock_text(actual)} | |")
                continue
            target = planned + record.added
            total_planned += target
            extra = ""
            if record.added > timedelta(0):
                extra = f" ({t('added', time=clock_text(record.added))})"
            elif record.added < timedelta(0):
                extra = f" ({t('removed', time=clock_text(record.added))})"
            diff = actual - target
            diff_text = t("on_time")
            if diff >= timedelta(seconds=1):
                diff_text = t("overrun", time=clock_text(diff))
                where = "" if phase.case is None else f" ({t('in_case', number=phase.case + 1)})"
                overruns.append(f"- {step_title}{where}: +{clock_text(diff)}")
            lines.append(
                f"| {step_title} | {clock_text(planned)}{extra} | {clock_text(actual)} "
                f"| {diff_text} |"
            )
        lines.append("")
        for i in indexes:
            notes = state.notes_of(i)
            if notes:
                step = state.phases[i].step
                lines += [f"### {_md(pick(step.title, step.title_en, lang))}", ""]
                lines += [_note_line(note, labels[note.id], lang) for note in notes]
                lines.append("")
        if case_index is not None:
            first_step = state.first_steps[case_index]
            if first_step:
                lines += [f"**{t('first_step')}:** {_md(first_step)}", ""]

    lines += [f"## {t('time')}", ""]
    lines.append(
        # In minutes ("14 min"): "14:00" read as a time of day.
        t(
            "time_summary",
            planned=said_minutes(total_planned.total_seconds() / 60),
            actual=said_minutes(total_actual.total_seconds() / 60),
        )
    )
    if not_done:
        lines.append(
            t("phases_not_done.one" if not_done == 1 else "phases_not_done.many", count=not_done)
        )
    lines.append("")
    if overruns:
        lines += [t("overran"), "", *overruns, ""]
    else:
        lines += [t("none_overran"), ""]
    return "\n".join(lines)
