"""`run --mirror`: the room view served by the meeting's own app, its link on z, gone with it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from textual.pilot import Pilot
from tui_support import PEOPLE, make_app, record_notifications, screen_text

from intervisie_tui.run_options import RoomAsk
from intervisie_tui.settings import Settings
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.launch import room_beside
from intervisie_tui.tui.screens.room_link import RoomLinkDialog


async def _served(pilot: Pilot[Any], app: IntervisieApp) -> str:
    """The link, once the server in the app's loop listens."""
    assert app.room is not None
    for _ in range(200):
        if app.room.url is not None:
            return app.room.url
        await pilot.pause(0.05)
    raise AssertionError(f"the room view did not start: {app.room.problem}")


async def _snapshot(stream: aiohttp.ClientResponse) -> dict[str, Any]:
    while True:
        line = await stream.content.readline()
        assert line, "the stream ended"
        if line.startswith(b"data: "):
            data: dict[str, Any] = json.loads(line[6:])
            return data


async def test_the_room_view_runs_beside_the_meeting_and_stops_with_it(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    app.room = room_beside(app, RoomAsk(port=0), Settings())
    shown = record_notifications(app)
    timeout = aiohttp.ClientTimeout(total=10)
    async with app.run_test(size=(100, 30)) as pilot:
        url = await _served(pilot, app)
        assert url.startswith("http://127.0.0.1:")
        async with aiohttp.ClientSession(timeout=timeout) as client:
            page = await client.get(url)
            assert page.status == 200
            stream = await client.get(url + "events")
            assert (await _snapshot(stream))["title"] == "Vraag en doel"
            await pilot.press("n")  # the chair's key reaches the room through the journal
            assert (await _snapshot(stream))["title"] == "Korte schets"
            stream.close()
        assert any(url in text and "(z)" in text for text in shown)
        await pilot.press("z")
        assert isinstance(app.screen, RoomLinkDialog)
        text = screen_text(app)
        assert "Kamerweergave" in text and url in text.replace("\n", "")
        await pilot.press("escape")
        assert not isinstance(app.screen, RoomLinkDialog)
    async with aiohttp.ClientSession(timeout=timeout) as client:
        with pytest.raises(aiohttp.ClientConnectionError):
            await client.get(url)


async def test_under_lan_the_dialog_shows_the_code_and_the_link_works_only_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVISIE_TUI_DATA_DIR", str(tmp_path / "data"))
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang="en")
    app.room = room_beside(app, RoomAsk(lan=True, port=0), Settings())
    async with app.run_test(size=(100, 40)) as pilot:
        url = await _served(pilot, app)
        token = url.split("?t=")[1]
        port = url.split(":")[2].split("/")[0]
        local = f"http://127.0.0.1:{port}/"
        async with aiohttp.ClientSession() as client:
            assert (await client.get(local)).status == 403
            assert (await client.get(local, params={"t": token})).status == 200
        await pilot.press("z")
        text = screen_text(app)
        assert "Room view" in text and "On the network" in text
        assert "▀" in text or "▄" in text, "no QR code in the dialog"


async def test_without_mirror_z_says_how_to_start_the_room_view(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang="en")
    shown = record_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("z")
        assert not isinstance(app.screen, RoomLinkDialog)
    assert any("--mirror" in text for text in shown)
