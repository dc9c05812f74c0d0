"""The room view in a real browser: headless Chromium (Debian's package) driven by Playwright.

The meeting is a real Session writing a real journal, the server is the real console script
(`intervisie-tui mirror`), and the page is read as a viewer sees it. The browser's own clock is
Playwright's fake clock, so "the countdown moves" is tested without waiting for it.
"""

from __future__ import annotations

import re
import shutil
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from room_support import CHROMIUM, NO_CHROMIUM, ChairTerminal, Mirror, kot_meeting, start_mirror

from intervisie_tui.session import FakeClock, Session, SystemClock

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=NO_CHROMIUM)

#: How long the page may take to show what the journal says (generous: a shared CI machine).
SHOW_MS = 10_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    yield context.new_page()
    context.close()


@pytest.fixture
def meeting(sessions: Path) -> Iterator[Session]:
    """A KOT meeting on the real clock (the browser counts along with it), started."""
    session = kot_meeting(sessions, SystemClock())
    session.start()
    yield session
    session.close()


@pytest.fixture
def mirror(data_dir: Path, meeting: Session) -> Iterator[Mirror]:
    running = start_mirror(data_dir, "--port", "0")
    yield running
    running.stop()


def _seconds(face: str) -> int:
    minutes, seconds = face.lstrip("+").split(":")
    value = int(minutes) * 60 + int(seconds)
    return -value if face.startswith("+") else value


def test_the_page_shows_the_step_and_the_countdown_moves(page: Page, mirror: Mirror) -> None:
    start = datetime.now(UTC)
    page.clock.install(time=start)
    page.clock.pause_at(start + timedelta(seconds=1))
    page.goto(mirror.local())
    expect(page.locator("#title")).to_have_text("Vraag en doel", timeout=SHOW_MS)
    expect(page.locator("#step")).to_have_text("Stap 1 van 6")
    expect(page.locator("#case")).to_have_text("Casus 1 van 1: Ann")
    expect(page.locator("#speaking")).to_contain_text("Inbrenger: Ann")
    expect(page.locator("#rules .rule")).to_have_text(
        ["Nog geen vragen", "De inbrenger kiest zelf"]
    )
    before = _seconds(page.inner_text("#clock"))
    assert 100 <= before <= 120
    page.clock.run_for(3000)
    after = _seconds(page.inner_text("#clock"))
    assert 3 <= before - after <= 4, (before, after)


def test_the_chairs_next_shows_the_next_step_and_flashes_its_rules(
    page: Page, mirror: Mirror, meeting: Session
) -> None:
    page.goto(mirror.local())
    expect(page.locator("#title")).to_have_text("Vraag en doel", timeout=SHOW_MS)
    meeting.next()  # the chair's `n`: a journal line appended by the real session
    expect(page.locator("#title")).to_have_text("Korte schets", timeout=SHOW_MS)
    expect(page.locator("#step")).to_have_text("Stap 2 van 6")
    expect(page.locator("#rules-box")).to_have_class(re.compile(r"\bflash\b"))
    meeting.pause()
    expect(page.locator("#paused")).to_have_text("PAUZE", timeout=SHOW_MS)


def test_a_round_shows_whose_turn_it_is(page: Page, mirror: Mirror, meeting: Session) -> None:
    page.goto(mirror.local())
    meeting.next()
    meeting.next()
    meeting.next_turn()
    current = meeting.current_speaker
    assert current is not None
    expect(page.locator("#current")).to_have_text(current, timeout=SHOW_MS)
    expect(page.locator("#order .done")).to_have_count(1)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_page_recovers_after_the_server_restarts(
    page: Page, data_dir: Path, meeting: Session
) -> None:
    port = str(_free_port())
    first = start_mirror(data_dir, "--port", port)
    try:
        page.goto(first.local())
        expect(page.locator("#title")).to_have_text("Vraag en doel", timeout=SHOW_MS)
    finally:
        first.stop()
    expect(page.locator("#banner")).to_have_text("Verbinding weg: opnieuw verbinden…")
    meeting.next()  # the meeting goes on while the room view is down
    second = start_mirror(data_dir, "--port", port)
    try:
        expect(page.locator("#title")).to_have_text("Korte schets", timeout=SHOW_MS)
        expect(page.locator("#banner")).to_be_hidden()
    finally:
        second.stop()


