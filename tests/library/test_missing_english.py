"""`check` points at every Dutch text of a bilingual method that has no English beside it.

An English screen shows the method's own words; where the English is missing it falls back to
Dutch. An author who translates a method needs to find the gaps, each at its file:line:col, and
the bundled library must have none.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from intervisie_tui.library import load_file
from intervisie_tui.model.english import missing_english

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "data" / "valid" / "mini.yaml"

#: The English twins of mini.yaml's prose, each on its own line after its Dutch text.
PROSE_TWIN = re.compile(r"^ *(purpose|explanation|description)_en: .*\n", re.MULTILINE)
#: The one twin a half-translated mini.yaml lacks: the second step's description.
LAST_TWIN = "    description_en: The group takes turns asking one question each.\n"


def mini(tmp_path: Path, *, english: bool, extra: str = "") -> Path:
    """mini.yaml with all English but one twin, or with no English prose at all."""
    text = MINI.read_text(encoding="utf-8")
    assert LAST_TWIN in text
    text = text.replace(LAST_TWIN, "") if english else PROSE_TWIN.sub("", text)
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
    assert problem.said() == (
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
    assert "'why' has no English" in problem.said()


def test_a_method_in_dutch_only_names_its_first_gaps_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    """A Dutch group's own method: a few warnings to start from, not one per sentence."""
    steps = "".join(
        f"  - id: extra-{n}\n    title: Stap {n}\n    title_en: Step {n}\n    minutes: 1\n"
        f"    description: Nog een stap, nummer {n}.\n    speakers: [groep]\n"
        for n in range(1, 6)
    )
    path = mini(tmp_path, english=False)
    text = path.read_text(encoding="utf-8").replace("total:\n  minutes: 15\n", "")
    path.write_text(text.replace("steps:\n", "steps:\n" + steps, 1), encoding="utf-8")
    result = load_file(path)
    assert result.method is not None and not any(p.is_error for p in result.problems)
    first, second, third, rest = result.problems
    assert (first.line, first.col) == position_of(path, "purpose", "Een kleine")
    assert (second.line, second.col) == position_of(path, "explanation", "Stel één")
    assert (third.line, third.col) == position_of(path, "description", "Nog een stap, nummer 1")
    assert (rest.line, rest.col) == position_of(path, "description", "Nog een stap, nummer 2")
    # Four more extra steps, then mini's own two steps.
    assert rest.said().startswith("and 6 more texts here and below have no English")
    assert len(missing_english(result.method)) == 4


def test_a_bilingual_method_gets_every_gap_named(tmp_path: Path) -> None:
    path = mini(tmp_path, english=True)
    text = path.read_text(encoding="utf-8")
    path.write_text(PROSE_TWIN.sub("", text, count=2), encoding="utf-8")
    problems = load_file(path).problems
    assert [p.said().split(":")[0] for p in problems] == [
        "'purpose' has no English",
        "'explanation' has no English",
        "'description' has no English",
    ]


def test_the_bundled_library_has_english_for_every_text() -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "intervisie-tui"), "check", "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout == ""  # no warning at all, of any kind


def test_check_prints_file_line_col_for_the_gap(tmp_path: Path) -> None:
    path = mini(tmp_path, english=True)
    done = subprocess.run(
        [str(Path(sys.executable).parent / "intervisie-tui"), "check", "--lang", "en", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    line, col = position_of(path, "description", "De groep")
    assert f"{path}:{line}:{col}: warning: 'description' has no English" in done.stdout
    assert done.returncode == 0, done.stdout  # warnings alone do not fail the check
