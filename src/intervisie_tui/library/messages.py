"""Pydantic's validation errors rewritten as messages a method author can act on.

Pydantic speaks to programmers ("Extra inputs are not permitted"); an author needs the key, what
is wrong with it and what to write instead ("unknown key 'minuten': did you mean 'minutes'?").
Each message is a catalogue `Msg`, said in the author's language only where it is shown.
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

from intervisie_tui.messages import Msg, MsgError
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


def did_you_mean(word: str, choices: list[str]) -> Msg | str:
    """'; did you mean 'x'?' for the closest choice, or '' when nothing is close."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return Msg("check.did_you_mean", word=close[0]) if close else ""


def _name(loc: Loc) -> Msg | str:
    """The key a message is about: the last text part of the path, with its list index."""
    for index in range(len(loc) - 1, -1, -1):
        part = loc[index]
        if isinstance(part, str):
            tail = "".join(f"[{p}]" for p in loc[index + 1 :])
            return f"'{part}{tail}'"
    return Msg("check.this_item")


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _kind_of(value: object) -> Msg:
    if isinstance(value, bool):
        return Msg("check.kind.bool")
    if value is None:
        return Msg("check.kind.none")
    if isinstance(value, dict):
        return Msg("check.kind.mapping")
    if isinstance(value, list):
        return Msg("check.kind.list")
    if isinstance(value, int | float):
        return Msg("check.kind.number", value=str(value))
    if isinstance(value, str):
        return Msg("check.kind.text", value=_show(value))
    return Msg("check.kind.other", type=type(value).__name__, value=_show(value))


def _value_error(name: Msg | str, error: object) -> Msg:
    """A model's own refusal (a validator's MsgError, said in the reader's language) after
    the key it is about."""
    said: Msg | str = error.message if isinstance(error, MsgError) else str(error)
    return Msg("check.value_error", name=name, error=said)


def friendly_message(error: ErrorDetails, model: type[BaseModel] = Method) -> Msg:
    """One author-facing message for a pydantic error in a file of `model`, with what to do."""
    kind = error["type"]
    loc: Loc = tuple(error["loc"])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    name = _name(loc)
    key = str(loc[-1]) if loc else ""

    if kind == "missing":
        return Msg("check.missing_key", key=key)
    if kind in UNKNOWN_KEY:
        allowed = allowed_keys(loc[:-1], model)
        hint = did_you_mean(key, allowed)
        if not hint and allowed:
            hint = Msg("check.allowed_here", keys=", ".join(allowed))
        return Msg("check.unknown_key", key=key, hint=hint)
    if kind == "invalid_key":
        return Msg("check.invalid_key", value=_show(value))
    if kind == "enum":
        values = _enum_values(loc, model)
        hint = did_you_mean(str(value), values)
        shown = _show(value)
        return Msg("check.enum", name=name, value=shown, values=", ".join(values), hint=hint)
    if kind == "string_pattern_mismatch" and key == "until":
        return Msg("check.not_clock", name=name, value=_show(value))
    if kind == "value_error":
        return _value_error(name, ctx.get("error", error["msg"]))
    if kind == "string_pattern_mismatch":
        return Msg("check.bad_id", name=name, value=_show(value))
    if kind == "string_too_short":
        return Msg("check.empty_text", name=name)
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        which = "check.long_line" if limit == 80 else "check.long_text"
        return Msg(which, name=name, length=len(str(value)), limit=str(limit))
    if kind == "string_type":
        if isinstance(value, bool):
            return Msg("check.text_bool", name=name)
        if value is None:
            return Msg("check.text_none", name=name)
        return Msg("check.text_type", name=name, kind=_kind_of(value))
    if kind in ("float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"):
        which = "check.whole_number" if kind.startswith("int") else "check.number"
        return Msg(which, name=name, kind=_kind_of(value))
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return _bound_message(kind, name, key, value, ctx)
    if kind in ("bool_parsing", "bool_type"):
        return Msg("check.bool", name=name, kind=_kind_of(value))
    if kind == "too_short":
        minimum = ctx.get("min_length", 1)
        if minimum == 1:
            return Msg("check.too_few_one", name=name)
        return Msg("check.too_few", name=name, minimum=str(minimum))
    if kind == "too_long":
        return Msg("check.too_many", name=name, limit=str(ctx.get("max_length")))
    if kind in ("list_type", "tuple_type"):
        return Msg("check.list_type", name=name, kind=_kind_of(value))
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return Msg("check.mapping_type", name=name, kind=_kind_of(value))
    return Msg("check.pydantic", name=name, detail=error["msg"])


#: Pydantic's bound errors, each with the message that says it.
_BOUNDS = {
    "greater_than": "check.more_than",
    "greater_than_equal": "check.at_least",
    "less_than": "check.less_than",
    "less_than_equal": "check.at_most",
}


def _bound_message(kind: str, name: Msg | str, key: str, value: object, ctx: dict[str, Any]) -> Msg:
    limit = next(iter(ctx.values()), None)
    shown = f"{limit:g}" if isinstance(limit, float) else str(limit)
    hint: Msg | str = ""
    if key == "minutes":
        hint = Msg("check.hint.untimed" if kind.startswith("greater") else "check.hint.seconds")
    return Msg(_BOUNDS[kind], name=name, limit=shown, value=_show(value), hint=hint)
