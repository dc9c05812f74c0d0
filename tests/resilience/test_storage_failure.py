"""A full disk, a data folder that cannot be written, a deleted journal: nothing typed is lost.

The bug this guards: after a write failure the app showed a toast for 8 s, its quit dialog still
promised that the journal kept everything, and the notes typed after the failure were lost on
quit (6 of 9 in a disk-full test). Now every event stays in memory until the disk takes it; the
run screen warns for as long as writing fails; each new event and a timer (on the session's
clock) retry; quitting says exactly what is not saved and offers to write it elsewhere; the end
screen says when the report could not be saved.

CI runs as root, where chmod does not stop writes, so the failures are made for real in other
ways: the data folder sits under a regular file, or the journal's writes get ENOSPC.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_support import bundled_app
from textual.pilot import Pilot
from textual.widgets import Static

from intervisie_tui.session import FakeClock, read_journal
from intervisie_tui.session.saving import RETRY_SECONDS
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.screens.end import EndScreen
from intervisie_tui.tui.screens.run import RunScreen
from intervisie_tui.tui.screens.unsaved import UnsavedQuitDialog

NOTES = [f"Vraag {n}" for n in range(1, 10)]


class FullDisk:
    """Every write to a file under `folder` fails with ENOSPC while `full` is set."""

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder.resolve())
        self.full = False

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_write = os.write

        def write(fd: int, data: bytes) -> int:
            if self.full and self._ours(fd):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(fd, data)

        monkeypatch.setattr(os, "write", write)

    def _ours(self, fd: int) -> bool:
        try:
            return os.readlink(f"/proc/self/fd/{fd}").startswith(self.folder)
        except OSError:
            return False


@pytest.fixture
def disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FullDisk]:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell the journal's writes from the terminal's")
    full = FullDisk(tmp_path / "data")
    full.install(monkeypatch)
    yield full


async def type_notes(pilot: Pilot[int], clock: FakeClock, notes: list[str]) -> None:
    for note in notes:
        clock.advance(20)
        await pilot.press("a", *note, "enter")
        await pilot.pause()


def banner(app: IntervisieApp) -> str | None:
    """The run screen's saving warning as the room sees it, or None when it is not shown."""
    widget = app.screen.query_one("#save-warning", Static)
    return str(widget.content) if widget.has_class("-failing") and widget.display else None


def journal_notes(path: Path) -> list[str]:
    return [e.text for e in read_journal(path).events if e.type == "note_added"]


async def test_disk_full_keeps_every_note_warns_until_it_works_and_then_saves_all(
    tmp_path: Path, disk: FullDisk
) -> None:
    clock = FakeClock()
    app = bundled_app(tmp_path / "data", clock)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        session = screen.session
        await type_notes(pilot, clock, NOTES[:3])
        assert banner(app) is None and session.path is not None
        disk.full = True
        await type_notes(pilot, clock, NOTES[3:])
        await pilot.press("space", "space", "n")  # the meeting goes on
        await pilot.pause()
        shown = banner(app)
        assert shown is not None and os.strerror(errno.ENOSPC) in shown
        assert "OPSLAAN LUKT NIET" in shown
        assert journal_notes(session.path) == NOTES[:3]
        clock.advance(RETRY_SECONDS)  # still full: the timer's retry fails, the warning stays
        screen.refresh_clock()
        await pilot.pause()
        assert banner(app) is not None
        disk.full = False
        screen.refresh_clock()  # not due yet: the timer waits its interval
        assert banner(app) is not None
        clock.advance(RETRY_SECONDS)
        screen.refresh_clock()
        await pilot.pause()
        assert banner(app) is None
        assert journal_notes(session.path) == NOTES  # all nine, in order, no gap
        assert session.state.index == 1
        assert read_journal(session.path).events[-1].type == "advanced"


async def test_quit_says_what_is_not_saved_and_writes_it_to_the_current_folder(
    tmp_path: Path, disk: FullDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    clock = FakeClock()
    app = bundled_app(tmp_path / "data", clock)
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.pause()
        await type_notes(pilot, clock, NOTES[:3])
        disk.full = True
        await type_notes(pilot, clock, NOTES[3:])
        await pilot.press("q")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, UnsavedQuitDialog)
        what = str(dialog.query_one("#unsaved-what", Static).content)
        assert what.startswith("6 wijziging(en) staan NIET in het journaal (No space left")
        for note in NOTES[3:8]:
            assert f"  - {note}" in what
        assert "… en nog 1" in what  # five by name, the sixth counted
        await pilot.press("w")
        await pilot.pause()
    (copy,) = here.glob("*.jsonl")
    assert journal_notes(copy) == NOTES
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


async def test_quit_can_write_to_the_temporary_folder_and_escape_goes_back(
    tmp_path: Path, disk: FullDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    clock = FakeClock()
    app = bundled_app(tmp_path / "data", clock)
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.pause()
        disk.full = True
        await type_notes(pilot, clock, NOTES[:2])
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedQuitDialog)
        await pilot.press("escape")  # back to the meeting: nothing written, nothing lost
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
        await type_notes(pilot, clock, NOTES[2:3])
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
    (copy,) = temp.glob("*.jsonl")
    assert journal_notes(copy) == NOTES[:3]


async def test_data_folder_under_a_file_shows_the_warning_from_the_start(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be\n")
    clock = FakeClock()
    app = bundled_app(blocker / "data", clock)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        assert not screen.session.saving
        shown = banner(app)
        assert shown is not None and "OPSLAAN LUKT NIET" in shown
        await type_notes(pilot, clock, NOTES[:3])
        assert [note.text for note in screen.session.state.notes] == NOTES[:3]
        screen.finish()
        await pilot.pause()
        end = app.screen
        assert isinstance(end, EndScreen)
        problem = str(end.query_one("#end-problem", Static).content)
        assert "Het verslag kon niet worden opgeslagen (Not a directory)" in problem
        assert "wijziging(en) staan niet in het journaal; bij q" in problem
        await pilot.press("q")  # the end screen does not just quit either
        await pilot.pause()
        assert isinstance(app.screen, UnsavedQuitDialog)
    assert blocker.read_text() == "a file where the data folder should be\n"


async def test_a_journal_deleted_mid_meeting_is_written_again_whole(tmp_path: Path) -> None:
    clock = FakeClock()
    app = bundled_app(tmp_path / "data", clock)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        path = screen.session.path
        assert path is not None
        await type_notes(pilot, clock, NOTES[:2])
        path.unlink()
        await type_notes(pilot, clock, NOTES[2:4])
        assert banner(app) is None
        assert journal_notes(path) == NOTES[:4]  # the set-up and every note, not just the new
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
