"""The debrief: what the chair did well, what to do better, and the meeting's own report.

A rehearsal is only worth its time if the chair learns from it, so the debrief names each rule
and each phase with a score, repeats every incident that was not met well together with the
better response and why, and shows timing discipline. Below it comes the very report a real
session produces, marked as a rehearsal, so the chair also sees what the group would get.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from intervisie_tui.messages import Lang, Value, pick, say
from intervisie_tui.rehearsal.scoring import (
    FAR_OVER_FRACTION,
    RESPONSE_LIMIT_SECONDS,
    TOO_EARLY_FRACTION,
    IncidentResult,
    Outcome,
    PhaseTiming,
    ScoreCard,
    Tally,
    TimingFault,
    score,
)
from intervisie_tui.session.folders import data_dir
from intervisie_tui.session.report import clock_text, render_report
from intervisie_tui.session.state import SessionState


@dataclass(frozen=True)
class Debrief:
    """Everything the debrief screen and file show, computed once at the end of a rehearsal.

    It keeps the meeting's state rather than its report, so the report is rendered in the
    language of whoever shows it.
    """

    seed: int
    speed: float
    card: ScoreCard
    state: SessionState

    @property
    def method_id(self) -> str:
        """The rehearsed method's id, for the replay command and the file name."""
        return self.state.method.id

    @property
    def replay_command(self) -> str:
        """The command that plays exactly this rehearsal again."""
        speed = f" --speed {self.speed:g}" if self.speed != 20 else ""
        return f"intervisie-tui run {self.method_id} --rehearse --seed {self.seed}{speed}"

    def title(self, lang: Lang = Lang.nl) -> str:
        """The method's title in `lang`."""
        return pick(self.state.method.title, self.state.method.title_en, lang)

    def phase_title(self, index: int, lang: Lang = Lang.nl) -> str:
        """The title of phase `index` in `lang`."""
        step = self.state.phases[index].step
        return pick(step.title, step.title_en, lang)


def rehearsal_report(state: SessionState, seed: int, speed: float, lang: Lang = Lang.nl) -> str:
    """The session's normal Markdown report, marked as a rehearsal in its title and facts."""
    report = render_report(state, lang)
    head, _, rest = report.partition("\n")
    title = head.removeprefix("# ")
    marked = (
        f"# {say('rehearsal.report.title', lang, title=title)}\n\n"
        f"> {say('rehearsal.report.note', lang, seed=seed, speed=f'{speed:g}')}"
    )
    return f"{marked}\n{rest}"


def build_debrief(
    state: SessionState,
    results: Sequence[IncidentResult],
    timings: Sequence[PhaseTiming],
    *,
    seed: int,
    speed: float,
) -> Debrief:
    """The debrief of a finished (or abandoned) rehearsal."""
    return Debrief(
        seed=seed,
        speed=speed,
        card=score(results, timings),
        state=state,
    )


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


def _missed_block(result: IncidentResult, debrief: Debrief, lang: Lang) -> list[str]:
    def t(key: str, **values: Value) -> str:
        return say(f"rehearsal.md.{key}", lang, **values)

    incident = result.incident
    title = debrief.phase_title(incident.phase_index, lang)
    where = f"{_md(title)} ({_case(incident.case, lang)})"
    who = f" ({_md(incident.who)})" if incident.who else ""
    outcome = _outcome(result.outcome, lang)
    if result.choice is not None:
        yours = f"{_md(result.choice.text)} — *{outcome}*: {_md(result.choice.why)}"
    else:
        yours = f"{t('no_choice', seconds=f'{RESPONSE_LIMIT_SECONDS:g}')} — *{outcome}*"
    return [
        f"### {_md(incident.rule_reminder)} — {where}",
        "",
        f"- **{t('what_happened', who=who)}:** {_md(incident.text)}",
        f"- **{t('your_response')}:** {yours}",
        f"- **{t('better')}:** {_md(incident.good.text)}",
        f"- **{t('why')}:** {_md(incident.good.why)}",
        "",
    ]


