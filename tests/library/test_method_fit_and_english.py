"""English twins of every prose field, and the `fit:` block that says when to choose a method."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intervisie_tui.cli import main
from intervisie_tui.library import load_file
from intervisie_tui.library.fit_text import fit_lines
from intervisie_tui.library.schema import method_schema
from intervisie_tui.model import QuestionKind

MINI = Path(__file__).resolve().parent.parent / "data" / "valid" / "mini.yaml"

ENGLISH = """\
fit:
  questions: [dilemma, own_part]
  group_min: 4
  group_max: 8
  prepare: Een flip-over en stoelen in een kring.
  prepare_en: A flip-over and chairs in a circle.
  when: Kies deze methode als de inbrenger vastzit in een dilemma.
  when_en: Choose this method when the case presenter is stuck in a dilemma.
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    return path


#: The English twins of every prose field of mini.yaml: a method with some English must have all
#: of it (model/english.py), so the tests of a bilingual file start from a complete one.
TWINS = (
    (
        "purpose: Een kleine methode om het laden van methodebestanden te testen.\n",
        "purpose_en: A small method to test loading method files.\n",
    ),
    (
        "    explanation: Stel één vraag en wacht het antwoord af.\n",
        "    explanation_en: Ask one question and wait for the answer.\n",
    ),
    (
        "    description: De inbrenger vertelt wat de vraag is.\n",
        "    description_en: The case presenter says what the question is.\n",
    ),
    (
        "    description: De groep stelt om de beurt één vraag.\n",
        "    description_en: The group takes turns asking one question each.\n",
    ),
)


def in_two_languages(text: str) -> str:
    """`text` (mini.yaml, perhaps changed) with an English twin after each Dutch prose line."""
    for dutch, english in TWINS:
        assert dutch in text
        if dutch + english not in text:  # mini.yaml itself has its twins
            text = text.replace(dutch, dutch + english, 1)
    return text


def mini_with(extra: str = "", replace: tuple[str, str] = ("", "")) -> str:
    text = MINI.read_text(encoding="utf-8")
    if replace[0]:
        assert replace[0] in text
        text = text.replace(replace[0], replace[1], 1)
    return text + extra


def test_fit_block_and_english_twins_load_as_written(tmp_path: Path) -> None:
    text = in_two_languages(mini_with(ENGLISH)).replace(
        "    description_en: The group takes turns asking one question each.\n",
        "    description_en: The group takes turns asking one question each.\n"
        "    opening: Nu de vragen.\n"
        "    opening_en: Now the questions.\n"
        "    questions: [Wat werkt al?]\n"
        "    questions_en: [What already works?]\n"
        "    watch_for: [Advies als vraag.]\n"
        "    watch_for_en: [Advice dressed up as a question.]\n",
    )
    result = load_file(write(tmp_path, text))
    assert result.problems == ()
    method = result.method
    assert method is not None
    assert method.fit is not None
    assert method.fit.questions == [QuestionKind.dilemma, QuestionKind.own_part]
    assert (method.fit.group_min, method.fit.group_max) == (4, 8)
    assert method.fit.prepare_en == "A flip-over and chairs in a circle."
    assert method.fit.when_en is not None and method.fit.when_en.startswith("Choose")
    assert method.rules[0].explanation_en == "Ask one question and wait for the answer."
    step = method.step("vragen")
    assert step.description_en == "The group takes turns asking one question each."
    assert step.opening_en == "Now the questions."
    assert step.questions_en == ["What already works?"]
    assert step.watch_for_en == ["Advice dressed up as a question."]


def test_a_method_without_fit_or_english_still_loads(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, mini_with()))
    assert result.problems == ()
    assert result.method is not None and result.method.fit is None
    assert result.method.roles[0].description_en is None


