"""The room's chimes in a real browser: Debian's Chromium driven by Playwright.

The chair's keys drive a real journal; the server is the real `intervisie-tui mirror --sound`.
What the page plays is seen by wrapping the browser's own `HTMLMediaElement.play` before the
page loads: a play counts as heard when it was loud and the browser let it sound (Chromium
refuses sound before a click on the page, as on a real projector laptop). The names heard are
kept on the <html> element, where Playwright's `expect` waits for them.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
from room_support import CHROMIUM, NO_CHROMIUM, kot_meeting, start_mirror

from intervisie_tui.session import FakeClock, Session

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=NO_CHROMIUM)

#: How long the page may take to show (or play) what the journal says.
SHOW_MS = 10_000

#: Each loud play() the browser let sound, by the chime's name, in <html data-heard>.
LISTEN = """
const play = HTMLMediaElement.prototype.play;
HTMLMediaElement.prototype.play = function () {
  const loud = this.volume > 0 && !this.muted;
  const chime = this.src.split("/").pop().split(".")[0];
  const promise = play.call(this);
  promise.then(() => {
    if (!loud) return;
    const html = document.documentElement;
    html.dataset.heard = ((html.dataset.heard || "") + " " + chime).trim();
  }, () => {});
  return promise;
};
"""


@pytest.fixture(scope="module")
def driver() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


def _launch(driver: Playwright, policy: str) -> Iterator[Browser]:
    args = [f"--autoplay-policy={policy}"]
    launched = driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
    yield launched
    launched.close()


@pytest.fixture(scope="module")
def browser(driver: Playwright) -> Iterator[Browser]:
    """Chromium as a viewer has it: no sound before a click on the page."""
    yield from _launch(driver, "user-gesture-required")


@pytest.fixture(scope="module")
def kiosk(driver: Playwright) -> Iterator[Browser]:
    """Chromium set up to play sound without a click (a projector laptop made a kiosk)."""
    yield from _launch(driver, "no-user-gesture-required")


def _page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.add_init_script(LISTEN)
    yield page
    context.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    yield from _page(browser)


@pytest.fixture
def kiosk_page(kiosk: Browser) -> Iterator[Page]:
    yield from _page(kiosk)


class Chair:
    """A KOT meeting in its third step (3.5 minutes) with 90 s left on the wall clock.

    The meeting's clock is a fake one set to the wall clock's time before each key, so the
    journal's times are the wall clock's, as the chair's app writes them.
    """

    def __init__(self, sessions: Path) -> None:
        self.clock = FakeClock(start=datetime.now(UTC) - timedelta(seconds=360))
        self.session: Session = kot_meeting(sessions, self.clock)
        self.session.start()
        self.clock.advance(120)
        self.session.next()
        self.clock.advance(120)
        self.session.next()  # "Oplossingsgerichte vragen", 3.5 minutes
        self.catch_up()

    def catch_up(self) -> None:
        self.clock.advance(max(0.0, (datetime.now(UTC) - self.clock.wall()).total_seconds()))

    def minus(self) -> None:
        """The chair's '-': a minute less for this step."""
        self.catch_up()
        self.session.remove_minute()


@pytest.fixture
def chair(sessions: Path) -> Iterator[Chair]:
    meeting = Chair(sessions)
    yield meeting
    meeting.session.close()


def _heard(page: Page) -> str | None:
    """The chimes that sounded so far, in order ("end overtime"); None when none did."""
    return page.locator("html").get_attribute("data-heard")


def _expect_heard(page: Page, chimes: str) -> None:
    expect(page.locator("html")).to_have_attribute("data-heard", chimes, timeout=SHOW_MS)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_after_sound_on_each_moment_chimes_once(page: Page, data_dir: Path, chair: Chair) -> None:
    port = str(_free_port())
    view = start_mirror(data_dir, "--port", port, "--sound")
    try:
        page.goto(view.local())
        expect(page.locator("#title")).to_have_text("Oplossingsgerichte vragen", timeout=SHOW_MS)
        button = page.get_by_role("button", name="Geluid aan")
        expect(button).to_be_visible()
        chair.minus()  # 30 s left: the warning, but the browser may not sound yet
        expect(page.locator("#room")).to_have_attribute("data-tone", "warning")
        button.click()
        expect(button).to_be_hidden()
        chair.minus()  # past zero: the end of the step (the warning is not played late)
        _expect_heard(page, "end")
        chair.minus()  # more than a minute over: overtime
        _expect_heard(page, "end overtime")
        page.reload()  # a reloaded page must be allowed again: the browser forgot the click
        expect(page.locator("#title")).to_have_text("Oplossingsgerichte vragen", timeout=SHOW_MS)
        expect(page.get_by_role("button", name="Geluid aan")).to_be_visible()
        assert _heard(page) is None
    finally:
        view.stop()


def test_a_page_that_reloads_or_reconnects_never_plays_old_moments(
    kiosk_page: Page, data_dir: Path, chair: Chair
) -> None:
    page = kiosk_page
    port = str(_free_port())
    view = start_mirror(data_dir, "--port", port, "--sound")
    try:
        page.goto(view.local())
        expect(page.locator("#title")).to_have_text("Oplossingsgerichte vragen", timeout=SHOW_MS)
        chair.minus()
        _expect_heard(page, "warning")
        expect(page.get_by_role("button", name="Geluid aan")).to_be_hidden()
        page.reload()  # the stream brings the warning again: it is not played again
        expect(page.locator("#title")).to_have_text("Oplossingsgerichte vragen", timeout=SHOW_MS)
        chair.minus()
        _expect_heard(page, "end")
    finally:
        view.stop()
    expect(page.locator("#banner")).to_be_visible(timeout=SHOW_MS)
    again = start_mirror(data_dir, "--port", port, "--sound")  # counts its moments afresh
    try:
        expect(page.locator("#banner")).to_be_hidden(timeout=SHOW_MS)
        chair.minus()
        _expect_heard(page, "end overtime")
    finally:
        again.stop()


def test_without_sound_the_page_offers_none(page: Page, data_dir: Path, chair: Chair) -> None:
    view = start_mirror(data_dir, "--port", "0", "--lang", "en")
    try:
        page.goto(view.local())
        expect(page.locator("#title")).to_have_text("Solution-focused questions", timeout=SHOW_MS)
        chair.minus()
        expect(page.locator("#room")).to_have_attribute("data-tone", "warning", timeout=SHOW_MS)
        expect(page.locator("#sound-on")).to_be_hidden()
        assert _heard(page) is None
    finally:
        view.stop()
