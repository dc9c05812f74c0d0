"""`check` points at every Dutch text of a bilingual method that has no English beside it.

An English screen shows the method's own words; where the English is missing it falls back to
Dutch. An author who translates a method needs to find the gaps, each at its file:line:col, and
the bundled library must have none.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from intervisie_tui.library import load_file
from intervisie_tui.model.english import missing_english

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "data" / "valid" / "mini.yaml"

#: mini.yaml with English for all its prose but the second step's description.
ENGLISH = (
    ("purpose: Een kleine methode om het laden van methodebestanden te testen.\n",
     "purpose_en: A small method to test loading method files.\n"),
    ("    explanation: Stel één vraag en wacht het antwoord af.\n",
     "    explanation_en: Ask one question and wait for the answer.\n"),
    ("    description: De inbrenger vertelt wat de vraag is.\n",
     "    description_en: The case presenter says what the question is.\n"),
)  # fmt: skip


def mini(tmp_path: Path, *, english: bool, extra: str = "") -> Path:
    text = MINI.read_text(encoding="utf-8")
    if english:
        for dutch, twin in ENGLISH:
            assert dutch in text
            text = text.replace(dutch, dutch + twin, 1)
    path = tmp_path / "m.yaml"
    path.write_text(text + extra, encoding="utf-8")
    return path


def position_of(path: Path, key: str, value: str) -> tuple[int, int]:
    """Line and column (1-based) where the text `value` of `key` starts in the file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if f"{key}: {value}" in line:
            return number, line.index(value) + 1
    raise AssertionError(f"{key}: {value!r} not in {path}")


def test_a_missing_twin_is_one_warning_at_the_dutch_text(tmp_path: Path) -> None:
    path = mini(tmp_path, english=True)
    result = load_file(path)
    assert result.method is not None  # a warning: the method still runs
    (problem,) = result.problems
    assert not problem.is_error
    assert (problem.line, problem.col) == position_of(path, "description", "De groep")
    assert problem.message == (
        "'description' has no English: add 'description_en' beside it, in your own words"
    )


def test_an_incident_response_without_english_is_found_at_its_why(tmp_path: Path) -> None:
    incident = """\
incidents:
  - id: twee-vragen
    step: vragen
    rule: een-vraag
    who: groep
    text: Iemand stelt twee vragen tegelijk.
    text_en: Someone asks two questions at once.
    good:
      text: Vraag welke het eerst mag.
      text_en: Ask which one should come first.
      why: Zo blijft het rustig.
    weaker:
      - text: Niets zeggen.
        text_en: Say nothing.
        why: Het patroon blijft.
        why_en: The pattern stays.
"""
    path = mini(tmp_path, english=True, extra=incident)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    description: De groep stelt om de beurt één vraag.\n",
            "    description: De groep stelt om de beurt één vraag.\n"
            "    description_en: The group takes turns asking one question each.\n",
        ),
        encoding="utf-8",
    )
    (problem,) = load_file(path).problems
    assert (problem.line, problem.col) == position_of(path, "why", "Zo blijft")
    assert "'why' has no English" in problem.message


def test_a_method_in_dutch_only_gets_no_such_warning(tmp_path: Path) -> None:
    result = load_file(mini(tmp_path, english=False))
    assert result.problems == ()
    assert result.method is not None and missing_english(result.method) == []


def test_check_prints_file_line_col_for_the_gap(tmp_path: Path) -> None:
    path = mini(tmp_path, english=True)
    done = subprocess.run(
        [str(Path(sys.executable).parent / "intervisie-tui"), "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    line, col = position_of(path, "description", "De groep")
    assert f"{path}:{line}:{col}: warning: 'description' has no English" in done.stdout
    assert done.returncode == 0, done.stdout  # warnings alone do not fail the check
