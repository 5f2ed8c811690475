"""The Centre menu of the reception window: edit, import, export, switch — all team-lead functions.

A feature part of the desk: it gets a :class:`~welcome_desk.ui.desk_context.DeskContext`,
fills the menu it is given and announces a changed centre through the context.
The editor's own modules are imported only when the menu is used (fast start).
File dialogs and questions are attributes, so tests replace them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

if TYPE_CHECKING:
    from welcome_desk.core.centre import Centre
    from welcome_desk.ui.desk_context import DeskContext


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setAccessibleName(title)
    return box.exec() == QMessageBox.StandardButton.Yes


class CentreMenu(QObject):
    def __init__(self, ctx: DeskContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        window = ctx.parent
        self.get_open_file_name: Callable = QFileDialog.getOpenFileName
        self.get_save_file_name: Callable = QFileDialog.getSaveFileName
        self.ask: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.ask_unsaved: Callable[[QWidget], str] | None = None  # None: the editor's own box
        self.edit_action = QAction(window)
        self.edit_action.triggered.connect(self.edit_centre)
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.import_file)
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.export_file)
        self.switch_action = QAction(window)
        self.switch_action.triggered.connect(self.switch_centre)
        self.vocabulary_action = QAction(window)
        self.vocabulary_action.triggered.connect(self.suggested_words)
        self.last_editor = None
        self.last_vocabulary = None

    def fill(self, menu: QMenu) -> None:
        menu.addAction(self.edit_action)
        menu.addAction(self.vocabulary_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.switch_action)

    def retranslate(self) -> None:
        self.edit_action.setText(self.tr("&Edit centre…"))
        self.edit_action.setToolTip(self.tr("Units, rooms, hours, concerns, keywords and questions (team lead)"))
        self.import_action.setText(self.tr("&Import centre file…"))
        self.import_action.setToolTip(self.tr("Check a centre file and store it (team lead)"))
        self.export_action.setText(self.tr("E&xport centre file…"))
        self.export_action.setToolTip(self.tr("Write the centre in use as a JSON file (team lead)"))
        self.vocabulary_action.setText(self.tr("Suggested &words…"))
        self.vocabulary_action.setToolTip(self.tr("Words reception used that routing missed: accept or drop them (team lead)"))
        self.switch_action.setText(self.tr("&Switch centre…"))
        self.switch_action.setToolTip(self.tr("Use another stored or bundled centre at every desk (team lead)"))

    # ------------------------------------------------------------------ helpers

    def _file_filter(self) -> str:
        from welcome_desk.ui.centre_chooser import centre_file_filter

        return centre_file_filter()

    def _error(self, title: str, text: str, details: str = "") -> None:
        self.ctx.messages.error(self.ctx.parent, title, text, details)

    # ------------------------------------------------------------------ actions

    def edit_centre(self):
        """Open the editor on the stored version of the centre in use."""
        ctx = self.ctx
        w = ctx.parent
        if not ctx.require_team_lead(self.tr("Edit the centre")):
            return None
        from welcome_desk.core.centre import CentreError
        from welcome_desk.core.centre_edit import CentreDraft, save_draft
        from welcome_desk.ui.centre_editor.dialog import CentreEditor

        try:
            draft = CentreDraft.of_stored(ctx.workspace.db, ctx.workspace.centre.id)
        except CentreError as exc:
            self._error(self.tr("Centre not available"), self.tr("The stored centre could not be read."), str(exc))
            return None

        def save(d):
            return save_draft(ctx.workspace.db, d, ctx.actor(), ctx.workspace.clock)

        kwargs = {"ask_unsaved": self.ask_unsaved} if self.ask_unsaved is not None else {}
        editor = CentreEditor(draft, save, ctx.language(), w, **kwargs)
        editor.saved.connect(ctx.centre_changed)
        self.last_editor = editor
        ctx.run_dialog(editor)
        editor.deleteLater()
        ctx.return_focus()
        return editor

    def suggested_words(self):
        """Accept or drop the words the desks suggested for the centre in use."""
        ctx = self.ctx
        if not ctx.require_team_lead(self.tr("Suggested words")):
            return None
        from welcome_desk.core import vocabulary
        from welcome_desk.ui.centre_editor.vocabulary_dialog import VocabularyDialog

        ws = ctx.workspace
        changed = []

        def accept(pairs, lang):
            changed.append(vocabulary.accept(ws.db, ctx.actor(), ws.clock, ws.centre.id, pairs, lang))

        def drop(pairs):
            vocabulary.drop(ws.db, ctx.actor(), ws.clock, ws.centre.id, pairs)

        pending = vocabulary.pending(ws.db, ws.centre.id)
        dialog = VocabularyDialog(ws.centre, pending, accept, drop, ctx.language(), ctx.parent)
        self.last_vocabulary = dialog
        ctx.run_dialog(dialog)
        dialog.deleteLater()
        if changed:
            ctx.centre_changed()
        ctx.return_focus()
        return dialog

    def import_file(self) -> Centre | None:
        """Check a centre file and store it; the centre in use reloads, another one can be switched to."""
        ctx = self.ctx
        w = ctx.parent
        if not ctx.require_team_lead(self.tr("Import a centre file")):
            return None
        from welcome_desk.core import centre_admin
        from welcome_desk.core.centre import CentreError

        name, _ = self.get_open_file_name(w, self.tr("Import centre file"), "", self._file_filter())
        if not name:
            return None
        path = Path(name)
        try:
            centre = centre_admin.import_file(ctx.workspace.db, ctx.actor(), ctx.workspace.clock, path)  # audited there
        except CentreError as exc:
            self._error(self.tr("Centre file not imported"), self.tr("The file was not imported; nothing changed."), str(exc))
            return None
        if centre.id == ctx.workspace.centre.id:
            ctx.centre_changed(centre)
            ctx.show_status(self.tr("Centre file imported; the desk uses the new version."), 8000)
        elif self.ask(w, self.tr("Centre imported"), self.tr("“{name}” is stored. Use it at the desks now?").format(name=centre.name.get(ctx.language()))):
            self._use(centre.id)
        ctx.return_focus()
        return centre

    def export_file(self) -> Path | None:
        """Write the stored document of the centre in use (as it would be imported again)."""
        ctx = self.ctx
        w = ctx.parent
        from welcome_desk.core import centre_admin
        from welcome_desk.core.centre import CentreError
        from welcome_desk.core.files import OutputPathError
        from welcome_desk.core.permissions import PermissionDenied

        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(documents) / f"{ctx.workspace.centre.id}.json")  # not the program's working directory
        name, _ = self.get_save_file_name(w, self.tr("Export centre file"), suggested, self._file_filter())
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        try:  # the save dialog asked before replacing a file; the database and devices are never replaced
            centre_admin.export_centre(ctx.workspace.db, ctx.actor(), ctx.workspace.clock, ctx.workspace.centre.id, path, force=True)
        except (OSError, CentreError, OutputPathError, PermissionDenied) as exc:
            self._error(self.tr("Centre file not written"), self.tr("The centre file could not be written."), str(getattr(exc, "strerror", None) or exc))
            return None
        ctx.show_status(self.tr("Centre written to {path}").format(path=path), 8000)
        return path

    def switch_centre(self) -> Centre | None:
        """Choose another stored or bundled centre (or import one) and use it at once."""
        ctx = self.ctx
        w = ctx.parent
        if not ctx.require_team_lead(self.tr("Switch the centre")):
            return None
        from welcome_desk.core import centre_admin
        from welcome_desk.core.centre import CentreError
        from welcome_desk.core.centre_catalogue import centre_summaries
        from welcome_desk.ui.centre_chooser import CentreChooser

        chooser = CentreChooser(
            centre_summaries(ctx.workspace.db), ctx.language(), w, messages=ctx.messages, get_open_file_name=self.get_open_file_name
        )
        self.last_chooser = chooser
        ctx.run_dialog(chooser)
        choice = chooser.choice
        chooser.deleteLater()
        if choice is None:
            ctx.return_focus()
            return None
        try:
            centre = centre_admin.apply_choice(ctx.workspace.db, ctx.actor(), ctx.workspace.clock, choice)  # audited there
        except CentreError as exc:
            self._error(self.tr("Centre not changed"), self.tr("The centre could not be used."), str(exc))
            return None
        return self._used(centre)

    def _use(self, centre_id: str) -> Centre | None:
        from welcome_desk.core import centre_admin

        ctx = self.ctx
        return self._used(centre_admin.use_centre(ctx.workspace.db, ctx.actor(), ctx.workspace.clock, centre_id))  # audited there

    def _used(self, centre: Centre) -> Centre:
        ctx = self.ctx
        ctx.centre_changed(centre)
        ctx.show_status(self.tr("The desk now works for {name}.").format(name=centre.name.get(ctx.language())), 8000)
        ctx.return_focus()
        return centre
