"""Running the room view's server: on its own until Ctrl+C (`mirror`), or beside the meeting in
the app's own asyncio loop (`run --mirror`, `resume --mirror`), started and stopped with it.

The address is bound before anything is shown, so the link the chair reads always works; a
port that is taken comes back as the OSError for the caller to explain.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

from aiohttp import web

from intervisie_tui.room.server import RoomConfig, make_app

#: Seconds the server waits for open streams when it stops (they end at once; this is a cap).
STOP_SECONDS = 2.0


class RoomServer:
    """The room view on host:port in the running asyncio loop, through aiohttp's AppRunner."""

    def __init__(self, config: RoomConfig, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self._runner = web.AppRunner(
            make_app(config), access_log=None, shutdown_timeout=STOP_SECONDS
        )
        self._started = False

    async def start(self) -> int:
        """Listen (port 0: any free one); the port bound. OSError when it cannot be bound."""
        await self._runner.setup()
        self._started = True
        try:
            await web.TCPSite(self._runner, self.host, self.port).start()
        except OSError:
            await self.stop()
            raise
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else self.port
        return self.port

    async def stop(self) -> None:
        """End every stream and stop listening (nothing happens when it never started)."""
        if self._started:
            self._started = False
            await self._runner.cleanup()


async def serve(config: RoomConfig, host: str, port: int, ready: Callable[[int], None]) -> None:
    """Listen on host:port (0: any free port) and call `ready` with the port; run until a
    SIGINT or SIGTERM. OSError when the address cannot be bound."""
    server = RoomServer(config, host, port)
    bound = await server.start()
    try:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        ready(bound)
        await stop.wait()
    finally:
        await server.stop()
