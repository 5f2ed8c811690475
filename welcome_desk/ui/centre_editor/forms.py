"""The right-hand forms of the centre editor: the centre itself and a unit (concerns and questions: ``concern_forms``).

Each form shows one item of a :class:`~welcome_desk.core.centre_edit.CentreDraft`
and writes it back in :meth:`commit`, which returns the problems it found
(translated, naming the field). A field that is unchanged is not rewritten, so
opening and closing a form never marks the centre as changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.centre_edit import (
    CentreDraft,
    CentreEditError,
    HoursError,
    parse_dates,
    schedules_from_week,
    week_from_schedules,
)
from welcome_desk.ui.centre_editor.fields import LanguageTexts, PlainList
from welcome_desk.ui.centre_editor.hours import WeekHoursEditor, hours_error_text
from welcome_desk.ui.centre_editor.texts import edit_error_text

DEFAULT_ACCEPTS = ["walk_in", "appointment"]


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("dialogHeading")
    label.setWordWrap(True)
    return label


def row(form: QFormLayout, label: QLabel, field: QWidget) -> None:
    label.setBuddy(field)
    form.addRow(label, field)


class ItemForm(QWidget):
    """What every form does; subclasses fill :meth:`load` and :meth:`commit`."""

    kind = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.draft: CentreDraft | None = None
        self.item_id = ""
        self.lang = "de"

    def item(self) -> dict[str, Any]:
        assert self.draft is not None
        return self.draft.doc if self.kind == "centre" else self.draft.item(self.kind, self.item_id)

    def where(self) -> str:
        """How problems name this item: “Unit Ausländerbehörde (immigration-office)”."""
        return self.item_id

    def _set(self, key: str, value: Any, default: Any = None) -> None:
        """Write a field unless it is absent and the value is its default."""
        assert self.draft is not None
        item = self.item()
        if key not in item and (value == default or value in ("", [], {}, None)):
            return
        self.draft.set_field(self.kind, self.item_id, key, value)

    def _set_unreviewed(self) -> None:
        """Keep the name's machine-drafted languages marked, minus those the team lead edited."""
        drafts = self.name.unreviewed()  # type: ignore[attr-defined]
        self._set("unreviewed", {"name": drafts} if drafts else None)

    def _rename(self, new_id: str, errors: list[str]) -> None:
        assert self.draft is not None
        if new_id == self.item_id:
            return
        try:
            self.draft.rename(self.kind, self.item_id, new_id)
        except CentreEditError as exc:
            errors.append(self.tr("{where} — Id: {problem}").format(where=self.where(), problem=edit_error_text(exc)))
            return
        self.item_id = new_id

    def _id_field(self, edit: QLineEdit) -> None:
        assert self.draft is not None
        new = self.draft.is_new(self.kind, self.item_id)
        edit.setText(self.item_id)
        edit.setReadOnly(not new)
        edit.setToolTip(
            self.tr("Used in the database; it can be changed only until the item is first saved.")
            if new
            else self.tr("Stored visits refer to this id, so it cannot change.")
        )

    def load(self, draft: CentreDraft, item_id: str, lang: str) -> None:
        raise NotImplementedError

    def commit(self) -> list[str]:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def problem_field(self) -> QWidget | None:
        """The field a problem was last shown at (hours, dates), if any."""
        hours = getattr(self, "hours", None)
        if hours is not None:
            bad = next((e for e, p in zip(hours.edits, hours.problems) if p.text()), None)
            if bad is not None:
                return bad
        closed = getattr(self, "closed_problem", None)
        if closed is not None and closed.text() and not closed.isHidden():
            return self.closed
        return None

    def _unit_choices(self) -> list[tuple[str, str]]:
        assert self.draft is not None
        return [(u["id"], f"{u['name'].get(self.lang) or u['name'].get('de', '')} ({u['id']})") for u in self.draft.items("unit")]


def _merge_week(form: ItemForm, editor: WeekHoursEditor, old: list[dict[str, Any]], errors: list[str]) -> list[dict[str, Any]] | None:
    """New schedules from the grid, or None when the grid shows the old ones (or has problems)."""
    week, problems = editor.week()
    if problems:
        errors.extend(f"{form.where()} — {p}" for p in problems)
        return None
    old_week, kept = week_from_schedules(old)
    if week == old_week:
        return None
    return schedules_from_week(week, kept)