def test_unknown_question_kind_is_named_with_the_choices_at_its_line(tmp_path: Path) -> None:
    text = mini_with(ENGLISH.replace("[dilemma, own_part]", "[dilemma, advise]"))
    lines = text.split("\n")
    result = load_file(write(tmp_path, text))
    assert result.method is None
    (problem,) = result.problems
    line = next(i for i, row in enumerate(lines, 1) if "advise" in row)
    assert (problem.line, problem.col) == (line, lines[line - 1].index("advise") + 1)
    assert "'questions[1]' cannot be 'advise'" in problem.said()
    assert "did you mean 'advice'?" in problem.said()
    assert "own_part" in problem.said() and "unclear_problem" in problem.said()


def test_group_max_below_group_min_is_an_error_at_group_max(tmp_path: Path) -> None:
    text = in_two_languages(mini_with(ENGLISH.replace("group_max: 8", "group_max: 3")))
    lines = text.split("\n")
    result = load_file(write(tmp_path, text))
    assert result.method is None
    (problem,) = result.problems
    assert lines[problem.line - 1].strip() == "group_max: 3"
    assert problem.said() == "group_max 3 is smaller than group_min 4"


def test_a_group_of_one_is_refused(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, mini_with(ENGLISH.replace("group_min: 4", "group_min: 1"))))
    assert result.method is None
    assert [p.said() for p in result.problems] == ["'group_min' must be at least 2, not 1"]


def test_english_questions_must_pair_with_the_dutch_ones(tmp_path: Path) -> None:
    text = in_two_languages(mini_with()).replace(
        "    description_en: The group takes turns asking one question each.\n",
        "    description_en: The group takes turns asking one question each.\n"
        "    questions: [Wat werkt al?, Wat nog meer?]\n"
        "    questions_en: [What already works?]\n",
    )
    lines = text.split("\n")
    result = load_file(write(tmp_path, text))
    assert result.method is not None  # a warning: the method still runs
    (problem,) = result.problems
    assert not problem.is_error
    assert lines[problem.line - 1].strip().startswith("questions_en:")
    assert "'questions_en' has 1 entries and 'questions' has 2" in problem.said()


def test_schema_offers_the_english_twins_and_the_fit_block() -> None:
    schema = json.loads(json.dumps(method_schema()))
    defs = schema["$defs"]
    for model, fields in {
        "Role": ["description_en"],
        "Rule": ["explanation_en"],
        "Step": ["description_en", "opening_en", "questions_en", "watch_for_en"],
        "Response": ["text_en", "why_en"],
        "Fit": ["questions", "group_min", "group_max", "prepare", "prepare_en", "when", "when_en"],
    }.items():
        for name in fields:
            assert name in defs[model]["properties"], (model, name)
            assert name not in defs[model].get("required", []), (model, name)
    assert "fit" in schema["properties"]
    assert set(defs["QuestionKind"]["enum"]) == {kind.value for kind in QuestionKind}


def test_fit_reads_as_sentences_in_both_languages(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, mini_with(ENGLISH)))
    assert result.method is not None
    assert fit_lines(result.method.fit, "nl") == [
        "Wanneer: Kies deze methode als de inbrenger vastzit in een dilemma.",
        "Past bij: een dilemma, het eigen aandeel",
        "Groep: 4 tot 8 personen",
        "Voorbereiden: Een flip-over en stoelen in een kring.",
    ]
    assert fit_lines(result.method.fit, "en") == [
        "When: Choose this method when the case presenter is stuck in a dilemma.",
        "Suits: a dilemma, one's own part",
        "Group: 4 to 8 people",
        "Prepare: A flip-over and chairs in a circle.",
    ]
    assert fit_lines(None) == []


def test_show_prints_when_to_choose_the_method(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "methods"
    folder.mkdir()
    only_min = ENGLISH.replace("  group_max: 8\n", "").replace("  prepare_en:", "  x:")
    only_min = "\n".join(line for line in only_min.split("\n") if not line.startswith("  x:"))
    (folder / "mini.yaml").write_text(mini_with(only_min), encoding="utf-8")
    assert main(["show", "mini", "--methods", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Wanneer: Kies deze methode als de inbrenger vastzit in een dilemma." in out
    assert "Groep: vanaf 4 personen" in out
    assert "Voorbereiden: Een flip-over en stoelen in een kring." in out
