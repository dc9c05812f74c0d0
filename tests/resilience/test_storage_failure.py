"""A full disk or a data folder that cannot be written: the meeting goes on, nothing is lost.

The chair is told once that notes are not being saved (a warning on every keystroke would take
over the projected screen), and every note typed stays on the flip-over and in the end screen.
CI runs as root, where chmod does not stop writes, so the failures are made for real in other
ways: the data folder sits under a regular file, or every write gets ENOSPC.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from app_support import bundled_app
from textual.pilot import Pilot

from intervisie_tui.messages import say
from intervisie_tui.session import FakeClock, read_journal
from intervisie_tui.session import journal as journal_module
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.screens.end import EndScreen
from intervisie_tui.tui.screens.run import RunScreen

#: What the Dutch notice about saving starts with, whatever the system's reason.
NOT_SAVED = say("session.not_saved", problem="").removesuffix(" ()")

NOTES = ["Wat wil je bereiken?", "Wie is er nog bij betrokken?", "Wat werkte eerder?"]


def record_notifications(app: IntervisieApp) -> list[str]:
    """Every message the app shows the chair, in order."""
    shown: list[str] = []
    notify = app.notify

    def recording(message: str, *args: Any, **kwargs: Any) -> None:
        shown.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return shown


async def type_notes(pilot: Pilot[int], clock: FakeClock, notes: list[str]) -> None:
    for note in notes:
        clock.advance(20)
        await pilot.press("a", *note, "enter")
        await pilot.pause()


def warnings_about_saving(shown: list[str]) -> list[str]:
    return [message for message in shown if NOT_SAVED in message]


async def test_data_folder_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be\n")
    clock = FakeClock()
    app = bundled_app(blocker / "data", clock)
    shown = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        session = screen.session
        assert not session.saving
        await type_notes(pilot, clock, NOTES)
        await pilot.press("n")  # the meeting moves on
        await pilot.pause()
        clock.advance(60)
        screen.refresh_clock()
        await pilot.pause()
        assert session.state.index == 1
        assert [note.text for note in session.state.notes] == NOTES
        assert len(warnings_about_saving(shown)) == 1
    assert blocker.read_text() == "a file where the data folder should be\n"


async def test_disk_full_in_the_middle_of_the_meeting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    app = bundled_app(tmp_path, clock)
    shown = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        session = screen.session
        await type_notes(pilot, clock, NOTES[:1])  # saved while the disk had room
        assert session.saving and session.path is not None
        assert warnings_about_saving(shown) == []

        journal_inode = session.path.stat().st_ino
        real_write = os.write

        def full(fd: int, data: bytes) -> int:
            """The journal's disk is full; every other write (the terminal) still works."""
            if os.fstat(fd).st_ino == journal_inode:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(fd, data)

        monkeypatch.setattr(journal_module.os, "write", full)
        await type_notes(pilot, clock, NOTES[1:])
        await pilot.press("space")  # pause and go on: still only one warning
        await pilot.pause()
        await pilot.press("space", "n")
        await pilot.pause()
        monkeypatch.undo()

        assert not session.saving
        assert session.state.index == 1
        assert [note.text for note in session.state.notes] == NOTES
        told = warnings_about_saving(shown)
        assert len(told) == 1, shown
        assert os.strerror(errno.ENOSPC) in told[0]

        # The journal holds what was saved before the disk filled up, and no torn line.
        saved = read_journal(session.path)
        assert saved.warning is None
        assert [e.text for e in saved.events if e.type == "note_added"] == NOTES[:1]

        # Closing the meeting still shows every note, even though no report could be saved.
        screen.finish()
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        assert [note.text for note in app.screen.state.notes] == NOTES
