"""The reflection sheet each participant fills in after a meeting (session/reflection.py)."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "reflection.title": ("Reflectie: {name}", "Reflection: {name}"),
    "reflection.date": ("Bijeenkomst van", "Meeting of"),
    "reflection.chair": ("Voorzitter", "Chair"),
    "reflection.meeting": ("Bijeenkomst", "Meeting"),
    "reflection.cases": ("Wat was de casus?", "What was the case?"),
    "reflection.case": (
        "Casus {number} ({inbrenger}, {method})",
        "Case {number} ({inbrenger}, {method})",
    ),
    "reflection.nobody": ("de groep", "the group"),
    "reflection.case_hint": (
        "Beschrijf in een paar zinnen de casus die jou het meest raakte, en waarom.",
        "Describe in a few sentences the case that touched you most, and why.",
    ),
    "reflection.learned": ("Wat heb ik geleerd?", "What did I learn?"),
    "reflection.learned_hint": (
        "Over de casus, over de methode, over jezelf als collega.",
        "About the case, about the method, about yourself as a colleague.",
    ),
    "reflection.try": ("Wat ga ik proberen?", "What will I try?"),
    "reflection.try_hint": (
        "Eén concrete stap voor de komende weken, en wanneer je hem zet.",
        "One concrete step for the coming weeks, and when you will take it.",
    ),
    "reflection.own_first_step": (
        "Je eigen eerste stap van vandaag: {step}",
        "Your own first step from today: {step}",
    ),
}
