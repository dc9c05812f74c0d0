"""What the set-up form and the meeting's set-up checks say when something typed does not fit."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # checks of the set-up itself (session/setup.py), also run on a journal read back
    "setup.name_spaces": (
        "naam {name}: vul een naam in zonder spaties ervoor of erna",
        "name {name}: enter a name without spaces before or after it",
    ),
    "setup.name_long": (
        "naam '{name}' is langer dan {limit} tekens; kort hem in",
        "name '{name}' is longer than {limit} characters; shorten it",
    ),
    "setup.question_long": (
        "de casusvraag is langer dan {limit} tekens; kort haar in",
        "the case question is longer than {limit} characters; shorten it",
    ),
    "setup.importance": (
        "belang {importance}: geef een cijfer van 1 tot en met 10",
        "importance {importance}: give a number from 1 to 10",
    ),
    "setup.no_case": (
        "er is geen casus: vul minstens één inbrenger in",
        "there is no case: enter at least one case presenter",
    ),
    "setup.twice": (
        "'{name}' staat twee keer in de deelnemers",
        "'{name}' is listed twice among the participants",
    ),
    "setup.chair_participant": (
        "de voorzitter '{name}' staat ook bij de deelnemers",
        "the chair '{name}' is also listed among the participants",
    ),
    "setup.negative_warning": (
        "waarschuwingen zijn seconden voor nul en kunnen niet negatief zijn",
        "warnings are seconds before zero and cannot be negative",
    ),
    "setup.invalid": ("de voorbereiding klopt niet: {detail}", "the setup is not valid: {detail}"),
    # the set-up form (tui/setup_form.py)
    "setup.importance_range": (
        "belang van '{name}' moet tussen 1 en 10 liggen",
        "the importance of '{name}' must be between 1 and 10",
    ),
    "setup.bad_until": (
        "eindtijd '{text}' is geen tijd; schrijf bijvoorbeeld 16:30",
        "end time '{text}' is not a time; write for example 16:30",
    ),
    "setup.until_range": (
        "eindtijd {at} is al voorbij of ligt meer dan 12 uur vooruit (het is nu {now});"
        " geef een eindtijd later vandaag",
        "end time {at} has passed or lies more than 12 hours ahead (it is {now} now);"
        " give an end time later today",
    ),
    "setup.bad_warning": (
        "waarschuwing '{text}' is geen aantal minuten, bijv. 1",
        "warning '{text}' is not a number of minutes, e.g. 1",
    ),
    "setup.warning_range": (
        "waarschuwing: kies tussen 0 en 30 minuten voor het einde",
        "warning: choose between 0 and 30 minutes before the end",
    ),
    "setup.no_chair": ("vul de naam van de voorzitter in", "enter the chair's name"),
    "setup.no_inbrenger": (
        "vul minstens één inbrenger in",
        "enter at least one case presenter",
    ),
    "setup.inner_unknown": (
        "binnengroep: {names} staat niet bij de deelnemers",
        "inner group: {names} not among the participants",
    ),
    # the plan that fits the meeting into the time there is (session/plan.py)
    "setup.plan.summary": (
        "Gepland {planned} min van {available} min beschikbaar (methode: {method} min).",
        "Planned {planned} min of {available} min available (method: {method} min).",
    ),
    "setup.plan.dropped": ("Vervalt: {titles}.", "Dropped: {titles}."),
    # a number of minutes with a half, as each language writes it ("4,5" / "4.5")
    "setup.plan.half": ("{whole},5", "{whole}.5"),
    "setup.plan.does_not_fit": (
        "Past niet: ook met 1 minuut per stap is het {short} min te lang; kies minder casussen"
        " of een latere eindtijd.",
        "Does not fit: even at 1 minute per step it is {short} min too long; choose fewer cases"
        " or a later end time.",
    ),
    "setup.plan.line_dropped": ("vervalt", "dropped"),
    "setup.plan.not_started": (
        "Er is niets gestart.",
        "Nothing was started.",
    ),
    "setup.plan.accept": (
        "Dit plan aannemen en beginnen? [j/N] ",
        "Accept this plan and start? [y/N] ",
    ),
    "setup.plan.shortened": (
        "Het programma past niet in de tijd tot {until}; zo wordt het ingekort:",
        "The agenda does not fit the time until {until}; this is how it would be shortened:",
    ),
}
