"""Files checked on their own, judged as the app would load them beside the library.

`check my-kot.yaml` reads only that file, so a method id the bundled (or the user's) library
already uses went unnoticed: the file was "fine", and the app then refused it. Checked here
against the library the app starts with, in the order the app loads (bundled, user, --methods).
"""

from __future__ import annotations

from intervisie_tui.library.library import Library, Origin, build_library, refused_as_duplicate


def beside(checked: Library, base: Library) -> Library:
    """`checked` with each method refused whose id another file of `base` already has.

    A file that is itself in `base` (checking the bundled kot.yaml, or one in the user's
    folder) is the method `base` holds, not a second one.
    """
    results = []
    for result in checked.files:
        method = result.method
        loaded = None if method is None else base.methods.get(method.id)
        if loaded is not None and loaded.path.resolve() != result.path.resolve():
            result = refused_as_duplicate(result, loaded.path)
        results.append((result, Origin.extra))
    return build_library(results)
