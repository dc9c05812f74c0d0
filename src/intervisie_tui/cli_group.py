"""`intervisie-tui group ...`: a group's trajectory from the command line.

    group new NAME --members "A,B,C"   make the group's folder (group.yaml, meetings/)
    group show NAME                    the overview: members over the meetings, what stands out
    group export NAME [--output FILE]  the same as a Markdown file, for the final evaluation
    group record NAME [SESSION]        keep a finished meeting in the group (default: the latest)

A group is named (kept in the user's data folder) or given as a path (a shared drive, a git
repository). Problems in the group's files are printed as path:line:col first; the overview
still shows whatever could be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from intervisie_tui.messages import Lang, Msg, say

if TYPE_CHECKING:
    from intervisie_tui.library import Library
    from intervisie_tui.model.group import Group, MeetingRecord
    from intervisie_tui.run_options import RunOptions

__all__ = ["add_group_command", "rehearsing_member", "with_group"]

EXIT_OK, EXIT_PROBLEMS = 0, 1

Handler = Callable[[argparse.Namespace], int]
#: How the main command line adds a command: name, handler, help text, other names.
Command = Callable[[str, Handler, str, Sequence[str]], argparse.ArgumentParser]
#: How the main command line says which language was chosen (--lang or the setting).
Language = Callable[[argparse.Namespace], str]
#: How the main command line loads the method library (bundled, user's, --methods).
Methods = Callable[[argparse.Namespace], "Library"]


def add_group_command(
    command: Command,
    shared: argparse.ArgumentParser,
    language: Language,
    methods: Methods,
    names: Callable[[str], list[str]],
    said: Lang,
) -> None:
    """Register `group` (also `groep`, the word a Dutch chair types) and its sub-commands.

    The main command line hands in how it resolves the language, loads the library and reads a
    list of names, so a group command speaks, finds methods and refuses exactly as `run` does.
    The help is in the language the parser is built in; the Dutch help names `groep` first.
    """

    def h(key: str) -> str:
        return say(f"args.group.{key}", said)

    name, alias = ("groep", "group") if said is Lang.nl else ("group", "groep")
    group = command(name, _cmd_group_help, h("command"), (alias,))
    group.set_defaults(language=language, methods_of=methods, group_parser=group)
    subs = group.add_subparsers(title=h("commands"), metavar=h("what"))

    def sub(name: str) -> argparse.ArgumentParser:
        return subs.add_parser(name, help=h(name), description=h(name), parents=[shared])

    new = sub("new")
    new.add_argument("name", help=h("name_new"))
    new.add_argument("--members", type=names, required=True, metavar='"A,B,C"', help=h("members"))
    new.set_defaults(handler=_cmd_new)

    show = sub("show")
    show.add_argument("name", help=h("name"))
    show.set_defaults(handler=_cmd_show)

    export = sub("export")
    export.add_argument("name", help=h("name"))
    export.add_argument("--output", type=Path, metavar="FILE", help=h("output"))
    export.set_defaults(handler=_cmd_export)

    record = sub("record")
    record.add_argument("name", help=h("name"))
    record.add_argument("session", nargs="?", help=h("session"))
    record.add_argument("--learning-question", metavar="ID", help=h("learning_question"))
    record.add_argument("--next-chair", metavar="NAME", help=h("next_chair"))
    record.set_defaults(handler=_cmd_record)


def _lang(args: argparse.Namespace) -> Lang:
    language: Language = args.language
    return Lang(language(args))


def _cmd_group_help(args: argparse.Namespace) -> int:
    """`group` alone: the sub-commands, as argparse shows a usage error (exit 2)."""
    parser: argparse.ArgumentParser = args.group_parser
    parser.print_usage(sys.stderr)
    _error(say("cli.group.what", _lang(args)))
    return 2


def _error(text: str, err: TextIO | None = None) -> None:
    print(f"intervisie-tui group: {text}", file=err if err is not None else sys.stderr)


def _cmd_new(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from intervisie_tui.group.files import create_group, group_folder
    from intervisie_tui.model.group import Group, Member
    from intervisie_tui.session.setup import setup_problem

    lang = _lang(args)
    name = Path(args.name).name if "/" in args.name else args.name
    try:
        group = Group(name=name, members=tuple(Member(name=who) for who in args.members))
    except ValidationError as error:
        _error(say(setup_problem(error), lang))
        return EXIT_PROBLEMS
    folder = group_folder(args.name)
    try:
        path = create_group(folder, group, lang)
    except FileExistsError:
        _error(say(Msg("cli.group.exists", path=str(folder)), lang))
        return EXIT_PROBLEMS
    except OSError as error:
        _error(say(Msg("cli.group.cannot_write", path=str(folder), reason=str(error)), lang))
        return EXIT_PROBLEMS
    print(say(Msg("cli.group.created", path=str(path)), lang))
    return EXIT_OK


def _overview_text(args: argparse.Namespace) -> tuple[str | None, int]:
    """The overview's Markdown (None when group.yaml cannot be read) and the exit code."""
    from intervisie_tui.group.export import overview_markdown
    from intervisie_tui.group.files import group_folder, read_group
    from intervisie_tui.group.overview import overview
    from intervisie_tui.messages import pick

    lang = _lang(args)
    folder = group_folder(args.name)
    if not folder.is_dir():
        _error(say(Msg("cli.group.not_found", path=str(folder)), lang))
        return None, EXIT_PROBLEMS
    stored = read_group(folder)
    for problem in stored.problems:
        print(problem.describe(lang), file=sys.stderr)
    library: Library = args.methods_of(args)
    methods = [
        (loaded.method.id, pick(loaded.method.title, loaded.method.title_en, lang))
        for loaded in library.case_methods.values()
    ]
    view = overview(stored, methods)
    if view is None or stored.group is None:
        return None, EXIT_PROBLEMS
    code = EXIT_PROBLEMS if any(p.is_error for p in stored.problems) else EXIT_OK
    return overview_markdown(view, stored.group, lang), code


