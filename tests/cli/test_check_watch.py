"""`check --watch`: an author saves in their own editor and sees the file checked again.

The wait between two looks at the files is injected: each test's wait does what the author
does (save a file, or press Ctrl-C), so nothing sleeps and every save is seen exactly once.
Saves get distinct modification times through os.utime, as a real editor's saves would.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from intervisie_tui import cli_check
from intervisie_tui.cli import main
from intervisie_tui.cli_check import watch

MINI = (Path(__file__).resolve().parents[1] / "data" / "valid" / "mini.yaml").read_text("utf-8")
BROKEN = MINI.replace("    minutes: 10\n", "    minuten: 10\n")
NINE_O_CLOCK = datetime(2026, 1, 5, 9, 0, 0)


class Author:
    """Saves files at distinct, increasing modification times, like an editor."""

    def __init__(self) -> None:
        self.clock_ns = 1_700_000_000_000_000_000

    def save(self, path: Path, text: str) -> None:
        path.write_text(text, encoding="utf-8")
        self.clock_ns += 1_000_000_000
        os.utime(path, ns=(self.clock_ns, self.clock_ns))


def waits(*steps: Callable[[], None]) -> Callable[[], None]:
    """A wait that does one step per look at the files, then presses Ctrl-C."""
    todo: Iterator[Callable[[], None]] = iter(steps)

    def wait() -> None:
        step = next(todo, None)
        if step is None:
            raise KeyboardInterrupt
        step()

    return wait


def test_each_save_is_checked_again_and_only_a_save(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    author = Author()
    path = tmp_path / "mijn.yaml"
    author.save(path, MINI)
    wait = waits(
        lambda: author.save(path, BROKEN),  # a typo
        lambda: None,  # nothing saved: nothing checked
        lambda: author.save(path, MINI),  # the typo fixed (same size as before the typo)
    )
    code = watch([path], [], "en", wait=wait, now=lambda: NINE_O_CLOCK)
    out, err = capsys.readouterr()
    assert code == 0  # Ctrl-C is how an author stops watching, not a failure
    line = BROKEN.split("\n").index("    minuten: 10") + 1
    assert out.splitlines() == [
        f"{path}:{line}:5: error: unknown key 'minuten'; did you mean 'minutes'?"
    ]
    assert err.count("09:00:00 changed: mijn.yaml; checked again:") == 2
    summaries = [text for text in err.splitlines() if "file(s) checked" in text]
    assert [summary.split(": ")[1] for summary in summaries] == [
        "0 error(s), 0 warning(s)",
        "1 error(s), 0 warning(s)",
        "0 error(s), 0 warning(s)",
    ]
    assert err.rstrip().endswith("Stopped.")


def test_a_new_file_in_a_watched_folder_is_checked_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    author = Author()
    author.save(tmp_path / "a.yaml", MINI)
    wait = waits(lambda: author.save(tmp_path / "b.yaml", BROKEN.replace("id: mini", "id: b")))
    assert watch([tmp_path], [], "nl", wait=wait, now=lambda: NINE_O_CLOCK) == 0
    out, err = capsys.readouterr()
    assert "09:00:00 gewijzigd: b.yaml; opnieuw gecontroleerd:" in err
    assert "b.yaml" in out and "onbekende" not in err
    assert "2 bestand(en) gecontroleerd" in err and err.rstrip().endswith("Gestopt.")


def test_the_command_line_watches_until_ctrl_c(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mijn.yaml"
    path.write_text(MINI, encoding="utf-8")
    looks: list[int] = []

    def between_looks() -> None:  # the real loop's only wait
        looks.append(len(looks))
        if len(looks) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli_check, "between_looks", between_looks)
    assert main(["check", "--watch", "--lang", "en", str(path)]) == 0
    _out, err = capsys.readouterr()
    assert looks == [0, 1, 2]
    assert "Checking" in err and err.rstrip().endswith("Stopped.")
