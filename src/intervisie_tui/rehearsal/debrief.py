"""The debrief: what the chair noticed and missed, how she answered and kept time, and progress.

A rehearsal is only worth its time if the chair learns from it, so the debrief counts per rule
what was noticed, missed and answered well, how fast, repeats every breach that was missed or met
weakly with the moment it was said and the better response, lists the false alarms, shows the
timing of each phase, and compares with the chair's earlier rehearsals of the same method.
Below it comes the very report a real session produces, marked as a rehearsal. The Markdown
itself is written by `debrief_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intervisie_tui.messages import Lang, pick, say
from intervisie_tui.rehearsal.history import HistoryRecord
from intervisie_tui.rehearsal.scoring import (
    FalseAlarm,
    IncidentResult,
    PhaseTiming,
    ScoreCard,
    score,
)
from intervisie_tui.rehearsal.script import DEFAULT_SPEED
from intervisie_tui.session.folders import data_dir
from intervisie_tui.session.report import render_report
from intervisie_tui.session.state import SessionState


@dataclass(frozen=True)
class Debrief:
    """Everything the debrief screen and file show, computed once at the end of a rehearsal.

    It keeps the meeting's state rather than its report, so the report is rendered in the
    language of whoever shows it; `previous` are the chair's earlier rehearsals of the method.
    """

    seed: int
    speed: float
    card: ScoreCard
    state: SessionState
    previous: tuple[HistoryRecord, ...] = ()

    @property
    def method_id(self) -> str:
        """The rehearsed method's id, for the replay command and the file name."""
        return self.state.method.id

    @property
    def replay_command(self) -> str:
        """The command that plays exactly this rehearsal again."""
        speed = f" --speed {self.speed:g}" if self.speed != DEFAULT_SPEED else ""
        return f"intervisie-tui run {self.method_id} --rehearse --seed {self.seed}{speed}"

    def title(self, lang: Lang = Lang.nl) -> str:
        """The method's title in `lang`."""
        return pick(self.state.method.title, self.state.method.title_en, lang)

    def phase_title(self, index: int, lang: Lang = Lang.nl) -> str:
        """The title of phase `index` in `lang`."""
        step = self.state.phases[index].step
        return pick(step.title, step.title_en, lang)

    def record(self, when: datetime) -> HistoryRecord:
        """This rehearsal's figures for the history, as the next debrief compares with them."""
        counts = self.card.counts
        return HistoryRecord(
            method_id=self.method_id,
            when=when,
            seed=self.seed,
            speed=self.speed,
            said=counts.said,
            noticed=counts.noticed,
            good=counts.good,
            false_alarms=counts.false_alarms,
            reaction=None if self.card.reaction is None else round(self.card.reaction, 2),
            on_time=self.card.timing.on_time,
            judged=self.card.timing.judged,
        )


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
    false_alarms: Sequence[FalseAlarm] = (),
    *,
    seed: int,
    speed: float,
    previous: Sequence[HistoryRecord] = (),
) -> Debrief:
    """The debrief of a finished (or abandoned) rehearsal."""
    return Debrief(
        seed=seed,
        speed=speed,
        card=score(results, timings, false_alarms),
        state=state,
        previous=tuple(previous),
    )


def rehearsals_dir(override: Path | None = None) -> Path:
    """Where rehearsal debriefs and the history are saved: beside, never among, the sessions."""
    return data_dir(override) / "rehearsals"
