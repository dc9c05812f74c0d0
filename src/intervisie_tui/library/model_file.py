"""Reading any of our own YAML data files (a group, a meeting record) into its model.

Method files have their own loader with cross-checks and a result cache; the other files a
user may edit by hand go through the same byte checks, the same safe YAML parsing and the same
author-facing messages, so a damaged group file says file:line:col and what to do exactly as a
method file does, and never raises.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode

from intervisie_tui.library.loader import validation_problems
from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.source import read_source
from intervisie_tui.library.yaml_tree import parse_yaml, position
from intervisie_tui.messages import Msg

__all__ = ["load_model_file"]

M = TypeVar("M", bound=BaseModel)


def load_model_file(path: Path, model: type[M]) -> tuple[M | None, tuple[Problem, ...]]:
    """The file's content as `model`, or None with the located problems that prevent it."""
    source = read_source(path)
    if isinstance(source, Problem):
        return None, (source,)
    parsed = parse_yaml(source)
    if parsed is None:
        return None, (Problem(path, 1, 1, Severity.error, Msg("check.file_empty")),)
    if isinstance(parsed, Problem):
        return None, (parsed,)
    problems = list(parsed.problems)
    if not isinstance(parsed.root, MappingNode):
        where = position(parsed.root)
        problems.append(Problem(path, *where, Severity.error, Msg("check.file_not_mapping")))
        return None, tuple(sorted(problems))
    if any(problem.is_error for problem in problems):
        return None, tuple(sorted(problems))
    try:
        value = model.model_validate(parsed.data)
    except ValidationError as error:
        problems.extend(validation_problems(parsed, error, model))
        return None, tuple(sorted(problems))
    return value, tuple(sorted(problems))
