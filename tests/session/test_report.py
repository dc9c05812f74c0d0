"""The Markdown report and the `report` / `resume` commands behind the CLI."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from session_methods import kot_like, kot_setup

from intervisie_tui.library import load_paths
from intervisie_tui.model.method import Capture
from intervisie_tui.session import DATA_DIR_ENV, FakeClock, Rating, Session
from intervisie_tui.session.report import render_report
from intervisie_tui.session.report_cli import (
    NothingToResume,
    find_resumable,
    open_last_unfinished,
    print_report,
    resume,
)


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


def test_finish_writes_the_same_report_next_to_the_journal(clock: FakeClock, folder: Path) -> None:
    session = _meeting(clock, folder)
    saved = session.finish()
    assert saved is not None
    out = io.StringIO()
    assert print_report(saved.with_suffix(".jsonl"), out=out) == 0
    assert out.getvalue() == saved.read_text(encoding="utf-8")


def test_report_without_argument_takes_the_latest_session(clock: FakeClock, tmp_path: Path) -> None:
    session = _meeting(clock, tmp_path / "sessions")
    out, err = io.StringIO(), io.StringIO()
    assert print_report(None, data_dir=tmp_path, out=out, err=err) == 0
    assert "- **Status:** niet afgerond" in out.getvalue()
    assert session.path is not None
    out2 = io.StringIO()
    assert print_report(session.path.stem, data_dir=tmp_path, out=out2) == 0
    assert out2.getvalue() == out.getvalue()


def test_report_on_missing_session_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert print_report(None, data_dir=tmp_path, out=out, err=err) == 1
    assert "nog geen bijeenkomsten" in err.getvalue()
    assert print_report("bestaat-niet", data_dir=tmp_path, out=out, err=err) == 1
    assert "Geen bijeenkomst 'bestaat-niet'" in err.getvalue()
    assert out.getvalue() == ""


def test_report_on_a_damaged_journal_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.jsonl"
    bad.write_text('{"type": "started"}\n{}\n', encoding="utf-8")
    err = io.StringIO()
    assert print_report(bad, out=io.StringIO(), err=err) == 1
    assert f"{bad}:1:1:" in err.getvalue()


def test_resume_opens_the_last_unfinished_meeting(clock: FakeClock, tmp_path: Path) -> None:
    session = _meeting(clock, tmp_path / "sessions")
    before = session.remaining()
    clock.advance(15)  # the app was closed for 15 s; the phase ran on
    resumed = open_last_unfinished(data_dir=tmp_path, clock=FakeClock(start=clock.wall()))
    assert resumed.path == session.path
    assert resumed.state.notes == session.state.notes
    assert before is not None and resumed.remaining() == before - 15


def test_resume_with_nothing_unfinished_says_how_to_start(clock: FakeClock, tmp_path: Path) -> None:
    with pytest.raises(NothingToResume, match="intervisie-tui run"):
        open_last_unfinished(data_dir=tmp_path)
    _meeting(clock, tmp_path / "sessions").finish()
    with pytest.raises(NothingToResume):
        open_last_unfinished(data_dir=tmp_path)


def test_find_resumable_tells_why_there_is_nothing(tmp_path: Path) -> None:
    err = io.StringIO()
    assert find_resumable(data_dir=tmp_path, err=err) is None
    assert "geen onafgeronde bijeenkomst" in err.getvalue()


def test_resume_hands_the_journal_to_the_app(
    clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _meeting(clock, tmp_path / "sessions")
    assert session.path is not None
    with session.path.open("ab") as handle:
        handle.write(b'{"type": "paus')  # a torn line from a crash
    launched: list[Path] = []

    def fake_launch(library: object, *, journal: Path) -> int:
        launched.append(journal)
        return 0

    monkeypatch.setattr("intervisie_tui.tui.launch.launch_app", fake_launch)
    err = io.StringIO()
    assert resume(load_paths([]), data_dir=tmp_path, err=err) == 0
    assert launched == [session.path]
    assert "half geschreven" in err.getvalue()


def test_cli_report_prints_the_latest_session(clock: FakeClock, tmp_path: Path) -> None:
    _meeting(clock, tmp_path / "sessions").finish()
    result = subprocess.run(
        [str(Path(sys.executable).with_name("intervisie-tui")), "report"],
        capture_output=True,
        text=True,
        env={**os.environ, DATA_DIR_ENV: str(tmp_path)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Verslag intervisie: KOT (test)")


def test_report_on_an_impossible_event_is_a_message(kot_session: Session) -> None:
    path = kot_session.path
    assert path is not None
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"type": "advanced", "at": "2026-01-05T09:00:00Z"}\n')
    err = io.StringIO()
    assert print_report(path, out=io.StringIO(), err=err) == 1
    assert f"{path}:2:1: deze gebeurtenis past niet" in err.getvalue()


def test_resume_refuses_a_journal_it_cannot_replay(kot_session: Session, tmp_path: Path) -> None:
    path = kot_session.path
    assert path is not None
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"type": "advanced", "at": "2026-01-05T09:00:00Z"}\n')
    err = io.StringIO()
    assert find_resumable(data_dir=tmp_path, err=err) is None
    assert ":2:1: deze gebeurtenis past niet" in err.getvalue()
