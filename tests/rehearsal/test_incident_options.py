"""Across the bundled library: an incident's options give nothing away by their length or form.

#17: the good answer used to be the longest option in 79 of 122 incidents, often the only one
quoted as speech, so a trainee learned to pick the longest quote instead of judging. A trainee
who always picks the longest, the shortest or the middle option must do about as well as chance,
one in three with the library's three options; no option may stand out by size, and either all
options of an incident are spoken lines or none is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import mean

import pytest
from scripted_chair import bundled_ids, load_method

from intervisie_tui.model import Incident

METHODS = bundled_ids()
LANGS = ("nl", "en")

#: Chance with three options is one in three; a little room for rounding, none for a habit.
MOST_OFTEN_LONGEST = 0.36
#: Each place by length (longest, middle, shortest) holds the good option in this share of the
#: incidents: never the longest is as much a tell as always the longest.
PLACE_SHARE = (0.2, 0.45)
#: In every incident the longest option is at most this many times as long as the shortest.
MAX_SPREAD = 1.6
#: Across the library the good option is, on average, about as long as the others.
AVERAGE_GOOD_TO_OTHERS = (0.9, 1.1)
#: Quoted speech: a quote mark that opens a text or follows a space, colon or bracket (not the
#: apostrophe inside "that's").
SPEECH = re.compile(r"(?:^|[\s:(])['\"“‘„]\w")


@dataclass(frozen=True)
class Options:
    """One incident's option texts in one language, the good one first."""

    where: str
    good: str
    weaker: tuple[str, ...]

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.good, *self.weaker)

    @property
    def lengths(self) -> list[int]:
        return [len(" ".join(text.split())) for text in self.texts]


def place(lengths: list[int]) -> str:
    """Where the good option (the first length) ranks by length among an incident's options."""
    good, weaker = lengths[0], lengths[1:]
    if good >= max(weaker):
        return "longest"
    return "shortest" if good <= min(weaker) else "middle"


def options(method_id: str, incident: Incident, lang: str) -> Options:
    def text(nl: str, en: str | None) -> str:
        assert en, f"{method_id}/{incident.id}: an option without English"
        return nl if lang == "nl" else en

    return Options(
        f"{method_id}/{incident.id} ({lang})",
        text(incident.good.text, incident.good.text_en),
        tuple(text(w.text, w.text_en) for w in incident.weaker),
    )


def of_method(method_id: str) -> list[Options]:
    return [
        options(method_id, incident, lang)
        for incident in load_method(method_id).incidents
        for lang in LANGS
    ]


def library(lang: str) -> list[Options]:
    return [
        options(method_id, incident, lang)
        for method_id in METHODS
        for incident in load_method(method_id).incidents
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_option_is_the_longest_no_more_often_than_chance(lang: str) -> None:
    found = library(lang)
    assert len(found) >= 100
    longest = [o.where for o in found if o.lengths[0] == max(o.lengths)]
    assert len(longest) <= MOST_OFTEN_LONGEST * len(found), (
        f"good is longest in {len(longest)}/{len(found)}: {longest}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_no_place_by_length_gives_the_good_option_away(lang: str) -> None:
    found = library(lang)
    places = Counter(place(o.lengths) for o in found)
    low, high = PLACE_SHARE
    for where in ("longest", "middle", "shortest"):
        assert low * len(found) <= places[where] <= high * len(found), (lang, dict(places))


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_option_is_on_average_as_long_as_the_others(lang: str) -> None:
    ratios = [o.lengths[0] / mean(o.lengths[1:]) for o in library(lang)]
    low, high = AVERAGE_GOOD_TO_OTHERS
    assert low <= mean(ratios) <= high


@pytest.mark.parametrize("method_id", METHODS)
def test_no_option_stands_out_by_length(method_id: str) -> None:
    wide = [
        f"{found.where}: {found.lengths}"
        for found in of_method(method_id)
        if max(found.lengths) > MAX_SPREAD * min(found.lengths)
    ]
    assert not wide, "options of very different lengths:\n" + "\n".join(wide)


@pytest.mark.parametrize("method_id", METHODS)
def test_options_are_all_spoken_lines_or_all_descriptions(method_id: str) -> None:
    mixed = [
        found.where
        for found in of_method(method_id)
        if len({bool(SPEECH.search(text)) for text in found.texts}) > 1
    ]
    assert not mixed, f"some options quote the chair, others describe: {mixed}"