def _cmd_show(args: argparse.Namespace) -> int:
    text, code = _overview_text(args)
    if text is not None:
        sys.stdout.write(text)
    return code


def _cmd_export(args: argparse.Namespace) -> int:
    from intervisie_tui.group.files import group_folder
    from intervisie_tui.session.folders import write_private

    text, code = _overview_text(args)
    if text is None:
        return code
    target: Path = args.output or group_folder(args.name) / "overview.md"
    try:
        write_private(target, text.encode("utf-8"))
    except OSError as error:
        _error(say(Msg("cli.group.cannot_write", path=str(target), reason=str(error)), _lang(args)))
        return EXIT_PROBLEMS
    print(say(Msg("cli.group.exported", path=str(target)), _lang(args)))
    return code


def _cmd_record(args: argparse.Namespace) -> int:
    from intervisie_tui.cli_meetings import SessionNotFound, find_session
    from intervisie_tui.group.files import group_folder, read_group, record_meeting
    from intervisie_tui.group.record import record_of
    from intervisie_tui.session.journal import JournalError, read_journal, replay_journal
    from intervisie_tui.session.report import render_report

    lang = _lang(args)
    folder = group_folder(args.name)
    stored = read_group(folder)
    if stored.group is None:
        for problem in stored.problems:
            print(problem.describe(lang), file=sys.stderr)
        _error(say(Msg("cli.group.not_found", path=str(folder)), lang))
        return EXIT_PROBLEMS
    try:
        path = find_session(args.session)
        state = replay_journal(read_journal(path))
    except SessionNotFound as missing:
        _error(say(missing.problem, lang))
        return EXIT_PROBLEMS
    except JournalError as error:
        _error(error.text(lang))
        return EXIT_PROBLEMS
    if not state.finished:
        _error(say(Msg("cli.group.unfinished", session=path.stem), lang))
        return EXIT_PROBLEMS
    record = record_of(state)
    if args.learning_question:
        linked = _with_question(record, stored.group, args.learning_question, lang)
        if linked is None:
            return EXIT_PROBLEMS
        record = linked
    if args.next_chair:
        if stored.group.member(args.next_chair) is None:
            members = ", ".join(member.name for member in stored.group.members)
            _error(say(Msg("group.unknown_member", name=args.next_chair, known=members), lang))
            return EXIT_PROBLEMS
        record = record.model_copy(update={"next_chair": args.next_chair})
    try:
        target = record_meeting(folder, stored.group, record, render_report(state, lang), lang)
    except OSError as error:
        _error(say(Msg("cli.group.cannot_write", path=str(folder), reason=str(error)), lang))
        return EXIT_PROBLEMS
    print(say(Msg("cli.group.recorded", path=str(target), count=len(record.people)), lang))
    return EXIT_OK


