"""Small methods built in Python, so session tests do not depend on the bundled YAML files."""

from __future__ import annotations

from typing import Any

from intervisie_tui.model.method import Method
from intervisie_tui.session import Case, MeetingSetup


def _step(id_: str, title: str, minutes: float | None, **extra: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "title": title,
        "title_en": title,
        "minutes": minutes,
        "description": f"In deze stap: {title.lower()}.",
        **extra,
    }


ROLES = [
    {"id": "voorzitter", "name": "Voorzitter", "name_en": "Chair", "kind": "chair"},
    {"id": "inbrenger", "name": "Inbrenger", "name_en": "Case giver", "kind": "inbrenger"},
    {"id": "groep", "name": "Groepsleden", "name_en": "Members", "kind": "members"},
]
RULES = [
    {
        "id": "een-vraag",
        "reminder": "Eén vraag tegelijk",
        "reminder_en": "One question at a time",
        "explanation": "Stel één vraag en wacht het antwoord af.",
    },
    {
        "id": "geen-advies",
        "reminder": "Nog geen advies",
        "reminder_en": "No advice yet",
        "explanation": "Advies komt later, in zijn eigen fase.",
    },
]


def kot_like() -> Method:
    """A KOT-shaped method: 15 minutes per case, rounds with one question each."""
    return Method.model_validate(
        {
            "id": "kot-test",
            "title": "KOT (test)",
            "title_en": "KOT (test)",
            "purpose": "Oefenen.",
            "source": "Testfixture.",
            "roles": ROLES,
            "rules": RULES,
            "steps": [
                _step("vraag", "Vraag en doel", 2, speakers=["inbrenger"], inbrenger="speaking"),
                _step("schets", "Korte schets", 2, speakers=["inbrenger"], inbrenger="speaking"),
                _step(
                    "vragen",
                    "Oplossingsgerichte vragen",
                    3.5,
                    speakers=["groep"],
                    listeners=["inbrenger"],
                    inbrenger="answering",
                    turns={"mode": "round", "items": 1, "item": "vraag"},
                    rules=["een-vraag", "geen-advies"],
                    capture=["questions"],
                    ratings=True,
                ),
                _step(
                    "complimenten",
                    "Complimenten",
                    1.5,
                    speakers=["groep"],
                    inbrenger="listening",
                    turns={"mode": "round"},
                    capture=["compliments"],
                ),
                _step(
                    "suggesties",
                    "Suggesties",
                    4.5,
                    speakers=["groep"],
                    inbrenger="listening",
                    turns={"mode": "round", "items": 1, "item": "suggestie"},
                    capture=["suggestions"],
                    ratings=True,
                ),
                _step(
                    "afsluiting",
                    "Afsluiting",
                    1.5,
                    speakers=["inbrenger"],
                    inbrenger="speaking",
                    capture=["first_step"],
                ),
            ],
            "repeat": {"first": "vraag", "last": "afsluiting", "per": "case"},
        }
    )


def topics_like() -> Method:
    """Method-3-shaped: an opening for everyone, then a block per topic by importance.

    It also has an optional step and an untimed step, to exercise skip and fit-to-time.
    """
    return Method.model_validate(
        {
            "id": "rondes-test",
            "title": "Adviesrondes (test)",
            "title_en": "Advice rounds (test)",
            "purpose": "Oefenen.",
            "source": "Testfixture.",
            "roles": [
                *ROLES,
                {"id": "iedereen", "name": "Iedereen", "name_en": "Everyone", "kind": "everyone"},
            ],
            "rules": RULES,
            "steps": [
                _step(
                    "onderwerpen",
                    "Onderwerpen kiezen",
                    5,
                    speakers=["iedereen"],
                    inbrenger="taking_part",
                    turns={"mode": "round"},
                    capture=["topics"],
                ),
                _step("toelichting", "Toelichting", 5, speakers=["inbrenger"]),
                _step(
                    "vragen",
                    "Vragen",
                    3,
                    speakers=["groep"],
                    inbrenger="answering",
                    turns={"mode": "round", "items": 1, "item": "vraag"},
                    capture=["questions"],
                ),
                _step("verdieping", "Verdieping", 3, optional=True, speakers=["groep"]),
                _step("advies", "Advies", 3, speakers=["groep"], capture=["advice"]),
                _step("reactie", "Reactie", 1, speakers=["inbrenger"]),
                _step("evaluatie", "Evaluatie", None, speakers=["iedereen"]),
            ],
            "repeat": {
                "first": "toelichting",
                "last": "reactie",
                "per": "topic",
                "order": "importance",
            },
        }
    )


def kot_setup(cases: int = 2) -> MeetingSetup:
    """Chair Mirjam with four colleagues; the first `cases` of them bring a case."""
    people = ("Anna", "Bram", "Chris", "Dewi")
    return MeetingSetup(
        method_id="kot-test",
        chair="Mirjam",
        participants=people,
        cases=tuple(Case(inbrenger=people[i], question=f"Hoe kan ik {i}?") for i in range(cases)),
    )


def topics_setup() -> MeetingSetup:
    """Three topics with importance scores entered out of order."""
    return MeetingSetup(
        method_id="rondes-test",
        chair="Mirjam",
        participants=("Anna", "Bram", "Chris"),
        cases=(
            Case(inbrenger="Anna", importance=4),
            Case(inbrenger="Bram", importance=9),
            Case(inbrenger="Chris", importance=6),
        ),
    )
