"""Editing a stored centre: a working copy of its JSON document, checked before it is saved.

The team lead's editor (and tests, headless) change a :class:`CentreDraft`;
:func:`save_draft` stores it as the new version of the same centre id only if
the whole document passes :func:`~welcome_desk.core.centre.validate_document`,
the editor's own checks (overlapping hours) and :func:`build_centre` — together
with an audit record naming what changed, in one transaction. An invalid
document is never stored.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, Mapping

from sqlalchemy import func, select

from welcome_desk.core.actor import Actor
from welcome_desk.core.centre import Centre, CentreError, build_centre, validate_document
from welcome_desk.core.centre_hours import (  # re-exported: the editor's hours and dates live there
    HoursError,
    TimeRange,
    Week,
    check_overlaps,
    format_day_hours,
    parse_dates,
    parse_day_hours,
    schedule_overlaps,
    schedules_from_week,
    week_from_schedules,
)
from welcome_desk.core.centre_store import load_stored, store_in, stored_document
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.entries import CANCELLED
from welcome_desk.core.models import Entry
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import check, perform

EDITED = "edited"  # source marker of a centre saved from the editor (never replaced by a bundled file)
KINDS = {"unit": "units", "concern": "concerns", "question": "questions"}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
__all__ = [
    "CentreDraft", "CentreEditError", "HoursError", "Problem", "SaveResult", "TimeRange", "Week", "check_overlaps",
    "describe_changes", "document_problems", "format_day_hours", "parse_dates", "parse_day_hours",
    "save_draft", "schedule_overlaps", "schedules_from_week", "week_from_schedules",
]


class CentreEditError(ValueError):
    """An edit that is refused; the message names the item and why (English, for logs and the CLI)."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the document, and the item it belongs to (for the editor to show it)."""

    kind: str  # centre | unit | concern | question
    item_id: str
    message: str


_PATH = re.compile(r"\$\.(units|concerns|questions)\[(\d+)\]")


def _friendly(text: str, doc: Mapping[str, Any]) -> Problem:
    """``$.units[3].slot_minutes: …`` → unit 'id' › slot_minutes: …"""
    match = _PATH.search(text)
    if not match:
        return Problem("centre", "", text.replace("$.", "centre › ", 1).replace("$:", "centre:", 1))
    key, index = match.group(1), int(match.group(2))
    kind = next(k for k, v in KINDS.items() if v == key)
    items = doc.get(key) or []
    item_id = str(items[index].get("id", index)) if index < len(items) and isinstance(items[index], Mapping) else str(index)
    rest = text[match.end() :]
    rest = rest[1:] if rest.startswith(".") else rest
    where = f"{kind} '{item_id}'" + (f" › {rest}" if not rest.startswith(":") else rest)
    return Problem(kind, item_id, where if rest else f"{kind} '{item_id}'")


def document_problems(doc: Mapping[str, Any]) -> list[Problem]:
    """Everything wrong with a centre document, each naming the item and field."""
    raw = validate_document(doc, source="centre")
    problems = [_friendly(p.removeprefix("centre: "), doc) for p in raw]
    if problems:
        return problems
    for message in schedule_overlaps(doc.get("schedules", [])):
        problems.append(Problem("centre", "", f"centre › hours {message}"))
    for unit in doc.get("units", []):
        for message in schedule_overlaps(unit.get("schedules", [])):
            problems.append(Problem("unit", unit["id"], f"unit '{unit['id']}' › hours {message}"))
    return problems


# --------------------------------------------------------------------------- changes


def _diff_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    fields = []
    for key in sorted(set(old) | set(new), key=lambda k: (k != "id", k)):
        if old.get(key) == new.get(key) or key == "sample_values":  # follows the fields set by hand
            continue
        if key == "keywords":
            a, b = old.get(key) or {}, new.get(key) or {}
            langs = sorted(lang for lang in set(a) | set(b) if a.get(lang) != b.get(lang))
            fields.append("keywords " + " ".join(langs))
        elif key == "schedules":
            fields.append("hours")
        else:
            fields.append(key)
    return fields


def describe_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """What changed, in ids and field names (no free text): ``unit abh: hours``."""
    out: list[str] = []
    centre_fields = _diff_fields(
        {k: v for k, v in old.items() if k not in KINDS.values()},
        {k: v for k, v in new.items() if k not in KINDS.values()},
    )
    if centre_fields:
        out.append("centre: " + ", ".join(centre_fields))
    for kind, key in KINDS.items():
        before = {x["id"]: x for x in old.get(key, [])}
        after = {x["id"]: x for x in new.get(key, [])}
        for item_id in after:
            if item_id not in before:
                out.append(f"{kind} {item_id}: added")
            elif before[item_id] != after[item_id]:
                out.append(f"{kind} {item_id}: " + ", ".join(_diff_fields(before[item_id], after[item_id])))
        for item_id in before:
            if item_id not in after:
                out.append(f"{kind} {item_id}: removed")
        common_before = [i for i in before if i in after]
        common_after = [i for i in after if i in before]
        if common_before != common_after:
            out.append(f"{key}: order")
    return out


