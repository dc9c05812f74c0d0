"""The room view's options on the command line: `mirror`'s own, and `--mirror` on run/resume.

Parser glue beside cli.py, kept apart from cli_room.py so that building the parser never
imports the web server.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.run_options import RoomAsk

#: The port the room view listens on unless told otherwise.
DEFAULT_PORT = 8770
#: The options that only mean something with a room view.
ROOM_FLAGS = (
    ("lan", "--lan"),
    ("port", "--port"),
    ("notes", "--notes"),
    ("new_token", "--new-token"),
    ("sound", "--sound"),
)


def port_type(lang: Lang) -> Callable[[str], int]:
    """The check of --port, refusing in `lang`: a Dutch chair who mistypes the port reads
    what is wrong in Dutch, as with every other usage error."""

    def port(text: str) -> int:
        # 0 asks for any free port, which the room view then shows.
        try:
            value = int(text)
        except ValueError:
            value = -1
        if not 0 <= value <= 65535:
            raise argparse.ArgumentTypeError(say(Msg("args.not_a_port", text=text), lang))
        return value

    return port


def add_room_arguments(
    parser: argparse.ArgumentParser, h: Callable[[str], str], lang: Lang, *, beside: bool
) -> None:
    """The room view's options, in `lang`; `beside`: on run/resume, behind `--mirror`."""
    if beside:
        parser.add_argument("--mirror", action="store_true", help=h("mirror_beside"))
    parser.add_argument("--lan", action="store_true", default=None, help=h("lan"))
    parser.add_argument("--port", type=port_type(lang), help=h("port"))
    parser.add_argument("--notes", action="store_true", default=None, help=h("notes"))
    parser.add_argument("--new-token", action="store_true", default=None, help=h("new_token"))
    parser.add_argument("--sound", action=argparse.BooleanOptionalAction, help=h("room_sound"))


def room_usage_error(args: argparse.Namespace, *, beside: bool) -> Msg | None:
    """What is wrong with the room options as given, if anything (a usage error)."""
    if beside and not args.mirror:
        given = [flag for name, flag in ROOM_FLAGS if getattr(args, name) is not None]
        return Msg("args.mirror_only", flag=given[0]) if given else None
    if args.new_token and not args.lan:
        # Without --lan there is no access code: only this computer can watch.
        return Msg("args.lan_only")
    if beside and getattr(args, "rehearse", False):
        return Msg("args.mirror_rehearse")
    return None


def room_ask(args: argparse.Namespace) -> RoomAsk:
    """The room view as the options ask for it."""
    return RoomAsk(
        lan=bool(args.lan),
        port=DEFAULT_PORT if args.port is None else args.port,
        notes=bool(args.notes),
        sound=args.sound,
        new_token=bool(args.new_token),
    )
