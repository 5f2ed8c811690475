"""Translated wording for the editor's refusals (the core's messages are English, keyed by code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from welcome_desk.core.centre_edit import CentreEditError


def kind_text(kind: str) -> str:
    return {
        "unit": QCoreApplication.translate("CentreEditor", "unit"),
        "concern": QCoreApplication.translate("CentreEditor", "concern"),
        "question": QCoreApplication.translate("CentreEditor", "question"),
        "centre": QCoreApplication.translate("CentreEditor", "centre"),
    }.get(kind, kind)


def edit_error_text(exc: CentreEditError) -> str:
    p = exc.params
    kind = kind_text(str(p.get("kind", "")))
    item = str(p.get("item", ""))
    texts = {
        "referenced": lambda: QCoreApplication.translate("CentreEditor", "The {kind} “{item}” cannot be removed: it is still used by {references}.").format(
            kind=kind, item=item, references=p.get("references", "")
        ),
        "last_item": lambda: QCoreApplication.translate("CentreEditor", "The {kind} “{item}” is the last one; a centre needs at least one.").format(
            kind=kind, item=item
        ),
        "id_fixed": lambda: QCoreApplication.translate("CentreEditor", "The id of “{item}” is stored already and cannot change.").format(item=item),
        "bad_id": lambda: QCoreApplication.translate("CentreEditor", "“{item}” is not a valid id: use lower-case letters, digits and “-”.").format(item=item),
        "duplicate_id": lambda: QCoreApplication.translate("CentreEditor", "There is already a {kind} with the id “{item}”.").format(kind=kind, item=item),
        "unit_has_visits": lambda: QCoreApplication.translate(
            "CentreEditor", "The unit “{unit}” has {count} visit(s) from today on. Remove it when they are over."
        ).format(unit=p.get("unit", ""), count=p.get("count", "")),
        "changed_elsewhere": lambda: QCoreApplication.translate(
            "CentreEditor", "The centre was changed at another desk since this editor was opened. Close the editor and open it again."
        ),
        "not_stored": lambda: QCoreApplication.translate("CentreEditor", "This centre is not stored in the database."),
        "no_prefix": lambda: QCoreApplication.translate("CentreEditor", "Every ticket prefix is taken."),
    }
    make = texts.get(exc.code)
    return make() if make else str(exc)
