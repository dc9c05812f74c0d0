"""The overview as Markdown: what `group show` prints and what the final evaluation starts from.

One renderer for the terminal and the file: Markdown reads well as plain text, pastes into a
shared document, and renders as tables on a wiki or a git host.
"""

from __future__ import annotations

from intervisie_tui.group.overview import Cell, Overview, Sheet
from intervisie_tui.messages import Lang, say
from intervisie_tui.model.group import Group
from intervisie_tui.model.shared_rehearsal import SharedRehearsal
from intervisie_tui.session.report import md_text

__all__ = ["overview_markdown"]


def _cell(cell: Cell, sheet: Sheet, lang: Lang) -> str:
    # Not in that meeting's record at all: an empty cell, as on a paper attendance list.
    text = "" if cell is Cell.away else say(f"group.cell.{cell.value}", lang)
    if sheet in (Sheet.done, Sheet.started, Sheet.missing):
        text += say(f"group.sheet.{sheet.value}", lang)
    return text


def _minutes(value: float, lang: Lang) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang is Lang.nl else text


def _rehearsal_lines(rehearsals: tuple[SharedRehearsal, ...], lang: Lang) -> list[str]:
    """The shared rehearsals as a table, each one's timing per phase in its last column."""
    if not rehearsals:
        return [say("group.overview.no_rehearsals", lang)]
    head = [say(f"group.overview.rehearsal.{key}", lang) for key in _REHEARSAL_COLUMNS]
    out = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for shared in rehearsals:
        phases = " · ".join(
            say(
                "group.overview.rehearsal.phase",
                lang,
                title=md_text(phase.title),
                planned="—" if phase.planned is None else _minutes(phase.planned, lang),
                actual=_minutes(phase.actual, lang),
            )
            for phase in shared.phases
        )
        cells = (
            shared.date.isoformat(),
            md_text(shared.member),
            f"{md_text(shared.method_title)} (`{shared.method}`)",
            say("group.overview.rehearsal.of", lang, count=shared.noticed, total=shared.said),
            str(shared.missed),
            str(shared.false_alarms),
            say("group.overview.rehearsal.of", lang, count=shared.on_time, total=shared.judged),
            phases or "—",
        )
        out.append("| " + " | ".join(cells) + " |")
    return out


_REHEARSAL_COLUMNS = (
    "date",
    "who",
    "method",
    "noticed",
    "missed",
    "false_alarms",
    "on_time",
    "phases",
)


def overview_markdown(view: Overview, group: Group, lang: Lang) -> str:
    """The whole overview: the table per member, then what needs attention."""
    out = [f"# {say('group.overview.title', lang, name=md_text(group.name))}", ""]
    next_chair = view.meetings[-1].record.next_chair if view.meetings else None
    if next_chair:
        out += [
            say(
                "group.overview.next_chair",
                lang,
                name=md_text(next_chair),
                group=md_text(group.name),
            ),
            "",
        ]
    if not view.meetings:
        out += [say("group.overview.no_meetings", lang), ""]
    else:
        days = [meeting.folder.name for meeting in view.meetings]
        out.append(f"| {say('group.overview.member', lang)} | " + " | ".join(days) + " |")
        out.append("|---" * (len(days) + 1) + "|")
        for line in view.lines:
            cells = [
                _cell(cell, sheet, lang)
                for cell, sheet in zip(line.cells, line.sheets, strict=True)
            ]
            out.append(f"| {md_text(line.member.name)} | " + " | ".join(cells) + " |")
        out += ["", say("group.overview.legend", lang), ""]
    out += [f"## {say('group.overview.questions', lang)}", ""]
    asked = False
    for line in view.lines:
        for question in line.member.learning_questions:
            asked = True
            key = "group.overview.worked" if question in line.worked_on else "group.overview.open"
            who, text = md_text(line.member.name), md_text(question.text)
            out.append(f"- {who}: {text} ({say(key, lang)})")
        if line.member.learning_plan:
            plan = say("group.overview.plan", lang, name=md_text(line.member.name))
            out.append(f"- {plan}: {md_text(line.member.learning_plan)}")
    if not asked:
        out.append(say("group.overview.no_questions", lang))
    out += ["", f"## {say('group.overview.quiet', lang)}", ""]
    if view.quiet:
        for line in view.quiet:
            if line.since_case is None:
                out.append(f"- {md_text(line.member.name)}: {say('group.overview.never', lang)}")
            else:
                since = say("group.overview.since", lang, count=line.since_case)
                out.append(f"- {md_text(line.member.name)}: {since}")
    else:
        out.append(say("group.overview.nobody_quiet", lang))
    out += ["", f"## {say('group.overview.untried', lang)}", ""]
    if view.untried:
        out.extend(f"- {md_text(title)} (`{id_}`)" for id_, title in view.untried)
    else:
        out.append(say("group.overview.all_tried", lang))
    if not view.meetings:
        return _ending(out, view, lang)
    out += ["", f"## {say('group.overview.first_steps', lang)}", ""]
    if view.first_steps:
        out.extend(f"- {md_text(who)}: {md_text(step)}" for who, step in view.first_steps)
    else:
        out.append(say("group.overview.no_first_steps", lang))
    out += ["", f"## {say('group.overview.sheets', lang)}", ""]
    if view.missing_sheets:
        for meeting, name, sheet in view.missing_sheets:
            state = say(f"group.overview.sheet_{sheet.value}", lang)
            out.append(f"- {meeting.folder.name}: {md_text(name)} ({state})")
    else:
        out.append(say("group.overview.all_sheets", lang))
    return _ending(out, view, lang)


def _ending(out: list[str], view: Overview, lang: Lang) -> str:
    """The shared rehearsals last: for the next chair, after what the opening needs."""
    out += ["", f"## {say('group.overview.rehearsals', lang)}", ""]
    out += _rehearsal_lines(view.rehearsals, lang)
    return "\n".join(out) + "\n"
