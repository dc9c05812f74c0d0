"""`intervisie-tui report` and `intervisie-tui resume`: the command line's side of a journal.

Command-line glue beside cli.py (the session layer only reads and writes journals): clear
messages from the catalogue on stderr and an exit code, never a traceback. `resume` lists the
unfinished meetings and takes one by id, so a weeks-old meeting is never reopened by surprise
and a damaged journal is shown with where the damage is, never passed over in silence.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from intervisie_tui.messages import Lang, Msg, Twin, pick, say
from intervisie_tui.run_options import RoomAsk, RunOptions
from intervisie_tui.session.folders import sessions_dir
from intervisie_tui.session.journal import (
    JournalError,
    JournalWarning,
    latest,
    list_journals,
    read_journal,
    replay_damage,
    replay_journal,
)
from intervisie_tui.session.journal_file import SUFFIX
from intervisie_tui.session.meetings import Meeting, describe, unfinished

if TYPE_CHECKING:
    from intervisie_tui.library import Library
    from intervisie_tui.session.engine import Session

#: Exit codes, as in cli.py: 0 fine, 1 nothing (whole) to show or open.
EXIT_OK, EXIT_PROBLEMS = 0, 1


class SessionNotFound(Exception):
    """No session matches what the chair asked for; `problem` says what to do instead."""

    def __init__(self, problem: Msg) -> None:
        self.problem = problem
        super().__init__(problem.key)


def find_session(name: str | Path | None, data_dir: Path | None = None) -> Path:
    """The journal meant by `name`: a path, a session id (with or without .jsonl), or None.

    None means the most recent session. An id is looked up in the sessions folder, where it
    may also be the start of an id ("2026-01-05" finds that day's session if there is one).
    """
    where = sessions_dir(data_dir)
    if name is None:
        found = latest(where)
        if found is None:
            raise SessionNotFound(Msg("cli.meetings.none_saved", folder=str(where)))
        return found
    given = Path(name)
    if given.suffix == ".md":
        given = given.with_suffix(SUFFIX)
    if given.is_file():
        return given
    journals = list_journals(where)
    exact = [p for p in journals if p.stem == given.stem or p.name == given.name]
    candidates = exact or [p for p in journals if p.name.startswith(given.name)]
    if len(candidates) == 1:
        return candidates[0]
    recent = ", ".join(p.stem for p in journals[:5]) or "-"
    if candidates:
        raise SessionNotFound(Msg("cli.meetings.ambiguous", name=str(name), recent=recent))
    raise SessionNotFound(
        Msg("cli.meetings.not_found", name=str(name), folder=str(where), recent=recent)
    )


def _error(command: str, text: str, err: TextIO) -> None:
    print(f"intervisie-tui {command}: {text}", file=err)


def _journal_error(error: JournalError, lang: str) -> str:
    return error.text(lang)


def _warn(warning: JournalWarning | None, err: TextIO, lang: str) -> None:
    """A torn last line: told once, on stderr; everything before it is there."""
    if warning is not None:
        note = say("cli.meetings.note", lang)
        print(f"{note}: {warning.where}: {say(warning.message, lang)}", file=err)


def print_report(
    session: str | Path | None,
    *,
    data_dir: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    lang: str = "nl",
) -> int:
    """Print the Markdown report of a session (default: the latest); the exit code.

    A damaged journal still gives the report of everything before the damage, which the
    report itself and stderr name (file:line:col); the exit code is then 1, as it is when the
    session cannot be found or not even its first line reads.
    """
    from intervisie_tui.session.report import render_report

    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    try:
        path = find_session(session, data_dir)
        contents = read_journal(path, salvage=True)
    except SessionNotFound as missing:
        _error("report", say(missing.problem, lang), err)
        return EXIT_PROBLEMS
    except JournalError as error:
        _error("report", _journal_error(error, lang), err)
        return EXIT_PROBLEMS
    state = replay_journal(contents, salvage=True)
    damage = replay_damage(contents)
    _warn(contents.warning, err, lang)
    out.write(render_report(state, Lang(lang)))
    if damage is None:
        return EXIT_OK
    stops = say(
        Msg("cli.meetings.report_stops", where=damage.where, problem=say(damage.problem, lang)),
        lang,
    )
    out.write(f"\n> {stops}\n")
    _error("report", _journal_error(damage, lang), err)
    _error("report", say(Msg("cli.meetings.printed_before", line=damage.line), lang), err)
    return EXIT_PROBLEMS


def meeting_name(meeting: Meeting, lang: str = "nl") -> str:
    """The meeting as the chair knows it: its title and its agenda, each case with whose it
    is ("Team Noord: Opening · Vijf stappen met Bas · Pauze · Afsluiting")."""
    items = []
    for item in meeting.items:
        title = pick(item.title, item.title_en, lang)
        if item.inbrengers:
            title = say(
                Msg("cli.meetings.case_of", method=title, names=", ".join(item.inbrengers)), lang
            )
        items.append(title)
    agenda = " · ".join(items) or pick(meeting.method, meeting.method_en, lang)
    return f"{meeting.title}: {agenda}" if meeting.title else agenda


def meeting_line(meeting: Meeting, lang: str = "nl") -> str:
    """One meeting in `resume`'s list: id, date and time, the meeting's agenda and where it
    stands, or where it is damaged."""
    if meeting.error is not None:
        return f"{meeting.id}  {say('cli.meetings.unreadable', lang)}: " + _journal_error(
            meeting.error, lang
        )
    started = meeting.started.astimezone().strftime("%Y-%m-%d %H:%M") if meeting.started else ""
    phase = say(
        Msg(
            "cli.meetings.phase",
            n=meeting.phase,
            m=meeting.phases,
            title=_phase_title(meeting),
            notes=meeting.notes,
        ),
        lang,
    )
    line = f"{meeting.id}  {started}  {meeting_name(meeting, lang)}  {phase}"
    if meeting.group is not None:
        line += "  " + say(Msg("cli.meetings.group", name=meeting.group), lang)
    if meeting.holder is not None:
        pid = "?" if meeting.holder.pid is None else str(meeting.holder.pid)
        line += "  " + say(Msg("cli.meetings.open_elsewhere", pid=pid), lang)
    if meeting.damage is not None:
        salvaged = say(Msg("cli.meetings.salvaged", events=meeting.events), lang)
        line += f"\n    {say('cli.meetings.damaged', lang)}: {_journal_error(meeting.damage, lang)}"
        line += f"\n    {salvaged}: intervisie-tui report {meeting.id}"
    return line


def _phase_title(meeting: Meeting) -> Twin:
    """The current phase, after its item's method when the agenda has several items."""
    if meeting.item_title is None:
        return Twin(meeting.phase_title, meeting.phase_title_en)
    return Twin(
        f"{meeting.item_title} · {meeting.phase_title}",
        f"{meeting.item_title_en or meeting.item_title} · "
        f"{meeting.phase_title_en or meeting.phase_title}",
    )


def choose_meeting(
    chosen: str | None, *, data_dir: Path | None = None, out: TextIO, err: TextIO, lang: str
) -> Path | int:
    """The journal `resume` opens, or the exit code after listing the choices or saying why.

    With exactly one unfinished meeting (read whole) it is opened at once; with more, or with
    a damaged one among them, the list is printed (exit 0 when one of them can be resumed).
    """
    where = sessions_dir(data_dir)
    if chosen is not None:
        try:
            meeting = describe(find_session(chosen, data_dir))
        except SessionNotFound as missing:
            _error("resume", say(missing.problem, lang), err)
            return EXIT_PROBLEMS
        if meeting.resumable:
            return meeting.path
        if meeting.finished and meeting.damage is None:
            _error("resume", say(Msg("cli.meetings.already_finished", id=meeting.id), lang), err)
        else:
            _error("resume", say("cli.meetings.cannot_continue", lang), err)
            print(meeting_line(meeting, lang), file=err)
        return EXIT_PROBLEMS
    listed = unfinished(where)
    if not listed:
        _error("resume", say(Msg("cli.meetings.nothing", folder=str(where)), lang), err)
        return EXIT_PROBLEMS
    if len(listed) == 1 and listed[0].resumable:
        return listed[0].path
    print(say(Msg("cli.meetings.choose", folder=str(where)), lang), file=out)
    for meeting in listed:
        print(f"  {meeting_line(meeting, lang)}", file=out)
    print(say("cli.meetings.how", lang), file=out)
    return EXIT_OK if any(meeting.resumable for meeting in listed) else EXIT_PROBLEMS


def resume(
    library: Library,
    chosen: str | None = None,
    *,
    data_dir: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    lang: str = "nl",
    group: str | None = None,
    notices: tuple[str, ...] = (),
    mirror: RoomAsk | None = None,
) -> int:
    """`intervisie-tui resume [ID]`: open the app on an unfinished meeting; the exit code.

    `mirror`: the room view served beside it (`--mirror`).

    `group` (a folder, from `--group`): the meeting is recorded in that group when it ends;
    without it, in the group its journal names (the one it was begun for), if any. `notices`:
    what the command line found and the chair must read on screen (a damaged group file).

    The meeting is opened (and locked) here, before the app takes the terminal, so a meeting
    open in another window or damaged since it was listed is refused in words, not a trace.
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    path = choose_meeting(chosen, data_dir=data_dir, out=out, err=err, lang=lang)
    if isinstance(path, int):
        return path
    session = open_meeting(path, err=err, lang=lang)
    if session is None:
        return EXIT_PROBLEMS
    if group is None and session.group is not None:
        # The meeting's own group, from its journal: kept there when it ends, as if `run
        # --group` had been given again. An unreadable group is said, never a refusal.
        from intervisie_tui.cli_group import with_group

        grouped = with_group(RunOptions(lang=lang, group=session.group.folder))
        group, notices = grouped.group, (*notices, *grouped.notices)
    from intervisie_tui.tui.launch import launch_app

    options = RunOptions(lang=lang, group=group, notices=notices, mirror=mirror)
    try:
        return launch_app(library, session=session, options=options)
    finally:
        session.close()


def open_meeting(path: Path, *, err: TextIO, lang: str = "nl") -> Session | None:
    """The meeting in `path`, reopened and held by this window; None after saying why not."""
    from intervisie_tui.session.clock import SystemClock
    from intervisie_tui.session.engine import Session
    from intervisie_tui.session.journal_lock import JournalInUse

    try:
        session = Session.reopen(path, clock=SystemClock())
    except JournalInUse as busy:
        _error("resume", say(busy.problem, lang), err)
        return None
    except JournalError as error:
        _error("resume", _journal_error(error, lang), err)
        return None
    except OSError as error:
        _error("resume", f"{path}: {error.strerror or error}", err)
        return None
    _warn(session.replay_warning, err, lang)
    return session
