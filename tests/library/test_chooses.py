"""`chooses` is checked against the method around it, each problem at its own line:col."""

from __future__ import annotations

from pathlib import Path

from intervisie_tui.library import load_file

BALINT = Path(__file__).resolve().parents[2] / "methods" / "balint.yaml"


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "balint.yaml"
    path.write_text(text, encoding="utf-8")
    return [f"{p.line}:{p.col}: {p.said()}" for p in load_file(path).problems]


def _line_of(text: str, needle: str) -> int:
    return text.split("\n").index(needle) + 1


def test_the_bundled_balint_chooses_its_case_without_problems(tmp_path: Path) -> None:
    assert _problems(tmp_path, BALINT.read_text(encoding="utf-8")) == []


def test_a_step_before_the_choice_cannot_give_the_inbrenger_a_part(tmp_path: Path) -> None:
    text = BALINT.read_text(encoding="utf-8")
    first = text.index("  - id: problemen-verzamelen")
    changed = text[:first] + text[first:].replace(
        "    inbrenger: not_applicable", "    inbrenger: speaking", 1
    )
    problems = _problems(tmp_path, changed)
    line = _line_of(changed, "    inbrenger: speaking")
    assert any(p.startswith(f"{line}:") and "nobody presents a case" in p for p in problems), (
        problems
    )


def test_only_one_step_may_choose(tmp_path: Path) -> None:
    text = BALINT.read_text(encoding="utf-8")
    first = text.index("  - id: problemen-verzamelen")
    changed = text[:first] + text[first:].replace(
        "    inbrenger: not_applicable", "    inbrenger: not_applicable\n    chooses: case", 1
    )
    problems = _problems(tmp_path, changed)
    lines = [i + 1 for i, line in enumerate(changed.split("\n")) if line == "    chooses: case"]
    assert len(lines) == 2
    assert any(p.startswith(f"{lines[1]}:") and "only one step" in p for p in problems), problems


def test_topics_need_a_block_per_topic(tmp_path: Path) -> None:
    text = BALINT.read_text(encoding="utf-8").replace("chooses: case", "chooses: topics")
    problems = _problems(tmp_path, text)
    line = _line_of(text, "    chooses: topics")
    assert any(p.startswith(f"{line}:") and "per: topic" in p for p in problems), problems
