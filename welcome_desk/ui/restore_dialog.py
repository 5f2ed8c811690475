"""Restoring a backup from the GUI: at start when the database cannot be used, and from the File menu.

The list shows every backup newest first with its date, kind and size; each
is checked (integrity, schema) in a worker thread and marked in words, not by
colour alone. The restore itself is the core's :func:`~welcome_desk.core.backup.restore`,
which keeps the current file (as a backup, or set aside unchanged when damaged).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.backup import check_backup, list_backups, restore
from welcome_desk.core.storage import DatabaseError, open_database, sqlite_path
from welcome_desk.ui.background import run_in_background
from welcome_desk.ui.locale_format import format_number, format_short_datetime

if TYPE_CHECKING:
    from welcome_desk.ui.desk_context import DeskContext

log = logging.getLogger(__name__)

PathRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2
# Start-up failures a backup can cure; read-only, busy or missing folders it cannot.
RESTORABLE = ("corrupt", "newer", "io")



def _kind(name: str) -> str:
    if "-before-restore-" in name:
        return QCoreApplication.translate("Restore", "kept before a restore")
    if "-daily-" in name:
        return QCoreApplication.translate("Restore", "daily")
    if "-manual-" in name:
        return QCoreApplication.translate("Restore", "made by hand")
    if "-before-" in name:
        return QCoreApplication.translate("Restore", "before an upgrade")
    return QCoreApplication.translate("Restore", "backup")


class RestoreDialog(QDialog):
    """Choose a backup; :attr:`chosen` is the file after Accept."""

    def __init__(
        self,
        backups: list[Path],
        intro: str,
        parent: QWidget | None = None,
        *,
        check: Callable[[Path], str] = check_backup,
        pick_file: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(QCoreApplication.translate("Restore", "Restore a backup"))
        self.chosen: Path | None = None
        self._check = check
        self._pick_file = pick_file or _ask_for_file
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # newest first, one disk read at a time

        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.list_label = QLabel(QCoreApplication.translate("Restore", "&Backups, newest first:"))
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(QCoreApplication.translate("Restore", "Backups, newest first"))
        self.list_label.setBuddy(self.list)
        self.empty = QLabel(QCoreApplication.translate("Restore", "No backups were found next to the database."))
        self.empty.setVisible(not backups)

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(QCoreApplication.translate("Restore", "&Restore this backup"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(QCoreApplication.translate("Restore", "Restore this backup"))
        self.restore_button.setEnabled(False)
        self.file_button = QPushButton(QCoreApplication.translate("Restore", "Choose a &file…"))
        self.file_button.setAccessibleName(QCoreApplication.translate("Restore", "Choose a backup file"))
        self.cancel_button = QPushButton(QCoreApplication.translate("Restore", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("Restore", "Cancel"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._choose_file)
        self.cancel_button.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list_label)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.buttons)
        self.resize(640, 420)

        for path in backups:
            self._add(path)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.list.itemActivated.connect(lambda _item: self._restore_selected())
        self._keep: list = []
        for row in range(self.list.count()):
            self._start_check(self.list.item(row))
        self.list.setFocus()

    # -- the list --------------------------------------------------------------------

    def _add(self, path: Path) -> None:
        try:
            stat = path.stat()
            made = dt.datetime.fromtimestamp(stat.st_mtime)
            size = (
                f"{format_number(stat.st_size / 1_000_000, decimals=1)} MB"
                if stat.st_size >= 1_000_000
                else f"{format_number(max(1, stat.st_size // 1000))} kB"
            )
        except OSError:
            made, size = None, "?"
        item = QListWidgetItem()
        item.setData(PathRole, str(path))
        item.setData(StateRole, "checking")
        item.setData(Qt.ItemDataRole.UserRole + 3, (format_short_datetime(made) if made else "?", _kind(path.name), size))
        self._label(item, QCoreApplication.translate("Restore", "checking…"))
        item.setToolTip(str(path))
        self.list.addItem(item)

    def _label(self, item: QListWidgetItem, state: str) -> None:
        when, kind, size = item.data(Qt.ItemDataRole.UserRole + 3)
        item.setText(f"{when} — {kind} — {size} — {state}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())

    def _start_check(self, item: QListWidgetItem) -> None:
        path = Path(item.data(PathRole))
        self._keep.append(
            run_in_background(
                lambda: self._check(path),
                lambda _rev, item=item: self._checked(item, ""),
                lambda exc, item=item: self._checked(item, str(exc)),
                parent=self,
                pool=self._pool,
            )
        )

    def _checked(self, item: QListWidgetItem, problem: str) -> None:
        if problem:
            item.setData(StateRole, "bad")
            item.setToolTip(f"{item.data(PathRole)}\n{problem}")
            self._label(item, "✗ " + QCoreApplication.translate("Restore", "cannot be restored"))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        else:
            item.setData(StateRole, "ok")
            self._label(item, "✓ " + QCoreApplication.translate("Restore", "checked, can be restored"))
            current = self.list.currentItem()
            if current is None or current.data(StateRole) == "bad":
                self.list.setCurrentItem(item)  # the newest good one
        self._update_button()

    def all_checked(self) -> bool:
        return all(self.list.item(r).data(StateRole) != "checking" for r in range(self.list.count()))

    def _update_button(self) -> None:
        item = self.list.currentItem()
        ok = item is not None and item.data(StateRole) == "ok"
        self.restore_button.setEnabled(ok)
        if ok:
            self.restore_button.setDefault(True)

    # -- choosing ----------------------------------------------------------------------

    def _restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(StateRole) != "ok":
            return
        self.chosen = Path(item.data(PathRole))
        self.accept()

    def _choose_file(self) -> None:
        name = self._pick_file(self)
        if not name:
            return
        path = Path(name)
        try:
            self._check(path)
        except DatabaseError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Restore", "Not a usable backup"), QCoreApplication.translate("Restore", "This file cannot be restored."), QMessageBox.StandardButton.Ok, self)
            box.setInformativeText(str(exc))
            box.setAccessibleName(QCoreApplication.translate("Restore", "Not a usable backup"))
            box.exec()
            return
        self.chosen = path
        self.accept()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self._pool.clear()  # checks not started yet are dropped; a running one finishes
        super().done(result)


def _ask_for_file(parent: QWidget) -> str:
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Restore", "Choose a backup"), "", QCoreApplication.translate("Restore", "Welcome Desk backups (*.sqlite);;All files (*)")
    )
    return name


# ---------------------------------------------------------------------------- at start


def offer_restore_at_start(
    url: str,
    error: DatabaseError,
    now: Callable[[], dt.datetime],
    *,
    run_dialog: Callable[[QDialog], int] = lambda d: d.exec(),
) -> bool | None:
    """After a start-up failure: offer to restore a backup.

    Returns None when a backup cannot help (the caller explains the error as
    usual), False when the person quits (nothing was touched), True after a
    restore (the caller opens the database again).
    """
    try:
        path = sqlite_path(url)
    except Exception:  # not even a URL
        return None
    if path is None or getattr(error, "code", "") not in RESTORABLE:
        return None
    titles = {
        "corrupt": QCoreApplication.translate("Restore", "The database is damaged or is not a Welcome Desk database."),
        "newer": QCoreApplication.translate("Restore", "The database was written by a newer version of Welcome Desk."),
        "io": QCoreApplication.translate("Restore", "The database could not be read from the disk."),
    }
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Restore", "Database not available"), titles[error.code])
    box.setInformativeText(
        QCoreApplication.translate("Restore", "You can restore a backup. The current file is kept unchanged beside it. "
            "Quit leaves everything as it is.")
    )
    box.setDetailedText(str(error))
    restore_button = box.addButton(QCoreApplication.translate("Restore", "Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(QCoreApplication.translate("Restore", "Quit"), QMessageBox.ButtonRole.RejectRole)
    restore_button.setAccessibleName(QCoreApplication.translate("Restore", "Restore a backup"))
    quit_button.setAccessibleName(QCoreApplication.translate("Restore", "Quit"))
    box.setDefaultButton(restore_button)
    box.setEscapeButton(quit_button)
    box.setAccessibleName(QCoreApplication.translate("Restore", "Database not available"))
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        db = open_database(url)
    except DatabaseError as exc:
        _error_box(None, str(exc))
        return False
    try:
        dialog = RestoreDialog(
            list_backups(db),
            QCoreApplication.translate("Restore", "Choose the backup to bring back. The data after it is lost, but the current file is kept."),
        )
        if run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        kept = restore(db, dialog.chosen, now())
    except DatabaseError as exc:
        _error_box(None, str(exc))
        return False
    finally:
        db.dispose()
    log.info("restored a backup at start-up (%s)", dialog.chosen.name)
    info = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Restore", "Backup restored"), QCoreApplication.translate("Restore", "The backup was restored."))
    info.setInformativeText(QCoreApplication.translate("Restore", "The previous file is kept as {kept}.").format(kept=kept))
    info.setAccessibleName(QCoreApplication.translate("Restore", "Backup restored"))
    info.exec()
    return True


def _error_box(parent: QWidget | None, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Restore", "Restore failed"), QCoreApplication.translate("Restore", "The backup could not be restored. Nothing was changed."), QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(details)
    box.setAccessibleName(QCoreApplication.translate("Restore", "Restore failed"))
    box.exec()


# ---------------------------------------------------------------------------- while running


def restore_while_running(ctx: DeskContext) -> Path | None:
    """File ▸ Restore from backup…: restore, record it, then close the app for a clean restart.

    Continuing on the restored data in the same window could show stale
    screens and centre data, so the app closes after telling the person why.
    Returns the restored backup, or None.
    """
    ws = ctx.workspace
    window = ctx.parent
    if ws.db.path is None:
        ctx.messages.info(
            window,
            QCoreApplication.translate("Restore", "Restore from backup"),
            QCoreApplication.translate("Restore", "This desk uses a database server; it is restored with the server's own tools."),
        )
        return None
    dialog = RestoreDialog(
        list_backups(ws.db),
        QCoreApplication.translate("Restore", "Close Welcome Desk on every other desk first. The data saved after the chosen backup is "
            "replaced; the current data is kept as a backup. Welcome Desk closes after the restore."),
        window,
    )
    accepted = ctx.run_dialog(dialog) == QDialog.DialogCode.Accepted
    chosen = dialog.chosen
    dialog.deleteLater()
    if not accepted or chosen is None:
        ctx.return_focus()
        return None
    try:
        from welcome_desk.core.admin import restore as restore_use_case

        kept = restore_use_case(ws.db, ctx.actor(), ws.clock, chosen)  # audited there
    except DatabaseError as exc:
        ctx.messages.error(window, QCoreApplication.translate("Restore", "Restore failed"), QCoreApplication.translate("Restore", "The backup could not be restored. Nothing was changed."), str(exc))
        return None
    log.info("restored a backup (%s)", chosen.name)
    ctx.messages.info(
        window,
        QCoreApplication.translate("Restore", "Backup restored"),
        QCoreApplication.translate("Restore", "The backup was restored. Welcome Desk closes now — please start it again."),
        QCoreApplication.translate("Restore", "The previous data is kept as {kept}.").format(kept=kept),
    )
    window.window().close()  # the whole app: the next start opens the restored data
    return chosen
