"""The Agenda: the people once for the whole meeting, each item with its method whole."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from session_methods import kot_like, kot_setup

from intervisie_tui.library import load_library
from intervisie_tui.messages import MsgError
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.setup import Case


def test_run_id_is_an_agenda_of_one_case() -> None:
    setup = kot_setup()
    agenda = Agenda.single(kot_like(), setup)
    assert len(agenda.items) == 1
    assert agenda.items[0].cases == setup.cases
    assert agenda.setup_for(0) == setup.model_copy(update={"participants": setup.everyone})


def test_an_inbrenger_of_a_later_item_is_in_the_circle_from_the_start() -> None:
    library = load_library(user=False)
    agenda = Agenda(
        chair="Anna",
        participants=("Bas", "Cor"),
        items=(
            AgendaItem(method=library["opening"]),
            AgendaItem(method=library["vijf-stappen"], cases=(Case(inbrenger="Dirk"),)),
        ),
    )
    assert agenda.everyone == ("Bas", "Cor", "Dirk")
    assert agenda.setup_for(0).everyone == ("Bas", "Cor", "Dirk")
    assert agenda.case_items() == (1,)


def test_a_case_on_a_break_or_the_chair_among_the_participants_is_refused() -> None:
    library = load_library(user=False)
    with pytest.raises(ValidationError) as refused:
        AgendaItem(method=library["pauze"], cases=(Case(inbrenger="Bas"),))
    cause = refused.value.errors()[0]["ctx"]["error"]
    assert isinstance(cause, MsgError) and cause.message.key == "agenda.case_on_part"
    with pytest.raises(ValidationError):
        Agenda(chair="Anna", participants=("Anna",), items=(AgendaItem(method=library["pauze"]),))
    with pytest.raises(ValidationError):
        Agenda(chair="Anna", items=())


def test_a_method_that_works_on_a_case_needs_one_but_vissenkom_does_not() -> None:
    library = load_library(user=False)
    with pytest.raises(ValidationError) as refused:
        AgendaItem(method=library["vijf-stappen"])
    cause = refused.value.errors()[0]["ctx"]["error"]
    assert isinstance(cause, MsgError) and cause.message.key == "agenda.needs_case"
    assert AgendaItem.of(library["vissenkom"]).cases == (Case(),)  # the shared theme
