"""Running the room view's server until the chair stops it (Ctrl+C) or the process is ended.

The address is bound before anything is printed, so the link on the terminal always works; a
port that is taken comes back as the OSError for the command line to explain.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

from aiohttp import web

from intervisie_tui.room.server import RoomConfig, make_app

#: Seconds the server waits for open streams when it stops (they end at once; this is a cap).
STOP_SECONDS = 2.0


async def serve(config: RoomConfig, host: str, port: int, ready: Callable[[int], None]) -> None:
    """Listen on host:port (0: any free port) and call `ready` with the port; run until a
    SIGINT or SIGTERM. OSError when the address cannot be bound."""
    runner = web.AppRunner(make_app(config), access_log=None, shutdown_timeout=STOP_SECONDS)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound = runner.addresses[0][1] if runner.addresses else port
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        ready(int(bound))
        await stop.wait()
    finally:
        await runner.cleanup()
