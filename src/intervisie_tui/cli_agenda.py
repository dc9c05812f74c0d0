"""`intervisie-tui run --agenda FILE`: a whole meeting written down beforehand.

Glue beside cli.py: the file is checked like `check` checks it (the same path:line:col lines,
the ids against the library the meeting runs with), the agenda is built and fitted to its end
time, and the app opens on the running meeting. Nothing is started when the file has errors.
"""

from __future__ import annotations

import sys
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from intervisie_tui.messages import Msg, MsgError, say

if TYPE_CHECKING:
    from intervisie_tui.library import Library
    from intervisie_tui.session import Plan, Session

EXIT_OK, EXIT_PROBLEMS = 0, 1


def start_agenda(
    library: Library, path: Path, *, until: time | None, lang: str, group: Path | None = None
) -> Session | int:
    """The started meeting an agenda file describes, or the exit code after saying why not.

    `group` (`--group`): the meeting is for that group, kept in its journal, and the group's own
    ground rules (its ground_rules.yaml) stand in for the library's set of the same id.
    """
    from intervisie_tui.library import load_file
    from intervisie_tui.library.agenda_refs import agenda_reference_problems
    from intervisie_tui.library.printable import printable

    result = load_file(path)
    problems = sorted([*result.problems, *agenda_reference_problems(result, library)])
    for problem in problems:
        print(problem.describe(lang), file=sys.stderr)
    if result.agenda is None or any(problem.is_error for problem in problems):
        if not problems:  # it read well, as a method or ground rules: not an agenda
            line = say(Msg("agenda.not_an_agenda", path=str(path)), lang)
            print(printable(line), file=sys.stderr)
        return EXIT_PROBLEMS
    from intervisie_tui.session import Session, SystemClock
    from intervisie_tui.session.agenda_file import agenda_from_file, next_time_of_day
    from intervisie_tui.session.plan import agenda_plan
    from intervisie_tui.session.setup import setup_problem

    clock = SystemClock()
    now = clock.wall()
    try:
        end = None if until is None else next_time_of_day(until, now)
    except MsgError as error:
        print(f"--until: {say(error.message, lang)}", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        agenda = agenda_from_file(result.agenda, library, now, until=end, language=lang)
    except ValidationError as error:
        print(f"{path}: {say(setup_problem(error), lang)}", file=sys.stderr)
        return EXIT_PROBLEMS
    except MsgError as error:
        print(f"{path}: {say(error.message, lang)}", file=sys.stderr)
        return EXIT_PROBLEMS
    ref = None
    if group is not None:
        from intervisie_tui.group.files import group_ref, read_group

        own = read_group(group).ground_rules
        if own is not None and own.id == result.agenda.ground_rules:
            agenda = agenda.changed(ground_rules=own)
        ref = group_ref(group)
    plan = agenda_plan(agenda, now)
    if plan is not None and plan.changes and not _accepted(plan, agenda.until or now, lang):
        print(say(Msg("setup.plan.not_started"), lang), file=sys.stderr)
        return EXIT_PROBLEMS
    session = Session.create_agenda(agenda, clock=clock, group=ref)
    if plan is not None:
        session.accept_plan(plan)
    session.start()  # a disk that refuses is shown on the run screen until it works
    return session


def _accepted(plan: Plan, until: datetime, lang: str) -> bool:
    """Show the shortened plan (the guide: "you always see the plan first") and ask the chair
    to accept it; a plan that does not fit even at one minute per step is refused outright."""
    from intervisie_tui.library.printable import printable

    local = until.astimezone().strftime("%H:%M")
    print(say(Msg("setup.plan.shortened", until=local), lang))
    english = lang == "en"
    for entry in plan.entries:
        if entry.method_minutes is None:
            continue
        title = entry.title_en if english and entry.title_en else entry.title
        given = (
            say(Msg("setup.plan.line_dropped"), lang)
            if entry.dropped
            else (f"{said_text(entry.minutes or 0, lang)} min")
        )
        was = said_text(entry.method_minutes, lang)
        print(printable(f"  {entry.index + 1:>2}. {title}: {was} -> {given}"))
    for part in plan.summary():
        print(say(part, lang))
    if not plan.fits:
        return False
    try:
        answer = input(say(Msg("setup.plan.accept"), lang))
    except EOFError:
        print()
        return False
    return answer.strip().lower() in {"j", "ja", "y", "yes"}


def said_text(minutes: float, lang: str) -> str:
    """Minutes as the chair reads them ("10", "4,5"), in her language."""
    from intervisie_tui.session.plan import said_minutes

    said = said_minutes(minutes)
    return str(said) if isinstance(said, int) else say(said, lang)
