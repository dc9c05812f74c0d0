"""The Markdown report of a meeting: attendance, the agenda planned against actual, per item
its phases, notes and first steps, and the time.

Accredited intervision (SKJ) asks for an attendance record and a learning report; the chair
should get both from the journal without retyping anything. One report covers the whole
meeting, breaks and items added or dropped on the way included. Every word comes from the
catalogue in the language the chair chose (Dutch by default, like the app); the methods' own
titles use their English twins in English.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from intervisie_tui.messages import Lang, Value, pick, say
from intervisie_tui.model.method import Capture, Part, Step
from intervisie_tui.session.plan import said_minutes
from intervisie_tui.session.state import Note, SessionState

ZERO = timedelta(0)


def clock_text(delta: timedelta) -> str:
    """A duration as m:ss (with a minus sign when negative), rounded to whole seconds."""
    seconds = round(delta.total_seconds())
    sign = "-" if seconds < 0 else ""
    minutes, rest = divmod(abs(seconds), 60)
    return f"{sign}{minutes}:{rest:02d}"


def _local(moment: datetime) -> datetime:
    return moment.astimezone()


def md_text(text: str) -> str:
    """Keep user text from breaking a table or a list item."""
    return " ".join(text.replace("|", "\\|").split())


def capture_label(step: Step, kind: Capture, lang: Lang | str = Lang.nl) -> str:
    """What one captured item is called: the step's own word for the first kind it captures
    (Dominante ideeën: 'Dominant idee'), else the kind's own name ('Idee', 'Vraag')."""
    own = [k for k in step.capture if k not in (Capture.notes, Capture.first_step)]
    if step.capture_label is not None and own and own[0] is kind:
        return pick(step.capture_label, step.capture_label_en, lang)
    return say(f"report.kind.{kind.value}", lang)


def case_numbers(state: SessionState) -> dict[tuple[int, int], int]:
    """Each (item, case) its number in the meeting: cases are counted across all items."""
    numbers: dict[tuple[int, int], int] = {}
    for item, cases in enumerate(state.item_cases):
        for case in range(len(cases)):
            numbers[(item, case)] = len(numbers) + 1
    return numbers


def number_notes(state: SessionState, lang: Lang = Lang.nl) -> dict[int, str]:
    """A label per note id: items of one kind are numbered within their case ("Vraag 2")."""
    counters: dict[tuple[int, int | None, str], int] = defaultdict(int)
    labels: dict[int, str] = {}
    for note in state.notes:
        phase = state.phases[note.phase]
        label = capture_label(phase.step, note.kind, lang)
        if note.kind is Capture.notes:
            labels[note.id] = label
            continue
        counters[(phase.item, phase.case, label)] += 1
        labels[note.id] = f"{label} {counters[(phase.item, phase.case, label)]}"
    return labels


def _note_line(note: Note, label: str, lang: Lang) -> str:
    rating = f" — *{say(f'ui.rating.{note.rating.value}', lang)}*" if note.rating else ""
    by = f" ({md_text(note.by)})" if note.by else ""
    return f"- **{label}**{by}: {md_text(note.text)}{rating}"


@dataclass
class _Times:
    """What the phase tables add up, for the agenda table and the time section."""

    planned: timedelta = ZERO
    actual: timedelta = ZERO
    not_done: int = 0
    overruns: list[str] = field(default_factory=list)


