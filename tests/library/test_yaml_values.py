"""Values YAML cannot construct: one located error for that file, never a crash of the command.

"A broken file never stops the app" must hold for every value an author can type: a number
with thousands of digits, a date that does not exist, or a tag on a value that does not fit it.
Each such file gets one path:line:col error at the value, and every other file keeps loading,
in every command that reads the library.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intervisie_tui.library import Problem, Severity, load_file, load_library

TESTS = Path(__file__).resolve().parent.parent
MINI = (TESTS / "data" / "valid" / "mini.yaml").read_text("utf-8")
#: The line of mini.yaml's first step's `minutes: 5` and the column of its value.
MINUTES_AT = (31, len("    minutes: ") + 1)
TITLE_AT = (3, len("title: ") + 1)

UNCONSTRUCTABLE = {
    "5,000 digits": "1" * 5000,
    "month 13": "2024-13-45",
    "29 February 2001": "2001-02-29",
    "!!int abc": "!!int abc",
    "!!float abc": "!!float abc",
    "!!timestamp foo": "!!timestamp foo",
    "!!bool maybe": "!!bool maybe",
}
#: What each message must tell the author (besides where).
ADVICE = {
    "5,000 digits": "5000 digits",
    "month 13": "no such day (month must be in 1..12)",
    "29 February 2001": "no such day (day is out of range for month)",
    "!!int abc": "is tagged !!int but is not a whole number",
    "!!float abc": "is tagged !!float but is not a number",
    "!!timestamp foo": "is tagged !!timestamp but is not a date",
    "!!bool maybe": "is tagged !!bool but is not true or false",
}


def _with(value: str, key: str = "minutes") -> str:
    if key == "minutes":
        return MINI.replace("    minutes: 5\n", f"    minutes: {value}\n", 1)
    return MINI.replace("title: Mini-methode\n", f"title: {value}\n", 1)


@pytest.mark.parametrize("case", UNCONSTRUCTABLE, ids=str)
@pytest.mark.parametrize("key", ["minutes", "title"])
def test_an_unconstructable_value_is_one_error_at_the_value(
    tmp_path: Path, case: str, key: str
) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(_with(UNCONSTRUCTABLE[case], key), "utf-8")
    result = load_file(path)
    assert result.method is None
    (problem,) = result.problems
    at = MINUTES_AT if key == "minutes" else TITLE_AT
    assert (problem.path, problem.line, problem.col) == (path, *at)
    assert problem.severity is Severity.error
    assert ADVICE[case] in problem.said()
    assert "remove the tag" in problem.said() or "in quotes" in problem.said()


def test_the_other_files_keep_loading(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(_with("2001-02-29"), "utf-8")
    (tmp_path / "b.yaml").write_text(MINI.replace("id: mini", "id: andere"), "utf-8")
    library = load_library([tmp_path], bundled=False, user=False)
    assert list(library.methods) == ["andere"]
    (failed,) = library.failed
    assert [str(p) for p in failed.problems] == [
        str(Problem(tmp_path / "a.yaml", *MINUTES_AT, Severity.error, failed.problems[0].message))
    ]


@pytest.fixture
def library_with_bad_values(tmp_path: Path) -> Path:
    """A --methods folder holding a valid method and one file per unconstructable value."""
    folder = tmp_path / "methods"
    folder.mkdir()
    (folder / "goed.yaml").write_text(MINI.replace("id: mini", "id: goed"), "utf-8")
    for number, value in enumerate(UNCONSTRUCTABLE.values()):
        (folder / f"kapot-{number}.yaml").write_text(_with(value), "utf-8")
    return folder


SCRIPT = Path(sys.executable).with_name("intervisie-tui")


def _command(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The console script, with an empty data folder (so `resume` finds no meeting)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "INTERVISIE_TUI_DATA_DIR": str(cwd / "data")}
    return subprocess.run(
        [str(SCRIPT), *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=cwd,
        env=env,
    )


def test_check_reports_each_file_once_and_exits_1(library_with_bad_values: Path) -> None:
    done = _command(
        "check", "--lang", "en", str(library_with_bad_values), cwd=library_with_bad_values
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(UNCONSTRUCTABLE)
    for number in range(len(UNCONSTRUCTABLE)):
        path = library_with_bad_values / f"kapot-{number}.yaml"
        assert sum(line.startswith(f"{path}:31:14: error: ") for line in lines) == 1
    assert "1 method(s) usable" in done.stderr


@pytest.mark.parametrize(
    ("argv", "code", "shown"),
    [
        (["list", "--lang", "en"], 0, "goed"),
        (["show", "goed"], 0, "Mini-methode"),
        (["run", "nergens", "--lang", "en"], 1, "unknown method 'nergens'"),
        (["resume"], None, ""),
    ],
    ids=["list", "show", "run", "resume"],
)
def test_every_command_reads_the_rest_of_the_library(
    library_with_bad_values: Path, argv: list[str], code: int | None, shown: str
) -> None:
    done = _command(*argv, "--methods", str(library_with_bad_values), cwd=library_with_bad_values)
    assert "Traceback" not in done.stderr, done.stderr
    if code is not None:
        assert done.returncode == code, done.stderr
    assert shown in done.stdout + done.stderr
    if argv[0] == "list":
        assert f"{len(UNCONSTRUCTABLE)} method file(s) could not be loaded" in done.stderr
