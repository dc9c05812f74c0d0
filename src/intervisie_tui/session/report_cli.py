"""What `intervisie-tui report` and `intervisie-tui resume` do, without any UI.

cli.py dispatches to these functions so the commands behave the same from a terminal, a test
or the app: clear Dutch messages on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from intervisie_tui.session.clock import Clock
from intervisie_tui.session.engine import Session
from intervisie_tui.session.folders import sessions_dir
from intervisie_tui.session.journal import (
    SUFFIX,
    JournalError,
    latest,
    latest_unfinished,
    list_journals,
    read_journal,
    replay_journal,
)
from intervisie_tui.session.report import render_report

if TYPE_CHECKING:
    from intervisie_tui.library import Library


class SessionNotFound(Exception):
    """No session matches what the chair asked for; the message says what to do instead."""


def find_session(name: str | Path | None, data_dir: Path | None = None) -> Path:
    """The journal meant by `name`: a path, a session name (with or without .jsonl), or None.

    None means the most recent session. A name is looked up in the sessions folder, where it
    may also be the start of a name ("2026-01-05" finds that day's session if there is one).
    """
    where = sessions_dir(data_dir)
    if name is None:
        found = latest(where)
        if found is None:
            raise SessionNotFound(
                f"Er zijn nog geen bijeenkomsten opgeslagen in {where}. "
                "Start er een met: intervisie-tui run METHODE"
            )
        return found
    given = Path(name)
    if given.suffix == ".md":
        given = given.with_suffix(SUFFIX)
    if given.is_file():
        return given
    candidates = [p for p in list_journals(where) if p.name.startswith(given.name)]
    if len(candidates) == 1:
        return candidates[0]
    names = ", ".join(p.stem for p in list_journals(where)[:5]) or "geen"
    if candidates:
        raise SessionNotFound(
            f"'{name}' past bij meer dan één bijeenkomst; maak de naam langer. Recent: {names}"
        )
    raise SessionNotFound(f"Geen bijeenkomst '{name}' gevonden in {where}. Recent: {names}")


def print_report(
    session: str | Path | None,
    *,
    data_dir: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Print the Markdown report of a session (default: the latest); the exit code.

    0 on success; 1 when the session cannot be found or read, with the reason on stderr.
    A torn last line is reported on stderr too, but the report is still printed.
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    try:
        path = find_session(session, data_dir)
        contents = read_journal(path)
        state = replay_journal(contents)
    except (SessionNotFound, JournalError) as error:
        print(f"intervisie-tui report: {error}", file=err)
        return 1
    if contents.warning is not None:
        print(f"Let op: {contents.warning}", file=err)
    out.write(render_report(state))
    return 0


class NothingToResume(Exception):
    """There is no unfinished session; the message tells the chair how to start one."""


def open_last_unfinished(*, data_dir: Path | None = None, clock: Clock | None = None) -> Session:
    """The last unfinished meeting, reopened and ready to continue in real meeting time.

    Raises NothingToResume (all meetings were closed) or JournalError (the file is damaged
    before its last line); both carry a message fit for the terminal.
    """
    where = sessions_dir(data_dir)
    path = latest_unfinished(where)
    if path is None:
        raise NothingToResume(
            f"Er is geen onafgeronde bijeenkomst in {where}. "
            "Start een nieuwe met: intervisie-tui run METHODE"
        )
    return Session.reopen(path, clock=clock)


def find_resumable(*, data_dir: Path | None = None, err: TextIO | None = None) -> Path | None:
    """The journal `resume` should continue, checked readable; None after telling the chair why.

    A torn last line is announced on stderr but does not stop the resume: everything before it
    is intact, and the app shows the same warning again.
    """
    err = err if err is not None else sys.stderr
    where = sessions_dir(data_dir)
    path = latest_unfinished(where)
    if path is None:
        print(
            f"intervisie-tui resume: er is geen onafgeronde bijeenkomst in {where}. "
            "Start een nieuwe met: intervisie-tui run METHODE",
            file=err,
        )
        return None
    try:
        contents = read_journal(path)
        replay_journal(contents)  # the app must not meet a journal it cannot replay
    except JournalError as error:
        print(f"intervisie-tui resume: {error}", file=err)
        return None
    if contents.warning is not None:
        print(f"Let op: {contents.warning}", file=err)
    return path


def resume(library: Library, *, data_dir: Path | None = None, err: TextIO | None = None) -> int:
    """`intervisie-tui resume`: open the app on the last unfinished meeting; the exit code.

    The app is imported only here, at call time, so this module (and the whole session layer)
    still loads without textual; tests and scripts use `find_resumable` or
    `open_last_unfinished` instead.
    """
    path = find_resumable(data_dir=data_dir, err=err)
    if path is None:
        return 1
    from importlib import import_module

    launch_app = import_module("intervisie_tui.tui.launch").launch_app
    result = launch_app(library, journal=path)
    return result if isinstance(result, int) else 0
