"""The console script `intervisie-tui` (see DESIGN.md, CLI contract)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point; the subcommands are added as the layers land."""
    print("intervisie-tui: not built yet", file=sys.stderr)
    return 2
