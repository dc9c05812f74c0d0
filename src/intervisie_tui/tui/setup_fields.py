"""The set-up form's fields as the chair typed them (or the command line prefilled them).

Apart from setup_form.py, which reads them into a meeting, so that the library screen and the
command line can carry them without importing the session layer (bench/startup.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SetupFields:
    """The raw text of the form."""

    chair: str = ""
    participants: str = ""
    inbrengers: str = ""
    #: The case question; with several cases one per case, separated by '|'.
    question: str = ""
    inner_group: str = ""
    until: str = ""
    #: Minutes before the end of a phase at which the clock turns amber and the bell rings.
    warning: str = "1"
