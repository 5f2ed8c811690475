"""Find an entry by ticket, name or date (Ctrl+F); Enter shows the chosen entry in the log.

What is typed here is never logged or remembered: a name is personal data.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from welcome_desk.core.centre import Centre
from welcome_desk.core.entries import EntryView
from welcome_desk.core.find import FindError, Found
from welcome_desk.ui.locale_format import format_short_date, format_time
from welcome_desk.ui.models import kind_label, status_label

EntryRole = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250


class FindDialog(QDialog):
    """Type, see matches, Enter picks one: :attr:`chosen` is the entry to show."""

    def __init__(
        self,
        search: Callable[[str], Found],
        centre: Centre,
        lang: str,
        reprint: Callable[[EntryView], object] | None = None,
        parent=None,
        *,
        names: bool = True,
    ) -> None:
        """``names``: whether ``search`` returns visitors' names (the core decides who may see them)."""
        super().__init__(parent)
        self.setObjectName("findDialog")
        self._search = search
        self.centre = centre
        self.lang = lang
        self._reprint = reprint
        self.chosen: EntryView | None = None
        self.found: Found | None = None

        self.field_label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(200)
        self.field_label.setBuddy(self.field)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.results_label = QLabel()
        self.results = QTreeWidget()
        self.results.setObjectName("findResults")
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setColumnCount(7)
        self.results.header().setStretchLastSection(False)
        for col in range(7):
            self.results.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.results.setColumnHidden(6, not names)  # no empty name column for those who see no names
        self.results_label.setBuddy(self.results)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = QPushButton()
        self.show_button.setObjectName("findShow")
        self.show_button.setDefault(True)
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("findReprint")
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.setVisible(reprint is not None)
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(self.choose_current)
        self.reprint_button.clicked.connect(self.reprint_current)
        if reprint is not None:
            QShortcut(QKeySequence("Ctrl+P"), self, self.reprint_current)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 14)
        lay.setSpacing(8)
        lay.addWidget(self.field_label)
        lay.addWidget(self.field)
        lay.addWidget(self.hint)
        lay.addWidget(self.results_label)
        lay.addWidget(self.results, 1)
        lay.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item, _col: self.choose_current())
        self.results.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.resize(760, 460)
        self.retranslate()
        self._update_buttons()
        self.field.setFocus()

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find a visit"))
        self.field_label.setText(self.tr("&Ticket, name or date"))
        self.field.setPlaceholderText(self.tr("e.g. A-012, a name, 24.11.2026 or A-012 24.11."))
        self.field.setAccessibleName(self.tr("Ticket, name or date to find"))
        self.field.setAccessibleDescription(self.tr("Results follow as you type; Enter or Down goes to the results."))
        self.results_label.setText(self.tr("&Results"))
        self.results.setAccessibleName(self.tr("Visits found"))
        self.results.setHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Ticket"), self.tr("Type"), self.tr("Unit"), self.tr("Status"), self.tr("Name")]
        )
        self.show_button.setText(self.tr("&Show in log"))
        self.show_button.setAccessibleName(self.tr("Show the selected visit in the log"))
        self.show_button.setToolTip(self.tr("Show the selected visit in the log (Enter)"))
        self.reprint_button.setText(self.tr("Re&print slip"))
        self.reprint_button.setAccessibleName(self.tr("Reprint the slip of the selected visit"))
        self.reprint_button.setToolTip(self.tr("Reprint the slip of the selected visit (Ctrl+P)"))
        self.close_button.setAccessibleName(self.tr("Close"))
        if self.found is None and not self.hint.text():
            self.hint.setText(self.tr("A ticket is looked for over the last months and the coming weeks, nearest day first."))

    # -- searching -----------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        self.results.clear()
        self.found = None
        if not text.strip():
            self.hint.setText(self.tr("Type a ticket (e.g. A-012), a name or a date."))
            self._update_buttons()
            return
        try:
            found = self._search(text)
        except FindError as exc:
            self.hint.setText(self._error_text(exc))
            self._update_buttons()
            return
        self.found = found
        for entry in found.entries:
            self.results.addTopLevelItem(self._item(entry))
        if found.entries:
            self.results.setCurrentItem(self.results.topLevelItem(0))
            if found.more:
                text = self.tr("More than {n} found — please narrow the search (e.g. add a date).").format(n=len(found.entries))
            else:
                text = self.tr("Found: {n}").format(n=len(found.entries))
        else:
            text = self.tr("Nothing found between {start} and {end}.").format(
                start=format_short_date(found.start), end=format_short_date(found.end)
            )
        self.hint.setText(text)
        self._update_buttons()

    def _error_text(self, exc: FindError) -> str:
        texts = {
            "empty": self.tr("Type a ticket (e.g. A-012), a name or a date."),
            "too_short": self.tr("Type at least two letters of the name."),
            "bad_date": self.tr("This date does not exist."),
            "bad_range": self.tr("The start of the date range is after its end."),
        }
        return texts.get(exc.code, str(exc))

    def _item(self, entry: EntryView) -> QTreeWidgetItem:
        unit = self.centre.unit(entry.unit_id).name.get(self.lang) if self.centre.has_unit(entry.unit_id) else entry.unit_id
        status = status_label(entry.status)
        if entry.referred_to:
            status += f" → {entry.referred_to}"
        item = QTreeWidgetItem(
            [
                format_short_date(entry.day),
                format_time(entry.at),
                entry.ticket,
                kind_label(entry.kind),
                unit,
                status,
                entry.visitor_name or "",
            ]
        )
        item.setData(0, EntryRole, entry)
        font = item.font(2)
        font.setBold(True)
        item.setFont(2, font)
        return item

    def current_entry(self) -> EntryView | None:
        item = self.results.currentItem()
        return item.data(0, EntryRole) if item is not None else None

    def _update_buttons(self) -> None:
        has = self.current_entry() is not None
        self.show_button.setEnabled(has)
        self.reprint_button.setEnabled(has)

    # -- choosing ------------------------------------------------------------------------

    def choose_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.chosen = entry
            self.accept()

    def reprint_current(self) -> None:
        """Reprint the chosen visit's slip and say here what became of it (this dialog stays on top)."""
        entry = self.current_entry()
        if entry is not None and self._reprint is not None:
            answer = self._reprint(entry)
            text = answer if isinstance(answer, str) and answer else self.tr("Slip of {ticket} sent to print.").format(ticket=entry.ticket)
            self.hint.setText(text)
            self.hint.setAccessibleName(text)
            QAccessible.updateAccessibility(QAccessibleEvent(self.hint, QAccessible.Event.NameChanged))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key_event: QKeyEvent = event  # type: ignore[assignment]
        key = key_event.key()
        if watched is self.field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            if self._timer.isActive() or self.found is None:
                self.run_search()
            if self.results.topLevelItemCount():
                self.results.setFocus()
                if self.results.currentItem() is None:
                    self.results.setCurrentItem(self.results.topLevelItem(0))
            return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose_current()
            return True
        return super().eventFilter(watched, event)

    def search_now(self, text: str) -> None:
        """Type ``text`` and search at once (for tests and scripted use)."""
        self.field.setText(text)
        self.run_search()
