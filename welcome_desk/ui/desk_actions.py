"""The desk window's own actions and menus, and this desk's look (language, paper, theme, text size).

:class:`DeskActions` is mixed into the window; its texts keep the window's
translation context ("MainWindow"), so they are written out with
``QCoreApplication.translate("MainWindow", …)``. The feature parts add their own
actions to the menus :func:`build_menus` makes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from welcome_desk.core.settings import FONT_SCALES, PAPERS, step_scale
from welcome_desk.ui.help_dialogs import APPOINTMENT_KEY, WALK_IN_KEYS
from welcome_desk.ui.i18n import LANGUAGE_NAMES, UI_LANGUAGES
from welcome_desk.ui.menu_bar_keys import MenuBarKeys


def _action(window: Any, slot, *keys: str) -> QAction:
    action = QAction(window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    return action


class DeskActions:
    """Actions of the reception window (mixed into :class:`~welcome_desk.ui.main_window.MainWindow`)."""

    def build_actions(self) -> None:
        r = self.reception
        self.walk_in_action = _action(self, r.issue_walk_in, *WALK_IN_KEYS)
        self.walk_in_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.walk_in_button.clicked.connect(self.walk_in_action.trigger)
        self.appointment_action = _action(self, r.open_appointment_dialog, APPOINTMENT_KEY)
        self.appointment_button.clicked.connect(self.appointment_action.trigger)
        self.new_visit_action = _action(self, r.new_visit, "Ctrl+N")
        self.visitor_language_action = _action(self, self._focus_visitor_language, "Ctrl+L")
        self.reprint_action = _action(self, r.reprint_selected_or_last, "Ctrl+P")
        self.quit_action = _action(self, self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = _action(self, lambda: r.refresh_log(), "Ctrl+R")
        self.log_focus_action = _action(self, self._focus_log, "Ctrl+T")
        self.preview_action = QAction(self)
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(self.settings.open_preview)
        self.preview_action.toggled.connect(lambda on: self._store(replace(self.settings, open_preview=bool(on))))
        self.paper_group = QActionGroup(self)
        self.paper_group.setExclusive(True)
        self.paper_actions: dict[str, QAction] = {}
        for paper in PAPERS:
            action = _action(self, lambda _=False, p=paper: self.set_paper(p))
            action.setCheckable(True)
            action.setChecked(paper == self.settings.paper)
            self.paper_group.addAction(action)
            self.paper_actions[paper] = action
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in UI_LANGUAGES:
            action = _action(self, lambda _=False, c=code: self.set_ui_language(c))
            action.setText(LANGUAGE_NAMES[code])
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.queue_focus_action = _action(self, self._focus_queue, "F7")
        self.staff_action = _action(self, r.choose_staff)
        self.high_contrast_action = QAction(self)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.settings.theme == "high_contrast")
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.high_contrast_action.toggled.connect(lambda on: self.set_theme("high_contrast" if on else "standard"))
        self.larger_text_action = _action(
            self, lambda: self.set_font_scale(step_scale(self.settings.font_scale, 1)), "Ctrl++", "Ctrl+="
        )
        self.smaller_text_action = _action(
            self, lambda: self.set_font_scale(step_scale(self.settings.font_scale, -1)), "Ctrl+-"
        )
        self.normal_size_action = _action(self, lambda: self.set_font_scale(FONT_SCALES[0]), "Ctrl+0")
        self.shortcuts_action = _action(self, self.show_shortcuts, "F1")
        self.about_action = _action(self, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        queue = self.queue_panel
        self.rebook_log_action = _action(self, lambda: r.on_log_entry(queue.rebook))
        self.refer_log_action = _action(self, lambda: r.on_log_entry(queue.refer))
        self.day_log.extra_actions = [self.rebook_log_action, self.refer_log_action]
        for action in (
            self.walk_in_action, self.appointment_action, self.new_visit_action, self.visitor_language_action,
            self.reprint_action, self.quit_action, self.refresh_action, self.log_focus_action,
            self.shortcuts_action, self.queue_focus_action, queue.call_action, queue.park_action, queue.recall_action,
            queue.find_action,
            self.high_contrast_action, self.larger_text_action, self.smaller_text_action, self.normal_size_action,
        ):
            self.addAction(action)

    def retranslate_actions(self) -> None:
        self.walk_in_action.setText(QCoreApplication.translate("MainWindow", "&Walk-in / Ticket"))
        self.walk_in_action.setToolTip(QCoreApplication.translate("MainWindow", "Give the visitor a ticket for today and print the slip (F5 or Ctrl+Enter)"))
        self.appointment_action.setText(QCoreApplication.translate("MainWindow", "&Appointment…"))
        self.appointment_action.setToolTip(QCoreApplication.translate("MainWindow", "Book an appointment in a free slot (F6)"))
        self.new_visit_action.setText(QCoreApplication.translate("MainWindow", "&Next visitor (clear)"))
        self.visitor_language_action.setText(QCoreApplication.translate("MainWindow", "Choose visitor's &language"))
        self.reprint_action.setText(QCoreApplication.translate("MainWindow", "&Reprint slip"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.refresh_action.setText(QCoreApplication.translate("MainWindow", "&Refresh today's log"))
        self.log_focus_action.setText(QCoreApplication.translate("MainWindow", "Go to &today's log"))
        self.preview_action.setText(QCoreApplication.translate("MainWindow", "Show print &preview before printing"))
        self.paper_menu.setTitle(QCoreApplication.translate("MainWindow", "Slip &paper size (this desk)"))
        self.paper_actions["A4"].setText(QCoreApplication.translate("MainWindow", "A4"))
        self.paper_actions["A5"].setText(QCoreApplication.translate("MainWindow", "A5"))
        self.paper_actions["A6"].setText(QCoreApplication.translate("MainWindow", "A6"))
        self.paper_actions["receipt80"].setText(QCoreApplication.translate("MainWindow", "80 mm receipt roll"))
        self.high_contrast_action.setText(QCoreApplication.translate("MainWindow", "&High contrast"))
        self.larger_text_action.setText(QCoreApplication.translate("MainWindow", "Lar&ger text"))
        self.smaller_text_action.setText(QCoreApplication.translate("MainWindow", "&Smaller text"))
        self.normal_size_action.setText(QCoreApplication.translate("MainWindow", "&Normal text size"))
        self.update_scale_actions()
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About Welcome Desk"))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.visit_menu.setTitle(QCoreApplication.translate("MainWindow", "V&isit"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.centre_menu.setTitle(QCoreApplication.translate("MainWindow", "Ce&ntre"))  # Alt+C is the intake field
        self.queue_focus_action.setText(QCoreApplication.translate("MainWindow", "Go to the &queue"))
        self.staff_action.setText(QCoreApplication.translate("MainWindow", "W&ho is at this desk …"))
        self.rebook_log_action.setText(QCoreApplication.translate("MainWindow", "Re&book appointment …"))
        self.refer_log_action.setText(QCoreApplication.translate("MainWindow", "Refer &onward …"))

    def set_paper(self, paper: str) -> None:
        """Paper size of the slips printed at this desk (remembered per workstation)."""
        if paper not in PAPERS:
            return
        self.paper_actions[paper].setChecked(True)
        self._store(replace(self.settings, paper=paper))

    def set_theme(self, theme: str) -> None:
        """Standard or high contrast, applied at once to every window and remembered at this desk."""
        if theme == self.settings.theme:
            return
        self.high_contrast_action.setChecked(theme == "high_contrast")
        self._store(replace(self.settings, theme=theme).validated())
        self.restyle()

    def set_font_scale(self, percent: int) -> None:
        """Text size in per cent (100–200), applied at once and remembered at this desk."""
        if percent == self.settings.font_scale or percent not in FONT_SCALES:
            return
        self._store(replace(self.settings, font_scale=percent))
        self.restyle()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Text size {percent} %").format(percent=percent), 3000)

    def update_scale_actions(self) -> None:
        scale = self.settings.font_scale
        self.larger_text_action.setEnabled(scale < FONT_SCALES[-1])
        self.smaller_text_action.setEnabled(scale > FONT_SCALES[0])
        self.normal_size_action.setEnabled(scale != FONT_SCALES[0])


def build_menus(w: Any) -> None:
    """The menu bar: the window's own actions, and the places where the feature parts put theirs."""
    bar = w.menuBar()
    w.file_menu = bar.addMenu("")
    w.file_menu.addAction(w.reprint_action)
    w.paper_menu = w.file_menu.addMenu("")
    for action in w.paper_actions.values():
        w.paper_menu.addAction(action)
    w.file_menu.addSeparator()
    w.restore_part.add_to(w.file_menu)
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.quit_action)
    w.visit_menu = bar.addMenu("")
    for action in (w.walk_in_action, w.appointment_action, w.new_visit_action, w.visitor_language_action):
        w.visit_menu.addAction(action)
    w.visit_menu.addSeparator()
    for action in (w.queue_panel.call_action, w.queue_panel.park_action, w.queue_panel.recall_action):
        w.visit_menu.addAction(action)
    w.visit_menu.addAction(w.queue_panel.find_action)
    w.visit_menu.addAction(w.undo_action)
    w.visit_menu.addSeparator()
    w.visit_menu.addAction(w.staff_action)
    w.view_menu = bar.addMenu("")
    w.language_menu = w.view_menu.addMenu("")
    for action in w.language_actions.values():
        w.language_menu.addAction(action)
    w.view_menu.addAction(w.preview_action)
    w.view_menu.addSeparator()
    for action in (w.high_contrast_action, w.larger_text_action, w.smaller_text_action, w.normal_size_action):
        w.view_menu.addAction(action)
    w.view_menu.addSeparator()
    w.view_menu.addAction(w.refresh_action)
    w.view_menu.addAction(w.log_focus_action)
    w.view_menu.addAction(w.queue_focus_action)
    w.centre_menu = bar.addMenu("")
    w.centre_menu_actions.fill(w.centre_menu)
    w.team_lead_menu = w.role_controls.build_menu(bar)
    first = w.team_lead_menu.actions()[0]
    w.review_part.add_to(w.team_lead_menu, first)
    w.demo_part.add_to(w.team_lead_menu, first)
    w.appointments.add_to(w.visit_menu, w.team_lead_menu, first)
    w.calling_part.add_to(w.visit_menu, w.team_lead_menu, first)
    w.team_lead_menu.insertSeparator(first)
    w.help_menu = bar.addMenu("")
    w.help_menu.addAction(w.shortcuts_action)
    w.help_menu.addAction(w.about_action)
    w.menu_bar_keys = MenuBarKeys(bar, w.intake, w)  # F10 opens it, Esc out of it goes back to the field
