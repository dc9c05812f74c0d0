"""The reflection sheet: written blank with prompts, read back with only what the member wrote."""

from __future__ import annotations

import pytest

from intervisie_tui.group.reflection import Section, read_reflection, reflection_sheet
from intervisie_tui.messages import Lang, say


@pytest.mark.parametrize("lang", list(Lang))
def test_a_blank_sheet_reads_back_as_nothing_written(lang: Lang) -> None:
    sheet = reflection_sheet(
        group="Team Noord", member="Anna", day="27-11-2026", case_lines=("Bo: vraag",), lang=lang
    )
    reflection = read_reflection(sheet)
    assert not reflection.started
    assert reflection.missing == tuple(Section)
    assert reflection.unknown_headings == ()


def test_answers_are_read_under_their_headings_in_either_language() -> None:
    sheet = reflection_sheet(group="G", member="Anna", day="1-1-2027", case_lines=(), lang=Lang.nl)
    sheet = sheet.replace("## De casus\n", "## De casus\n\nOver ouders.\nTwee regels.\n")
    sheet += "\n## What I will do differently\n\nSay no sooner.\n"
    reflection = read_reflection(sheet)
    assert reflection.answers[Section.case] == "Over ouders.\nTwee regels."
    assert reflection.answers[Section.differently] == "Say no sooner."
    assert reflection.missing == (Section.learned, Section.question)
    assert reflection.started and not reflection.complete


def test_a_prompt_left_in_place_is_not_an_answer_and_a_stray_heading_is_said() -> None:
    text = (
        "# Reflectie\n"
        "\n"
        "## De casus\n"
        "<!-- Welke casus?\n"
        "   nog een regel -->\n"
        "## Mijn eigen kop\n"
        "Dit zou anders verloren gaan.\n"
    )
    reflection = read_reflection(text)
    assert Section.case not in reflection.answers
    assert reflection.unknown_headings == ((6, "Mijn eigen kop"),)
    ((line, message),) = reflection.problems()
    assert line == 6
    assert "'Mijn eigen kop'" in say(message, Lang.nl)