# --------------------------------------------------------------------------- the draft


class CentreDraft:
    """A working copy of one centre's document; the original is kept to see what changed."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.original: dict[str, Any] = copy.deepcopy(dict(document))
        self.doc: dict[str, Any] = copy.deepcopy(dict(document))

    @classmethod
    def of_stored(cls, db: Database, centre_id: str) -> CentreDraft:
        return cls(load_stored(db, centre_id).document)

    @property
    def centre_id(self) -> str:
        return self.doc["id"]

    def items(self, kind: str) -> list[dict[str, Any]]:
        return self.doc.setdefault(KINDS[kind], []) if kind == "question" else self.doc[KINDS[kind]]

    def item(self, kind: str, item_id: str) -> dict[str, Any]:
        for item in self.items(kind):
            if item["id"] == item_id:
                return item
        raise KeyError(f"{kind} {item_id}")

    def ids(self, kind: str) -> list[str]:
        return [x["id"] for x in self.items(kind)]

    def is_new(self, kind: str, item_id: str) -> bool:
        """Added since the draft was opened (only new items may change their id)."""
        return all(x["id"] != item_id for x in self.original.get(KINDS[kind], []))

    @property
    def dirty(self) -> bool:
        return self.doc != self.original

    def changes(self) -> list[str]:
        return describe_changes(self.original, self.doc)

    def problems(self) -> list[Problem]:
        return document_problems(self.doc)

    def build(self) -> Centre:
        """The centre this draft describes, or CentreError naming the first problem."""
        problems = self.problems()
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise CentreError(problems[0].message + more)
        return build_centre(self.doc, source="centre", schema=False)

    # -- references ------------------------------------------------------------

    def unit_references(self, unit_id: str) -> list[str]:
        """Which concerns and question answers send visitors to ``unit_id``."""
        refs = [f"concern {c['id']}" for c in self.doc["concerns"] if unit_id in c["units"]]
        for q in self.doc.get("questions", []):
            refs += [f"question {q['id']} answer {a['id']}" for a in q["answers"] if unit_id in a["units"]]
        return refs

    def question_references(self, question_id: str) -> list[str]:
        return [f"concern {c['id']}" for c in self.doc["concerns"] if c.get("question") == question_id]

    # -- adding, removing, renaming --------------------------------------------

    def _free_id(self, kind: str, base: str) -> str:
        taken = set(self.ids(kind))
        if base not in taken:
            return base
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    def _free_prefix(self) -> str:
        taken = {u["ticket_prefix"] for u in self.doc["units"]}
        letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
        for prefix in letters + [a + b for a in letters for b in letters]:
            if prefix not in taken:
                return prefix
        raise CentreEditError("no_prefix", "every ticket prefix is taken")

    def add_unit(self, name_de: str = "Neue Stelle") -> dict[str, Any]:
        unit = {
            "id": self._free_id("unit", "new-unit"),
            "name": {"de": name_de},
            "ticket_prefix": self._free_prefix(),
            "accepts": ["walk_in", "appointment"],
            "slot_minutes": 15,
            "slot_capacity": 1,
        }
        self.doc["units"].append(unit)
        return unit

    def add_concern(self, unit_id: str | None = None, label_de: str = "Neues Anliegen") -> dict[str, Any]:
        concern = {
            "id": self._free_id("concern", "new-concern"),
            "label": {"de": label_de},
            "units": [unit_id or self.doc["units"][0]["id"]],
            "keywords": {"de": [label_de]},
        }
        self.doc["concerns"].append(concern)
        return concern

    def add_question(self) -> dict[str, Any]:
        first = self.doc["units"][0]["id"]
        question = {
            "id": self._free_id("question", "new-question"),
            "text": {"de": "Neue Frage?"},
            "answers": [
                {"id": "yes", "label": {"de": "Ja", "en": "Yes"}, "units": [first]},
                {"id": "no", "label": {"de": "Nein", "en": "No"}, "units": [first]},
            ],
        }
        self.items("question").append(question)
        return question

    def remove(self, kind: str, item_id: str) -> None:
        """Remove an item; a unit or question something still refers to is refused, naming the references."""
        refs = (
            self.unit_references(item_id)
            if kind == "unit"
            else self.question_references(item_id)
            if kind == "question"
            else []
        )
        if refs:
            raise CentreEditError(
                "referenced",
                f"{kind} '{item_id}' is still used by: {', '.join(refs)}",
                kind=kind,
                item=item_id,
                references=", ".join(refs),
            )
        if kind == "unit" and len(self.doc["units"]) == 1 or kind == "concern" and len(self.doc["concerns"]) == 1:
            raise CentreEditError("last_item", f"a centre needs at least one {kind}", kind=kind, item=item_id)
        items = self.items(kind)
        items[:] = [x for x in items if x["id"] != item_id]
        if kind == "question" and not items:
            self.doc.pop("questions", None)

    def rename(self, kind: str, old: str, new: str) -> None:
        """Change the id of an item added in this draft (stored ids stay: visits refer to them)."""
        if old == new:
            return
        if not self.is_new(kind, old):
            raise CentreEditError("id_fixed", f"{kind} '{old}' is stored already; its id cannot change", kind=kind, item=old)
        if not ID_PATTERN.match(new):
            raise CentreEditError(
                "bad_id", f"'{new}' is not an id: lower-case letters, digits and '-', at most 63", kind=kind, item=new
            )
        if new in self.ids(kind):
            raise CentreEditError("duplicate_id", f"there is already a {kind} '{new}'", kind=kind, item=new)
        self.item(kind, old)["id"] = new
        if kind == "unit":
            for concern in self.doc["concerns"]:
                concern["units"] = [new if u == old else u for u in concern["units"]]
            for question in self.doc.get("questions", []):
                for answer in question["answers"]:
                    answer["units"] = [new if u == old else u for u in answer["units"]]
        elif kind == "question":
            for concern in self.doc["concerns"]:
                if concern.get("question") == old:
                    concern["question"] = new

    def set_field(self, kind: str, item_id: str, key: str, value: Any) -> bool:
        """Set (or, when empty, drop) one field; returns whether it changed.

        A value the team lead sets is a real one: the field leaves the unit's
        list of invented sample values (the ``*`` on screen and slip).
        """
        item = self.doc if kind == "centre" else self.item(kind, item_id)
        before = copy.deepcopy(item.get(key))
        if value is None or value == "" or value == [] or value == {}:
            item.pop(key, None)
        else:
            item[key] = value
        changed = before != item.get(key)
        samples = item.get("sample_values")
        if changed and isinstance(samples, list) and key in samples:
            samples.remove(key)
            if not samples:
                item.pop("sample_values")
        return changed

    def removed_unit_ids(self) -> list[str]:
        now = set(self.ids("unit"))
        return [u["id"] for u in self.original["units"] if u["id"] not in now]


# --------------------------------------------------------------------------- saving


@dataclass(frozen=True)
class SaveResult:
    centre: Centre
    changes: tuple[str, ...]  # empty: nothing to save, nothing stored


def save_draft(db: Database, draft: CentreDraft, actor: Actor, clock: Clock) -> SaveResult:
    """Store the draft as the new version of its centre, with an audit record, in one transaction.

    The use case of the centre editor: needs :attr:`Permission.CENTRE_EDIT` for
    ``actor`` (the signed-in team lead, who is named in the audit record).
    Refused (CentreError / CentreEditError, nothing stored) when the document has
    problems, when another desk saved the centre since the draft was opened, or
    when a removed unit still has visits from today on.
    """
    check(db, actor, Permission.CENTRE_EDIT, clock)
    centre = draft.build()
    changes = tuple(draft.changes())
    if not changes:
        return SaveResult(centre, ())
    removed = draft.removed_unit_ids()
    with perform(db, actor, Permission.CENTRE_EDIT, clock) as change:
        session, at = change.session, change.now
        stored = stored_document(session, draft.centre_id)
        if stored is None:
            raise CentreEditError("not_stored", f"centre '{draft.centre_id}' is not stored in this database")
        if stored != draft.original:
            raise CentreEditError(
                "changed_elsewhere",
                f"centre '{draft.centre_id}' was changed at another desk since the editor opened; "
                "close the editor and open it again",
            )
        for unit_id in removed:
            count = session.scalar(
                select(func.count(Entry.id)).where(
                    Entry.centre_id == draft.centre_id,
                    Entry.unit_id == unit_id,
                    Entry.day >= at.date(),
                    Entry.status != CANCELLED,
                )
            )
            if count:
                raise CentreEditError(
                    "unit_has_visits",
                    f"unit '{unit_id}' has {count} visit(s) from today on; remove it when they are over",
                    unit=unit_id,
                    count=str(count),
                )
        store_in(session, centre, draft.doc, source=EDITED)
        change.audit("centre_edit", f"{draft.centre_id}: " + "; ".join(changes))
    draft.original = copy.deepcopy(draft.doc)
    return SaveResult(centre, changes)
