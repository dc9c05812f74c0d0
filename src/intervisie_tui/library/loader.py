"""Loading one method, ground-rules or agenda file into its model, or into located problems.

Every failure mode ends as a Problem with the file's real line and column; nothing here raises
on bad input, so one broken file can never stop the rest of the library from loading.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from yaml.nodes import MappingNode, Node

from intervisie_tui.library.messages import KEY_ERRORS, friendly_message
from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.result import FileResult
from intervisie_tui.library.source import SourceText, read_source
from intervisie_tui.library.yaml_clock import clock_times_as_written
from intervisie_tui.library.yaml_tree import (
    ParsedYaml,
    key_node_at,
    locs_of,
    node_at,
    parse_yaml,
    position,
)
from intervisie_tui.messages import Msg
from intervisie_tui.model.agenda_checks import check_agenda_file
from intervisie_tui.model.agenda_file import AgendaFile
from intervisie_tui.model.english import missing_english
from intervisie_tui.model.ground_rules import GroundRules, check_ground_rules
from intervisie_tui.model.method import Method
from intervisie_tui.model.references import Finding, check_method

__all__ = ["MODELINE", "FileResult", "load_file", "load_source"]

#: The first line of every method file: editors with the YAML language server then validate
#: and complete keys against the schema while the author types.
MODELINE = "# yaml-language-server: $schema=./schema.json"
_MODELINE_PATTERN = re.compile(r"#\s*yaml-language-server:\s*\$schema=\S+")


def _modeline_problem(source: SourceText) -> Problem | None:
    first_line = source.text.split("\n", 1)[0].strip()
    if _MODELINE_PATTERN.fullmatch(first_line):
        return None
    return Problem(
        source.path,
        1,
        1,
        Severity.warning,
        Msg("check.modeline", modeline=MODELINE),
    )


def validation_problems(
    parsed: ParsedYaml, error: ValidationError, model: type[BaseModel] = Method
) -> list[Problem]:
    """Each pydantic error of a file of `model`, located at its node with an author's message."""
    # A value the YAML checks refused already has its message; pydantic's second opinion on
    # the same value ("should be text, not the number 90" for 1:30) would only confuse.
    judged = {(p.line, p.col) for p in parsed.problems if p.is_error}
    problems = []
    details = error.errors(include_url=False)
    for detail in details:
        loc = tuple(detail["loc"])
        if detail["type"] == "too_short" and _an_item_failed(loc, details):
            continue
        node: Node | None = None
        if detail["type"] in KEY_ERRORS:
            node = key_node_at(parsed.root, loc)
        if node is None:
            # A missing key ends at its parent mapping, which is where it has to be added.
            node, _rest = node_at(parsed.root, loc)
        if position(node) not in judged:
            problems.append(
                Problem(
                    parsed.path, *position(node), Severity.error, friendly_message(detail, model)
                )
            )
    return problems


def _an_item_failed(loc: tuple[str | int, ...], details: list[ErrorDetails]) -> bool:
    """Whether an item inside `loc` has its own error.

    Pydantic counts a tuple's length after dropping the items that failed, so one broken member
    also reads as "needs at least 1 item; it is empty now": the item's own error says it better.
    """
    return any(len(d["loc"]) > len(loc) and tuple(d["loc"][: len(loc)]) == loc for d in details)


def _value_at(method: Method, loc: tuple[str | int, ...]) -> object:
    """What the validated method holds at a data path, or None when the path leads nowhere."""
    value: object = method
    for part in loc:
        if isinstance(part, int):
            value = value[part] if isinstance(value, list | tuple) and part < len(value) else None
        else:
            value = getattr(value, part, None)
    return value


def _misread_booleans(parsed: ParsedYaml, method: Method) -> list[Problem]:
    """True/false values the model took as numbers (`minutes: true` would be one minute)."""
    problems = []
    for node_id, loc in locs_of(parsed.root, list(parsed.booleans)).items():
        value = _value_at(method, loc)
        if isinstance(value, int | float) and not isinstance(value, bool):
            node = next(node for node in parsed.booleans if id(node) == node_id)
            key = next((part for part in reversed(loc) if isinstance(part, str)), None)
            problems.append(
                Problem(
                    parsed.path,
                    *position(node),
                    Severity.error,
                    Msg(
                        "check.misread_bool",
                        key=Msg("check.this_value") if key is None else key,
                        written=node.value,
                        value=f"{value:g}",
                    ),
                )
            )
    return problems


def load_file(path: Path) -> FileResult:
    """Read, parse, validate and cross-check one method file."""
    source = read_source(path)
    if isinstance(source, Problem):
        return FileResult(path, None, (source,))
    return load_source(source)


