"""`intervisie-tui mirror`: the command line's side of the room view.

Command-line glue beside cli.py: which journal to follow, where to listen, and what the chair
reads on the terminal (the link, under --lan its QR code); the serving is room/'s.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from typing import TextIO

from intervisie_tui.cli_meetings import SessionNotFound, find_session
from intervisie_tui.cli_room_args import DEFAULT_PORT
from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.room.access import access_token, lan_address, qr_text, view_url
from intervisie_tui.room.follow import JournalFollower, NewestFollower
from intervisie_tui.room.serve import serve
from intervisie_tui.room.server import RoomConfig
from intervisie_tui.session.folders import sessions_dir

#: Exit codes, as in cli.py.
EXIT_OK, EXIT_PROBLEMS = 0, 1


def _say(err: TextIO, text: str) -> None:
    print(f"intervisie-tui mirror: {text}", file=err, flush=True)


def mirror(
    chosen: str | None,
    *,
    lan: bool = False,
    port: int = DEFAULT_PORT,
    notes: bool = False,
    new_token: bool = False,
    sound: bool | None = None,
    lang: str = "nl",
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Serve the room view of a meeting (default: the newest one) until Ctrl+C; the exit code.

    `sound` None: as settings.yaml's `room_sound` says (off unless the chair set it).
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    language = Lang(lang)
    if sound is None:
        sound = _room_sound(language, err)
    source: JournalFollower | NewestFollower
    if chosen is not None:
        try:
            path = find_session(chosen)
        except SessionNotFound as missing:
            _say(err, say(missing.problem, language))
            return EXIT_PROBLEMS
        source, follows = JournalFollower(path), str(path)
    else:
        folder = sessions_dir()
        source = NewestFollower(folder)
        follows = say(Msg("room.cli.newest", folder=str(folder)), language)
    token = None
    if lan:
        kept = access_token(fresh=new_token)
        if kept.unsaved is not None:
            reason = kept.unsaved.strerror or str(kept.unsaved)
            _say(err, say(Msg("room.cli.no_token_file", path=str(kept.path), reason=reason), lang))
        token = kept.value
    host = "0.0.0.0" if lan else "127.0.0.1"
    config = RoomConfig(
        source=source,
        lang=language,
        now=lambda: datetime.now(UTC),
        token=token,
        notes=notes,
        sound=sound,
        on_problem=lambda text: _say(err, text),
    )

    def ready(bound: int) -> None:
        url = view_url(lan_address() if lan else "127.0.0.1", bound, token)
        # The QR code first: on a 24-line terminal the link must stay in view below it.
        lines = [_qr(url, out, language)] if lan else []
        lines.append(say(Msg("room.cli.serving", url=url), language))
        lines.append(say(Msg("room.cli.follows", what=follows), language))
        lines.append(say("room.cli.lan" if lan else "room.cli.local", language))
        if notes:
            lines.append(say("room.cli.notes", language))
        if sound:
            lines.append(say("room.cli.sound", language))
        lines.append(say("room.cli.stop", language))
        print("\n".join(lines), file=out, flush=True)

    try:
        asyncio.run(serve(config, host, port, ready))
    except OSError as error:
        reason = error.strerror or str(error)
        problem = Msg("room.cli.cannot_listen", host=host, port=port, reason=reason)
        _say(err, say(problem, language))
        return EXIT_PROBLEMS
    print(say("room.cli.stopped", language), file=out, flush=True)
    return EXIT_OK


def _room_sound(lang: Lang, err: TextIO) -> bool:
    """settings.yaml's `room_sound`; its mistakes said as the app says them (it starts anyway)."""
    from intervisie_tui.library import user_config_dir
    from intervisie_tui.settings import RoomSound, load_settings

    settings = load_settings(user_config_dir())
    for problem in settings.problems:
        _say(err, problem.describe(lang))
    return settings.room_sound is RoomSound.chime


def _qr(url: str, out: TextIO, lang: Lang) -> str:
    """The QR code when the terminal's encoding can draw its blocks, else a note saying so."""
    drawing = qr_text(url)
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        drawing.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return say("room.cli.no_qr", lang)
    return drawing.rstrip("\n")
