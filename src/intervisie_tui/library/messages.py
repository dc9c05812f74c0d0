"""Pydantic's validation errors rewritten as messages a method author can act on.

Pydantic speaks to programmers ("Extra inputs are not permitted"); an author needs the key, what
is wrong with it and what to write instead ("unknown key 'minuten': did you mean 'minutes'?").
The allowed keys come from the model itself, so the hints stay right when the model grows.
"""

from __future__ import annotations

import difflib
import types
from enum import Enum
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from intervisie_tui.model.method import Method

Loc = tuple[str | int, ...]

#: Pydantic's error type for a key the model does not have.
UNKNOWN_KEY = frozenset({"extra_forbidden"})
#: Errors about a key itself (unknown, or not text): they point at the key, not its value.
KEY_ERRORS = UNKNOWN_KEY | {"invalid_key"}


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """Each field of a model class with its annotation (resolved, constraints stripped)."""
    return {name: info.annotation for name, info in model.model_fields.items()}


def _unwrap(annotation: Any) -> Any:
    """Strip Optional and Annotated so only the type that holds the data is left."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [arg for arg in get_args(annotation) if arg is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


@cache
def _type_at(shape: tuple[str | None, ...], model: type[BaseModel] = Method) -> Any:
    """The type a data path leads to; `None` in the shape stands for any list index."""
    current: Any = model
    for part in shape:
        current = _unwrap(current)
        if part is None:
            if get_origin(current) not in (list, tuple):
                return None
            current = get_args(current)[0]
        elif _is_model(current):
            found = _fields(current).get(part)
            if found is None:
                return None
            current = found
        else:
            return None
    return _unwrap(current)


def _shape(loc: Loc) -> tuple[str | None, ...]:
    return tuple(None if isinstance(part, int) else part for part in loc)


def allowed_keys(loc: Loc, model: type[BaseModel] = Method) -> list[str]:
    """The keys `model` (a method file by default) accepts in the mapping at `loc`."""
    target = _type_at(_shape(loc), model)
    return list(_fields(target)) if _is_model(target) else []


def _enum_values(loc: Loc, model: type[BaseModel]) -> list[str]:
    target = _type_at(_shape(loc), model)
    if isinstance(target, type) and issubclass(target, Enum):
        return [str(member.value) for member in target]
    return []


def did_you_mean(word: str, choices: list[str]) -> str:
    """' (did you mean 'x'?)' for the closest choice, or '' when nothing is close."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _name(loc: Loc) -> str:
    """The key a message is about: the last text part of the path, with its list index."""
    for index in range(len(loc) - 1, -1, -1):
        part = loc[index]
        if isinstance(part, str):
            tail = "".join(f"[{p}]" for p in loc[index + 1 :])
            return f"'{part}{tail}'"
    return "this item"


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {value}"
    return f"{type(value).__name__} {_show(value)}"


def friendly_message(error: ErrorDetails, model: type[BaseModel] = Method) -> str:
    """One author-facing sentence for a pydantic error in a file of `model`, with what to do."""
    kind = error["type"]
    loc: Loc = tuple(error["loc"])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    name = _name(loc)
    key = str(loc[-1]) if loc else ""

    if kind == "missing":
        return f"missing key '{key}'; add it to this mapping"
    if kind in UNKNOWN_KEY:
        hint = did_you_mean(key, allowed_keys(loc[:-1], model))
        if not hint:
            hint = "; allowed here: " + ", ".join(allowed_keys(loc[:-1], model))
        return f"unknown key '{key}'{hint}"
    if kind == "invalid_key":
        return f"key {_show(value)} must be text, e.g. a name such as 'title'"
    if kind == "enum":
        values = _enum_values(loc, model)
        hint = did_you_mean(str(value), values)
        return f"{name} cannot be {_show(value)}; use one of: {', '.join(values)}{hint}"
    if kind == "string_pattern_mismatch" and key == "until":
        return f"{name} {_show(value)} is not a clock time; write HH:MM, e.g. '16:30'"
    if kind == "value_error":
        return f"{name} {ctx.get('error', error['msg'])}"
    if kind == "string_pattern_mismatch":
        return (
            f"{name} {_show(value)} is not a valid id; use lower-case letters, digits and '-' "
            "only, starting with a letter or digit, e.g. 'vragenronde'"
        )
    if kind == "string_too_short":
        return f"{name} must not be empty; write the text or remove the key if it is optional"
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        extra = " so it fits on one projected line" if limit == 80 else ""
        return f"{name} is {len(str(value))} characters; at most {limit}{extra}, shorten it"
    if kind == "string_type":
        if isinstance(value, bool):
            return f"{name} should be text, but YAML read true/false; put the value in quotes"
        if value is None:
            return f"{name} has no value; write the text after the colon or remove the key"
        return f"{name} should be text, not {_kind_of(value)}; put it in quotes if needed"
    if kind in ("float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"):
        whole = kind.startswith("int")
        example = "e.g. 3" if whole else "e.g. 5 or 2.5"
        number = "whole number" if whole else "number"
        return f"{name} should be a {number} ({example}), not {_kind_of(value)}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return _bound_message(kind, name, key, value, ctx)
    if kind in ("bool_parsing", "bool_type"):
        return f"{name} should be true or false, not {_kind_of(value)}"
    if kind == "too_short":
        minimum = ctx.get("min_length", 1)
        plural = "item" if minimum == 1 else "items"
        return f"{name} needs at least {minimum} {plural}; it is empty now"
    if kind == "too_long":
        return f"{name} has too many items; at most {ctx.get('max_length')}"
    if kind in ("list_type", "tuple_type"):
        return f"{name} should be a list (one '- item' per line, or [a, b]), not {_kind_of(value)}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{name} should be a mapping of keys ('key: value' lines), not {_kind_of(value)}"
    return f"{name}: {error['msg']}"


def _bound_message(kind: str, name: str, key: str, value: object, ctx: dict[str, Any]) -> str:
    limit = next(iter(ctx.values()), None)
    shown = f"{limit:g}" if isinstance(limit, float) else str(limit)
    if kind.startswith("greater"):
        words = "more than" if kind == "greater_than" else "at least"
        hint = "; leave 'minutes' out for an untimed step" if key == "minutes" else ""
        return f"{name} must be {words} {shown}, not {_show(value)}{hint}"
    words = "less than" if kind == "less_than" else "at most"
    hint = "; minutes typed as seconds?" if key == "minutes" else ""
    return f"{name} must be {words} {shown}, not {_show(value)}{hint}"
