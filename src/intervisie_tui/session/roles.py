"""Who fills which role in a phase, and who takes turns in a round.

Methods name roles in their own words; the role's kind says which people of the set-up fill
it. Resolving this per phase (not once per meeting) is what lets the inbrenger change per case.

One rule decides where the inbrenger stands, for every method alike: the inbrenger is set apart
from the group only in a step whose file gives them a part (speaking, answering, listening,
outside, taking part). In a step marked `inbrenger: not_applicable` (a fishbowl, the rounds
before Balint's group chooses a case, adviesrondes' inventory) the person who brings or will
bring a case is simply one of the group, and takes their turn in its rounds.
"""

from __future__ import annotations

from collections.abc import Sequence

from intervisie_tui.model.method import InbrengerState, Method, Role, RoleKind, Step
from intervisie_tui.session.plan import Phase
from intervisie_tui.session.setup import Case, MeetingSetup

#: Inbrenger states in which the inbrenger does not take a turn in a round of colleagues.
_INBRENGER_OUT_OF_ROUND = frozenset(
    {InbrengerState.listening, InbrengerState.outside, InbrengerState.answering}
)


def inbrenger_in(step: Step | None, case: Case | None) -> str | None:
    """The person set apart as inbrenger in this step: None when the step gives the inbrenger
    no part of their own, or nobody is (yet) named for the case."""
    if case is None or (step is not None and step.inbrenger is InbrengerState.not_applicable):
        return None
    return case.inbrenger


def people_in_role(
    role: Role, setup: MeetingSetup, case: Case | None, step: Step | None = None
) -> tuple[str, ...]:
    """The names that fill a role in `step` of this case (empty when nobody was named).

    Without a step the case's inbrenger counts as set apart (the method-wide view).
    """
    inbrenger = inbrenger_in(step, case)
    match role.kind:
        case RoleKind.chair:
            return (setup.chair,)
        case RoleKind.inbrenger:
            return (inbrenger,) if inbrenger is not None else ()
        case RoleKind.members:
            return tuple(name for name in setup.everyone if name != inbrenger)
        case RoleKind.everyone:
            return setup.everyone
        case RoleKind.inner_group:
            return setup.inner_group
        case RoleKind.outer_group:
            return setup.outer_group
        case RoleKind.timekeeper:
            return (setup.timekeeper,) if setup.timekeeper else ()
        case RoleKind.notetaker:
            return (setup.notetaker,) if setup.notetaker else ()


def _role(method: Method, role_id: str) -> Role | None:
    try:
        return method.role(role_id)
    except KeyError:
        return None


def people_for(
    method: Method,
    setup: MeetingSetup,
    role_ids: Sequence[str],
    case: Case | None,
    step: Step | None = None,
) -> tuple[tuple[Role, tuple[str, ...]], ...]:
    """Each named role of a step with the people filling it, in the step's order."""
    found: list[tuple[Role, tuple[str, ...]]] = []
    for role_id in role_ids:
        role = _role(method, role_id)
        if role is not None:
            found.append((role, people_in_role(role, setup, case, step)))
    return tuple(found)


def round_order(
    method: Method, setup: MeetingSetup, phase: Phase, case: Case | None
) -> tuple[str, ...]:
    """Everyone who takes a turn in this phase, in seating order, absent people included.

    The people who fill the step's speaker roles, the chair left out (the chair guards the
    round, never takes part in it) and the inbrenger left out whenever the step has the
    inbrenger listening, answering or outside the circle.
    """
    step = phase.step
    speakers: set[str] = set()
    for _, names in people_for(method, setup, step.speakers, case, step):
        speakers.update(names)
    speakers.discard(setup.chair)
    inbrenger = inbrenger_in(step, case)
    if inbrenger is not None and step.inbrenger in _INBRENGER_OUT_OF_ROUND:
        speakers.discard(inbrenger)
    seating = [*setup.everyone, *setup.inner_group, *setup.outer_group]
    ordered: list[str] = []
    for name in seating:
        if name in speakers and name not in ordered:
            ordered.append(name)
    return tuple(ordered)
