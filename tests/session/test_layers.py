"""The session layer runs without a terminal: importing it must not pull in textual."""

from __future__ import annotations

import subprocess
import sys


def test_session_package_never_imports_textual() -> None:
    code = (
        "import sys\n"
        "import intervisie_tui.session\n"
        "import intervisie_tui.session.meetings\n"
        "import intervisie_tui.session.saving\n"
        "import intervisie_tui.session.report\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "", f"textual imported: {result.stdout}"