class _Report:
    """One report being written: the state, the language and the lines so far."""

    def __init__(self, state: SessionState, lang: Lang) -> None:
        self.state = state
        self.lang = lang
        self.end = state.finished_at or state.last_at or state.created_at
        self.labels = number_notes(state, lang)
        self.numbers = case_numbers(state)
        self.lines: list[str] = []
        self.times = _Times()

    def t(self, key: str, **values: Value) -> str:
        return say(f"report.{key}", self.lang, **values)

    def title(self, item: int) -> str:
        method = self.state.agenda.items[item].method
        return md_text(pick(method.title, method.title_en, self.lang))

    def case_heading(self, item: int, case: int) -> str:
        found = self.state.item_cases[item][case]
        number = self.numbers[(item, case)]
        if found.inbrenger is None:
            return say("cases.report.case", self.lang, number=number)
        return self.t("case", number=number, inbrenger=md_text(found.inbrenger))

    def item_heading(self, item: int) -> str:
        """'2. Casus 1: Bas (Vijfstappenmethode)', '3. Pauze (toegevoegd)'."""
        state = self.state
        text = self.title(item)
        cases = state.item_cases[item]
        if state.agenda.items[item].part is Part.case and len(cases) == 1:
            text = f"{self.case_heading(item, 0)} ({text})"
        if item in state.added_items:
            text += f" ({self.t('item_added')})"
        return f"{item + 1}. {text}"

    # ------------------------------------------------------------------ sections

    def header(self) -> None:
        state, agenda = self.state, self.state.agenda
        cases = [i for i in agenda.case_items() if i not in state.dropped_items]
        if agenda.title:
            title = md_text(agenda.title)
        elif len(agenda.items) == 1:
            title = self.title(0)
        else:
            methods = ", ".join(self.title(i) for i in cases) or self.title(0)
            title = self.t("meeting", methods=methods)
        self.lines += [f"# {self.t('title', title=title)}", ""]
        start = _local(state.created_at)
        shown = cases if len(agenda.items) > 1 else [0]
        methods = ", ".join(f"{self.title(i)} (`{agenda.items[i].method_id}`)" for i in shown)
        if methods:
            self.fact("method" if len(shown) == 1 else "methods", methods)
        self.fact("date", f"{start:%Y-%m-%d}, {start:%H:%M}–{_local(self.end):%H:%M}")
        self.fact("chair", md_text(agenda.chair))
        people = ", ".join(md_text(n) for n in agenda.everyone) or self.t("nobody")
        self.fact("participants", people)
        if not state.finished:
            self.fact("status", self.t("unfinished"))
        self.lines.append("")

    def fact(self, key: str, value: str) -> None:
        self.lines.append(f"- **{self.t(key)}:** {value}")

    def attendance(self) -> None:
        state, agenda, t = self.state, self.state.agenda, self.t
        self.lines += [f"## {t('attendance')}", ""]
        self.lines += [f"| {t('name')} | {t('role')} | {t('present')} |", "|---|---|---|"]
        self.lines.append(f"| {md_text(agenda.chair)} | {t('role.chair')} | {t('yes')} |")
        for name in agenda.everyone:
            roles = [t("role.participant")]
            for (item, case), number in self.numbers.items():
                if state.item_cases[item][case].inbrenger == name:
                    roles.append(t("role.inbrenger", number=number))
            if any(name in item.inner_group for item in agenda.items):
                roles.append(t("role.inner"))
            if any(name in item.outer_group for item in agenda.items):
                roles.append(t("role.outer"))
            if agenda.timekeeper == name:
                roles.append(t("role.timekeeper"))
            if agenda.notetaker == name:
                roles.append(t("role.notetaker"))
            present = t("partly") if name in state.ever_absent else t("yes")
            self.lines.append(f"| {md_text(name)} | {', '.join(roles)} | {present} |")
        self.lines.append("")

    def agenda_table(self) -> None:
        """The programme planned against actual, one row per item, breaks included."""
        state, t = self.state, self.t
        self.lines += [f"## {t('agenda')}", ""]
        self.lines += [
            f"| {t('item')} | {t('planned')} | {t('actual')} | {t('difference')} |",
            "|---|---|---|---|",
        ]
        for item in range(len(state.agenda.items)):
            phases = state.item_phases(item)
            gone = item in state.dropped_items  # its plan as it was, to show what was let go
            planned = sum(
                (
                    (state.planned(p.index) or ZERO) + state.records[p.index].added
                    for p in phases
                    if gone or (p.index not in state.dropped and not state.records[p.index].skipped)
                ),
                ZERO,
            )
            heading = self.item_heading(item)
            if gone:
                self.lines.append(f"| {heading} | {clock_text(planned)} | {t('dropped')} | |")
                continue
            begun = [p for p in phases if state.records[p.index].first_started is not None]
            if not begun:
                self.lines.append(f"| {heading} | {clock_text(planned)} | {t('not_done')} | |")
                continue
            actual = sum((self.actual(p.index) for p in phases), ZERO)
            diff = actual - planned
            diff_text = t("on_time") if diff < timedelta(seconds=1) else ""
            if not diff_text:
                diff_text = t("overrun", time=clock_text(diff))
            self.lines.append(
                f"| {heading} | {clock_text(planned)} | {clock_text(actual)} | {diff_text} |"
            )
        self.lines.append("")

    def actual(self, index: int) -> timedelta:
        state = self.state
        if index == state.index:
            return state.elapsed(self.end, index)
        return state.records[index].used

    def items(self) -> None:
        state = self.state
        single = len(state.agenda.items) == 1
        for item in range(len(state.agenda.items)):
            if item in state.dropped_items:
                continue
            groups: list[tuple[int | None, list[int]]] = []
            for phase in state.item_phases(item):
                if groups and groups[-1][0] == phase.case:
                    groups[-1][1].append(phase.index)
                else:
                    groups.append((phase.case, [phase.index]))
            level = 2
            if not single:
                self.lines += [f"## {self.item_heading(item)}", ""]
                level = 3 if len(groups) > 1 else 2
                if len(groups) == 1:  # the item's heading says it all
                    self.group(item, groups[0][0], groups[0][1], level, heading=False)
                    continue
            for case, indexes in groups:
                self.group(item, case, indexes, level, heading=True)

    def group(
        self, item: int, case: int | None, indexes: list[int], level: int, *, heading: bool
    ) -> None:
        """One case (or the whole group) of an item: question, phase table, notes, first step."""
        state, t, marks = self.state, self.t, "#" * level
        if heading:
            title = t("whole_group") if case is None else self.case_heading(item, case)
            self.lines += [f"{marks} {title}", ""]
        found = None if case is None else state.item_cases[item][case]
        if found is not None and found.question:
            self.lines += [f"**{t('question')}:** {md_text(found.question)}", ""]
        if found is not None and found.importance is not None:
            self.lines += [f"**{t('importance')}:** {found.importance}/10", ""]
        self.lines += [
            f"| {t('phase')} | {t('planned')} | {t('actual')} | {t('difference')} |",
            "|---|---|---|---|",
        ]
        for i in indexes:
            self.phase_row(i)
        self.lines.append("")
        for i in indexes:
            notes = state.notes_of(i)
            if notes:
                step = state.phases[i].step
                self.lines += [
                    f"{marks}# {md_text(pick(step.title, step.title_en, self.lang))}",
                    "",
                ]
                self.lines += [_note_line(note, self.labels[note.id], self.lang) for note in notes]
                self.lines.append("")
        if case is not None:
            first_step = state.first_step(item, case)
            if first_step:
                self.lines += [f"**{t('first_step')}:** {md_text(first_step)}", ""]

    def phase_row(self, i: int) -> None:
        state, t, times = self.state, self.t, self.times
        phase = state.phases[i]
        record = state.records[i]
        step_title = md_text(pick(phase.step.title, phase.step.title_en, self.lang))
        if i in state.dropped or record.skipped:
            self.lines.append(f"| {step_title} | — | {t('skipped')} | |")
            return
        planned = state.planned(i)
        actual = self.actual(i)
        if record.first_started is None:
            times.not_done += 1
            shown = t("untimed") if planned is None else clock_text(planned)
            self.lines.append(f"| {step_title} | {shown} | {t('not_done')} | |")
            return
        times.actual += actual
        if planned is None:
            self.lines.append(f"| {step_title} | {t('untimed')} | {clock_text(actual)} | |")
            return
        target = planned + record.added
        times.planned += target
        extra = ""
        if record.added > ZERO:
            extra = f" ({t('added', time=clock_text(record.added))})"
        elif record.added < ZERO:
            extra = f" ({t('removed', time=clock_text(record.added))})"
        diff = actual - target
        diff_text = t("on_time")
        if diff >= timedelta(seconds=1):
            diff_text = t("overrun", time=clock_text(diff))
            number = None if phase.case is None else self.numbers[(phase.item, phase.case)]
            where = "" if number is None else f" ({t('in_case', number=number)})"
            times.overruns.append(f"- {step_title}{where}: +{clock_text(diff)}")
        self.lines.append(
            f"| {step_title} | {clock_text(planned)}{extra} | {clock_text(actual)} | {diff_text} |"
        )

    def time(self) -> None:
        t, times = self.t, self.times
        self.lines += [f"## {t('time')}", ""]
        self.lines.append(
            # In minutes ("14 min"): "14:00" read as a time of day.
            t(
                "time_summary",
                planned=said_minutes(times.planned.total_seconds() / 60),
                actual=said_minutes(times.actual.total_seconds() / 60),
            )
        )
        if times.not_done:
            key = "phases_not_done.one" if times.not_done == 1 else "phases_not_done.many"
            self.lines.append(t(key, count=times.not_done))
        self.lines.append("")
        if times.overruns:
            self.lines += [t("overran"), "", *times.overruns, ""]
        else:
            self.lines += [t("none_overran"), ""]


def render_report(state: SessionState, lang: Lang = Lang.nl) -> str:
    """The whole report as Markdown; works for finished and unfinished meetings alike."""
    report = _Report(state, lang)
    report.header()
    report.attendance()
    sections: list[Callable[[], None]] = [report.items, report.time]
    if len(state.agenda.items) > 1:
        # The per-item tables add up the times, so the agenda table is written after them
        # and put in its place above them.
        before = len(report.lines)
        for section in sections:
            section()
        rest = report.lines[before:]
        report.lines = report.lines[:before]
        report.agenda_table()
        report.lines += rest
    else:
        for section in sections:
            section()
    return "\n".join(report.lines)
