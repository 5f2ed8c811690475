"""What the display writes and says for a call: German, and a line in the visitor's slip language.

Qt-free, so the wording is tested without a window. The visitor line reuses the
slip phrases (``your_number``, ``counter``, ``room``) so a visitor reads the
same words on the display as on the slip in their hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from welcome_desk.core.calls import Call
from welcome_desk.core.samples import SAMPLE_MARK
from welcome_desk.core.paths import resource
from welcome_desk.slips import phrases as slip


@lru_cache(maxsize=1)
def labels() -> Mapping[str, str]:
    """The display's own German texts (resources/display/display.json)."""
    return json.loads(resource("display", "display.json").read_text("utf-8"))["de"]


@dataclass(frozen=True)
class CallText:
    german: str  # "A-017 → Schalter 3, Raum B 0.12"
    visitor: str  # the same in the slip language ("" for German or an unknown language)
    visitor_rtl: bool
    say_german: str
    say_visitor: str  # "" when the visitor's language is German or unknown


def spoken_ticket(ticket: str) -> str:
    """A-017 → 'A 17': letters spelt, the number as a number (how a person reads it out)."""
    prefix, _, number = ticket.rpartition("-")
    if not prefix or not number.isdigit():
        return ticket
    return f"{' '.join(prefix)} {int(number)}"


def _german_place(call: Call, mark: str = "") -> str:
    text = labels()
    parts = [text["counter"].format(counter=call.counter) if call.counter else "",
             text["room"].format(room=call.room) + mark if call.room else ""]
    return ", ".join(p for p in parts if p) or call.unit_id


def _visitor_place(call: Call, lang: str, mark: str = "") -> str:
    words = slip.phrases(lang)
    parts = [f"{words['counter']} {call.counter}" if call.counter else "",
             f"{words['room']} {call.room}{mark}" if call.room else ""]
    return words["list_separator"].join(p for p in parts if p)


def sample_note() -> str:
    """The footnote under calls whose room is an invented sample value: the slip's own German words."""
    return slip.phrase(slip.GERMAN, "sample_note")


def call_text(call: Call, sample_room: bool = False) -> CallText:
    """``sample_room``: the room is an invented sample value of the centre file; it is marked on the
    screen (the display shows :func:`sample_note`), never spoken."""
    text = labels()
    place = _german_place(call)
    mark = " " + SAMPLE_MARK if sample_room else ""
    german = text["call"].format(ticket=call.ticket, place=_german_place(call, mark))
    say = text["say_recall" if call.recall else "say"].format(ticket=spoken_ticket(call.ticket), place=place)
    lang = call.language
    if lang == slip.GERMAN or lang not in slip.supported_languages():
        return CallText(german, "", False, say, "")
    words = slip.phrases(lang)
    where = _visitor_place(call, lang) or place
    shown = _visitor_place(call, lang, mark) or place
    rtl = slip.is_rtl(lang)
    # An RTL line keeps the ticket and the place as isolated left-to-right runs (FSI … PDI).
    ticket = f"\u2068{call.ticket}\u2069" if rtl else call.ticket
    visitor = f"{words['your_number']} {ticket} — {shown}"
    return CallText(german, visitor, rtl, say, f"{words['your_number']} {spoken_ticket(call.ticket)}. {where}.")
