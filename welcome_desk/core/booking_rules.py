"""The booking rules every visit change shares: its errors, text checks and the walk-in rule.

Kept apart from :mod:`welcome_desk.core.booking` so the visit moves
(:mod:`welcome_desk.core.visit_moves`) use them without importing the service.
"""

from __future__ import annotations

from typing import NamedTuple

from welcome_desk.core.centre import Unit
from welcome_desk.core.entries import EntryView
from welcome_desk.core.models import MAX_CONTACT, MAX_NAME, MAX_QUERY_TEXT


class BookingError(ValueError):
    """A booking that cannot be made; ``str()`` is a message for a person.

    ``code`` lets the UI show its own translated wording.
    """

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class SlotTaken(BookingError):
    pass


def shown(value: object, limit: int = 40) -> str:
    """A value quoted back in a message: visible control characters, never a wall of text."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Referral(NamedTuple):
    """The entry sent onward (now 'referred') and the new entry it is linked to."""

    source: EntryView
    entry: EntryView


def check_text(value: str | None, limit: int, what: str) -> str | None:
    """Free text is stored exactly as typed, or refused with a reason — never cut."""
    if value is None:
        return None
    if "\x00" in value:
        raise BookingError("bad_text", f"the {what} contains a NUL character; please retype it", field=what)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. from a broken paste: no database can store it
        raise BookingError(
            "bad_text",
            f"the {what} contains a broken character at position {exc.start + 1} that cannot be stored; please retype it",
            field=what,
        ) from None
    if len(value) > limit:
        raise BookingError(
            "too_long",
            f"the {what} is {len(value)} characters long; at most {limit} are allowed",
            field=what, length=len(value), limit=limit,
        )
    return value if value.strip() else None


def require_walk_in(unit: Unit) -> None:
    if "walk_in" not in unit.accepts:
        raise BookingError("no_walk_in", f"{unit.name.get('en')} sees visitors by appointment only", unit=unit.id)


def checked_texts(
    query_text: str | None, visitor_name: str | None, visitor_contact: str | None, language: str
) -> tuple[str | None, str | None, str | None]:
    if not language or len(language) > 16:
        raise BookingError("bad_language", f"not a language code: {shown(language)}")
    return (
        check_text(query_text, MAX_QUERY_TEXT, "concern text"),
        check_text(visitor_name, MAX_NAME, "name"),
        check_text(visitor_contact, MAX_CONTACT, "contact"),
    )
