"""Why a method suits a case (or less so), as the agenda editor shows next to each method."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "suggest.kind_first": ("vooral voor {kind}", "above all for {kind}"),
    "suggest.kind_listed": ("ook voor {kind}", "also for {kind}"),
    "suggest.kind_other_1": ("bedoeld voor {kind}", "meant for {kind}"),
    "suggest.kind_other_2": ("bedoeld voor {kind} of {other}", "meant for {kind} or {other}"),
    "suggest.kind_unsaid": (
        "het bestand zegt niet voor welke vragen",
        "the file does not say for which questions",
    ),
    "suggest.minutes": ("duurt {minutes} min", "takes {minutes} min"),
    "suggest.fits": ("{minutes} min, past in {left} min", "{minutes} min, fits in {left} min"),
    "suggest.fits_shortened": (
        "past in {left} min zonder de optionele stappen ({minutes} min)",
        "fits in {left} min without the optional steps ({minutes} min)",
    ),
    "suggest.too_long": (
        "duurt {minutes} min, er is {left}: wordt ingekort",
        "takes {minutes} min, there are {left}: it will be shortened",
    ),
    "suggest.no_time_left": (
        "duurt {minutes} min en de rest van het programma vult de tijd al: wordt ingekort",
        "takes {minutes} min, the rest of the agenda fills the time already: to be shortened",
    ),
    "suggest.group_small": (
        "groep van {size} is klein (vanaf {low})",
        "a group of {size} is small (from {low})",
    ),
    "suggest.group_large": (
        "groep van {size} is groot (tot {high})",
        "a group of {size} is large (up to {high})",
    ),
}
