"""The debrief as Markdown, in the chair's language, and where it is saved.

Kept apart from the figures (`debrief`, `scoring`) because this is only wording and layout:
every word comes from the catalogue (rehearsal.md.*) or from the method in the chosen language.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from intervisie_tui.messages import Lang, Value, say
from intervisie_tui.rehearsal.debrief import Debrief, rehearsal_report, rehearsals_dir
from intervisie_tui.rehearsal.history import HistoryRecord
from intervisie_tui.rehearsal.lines import Voice
from intervisie_tui.rehearsal.scoring import (
    FAR_OVER_FRACTION,
    NOTICE_SECONDS,
    RESPONSE_LIMIT_SECONDS,
    TOO_EARLY_FRACTION,
    FalseAlarm,
    IncidentResult,
    Outcome,
    Tally,
    TimingFault,
    TimingSummary,
)
from intervisie_tui.rehearsal.script import Line
from intervisie_tui.session.folders import write_private
from intervisie_tui.session.report import clock_text


def on_time_text(timing: TimingSummary, lang: Lang = Lang.nl) -> str:
    """'3 van 7 fasen op tijd (43%)': the timing score in words that say what it counts.

    The same words on the debrief screen's top line as in the Markdown: a bare "tijd 3 van 7"
    reads as "phase 3 of 7", not as the phases the chair kept to their time.
    """
    text = say("rehearsal.md.on_time_count", lang, on_time=timing.on_time, judged=timing.judged)
    percent = timing.tally.percent
    return text if percent is None else f"{text} ({percent}%)"


def tally_text(tally: Tally, lang: Lang = Lang.nl) -> str:
    """'7 van 10 (70%)', or a dash when there was nothing to score."""
    if tally.percent is None:
        return "—"
    return say(
        "rehearsal.tally",
        lang,
        points=tally.points,
        max_points=tally.max_points,
        percent=tally.percent,
    )


def seconds_text(seconds: float | None, lang: Lang = Lang.nl) -> str:
    """A reaction time as '3,2 s' (Dutch) or '3.2 s', or a dash."""
    if seconds is None:
        return "—"
    text = f"{seconds:.1f}"
    return f"{text.replace('.', ',') if Lang(lang) is Lang.nl else text} s"


def clock_text_seconds(seconds: float | None) -> str:
    """Seconds as m:ss, like the session report; a dash for none."""
    return "—" if seconds is None else clock_text(timedelta(seconds=seconds))


def _md(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _case(case: int | None, lang: Lang) -> str:
    if case is None:
        return say("rehearsal.md.whole_group", lang)
    return say("rehearsal.md.case", lang, number=case + 1)


def _outcome(outcome: Outcome, lang: Lang) -> str:
    return say(f"rehearsal.outcome.{outcome.name}", lang)


def _fault(fault: TimingFault, lang: Lang) -> str:
    return say(f"rehearsal.fault.{fault.name}", lang)


def _where(debrief: Debrief, phase_index: int, case: int | None, lang: Lang) -> str:
    return f"{_md(debrief.phase_title(phase_index, lang))} ({_case(case, lang)})"


def _line_text(line: Line | None, fallback: str, speaker: str | None, lang: Lang) -> str:
    """A line as the room heard it, in Markdown: '**Bram:** …', a scene in italics."""
    if line is None:
        return f"*{_md(fallback)}*"
    text = line.text.say(lang).replace("{name}", speaker or "…")
    if line.voice is Voice.scene:
        return f"*{_md(text)}*"
    if line.voice is Voice.chair:
        return f"**{say('rehearsal.line.thinks', lang)}:** {_md(text)}"
    return f"**{_md(speaker or '…')}:** {_md(text)}"


def _breach_block(result: IncidentResult, debrief: Debrief, lang: Lang) -> list[str]:
    def t(key: str, **values: Value) -> str:
        return say(f"rehearsal.md.{key}", lang, **values)

    incident = result.incident
    reaction = seconds_text(result.reaction_seconds, lang)
    if result.outcome is Outcome.missed:
        yours = t("not_noticed")
    elif result.choice is not None:
        yours = (
            f"{t('noticed_after', seconds=reaction)} {_md(result.choice.text.say(lang))} — "
            f"*{_outcome(result.outcome, lang)}*: {_md(result.choice.why.say(lang))}"
        )
    else:
        yours = f"{t('noticed_after', seconds=reaction)} {t('no_choice')}"
    explanation = incident.rule_explanation.say(lang)
    rule = _md(incident.rule_reminder.say(lang)) + (f" — {_md(explanation)}" if explanation else "")
    at = clock_text_seconds(result.said_at)
    said = _line_text(result.line, incident.text.say(lang), result.speaker, lang)
    return [
        f"### {_where(debrief, incident.phase_index, incident.case, lang)} · {at}",
        "",
        f"- **{t('said')}:** {said}",
        f"- **{t('scene')}:** {_md(incident.text.say(lang))}",
        f"- **{t('rule')}:** {rule}",
        f"- **{t('your_response')}:** {yours}",
        f"- **{t('better')}:** {_md(incident.good.text.say(lang))}",
        f"- **{t('why')}:** {_md(incident.good.why.say(lang))}",
        "",
    ]


def _alarm_line(alarm: FalseAlarm, debrief: Debrief, lang: Lang) -> str:
    where = _where(debrief, alarm.phase_index, alarm.case, lang)
    if alarm.line is None:
        return f"- {where}: {say('rehearsal.md.on_silence', lang)}"
    said = _line_text(alarm.line, "", alarm.speaker, lang)
    return f"- {where} · {clock_text_seconds(alarm.said_at)}: {said}"


def _progress(debrief: Debrief, lang: Lang) -> list[str]:
    def t(key: str, **values: Value) -> str:
        return say(f"rehearsal.md.{key}", lang, **values)

    lines = [f"## {t('progress')}", ""]
    if not debrief.previous:
        return [*lines, t("first_time"), ""]
    lines += [
        f"| {t('when')} | {t('noticed')} | {t('good_answers')} | {t('false_alarms')} "
        f"| {t('reaction')} | {t('on_time')} |",
        "|---|---|---|---|---|---|",
    ]

    def row(label: str, record: HistoryRecord) -> str:
        noticed = f"{record.noticed}/{record.said}"
        if record.noticed_percent is not None:
            noticed += f" ({record.noticed_percent}%)"
        return (
            f"| {label} | {noticed} | {record.good} | {record.false_alarms} | "
            f"{seconds_text(record.reaction, lang)} | {record.on_time}/{record.judged} |"
        )

    for record in debrief.previous:
        lines.append(row(f"{record.when.astimezone():%Y-%m-%d %H:%M}", record))
    now = debrief.record(debrief.previous[-1].when)
    lines += [row(f"**{t('this_time')}**", now), ""]
    return lines


def debrief_markdown(debrief: Debrief, lang: Lang = Lang.nl) -> str:
    """The debrief as Markdown in `lang`, followed by the marked session report."""

    def t(key: str, **values: Value) -> str:
        return say(f"rehearsal.md.{key}", lang, **values)

    def tally(value: Tally) -> str:
        return tally_text(value, lang)

    card = debrief.card
    counts = card.counts
    timing = card.timing
    on_time = on_time_text(timing, lang)
    lines = [
        f"# {t('title', title=_md(debrief.title(lang)))}",
        "",
        f"- **{t('total')}:** {tally(card.total)}",
        f"- **{t('noticed')}:** "
        + t(
            "noticed_count",
            noticed=counts.noticed,
            said=counts.said,
            good=counts.good,
            weak=counts.weak + counts.undecided,
            missed=counts.missed,
        ),
        f"- **{t('false_alarms')}:** {counts.false_alarms}",
        f"- **{t('reaction')}:** {seconds_text(card.reaction, lang)}",
        f"- **{t('timing')}:** {on_time}",
        f"- **{t('seed_label')}:** "
        + t("seed", seed=debrief.seed, speed=f"{debrief.speed:g}", command=debrief.replay_command),
        "",
        f"## {t('per_rule')}",
        "",
        f"| {t('rule')} | {t('noticed')} | {t('missed')} | {t('false_alarms')} "
        f"| {t('good_answers')} | {t('reaction')} | {t('score')} |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule in card.rules:
        c = rule.counts
        lines.append(
            f"| {_md(rule.reminder.say(lang))} | {c.noticed} | {c.missed} | {c.false_alarms} | "
            f"{c.good} | {seconds_text(rule.reaction, lang)} | {tally(rule.tally)} |"
        )
    if not card.rules:
        lines.append(f"| {t('no_breaches')} | | | | | | |")
    lines += ["", t("per_rule_alarms")]
    lines += ["", *_progress(debrief, lang)]
    lines += [
        f"## {t('per_phase')}",
        "",
        f"| {t('number')} | {t('phase')} | {t('for')} | {t('planned_actual')} | {t('noticed')} "
        f"| {t('missed')} | {t('false_alarms')} | {t('time')} |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for phase in card.phases:
        faults = ", ".join(_fault(fault, lang) for fault in phase.faults)
        time = faults or (t("on_time") if phase.timing.max_points else "—")
        c = phase.counts
        planned = (
            f"{clock_text_seconds(phase.planned_seconds)} / "
            f"{clock_text_seconds(phase.actual_seconds)}"
        )
        lines.append(
            f"| {phase.phase_index + 1} | {_md(debrief.phase_title(phase.phase_index, lang))} | "
            f"{_case(phase.case, lang)} | {planned} | {c.noticed} | {c.missed} | "
            f"{c.false_alarms} | {time} |"
        )
    lines += ["", f"## {t('missed_title')}", ""]
    if card.not_good:
        for result in card.not_good:
            lines += _breach_block(result, debrief, lang)
    else:
        lines += [t("none_missed"), ""]
    lines += [f"## {t('false_alarms')}", ""]
    if card.false_alarms:
        lines += [t("false_alarm_intro"), ""]
        lines += [_alarm_line(alarm, debrief, lang) for alarm in card.false_alarms]
    else:
        lines.append(t("no_false_alarms"))
    lines += ["", f"## {t('timing')}", ""]
    for fault, count in (
        (TimingFault.too_early, timing.too_early),
        (TimingFault.far_over, timing.far_over),
        (TimingFault.round_forgotten, timing.round_forgotten),
    ):
        phases = [p for p in card.phases if fault in p.faults]
        where = ": " + ", ".join(_where(debrief, p.phase_index, p.case, lang) for p in phases)
        lines.append(f"- **{_fault(fault, lang).capitalize()}:** {count}{where if phases else ''}")
    planned = clock_text_seconds(timing.planned_seconds)
    actual = clock_text_seconds(timing.actual_seconds)
    legend = t(
        "legend",
        early=f"{TOO_EARLY_FRACTION:.0%}",
        over=f"{FAR_OVER_FRACTION:.0%}",
        notice=f"{NOTICE_SECONDS:g}",
        seconds=f"{RESPONSE_LIMIT_SECONDS:g}",
    )
    lines += [
        f"- **{t('planned_actual')}:** {planned} / {actual} ({t('method_time')})",
        "",
        legend,
        "",
        "---",
        "",
        rehearsal_report(debrief.state, debrief.seed, debrief.speed, lang),
    ]
    return "\n".join(lines)


def save_debrief(
    debrief: Debrief, when: datetime, folder: Path | None = None, lang: Lang = Lang.nl
) -> Path:
    """Write the debrief Markdown in `lang`, private like the journal; OSError to the caller."""
    target = folder if folder is not None else rehearsals_dir()
    path = target / f"{when:%Y%m%d-%H%M%S}-{debrief.method_id}-seed{debrief.seed}.md"
    write_private(path, debrief_markdown(debrief, lang).encode("utf-8"))
    return path
