"""The JSON Schema of a method file, generated from the model so the two can never disagree.

methods/schema.json is this text; editors with the YAML language server use it (through each
file's modeline) to flag wrong keys and offer completions while an author types.
"""

from __future__ import annotations

import json
from typing import Any

from intervisie_tui.model.method import Method

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def method_schema() -> dict[str, Any]:
    """The schema as a dict, with the dialect and a title authors recognise."""
    schema = Method.model_json_schema()
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "intervisie-tui method file",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text() -> str:
    """The schema as stable, diff-friendly JSON text (what `intervisie-tui schema` prints)."""
    return json.dumps(method_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
