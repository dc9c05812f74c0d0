"""Who plays which part in a rehearsal: the chair is the person rehearsing, the rest is simulated.

The cast is an ordinary `MeetingSetup`, decided once from the method and the seed before the
session starts, so the session engine, the incident schedule and the debrief all name the same
people, and a rehearsal runs on exactly the engine a real meeting uses.
"""

from __future__ import annotations

from intervisie_tui.messages import Lang, say
from intervisie_tui.model import Method, RepeatOrder, RoleKind
from intervisie_tui.rehearsal.names import rehearsal_rng, simulated_names
from intervisie_tui.session.setup import Case, MeetingSetup

#: A group the size of a typical intervision team; fishbowl methods need a bigger room.
GROUP_SIZE = 5
FISHBOWL_GROUP_SIZE = 8


def case_count(method: Method) -> int:
    """How many cases a rehearsal runs: the method's usual number (KOT: four an hour)."""
    return method.repeat.default_count if method.repeat is not None else 1


def _has_fishbowl(method: Method) -> bool:
    kinds = {role.kind for role in method.roles}
    return RoleKind.inner_group in kinds or RoleKind.outer_group in kinds


def simulated_setup(
    method: Method, seed: int, *, cases: int | None = None, lang: Lang = Lang.nl
) -> MeetingSetup:
    """The simulated room for rehearsing `method` with `seed`: the same seed, the same people.

    The chair is called "Jij" (or "You") and each case brings a practice question, both in
    `lang`, because they appear in turn orders and in the report.

    Inbrengers rotate through the group, so with several cases each case belongs to someone
    else. A fishbowl has no inbrenger: its theme belongs to the whole group.
    Importance scores (1-10) are drawn only where the method orders topics by importance,
    because only there does the order of the cases depend on them.
    """
    fishbowl = _has_fishbowl(method)
    count = cases if cases is not None else case_count(method)
    size = max(FISHBOWL_GROUP_SIZE if fishbowl else GROUP_SIZE, count + 2)
    participants = tuple(simulated_names(seed, size))
    inner = participants[: (size + 1) // 2] if fishbowl else ()
    outer = participants[(size + 1) // 2 :] if fishbowl else ()
    rng = rehearsal_rng(seed, "cast")
    pool = inner or participants
    start = rng.randrange(len(pool))
    by_importance = method.repeat is not None and method.repeat.order is RepeatOrder.importance
    chosen = tuple(
        Case(
            inbrenger=pool[(start + number) % len(pool)] if method.has_inbrenger else None,
            question=say("rehearsal.cast.question", lang, number=number + 1),
            importance=rng.randint(1, 10) if by_importance else None,
        )
        for number in range(count)
    )
    kinds = {role.kind for role in method.roles}
    helpers = [name for name in participants if name not in {c.inbrenger for c in chosen}]
    return MeetingSetup(
        method_id=method.id,
        chair=say("rehearsal.cast.chair", lang),
        participants=participants,
        cases=chosen,
        inner_group=inner,
        outer_group=outer,
        timekeeper=helpers[0] if RoleKind.timekeeper in kinds and helpers else None,
        notetaker=helpers[-1] if RoleKind.notetaker in kinds and helpers else None,
    )