def debrief_markdown(debrief: Debrief, lang: Lang = Lang.nl) -> str:
    """The debrief as Markdown in `lang`, followed by the marked session report."""

    def t(key: str, **values: Value) -> str:
        return say(f"rehearsal.md.{key}", lang, **values)

    def tally(value: Tally) -> str:
        return tally_text(value, lang)

    card = debrief.card
    counts = card.counts
    timing = card.timing
    outcome_columns = " | ".join(_outcome(o, lang).capitalize() for o in Outcome)
    on_time = t("on_time_count", on_time=timing.on_time, judged=timing.judged)
    if timing.tally.percent is not None:
        on_time += f" ({timing.tally.percent}%)"
    lines = [
        f"# {t('title', title=_md(debrief.title(lang)))}",
        "",
        f"- **{t('total')}:** {tally(card.total)}",
        f"- **{t('incidents')}:** {tally(card.incidents)} — "
        + t(
            "counts",
            good=counts.good,
            weak=counts.weak,
            let_pass=counts.let_pass,
            missed=counts.missed,
            not_reached=counts.not_reached,
        ),
        f"- **{t('timing')}:** {on_time}",
        f"- **{t('seed_label')}:** "
        + t("seed", seed=debrief.seed, speed=f"{debrief.speed:g}", command=debrief.replay_command),
        "",
        f"## {t('per_rule')}",
        "",
        f"| {t('rule')} | {outcome_columns} | {t('score')} |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule in card.rules:
        c = rule.counts
        lines.append(
            f"| {_md(rule.reminder)} | {c.good} | {c.weak} | {c.let_pass} | {c.missed} | "
            f"{c.not_reached} | {tally(rule.tally)} |"
        )
    lines += [
        "",
        f"## {t('per_phase')}",
        "",
        f"| {t('number')} | {t('phase')} | {t('for')} | {t('incidents')} | {t('time')} "
        f"| {t('score')} |",
        "|---|---|---|---|---|---|",
    ]
    for phase in card.phases:
        faults = ", ".join(_fault(fault, lang) for fault in phase.faults)
        time = faults or (t("on_time") if phase.timing.max_points else "—")
        lines.append(
            f"| {phase.phase_index + 1} | {_md(debrief.phase_title(phase.phase_index, lang))} | "
            f"{_case(phase.case, lang)} | "
            f"{tally(phase.incidents)} | {time} | {tally(phase.tally)} |"
        )
    lines += ["", f"## {t('missed_title')}", ""]
    if card.not_good:
        for result in card.not_good:
            lines += _missed_block(result, debrief, lang)
    else:
        lines += [t("none_missed"), ""]
    lines += [f"## {t('timing')}", ""]
    for fault, count in (
        (TimingFault.too_early, timing.too_early),
        (TimingFault.far_over, timing.far_over),
        (TimingFault.round_forgotten, timing.round_forgotten),
    ):
        phases = [p for p in card.phases if fault in p.faults]
        where = ": " + ", ".join(
            f"{_md(debrief.phase_title(p.phase_index, lang))} ({_case(p.case, lang)})"
            for p in phases
        )
        lines.append(f"- **{_fault(fault, lang).capitalize()}:** {count}{where if phases else ''}")
    planned = clock_text_seconds(timing.planned_seconds)
    actual = clock_text_seconds(timing.actual_seconds)
    legend = t(
        "legend",
        early=f"{TOO_EARLY_FRACTION:.0%}",
        over=f"{FAR_OVER_FRACTION:.0%}",
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


def clock_text_seconds(seconds: float) -> str:
    """Seconds as m:ss, like the session report."""
    return clock_text(timedelta(seconds=seconds))


def rehearsals_dir(override: Path | None = None) -> Path:
    """Where rehearsal debriefs are saved: beside, never among, the real sessions."""
    return data_dir(override) / "rehearsals"


def save_debrief(
    debrief: Debrief, when: datetime, folder: Path | None = None, lang: Lang = Lang.nl
) -> Path:
    """Write the debrief Markdown in `lang`; OSError is left to the caller, who tells the chair."""
    target = folder if folder is not None else rehearsals_dir()
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{when:%Y%m%d-%H%M%S}-{debrief.method_id}-seed{debrief.seed}.md"
    path.write_text(debrief_markdown(debrief, lang), encoding="utf-8")
    return path
