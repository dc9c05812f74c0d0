"""The room view's web server: one page and one stream of snapshots, nothing else.

aiohttp serves `/` (the page) and `/events` (Server-Sent Events), and with the chair's sound on
the three chimes the page plays (`/chime/NAME.wav`; room/cues.py says when). One task looks at
the journal every POLL_SECONDS and, when it changed, builds the snapshot once and hands the same
bytes to every viewer; a viewer that is slow only skips snapshots, it never holds up the others.
Every KEEP_SECONDS a fresh snapshot goes out anyway, which corrects any drift of a browser's
clock and shows a dead connection.

Safety: with a token (`--lan`) every request must carry `?t=TOKEN` or gets 403, whatever the
path; without one the server listens on 127.0.0.1 only and answers only requests addressed to
this machine by name (a web page elsewhere cannot rebind a host name to it and read the view).
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from aiohttp import web

from intervisie_tui.messages import Lang, say
from intervisie_tui.room.cues import CueWatch
from intervisie_tui.room.follow import Followed
from intervisie_tui.room.page import room_page
from intervisie_tui.room.snapshot import Snapshot, room_snapshot, waiting_snapshot
from intervisie_tui.session.journal import JournalError
from intervisie_tui.sound.chimes import Chime, wav_bytes

#: How often the journal is looked at: a chair's key reaches the viewers within about this.
POLL_SECONDS = 0.05
#: How often a snapshot goes out when nothing changed.
KEEP_SECONDS = 10.0
#: How often the sessions folder is listed for a newer meeting (in polls).
RESCAN_POLLS = 20
#: Host names that mean this machine, for the loopback-only server's Host check.
LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})


class Source(Protocol):
    """What the server follows: a journal or the newest one in a folder (room/follow.py)."""

    @property
    def current(self) -> Followed | None:
        """The meeting as of the last look."""
        ...

    @property
    def problem(self) -> JournalError | None:
        """Why the journal could not be read at the last look."""
        ...

    def look(self, *, rescan: bool = True) -> bool:
        """Look again; True when the view changed."""
        ...


class Hub:
    """The latest snapshot as an SSE frame, and a way to wait for the next one."""

    def __init__(self) -> None:
        self.version = 0
        self.frame = b""
        self._changed = asyncio.Event()
        self.closed = False

    def publish(self, snapshot: Snapshot) -> None:
        """Encode once for everyone, then wake every viewer waiting for news."""
        self.version += 1
        self.frame = self.encode(snapshot)
        self._wake()

    def encode(self, snapshot: Snapshot) -> bytes:
        """`snapshot` as an SSE frame numbered like the latest one."""
        data = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"))
        return f"id: {self.version}\ndata: {data}\n\n".encode()

    def close(self) -> None:
        """The server stops: every stream ends."""
        self.closed = True
        self._wake()

    def _wake(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def newer(self, seen: int, timeout: float) -> bool:
        """Wait until a snapshot newer than `seen` exists (False after `timeout` or on close)."""
        if self.version != seen or self.closed:
            return not self.closed
        try:
            await asyncio.wait_for(self._changed.wait(), timeout)
        except TimeoutError:
            return False
        return not self.closed


@dataclass
class RoomConfig:
    """How the server was asked to run (by `intervisie-tui mirror`)."""

    source: Source
    lang: Lang
    now: Callable[[], datetime]
    token: str | None = None
    notes: bool = False
    #: Whether the page plays the chimes (the chair's `mirror --sound` or `room_sound: chime`).
    sound: bool = False
    poll_seconds: float = POLL_SECONDS
    keep_seconds: float = KEEP_SECONDS
    #: Called with each new problem reading the journal (for the terminal).
    on_problem: Callable[[str], None] = field(default=lambda _text: None)


HUB = web.AppKey("hub", Hub)
CONFIG = web.AppKey("config", RoomConfig)
CUES = web.AppKey("cues", CueWatch)


def _snapshot(config: RoomConfig, cues: CueWatch) -> Snapshot:
    followed = config.source.current
    if followed is None:
        shown = waiting_snapshot(config.lang)
    else:
        shown = room_snapshot(followed, config.now(), config.lang, notes=config.notes)
    if config.sound:
        shown["sound"] = cues.shown()
    return shown


async def _follow(app: web.Application) -> None:
    """Look at the journal until the server stops; publish when the view changed."""
    config, hub, cues = app[CONFIG], app[HUB], app[CUES]
    loop = asyncio.get_running_loop()
    polls = 0
    last_sent = loop.time()
    last_problem: str | None = None
    config.source.look()
    cues.look(config.source.current, config.now())  # what is behind already stays silent
    hub.publish(_snapshot(config, cues))
    while True:
        await asyncio.sleep(config.poll_seconds)
        polls += 1
        changed = config.source.look(rescan=polls % RESCAN_POLLS == 0)
        problem = config.source.problem
        text = None if problem is None else problem.text(config.lang)
        if text is not None and text != last_problem:
            config.on_problem(text)
        last_problem = text
        cued = config.sound and cues.look(config.source.current, config.now())
        if changed or cued or loop.time() - last_sent >= config.keep_seconds:
            hub.publish(_snapshot(config, cues))
            last_sent = loop.time()


async def _start_following(app: web.Application) -> None:
    app[HUB] = Hub()
    app[CUES] = CueWatch()
    task = asyncio.create_task(_follow(app), name="follow the journal")

    async def stop(_app: web.Application) -> None:
        # On shutdown, before aiohttp waits for open requests: the streams end first.
        task.cancel()
        app[HUB].close()

    app.on_shutdown.append(stop)


def _local(host: str) -> bool:
    """Whether a Host header names this machine ("127.0.0.1:8770", "[::1]:8770", ...)."""
    name = host if host.endswith("]") else host.rsplit(":", 1)[0]
    return name in LOCAL_NAMES


def _refuse(status: int, key: str, lang: Lang) -> web.Response:
    return web.Response(status=status, text=say(key, lang) + "\n", headers=_PRIVATE)


#: Nothing of a meeting is kept by a browser or proxy, or sent on as a referrer.
_PRIVATE = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """403 for a request without the token (--lan) or not addressed to this machine."""
    config = request.app[CONFIG]
    if config.token is not None:
        given = request.query.get("t", "")
        if not hmac.compare_digest(given.encode(), config.token.encode()):
            return _refuse(403, "room.forbidden", config.lang)
    elif not _local(request.host):
        return _refuse(403, "room.forbidden", config.lang)
    try:
        return await handler(request)
    except web.HTTPNotFound:
        return _refuse(404, "room.not_found", config.lang)
    except web.HTTPMethodNotAllowed:
        return _refuse(405, "room.not_found", config.lang)


async def _page(request: web.Request) -> web.Response:
    page = room_page(request.app[CONFIG].lang)
    headers = {**_PRIVATE, "Content-Security-Policy": page.policy}
    return web.Response(body=page.body, content_type="text/html", charset="utf-8", headers=headers)


async def _events(request: web.Request) -> web.StreamResponse:
    """The stream of snapshots: the latest at once, then each new one (or a keep-alive)."""
    hub, config = request.app[HUB], request.app[CONFIG]
    response = web.StreamResponse(
        headers={**_PRIVATE, "Content-Type": "text/event-stream", "X-Accel-Buffering": "no"}
    )
    await response.prepare(request)
    try:
        await response.write(b"retry: 1000\n\n")  # reconnect after a second, not three
        # A viewer who joins gets the meeting as it is now: the latest published frame may be
        # up to `keep_seconds` old, and the page would count on from a clock that far behind.
        seen = hub.version
        await response.write(hub.encode(_snapshot(config, request.app[CUES])))
        while not hub.closed:
            if await hub.newer(seen, config.keep_seconds * 2):
                seen = hub.version
                await response.write(hub.frame)
            elif not hub.closed:
                await response.write(b": still here\n\n")
    except ConnectionError:
        pass  # the viewer left
    return response


async def _chime(request: web.Request) -> web.Response:
    """One of the chimes the chair's app plays, for the page to play in the room."""
    try:
        chime = Chime(request.match_info["name"])
    except ValueError:
        raise web.HTTPNotFound() from None
    return web.Response(body=wav_bytes(chime), content_type="audio/wav", headers=_PRIVATE)


def make_app(config: RoomConfig) -> web.Application:
    """The aiohttp application: the guard, the page and the stream, and the chimes only when
    the chair turned the room's sound on; nothing else."""
    app = web.Application(middlewares=[_guard])
    app[CONFIG] = config
    app.on_startup.append(_start_following)
    app.router.add_get("/", _page)
    app.router.add_get("/events", _events)
    if config.sound:
        app.router.add_get("/chime/{name}.wav", _chime)
    return app
