"""What the opening puts on the wall as a list: the group's ground rules, numbered, and, in a
meeting for a group, each one's first step from last time.

Kept apart from run.py (which several people change at once): the run screen asks `wall_for`
what its WallList shows in the current phase, and shows no list where it answers None.
"""

from __future__ import annotations

from collections.abc import Sequence

from intervisie_tui.model.method import Rule
from intervisie_tui.session import SessionState
from intervisie_tui.tui.i18n import pick, tr
from intervisie_tui.tui.widgets.wall_list import WallLine


def ground_rules_on_wall(state: SessionState) -> tuple[Rule, ...]:
    """The ground rules the current step shows as the numbered list (none elsewhere): these
    are left out of the rule boxes, where ten of them could not be read."""
    rules = state.agenda.ground_rules
    if not state.phase.step.ground_rules or rules is None:
        return ()
    return tuple(rules.ground_rules)


def wall_for(
    state: SessionState, look_back: Sequence[tuple[str, str]] = ()
) -> tuple[str, list[WallLine], str | None] | None:
    """The title, lines and question above them of the list the room reads in this phase, or
    None for no list.

    `look_back`: (inbrenger, first step) from the group's last meeting, shown in a step that
    looks back (the check-in round), the one whose turn it is marked.
    """
    if state.phase.step.look_back and look_back:
        speaker = state.current_speaker
        lines = [WallLine(f"{name}:", step, current=name == speaker) for name, step in look_back]
        return tr("opening.look_back"), lines, tr("opening.look_back_question")
    shown = ground_rules_on_wall(state)
    rules = state.agenda.ground_rules
    if not shown or rules is None:
        return None
    lines = [
        WallLine(
            f"{number}.",
            pick(rule.reminder, rule.reminder_en),
            pick(rule.explanation, rule.explanation_en) or None,
        )
        for number, rule in enumerate(shown, start=1)
    ]
    return pick(rules.title, rules.title_en), lines, None
