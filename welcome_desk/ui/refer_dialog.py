"""Refer a visitor onward: choose the other unit (type the concern or pick from the list),
then a ticket for today or an appointment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from welcome_desk.core.centre import Centre, Unit
from welcome_desk.core.entries import EntryView
from welcome_desk.core.routing import Router
from welcome_desk.core.textnorm import fold
from welcome_desk.ui.wrapped_label import WrappedLabel

UnitRole = Qt.ItemDataRole.UserRole + 1
ConcernRole = Qt.ItemDataRole.UserRole + 2


class ReferDialog(QDialog):
    """Asks where to; :meth:`choice` gives (unit, concern id or None, appointment?)."""

    def __init__(self, router: Router, centre: Centre, entry: EntryView, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("referDialog")
        self.router = router
        self.centre = centre
        self.entry = entry
        self.lang = lang

        self.heading = WrappedLabel()  # never squeezed at large text
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("referSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(300)
        self.search_label.setBuddy(self.search)
        self.units_label = QLabel()
        self.units = QListWidget()
        self.units.setObjectName("referUnits")
        self.units_label.setBuddy(self.units)
        self.ticket_option = QRadioButton()
        self.ticket_option.setObjectName("referTicket")
        self.appointment_option = QRadioButton()
        self.appointment_option.setObjectName("referAppointment")
        self.ticket_option.setChecked(True)
        self.hint = WrappedLabel()  # never squeezed at large text
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept_choice)
        self.buttons.rejected.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(self.ticket_option)
        options.addWidget(self.appointment_option)
        options.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 14)
        lay.setSpacing(8)
        lay.addWidget(self.heading)
        lay.addWidget(self.search_label)
        lay.addWidget(self.search)
        lay.addWidget(self.units_label)
        lay.addWidget(self.units, 1)
        lay.addLayout(options)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)

        self.search.textChanged.connect(self.fill)
        self.search.installEventFilter(self)
        self.units.currentRowChanged.connect(lambda _row: self._update_options())
        self.units.itemDoubleClicked.connect(lambda _item: self.accept_choice())
        self.resize(520, 480)
        self.retranslate()
        self.fill("")
        self.search.setFocus()

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        unit = self._unit_name(self.entry.unit_id)
        self.setWindowTitle(self.tr("Refer onward — {ticket}").format(ticket=self.entry.ticket))
        self.heading.setText(self.tr("Send {ticket} from {unit} on to another unit").format(ticket=self.entry.ticket, unit=unit))
        self.search_label.setText(self.tr("&Concern or unit"))
        self.search.setPlaceholderText(self.tr("Type the concern or the unit's name …"))
        self.search.setAccessibleName(self.tr("Concern or unit to refer to"))
        self.search.setAccessibleDescription(self.tr("Up and Down choose a unit, Enter refers."))
        self.units_label.setText(self.tr("&Refer to"))
        self.units.setAccessibleName(self.tr("Units to refer to"))
        self.ticket_option.setText(self.tr("Ticket for &today"))
        self.ticket_option.setAccessibleName(self.tr("Ticket for today"))
        self.appointment_option.setText(self.tr("&Appointment …"))
        self.appointment_option.setAccessibleName(self.tr("Appointment"))
        self.ok_button.setText(self.tr("Re&fer"))
        self.ok_button.setAccessibleName(self.tr("Refer onward"))
        self.ok_button.setToolTip(self.tr("Mark {ticket} as referred and issue the new ticket (Enter)").format(ticket=self.entry.ticket))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.hint.setText(self.tr("The new ticket keeps the visitor's language; its slip is printed like a walk-in's."))

    def _unit_name(self, unit_id: str) -> str:
        return self.centre.unit(unit_id).name.get(self.lang) if self.centre.has_unit(unit_id) else unit_id

    # -- the list ----------------------------------------------------------------------

    def fill(self, text: str) -> None:
        """Units the router suggests for ``text`` first, then units whose name contains it."""
        choices: list[tuple[Unit, str | None]] = []
        seen = {self.entry.unit_id}
        text = text.strip()
        if text:
            result = self.router.route(text)
            for cand in result.candidates:
                if cand.unit.id not in seen:
                    seen.add(cand.unit.id)
                    choices.append((cand.unit, cand.concern.id))
            wanted = fold(text)
            for unit in self.centre.units:
                if unit.id not in seen and wanted in fold(unit.name.get(self.lang)):
                    seen.add(unit.id)
                    choices.append((unit, None))
        else:
            choices = [(u, None) for u in self.centre.units if u.id not in seen]
        self.units.clear()
        for unit, concern_id in choices:
            words = self._unit_name(unit.id)
            if concern_id is not None:
                words += " — " + self.centre.concern(concern_id).label.get(self.lang)
            if "walk_in" not in unit.accepts:
                words += "  " + self.tr("(appointment only)")
            elif "appointment" not in unit.accepts:
                words += "  " + self.tr("(walk-in only)")
            item = QListWidgetItem(words)
            item.setData(UnitRole, unit.id)
            item.setData(ConcernRole, concern_id)
            self.units.addItem(item)
        if self.units.count():
            self.units.setCurrentRow(0)
        self._update_options()

    def _update_options(self) -> None:
        unit = self.selected_unit()
        self.ok_button.setEnabled(unit is not None)
        walk_in = unit is not None and "walk_in" in unit.accepts
        appointment = unit is not None and "appointment" in unit.accepts
        self.ticket_option.setEnabled(walk_in)
        self.appointment_option.setEnabled(appointment)
        if not walk_in and appointment:
            self.appointment_option.setChecked(True)
        elif walk_in and not appointment:
            self.ticket_option.setChecked(True)

    def selected_unit(self) -> Unit | None:
        item = self.units.currentItem()
        if item is None:
            return None
        return self.centre.unit(item.data(UnitRole))

    def select_unit(self, unit_id: str) -> bool:
        for row in range(self.units.count()):
            if self.units.item(row).data(UnitRole) == unit_id:
                self.units.setCurrentRow(row)
                return True
        return False

    def choice(self) -> tuple[Unit, str | None, bool] | None:
        """(unit, concern id, appointment?) of the current choice, or None."""
        unit = self.selected_unit()
        if unit is None:
            return None
        concern = self.units.currentItem().data(ConcernRole)
        return unit, concern, self.appointment_option.isChecked()

    def accept_choice(self) -> None:
        if self.choice() is not None:
            self.accept()

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Up and Down in the search field move through the units; focus stays in the field.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.units.count():
                step = -1 if key_event.key() == Qt.Key.Key_Up else 1
                row = max(0, min(self.units.count() - 1, self.units.currentRow() + step))
                self.units.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
