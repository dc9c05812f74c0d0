"""What every part of a method file is built from: the frozen base model and the value types.

Apart from method.py so that parts of the model in their own modules (prompts.py) share one
declaration of what a slug, a text or a count is, and so method.py stays a size one can read.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = ["Count", "Frozen", "Minutes", "ShortText", "Slug", "Text"]


class Frozen(BaseModel):
    """The base of every model class: immutable, unknown keys refused, text trimmed.

    Frozen because a method that validated once must not change under a running meeting;
    `extra="forbid"` so a typo such as `minuten:` is an error with its line, never silently
    ignored. Each field's description is what an editor shows from the schema on hover.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
    )


#: Identifiers are lower-case slugs so they are safe in file names, journals and the CLI. An id
#: is matched as written: " demo" is refused, not quietly trimmed (the editor's schema would
#: refuse it too).
Slug = Annotated[
    str,
    StringConstraints(
        strip_whitespace=False, min_length=1, max_length=60, pattern=r"^[a-z0-9][a-z0-9-]*$"
    ),
]
#: Text a person reads; an empty string is always an authoring mistake.
Text = Annotated[str, Field(min_length=1, max_length=2000)]
#: Short text that must fit on one projected line.
ShortText = Annotated[str, Field(min_length=1, max_length=80)]
#: A step longer than three hours is a typo (minutes typed as seconds), not a method.
Minutes = Annotated[float, Field(gt=0, le=180)]
#: A count an author types (items per turn, rounds, passes): twenty is already a long meeting.
Count = Annotated[int, Field(ge=1, le=20)]
