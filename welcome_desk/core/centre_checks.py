"""Checks of a centre file that know the domain: short messages, broken text, holiday regions.

Kept beside :mod:`welcome_desk.core.centre` (which uses them) so every bad
centre file gets its own one-line answer: a schema message never quotes a
megabyte of the offending value, a lone surrogate is named by its JSON path,
and a holiday region must be one the ``holidays`` library knows.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 64  # a centre document is a few levels deep; more is an attack or an accident
MAX_PROBLEM_CHARS = 240


def json_path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a centre file may hold")


def value_problem(exc: ValueError) -> str:
    text = str(exc)
    if "digits" in text:
        return "a number has thousands of digits; numbers in a centre file are small"
    return text[:120]


def first_broken_text(data: Any, path: tuple = (), depth: int = 0) -> str | None:
    """The JSON path of the first string (key or value) that is not valid Unicode text, if any."""
    if depth > MAX_DEPTH:
        return json_path(path) + " (nested too deeply)"
    if isinstance(data, str):
        return None if _valid_text(data) else json_path(path)
    if isinstance(data, dict):
        for key, value in data.items():
            if not _valid_text(key):
                return json_path(path) + " (a key)"
            found = first_broken_text(value, (*path, key), depth + 1)
            if found:
                return found
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found = first_broken_text(value, (*path, i), depth + 1)
            if found:
                return found
    return None


def _valid_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def short_schema_message(err: Any) -> str:
    """jsonschema quotes the whole offending value (megabytes for a huge list); say what is wrong instead."""
    message = err.message
    if len(message) <= MAX_PROBLEM_CHARS:
        return message
    validator, expected = err.validator, err.validator_value
    size = len(err.instance) if isinstance(err.instance, (str, list, dict)) else None
    if validator in ("maxItems", "maxLength", "maxProperties") and size is not None:
        return f"has {size} {'characters' if isinstance(err.instance, str) else 'items'}; at most {expected} are allowed"
    if validator in ("minItems", "minLength") and size is not None:
        return f"has {size}; at least {expected} are needed"
    if validator == "uniqueItems":
        return "has repeated items; each may appear once"
    if validator == "pattern":
        return f"does not match the pattern {expected}"
    if validator == "enum":
        return f"is not one of {', '.join(map(str, expected))[:120]}"
    if validator == "type":
        return f"must be of type {expected}"
    return f"is not valid ({validator})"


def holiday_problem(country: str, subdivision: str) -> str | None:
    """Why a holiday region is unknown to the holidays library, in one line naming the valid ones; None if known."""
    import holidays as holiday_calendars

    supported = holiday_calendars.list_supported_countries()
    if country not in supported:
        return f"$.holiday_region.country: '{country[:20]}' is not a country the holidays calendar knows (e.g. DE, AT, CH)"
    subdivisions = [s for s in supported[country] if s.isupper()] or list(supported[country])
    if subdivision and subdivision not in supported[country]:
        return (
            f"$.holiday_region.subdivision: '{subdivision[:20]}' is not a subdivision of {country}; "
            f"valid: {', '.join(subdivisions)[:200]}"
        )
    return None


def unreviewed_problems(data: Any) -> list[str]:
    """A language marked as an unreviewed draft (``unreviewed``) must have a text in that field."""
    problems: list[str] = []
    owners = [("$", data)] + [(f"$.units[{i}]", unit) for i, unit in enumerate(data.get("units", []))]
    for where, owner in owners:
        for field, langs in (owner.get("unreviewed") or {}).items():
            for lang in langs:
                if lang not in (owner.get(field) or {}):
                    problems.append(f"{where}.unreviewed.{field}: '{lang}' is marked unreviewed but {field} has no '{lang}' text")
    return problems
