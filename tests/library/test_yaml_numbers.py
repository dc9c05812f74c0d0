"""Numbers YAML 1.1 reads as something other than their text are refused, never changed silently.

PyYAML reads `015` as 13 (octal), `1:30` as 90 (it counts in sixties) and `true` as a number 1
where a number is wanted. A chair would run a step of 13 minutes where the author wrote 15,
and nobody would notice. Each such value is refused at its own line:col with what to write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intervisie_tui.library import Severity, load_file

TESTS = Path(__file__).resolve().parent.parent
MINI = (TESTS / "data" / "valid" / "mini.yaml").read_text("utf-8")
MINUTES_AT = (31, len("    minutes: ") + 1)


def _load_minutes(tmp_path: Path, value: str) -> list[str]:
    path = tmp_path / "m.yaml"
    path.write_text(MINI.replace("    minutes: 5\n", f"    minutes: {value}\n", 1), "utf-8")
    result = load_file(path)
    errors = [p for p in result.problems if p.severity is Severity.error]
    assert result.method is None, f"{value} was accepted"
    assert all((p.line, p.col) == MINUTES_AT for p in errors), [str(p) for p in errors]
    return [p.said() for p in errors]


@pytest.mark.parametrize(
    ("written", "advice"),
    [
        ("015", "YAML reads 015 as 13 (a leading zero makes it an octal number); write 15"),
        ("010", "YAML reads 010 as 8 (a leading zero makes it an octal number); write 10"),
        ("1:30", "YAML reads 1:30 as 90 (it counts in sixties, like a clock)"),
        ("1:30.5", "YAML reads 1:30.5 as 90.5 (it counts in sixties"),
        ("0x1F", "YAML reads 0x1F as the hexadecimal number 31; write 31"),
        ("0b101", "YAML reads 0b101 as the binary number 5; write 5"),
        ("true", "'minutes' needs a number, but YAML reads true as true/false"),
        ("yes", "'minutes' needs a number, but YAML reads yes as true/false"),
    ],
)
def test_a_misread_number_is_one_error_with_what_to_write(
    tmp_path: Path, written: str, advice: str
) -> None:
    (message,) = _load_minutes(tmp_path, written)
    assert advice in message


def test_a_minute_and_a_half_says_how_to_write_it(tmp_path: Path) -> None:
    (message,) = _load_minutes(tmp_path, "1:30")
    assert "1.5 for a minute and a half" in message


@pytest.mark.parametrize("written", ["15", "2.5", "0.5", "1_0", "'15'", '"015"', "+5"])
def test_numbers_written_plainly_still_count(tmp_path: Path, written: str) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(MINI.replace("    minutes: 5\n", f"    minutes: {written}\n", 1), "utf-8")
    result = load_file(path)
    assert result.method is not None, [str(p) for p in result.problems]
    expected = float(written.strip("'\"").replace("_", ""))
    assert result.method.steps[0].minutes == expected


def test_a_misread_number_in_text_gets_one_message_not_two(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(MINI.replace("title: Mini-methode\n", "title: 1:30\n", 1), "utf-8")
    (problem,) = load_file(path).problems
    assert (problem.line, problem.col) == (3, len("title: ") + 1)
    assert "put the value in quotes if it is text" in problem.said()


def test_true_where_true_or_false_is_wanted_stays_fine(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    text = MINI.replace("    minutes: 5\n", "    minutes: 5\n    optional: yes\n", 1)
    path.write_text(text, "utf-8")
    result = load_file(path)
    assert result.method is not None and result.method.steps[0].optional is True
