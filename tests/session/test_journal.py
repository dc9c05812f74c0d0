"""The session file: one synced line per event, replay, torn lines, and a disk that refuses."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from session_methods import kot_like, kot_setup

from intervisie_tui.messages import say
from intervisie_tui.model.method import Capture
from intervisie_tui.session import (
    DATA_DIR_ENV,
    FakeClock,
    JournalError,
    Rating,
    Session,
    latest_unfinished,
    read_journal,
    replay,
    sessions_dir,
)
from intervisie_tui.session.report import render_report


def said(error: JournalError) -> str:
    """The message as the command line shows it (Dutch): file:line:col: problem."""
    return error.text("nl")


def _drive(session: Session, clock: FakeClock) -> None:
    session.start()
    clock.advance(30)
    session.add_note("Hoe kan ik rust brengen?")
    session.next()
    clock.advance(50)
    session.pause()
    clock.advance(5)
    session.resume()
    session.next()
    session.add_note("Wat werkt al?", Capture.questions, by="Bram")
    session.rate_note(2, Rating.warm)
    session.next_turn()


def test_every_event_is_one_json_line_with_a_type_and_wall_time(
    kot_session: Session, clock: FakeClock
) -> None:
    _drive(kot_session, clock)
    assert kot_session.path is not None
    lines = kot_session.path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(kot_session.events)
    parsed = [json.loads(line) for line in lines]
    assert parsed[0]["type"] == "created"
    assert parsed[0]["version"] == 2
    assert parsed[0]["agenda"]["chair"] == "Mirjam"
    assert parsed[0]["agenda"]["items"][0]["method"]["id"] == "kot-test"  # stored whole
    assert [p["type"] for p in parsed[1:4]] == ["started", "note_added", "advanced"]
    assert parsed[2]["at"].startswith("2026-01-05T09:00:30")


def test_replay_of_the_file_equals_the_live_state(kot_session: Session, clock: FakeClock) -> None:
    _drive(kot_session, clock)
    assert kot_session.path is not None
    contents = read_journal(kot_session.path)
    assert replay(contents.created, contents.events) == kot_session.state


def test_reopen_continues_in_real_meeting_time(kot_session: Session, clock: FakeClock) -> None:
    _drive(kot_session, clock)
    remaining = kot_session.remaining()
    assert remaining is not None
    assert kot_session.path is not None
    clock.advance(40)  # the laptop was closed for 40 s while the phase ran
    kot_session.close()  # the window that held it is gone
    later = FakeClock(start=clock.wall())
    reopened = Session.reopen(kot_session.path, clock=later)
    assert reopened.remaining() == remaining - 40
    assert [n.text for n in reopened.state.notes] == ["Hoe kan ik rust brengen?", "Wat werkt al?"]
    reopened.next()  # and it keeps journaling to the same file
    assert read_journal(kot_session.path).events[-1].type == "advanced"


def test_torn_last_line_is_ignored_with_a_warning_and_cut_before_appending(
    kot_session: Session, clock: FakeClock
) -> None:
    _drive(kot_session, clock)
    path = kot_session.path
    assert path is not None
    good = kot_session.state
    with path.open("ab") as handle:
        handle.write(b'{"type": "note_added", "at": "2026-01-05T09:0')
    contents = read_journal(path)
    assert contents.warning is not None
    assert contents.warning.line == len(kot_session.events) + 1
    assert "half geschreven" in say(contents.warning.message)
    kot_session.close()
    reopened = Session.reopen(path, clock=FakeClock(start=clock.wall()))
    assert reopened.state == good
    assert reopened.replay_warning is not None
    reopened.add_note("Na de crash")
    again = read_journal(path)
    assert again.warning is None
    assert again.events[-1].type == "note_added"


def test_damage_before_the_last_line_names_file_line_and_column(
    kot_session: Session, clock: FakeClock
) -> None:
    _drive(kot_session, clock)
    path = kot_session.path
    assert path is not None
    lines = path.read_bytes().split(b"\n")
    lines[2] = b'{"type": "note_added", oops}'
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert said(caught.value).startswith(f"{path}:3:")
    assert "geen geldige JSON" in said(caught.value)


def test_unknown_event_type_is_an_error_with_its_line(kot_session: Session) -> None:
    path = kot_session.path
    assert path is not None
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"type": "exploded", "at": "2026-01-05T09:00:00Z"}\n')
        handle.write('{"type": "started", "at": "2026-01-05T09:00:00Z"}\n')
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert said(caught.value) == (
        f"{path}:2:1: onbekende soort gebeurtenis 'exploded' (geschreven door een nieuwere "
        "versie, of met de hand); de regel blijft staan"
    )


def test_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "leeg.jsonl"
    path.write_bytes(b"")
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert "leeg journaal" in said(caught.value)


def test_disk_full_keeps_the_meeting_going_in_memory(
    kot_session: Session, clock: FakeClock
) -> None:
    path = kot_session.path
    assert path is not None
    kot_session.start()
    kept = path.read_bytes()
    path.unlink()
    path.symlink_to("/dev/full")  # every write now fails with ENOSPC, like a full disk
    kot_session.add_note("Niet verloren")
    assert kot_session.state.notes[-1].text == "Niet verloren"
    assert not kot_session.saving
    problem = kot_session.storage_problem
    assert problem is not None and problem.key == "journal.not_saved"
    kot_session.add_note("Ook niet verloren")
    assert kot_session.storage_problem is not None  # told for as long as it lasts
    assert [n.text for n in kot_session.state.notes] == ["Niet verloren", "Ook niet verloren"]
    assert [e.type for e in kot_session.unsaved] == ["note_added", "note_added"]
    path.unlink()
    path.write_bytes(kept)  # the file on disk has no gap: it simply stops before the failure
    assert read_journal(path).events[-1].type == "started"
    assert kot_session.retry_saving(force=True)  # the disk takes writes again
    assert kot_session.saving and kot_session.storage_problem is None
    notes = [e.text for e in read_journal(path).events if e.type == "note_added"]
    assert notes == ["Niet verloren", "Ook niet verloren"]


def test_unwritable_folder_still_starts_the_meeting(tmp_path: Path, clock: FakeClock) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    session = Session.create(kot_like(), kot_setup(), clock=clock, folder=blocker / "sessions")
    session.start()
    session.add_note("Toch bewaard in het geheugen")
    assert session.path is None
    assert session.storage_problem is not None
    assert session.state.notes[0].text == "Toch bewaard in het geheugen"
    assert len(session.unsaved) == 3  # the set-up, the start and the note


def test_latest_unfinished_skips_finished_and_damaged_sessions(
    folder: Path, clock: FakeClock
) -> None:
    first = Session.create(kot_like(), kot_setup(), clock=clock, folder=folder)
    first.start()
    clock.advance(60)
    done = Session.create(kot_like(), kot_setup(), clock=clock, folder=folder)
    done.start()
    done.finish()
    done.close()
    clock.advance(60)
    broken = folder / "2026-01-05_091000_kot-test.jsonl"
    broken.write_text("kapot\nook kapot\n")
    assert first.path is not None and done.path is not None
    os.utime(first.path, (1, 1))
    os.utime(done.path, (2, 2))
    assert latest_unfinished(folder) == first.path


def test_data_dir_can_be_overridden_by_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    assert sessions_dir() == tmp_path / "sessions"


def test_finish_saves_the_report_next_to_the_journal(
    kot_session: Session, clock: FakeClock
) -> None:
    _drive(kot_session, clock)
    report = kot_session.finish()
    assert kot_session.saving  # every event, the last one too, is on disk
    assert report is not None and report.suffix == ".md"
    assert report.with_suffix(".jsonl").exists()
    assert "# Verslag intervisie: KOT (test)" in report.read_text(encoding="utf-8")


def test_journal_from_another_version_is_refused_clearly(kot_session: Session) -> None:
    path = kot_session.path
    assert path is not None
    first, *rest = path.read_text(encoding="utf-8").splitlines(keepends=True)
    data = json.loads(first)
    data["version"] = 99
    data["agenda"]["a_key_from_the_future"] = True  # a newer version may add keys
    path.write_text(json.dumps(data) + "\n" + "".join(rest), encoding="utf-8")
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert said(caught.value).startswith(f"{path}:1:1: journaalversie 99")


def test_journal_whose_method_no_longer_validates_is_refused_clearly(
    kot_session: Session,
) -> None:
    path = kot_session.path
    assert path is not None
    data = json.loads(path.read_text(encoding="utf-8"))
    data["agenda"]["items"][0]["method"]["steps"][0]["surprise"] = True
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    kot_session.close()
    with pytest.raises(JournalError) as caught:
        Session.reopen(path)
    assert "past niet bij deze versie" in said(caught.value)


@pytest.mark.usefixtures("amsterdam")
def test_journal_is_named_after_the_local_start_time_and_method(
    kot_session: Session, folder: Path, clock: FakeClock
) -> None:
    assert kot_session.path == folder / "2026-01-05_100000_kot-test.jsonl"
    second = Session.create(kot_like(), kot_setup(), clock=clock, folder=folder)
    assert second.path == folder / "2026-01-05_100000_kot-test-2.jsonl"


def test_event_that_does_not_fit_the_meeting_names_its_line(kot_session: Session) -> None:
    path = kot_session.path
    assert path is not None
    with path.open("a", encoding="utf-8") as handle:  # a hand-edited file: pause before start
        handle.write('{"type": "paused", "at": "2026-01-05T09:00:00Z"}\n')
        handle.write('{"type": "started", "at": "2026-01-05T09:00:01Z"}\n')
    kot_session.close()
    with pytest.raises(JournalError) as caught:
        Session.reopen(path)
    assert said(caught.value).startswith(f"{path}:2:1: deze gebeurtenis past niet")
    assert "nog niet gestart" in said(caught.value)


def test_a_journal_written_before_events_became_dataclasses_still_resumes(
    tmp_path: Path,
) -> None:
    """Events were pydantic models until 2026-11-23 (times ending in 'Z'); a meeting journaled
    then must still resume, with its method, set-up and notes."""
    original = Path(__file__).parent.parent / "data" / "journals"
    journal = tmp_path / "old.jsonl"
    journal.write_bytes((original / "written-by-0.1.0-pydantic-events.jsonl").read_bytes())
    session = Session.reopen(journal, clock=FakeClock())
    state = session.state
    assert state.method.id == "kot"
    assert state.setup.chair == "Vera" and state.setup.cases[0].question == "Hoe?"
    assert [note.text for note in state.notes] == ["Wat werkt al?"]
    assert state.index == 1  # the chair had moved on to the second phase


def test_a_journal_written_while_events_were_dataclasses_still_resumes(tmp_path: Path) -> None:
    """Events were frozen dataclasses written with the standard library's json (times as
    '+01:00') until they became pydantic models again; such a meeting must resume whole."""
    original = Path(__file__).parent.parent / "data" / "journals"
    journal = tmp_path / "dataclass-era.jsonl"
    journal.write_bytes((original / "written-by-0.1.0-dataclass-events.jsonl").read_bytes())
    session = Session.reopen(journal, clock=FakeClock())
    state = session.state
    assert state.method.id == "kot"
    assert state.setup.participants == ("Anna", "Bram", "Chloë", "Dirk")
    assert state.setup.cases[0].question == "Hoe zeg ik nee?"
    assert state.setup.until is not None and state.setup.until.utcoffset() == timedelta(hours=1)
    notes = [(note.text, note.kind, note.rating) for note in state.notes]
    assert notes == [
        ("Wil ‘nee’ zeggen  zonder schuld", Capture.notes, None),
        ("Wat werkt er al?", Capture.questions, Rating.warm),
    ]
    assert state.first_step(0, 0) == "Morgen Jan bellen"
    assert state.absent == frozenset()  # Dirk left and came back
    assert state.index == 1  # the chair went back to the second phase
    session.next()  # and the meeting goes on, appending to the same journal
    assert read_journal(journal).events[-1].type == "advanced"


def test_an_event_time_without_its_zone_is_named_with_its_field(kot_session: Session) -> None:
    path = kot_session.path
    assert path is not None
    created = path.read_text(encoding="utf-8").splitlines(keepends=True)[0]
    naive = '{"at":"2026-11-23T10:00:00","type":"started"}\n'
    paused = '{"at":"2026-11-23T10:01:00+01:00","type":"paused"}\n'  # not a torn last line
    path.write_text(created + naive + paused, encoding="utf-8")
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert said(caught.value).startswith(f"{path}:2:1: ")
    assert "started.at: " in said(caught.value) and "timezone" in said(caught.value)


def test_a_journal_changed_by_another_program_is_not_written_over(
    kot_session: Session, clock: FakeClock
) -> None:
    """Restored from an older copy mid-meeting: the window keeps its notes in memory and says
    why, instead of padding the shorter file or cutting the longer one to fit its own count."""
    _drive(kot_session, clock)
    path = kot_session.path
    assert path is not None
    older = b"".join(path.read_bytes().splitlines(keepends=True)[:3])
    path.write_bytes(older)
    kot_session.add_note("Na het terugzetten")
    assert path.read_bytes() == older
    problem = kot_session.storage_problem
    assert problem is not None
    assert say(problem) == (
        "Let op: opslaan lukt niet (het journaal is door een ander programma veranderd; er wordt "
        "niet overheen geschreven). Alles blijft in het geheugen; opnieuw proberen gaat vanzelf."
    )
    assert kot_session.unsaved[-1].type == "note_added"
    longer = older + b'{"type":"paused","at":"2026-01-05T09:10:00Z"}\n'
    path.write_bytes(longer)  # added to by someone else: not cut back either
    assert not kot_session.retry_saving(force=True)
    assert path.read_bytes() == longer


def test_a_journal_of_one_method_and_two_cases_resumes_and_reports_as_an_agenda(
    tmp_path: Path,
) -> None:
    """Journal version 1 (one method, one set-up; written until the agenda came) is read as an
    agenda of one case item: it resumes where the chair was and its report is whole."""
    original = Path(__file__).parent.parent / "data" / "journals"
    journal = tmp_path / "one-method.jsonl"
    journal.write_bytes((original / "written-by-0.1.0-one-method-two-cases.jsonl").read_bytes())
    session = Session.reopen(journal, clock=FakeClock())
    state = session.state
    assert [item.method_id for item in state.agenda.items] == ["kot"]
    assert state.agenda.chair == "Vera" and state.setup.chair == "Vera"
    assert [case.inbrenger for case in state.cases] == ["Anna", "Bram"]
    assert state.index == 6 and state.phase.case == 1  # the second case's first phase
    assert state.absent == {"Dirk"}
    assert state.first_step(0, 0) == "Morgen mijn teamleider bellen"
    session.next()  # the meeting goes on, and is written as this version writes
    text = render_report(session.state)
    assert text.startswith("# Verslag intervisie: KOT-intervisiemodel (oplossingsgericht)\n")
    assert "## Casus 2: Bram" in text and "**Vraag:** Wat doe ik met een boze ouder?" in text
    assert "- **Vraag 1** (Bram): Wat werkt er al? — *warm*" in text
    assert "**Eerste stap van de inbrenger:** Morgen mijn teamleider bellen" in text
    assert "Programma" not in text  # one item: no agenda table


def test_the_group_is_kept_in_the_first_line_and_a_journal_without_it_still_reopens(
    tmp_path: Path,
) -> None:
    from intervisie_tui.model.group import GroupRef

    ref = GroupRef(name="Team Noord", folder="/gedeeld/team-noord")
    session = Session.create(kot_like(), kot_setup(), clock=FakeClock(), folder=tmp_path, group=ref)
    session.start()
    assert session.path is not None
    session.close()
    assert read_journal(session.path).created.group == ref
    again = Session.reopen(session.path, clock=FakeClock())
    assert again.group == ref
    again.close()
    # A journal written before groups were kept: the first line has no `group` key at all.
    lines = session.path.read_text("utf-8").splitlines()
    first = json.loads(lines[0])
    del first["group"]
    session.path.write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n", "utf-8")
    old = Session.reopen(session.path, clock=FakeClock())
    assert old.group is None and old.state.started
    old.close()
