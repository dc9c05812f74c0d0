"""What is not an ordinary method file gets a clear message instead of a hang or a silent skip.

`check fifo.yaml` used to wait forever for a writer, and a folder the user cannot read was
skipped as if it were empty: the author saw nothing and did not know why their methods were
missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from intervisie_tui.cli import main
from intervisie_tui.library import load_library, load_paths
from intervisie_tui.library.locations import method_files

TESTS = Path(__file__).resolve().parent.parent
MINI = TESTS / "data" / "valid" / "mini.yaml"
SCRIPT = Path(sys.executable).with_name("intervisie-tui")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@needs_fifo
def test_check_refuses_a_named_pipe_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    done = subprocess.run(
        [str(SCRIPT), "check", "--lang", "en", str(fifo)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == (
        f"{fifo}:1:1: error: this is a named pipe (FIFO), not an ordinary file; "
        "a method file must be an ordinary text file\n"
    )


@needs_fifo
def test_a_pipe_among_method_files_is_named_not_skipped(tmp_path: Path) -> None:
    shutil.copy(MINI, tmp_path / "mini.yaml")
    os.mkfifo(tmp_path / "pijp.yaml")
    library = load_paths([tmp_path], cache=False)
    assert list(library.methods) == ["mini"]
    (failed,) = library.failed
    assert failed.path == tmp_path / "pijp.yaml"
    assert "named pipe" in failed.problems[0].said()


def test_a_broken_link_says_where_it_points(tmp_path: Path) -> None:
    (tmp_path / "weg.yaml").symlink_to(tmp_path / "verhuisd" / "weg.yaml")
    (failed,) = load_paths([tmp_path], cache=False).failed
    assert failed.problems[0].said() == (
        f"this is a link to {tmp_path / 'verhuisd' / 'weg.yaml'}, which does not exist"
    )


@pytest.fixture
def unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A methods folder whose listing is refused, as for a user without read permission.

    Tests run as root in CI, where chmod 000 does not stop reading; the permission error the
    operating system gives a normal user is raised here where the folder is listed.
    """
    folder = tmp_path / "geheim"
    folder.mkdir()
    shutil.copy(MINI, folder / "mini.yaml")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    yield folder


def test_an_unreadable_folder_is_a_problem_with_its_path(unreadable: Path) -> None:
    assert method_files(unreadable) == [unreadable]
    library = load_library([unreadable], bundled=False, user=False, cache=False)
    (failed,) = library.failed
    (problem,) = failed.problems
    assert (problem.path, problem.line, problem.col) == (unreadable, 1, 1)
    assert problem.said().startswith("cannot read this folder (Permission denied)")
    assert "chmod u+rx" in problem.said()


def test_check_names_an_unreadable_folder_and_fails(
    unreadable: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--lang", "en", str(unreadable)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{unreadable}:1:1: error: cannot read this folder (Permission denied)")


def test_the_users_unreadable_methods_folder_is_not_silent(
    unreadable: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVISIE_TUI_CONFIG_DIR", str(unreadable.parent))
    (unreadable.parent / "methods").mkdir()
    monkeypatch.setattr("intervisie_tui.library.library.user_methods_dir", lambda: unreadable)
    library = load_library(bundled=False, cache=False)
    assert [result.path for result in library.failed] == [unreadable]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="as root, chmod 000 does not stop reading (the tests above raise the error instead)",
)
def test_a_folder_without_read_permission_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "geheim"
    folder.mkdir()
    shutil.copy(MINI, folder / "mini.yaml")
    folder.chmod(0)
    try:
        done = subprocess.run(
            [str(SCRIPT), "check", "--lang", "en", str(folder)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    finally:
        folder.chmod(0o700)
    assert done.returncode == 1
    assert done.stdout.startswith(f"{folder}:1:1: error: cannot read this folder")
