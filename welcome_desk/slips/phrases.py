"""Fixed slip texts by language, read from ``resources/slips/phrases.json``.

The phrases are data: adding a language means adding one block to the JSON
file (every key that German has, see the tests). This module loads them once,
answers which languages a slip can be printed in and formats dates, times and
weekly hours the way each language writes them.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any, Iterable, Mapping

from welcome_desk.core.centre import Schedule
from welcome_desk.core.paths import resource

GERMAN = "de"


@lru_cache(maxsize=1)
def _all_phrases() -> dict[str, dict[str, Any]]:
    raw = json.loads(resource("slips", "phrases.json").read_text("utf-8"))
    return {lang: block for lang, block in raw.items() if not lang.startswith("_")}


def supported_languages() -> tuple[str, ...]:
    """Language codes a slip can be printed in, German first, in file order."""
    langs = list(_all_phrases())
    langs.sort(key=lambda lang: lang != GERMAN)
    return tuple(langs)


def language_names() -> dict[str, str]:
    """Each supported language's name in its own script, for a language picker."""
    return {lang: block["language_name"] for lang, block in _all_phrases().items()}


def language_name(lang: str) -> str:
    return phrases(lang)["language_name"]


def check_language(lang: str) -> str:
    """Return ``lang`` if a slip can be printed in it, else raise ValueError."""
    if not isinstance(lang, str) or lang not in _all_phrases():
        raise ValueError(
            f"unsupported slip language {lang!r}; supported: {', '.join(supported_languages())}"
        )
    return lang


def phrases(lang: str) -> Mapping[str, Any]:
    """All fixed texts for one language (raises ValueError for an unknown one)."""
    return _all_phrases()[check_language(lang)]


def phrase(lang: str, key: str, **values: str) -> str:
    """One fixed text, with ``{placeholders}`` filled in from ``values``."""
    text = phrases(lang)[key]
    return text.format(**values) if values else text


@lru_cache(maxsize=1)
def _wait_phrases() -> dict[str, dict[str, str]]:
    raw = json.loads(resource("slips", "wait_phrases.json").read_text("utf-8"))
    return {lang: block for lang, block in raw.items() if not lang.startswith("_")}


def wait_phrase(lang: str, key: str, **values: str) -> str:
    """A text about waiting (resources/slips/wait_phrases.json); English where ``lang`` has none yet."""
    texts = _wait_phrases()
    block = texts.get(lang) or texts["en"]
    return block[key].format(**values)


def has_wait_phrases(lang: str) -> bool:
    return lang in _wait_phrases()


def is_rtl(lang: str) -> bool:
    """True for languages written right to left (Arabic, Farsi)."""
    block = _all_phrases().get(lang)
    return bool(block) and block.get("direction") == "rtl"


# --------------------------------------------------------------------------- formatting


def format_time(value: time | datetime) -> str:
    """24-hour HH:MM with Western digits (same on the German and visitor side)."""
    return f"{value.hour:02d}:{value.minute:02d}"


def format_date(value: date | datetime, lang: str) -> str:
    """A full date with weekday and month name, e.g. ``Di, 14. Mai 2024``."""
    block = phrases(lang)
    return block["date_format"].format(
        weekday=block["weekdays"][value.weekday()],
        day=value.day,
        month=block["months"][value.month - 1],
        year=value.year,
    )


def _day_groups(days: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive weekday runs: {0,1,2,3,5} -> [(0, 3), (5, 5)]."""
    groups: list[tuple[int, int]] = []
    for day in sorted(set(days)):
        if groups and day == groups[-1][1] + 1:
            groups[-1] = (groups[-1][0], day)
        else:
            groups.append((day, day))
    return groups


def format_schedule(schedule: Schedule, lang: str) -> str:
    """One schedule, e.g. ``Mo–Do 08:00–16:00`` or ``Mo, Mi 09:00–12:00``."""
    block = phrases(lang)
    names = block["weekdays_short"]
    parts = []
    for first, last in _day_groups(schedule.weekdays):
        if first == last:
            parts.append(names[first])
        elif last == first + 1:
            parts.append(names[first] + block["list_separator"] + names[last])
        else:
            parts.append(f"{names[first]}–{names[last]}")
    days = block["list_separator"].join(parts)
    hours = f"{format_time(schedule.opens_at)}–{format_time(schedule.closes_at)}"
    return f"{days} {hours}" if days else hours


def format_schedules(schedules: Iterable[Schedule], lang: str) -> list[str]:
    """All schedules, sorted by first weekday then opening time."""
    ordered = sorted(
        (s for s in schedules if s.weekdays),
        key=lambda s: (min(s.weekdays), s.opens_at),
    )
    return [format_schedule(s, lang) for s in ordered]
