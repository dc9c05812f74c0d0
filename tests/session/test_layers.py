"""The session layer runs without a terminal: importing it must not pull in textual."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from intervisie_tui.session import read_journal


def test_session_package_never_imports_textual() -> None:
    code = (
        "import sys\n"
        "import intervisie_tui.session\n"
        "import intervisie_tui.session.report_cli\n"
        "import intervisie_tui.session.report\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "", f"textual imported: {result.stdout}"


def test_a_live_meeting_never_imports_pydantic(tmp_path: Path) -> None:
    """Pydantic validates files and journals read from disk; a running meeting writes its journal
    with the standard library, so the projected app stays small (bench/idle.py, memory)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from intervisie_tui.library import load_library\n"
        "from intervisie_tui.session import Case, MeetingSetup, Session, Rating\n"
        "kot = load_library(user=False)['kot']\n"
        "setup = MeetingSetup(method_id='kot', chair='Vera', participants=('Anna', 'Bram'),\n"
        "                     cases=(Case(inbrenger='Anna'),))\n"
        f"session = Session.create(kot, setup, folder=Path({str(tmp_path)!r}))\n"
        "session.start()\n"
        "session.add_note('Wat werkt al?')\n"
        "session.next()\n"
        "assert session.storage_warning() is None\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'yaml'))\n"
        "print(','.join(heavy))\n"
    )
    env = {**os.environ, "INTERVISIE_TUI_CACHE_DIR": str(tmp_path / "cache")}
    warm = [sys.executable, "-c", "from intervisie_tui.library import load_library; load_library()"]
    subprocess.run(warm, env=env, check=True, timeout=60)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imported during a meeting: {result.stdout}"
    (journal,) = tmp_path.glob("*.jsonl")
    contents = read_journal(journal)  # and what it wrote reads back, validated
    assert [type(event).__name__ for event in contents.events] == [
        "Started",
        "NoteAdded",
        "Advanced",
    ]
