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

from intervisie_tui.rehearsal.scoring import (
    FAR_OVER_FRACTION,
    RESPONSE_LIMIT_SECONDS,
    TOO_EARLY_FRACTION,
    IncidentResult,
    PhaseTiming,
    ScoreCard,
    Tally,
    TimingFault,
    score,
)
from intervisie_tui.session.folders import data_dir
from intervisie_tui.session.report import clock_text, render_report
from intervisie_tui.session.state import SessionState

#: The word that marks every rehearsal artefact, so nobody mistakes one for a real meeting.
REHEARSAL_MARK = "Oefensessie"


@dataclass(frozen=True)
class Debrief:
    """Everything the debrief screen and file show, computed once at the end of a rehearsal."""

    method_id: str
    method_title: str
    seed: int
    speed: float
    card: ScoreCard
    report: str

    @property
    def replay_command(self) -> str:
        """The command that plays exactly this rehearsal again."""
        speed = f" --speed {self.speed:g}" if self.speed != 20 else ""
        return f"intervisie-tui run {self.method_id} --rehearse --seed {self.seed}{speed}"


def rehearsal_report(state: SessionState, seed: int, speed: float) -> str:
    """The session's normal Markdown report, marked as a rehearsal in its title and facts."""
    report = render_report(state)
    head, _, rest = report.partition("\n")
    title = head.removeprefix("# ")
    marked = (
        f"# {REHEARSAL_MARK} — {title}\n\n"
        f"> {REHEARSAL_MARK}: geen echte bijeenkomst. De deelnemers zijn gesimuleerd "
        f"(seed {seed}), de tijd liep {speed:g}× zo snel; tijden zijn methode-tijd."
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
        method_id=state.method.id,
        method_title=state.method.title,
        seed=seed,
        speed=speed,
        card=score(results, timings),
        report=rehearsal_report(state, seed, speed),
    )


def tally_text(tally: Tally) -> str:
    """'7 van 10 (70%)', or a dash when there was nothing to score."""
    if tally.percent is None:
        return "—"
    return f"{tally.points} van {tally.max_points} ({tally.percent}%)"


def _md(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _case(case: int | None) -> str:
    return "hele groep" if case is None else f"casus {case + 1}"


def _missed_block(result: IncidentResult, titles: dict[int, str]) -> list[str]:
    incident = result.incident
    title = titles.get(incident.phase_index, incident.step_id)
    where = f"{_md(title)} ({_case(incident.case)})"
    who = f" ({_md(incident.who)})" if incident.who else ""
    if result.choice is not None:
        yours = f"{_md(result.choice.text)} — *{result.outcome.value}*: {_md(result.choice.why)}"
    else:
        yours = f"geen keuze binnen {RESPONSE_LIMIT_SECONDS:g} seconden — *{result.outcome.value}*"
    return [
        f"### {_md(incident.rule_reminder)} — {where}",
        "",
        f"- **Wat er gebeurde{who}:** {_md(incident.text)}",
        f"- **Jouw reactie:** {yours}",
        f"- **Beter:** {_md(incident.good.text)}",
        f"- **Waarom:** {_md(incident.good.why)}",
        "",
    ]


def debrief_markdown(debrief: Debrief) -> str:
    """The debrief as Markdown, followed by the marked session report."""
    card = debrief.card
    counts = card.counts
    timing = card.timing
    lines = [
        f"# Debriefing {REHEARSAL_MARK.lower()}: {_md(debrief.method_title)}",
        "",
        f"- **Totaal:** {tally_text(card.total)}",
        f"- **Incidenten:** {tally_text(card.incidents)} — {counts.good} goed, {counts.weak} "
        f"zwak, {counts.let_pass} laten gaan, {counts.missed} te laat, {counts.not_reached} "
        "niet voorgekomen",
        f"- **Tijdsdiscipline:** {timing.on_time} van {timing.judged} fasen op tijd"
        + (f" ({timing.tally.percent}%)" if timing.tally.percent is not None else ""),
        f"- **Seed:** {debrief.seed}, snelheid {debrief.speed:g}× — opnieuw: "
        f"`{debrief.replay_command}`",
        "",
        "## Per regel",
        "",
        "| Regel | Goed | Zwak | Laten gaan | Te laat | Niet voorgekomen | Score |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule in card.rules:
        c = rule.counts
        lines.append(
            f"| {_md(rule.reminder)} | {c.good} | {c.weak} | {c.let_pass} | {c.missed} | "
            f"{c.not_reached} | {tally_text(rule.tally)} |"
        )
    lines += [
        "",
        "## Per fase",
        "",
        "| Nr | Fase | Voor | Incidenten | Tijd | Score |",
        "|---|---|---|---|---|---|",
    ]
    for phase in card.phases:
        faults = ", ".join(fault.value for fault in phase.faults)
        time = faults or ("op tijd" if phase.timing.max_points else "—")
        lines.append(
            f"| {phase.phase_index + 1} | {_md(phase.title)} | {_case(phase.case)} | "
            f"{tally_text(phase.incidents)} | {time} | {tally_text(phase.tally)} |"
        )
    lines += ["", "## Gemiste incidenten en de betere reactie", ""]
    titles = {phase.phase_index: phase.title for phase in card.phases}
    if card.not_good:
        for result in card.not_good:
            lines += _missed_block(result, titles)
    else:
        lines += ["Geen: elk incident kreeg de goede reactie.", ""]
    lines += ["## Tijdsdiscipline", ""]
    for fault, count in (
        (TimingFault.too_early, timing.too_early),
        (TimingFault.far_over, timing.far_over),
        (TimingFault.round_forgotten, timing.round_forgotten),
    ):
        phases = [p for p in card.phases if fault in p.faults]
        where = ": " + ", ".join(f"{_md(p.title)} ({_case(p.case)})" for p in phases)
        lines.append(f"- **{fault.value.capitalize()}:** {count}{where if phases else ''}")
    planned = clock_text_seconds(timing.planned_seconds)
    actual = clock_text_seconds(timing.actual_seconds)
    lines += [
        f"- **Gepland / werkelijk:** {planned} / {actual} (methode-tijd)",
        "",
        f"Te vroeg door: de fase verlaten voor {TOO_EARLY_FRACTION:.0%} van de geplande tijd. "
        f"Ver over tijd: langer dan {FAR_OVER_FRACTION:.0%} van de geplande tijd. "
        "Ronde niet rond: een ronde verlaten voordat iedereen aan de beurt was. "
        f"Een incident heeft {RESPONSE_LIMIT_SECONDS:g} echte seconden; de methode-tijd staat "
        "zolang stil.",
        "",
        "---",
        "",
        debrief.report,
    ]
    return "\n".join(lines)


def clock_text_seconds(seconds: float) -> str:
    """Seconds as m:ss, like the session report."""
    return clock_text(timedelta(seconds=seconds))


def rehearsals_dir(override: Path | None = None) -> Path:
    """Where rehearsal debriefs are saved: beside, never among, the real sessions."""
    return data_dir(override) / "rehearsals"


def save_debrief(debrief: Debrief, when: datetime, folder: Path | None = None) -> Path:
    """Write the debrief Markdown; OSError is left to the caller, who tells the chair."""
    target = folder if folder is not None else rehearsals_dir()
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{when:%Y%m%d-%H%M%S}-{debrief.method_id}-seed{debrief.seed}.md"
    path.write_text(debrief_markdown(debrief), encoding="utf-8")
    return path
