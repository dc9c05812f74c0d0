"""`intervisie-tui report` and `resume` as a chair uses them: listing, choosing, damage, locks.

Most tests run the real console script in a subprocess (what the chair types); the few that
must see the app being opened call `resume()` in-process with the app's launcher replaced.
"""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from intervisie_tui.cli_meetings import print_report, resume
from intervisie_tui.library import load_library, load_paths
from intervisie_tui.model.method import Capture
from intervisie_tui.session import DATA_DIR_ENV, Case, FakeClock, MeetingSetup, Rating, Session
from intervisie_tui.session.clock import DEFAULT_FAKE_START

SCRIPT = str(Path(sys.executable).with_name("intervisie-tui"))


def cli(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The console script with its data folder in `data`, as a chair would run it."""
    env = {**os.environ, DATA_DIR_ENV: str(data), "INTERVISIE_TUI_LANG": "nl"}
    return subprocess.run(
        [SCRIPT, *argv], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def meeting(data: Path, *, days_ago: float = 0, notes: int = 1, phases: int = 1) -> Session:
    """A KOT meeting (the bundled method) started `days_ago`, `phases` phases in."""
    clock = FakeClock(start=DEFAULT_FAKE_START - timedelta(days=days_ago))
    kot = load_library(user=False)["kot"]
    setup = MeetingSetup(
        method_id="kot",
        chair="Vera",
        participants=("Anna", "Bram", "Chris"),
        cases=(Case(inbrenger="Anna"),),
    )
    session = Session.create(kot, setup, clock=clock, folder=data / "sessions")
    session.start()
    for number in range(notes):
        clock.advance(20)
        session.add_note(f"Notitie {number + 1}")
    for _ in range(phases - 1):
        clock.advance(60)
        session.next()
    return session


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "data"


def test_resume_lists_the_unfinished_meetings_newest_first(data: Path) -> None:
    old = meeting(data, days_ago=26, phases=3)
    new = meeting(data, days_ago=0, phases=2)
    done = meeting(data, days_ago=1)
    done.finish()
    for session in (old, new, done):
        session.close()
    result = cli(data, "resume")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Onafgeronde bijeenkomsten in ")
    assert old.path is not None and new.path is not None and done.path is not None
    listed = [line.split()[0] for line in lines[1:-1]]
    assert listed == [new.path.stem, old.path.stem]  # newest first; the finished one is not
    assert "Kort Oplossingsgericht" in lines[1] or "KOT" in lines[1]
    assert "2026-01-05" in lines[1] and "fase 2/" in lines[1]
    assert "2025-12-10" in lines[2] and "fase 3/" in lines[2]
    assert lines[-1] == "Ga verder met één ervan: intervisie-tui resume ID"


def _fake_launch(monkeypatch: pytest.MonkeyPatch) -> list[Session]:
    opened: list[Session] = []

    def launch(library: object, *, session: Session, options: object) -> int:
        opened.append(session)
        return 0

    monkeypatch.setattr("intervisie_tui.tui.launch.launch_app", launch)
    return opened


def test_resume_by_id_opens_that_meeting_and_lets_go_after(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = meeting(data, days_ago=26, notes=2)
    meeting(data).close()
    old.close()
    opened = _fake_launch(monkeypatch)
    assert old.path is not None
    err = io.StringIO()
    assert resume(load_paths([]), old.path.stem, data_dir=data, err=err) == 0, err.getvalue()
    assert [session.path for session in opened] == [old.path]
    assert [n.text for n in opened[0].state.notes] == ["Notitie 1", "Notitie 2"]
    Session.reopen(old.path).close()  # the app has quit: the meeting is free again


def test_resume_opens_the_only_unfinished_meeting_directly(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    only = meeting(data)
    only.close()
    opened = _fake_launch(monkeypatch)
    assert resume(load_paths([]), data_dir=data, err=io.StringIO()) == 0
    assert [session.path for session in opened] == [only.path]


def _damage_line(path: Path, number: int, text: bytes = b'{"type": "note_added", oops}') -> None:
    lines = path.read_bytes().split(b"\n")
    lines[number - 1] = text
    path.write_bytes(b"\n".join(lines))


def test_a_damaged_journal_is_listed_with_file_line_and_what_was_saved(data: Path) -> None:
    """The bug: damage before the last line made `resume` silently reopen a 26-day-old one."""
    old = meeting(data, days_ago=26)
    new = meeting(data, notes=3)
    old.close()
    new.close()
    assert new.path is not None and old.path is not None
    _damage_line(new.path, 4)  # the second note
    result = cli(data, "resume")
    assert result.returncode == 0, result.stderr  # the old one can still be chosen
    out = result.stdout
    assert out.index(new.path.stem) < out.index(old.path.stem)
    assert f"BESCHADIGD: {new.path}:4:" in out and "geen geldige JSON" in out
    saved = "gered: 3 gebeurtenissen tot de beschadiging; lees ze met: intervisie-tui report"
    assert f"{saved} {new.path.stem}" in out
    # Asked for by id, it is refused with the same words, and the file stays as it was.
    before = new.path.read_bytes()
    refused = cli(data, "resume", new.path.stem)
    assert refused.returncode == 1
    assert "deze bijeenkomst kan niet verder" in refused.stderr
    assert f"{new.path}:4:" in refused.stderr
    assert new.path.read_bytes() == before


def test_report_prints_what_it_read_up_to_the_damage(data: Path) -> None:
    session = meeting(data, notes=3)
    session.close()
    assert session.path is not None
    _damage_line(session.path, 5)  # the third note
    result = cli(data, "report", session.path.stem)
    assert result.returncode == 1
    assert result.stdout.startswith("# Verslag intervisie:")
    assert "Notitie 1" in result.stdout and "Notitie 2" in result.stdout
    assert "Notitie 3" not in result.stdout
    assert f"stopt bij {session.path}:5:" in result.stdout  # in the report itself, too
    assert f"intervisie-tui report: {session.path}:5:" in result.stderr


def test_a_complete_line_of_an_unknown_kind_is_never_cut_off(data: Path) -> None:
    """Only a last line without its newline is torn; a whole line is the chair's to decide."""
    session = meeting(data)
    session.close()
    assert session.path is not None
    with session.path.open("ab") as handle:
        handle.write(b'{"type": "hand_raised", "at": "2026-01-05T09:05:00+00:00"}\n')
    before = session.path.read_bytes()
    result = cli(data, "resume")
    assert result.returncode == 1
    assert f"{session.path}:4:1: onbekende soort gebeurtenis 'hand_raised'" in result.stdout
    report = cli(data, "report")
    assert "Notitie 1" in report.stdout and "hand_raised" in report.stderr
    assert session.path.read_bytes() == before


HOLD = """
import sys, time
from pathlib import Path
from intervisie_tui.session import Session
session = Session.reopen(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(120)
"""


def _hold(path: Path) -> subprocess.Popen[str]:
    """Another window: a process that opens the meeting and keeps it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_a_second_window_is_refused_with_where_the_meeting_is_open(data: Path) -> None:
    session = meeting(data)
    session.close()
    assert session.path is not None
    holder = _hold(session.path)
    try:
        before = session.path.read_bytes()
        result = cli(data, "resume", session.path.stem)
        assert result.returncode == 1
        assert (
            f"deze bijeenkomst is al open in een ander venster (proces {holder.pid}, sinds "
            in result.stderr
        )
        # The chair reads since when as a clock time, not an ISO stamp.
        assert re.search(r"sinds \d\d-\d\d \d\d:\d\d\)", result.stderr), result.stderr
        assert cli(data, "resume").stderr == result.stderr  # the only one: refused the same
        meeting(data, days_ago=2).close()
        listing = cli(data, "resume")  # with two to choose from, the list says it
        assert f"(nu open in een ander venster, proces {holder.pid})" in listing.stdout
        assert session.path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_killed_window_does_not_block(data: Path) -> None:
    session = meeting(data)
    session.close()
    assert session.path is not None
    holder = _hold(session.path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert holder.returncode == -signal.SIGKILL
    reopened = Session.reopen(session.path)  # the lock died with its process
    reopened.add_note("Na de crash")
    reopened.close()


def test_two_sessions_in_one_process_cannot_hold_one_meeting(data: Path) -> None:
    from intervisie_tui.session import JournalInUse

    session = meeting(data)
    assert session.path is not None
    with pytest.raises(JournalInUse) as caught:
        Session.reopen(session.path)
    assert caught.value.holder.pid == os.getpid()
    session.close()
    Session.reopen(session.path).close()


# ---------------------------------------------------------------- moved from session/


def _full(clock: FakeClock, data: Path) -> Session:
    session = meeting(data, notes=1)
    session.add_note("Wat werkt al?", Capture.questions, by="Bram")
    session.rate_note(2, Rating.warm)
    clock.advance(1)
    return session


def test_finish_writes_the_same_report_next_to_the_journal(data: Path) -> None:
    session = _full(FakeClock(), data)
    saved = session.finish()
    assert saved is not None
    out = io.StringIO()
    assert print_report(saved.with_suffix(".jsonl"), out=out) == 0
    assert out.getvalue() == saved.read_text(encoding="utf-8")


def test_report_without_argument_takes_the_latest_session(data: Path) -> None:
    session = _full(FakeClock(), data)
    out, err = io.StringIO(), io.StringIO()
    assert print_report(None, data_dir=data, out=out, err=err) == 0
    assert "- **Status:** niet afgerond" in out.getvalue()
    assert session.path is not None
    out2 = io.StringIO()
    assert print_report(session.path.stem, data_dir=data, out=out2) == 0
    assert out2.getvalue() == out.getvalue()


def test_report_on_missing_session_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert print_report(None, data_dir=tmp_path, out=out, err=err) == 1
    assert "nog geen bijeenkomsten" in err.getvalue()
    assert print_report("bestaat-niet", data_dir=tmp_path, out=out, err=err) == 1
    assert "Geen bijeenkomst 'bestaat-niet'" in err.getvalue()
    assert out.getvalue() == ""


def test_report_on_a_journal_without_its_first_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.jsonl"
    bad.write_text('{"type": "started"}\n{}\n', encoding="utf-8")
    err = io.StringIO()
    assert print_report(bad, out=io.StringIO(), err=err) == 1
    assert f"{bad}:1:1:" in err.getvalue()


def test_resume_with_nothing_unfinished_says_how_to_start(data: Path) -> None:
    result = cli(data, "resume")
    assert result.returncode == 1
    assert "er is geen onafgeronde bijeenkomst" in result.stderr
    assert "intervisie-tui run METHODE" in result.stderr


def test_resume_hands_a_torn_journal_to_the_app_with_the_warning(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = meeting(data)
    session.close()
    assert session.path is not None
    with session.path.open("ab") as handle:
        handle.write(b'{"type": "paus')  # a torn line from a crash
    opened = _fake_launch(monkeypatch)
    err = io.StringIO()
    assert resume(load_paths([]), data_dir=data, err=err) == 0
    assert [s.path for s in opened] == [session.path]
    assert "half geschreven" in err.getvalue()


def test_cli_report_prints_the_latest_session(data: Path) -> None:
    meeting(data).finish()
    result = cli(data, "report")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Verslag intervisie: ")


def test_an_impossible_event_is_named_by_report_and_resume(data: Path) -> None:
    session = meeting(data)
    session.close()
    path = session.path
    assert path is not None
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"type": "started", "at": "2026-01-05T09:10:00Z"}\n')
    report = cli(data, "report")
    assert report.returncode == 1
    assert f"{path}:4:1: deze gebeurtenis past niet" in report.stderr
    refused = cli(data, "resume", path.stem)
    assert refused.returncode == 1
    assert f"{path}:4:1: deze gebeurtenis past niet" in refused.stderr


def agenda_meeting(data: Path) -> Session:
    """A whole meeting (opening, two cases, a break, closing) two items in, a day ago."""
    from intervisie_tui.session.agenda import Agenda, AgendaItem

    library = load_library(user=False)
    clock = FakeClock(start=DEFAULT_FAKE_START - timedelta(days=1))
    agenda = Agenda(
        title="Team Noord",
        chair="Vera",
        participants=("Anna", "Bram", "Chris", "Dewi"),
        items=(
            AgendaItem.of(library["opening"]),
            AgendaItem.of(library["kot"], (Case(inbrenger="Anna"),)),
            AgendaItem.of(library["pauze"]),
            AgendaItem.of(library["vijf-stappen"], (Case(inbrenger="Bram"),)),
            AgendaItem.of(library["afsluiting"]),
        ),
    )
    session = Session.create_agenda(agenda, clock=clock, folder=data / "sessions")
    session.start()
    while session.state.phase.item < 1:
        clock.advance(60)
        session.next()
    return session


def test_the_resume_list_names_each_meeting_by_its_agenda_and_cases(data: Path) -> None:
    whole = agenda_meeting(data)
    single = meeting(data)
    for session in (whole, single):
        session.close()
    result = cli(data, "resume")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert whole.path is not None and single.path is not None
    assert lines[2] == (
        f"  {whole.path.stem}  2026-01-04 "
        f"{whole.state.created_at.astimezone():%H:%M}  Team Noord: Opening · "
        "KOT-intervisiemodel (oplossingsgericht) met Anna · Pauze · Vijfstappenmethode met Bram · "
        "Afsluiting  fase 4/18: KOT-intervisiemodel (oplossingsgericht) · Vraag en doel "
        "(notities: 0)"
    )
    assert "KOT-intervisiemodel (oplossingsgericht) met Anna  fase 1/6" in lines[1]
    english = cli(data, "--lang", "en", "resume")
    assert (
        "Team Noord: Opening · KOT intervision model (solution-focused) with Anna · Break"
        in english.stdout
    )