class CentreForm(ItemForm):
    """The centre as a whole: its name, e-mail, default hours and closed days."""

    kind = "centre"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = heading()
        self.name = LanguageTexts("")
        self.name_label = QLabel()
        self.email = QLineEdit()
        self.email.setMaxLength(200)
        self.email_label = QLabel()
        self.hours_label = QLabel()
        self.hours_note = QLabel()
        self.hours_note.setObjectName("hint")
        self.hours_note.setWordWrap(True)
        self.hours = WeekHoursEditor("")
        self.closed_label = QLabel()
        self.closed = PlainList(lines=5)
        self.closed.setObjectName("closedDates")
        self.closed.setMaximumWidth(320)
        self.closed_note = QLabel()
        self.closed_note.setObjectName("hint")
        self.closed_note.setWordWrap(True)
        self.closed_problem = QLabel()
        self.closed_problem.setObjectName("fieldProblem")
        self.closed_problem.hide()
        form = QFormLayout()
        row(form, self.name_label, self.name)
        row(form, self.email_label, self.email)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(form)
        lay.addWidget(self.hours_label)
        lay.addWidget(self.hours_note)
        lay.addWidget(self.hours)
        self.hours_label.setBuddy(self.hours.edits[0])
        lay.addWidget(self.closed_label)
        lay.addWidget(self.closed_note)
        lay.addWidget(self.closed)
        lay.addWidget(self.closed_problem)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("&Name"))
        self.name.what = self.tr("Centre name")
        self.email_label.setText(self.tr("&E-mail"))
        self.email.setAccessibleName(self.tr("Centre e-mail"))
        self.hours_label.setText(self.tr("Opening &hours (for units without their own)"))
        self.hours_label.setObjectName("sectionLabel")
        self.hours_note.setText(
            self.tr("Per day: ranges like 08:00–12:00, 13:00–16:00; add “walk-in” or “appointment” after a range for one kind of visit only. Empty = closed.")
        )
        self.hours.what = self.tr("Centre hours")
        self.closed_label.setText(self.tr("&Closed days (one date per line)"))
        self.closed_label.setObjectName("sectionLabel")
        self.closed_label.setBuddy(self.closed)
        self.closed_note.setText(self.tr("Public holidays of the centre's state are closed anyway; list only extra days, e.g. 2026-12-24."))
        self.closed.setAccessibleName(self.tr("Closed days, one date per line"))

    def where(self) -> str:
        return self.tr("Centre")

    def load(self, draft: CentreDraft, item_id: str, lang: str) -> None:
        self.draft, self.item_id, self.lang = draft, "", lang
        doc = draft.doc
        self.title.setText(self.tr("Centre: {name}").format(name=doc["name"].get(lang) or doc["name"]["de"]))
        self.name.set_texts(doc["name"], show_all_present=True)
        self.name.set_unreviewed(doc.get("unreviewed", {}).get("name", []))
        for code in ("de", "en"):
            self.name.edit(code).setAccessibleName(self.tr("Centre name") + f" ({code})")
        self.email.setText(doc.get("email", ""))
        self.hours.set_week(week_from_schedules(doc["schedules"])[0])
        for edit, name in zip(self.hours.edits, self.hours.labels):
            edit.setAccessibleName(self.tr("Centre hours — {day}").format(day=name.text()))
        self.closed.set_values(doc.get("closed_dates", []))
        self.closed_problem.setText("")
        self.closed_problem.hide()

    def commit(self) -> list[str]:
        assert self.draft is not None
        errors: list[str] = []
        doc = self.draft.doc
        self._set("name", self.name.texts())
        self._set_unreviewed()
        self._set("email", self.email.text().strip())
        schedules = _merge_week(self, self.hours, doc["schedules"], errors)
        if schedules is not None:
            doc["schedules"] = schedules  # required, even when empty
        try:
            dates = parse_dates(self.closed.toPlainText())
        except HoursError as exc:
            text = hours_error_text(exc)
            self.closed_problem.setText(f"⚠ {text}")
            self.closed_problem.show()
            errors.append(self.tr("{where} — Closed days: {problem}").format(where=self.where(), problem=text))
        else:
            self.closed_problem.setText("")
            self.closed_problem.hide()
            if sorted(doc.get("closed_dates", [])) != dates:
                self._set("closed_dates", dates)
        return errors

    def first_field(self) -> QWidget:
        return self.name.edit("de")


