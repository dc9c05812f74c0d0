"""The group's ground rules (spelregels): the agreements that hold for the whole meeting.

They are data in the library like the methods, so a group can keep its own variant: a file with
the same id in the user's method folder replaces the bundled one (see docs/methods.md). The
opening shows them in every step that sets `ground_rules: true`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from intervisie_tui.messages import Msg
from intervisie_tui.model.method import Frozen, Rule, ShortText, Slug, Text
from intervisie_tui.model.references import Finding

#: The id the bundled ground rules have and an agenda uses unless it names others.
DEFAULT_GROUND_RULES = "spelregels"


class GroundRules(Frozen):
    """A named set of ground rules; a file is one because it has the key `ground_rules`."""

    id: Slug = Field(description="Id of this set; a user's file with the same id replaces it.")
    title: ShortText = Field(description="Title shown above the rules (Dutch).")
    title_en: ShortText = Field(description="Title in English.")
    intro: Text | None = Field(None, description="One sentence the chair says first (Dutch).")
    intro_en: Text | None = Field(None, description="That sentence in English.")
    ground_rules: Annotated[list[Rule], Field(min_length=1, max_length=20)] = Field(
        description="The rules, each with a short reminder and what it means."
    )


def check_ground_rules(rules: GroundRules) -> list[Finding]:
    """A rule id used twice: the opening would show one rule and hide the other."""
    findings = []
    seen: set[str] = set()
    for index, rule in enumerate(rules.ground_rules):
        if rule.id in seen:
            findings.append(
                Finding(("ground_rules", index, "id"), Msg("check.rule_twice", id=rule.id))
            )
        seen.add(rule.id)
    return findings
