"""What a meeting leaves on disk: private, created exclusively, never written through a link.

Confidential notes were world-readable (0644 files in 0755 folders), two meetings started at
the same moment could share one journal (3 of 40 in a race test), and deeply nested JSON in a
journal or in last-group.json crashed with RecursionError. Each test here failed before.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from session_methods import kot_like, kot_setup

from intervisie_tui.messages import say
from intervisie_tui.session import FakeClock, JournalError, Session, read_journal
from intervisie_tui.session.folders import sessions_dir
from intervisie_tui.tui.memory import LastGroup, read_last_group, save_last_group


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual umask (022), under which files used to come out world-readable."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("open_umask")
def test_folders_are_0700_and_journal_report_and_last_group_0600(
    tmp_path: Path, clock: FakeClock
) -> None:
    shared = tmp_path / "gedeeld"
    shared.mkdir(mode=0o755)
    data = shared / "nieuw" / "data"
    session = Session.create(kot_like(), kot_setup(), clock=clock, folder=sessions_dir(data))
    session.start()
    report = session.finish()
    assert session.path is not None and report is not None
    assert mode(shared / "nieuw") == 0o700
    assert mode(data) == 0o700
    assert mode(data / "sessions") == 0o700
    assert mode(session.path) == 0o600
    assert mode(report) == 0o600
    assert save_last_group(data, LastGroup("Vera", ("Anna", "Bram")))
    assert mode(data / "last-group.json") == 0o600
    assert mode(shared) == 0o755  # a folder that was there already is left as it was


def test_writing_the_report_does_not_follow_a_planted_symlink(
    tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / "sessions"
    session = Session.create(kot_like(), kot_setup(), clock=clock, folder=folder)
    assert session.path is not None
    victim = tmp_path / "victim.txt"
    victim.write_text("niet overschrijven\n")
    planted = session.path.with_suffix(".md")
    planted.symlink_to(victim)
    report = session.finish()
    assert report == planted
    assert victim.read_text() == "niet overschrijven\n"
    assert not planted.is_symlink() and "# Verslag intervisie" in planted.read_text()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # no temp left


RACE = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from session_methods import kot_like, kot_setup
from intervisie_tui.session import FakeClock, Session
method, setup = kot_like(), kot_setup()
print("ready", flush=True)
sys.stdin.readline()
session = Session.create(method, setup, clock=FakeClock(), folder=Path(sys.argv[1]))
session.add_note(f"van proces {sys.argv[3]}")
print(session.path, flush=True)
"""


def test_meetings_started_at_the_same_moment_never_share_a_journal(tmp_path: Path) -> None:
    """Every process starts its meeting at the same fake instant, released at once."""
    helpers = str(Path(__file__).parent)
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", RACE, str(tmp_path), helpers, str(number)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for number in range(12)
    ]
    for starter in starters:
        assert starter.stdout is not None and starter.stdout.readline().strip() == "ready"
    for starter in starters:
        assert starter.stdin is not None
        starter.stdin.write("go\n")
        starter.stdin.flush()
    paths = []
    for starter in starters:
        out, _ = starter.communicate(timeout=60)
        assert starter.returncode == 0
        paths.append(out.strip())
    assert len(set(paths)) == len(starters)
    for path in paths:
        contents = read_journal(Path(path))  # one meeting per file: set-up and its own note
        assert [event.type for event in contents.events] == ["note_added"]


DEEP = "[" * 100_000 + "]" * 100_000


def test_deeply_nested_json_in_a_journal_is_refused_with_a_message(
    kot_session: Session,
) -> None:
    path = kot_session.path
    assert path is not None
    kot_session.close()
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"type": "started", "at": ' + DEEP + "}\n")
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert caught.value.where == f"{path}:2:1"
    assert "meer dan 64 lagen diep genest" in say(caught.value.problem)


def test_deeply_nested_json_in_last_group_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "last-group.json").write_text('{"participants": ' + DEEP + "}")
    group, problem = read_last_group(tmp_path)
    assert group == LastGroup()
    assert problem is not None
    assert say(problem).startswith(f"{tmp_path / 'last-group.json'} is beschadigd")
    (tmp_path / "last-group.json").write_text('{"participants": "Anna"}')
    assert read_last_group(tmp_path)[1] is not None  # a wrong shape is told too


def test_a_damaged_last_group_is_told_in_one_language(tmp_path: Path) -> None:
    (tmp_path / "last-group.json").write_text('{"participants": "Anna"}')
    problem = read_last_group(tmp_path)[1]
    assert problem is not None
    assert "namen moeten een lijst van teksten zijn" in say(problem)
    assert "names must be a list of texts" in say(problem, "en")
    (tmp_path / "last-group.json").write_text('{"chair": "Anna", ')
    problem = read_last_group(tmp_path)[1]
    assert problem is not None
    assert "(geen geldige JSON)" in say(problem)
    assert "Expecting" not in say(problem)  # never json's own English inside a Dutch line
