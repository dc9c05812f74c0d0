"""An agenda file checked against the library: unknown ids with their line and column.

The file itself is loaded like a method file (loader.py); which ids exist depends on the
library it will run with (bundled, the user's folder, --methods), so this second look happens
when the library is known: in `check` and in `run --agenda`.
"""

from __future__ import annotations

from intervisie_tui.library.library import Library
from intervisie_tui.library.problem import Problem
from intervisie_tui.library.result import FileResult
from intervisie_tui.library.source import read_source
from intervisie_tui.model.agenda_checks import check_agenda_references


def agenda_reference_problems(result: FileResult, *libraries: Library) -> list[Problem]:
    """The problems of an agenda file's ids against the libraries, at the node of each id.

    Several libraries count as one (the usual library plus files checked along with the
    agenda). The file is parsed again only when there is something to point at.
    """
    agenda = result.agenda_to_check
    if agenda is None:
        return []
    methods = {
        key: loaded.method for library in libraries for key, loaded in library.methods.items()
    }
    rules = {key for library in libraries for key in library.ground_rules}
    after_left_out = {loc[:-1] for loc in result.left_out}
    findings = [
        finding
        for finding in check_agenda_references(agenda, methods, rules)
        if finding.loc not in after_left_out
    ]
    if not findings:
        return []
    from intervisie_tui.library.yaml_tree import node_at, parse_yaml, position

    source = read_source(result.path)
    parsed = None if isinstance(source, Problem) else parse_yaml(source)
    problems = []
    for finding in findings:
        where = (1, 1)
        if parsed is not None and not isinstance(parsed, Problem):
            node, _rest = node_at(parsed.root, finding.loc)
            where = position(node)
        problems.append(Problem(result.path, *where, finding.severity, finding.message))
    return sorted(problems)
