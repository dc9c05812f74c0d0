"""The Markdown report of a meeting (its commands: tests/test_cli_meetings.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_methods import kot_like, kot_setup

from intervisie_tui.messages import Lang
from intervisie_tui.model.method import Capture
from intervisie_tui.session import FakeClock, Rating, Session
from intervisie_tui.session.report import render_report


def _meeting(clock: FakeClock, folder: Path) -> Session:
    session = Session.create(kot_like(), kot_setup(2), clock=clock, folder=folder)
    session.start()
    clock.advance(100)
    session.add_note("Wil | rust\nin het team")
    session.next()
    clock.advance(150)  # 30 s over the 2 minutes
    session.next()
    session.add_note("Wat werkt al?", Capture.questions, by="Bram")
    session.rate_note(2, Rating.warm)
    session.add_note("Waar sta je op 10?", Capture.questions, by="Chris")
    session.mark_absent("Dewi")
    clock.advance(200)
    session.add_minute()
    for _ in range(3):
        session.next()
    session.set_first_step("Morgen de ouders bellen")
    return session


@pytest.mark.usefixtures("amsterdam")
def test_report_has_attendance_cases_times_notes_and_first_step(
    clock: FakeClock, folder: Path
) -> None:
    session = _meeting(clock, folder)
    session.finish()
    text = render_report(session.state)
    assert text.startswith("# Verslag intervisie: KOT (test)\n")
    assert "- **Datum:** 2026-01-05, 10:00–10:07" in text  # local time, not UTC
    assert "- **Voorzitter:** Mirjam" in text
    assert "| Anna | deelnemer, inbrenger casus 1 | ja |" in text
    assert "| Dewi | deelnemer | deels (afwezig gemeld) |" in text
    assert "## Casus 1: Anna" in text and "**Vraag:** Hoe kan ik 0?" in text
    assert "| Korte schets | 2:00 | 2:30 | +0:30 uitloop |" in text
    assert "| Oplossingsgerichte vragen | 3:30 (+1:00 erbij) | 3:20 | binnen tijd |" in text
    assert "- **Notitie**: Wil \\| rust in het team" in text  # a table-safe single line
    assert "- **Vraag 1** (Bram): Wat werkt al? — *warm*" in text
    assert "- **Vraag 2** (Chris): Waar sta je op 10?" in text
    assert "**Eerste stap van de inbrenger:** Morgen de ouders bellen" in text
    assert "| Vraag en doel | 2:00 | niet gedaan | |" in text  # case 2 never ran
    assert "- Korte schets (casus 1): +0:30" in text


@pytest.mark.usefixtures("amsterdam")
def test_report_in_english_has_no_dutch_headings_or_labels(clock: FakeClock, folder: Path) -> None:
    session = _meeting(clock, folder)
    session.finish()
    text = render_report(session.state, Lang.en)
    assert text.startswith("# Intervision report: ")
    assert "- **Chair:** Mirjam" in text
    assert "| Anna | participant, case presenter, case 1 | yes |" in text
    assert "| Dewi | participant | partly (reported absent) |" in text
    assert "## Case 1: Anna" in text and "**Question:** Hoe kan ik 0?" in text
    assert "| 2:00 | 2:30 | +0:30 over |" in text
    assert "(+1:00 added) | 3:20 | on time |" in text
    assert "- **Question 1** (Bram): Wat werkt al? — *warm*" in text
    assert "**The case presenter's first step:** Morgen de ouders bellen" in text
    for dutch in ("Verslag", "Voorzitter", "Deelnemer", "Casus", "Vraag 1", "niet gedaan"):
        assert dutch not in text, dutch


@pytest.mark.usefixtures("amsterdam")
def test_the_time_summary_says_minutes_not_a_clock_time(clock: FakeClock, folder: Path) -> None:
    session = _meeting(clock, folder)
    session.finish()
    text = render_report(session.state)
    # 2 + 2 + 3,5 + 1 added + 1,5 + 4,5 + 1,5 planned; 1:40 + 2:30 + 3:20 + 0 + 0 + 0 spent.
    assert "Gepland 16 min voor de gedane fasen met vaste tijd, werkelijk 7,5 min" in text
    assert ":00 voor de gedane" not in text
    english = render_report(session.state, Lang.en)
    assert "Planned 16 min for the phases done" in english and "actually 7.5 min" in english
