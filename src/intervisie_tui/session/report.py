"""The Markdown report of a meeting: attendance, cases, time per phase, notes, first steps.

Accredited intervision (SKJ) asks for an attendance record and a learning report; the chair
should get both from the journal without retyping anything. Headings are Dutch, like the app.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from intervisie_tui.model.method import Capture
from intervisie_tui.session.state import Note, SessionState

#: How a captured item is named in the report (singular), per kind.
KIND_LABELS: dict[Capture, str] = {
    Capture.notes: "Notitie",
    Capture.questions: "Vraag",
    Capture.problem_definitions: "Probleemstelling",
    Capture.ideas: "Dominant idee",
    Capture.observations: "Observatie",
    Capture.compliments: "Compliment",
    Capture.suggestions: "Suggestie",
    Capture.advice: "Advies",
    Capture.topics: "Onderwerp",
    Capture.scale: "Schaalscore",
    Capture.first_step: "Eerste stap",
}


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


def number_notes(state: SessionState) -> dict[int, str]:
    """A label per note id: items of one kind are numbered within their case ("Vraag 2")."""
    counters: dict[tuple[int | None, Capture], int] = defaultdict(int)
    labels: dict[int, str] = {}
    for note in state.notes:
        case = state.phases[note.phase].case
        if note.kind is Capture.notes:
            labels[note.id] = KIND_LABELS[note.kind]
            continue
        counters[(case, note.kind)] += 1
        labels[note.id] = f"{KIND_LABELS[note.kind]} {counters[(case, note.kind)]}"
    return labels


def _note_line(note: Note, label: str) -> str:
    rating = f" — *{note.rating.value}*" if note.rating is not None else ""
    by = f" ({_md(note.by)})" if note.by else ""
    return f"- **{label}**{by}: {_md(note.text)}{rating}"


def render_report(state: SessionState) -> str:
    """The whole report as Markdown; works for finished and unfinished meetings alike."""
    setup = state.setup
    method = state.method
    end = state.finished_at or state.last_at or state.created_at
    lines: list[str] = [f"# Verslag intervisie: {_md(method.title)}", ""]
    start = _local(state.created_at)
    lines.append(f"- **Methode:** {_md(method.title)} (`{method.id}`)")
    lines.append(f"- **Datum:** {start:%Y-%m-%d}, {start:%H:%M}–{_local(end):%H:%M}")
    lines.append(f"- **Voorzitter:** {_md(setup.chair)}")
    lines.append(f"- **Deelnemers:** {', '.join(_md(n) for n in setup.everyone) or 'geen'}")
    if not state.finished:
        lines.append("- **Status:** niet afgerond")
    lines.append("")

    lines += ["## Aanwezigheid", "", "| Naam | Rol | Aanwezig |", "|---|---|---|"]
    lines.append(f"| {_md(setup.chair)} | voorzitter | ja |")
    for name in setup.everyone:
        roles = ["deelnemer"]
        for number, case in enumerate(state.cases, start=1):
            if case.inbrenger == name:
                roles.append(f"inbrenger casus {number}")
        if name in setup.inner_group:
            roles.append("binnengroep")
        if name in setup.outer_group:
            roles.append("buitengroep")
        if setup.timekeeper == name:
            roles.append("tijdbewaker")
        if setup.notetaker == name:
            roles.append("notulist")
        present = "deels (afwezig gemeld)" if name in state.ever_absent else "ja"
        lines.append(f"| {_md(name)} | {', '.join(roles)} | {present} |")
    lines.append("")

    labels = number_notes(state)
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
    for case_index, indexes in groups:
        if case_index is None:
            lines += ["## Hele groep", ""]
        else:
            case = state.cases[case_index]
            lines += [f"## Casus {case_index + 1}: {_md(case.inbrenger)}", ""]
            if case.question:
                lines += [f"**Vraag:** {_md(case.question)}", ""]
            if case.importance is not None:
                lines += [f"**Belang:** {case.importance}/10", ""]
        lines += ["| Fase | Gepland | Werkelijk | Verschil |", "|---|---|---|---|"]
        for i in indexes:
            phase = state.phases[i]
            record = state.records[i]
            title = _md(phase.step.title)
            if i in state.dropped or record.skipped:
                lines.append(f"| {title} | — | overgeslagen | |")
                continue
            planned = state.planned(i)
            actual = state.elapsed(end, i) if i == state.index else record.used
            if record.first_started is None:
                not_done += 1
                shown = "vrij" if planned is None else clock_text(planned)
                lines.append(f"| {title} | {shown} | niet gedaan | |")
                continue
            total_actual += actual
            if planned is None:
                lines.append(f"| {title} | vrij | {clock_text(actual)} | |")
                continue
            target = planned + record.added
            total_planned += target
            extra = ""
            if record.added > timedelta(0):
                extra = f" (+{clock_text(record.added)} erbij)"
            elif record.added < timedelta(0):
                extra = f" ({clock_text(record.added)} eraf)"
            diff = actual - target
            diff_text = "binnen tijd"
            if diff >= timedelta(seconds=1):
                diff_text = f"+{clock_text(diff)} uitloop"
                where = "" if phase.case is None else f" (casus {phase.case + 1})"
                overruns.append(f"- {title}{where}: +{clock_text(diff)}")
            lines.append(
                f"| {title} | {clock_text(planned)}{extra} | {clock_text(actual)} | {diff_text} |"
            )
        lines.append("")
        for i in indexes:
            notes = state.notes_of(i)
            if notes:
                lines += [f"### {_md(state.phases[i].step.title)}", ""]
                lines += [_note_line(note, labels[note.id]) for note in notes]
                lines.append("")
        if case_index is not None:
            first_step = state.first_steps[case_index]
            if first_step:
                lines += ["**Eerste stap van de inbrenger:** " + _md(first_step), ""]

    lines += ["## Tijd", ""]
    lines.append(
        f"Gepland {clock_text(total_planned)} voor de gedane fasen met vaste tijd, "
        f"werkelijk {clock_text(total_actual)} in alle gedane fasen."
    )
    if not_done:
        lines.append(f"Niet gedaan: {not_done} {'fase' if not_done == 1 else 'fasen'}.")
    lines.append("")
    if overruns:
        lines += ["Uitgelopen:", "", *overruns, ""]
    else:
        lines += ["Geen fase is uitgelopen.", ""]
    return "\n".join(lines)
