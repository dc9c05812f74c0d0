"""The server: the page and its stream, the access code under --lan, nothing else."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientResponse, ClientTimeout
from aiohttp.test_utils import TestClient, TestServer
from room_support import kot_meeting

from intervisie_tui.messages import Lang
from intervisie_tui.room.follow import JournalFollower
from intervisie_tui.room.server import RoomConfig, make_app
from intervisie_tui.session import FakeClock, Session
from intervisie_tui.sound.chimes import Chime, wav_bytes

TOKEN = "0123456789abcdefghijklmn"


async def _client(
    session: Session, clock: FakeClock, *, token: str | None = None, sound: bool = False
) -> TestClient[Any, Any]:
    assert session.path is not None
    config = RoomConfig(
        source=JournalFollower(session.path),
        lang=Lang.nl,
        now=clock.wall,
        token=token,
        sound=sound,
        poll_seconds=0.01,
    )
    client: TestClient[Any, Any] = TestClient(TestServer(make_app(config), host="127.0.0.1"))
    await client.start_server()
    return client


@pytest.fixture
async def meeting(sessions: Path, clock: FakeClock) -> AsyncIterator[Session]:
    session = kot_meeting(sessions, clock)
    session.start()
    yield session
    session.close()


async def _next_snapshot(response: ClientResponse) -> dict[str, Any]:
    """Read the stream up to the next snapshot (keep-alive comments are skipped)."""
    while True:
        line = await response.content.readline()
        assert line, "the stream ended"
        if line.startswith(b"data: "):
            data: dict[str, Any] = json.loads(line[6:])
            return data


async def test_the_stream_shows_the_chairs_next_step(meeting: Session, clock: FakeClock) -> None:
    client = await _client(meeting, clock)
    try:
        response = await client.get("/events", timeout=ClientTimeout(total=10))
        assert response.headers["Content-Type"] == "text/event-stream"
        first = await _next_snapshot(response)
        assert first["title"] == "Vraag en doel"
        meeting.next()
        second = await _next_snapshot(response)
        assert second["title"] == "Korte schets" and second["step"] == "Stap 2 van 6"
        response.close()
    finally:
        await client.close()


async def test_a_viewer_who_joins_later_sees_the_clock_as_it_is_now(
    meeting: Session, clock: FakeClock
) -> None:
    client = await _client(meeting, clock)
    try:
        early = await client.get("/events", timeout=ClientTimeout(total=10))
        before = await _next_snapshot(early)
        clock.advance(8)  # no step changed: nothing new is published
        late = await client.get("/events", timeout=ClientTimeout(total=10))
        joined = await _next_snapshot(late)
        assert joined["phase_age"] == pytest.approx(before["phase_age"] + 8)
        assert joined["clock"]["remaining"] == pytest.approx(before["clock"]["remaining"] - 8)
        early.close()
        late.close()
    finally:
        await client.close()


async def test_without_the_access_code_every_request_is_refused(
    meeting: Session, clock: FakeClock
) -> None:
    client = await _client(meeting, clock, token=TOKEN)
    try:
        for path in ("/", "/events", "/favicon.ico", "/../journal.jsonl"):
            refused = await client.get(path)
            assert refused.status == 403, path
            assert "Geen toegang" in await refused.text()
        wrong = await client.get("/", params={"t": TOKEN[:-1] + "X"})
        assert wrong.status == 403
        page = await client.get("/", params={"t": TOKEN})
        assert page.status == 200
        assert "<title>Intervisie · kamerweergave</title>" in await page.text()
        other = await client.get("/journal", params={"t": TOKEN})
        assert other.status == 404
        posted = await client.post("/", params={"t": TOKEN})
        assert posted.status == 405
    finally:
        await client.close()


async def test_on_this_computer_only_requests_named_for_it_are_answered(
    meeting: Session, clock: FakeClock
) -> None:
    client = await _client(meeting, clock)
    try:
        assert (await client.get("/")).status == 200
        assert (await client.get("/", headers={"Host": "localhost:8770"})).status == 200
        rebound = await client.get("/", headers={"Host": "meeting.example.com"})
        assert rebound.status == 403
    finally:
        await client.close()


async def test_the_page_is_self_contained(meeting: Session, clock: FakeClock) -> None:
    client = await _client(meeting, clock)
    try:
        page = await client.get("/")
        html = await page.text()
        policy = page.headers["Content-Security-Policy"]
    finally:
        await client.close()
    assert re.findall(r"https?://|//[a-z]|@import|@font-face|url\(", html) == []
    assert re.findall(r"<(?:link|script|img)[^>]+(?:href|src)=\"(?!data:)", html) == []
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert page.headers["Cache-Control"] == "no-store"


async def test_with_sound_on_the_chimes_are_served_under_the_same_code(
    meeting: Session, clock: FakeClock
) -> None:
    client = await _client(meeting, clock, token=TOKEN, sound=True)
    try:
        for name in ("warning", "end", "overtime"):
            refused = await client.get(f"/chime/{name}.wav")
            assert refused.status == 403
            served = await client.get(f"/chime/{name}.wav", params={"t": TOKEN})
            assert served.status == 200 and served.headers["Content-Type"] == "audio/wav"
            assert (await served.read()) == wav_bytes(Chime(name))
        other = await client.get("/chime/gong.wav", params={"t": TOKEN})
        assert other.status == 404
    finally:
        await client.close()


async def test_with_sound_off_no_chime_is_served_nor_offered(
    meeting: Session, clock: FakeClock
) -> None:
    client = await _client(meeting, clock)
    try:
        assert (await client.get("/chime/end.wav")).status == 404
        response = await client.get("/events", timeout=ClientTimeout(total=10))
        assert "sound" not in await _next_snapshot(response)
        response.close()
    finally:
        await client.close()


async def test_the_stream_carries_each_moment_once_numbered(
    meeting: Session, clock: FakeClock
) -> None:
    """The chair's clock reaches the warning, then zero: each moment is a numbered cue that
    stays in the snapshots of this phase (a page that reconnects knows what it heard)."""
    client = await _client(meeting, clock, sound=True)
    try:
        response = await client.get("/events", timeout=ClientTimeout(total=10))
        first = await _next_snapshot(response)
        assert first["sound"]["cues"] == []
        clock.advance(60)
        cued = await _next_snapshot(response)
        assert cued["sound"] == {
            "run": first["sound"]["run"],
            "cues": [{"n": 1, "chime": "warning"}],
        }
        clock.advance(60)
        both = await _next_snapshot(response)
        assert [cue["chime"] for cue in both["sound"]["cues"]] == ["warning", "end"]
        meeting.next()
        fresh = await _next_snapshot(response)
        assert fresh["title"] == "Korte schets" and fresh["sound"]["cues"] == []
        response.close()
    finally:
        await client.close()
