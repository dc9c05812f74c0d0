"""The line of keys: every key or "? meer" at every size from 80 columns, hidden with f."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import PEOPLE, make_app, run_screen, screen_text

from intervisie_tui.tui.widgets.key_footer import KeyFooter, Shown, fit_keys


def keys(*pairs: tuple[str, str]) -> list[Shown]:
    return [Shown(key, "?" if key == "question_mark" else key, words) for key, words in pairs]


def test_all_keys_stay_when_they_fit() -> None:
    every = keys(("n", "volgende"), ("question_mark", "help"), ("q", "stop"))
    assert fit_keys(every, 40, "meer") == tuple(every)


def test_too_narrow_keeps_the_first_keys_then_more_and_stop() -> None:
    every = keys(
        ("n", "volgende"), ("b", "terug"), ("t", "beurt"), ("question_mark", "help"), ("q", "stop")
    )
    # n volgende (11) + b terug (8) + ? meer (7) + q stop (7) = 33: beurt does not fit.
    shown = fit_keys(every, 34, "meer")
    assert [(key.key, key.description) for key in shown] == [
        ("n", "volgende"),
        ("b", "terug"),
        ("question_mark", "meer"),
        ("q", "stop"),
    ]


def test_a_key_that_does_not_fit_ends_the_row_in_order() -> None:
    every = keys(("x", "a long description"), ("y", "z"), ("question_mark", "help"))
    shown = fit_keys(every, 16, "meer")
    assert [key.key for key in shown] == ["question_mark"]


@pytest.mark.parametrize(
    ("size", "lang", "expected"),
    [
        ((80, 24), "nl", ("␣ pauze", "n volgende", "? meer", "q stop")),
        ((80, 24), "en", ("␣ pause", "n next", "? more", "q quit")),
        ((100, 30), "nl", ("␣ pauze", "? meer", "q stop")),
        ((140, 40), "nl", ("m bel", "f toetsen", "? help", "q stop")),
    ],
)
async def test_the_footer_shows_stop_and_help_or_more_at_every_size(
    tmp_path: Path, size: tuple[int, int], lang: str, expected: tuple[str, ...]
) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        bottom = screen_text(app).splitlines()[-1]
        for words in expected:
            assert words in bottom, bottom
        assert len(bottom.rstrip()) <= size[0]


async def test_f_hides_the_keys_and_gives_the_row_back(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        assert "q stop" in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        assert not screen.query_one(KeyFooter).display
        assert "q stop" not in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        assert "q stop" in screen_text(app)


async def test_a_wider_terminal_shows_every_key_again(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "? meer" in screen_text(app)
        await pilot.resize_terminal(140, 30)
        await pilot.pause()
        await pilot.pause()
        bottom = screen_text(app).splitlines()[-1]
        assert "? help" in bottom and "m bel" in bottom


@pytest.mark.parametrize(
    ("size", "lang", "pause", "resume"),
    [((80, 24), "nl", "␣ pauze", "␣ verder"), ((100, 30), "en", "␣ pause", "␣ resume")],
)
async def test_while_paused_space_says_it_resumes(
    tmp_path: Path, size: tuple[int, int], lang: str, pause: str, resume: str
) -> None:
    """The chair reading the projected footer in a pause looks for the key that continues."""
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert screen_text(app).splitlines()[-1].startswith(pause)
        await pilot.press("space")
        await pilot.pause()
        assert not run_screen(app).session.state.running
        bottom = screen_text(app).splitlines()[-1]
        assert bottom.startswith(resume) and pause not in bottom, bottom
        await pilot.press("space")
        await pilot.pause()
        assert run_screen(app).session.state.running
        assert screen_text(app).splitlines()[-1].startswith(pause)
