"""Finding, reading and validating method files; every problem located as file:line:col.

This layer never imports textual: the CLI's list/show/check start fast, and the TUI, session and
tests all read methods through the same `Library`.
"""

from intervisie_tui.library.library import (
    Library,
    LoadedMethod,
    Origin,
    build_library,
    load_library,
    load_paths,
)
from intervisie_tui.library.loader import MODELINE, FileResult, load_file
from intervisie_tui.library.locations import (
    bundled_methods_dir,
    user_config_dir,
    user_methods_dir,
)
from intervisie_tui.library.problem import Problem, Severity

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
