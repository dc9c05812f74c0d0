"""The report of a whole meeting, and the reflection sheets written beside it."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intervisie_tui.library import load_library
from intervisie_tui.library.library import Library
from intervisie_tui.messages import Lang
from intervisie_tui.model.method import Capture
from intervisie_tui.session import FakeClock, Rating, Session
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.report import render_report
from intervisie_tui.session.setup import Case

START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(user=False, cache=False)


def to_item(session: Session, clock: FakeClock, item: int, seconds: float = 60) -> None:
    while session.state.phase.item < item:
        clock.advance(seconds)
        session.next()


@pytest.fixture
def finished(library: Library, tmp_path: Path) -> Session:
    """Opening, Dominante ideeën for Bas, a break added on the way, Clinic for Cor, closing."""
    clock = FakeClock(start=START)
    agenda = Agenda(
        chair="Anna",
        participants=("Bas", "Cor", "Dirk"),
        title="Team Noord, maart",
        items=(
            AgendaItem.of(library["opening"]),
            AgendaItem.of(
                library["dominante-ideeen"], (Case(inbrenger="Bas", question="Moet ik alles?"),)
            ),
            AgendaItem.of(library["clinic"], (Case(inbrenger="Cor", question="Hoe begin ik?"),)),
            AgendaItem.of(library["afsluiting"]),
        ),
    )
    session = Session.create_agenda(agenda, clock=clock, folder=tmp_path)
    session.start()
    to_item(session, clock, 1)
    while session.state.phase.step.id != "inventariseren":
        clock.advance(60)
        session.next()
    session.add_note("Ik moet het alleen doen", Capture.ideas, by="Dirk")
    session.rate_note(1, Rating.warm)
    session.add_note("Fouten zijn onvergeeflijk", Capture.ideas)
    session.next()
    session.next()  # alternatives
    session.add_note("Samen staan we sterker", Capture.ideas)
    session.set_first_step("Vrijdag hulp vragen aan Dirk")
    session.add_item(AgendaItem.of(library["pauze"], minutes=10))  # a break after this case
    to_item(session, clock, 3)
    while session.state.phase.step.id != "alternatieven":
        clock.advance(60)
        session.next()
    session.add_note("Eerst luisteren, dan pas voorstellen", Capture.ideas)
    to_item(session, clock, 4)
    session.finish()
    return session


def test_the_report_has_the_agenda_planned_and_actual_with_the_added_break(
    finished: Session,
) -> None:
    text = render_report(finished.state)
    assert text.startswith("# Verslag intervisie: Team Noord, maart\n")
    assert "- **Methoden:** Dominante-ideeënmethode (`dominante-ideeen`), Clinic" in text
    assert "## Programma: gepland en werkelijk" in text
    assert "| 1. Opening | 15:00 | 3:00 |" in text
    assert "| 3. Pauze (toegevoegd) | 10:00 | 1:00 | binnen tijd |" in text
    assert "| 5. Afsluiting | 15:00 | 0:00 | binnen tijd |" in text
    assert "## 2. Casus 1: Bas (Dominante-ideeënmethode)" in text
    assert "## 4. Casus 2: Cor (Clinic (stoelenmethode))" in text
    assert "**Vraag:** Moet ik alles?" in text and "**Vraag:** Hoe begin ik?" in text
    assert "| Bas | deelnemer, inbrenger casus 1 | ja |" in text
    assert "| Cor | deelnemer, inbrenger casus 2 | ja |" in text


def test_notes_are_labelled_by_their_steps_own_capture(finished: Session) -> None:
    text = render_report(finished.state)
    assert "- **Dominant idee 1** (Dirk): Ik moet het alleen doen — *warm*" in text
    assert "- **Dominant idee 2**: Fouten zijn onvergeeflijk" in text
    assert "- **Alternatief idee 1**: Samen staan we sterker" in text
    assert "- **Idee 1**: Eerst luisteren, dan pas voorstellen" in text  # Clinic: an idea
    assert "**Eerste stap van de inbrenger:** Vrijdag hulp vragen aan Dirk" in text
    english = render_report(finished.state, Lang.en)
    assert "- **Dominant idea 1** (Dirk): Ik moet het alleen doen — *warm*" in english
    assert "- **Idea 1**: Eerst luisteren, dan pas voorstellen" in english
    assert "## Agenda: planned and actual" in english and "Break (added)" in english


def test_a_reflection_sheet_for_everyone_lies_beside_the_report(finished: Session) -> None:
    folder = finished.reflections
    assert folder is not None and finished.path is not None
    assert folder.parent == finished.path.parent
    assert sorted(path.name for path in folder.iterdir()) == [
        "anna.md",
        "bas.md",
        "cor.md",
        "dirk.md",
    ]
    bas = (folder / "bas.md").read_text(encoding="utf-8")
    assert bas.startswith("# Reflectie: Bas\n")
    assert "- Casus 1 (Bas, Dominante-ideeënmethode): Moet ik alles?" in bas
    assert "- Casus 2 (Cor, Clinic (stoelenmethode)): Hoe begin ik?" in bas
    for heading in ("## Wat was de casus?", "## Wat heb ik geleerd?", "## Wat ga ik proberen?"):
        assert heading in bas
    assert "Je eigen eerste stap van vandaag: Vrijdag hulp vragen aan Dirk" in bas
    assert "eerste stap" not in (folder / "dirk.md").read_text(encoding="utf-8")
    assert stat.S_IMODE((folder / "bas.md").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
