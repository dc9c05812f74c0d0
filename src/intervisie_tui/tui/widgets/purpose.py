"""The step's description under its title: whole sentences on at most two lines, never cut.

A sentence cut at a fixed number of characters ("... bij voorkeur a…") reads as a mistake on
the wall. This line shows as many whole sentences as two lines hold at the current width; when
not even the first fits, it ends at a word with an ellipsis, and `u` shows the whole text.
"""

from __future__ import annotations

import re
import textwrap

from textual.events import Resize
from textual.widgets import Static

#: Lines the description may take under the step's title.
MAX_LINES = 2
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    """`text` as its sentences, each on one line (the file's line breaks are folded)."""
    flat = " ".join(text.split())
    return [part for part in _SENTENCE_END.split(flat) if part]


def fit_description(text: str, width: int, lines: int = MAX_LINES) -> tuple[str, bool]:
    """What fits of `text` in `lines` lines of `width`, and whether that is all of it.

    Whole sentences as long as they fit; when the first sentence alone is too long, its words
    up to the last line's end and "…".
    """
    width = max(width, 8)
    parts = sentences(text)
    shown: list[str] = []
    for sentence in parts:
        trial = " ".join([*shown, sentence])
        if len(textwrap.wrap(trial, width)) > lines:
            break
        shown.append(sentence)
    if shown:
        return "\n".join(textwrap.wrap(" ".join(shown), width)), len(shown) == len(parts)
    if not parts:
        return "", True
    wrapped = textwrap.wrap(parts[0], width)
    kept = wrapped[: lines - 1]
    words = " ".join(wrapped[lines - 1 :]).split(" ")
    last = ""
    for word in words:
        if len(f"{last} {word}".strip()) + 2 > width:
            break
        last = f"{last} {word}".strip()
    kept.append(f"{last.rstrip(',;:')} …".strip())
    return "\n".join(kept), False


class Purpose(Static):
    """The description line of the run screen (see the module's docstring)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.full = ""
        self._shown: tuple[str, int] | None = None

    def show(self, text: str) -> None:
        """Show `text` as far as it fits; the whole of it stays in `full` for the `u` key."""
        self.full = text
        self._fit()

    def on_resize(self, _event: Resize) -> None:
        """Another width fits other sentences."""
        self._fit()

    def _fit(self) -> None:
        width = self.content_size.width or self.app.size.width - 2
        if self._shown == (self.full, width):
            return
        self._shown = (self.full, width)
        self.update(fit_description(self.full, width)[0])

    @property
    def complete(self) -> bool:
        """Whether the whole text is on show (else `u` shows it)."""
        width = self.content_size.width or self.app.size.width - 2
        return fit_description(self.full, width)[1]
