"""The console script `intervisie-tui` (see DESIGN.md, CLI contract).

list/show/check/schema must start fast and work over SSH or in CI, so every layer is imported
inside the handler that needs it: --help and --version import nothing heavy, list/show/check
import the library (pydantic, PyYAML), and only the app commands import textual (through tui/)
or the session layer.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_tui import __version__
from intervisie_tui.cli_args import LANG_ENV, language_asked, parser_in, value_types
from intervisie_tui.cli_room_args import add_room_arguments, room_ask, room_usage_error
from intervisie_tui.messages import Lang, Msg, Value, pick, say
from intervisie_tui.run_options import RoomAsk, RunOptions

if TYPE_CHECKING:
    from intervisie_tui.library import Library
    from intervisie_tui.model.method import Method

#: The languages of the screens, the report and these messages (intervisie_tui.messages).
LANGUAGES = tuple(lang.value for lang in Lang)
#: Exit codes: 0 fine, 1 problems found or method unknown (argparse exits 2 on a usage error).
EXIT_OK, EXIT_PROBLEMS = 0, 1

Handler = Callable[[argparse.Namespace], int]


def _minutes(value: float) -> int | float:
    """5.0 -> 5 and 3.5 -> 3.5, so JSON and text show minutes the way the method file does."""
    return int(value) if float(value).is_integer() else value


def _library(args: argparse.Namespace) -> Library:
    from intervisie_tui.library import load_library

    return load_library([Path(folder) for folder in args.methods])


def _tell(args: argparse.Namespace, message: Msg) -> None:
    """One line on stderr, in the language chosen with --lang or the setting."""
    print(say(message, _language(args)), file=sys.stderr)


def _warn_failed(args: argparse.Namespace, library: Library) -> None:
    failed = library.failed
    if failed:
        from intervisie_tui.library.printable import printable

        names = printable(", ".join(str(result.path) for result in failed))
        _tell(args, Msg("cli.failed_files", count=len(failed), names=names))


def _find_method(
    args: argparse.Namespace, library: Library, method_id: str, *, parts: bool = False
) -> Method | None:
    """The method with this id (`parts`: also opening, break, ...), or None after saying so."""
    usable = library.methods if parts else library.case_methods
    loaded = usable.get(method_id)
    method = None if loaded is None else loaded.method
    if method is None:
        known = sorted(usable)
        close = difflib.get_close_matches(method_id, known, n=1)
        hint: Value = Msg("cli.did_you_mean", id=close[0]) if close else ""
        listing: Value = ", ".join(known) if known else Msg("cli.no_methods")
        from intervisie_tui.library.printable import printable

        line = say(
            Msg("cli.unknown_method", id=method_id, hint=hint, known=listing), _language(args)
        )
        print(printable(line), file=sys.stderr)
    return method


def _cmd_list(args: argparse.Namespace) -> int:
    library = _library(args)
    methods = [loaded.method for loaded in library.case_methods.values()]
    if args.json:
        entries = [
            {
                "id": method.id,
                "title": method.title,
                "total_minutes": _minutes(method.computed_minutes),
                "steps": [
                    {
                        "title": step.title,
                        "minutes": None if step.minutes is None else _minutes(step.minutes),
                    }
                    for step in method.steps
                ],
            }
            for method in methods
        ]
        import json  # only here: the app's start does without it (bench/startup.py)

        print(json.dumps(entries, indent=2, ensure_ascii=False))
    else:
        lang = Lang(_language(args))
        width = max((len(method.id) for method in methods), default=0)
        times = [_list_time(method, lang) for method in methods]
        time_width = max((len(text) for text in times), default=0)
        for method, total in zip(methods, times, strict=True):
            steps = say("cli.steps", lang, count=f"{len(method.steps):>2}")
            title = pick(method.title, method.title_en, lang)
            print(f"{method.id:<{width}}  {total:<{time_width}}  {steps}  {title}")
    _warn_failed(args, library)
    return EXIT_OK


def _list_time(method: Method, lang: Lang) -> str:
    """'60 min', or '15 min per casus' where a block repeats: a KOT hour holds four cases."""
    from intervisie_tui.cli_protocol import minutes_text

    if method.repeat is None:
        return minutes_text(method.computed_minutes, lang)
    block = sum(step.minutes or 0 for step in method.repeated_steps)
    unit = say(f"ui.unit.{method.repeat.per.value}", lang)
    repeated = say("cli.per_unit", lang, minutes=minutes_text(block, lang), unit=unit)
    before = method.computed_minutes - block
    if not before:
        return repeated
    return say("cli.plus", lang, before=minutes_text(before, lang), repeated=repeated)


def _cmd_show(args: argparse.Namespace) -> int:
    library = _library(args)
    method = _find_method(args, library, args.id, parts=True)
    if method is None:
        return EXIT_PROBLEMS
    if args.json:
        print(method.model_dump_json(indent=2))
        return EXIT_OK
    from intervisie_tui.cli_protocol import print_protocol

    print_protocol(method, lang=Lang(_language(args)))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from intervisie_tui.cli_check import check, watch

    paths = [Path(path) for path in args.paths]
    methods = [Path(folder) for folder in args.methods]
    if args.watch:
        return watch(paths, methods, _language(args))
    return check(paths, methods, _language(args))


def _cmd_schema(args: argparse.Namespace) -> int:
    from intervisie_tui.library.schema import schema_text

    sys.stdout.write(schema_text(args.kind))
    return EXIT_OK


def _exit_code(result: object) -> int:
    return result if isinstance(result, int) else EXIT_OK


def _launch(args: argparse.Namespace, method_id: str | None, options: RunOptions) -> int:
    library = _library(args)
    if method_id is not None and _find_method(args, library, method_id) is None:
        return EXIT_PROBLEMS
    from intervisie_tui.tui.launch import launch_app  # textual only when the app opens

    return _exit_code(launch_app(library, method_id=method_id, options=options))


def _language(args: argparse.Namespace) -> str:
    """--lang, else $INTERVISIE_TUI_LANG when it names a known language, else Dutch."""
    chosen = getattr(args, "lang", None)
    if chosen is not None:
        return str(chosen)
    setting = os.environ.get(LANG_ENV, "").strip().lower()
    if setting in LANGUAGES:
        return setting
    if setting:
        known = ", ".join(LANGUAGES)
        print(
            say("cli.unknown_lang", setting=f"{LANG_ENV}={setting!r}", known=known), file=sys.stderr
        )
    return "nl"


def _cmd_open(args: argparse.Namespace) -> int:
    return _launch(args, None, RunOptions(lang=_language(args)))


def _cmd_run(args: argparse.Namespace) -> int:
    if args.agenda is not None:
        return _run_agenda(args)
    options = RunOptions(
        inbrenger=args.inbrenger,
        participants=tuple(args.participants),
        chair=args.chair,
        until=args.until,
        rehearse=args.rehearse,
        speed=args.speed,
        seed=args.seed,
        lang=_language(args),
        group=args.group,
        mirror=_mirror(args),
    )
    if args.group is not None:
        from intervisie_tui.cli_group import with_group

        options = with_group(options)
    if options.rehearse and options.group is not None:
        from intervisie_tui.cli_group import rehearsing_member

        rehearsing = rehearsing_member(options)
        if rehearsing is None:
            return EXIT_PROBLEMS
        options = rehearsing
    return _launch(args, args.id, options)


def _run_agenda(args: argparse.Namespace) -> int:
    from intervisie_tui.cli_agenda import start_agenda

    library = _library(args)
    lang = _language(args)
    group = None
    if args.group is not None:  # the people are the file's; the group keeps the meeting
        from intervisie_tui.cli_group import with_group

        group = with_group(RunOptions(lang=lang, group=args.group)).group
    folder = None if group is None else Path(group)
    started = start_agenda(library, Path(args.agenda), until=args.until, lang=lang, group=folder)
    if isinstance(started, int):
        return started
    from intervisie_tui.tui.launch import launch_app  # textual only when the app opens

    options = RunOptions(lang=lang, group=group, mirror=_mirror(args))
    return _exit_code(launch_app(library, session=started, options=options))


def _cmd_resume(args: argparse.Namespace) -> int:
    from intervisie_tui.cli_meetings import resume

    grouped = RunOptions(lang=_language(args))
    if args.group is not None:
        from intervisie_tui.cli_group import with_group

        grouped = with_group(RunOptions(lang=_language(args), group=args.group))
    return resume(
        _library(args),
        args.meeting,
        lang=_language(args),
        group=grouped.group,
        notices=grouped.notices,
        mirror=_mirror(args),
    )


def _mirror(args: argparse.Namespace) -> RoomAsk | None:
    """The room view beside the meeting, when `--mirror` asks for one."""
    return room_ask(args) if args.mirror else None


def _cmd_mirror(args: argparse.Namespace) -> int:
    from intervisie_tui.cli_room import mirror

    ask = room_ask(args)
    return mirror(
        args.meeting,
        lan=ask.lan,
        port=ask.port,
        notes=ask.notes,
        new_token=ask.new_token,
        sound=ask.sound,
        lang=_language(args),
    )


def _cmd_report(args: argparse.Namespace) -> int:
    from intervisie_tui.cli_meetings import print_report

    return print_report(args.session, lang=_language(args))


def build_parser(lang: Lang | str | None = None) -> argparse.ArgumentParser:
    """The argument parser in `lang` (default: the setting); exposed so tests and docs can
    inspect the CLI surface."""
    said = Lang(lang) if lang is not None else language_asked([])

    def h(key: str) -> str:
        return say(f"args.{key}", said)

    clock_time, names, speed, seed = value_types(said)
    parser_class = parser_in(said)
    shared = parser_class(add_help=False)
    shared.add_argument(
        "--methods", action="append", metavar="DIR", default=argparse.SUPPRESS, help=h("methods")
    )
    shared.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=say("args.lang", said, env=LANG_ENV),
    )
    parser = parser_class(prog="intervisie-tui", description=h("description"), parents=[shared])
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help=h("version")
    )
    parser.set_defaults(handler=_cmd_open)
    commands = parser.add_subparsers(title=h("commands"), metavar="COMMAND")

    def command(
        name: str, handler: Handler, text: str | None = None, aliases: Sequence[str] = ()
    ) -> argparse.ArgumentParser:
        text = text or h(name)
        sub = commands.add_parser(
            name, aliases=list(aliases), parents=[shared], help=text, description=text
        )
        sub.set_defaults(handler=handler)
        return sub

    run = command("run", _cmd_run)
    run.add_argument("id", nargs="?", help=h("id"))
    run.add_argument("--agenda", metavar="FILE", help=h("agenda"))
    run.add_argument("--inbrenger", metavar="NAME", help=h("inbrenger"))
    run.add_argument(
        "--participants", type=names, default=[], metavar='"A,B,C"', help=h("participants")
    )
    run.add_argument("--chair", metavar="NAME", help=h("chair"))
    run.add_argument("--until", type=clock_time, metavar="HH:MM", help=h("until"))
    run.add_argument("--rehearse", action="store_true", help=h("rehearse"))
    run.add_argument("--speed", type=speed, metavar="N", help=h("speed"))
    run.add_argument("--seed", type=seed, metavar="S", help=h("seed"))
    run.add_argument("--group", metavar="NAME", help=h("group"))
    add_room_arguments(run, h, said, beside=True)

    listing = command("list", _cmd_list)
    listing.add_argument("--json", action="store_true", help=h("list_json"))

    show = command("show", _cmd_show)
    show.add_argument("id", help=h("id"))
    show.add_argument("--json", action="store_true", help=h("show_json"))

    check = command("check", _cmd_check)
    check.add_argument("paths", nargs="*", metavar="PATH", help=h("paths"))
    check.add_argument("--watch", action="store_true", help=h("watch"))

    schema = command("schema", _cmd_schema)
    schema.add_argument(
        "kind",
        nargs="?",
        default="method",
        choices=("method", "agenda", "ground-rules"),
        help=h("kind"),
    )
    resume = command("resume", _cmd_resume)
    resume.add_argument("meeting", nargs="?", metavar="ID", help=h("resume_id"))
    resume.add_argument("--group", metavar="NAME", help=h("resume_group"))
    add_room_arguments(resume, h, said, beside=True)
    mirror = command("mirror", _cmd_mirror)
    mirror.add_argument("meeting", nargs="?", metavar="ID", help=h("mirror_id"))
    add_room_arguments(mirror, h, said, beside=False)
    report = command("report", _cmd_report)
    report.add_argument("session", nargs="?", help=h("session"))
    from intervisie_tui.cli_group import add_group_command

    add_group_command(command, shared, _language, _library, names, said)
    return parser


def _replace_unprintable() -> None:
    """Print what the output's encoding cannot show as '?' instead of stopping with a traceback.

    An ASCII stdout (PYTHONIOENCODING=ascii, or a pipe under LANG=C) cannot hold the library's
    Dutch ("één", "↻"); a file name that is not valid UTF-8 cannot be encoded at all.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    _replace_unprintable()
    parser = build_parser(language_asked(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if args.handler is _cmd_run and (args.id is None) == (args.agenda is None):
        parser.error(say("args.id_or_agenda", _language(args)))
    if args.handler is _cmd_run and args.agenda is not None:
        given = [name for name in ("inbrenger", "chair", "speed", "seed") if getattr(args, name)]
        if args.participants or args.rehearse or given:
            parser.error(say("args.agenda_people", _language(args)))
    if args.handler is _cmd_run and not args.rehearse:
        flags = (("--speed", args.speed), ("--seed", args.seed))
        given = [flag for flag, value in flags if value is not None]
        if given:
            # A real meeting runs on the room's clock: a faster clock would also write faster
            # times into the journal, and a resumed meeting would jump ahead.
            lang = _language(args)
            parser.error(say("args.rehearse_only", lang, flags=say("args.and", lang).join(given)))
    if args.handler in (_cmd_mirror, _cmd_run, _cmd_resume):
        wrong = room_usage_error(args, beside=args.handler is not _cmd_mirror)
        if wrong is not None:
            parser.error(say(wrong, _language(args)))
    if not hasattr(args, "methods"):
        args.methods = []
    handler: Handler = args.handler
    if handler in (_cmd_open, _cmd_run, _cmd_resume):
        # Starting the app builds a few hundred thousand objects that live until it closes
        # (textual, pydantic, the method models); the cycle collector would walk them again
        # and again while they are built. tui/launch.py freezes them and turns it back on.
        gc.disable()
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `intervisie-tui list | head`: the reader left; stop quietly like other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
