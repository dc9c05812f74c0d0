"""Pydantic at the border: turn plain data into model objects, and model objects into data.

Only code that reads a method from outside (a changed file, a journal, `check`, `schema`)
imports this module, and with it pydantic; the app that runs an unchanged library never does.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import TypeAdapter

from intervisie_tui.model.method import Method


@cache
def _method_adapter() -> TypeAdapter[Method]:
    return TypeAdapter(Method)


def validate_method(data: object) -> Method:
    """A Method from parsed YAML or JSON data; raises pydantic.ValidationError when invalid."""
    return _method_adapter().validate_python(data)


def method_json_schema() -> dict[str, Any]:
    """The JSON Schema of a method file, generated from the model."""
    return _method_adapter().json_schema()
