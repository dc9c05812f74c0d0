"""The reflection sheet each member fills in after a meeting, written out and read back.

The trajectory asks every member for a short written reflection in a fixed format after each
meeting. The sheet is plain Markdown with one heading per question, so a member fills it in
with any editor (or on paper, copied in later); reading it back only looks at what is under
each heading, in either language, and ignores the prompts, which are HTML comments that a
Markdown viewer hides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from intervisie_tui.messages import Lang, Msg, say

__all__ = ["Reflection", "Section", "read_reflection", "reflection_sheet"]


class Section(StrEnum):
    """The questions of the fixed format, in the order the sheet asks them."""

    case = "case"
    learned = "learned"
    differently = "differently"
    question = "question"


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADING = re.compile(r"^##\s+(?P<title>.+?)\s*#*\s*$")


def _heading(section: Section, lang: Lang) -> str:
    return say(f"group.reflection.{section.value}", lang)


def reflection_sheet(
    *, group: str, member: str, day: str, case_lines: tuple[str, ...], lang: Lang
) -> str:
    """A blank sheet for one member, the meeting's cases already named to jog the memory."""
    lines = [
        f"# {say('group.reflection.title', lang, group=group, day=day)}",
        "",
        f"{say('group.reflection.name', lang)}: {member}",
        "",
        f"<!-- {say('group.reflection.how', lang)} -->",
    ]
    for section in Section:
        lines += ["", f"## {_heading(section, lang)}", ""]
        lines.append(f"<!-- {say(f'group.reflection.{section.value}.prompt', lang)} -->")
        if section is Section.case and case_lines:
            lines.append("<!--")
            lines.extend(f"  {line}" for line in case_lines)
            lines.append("-->")
        lines.append("")
    return "\n".join(lines)


@dataclass(frozen=True)
class Reflection:
    """What a member wrote under each question; a missing or empty answer is not there."""

    answers: dict[Section, str]
    unknown_headings: tuple[tuple[int, str], ...] = ()
    """Headings that are none of the questions, with their line: said, never silently lost."""

    @property
    def missing(self) -> tuple[Section, ...]:
        """The questions still unanswered, in the sheet's order."""
        return tuple(section for section in Section if section not in self.answers)

    @property
    def complete(self) -> bool:
        """Every question answered."""
        return not self.missing

    @property
    def started(self) -> bool:
        """At least one question answered: the member has begun."""
        return bool(self.answers)

    def problems(self) -> tuple[tuple[int, Msg], ...]:
        """(line, message) for each heading the reader did not know, so the text is not lost."""
        known = ", ".join(_heading(section, Lang.nl) for section in Section)
        return tuple(
            (line, Msg("group.reflection.unknown_heading", heading=title, known=known))
            for line, title in self.unknown_headings
        )


def _section_of(title: str) -> Section | None:
    folded = title.casefold().rstrip(":?").strip()
    for section in Section:
        for lang in Lang:
            if _heading(section, lang).casefold().rstrip(":?").strip() == folded:
                return section
    return None


def read_reflection(text: str) -> Reflection:
    """The answers under each known heading, prompts (HTML comments) left out."""
    # Comments may span lines; blank them but keep the line count, so lines stay exact.
    text = _COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), text)
    answers: dict[Section, list[str]] = {}
    unknown: list[tuple[int, str]] = []
    current: Section | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        heading = _HEADING.match(line)
        if heading:
            current = _section_of(heading.group("title"))
            if current is None:
                unknown.append((number, heading.group("title")))
            else:
                answers.setdefault(current, [])
            continue
        if current is not None and not line.startswith("# "):
            answers[current].append(line)
    written = {
        section: "\n".join(lines).strip()
        for section, lines in answers.items()
        if "".join(lines).strip()
    }
    return Reflection(written, tuple(unknown))
