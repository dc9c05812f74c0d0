"""Finding, reading and validating method files; every problem located as file:line:col.

This layer never imports textual: the CLI's list/show/check start fast, and the TUI, session and
tests all read methods through the same `Library`.
"""

from typing import TYPE_CHECKING, Any

from intervisie_tui.library.library import (
    Library,
    LoadedMethod,
    Origin,
    build_library,
    load_library,
    load_paths,
)
from intervisie_tui.library.locations import (
    bundled_methods_dir,
    user_config_dir,
    user_methods_dir,
)
from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.result import FileResult

if TYPE_CHECKING:
    from intervisie_tui.library.loader import MODELINE, load_file

__all__ = [
    "MODELINE",
    "FileResult",
    "Library",
    "LoadedMethod",
    "Origin",
    "Problem",
    "Severity",
    "build_library",
    "bundled_methods_dir",
    "load_file",
    "load_library",
    "load_paths",
    "user_config_dir",
    "user_methods_dir",
]


def __getattr__(name: str) -> Any:
    """The loader (PyYAML) only when asked for: a library read from the result cache needs none."""
    if name in ("MODELINE", "load_file"):
        from intervisie_tui.library import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
