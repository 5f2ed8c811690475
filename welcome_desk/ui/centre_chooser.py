"""Choose the centre: at first start (bundled centres) and from Centre ▸ Switch centre… (stored and bundled).

Enter takes the highlighted centre (Gießen, or the active one, preselected);
“Import a centre file…” checks the file first and says exactly what is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.centre import CentreError, build_centre, read_centre_file
from welcome_desk.core.centre_catalogue import CentreSummary
from welcome_desk.core.centre_store import DEFAULT_CENTRE, CentreChoice
from welcome_desk.ui.messages import Messages

ChoiceRole = Qt.ItemDataRole.UserRole + 1
OpenFileName = Callable[[QWidget, str, str, str], tuple[str, str]]


def centre_file_filter() -> str:
    return QCoreApplication.translate("CentreChooser", "Centre files (*.json);;All files (*)")


class CentreChooser(QDialog):
    """A list of centres with their town and size; Enter takes the highlighted one."""

    def __init__(
        self,
        summaries: list[CentreSummary],
        lang: str = "de",
        parent: QWidget | None = None,
        *,
        first_start: bool = False,
        messages: Messages | None = None,
        get_open_file_name: OpenFileName | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("centreChooser")
        self.summaries = summaries
        self.lang = lang
        self.first_start = first_start
        self.messages = messages or Messages()
        self.get_open_file_name = get_open_file_name or QFileDialog.getOpenFileName
        self.choice: CentreChoice | None = None

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.list_label = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("centres")
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list_label.setBuddy(self.list)
        self.list.itemActivated.connect(lambda *_: self.accept_current())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importCentreFile")
        self.import_button.setAutoDefault(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept_current)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_file)

        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.intro)
        lay.addWidget(self.list_label)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.buttons)
        self.retranslate()
        self._fill()
        self.resize(620, 440)
        self.list.setFocus()

    def retranslate(self) -> None:
        if self.first_start:
            self.setWindowTitle(self.tr("Welcome Desk — choose the centre"))
            self.heading.setText(self.tr("Which welcome centre is this desk for?"))
            self.intro.setText(
                self.tr("The choice is stored in the database and every desk using it works with this centre. A team lead can edit it or switch later (menu Centre).")
            )
        else:
            self.setWindowTitle(self.tr("Switch centre"))
            self.heading.setText(self.tr("Which centre should the desks use?"))
            self.intro.setText(self.tr("Stored centres keep their own edits; a bundled centre is added to the database when chosen."))
        self.list_label.setText(self.tr("&Centres"))
        self.list.setAccessibleName(self.tr("Centres to choose from"))
        self.ok_button.setText(self.tr("&Use this centre"))
        self.ok_button.setAccessibleName(self.tr("Use the highlighted centre"))
        self.import_button.setText(self.tr("&Import a centre file…"))
        self.import_button.setAccessibleName(self.tr("Import a centre file"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Quit") if self.first_start else self.tr("Cancel")
        )

    def _line(self, s: CentreSummary) -> str:
        name = s.name.get(self.lang) or s.id
        size = self.tr("{units} units, {concerns} concerns").format(units=s.units, concerns=s.concerns)
        marks = []
        if s.active:
            marks.append(self.tr("in use"))
        elif s.stored:
            marks.append(self.tr("stored"))
        if s.stored and s.edited:
            marks.append(self.tr("own version"))
        elif s.bundled and not s.stored and not self.first_start:
            marks.append(self.tr("bundled"))
        extra = f"  [{', '.join(marks)}]" if marks else ""
        return f"{name}{extra}\n{s.address or s.town} · {size}"

    def _fill(self) -> None:
        self.list.clear()
        preselect = 0
        active = next((i for i, s in enumerate(self.summaries) if s.active), None)
        for i, s in enumerate(self.summaries):
            item = QListWidgetItem(self._line(s))
            item.setData(ChoiceRole, s.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._line(s).replace("\n", ", "))
            self.list.addItem(item)
            if active is None and s.id == DEFAULT_CENTRE:
                preselect = i
        self.list.setCurrentRow(active if active is not None else preselect)

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(ChoiceRole) if item is not None else ""

    def select_id(self, centre_id: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ChoiceRole) == centre_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def accept_current(self) -> None:
        centre_id = self.current_id()
        if not centre_id:
            return
        self.choice = CentreChoice(centre_id)
        self.accept()

    def import_file(self) -> None:
        """Pick a centre file; it is checked here, so only a usable centre is returned."""
        name, _ = self.get_open_file_name(self, self.tr("Import a centre file"), "", centre_file_filter())
        if not name:
            return
        try:
            data = read_centre_file(Path(name))
            build_centre(data, source=Path(name).name)
        except CentreError as exc:
            self.messages.error(self, self.tr("Centre file not usable"), self.tr("This file cannot be used as a centre."), str(exc))
            return
        self.choice = CentreChoice(document=data, source=str(name))
        self.accept()


def first_start_chooser(parent: QWidget | None = None, lang: str = "de") -> Callable[[], CentreChoice | None]:
    """The callback for ``open_workspace(choose_centre=…)``: asks only when the database has no centre."""

    def choose() -> CentreChoice | None:
        from welcome_desk.core.centre_catalogue import bundled_summaries

        dialog = CentreChooser(bundled_summaries(), lang, parent, first_start=True)
        dialog.exec()
        return dialog.choice

    return choose