def _with_question(
    record: MeetingRecord, group: Group, question_id: str, lang: Lang
) -> MeetingRecord | None:
    """The record with the learning question linked to the case of its owner, or None."""
    for index, case in enumerate(record.cases):
        member = group.member(case.inbrenger) if case.inbrenger else None
        if member and any(q.id == question_id for q in member.learning_questions):
            cases = list(record.cases)
            cases[index] = case.model_copy(update={"learning_question": question_id})
            return record.model_copy(update={"cases": tuple(cases)})
    _error(say(Msg("cli.group.no_such_question", id=question_id), lang))
    return None


#: What a meeting (False) or a rehearsal (True) does when its group cannot be read.
_WITHOUT = {False: "cli.group.run_without", True: "cli.group.rehearse_without"}


def with_group(options: RunOptions) -> RunOptions:
    """`run ... --group NAME`: the group's members fill an empty circle.

    A group whose file cannot be read never blocks the meeting: the problems are said on stderr
    (file:line:col), the meeting runs without the group, and `group record` keeps it later.
    """
    from dataclasses import replace

    from intervisie_tui.group.files import group_folder, read_group

    if options.group is None:
        return options
    lang = Lang(options.lang)
    folder = group_folder(options.group)
    stored = read_group(folder)
    if stored.group is None:
        lines = (
            *(problem.describe(lang) for problem in stored.problems),
            say(Msg(_WITHOUT[options.rehearse], path=str(folder)), lang),
        )
        for line in lines[:-1]:
            print(line, file=sys.stderr)
        _error(lines[-1])
        return replace(options, group=None, notices=(*options.notices, *lines))
    if options.participants:
        return replace(options, group=str(folder))
    names = tuple(member.name for member in stored.group.members if member.name != options.chair)
    return replace(options, group=str(folder), participants=names)


def rehearsing_member(options: RunOptions) -> RunOptions | None:
    """`run ID --rehearse --group NAME`: who rehearses, so the debrief can offer to share.

    `--chair` names them; without it, the member the group's last meeting chose to chair next.
    None (after saying why) when neither names a member of the group: a rehearsal shared under
    a wrong name would put figures in the record of someone who never made them.
    """
    from dataclasses import replace

    from intervisie_tui.group.files import read_group

    if options.group is None or not options.rehearse:
        return options
    lang = Lang(options.lang)
    stored = read_group(Path(options.group))
    if stored.group is None:
        return replace(options, group=None)  # with_group has said why; rehearse unshared
    who = options.chair
    if who is None and stored.meetings:
        who = stored.meetings[-1].record.next_chair
    members = ", ".join(member.name for member in stored.group.members)
    if who is None:
        _error(say(Msg("cli.group.who_rehearses", known=members), lang))
        return None
    if stored.group.member(who) is None:
        _error(say(Msg("group.unknown_member", name=who, known=members), lang))
        return None
    return replace(options, chair=who)
