"""Control characters never reach the projector's terminal: refused in text, escaped on output.

A terminal runs ESC sequences, BEL or a carriage return as commands: "\\e[2J" in a step title
would clear the wall in the middle of a meeting. YAML's reader refuses them typed raw, but an
escape in double quotes makes one. `check` refuses each at the escape itself, and whatever is
printed from a file (its name, a quoted key) shows them as escapes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intervisie_tui.library import Problem, Severity, load_file
from intervisie_tui.library.printable import printable
from intervisie_tui.messages import Msg

TESTS = Path(__file__).resolve().parent.parent
MINI = (TESTS / "data" / "valid" / "mini.yaml").read_text("utf-8")
SCRIPT = Path(sys.executable).with_name("intervisie-tui")
RAW = [chr(code) for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]


def _with_title(tmp_path: Path, title: str, name: str = "m.yaml") -> Path:
    path = tmp_path / name
    path.write_text(MINI.replace("title: Mini-methode\n", f"title: {title}\n", 1), "utf-8")
    return path


@pytest.mark.parametrize(
    "escape", ["\\e[2J", "\\x07", "\\a", "\\0", "\\x1b", "\\u001b", "\\x9b", "\\r", "\\N", "\\b"]
)
def test_a_control_character_in_text_is_refused_at_its_escape(tmp_path: Path, escape: str) -> None:
    path = _with_title(tmp_path, f'"Vraag {escape} stellen"')
    result = load_file(path)
    assert result.method is None
    (problem,) = result.problems
    assert (problem.line, problem.col) == (3, len('title: "Vraag ') + 1)
    assert problem.severity is Severity.error
    assert f"(written {escape[:2]}" in problem.said()
    assert "terminal would run it as a command" in problem.said()


def test_the_escape_is_found_on_a_later_line_of_the_text(tmp_path: Path) -> None:
    path = _with_title(tmp_path, '"Vraag \\t en\n  nog \\\\e maar \\e[1m"')
    (problem,) = load_file(path).problems
    assert (problem.line, problem.col) == (4, len("  nog \\\\e maar ") + 1)


def test_a_control_character_in_a_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(MINI.replace("title_en: Mini method\n", '"x\\e[31m": y\n', 1), "utf-8")
    problems = load_file(path).problems
    assert any((p.line, p.col) == (4, 3) and "U+001B" in p.said() for p in problems)
    assert all("\x1b" not in str(problem) for problem in problems)


def test_a_raw_control_character_is_placed_in_characters_not_bytes(tmp_path: Path) -> None:
    """An author's editor counts characters: "Zoë" is three columns, not the four bytes of UTF-8."""
    path = _with_title(tmp_path, "Zoë\x01 en ᐅ")
    problems = load_file(path).problems
    assert [(p.line, p.col) for p in problems if "U+0001" in p.said()] == [
        (3, len("title: Zoë") + 1)
    ]


def test_tab_and_newline_escapes_are_text(tmp_path: Path) -> None:
    result = load_file(_with_title(tmp_path, '"Vraag\\tstellen\\nen luisteren"'))
    assert result.method is not None, [str(p) for p in result.problems]
    assert result.method.title == "Vraag\tstellen\nen luisteren"


def test_printed_problems_show_escapes_never_the_characters() -> None:
    for character in RAW:
        problem = Problem(
            Path(f"a{character}b.yaml"),
            1,
            1,
            Severity.error,
            Msg("check.duplicate_key", key=character),
        )
        shown = str(problem)
        assert character not in shown
        assert f"\\x{ord(character):02x}" in shown
    assert printable("tab\there") == "tab\there"


def _run(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The console script's output decoded as is (text mode would turn a CR into a newline)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "INTERVISIE_TUI_DATA_DIR": str(cwd)}
    done = subprocess.run(
        [str(SCRIPT), *argv], capture_output=True, timeout=60, check=False, env=env
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )


def test_no_command_sends_a_control_character_to_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "methods"
    folder.mkdir()
    _with_title(folder, '"\\e[2JWeg"', "kapot.yaml")
    (folder / "goed.yaml").write_text(MINI.replace("id: mini", "id: goed"), "utf-8")
    # A broken file whose very name holds an escape sequence and a bell.
    (folder / "naam\x1b[31m\x07.yaml").write_text("id: [\n", "utf-8")
    check = _run("check", "--lang", "en", str(folder), cwd=tmp_path)
    assert check.returncode == 1
    assert "kapot.yaml:3:9: error: control character U+001B (written \\e)" in check.stdout
    assert "naam\\x1b[31m\\x07.yaml:" in check.stdout
    outputs = [check]
    for argv in (["list"], ["list", "--json"], ["show", "goed"], ["run", "kapot"]):
        outputs.append(_run(*argv, "--methods", str(folder), cwd=tmp_path))
    for done in outputs:
        for character in RAW:
            if character != "\n":
                assert character not in done.stdout + done.stderr, (done.args, character)
    listing = outputs[1]
    assert "goed" in listing.stdout and "naam\\x1b[31m\\x07.yaml" in listing.stderr
