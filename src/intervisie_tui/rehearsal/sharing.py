"""A finished rehearsal as the figures a member may share with their group.

Only what the debrief already computed (noticed, missed, false alarms, timing per phase),
never what a simulated person said nor the replay seed: the group sees how its next chair
practised, nothing more. Nothing is shared unless the member chooses to (the debrief's key).
"""

from __future__ import annotations

import datetime as dt

from intervisie_tui.messages import Lang
from intervisie_tui.model.shared_rehearsal import PhaseTime, SharedRehearsal
from intervisie_tui.rehearsal.debrief import Debrief

__all__ = ["shared_rehearsal"]


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def shared_rehearsal(debrief: Debrief, member: str, day: dt.date, lang: Lang) -> SharedRehearsal:
    """The figures of `debrief` as `member` shares them; phase titles in `lang`."""
    card = debrief.card
    phases = tuple(
        PhaseTime(
            title=debrief.phase_title(phase.phase_index, lang),
            planned=_minutes(phase.planned_seconds),
            actual=_minutes(phase.actual_seconds) or 0.0,
        )
        for phase in card.phases
        if phase.actual_seconds is not None
    )
    return SharedRehearsal(
        date=day,
        member=member,
        method=debrief.method_id,
        method_title=debrief.title(lang),
        said=card.counts.said,
        noticed=card.counts.noticed,
        missed=card.counts.missed,
        good=card.counts.good,
        false_alarms=card.counts.false_alarms,
        on_time=card.timing.on_time,
        judged=card.timing.judged,
        phases=phases,
    )