def test_on_the_network_the_link_with_the_code_works_and_without_it_nothing(
    page: Page, data_dir: Path, meeting: Session
) -> None:
    lan = start_mirror(data_dir, "--lan", "--port", "0", "--lang", "en")
    try:
        refused = page.goto(lan.local(token=False))
        assert refused is not None and refused.status == 403
        expect(page.locator("body")).to_contain_text("No access")
        page.goto(lan.local())
        expect(page.locator("#title")).to_have_text(meeting.state.phase.step.title_en)
        expect(page.locator("#step")).to_have_text("Step 1 of 6")
    finally:
        lan.stop()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_the_chairs_key_in_the_real_app_reaches_the_page(
    page: Page, data_dir: Path, tmp_path: Path
) -> None:
    """The whole chain: the app in a terminal, the mirror following the newest meeting."""
    view = start_mirror(data_dir, "--port", "0")
    chair = ChairTerminal(data_dir, tmp_path)
    try:
        page.goto(view.local())
        expect(page.locator("#message")).to_have_text("Wacht op de bijeenkomst…")
        people = ["--chair", "Vera", "--participants", "Ann,Bas,Cor", "--inbrenger", "Ann"]
        chair.start("run", "kot", *people)
        expect(page.locator("#title")).to_have_text("Vraag en doel", timeout=30_000)
        chair.press("n")
        expect(page.locator("#title")).to_have_text("Korte schets", timeout=SHOW_MS)
        expect(page.locator("#speaking")).to_contain_text("Ann")
    finally:
        chair.end()
        view.stop()


def _meeting_started_ago(sessions: Path, seconds: float) -> Session:
    """A KOT meeting whose first step (2 minutes) started `seconds` ago on the wall clock."""
    clock = FakeClock(start=datetime.now(UTC) - timedelta(seconds=seconds))
    session = kot_meeting(sessions, clock)
    session.start()
    clock.advance(seconds)
    return session


def test_warning_and_overtime_colours_and_the_flash_at_zero(
    page: Page, data_dir: Path, sessions: Path
) -> None:
    session = _meeting_started_ago(sessions, 120 - 30)  # 30 s left: past the 60 s warning
    view = start_mirror(data_dir, "--port", "0")
    try:
        start = datetime.now(UTC)
        page.clock.install(time=start)
        page.clock.pause_at(start + timedelta(seconds=1))
        page.goto(view.local())
        room = page.locator("#room")
        expect(room).to_have_attribute("data-tone", "warning", timeout=SHOW_MS)
        expect(page.locator("#clock")).not_to_have_class(re.compile(r"\bzero\b"))
        page.clock.run_for(40_000)  # past zero on the browser's own clock
        expect(room).to_have_attribute("data-tone", "overtime")
        expect(page.locator("#clock")).to_have_class(re.compile(r"\bzero\b"))
        assert page.inner_text("#clock").startswith("+")
    finally:
        view.stop()
        session.close()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_run_with_mirror_serves_the_page_until_the_meeting_stops(
    page: Page, data_dir: Path, tmp_path: Path
) -> None:
    """One terminal: the app serves the room view itself, and quitting it stops the page."""
    port = _free_port()
    chair = ChairTerminal(data_dir, tmp_path)
    try:
        people = ["--chair", "Vera", "--participants", "Ann,Bas,Cor", "--inbrenger", "Ann"]
        chair.start("run", "kot", *people, "--mirror", "--port", str(port))
        url = f"http://127.0.0.1:{port}/"
        for _ in range(60):  # the app takes a moment to start on a busy machine
            try:
                page.goto(url)
                break
            except PlaywrightError:
                page.wait_for_timeout(500)
        expect(page.locator("#title")).to_have_text("Vraag en doel", timeout=30_000)
        chair.press("n")
        expect(page.locator("#title")).to_have_text("Korte schets", timeout=SHOW_MS)
        chair.press("q")
        chair.press("q")  # q again answers the question: the meeting stops, and the server
        expect(page.locator("#banner")).to_have_text(
            "Verbinding weg: opnieuw verbinden…", timeout=SHOW_MS
        )
    finally:
        chair.end()