def load_source(source: SourceText) -> FileResult:
    """Parse, validate and cross-check the text of one method, ground-rules or agenda file.

    The top-level keys tell them apart: `items` makes an agenda, `ground_rules` a group's
    ground rules, anything else a method; all three go through the same YAML checks.
    """
    path = source.path
    problems: list[Problem] = []
    parsed = parse_yaml(source)
    if parsed is None:
        problems.append(
            Problem(
                path,
                1,
                1,
                Severity.error,
                Msg("check.method_empty"),
            )
        )
        return FileResult(path, None, tuple(problems))
    kind = _kind_of_file(parsed)
    modeline = _modeline_problem(source)
    if modeline is not None and kind is not AgendaFile:
        problems.append(modeline)
    if isinstance(parsed, Problem):
        problems.append(parsed)
        return FileResult(path, None, tuple(sorted(problems)))
    if kind is AgendaFile:
        parsed = clock_times_as_written(parsed)
    problems.extend(parsed.problems)
    if not isinstance(parsed.root, MappingNode):
        what = "check.method_is_list" if isinstance(parsed.data, list) else "check.method_is_value"
        problems.append(Problem(path, *position(parsed.root), Severity.error, Msg(what)))
        return FileResult(path, None, tuple(sorted(problems)))
    if kind is AgendaFile:
        return _load_agenda(parsed, problems)
    if kind is GroundRules:
        return _load_ground_rules(parsed, problems)
    return _load_method(parsed, problems)


def _kind_of_file(parsed: ParsedYaml | Problem) -> type[Method | GroundRules | AgendaFile]:
    """Which model a parsed file is meant for, by its top-level keys."""
    if isinstance(parsed, Problem) or not isinstance(parsed.data, dict):
        return Method
    if "items" in parsed.data:
        return AgendaFile
    if "ground_rules" in parsed.data:
        return GroundRules
    return Method


def _located(parsed: ParsedYaml, findings: list[Finding]) -> list[Problem]:
    problems = []
    for finding in findings:
        node, _rest = node_at(parsed.root, finding.loc)
        problems.append(Problem(parsed.path, *position(node), finding.severity, finding.message))
    return problems


def _usable(problems: list[Problem]) -> tuple[bool, tuple[Problem, ...]]:
    ordered = tuple(sorted(problems))
    return not any(problem.is_error for problem in ordered), ordered


def _load_method(parsed: ParsedYaml, problems: list[Problem]) -> FileResult:
    path = parsed.path
    id_node, rest = node_at(parsed.root, ("id",))
    id_position = None if rest else position(id_node)
    try:
        method = Method.model_validate(parsed.data)
    except ValidationError as error:
        problems.extend(validation_problems(parsed, error))
        return FileResult(path, None, tuple(sorted(problems)), id_position)
    problems.extend(_misread_booleans(parsed, method))
    problems.extend(_located(parsed, [*check_method(method), *missing_english(method)]))
    usable, result_problems = _usable(problems)
    return FileResult(path, method if usable else None, result_problems, id_position)


def _load_ground_rules(parsed: ParsedYaml, problems: list[Problem]) -> FileResult:
    path = parsed.path
    id_node, rest = node_at(parsed.root, ("id",))
    id_position = None if rest else position(id_node)
    try:
        rules = GroundRules.model_validate(parsed.data)
    except ValidationError as error:
        problems.extend(validation_problems(parsed, error, GroundRules))
        return FileResult(path, None, tuple(sorted(problems)), id_position)
    problems.extend(_located(parsed, check_ground_rules(rules)))
    usable, result_problems = _usable(problems)
    return FileResult(
        path, None, result_problems, id_position, ground_rules=rules if usable else None
    )


def _load_agenda(parsed: ParsedYaml, problems: list[Problem]) -> FileResult:
    try:
        agenda = AgendaFile.model_validate(parsed.data)
    except ValidationError as error:
        problems.extend(validation_problems(parsed, error, AgendaFile))
        as_read, left_out = _without_unknown_keys(parsed.data, error)
        if as_read is not None:
            findings = [f for f in check_agenda_file(as_read) if f.loc not in _parents(left_out)]
            problems.extend(_located(parsed, findings))
        return FileResult(
            parsed.path,
            None,
            tuple(sorted(set(problems))),
            agenda_as_read=as_read,
            left_out=left_out,
        )
    problems.extend(_located(parsed, check_agenda_file(agenda)))
    usable, result_problems = _usable(problems)
    return FileResult(parsed.path, None, result_problems, agenda=agenda if usable else None)


def _without_unknown_keys(
    data: object, error: ValidationError
) -> tuple[AgendaFile | None, tuple[tuple[str | int, ...], ...]]:
    """The agenda with every unknown key left out ('inbreger:'), when those were its only
    errors: then its ids and names can still be checked, and a typo in one key no longer
    hides the other errors until it is fixed. (None, ()) otherwise."""
    errors = error.errors()
    if any(e["type"] != "extra_forbidden" for e in errors):
        return None, ()
    trimmed = copy.deepcopy(data)
    locs = tuple(tuple(e["loc"]) for e in errors)
    for loc in locs:
        node = trimmed
        for key in loc[:-1]:
            node = node[key]  # type: ignore[index]
        node.pop(loc[-1], None)  # type: ignore[attr-defined]
    try:
        return AgendaFile.model_validate(trimmed), locs
    except (ValidationError, KeyError, IndexError, TypeError, AttributeError):
        return None, ()


def _parents(locs: tuple[tuple[str | int, ...], ...]) -> set[tuple[str | int, ...]]:
    """Where each left-out key sat: a finding there follows from the key left out (a case
    item 'without' the inbrenger typed as 'inbreger'), not an error of its own."""
    return {loc[:-1] for loc in locs}
