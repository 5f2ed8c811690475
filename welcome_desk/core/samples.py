"""Invented sample values in a centre file, and how they are marked wherever they are shown or printed.

A centre file lists per unit the fields whose values are invented (``sample_values``: rooms, or an
outside partner's address, hours and phone). Each such value carries :data:`SAMPLE_MARK` on screen
(detail panel, ticket card, partner advice, call display, ``welcome-desk calls``) and on the printed
slip, with a note, until the team lead replaces it: editing the value takes it off the list
(core/centre_edit.py).
"""

from __future__ import annotations

from welcome_desk.core.centre import Unit

SAMPLE_FIELDS = ("room", "counter", "floor", "building", "location", "schedules", "phones")
SAMPLE_MARK = "*"


def is_sample(unit: Unit, field: str) -> bool:
    """True when the value shown for ``field`` is ``unit``'s own and the centre file marks it invented
    (a value the unit takes from the centre — the centre's phone or hours — is the centre's, a fact)."""
    if field not in unit.sample_values:
        return False
    own = {"location": unit.location, "building": unit.location, "phones": unit.phones, "schedules": unit.schedules}
    return bool(own[field]) if field in own else True


def has_samples(unit: Unit) -> bool:
    return any(is_sample(unit, field) for field in SAMPLE_FIELDS)
