"""The desk's part of appointments from outside: check-in by booking code, import, a watched folder.

* Visit ▸ Check in by booking code… (F9): type or scan the code; the visitor
  is marked arrived and the slip is printed.
* Team lead ▸ Import appointments…: an iCalendar, CSV or XLSX file from the
  online booking system; the decision list (:mod:`welcome_desk.ui.import_dialog`)
  shows what each row becomes before anything changes, the team lead takes or
  skips rows, Enter imports; the result says what happened to every row.
* Team lead ▸ Watch a folder for appointments…: while the window is open, a
  file that appears or changes in that folder is imported (a re-import of an
  unchanged file changes nothing).

Everything goes through the core's use cases; this module only asks and shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from welcome_desk.core.actor import Actor
    from welcome_desk.core.entries import EntryView
    from welcome_desk.ui.desk_context import DeskContext

CHECK_IN_KEY = "F9"
FILE_PATTERN = "*.ics *.csv *.xlsx"


class CheckInDialog(QDialog):
    """One field for the booking code; a scanner types it and sends Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(QCoreApplication.translate("Appointments", "Check in by booking code"))
        self.setAccessibleName(self.windowTitle())
        self.code = QLineEdit()
        self.code.setObjectName("bookingCode")
        self.code.setMaxLength(64)
        self.code.setAccessibleName(QCoreApplication.translate("Appointments", "Booking code"))
        self.code.setAccessibleDescription(QCoreApplication.translate("Appointments", "Type or scan the code from the visitor's booking; Enter checks in"))
        label = QLabel(QCoreApplication.translate("Appointments", "&Booking code (type or scan):"))
        label.setBuddy(self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("Appointments", "Check &in"))
        ok.setAccessibleName(QCoreApplication.translate("Appointments", "Check in"))
        ok.setAccessibleDescription(QCoreApplication.translate("Appointments", "Marks the visitor as arrived and prints the slip"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("Appointments", "Cancel"))
        cancel.setAccessibleDescription(QCoreApplication.translate("Appointments", "Close without checking in (Esc)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.code)
        lay.addWidget(buttons)


class AppointmentActions:
    """A feature part of the desk: its actions (placed by :meth:`add_to`) and the work behind them."""

    def __init__(self, ctx: DeskContext, print_slip: Callable[[EntryView], object]) -> None:
        self.ctx = ctx
        self.print_slip = print_slip
        window = ctx.parent
        self.check_in_action = QAction(window)
        self.check_in_action.setObjectName("checkInAction")
        self.check_in_action.setShortcut(QKeySequence(CHECK_IN_KEY))
        self.check_in_action.triggered.connect(lambda: self.check_in())
        self.import_action = QAction(window)
        self.import_action.setObjectName("importAppointmentsAction")
        self.import_action.triggered.connect(lambda: self.import_file())
        self.watch_action = QAction(window)
        self.watch_action.setObjectName("watchAppointmentsAction")
        self.watch_action.triggered.connect(lambda: self.watch_folder())
        self.get_open_file_name = QFileDialog.getOpenFileName
        self.get_existing_directory = QFileDialog.getExistingDirectory
        self.watcher: QFileSystemWatcher | None = None
        self.watched: Path | None = None
        self._watch_actor: Actor | None = None
        self._pending = QTimer(window)  # a file is often written in several steps: wait until it settles
        self._pending.setSingleShot(True)
        self._pending.setInterval(1500)
        self._pending.timeout.connect(self._import_watched)
        self.last_summary = ""
        self.retranslate()

    def add_to(self, visit_menu: QMenu, team_lead_menu: QMenu, before: QAction) -> None:
        visit_menu.addAction(self.check_in_action)
        team_lead_menu.insertAction(before, self.import_action)
        team_lead_menu.insertAction(before, self.watch_action)

    def retranslate(self) -> None:
        self.check_in_action.setText(QCoreApplication.translate("Appointments", "Check &in by booking code…"))
        self.check_in_action.setToolTip(QCoreApplication.translate("Appointments", "Type or scan the visitor's booking code (F9): arrived, slip printed"))
        self.import_action.setText(QCoreApplication.translate("Appointments", "&Import appointments…"))
        self.import_action.setToolTip(QCoreApplication.translate("Appointments", "Bookings from the online booking system (.ics, .csv, .xlsx)"))
        self.watch_action.setText(QCoreApplication.translate("Appointments", "&Watch a folder for appointments…"))

    # -- check-in ---------------------------------------------------------------------

    def _actor(self) -> Actor:
        return self.ctx.actor()

    def check_in(self, code: str | None = None) -> str | None:
        """Check in by ``code`` (asks for it when None); returns the ticket or None."""
        from welcome_desk.core.checkin import CheckInError, check_in

        ctx = self.ctx
        ws = ctx.workspace
        if code is None:
            dialog = CheckInDialog(ctx.parent)
            accepted = ctx.run_dialog(dialog)
            code = dialog.code.text()
            dialog.deleteLater()
            if not accepted or not code.strip():
                return None
        try:
            entry = check_in(ws.db, ws.centre, self._actor(), ws.clock, code)
        except CheckInError as exc:
            ctx.messages.warning(ctx.parent, QCoreApplication.translate("Appointments", "Check in by booking code"), QCoreApplication.translate("Appointments", "Not checked in."), str(exc))
            return None
        ctx.visits_changed()
        ctx.show_status(QCoreApplication.translate("Appointments", "{ticket} checked in: waiting.").format(ticket=entry.ticket), 8000)
        self.print_slip(entry)
        return entry.ticket

    # -- import -----------------------------------------------------------------------

    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def import_file(self, path: Path | None = None) -> str | None:
        """Import one file (asks for it when None); returns the summary line."""
        ctx = self.ctx
        if not ctx.require_team_lead(QCoreApplication.translate("Appointments", "Import appointments")):
            return None
        if path is None:
            name, _ = self.get_open_file_name(ctx.parent, QCoreApplication.translate("Appointments", "Import appointments"), self._documents(),
                                              QCoreApplication.translate("Appointments", "Appointment files ({pattern})").format(pattern=FILE_PATTERN))
            if not name:
                return None
            path = Path(name)
        return self._import(path, self._actor(), quiet=False)

    def _preview(self, path: Path, actor: Actor, rows: list) -> frozenset[int] | None:
        """The decision list for ``rows``: the lines to skip, or None when the team lead cancels."""
        from welcome_desk.core.appointment_import import preview_import
        from welcome_desk.core.permissions import PermissionDenied
        from welcome_desk.ui.import_dialog import ImportDialog

        ctx = self.ctx
        ws = ctx.workspace
        title = QCoreApplication.translate("Appointments", "Import appointments")
        try:
            plans = preview_import(ws.db, ws.centre, ws.router, actor, ws.clock, rows)
        except PermissionDenied as exc:
            ctx.messages.warning(ctx.parent, title, QCoreApplication.translate("Appointments", "Only a team lead may import appointments."), str(exc))
            return None
        dialog = ImportDialog(plans, ws.centre, path.name, ctx.language(), ctx.parent)
        accepted = ctx.run_dialog(dialog)
        skip = dialog.skipped()
        dialog.deleteLater()
        if not accepted:
            ctx.show_status(QCoreApplication.translate("Appointments", "Import cancelled: nothing changed."), 8000)
            return None
        return skip

    def _import(self, path: Path, actor: Actor, quiet: bool) -> str | None:
        from welcome_desk.core.appointment_import import FileFormatError, import_appointments
        from welcome_desk.core.permissions import PermissionDenied
        from welcome_desk.reports.booking_files import read_bookings

        ctx = self.ctx
        ws = ctx.workspace
        try:
            rows = read_bookings(path, ws.centre.timezone)
            skip = frozenset() if quiet else self._preview(path, actor, rows)
            if skip is None:
                self.last_summary = ""
                return None
            result = import_appointments(ws.db, ws.centre, ws.router, actor, ws.clock, rows, path.name, skip)
        except PermissionDenied as exc:  # the role changed between the list and Enter
            if not quiet:
                ctx.messages.warning(ctx.parent, QCoreApplication.translate("Appointments", "Import appointments"), QCoreApplication.translate("Appointments", "Only a team lead may import appointments."), str(exc))
            self.last_summary = str(exc)
            return None
        except FileFormatError as exc:
            if not quiet:
                ctx.messages.warning(ctx.parent, QCoreApplication.translate("Appointments", "Import appointments"), QCoreApplication.translate("Appointments", "The file could not be read."), str(exc))
            self.last_summary = str(exc)
            return None
        self.last_summary = result.summary()
        ctx.visits_changed()
        text = QCoreApplication.translate("Appointments", "{file}: {new} new, {moved} moved, {cancelled} cancelled, {same} unchanged, {decide} for the team lead "
                   "to decide, {skipped} skipped").format(file=path.name, new=result.created, moved=result.moved, cancelled=result.cancelled,
                                       same=result.unchanged, decide=result.to_decide + result.already_listed,
                                       skipped=result.skipped)
        if quiet:
            ctx.show_status(text, 10_000)
        else:
            ctx.messages.info(ctx.parent, QCoreApplication.translate("Appointments", "Import appointments"), text)
        return self.last_summary

    # -- a watched folder -------------------------------------------------------------

    def watch_folder(self, folder: Path | None = None) -> Path | None:
        """Import every appointment file that appears or changes in ``folder`` while the window is open."""
        ctx = self.ctx
        if not ctx.require_team_lead(QCoreApplication.translate("Appointments", "Watch a folder for appointments")):
            return None
        if folder is None:
            name = self.get_existing_directory(ctx.parent, QCoreApplication.translate("Appointments", "Watch a folder for appointments"), self._documents())
            if not name:
                return None
            folder = Path(name)
        if self.watcher is not None:
            self.watcher.deleteLater()
        self.watcher = QFileSystemWatcher([str(folder)], ctx.parent)
        self.watcher.directoryChanged.connect(lambda _path: self._pending.start())
        self.watcher.fileChanged.connect(lambda _path: self._pending.start())
        self.watched = folder
        self._watch_actor = self._actor()  # the team lead who set the watch is who imports
        self._import_watched()
        ctx.show_status(QCoreApplication.translate("Appointments", "Watching {folder} for appointment files.").format(folder=folder), 8000)
        return folder

    def _import_watched(self) -> None:
        if self.watched is None or self._watch_actor is None or self.watcher is None:
            return
        for path in sorted(self.watched.iterdir()):
            if path.suffix.lower() in (".ics", ".csv", ".xlsx") and path.is_file():
                if str(path) not in self.watcher.files():
                    self.watcher.addPath(str(path))
                self._import(path, self._watch_actor, quiet=True)
