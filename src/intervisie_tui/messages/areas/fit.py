"""When to choose a method (a method file's `fit:` block), as `show` and the library say it."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "fit.label": ("Wanneer kiezen", "When to choose"),
    "fit.kind.dilemma": ("een dilemma", "a dilemma"),
    "fit.kind.advice": ("een adviesvraag", "a request for advice"),
    "fit.kind.own_part": ("het eigen aandeel", "one's own part"),
    "fit.kind.beliefs": ("overtuigingen achter de aanpak", "the beliefs behind an approach"),
    "fit.kind.feelings": ("gevoelens die een casus oproept", "feelings a case stirs up"),
    "fit.kind.unclear_problem": ("een nog onduidelijk probleem", "a problem not yet clear"),
    "fit.kind.solution": ("vastzitten, zelf een oplossing zoeken", "stuck, seeking one's own way"),
    "fit.when": ("Wanneer: {when}", "When: {when}"),
    "fit.suits": ("Past bij: {kinds}", "Suits: {kinds}"),
    "fit.group": ("Groep: {low} tot {high} personen", "Group: {low} to {high} people"),
    "fit.group_from": ("Groep: vanaf {low} personen", "Group: {low} people or more"),
    "fit.group_to": ("Groep: tot {high} personen", "Group: up to {high} people"),
    "fit.prepare": ("Voorbereiden: {prepare}", "Prepare: {prepare}"),
}
