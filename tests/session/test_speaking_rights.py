"""Who speaks in each round follows the method's file, also where the case is chosen inside it.

Run on the bundled files, because the fault was in how the files' words were read: a fishbowl
has no inbrenger, Balint's group chooses its case in step 3, adviesrondes collects its topics
in its own first step. The person who brings (or will bring) a case is one of the group until
the method gives them a part of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intervisie_tui.library import load_paths
from intervisie_tui.model.method import Choice, InbrengerState, Method, TurnMode
from intervisie_tui.session import CommandRejected, FakeClock, MeetingSetup, Session
from intervisie_tui.session.case_state import may_volunteer
from intervisie_tui.session.setup import Case, open_cases

METHODS = Path(__file__).resolve().parents[2] / "methods"
PEOPLE = ("Anna", "Bram", "Chris", "Dewi", "Eva", "Fenna")


def _bundled() -> dict[str, Method]:
    library = load_paths([METHODS])
    return {loaded.method.id: loaded.method for loaded in library.methods.values()}


BUNDLED = _bundled()


def _session(method: Method, cases: tuple[Case, ...] | None = None, **extra: object) -> Session:
    setup = MeetingSetup.model_validate(
        {
            "method_id": method.id,
            "chair": "Mirjam",
            "participants": PEOPLE,
            "cases": cases if cases is not None else open_cases(method),
            **extra,
        }
    )
    session = Session.in_memory(method, setup, clock=FakeClock())
    session.start()
    return session


def _go_to(session: Session, step_id: str) -> None:
    while session.state.phase.step.id != step_id:
        session.next()


def test_vissenkom_starts_without_an_inbrenger_and_its_evaluation_is_everyone() -> None:
    method = BUNDLED["vissenkom"]
    assert not method.has_inbrenger and not method.inbrenger_at_setup
    session = _session(
        method, inner_group=("Anna", "Bram", "Chris"), outer_group=("Dewi", "Eva", "Fenna")
    )
    view = session.phase_view()
    assert view.inbrenger is None
    assert [r.names for r in view.speakers if r.role_id == "groep"] == [PEOPLE]
    _go_to(session, "analyse")
    assert session.phase_view().speakers[0].names == ("Anna", "Bram", "Chris")
    _go_to(session, "evaluatie")
    assert session.turn_order == PEOPLE
    for name in PEOPLE:
        assert session.current_speaker == name
        session.next_turn()
    assert session.round_complete


def test_a_named_person_in_a_fishbowl_is_not_left_out_of_the_group_rounds() -> None:
    """An old journal (or --inbrenger) may still name someone: the file gives them no part."""
    session = _session(BUNDLED["vissenkom"], cases=(Case(inbrenger="Anna"),))
    _go_to(session, "evaluatie")
    assert session.turn_order == PEOPLE


def test_balint_collects_problems_from_everyone_then_the_chosen_inbrenger_stands_apart() -> None:
    method = BUNDLED["balint"]
    assert method.choosing_step(Choice.case) is method.step("probleemkeuze")
    assert not method.inbrenger_at_setup
    session = _session(method)
    assert session.state.phase.step.id == "problemen-verzamelen"
    assert session.turn_order == PEOPLE
    _go_to(session, "probleemkeuze")
    session.choose_inbrenger("Chris")
    assert session.state.cases[0].inbrenger == "Chris"
    _go_to(session, "probleem-voorstellen")
    view = session.phase_view()
    assert view.inbrenger == "Chris"
    assert view.speakers[0].names == ("Chris",)
    assert view.listeners[0].names == tuple(n for n in PEOPLE if n != "Chris")
    _go_to(session, "delen")  # the closing round: the group shares, the inbrenger listens
    assert session.turn_order == tuple(n for n in PEOPLE if n != "Chris")


def test_the_choice_is_journalled_and_survives_a_resume(tmp_path: Path) -> None:
    method = BUNDLED["balint"]
    setup = MeetingSetup(
        method_id=method.id, chair="Mirjam", participants=PEOPLE, cases=open_cases(method)
    )
    clock = FakeClock()
    session = Session.create(method, setup, clock=clock, folder=tmp_path)
    session.start()
    _go_to(session, "probleemkeuze")
    session.choose_inbrenger("Dewi")
    path = session.path
    assert path is not None
    session.close()
    again = Session.reopen(path, clock=clock)
    assert again.state.cases[0].inbrenger == "Dewi"
    again.close()


def test_only_someone_in_the_circle_can_be_chosen() -> None:
    session = _session(BUNDLED["balint"])
    with pytest.raises(CommandRejected) as refused:
        session.choose_inbrenger("Mirjam")  # the chair guards; she brings no case
    assert refused.value.message.key == "session.not_participant"
    with pytest.raises(CommandRejected):
        session.choose_inbrenger("Onbekend")


def test_adviesrondes_inventory_is_everyone_and_each_topic_gets_its_inbrenger() -> None:
    method = BUNDLED["adviesrondes"]
    assert method.choosing_step(Choice.topics) is method.step("inventarisatie")
    assert not method.inbrenger_at_setup
    session = _session(method)
    assert session.state.phase.case is None
    assert session.turn_order == PEOPLE  # everyone names a topic; nobody is set apart yet
    session.next()
    assert session.state.phase.step.id == "presentatie"
    session.choose_inbrenger("Eva")
    _go_to(session, "adviesronde-1")
    # Only volunteers speak; who may volunteer is everyone but the listening inbrenger.
    assert may_volunteer(session.state) == tuple(n for n in PEOPLE if n != "Eva")


@pytest.mark.parametrize("method", BUNDLED.values(), ids=lambda m: m.id)
def test_nobody_is_left_out_of_a_round_in_a_step_that_gives_the_inbrenger_no_part(
    method: Method,
) -> None:
    """All 15 methods: in whole-group rounds everyone in the circle takes a turn, even when
    the set-up named an inbrenger; in the others exactly the file's speakers do."""
    cases = (Case(inbrenger="Anna"), Case(inbrenger="Bram")) if method.has_inbrenger else None
    groups = (
        {"inner_group": PEOPLE[:3], "outer_group": PEOPLE[3:]} if method.id == "vissenkom" else {}
    )
    session = _session(method, cases, **groups)
    while True:
        step = session.state.phase.step
        if step.turns.mode is TurnMode.round:
            kinds = {method.role(r).kind.value for r in step.speakers}
            if step.inbrenger is InbrengerState.not_applicable and kinds & {"members", "everyone"}:
                assert set(session.turn_order) == set(PEOPLE), step.id
        if step.turns.mode is TurnMode.volunteers:
            assert session.phase_view().inbrenger not in may_volunteer(session.state), step.id
            inbrenger = session.phase_view().inbrenger
            if inbrenger is not None and step.inbrenger in (
                InbrengerState.listening,
                InbrengerState.answering,
                InbrengerState.outside,
            ):
                assert inbrenger not in session.turn_order, step.id
        try:
            session.next()
        except CommandRejected:
            break