class UnitForm(ItemForm):
    kind = "unit"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = heading()
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("unitId")
        self.name = LanguageTexts("")
        self.prefix = QLineEdit()
        self.prefix.setObjectName("ticketPrefix")
        self.prefix.setMaxLength(2)
        self.prefix.setMaximumWidth(80)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("unitKind")
        for value in ("office", "partner", "external"):
            self.kind_combo.addItem("", value)
        self.room = QLineEdit()
        self.room.setObjectName("room")
        self.room.setMaxLength(40)
        self.counter = QLineEdit()
        self.counter.setObjectName("counter")
        self.counter.setMaxLength(40)
        self.phones = PlainList(lines=2)
        self.phones.setObjectName("phones")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setMaxLength(200)
        self.walk_in = QCheckBox()
        self.walk_in.setObjectName("acceptsWalkIn")
        self.appointment = QCheckBox()
        self.appointment.setObjectName("acceptsAppointment")
        accepts = QWidget()
        accepts_lay = QHBoxLayout(accepts)
        accepts_lay.setContentsMargins(0, 0, 0, 0)
        accepts_lay.addWidget(self.walk_in)
        accepts_lay.addWidget(self.appointment)
        accepts_lay.addStretch(1)
        self.slot = QSpinBox()
        self.slot.setObjectName("slotMinutes")
        self.slot.setRange(5, 240)
        self.slot.setSingleStep(5)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("slotCapacity")
        self.capacity.setRange(1, 100)
        self.own_hours = QCheckBox()
        self.own_hours.setObjectName("ownHours")
        self.hours_note = QLabel()
        self.hours_note.setObjectName("hint")
        self.hours_note.setWordWrap(True)
        self.hours = WeekHoursEditor("")
        self.own_hours.toggled.connect(self.hours.setEnabled)

        self.labels = {key: QLabel() for key in ("id", "name", "prefix", "kind", "room", "counter", "phones", "email", "accepts", "slot", "capacity")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, field in (
            ("id", self.id_edit),
            ("name", self.name),
            ("prefix", self.prefix),
            ("kind", self.kind_combo),
            ("room", self.room),
            ("counter", self.counter),
            ("phones", self.phones),
            ("email", self.email),
            ("accepts", accepts),
            ("slot", self.slot),
            ("capacity", self.capacity),
        ):
            row(form, self.labels[key], field)
        self.labels["accepts"].setBuddy(self.walk_in)
        self.labels["name"].setBuddy(self.name.edit("de"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(form)
        lay.addWidget(self.own_hours)
        lay.addWidget(self.hours_note)
        lay.addWidget(self.hours)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "id": self.tr("&Id"),
            "name": self.tr("&Name"),
            "prefix": self.tr("Ticket &prefix"),
            "kind": self.tr("&Kind"),
            "room": self.tr("&Room"),
            "counter": self.tr("Coun&ter"),
            "phones": self.tr("Phone n&umbers"),
            "email": self.tr("&E-mail"),
            "accepts": self.tr("Takes"),
            "slot": self.tr("S&lot length (minutes)"),
            "capacity": self.tr("Visitors per sl&ot"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.id_edit.setAccessibleName(self.tr("Unit id"))
        self.prefix.setAccessibleName(self.tr("Ticket prefix (one or two capital letters)"))
        self.kind_combo.setAccessibleName(self.tr("Kind of unit"))
        for i, text in enumerate((self.tr("Office of the centre"), self.tr("Partner in the house"), self.tr("External office"))):
            self.kind_combo.setItemText(i, text)
        self.room.setAccessibleName(self.tr("Room"))
        self.counter.setAccessibleName(self.tr("Counter"))
        self.phones.setAccessibleName(self.tr("Phone numbers, one per line"))
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.walk_in.setText(self.tr("&Walk-ins (tickets)"))
        self.walk_in.setAccessibleName(self.tr("Takes walk-ins"))
        self.appointment.setText(self.tr("&Appointments"))
        self.appointment.setAccessibleName(self.tr("Takes appointments"))
        self.slot.setAccessibleName(self.tr("Slot length in minutes"))
        self.capacity.setAccessibleName(self.tr("Visitors per appointment slot"))
        self.own_hours.setText(self.tr("Own &hours (otherwise the centre's hours apply)"))
        self.own_hours.setAccessibleName(self.tr("Unit has its own hours"))
        self.hours_note.setText(
            self.tr("Per day: ranges like 08:00–12:00, 13:00–16:00; add “walk-in” or “appointment” after a range for one kind of visit only. Empty = closed that day.")
        )

    def where(self) -> str:
        name = self.name.texts().get(self.lang) or self.name.texts().get("de", "")
        return self.tr("Unit {name} ({id})").format(name=name, id=self.item_id)

    def load(self, draft: CentreDraft, item_id: str, lang: str) -> None:
        self.draft, self.item_id, self.lang = draft, item_id, lang
        unit = self.item()
        self.title.setText(self.tr("Unit: {name}").format(name=unit["name"].get(lang) or unit["name"].get("de", "")))
        self._id_field(self.id_edit)
        self.name.set_texts(unit["name"], show_all_present=True)
        self.name.set_unreviewed(unit.get("unreviewed", {}).get("name", []))
        for code in ("de", "en"):
            self.name.edit(code).setAccessibleName(self.tr("Unit name") + f" ({code})")
        self.prefix.setText(unit.get("ticket_prefix", ""))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(unit.get("kind", "office"))))
        self.room.setText(unit.get("room", ""))
        self.counter.setText(unit.get("counter", ""))
        self.phones.set_values(p["number"] for p in unit.get("phones", []))
        self.email.setText(unit.get("email", ""))
        accepts = unit.get("accepts", DEFAULT_ACCEPTS)
        self.walk_in.setChecked("walk_in" in accepts)
        self.appointment.setChecked("appointment" in accepts)
        self.slot.setValue(unit.get("slot_minutes", 15))
        self.capacity.setValue(unit.get("slot_capacity", 1))
        own = bool(unit.get("schedules"))
        self.own_hours.setChecked(own)
        self.hours.setEnabled(own)
        self.hours.set_week(week_from_schedules(unit.get("schedules", []))[0])
        self.hours.set_placeholder_week(week_from_schedules(draft.doc["schedules"])[0])
        for edit, label in zip(self.hours.edits, self.hours.labels):
            edit.setAccessibleName(self.tr("Hours — {day}").format(day=label.text()))
        self.hours.what = self.tr("Hours")

    def commit(self) -> list[str]:
        assert self.draft is not None
        errors: list[str] = []
        self._rename(self.id_edit.text().strip(), errors)
        unit = self.item()
        self._set("name", self.name.texts())
        self._set_unreviewed()
        self._set("ticket_prefix", self.prefix.text().strip().upper())
        self._set("kind", self.kind_combo.currentData(), "office")
        self._set("room", self.room.text().strip())
        self._set("counter", self.counter.text().strip())
        numbers = self.phones.values()
        old_phones = unit.get("phones", [])
        if numbers != [p["number"] for p in old_phones]:
            by_number = {p["number"]: p for p in old_phones}
            self._set("phones", [by_number.get(n, {"number": n}) for n in numbers])
        self._set("email", self.email.text().strip())
        accepts = [k for k, box in (("walk_in", self.walk_in), ("appointment", self.appointment)) if box.isChecked()]
        if not accepts:
            errors.append(self.tr("{where} — Takes: choose walk-ins, appointments or both").format(where=self.where()))
        elif sorted(accepts) != sorted(unit.get("accepts", DEFAULT_ACCEPTS)):
            self._set("accepts", accepts)
        self._set("slot_minutes", self.slot.value(), 15)
        self._set("slot_capacity", self.capacity.value(), 1)
        if self.own_hours.isChecked():
            schedules = _merge_week(self, self.hours, unit.get("schedules", []), errors)
            if schedules is not None:
                self._set("schedules", schedules)
        else:
            self._set("schedules", [])
        return errors

    def first_field(self) -> QWidget:
        return self.id_edit if not self.id_edit.isReadOnly() else self.name.edit("de")


def focus_later(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
