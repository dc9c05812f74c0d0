"""Clock times in an agenda file, read as the chair wrote them.

YAML 1.1 reads an unquoted `until: 16:30` as the number 990 (it counts in sixties). In a method
file that is a mistake worth an error, but in an agenda `16:30` can only mean half past four, so
the agenda's `until` is taken as the text it shows and the sixties warning is dropped there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from yaml.nodes import ScalarNode

from intervisie_tui.library.yaml_tree import ParsedYaml, node_at, position

_CLOCK = re.compile(r"[0-9]{1,2}:[0-9]{2}")


def clock_times_as_written(parsed: ParsedYaml) -> ParsedYaml:
    """The parsed file with a plain HH:MM `until` as its text and without YAML's sixties
    warning there; the file unchanged when `until` is anything else."""
    data = parsed.data
    node, rest = node_at(parsed.root, ("until",))
    if rest or not isinstance(node, ScalarNode) or node.style or not isinstance(data, dict):
        return parsed
    if not _CLOCK.fullmatch(node.value):
        return parsed
    where = position(node)
    kept = tuple(p for p in parsed.problems if (p.line, p.col) != where)
    return replace(parsed, data={**data, "until": node.value}, problems=kept)
