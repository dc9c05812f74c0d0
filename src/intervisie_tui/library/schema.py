"""The JSON Schemas of method, agenda and ground-rules files, generated from their models.

methods/schema.json (and agenda.schema.json, ground-rules.schema.json beside it) is this
text; editors with the YAML language server use it (through each file's modeline) to flag
wrong keys and offer completions while an author types.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from intervisie_tui.model.agenda_file import AgendaFile
from intervisie_tui.model.ground_rules import GroundRules
from intervisie_tui.model.method import Method

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Each kind of file with its model, the title editors show, and its file beside the methods.
SCHEMAS: dict[str, tuple[type[BaseModel], str, str]] = {
    "method": (Method, "intervisie-tui method file", "schema.json"),
    "agenda": (AgendaFile, "intervisie-tui agenda file", "agenda.schema.json"),
    "ground-rules": (GroundRules, "intervisie-tui ground rules file", "ground-rules.schema.json"),
}


def method_schema(kind: str = "method") -> dict[str, Any]:
    """The schema of a kind of file as a dict, with the dialect and a title authors recognise."""
    model, title, _file = SCHEMAS[kind]
    schema = model.model_json_schema()
    return {
        "$schema": SCHEMA_DIALECT,
        "title": title,
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text(kind: str = "method") -> str:
    """The schema as stable, diff-friendly JSON text (what `intervisie-tui schema` prints)."""
    return json.dumps(method_schema(kind), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
