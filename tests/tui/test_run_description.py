"""The step's description under its title: whole sentences on two lines, the rest on u."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import PEOPLE, make_app, record_notifications, screen_text

from intervisie_tui.tui.widgets.purpose import Purpose, fit_description

LONG = (
    "De collega's stellen om de beurt één open vraag over de situatie van de inbrenger. "
    "Niemand geeft advies. Wie geen vraag heeft, zegt pas."
)


def test_whole_sentences_as_far_as_two_lines_hold() -> None:
    assert fit_description(LONG, 200) == (LONG, True)
    text, complete = fit_description(LONG, 60)
    lines = text.splitlines()
    assert len(lines) == 2 and all(len(line) <= 60 for line in lines)
    assert text.replace("\n", " ").endswith("Niemand geeft advies.") and not complete


def test_a_first_sentence_too_long_ends_at_a_word_with_an_ellipsis() -> None:
    text, complete = fit_description(LONG, 30)
    lines = text.splitlines()
    assert len(lines) == 2 and all(len(line) <= 30 for line in lines)
    assert lines[-1].endswith(" …") and not complete
    words = LONG.split()
    assert lines[-1].removesuffix(" …").split()[-1] in words  # a whole word before the "…"


def test_line_breaks_of_the_file_are_folded() -> None:
    assert fit_description("Eerste regel\nloopt door. Tweede.", 80) == (
        "Eerste regel loopt door. Tweede.",
        True,
    )


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "nl"), ((100, 30), "en"), ((200, 60), "nl")])
async def test_the_line_under_the_title_is_never_cut_mid_sentence(
    tmp_path: Path, size: tuple[int, int], lang: str
) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = record_notifications(app)
        for _ in range(6):
            purpose = app.screen.query_one(Purpose)
            lines = [line.strip() for line in str(purpose.render()).splitlines()]
            assert 1 <= len(lines) <= 2
            assert lines[-1].endswith((".", "…", "?", "!")), lines
            assert lines[-1] in screen_text(app)
            await pilot.press("u")
            await pilot.pause()
            assert " ".join(purpose.full.split()) in shown[-1]
            await pilot.press("n")
            await pilot.pause()
