"""The reception window as a view: it lays out the panels, holds the menus and forwards to the controller.

The visit flow (route, choose, walk-in, book, slip, print, today's log and the
queue) lives in :class:`~welcome_desk.ui.reception.ReceptionController`; the
team lead's features (review, centre menu, roles, restore, demo data) are parts
that get a narrow :class:`~welcome_desk.ui.desk_context.DeskContext`, register
their own menu actions and never reach into this window. The window keeps what
belongs to this desk's look: interface language, theme, text size, paper.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QToolButton

from welcome_desk.core.actor import Actor
from welcome_desk.core.demo import is_demo
from welcome_desk.core.entries import EntryView
from welcome_desk.core.roles import RoleSession
from welcome_desk.core.routing import Candidate, RouteResult
from welcome_desk.core.settings import Settings
from welcome_desk.core.workspace import Workspace
from welcome_desk.ui.appointments_ui import AppointmentActions
from welcome_desk.ui.calling_part import CallingPart
from welcome_desk.ui.centre_editor.menu import CentreMenu
from welcome_desk.ui.desk_actions import DeskActions, build_menus
from welcome_desk.ui.desk_context import DeskContext, DeskEvents
from welcome_desk.ui.desk_panels import build_panels, lay_out
from welcome_desk.ui.desk_parts import DemoPart, RestorePart, ReviewPart
from welcome_desk.ui.elided_label import ElidedLabel
from welcome_desk.ui.help_dialogs import about_box, shortcuts_box
from welcome_desk.ui.i18n import UI_LANGUAGES, Translations
from welcome_desk.ui.messages import Messages
from welcome_desk.ui.printing import SlipPrinter
from welcome_desk.ui.reception import ReceptionController
from welcome_desk.ui.roles_ui import RoleControls
from welcome_desk.ui.screen_fit import fitting_size
from welcome_desk.ui.undo_part import UndoPart


class MainWindow(QMainWindow, DeskActions):
    def __init__(
        self,
        workspace: Workspace,
        settings: Settings,
        *,
        translations: Translations | None = None,
        save_settings: Callable[[Settings], None] | None = None,
        messages: Messages | None = None,
        run_dialog: Callable[[QDialog], int] | None = None,
        slip_printer: SlipPrinter | None = None,
        roles: RoleSession | None = None,
        apply_look: Callable[[str, int], None] | None = None,
    ) -> None:
        super().__init__()
        self._built = False  # LanguageChange can arrive while the parts are made: retranslate only once they all exist
        self.ws = workspace
        self.settings = settings
        self.translations = translations
        self._save_settings = save_settings
        self.messages = messages or Messages()
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.slip_printer = slip_printer or SlipPrinter(self.messages, self.run_dialog, settings.printer)
        self.lang = settings.ui_language if settings.ui_language in UI_LANGUAGES else "de"
        self.roles = roles or RoleSession(workspace.db, workspace.clock, seat=workspace.seat)
        self._apply_look = apply_look or _apply_look_to_application
        self.setObjectName("mainWindow")
        self.events = DeskEvents(self)
        self.context = DeskContext(
            workspace=workspace,
            parent=self,
            events=self.events,
            messages=self.messages,
            run_dialog=lambda dialog: self.run_dialog(dialog),
            language=lambda: self.lang,
            actor=self.actor,
            show_status=lambda text, ms: self.statusBar().showMessage(text, ms),
            return_focus=self.focus_intake,
            require_team_lead=lambda what: self.require_team_lead(what),
            confirm_personal=lambda what: self.role_controls.confirm_personal(what),
            settings=lambda: self.settings,
            store_settings=self._store,
        )
        self._build_panels()
        self.reception = ReceptionController(
            self.context, self.panels, self.slip_printer, new_day=lambda: self.role_controls.new_day()
        )
        self.reception.bookable.connect(self._set_bookable)
        self.reception.textsChanged.connect(self.retranslate)
        self.reception.logFocusRequested.connect(self._focus_log)
        self.events.centreChanged.connect(self.reception.reload_centre)
        self.events.visitsChanged.connect(self.refresh_log)
        self.events.visitsChanged.connect(lambda: self.show_demo_mark(refresh=True))

        self.build_actions()
        self.role_controls = RoleControls(self.context, self.roles)
        self.centre_menu_actions = CentreMenu(self.context)
        self.review_part = ReviewPart(self.context, self.slip_printer)
        self.restore_part = RestorePart(self.context)
        self.demo_part = DemoPart(self.context)
        self.appointments = AppointmentActions(self.context, self.reception.reprint_entry)
        self.undo_part = UndoPart(self.context)
        self.undo_action = self.undo_part.action
        self.reception.statusSet.connect(self.undo_part.remember)
        self.calling_part = CallingPart(self.context, self.queue_panel, self.undo_part)  # the queue's Ctrl+Z, counter, rule
        self.addAction(self.undo_action)
        self.review_action, self.restore_action, self.demo_action = (
            self.review_part.action, self.restore_part.action, self.demo_part.action,
        )
        build_menus(self)
        self._build_status_bar()
        self._built = True
        self.retranslate()
        self.refresh_log()
        self.reception.route("")
        self.setMinimumSize(900, 600)
        self.resize(*fitting_size(self, 1280, 860))

        self._minute_timer = QTimer(self)
        self._minute_timer.setInterval(60_000)
        self._minute_timer.timeout.connect(self.reception.tick)
        self._minute_timer.start()
        QTimer.singleShot(0, self, self.focus_intake)

    # ------------------------------------------------------------------ building

    def _build_panels(self) -> None:
        p = self.panels = build_panels(
            self.ws, self.messages, lambda dialog: self.run_dialog(dialog),
            lang=self.lang, queue_unit=self.settings.queue_unit, retention_days=self._retention_days(),
        )
        # The panels by name, for the menus, the tests and the accessibility walk.
        self.intake_label, self.intake, self.frequent_bar = p.intake_label, p.intake, p.frequent_bar
        self.suggestions_label, self.suggestions = p.suggestions_label, p.suggestions
        self.detail = p.detail
        self.language_label, self.visitor_language = p.language_label, p.visitor_language
        self.walk_in_button, self.appointment_button = p.walk_in_button, p.appointment_button
        self.ticket_card, self.ticket_scroll = p.ticket_card, p.ticket_scroll
        self.day_log, self.queue_panel, self.bottom_tabs = p.day_log, p.queue_panel, p.bottom_tabs
        self.log_model, self.log_view, self.status_actions = p.day_log.model, p.day_log.view, p.day_log.status_actions
        for button in (self.walk_in_button, self.appointment_button):
            button.installEventFilter(self)
        self.intake.installEventFilter(self)  # Ctrl+Z: the field's own undo only while it holds text
        self.queue_panel.waitingChanged.connect(lambda _n: self.update_tabs())
        self.queue_panel.live.changed.connect(lambda _tables: self.refresh_log())  # live: other desks' changes
        self.page = lay_out(p)
        self.middle_split = self.page.middle
        self.page_scroll = self.page.page
        self._split_set = False
        self.setCentralWidget(self.page.page)
        self.fit_to_text()

    def _build_status_bar(self) -> None:
        self.centre_label = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.db_label = ElidedLabel()
        self.statusBar().addPermanentWidget(self.centre_label, 1)
        self.statusBar().addPermanentWidget(self.db_label, 2)
        self.staff_label = QLabel()
        self.statusBar().addPermanentWidget(self.staff_label)
        self.statusBar().addPermanentWidget(self.role_controls.role_label)
        self.demo_badge = QLabel()  # "DEMO" on a database made for demo visits, never on a real one
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setStyleSheet("QLabel { background: #b00020; color: white; font-weight: bold; padding: 0 8px; }")
        self.statusBar().insertPermanentWidget(0, self.demo_badge)

    def _set_bookable(self, walk_in: bool, appointment: bool) -> None:
        self.walk_in_action.setEnabled(walk_in)
        self.appointment_action.setEnabled(appointment)

    # ------------------------------------------------------------------ events

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self._built:  # not while the window is being made
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._split_set:  # first show: about 60 % for routing, 40 % for the ticket and the log
            self._split_set = True
            self.fit_to_text()  # now that the style sheet has sized every widget
            split, middle = self.page.split, self.page.middle
            total = sum(split.sizes()) or self.height()
            bottom = max(200, round(total * 0.36))
            split.setSizes([max(1, total - bottom), bottom])
            width = sum(middle.sizes()) or self.width()
            middle.setSizes([round(width * 5 / 11), width - round(width * 5 / 11)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.intake
            and event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
            and not self.intake.text()
        ):
            event.ignore()  # an empty field (between visitors): Ctrl+Z undoes the last status change instead
            return True
        # On the action buttons, typing goes on in the intake field and Escape goes back to it.
        if event.type() == QEvent.Type.KeyPress and watched in (self.walk_in_button, self.appointment_button):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            mods = key_event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            if key_event.key() == Qt.Key.Key_Escape:
                self.focus_intake()
                return True
            text = key_event.text()
            if (
                mods == Qt.KeyboardModifier.NoModifier
                and text
                and text.isprintable()
                and key_event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                self.intake.setFocus()
                self.intake.insert(text)
                return True
            if key_event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.focus_intake()
                self.reception.move_selection(-1 if key_event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ language and look

    def retranslate(self) -> None:
        centre = self.ws.centre.name.get(self.lang)
        self.setWindowTitle(self.tr("Welcome Desk — {centre}").format(centre=centre))
        self.show_demo_mark()
        self.intake_label.setText(self.tr("Visitor's &concern"))
        self.intake.setPlaceholderText(self.tr("Enter concern …"))
        self.intake.setAccessibleName(self.tr("Visitor's concern"))
        self.intake.setAccessibleDescription(
            self.tr("Type a few words; Up and Down choose a suggestion, Enter picks it, F5 issues a ticket.")
        )
        self.suggestions_label.setText(self.tr("Suggested units"))
        self.suggestions.setAccessibleName(self.tr("Suggested units, best first"))
        self.language_label.setText(self.tr("Visitor's &language (slip)"))
        self.visitor_language.setAccessibleName(self.tr("Visitor's language for the slip"))
        self.visitor_language.setToolTip(self.tr("The slip is printed in this language and in German (Ctrl+L)"))
        self.walk_in_button.setText(self.tr("Walk-in / Ticket   F5"))
        self.walk_in_button.setAccessibleName(self.tr("Walk-in: issue a ticket"))
        self.appointment_button.setText(self.tr("Appointment…   F6"))
        self.appointment_button.setAccessibleName(self.tr("Book an appointment"))
        self.retranslate_actions()
        self.walk_in_button.setToolTip(self.walk_in_action.toolTip())
        self.appointment_button.setToolTip(self.appointment_action.toolTip())
        for part in (self.centre_menu_actions, self.review_part, self.restore_part, self.demo_part, self.appointments,
                     self.undo_part, self.calling_part):
            part.retranslate()
        self.centre_label.set_full_text(self.tr("Centre: {name}").format(name=centre))
        self.db_label.set_full_text(self.tr("Database: {where}").format(where=self.ws.db.location))
        self.staff_label.setText(self.tr("At the desk: {staff}").format(staff=self.ws.booking.staff))
        self.staff_label.setAccessibleName(self.staff_label.text())
        self.update_tabs()
        self.role_controls.retranslate()

    def show_demo_mark(self, refresh: bool = False) -> None:
        """Say plainly, in the title and the status bar, when this database holds demo visits (asked once,
        and again when visits were added behind the desk's back)."""
        if refresh or getattr(self, "_demo_db", None) is None:
            self._demo_db = is_demo(self.ws.db)
        self.demo_badge.setText(self.tr("DEMO"))
        self.demo_badge.setAccessibleName(self.tr("Demo database: invented visits, not a centre in service"))
        self.demo_badge.setToolTip(self.demo_badge.accessibleName())
        self.demo_badge.setVisible(self._demo_db)
        if self._demo_db and not self.windowTitle().startswith(self.demo_badge.text()):
            self.setWindowTitle(self.tr("{demo} — {title}").format(demo=self.demo_badge.text(), title=self.windowTitle()))

    def update_tabs(self) -> None:
        """The tabs of today's log and the queue (the queue's says how many wait)."""
        tabs = self.bottom_tabs
        tabs.setTabText(0, self.tr("Today's log"))
        waiting = self.queue_panel.waiting_count()
        tabs.setTabText(1, self.tr("&Queue — %n waiting", "", waiting))
        tabs.setTabToolTip(0, self.tr("Today's log (Ctrl+T)"))
        tabs.setTabToolTip(1, self.tr("Waiting visitors, call next (F7, F8)"))
        tabs.setAccessibleName(self.tr("Today's log and the queue"))
        tabs.setAccessibleDescription(self.tr("Ctrl+T goes to today's log, F7 to the queue"))
        bar = tabs.tabBar()
        bar.setAccessibleName(self.tr("Today's log or the queue"))
        bar.setAccessibleDescription(self.tr("Left and Right switch between the log and the queue"))
        for button, name in (
            (bar.findChild(QToolButton, "ScrollLeftButton"), self.tr("Scroll the tabs left")),
            (bar.findChild(QToolButton, "ScrollRightButton"), self.tr("Scroll the tabs right")),
        ):
            if button is not None:  # Qt's own buttons, shown only when the tabs do not fit
                button.setAccessibleName(name)
                button.setAccessibleDescription(name)

    def set_ui_language(self, lang: str) -> None:
        if lang not in UI_LANGUAGES:
            return
        if self.translations is not None:
            lang = self.translations.install(lang)
        self.lang = lang
        self.language_actions[lang].setChecked(True)
        self.retranslate()
        self.reception.route(self.intake.text(), keep_row=True)
        self.refresh_log()
        if self.ticket_card.entry() is not None:
            self.ticket_card.set_language(lang)
        self._store(replace(self.settings, ui_language=lang))
        self.focus_intake()

    def restyle(self) -> None:
        self._apply_look(self.settings.theme, self.settings.font_scale)
        self.update_scale_actions()
        self.fit_to_text()
        self.suggestions.doItemsLayout()  # the rows' height follows the new text size
        self.day_log.view.resizeRowsToContents()

    def fit_to_text(self) -> None:
        """Minimum heights in lines of text, so large text scrolls the page instead of clipping a part."""
        line = self.fontMetrics().lineSpacing()
        bottom = self.page.bottom
        self.suggestions.setMinimumHeight(line * 5)  # a suggestion and a half; the details ask for their own
        # the tab bar, then the ticket number or the log's heading and first rows
        self.page.stack(self.settings.font_scale >= 150)  # the action buttons, the queue's unit chooser
        for layout in (self.queue_panel.layout(), self.day_log.layout(), bottom.layout()):
            layout.invalidate()
            layout.activate()  # so the minimum below is that of the new text size
        wanted = line * 5 + self.bottom_tabs.tabBar().sizeHint().height()
        # ... but never less than the queue and the log need (their buttons and headings at this text size)
        bottom.setMinimumHeight(max(wanted, bottom.layout().minimumSize().height()))
        self.frequent_bar.set_max_lines(2 if self.settings.font_scale <= 125 else 1)
        grow = 1 + (self.settings.font_scale / 100 - 1) / 10  # slowly: at 200 % the queue beside it needs 750 px
        self.ticket_scroll.setFixedWidth(round(380 * grow))

    def _store(self, settings: Settings) -> None:
        self.settings = settings
        if self._save_settings is None:
            return
        try:
            self._save_settings(settings)
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Settings could not be saved: {error}").format(error=exc), 8000)

    # ------------------------------------------------------------------ roles

    def require_team_lead(self, what: str) -> bool:
        """Whether a team-lead function (``what``, shown to the person) may run now (see RoleControls)."""
        return self.role_controls.require_team_lead(what)

    def current_role(self) -> str:
        return self.roles.role

    def actor(self) -> Actor:
        """Who acts at this desk now: the desk's one Seat (the person here, the role now, the window)."""
        return self.roles.actor

    # ------------------------------------------------------------------ forwards to the parts

    def open_review(self) -> Any:
        return self.review_part.open()

    def restore_from_backup(self) -> Path | None:
        return self.restore_part.restore()

    def fill_demo_data(self) -> Any:
        return self.demo_part.ask_and_run()

    def reload_centre(self, centre=None) -> None:
        self.reception.reload_centre(centre)

    # ------------------------------------------------------------------ forwards to the visit flow

    @property
    def result(self) -> RouteResult | None:
        return self.reception.result

    def route_concern(self, concern_id: str) -> None:
        self.reception.route_concern(concern_id)

    def current_candidate(self) -> Candidate | None:
        return self.reception.current_candidate()

    def typed_text(self) -> str | None:
        return self.reception.typed_text()

    def pick_current(self) -> None:
        self.reception.pick_current()

    def answer_question(self, answer_id: str) -> None:
        self.reception.answer_question(answer_id)

    def visitor_lang(self) -> str:
        return self.reception.visitor_lang()

    def set_visitor_language(self, code: str) -> bool:
        return self.reception.set_visitor_language(code)

    def issue_walk_in(self) -> EntryView | None:
        return self.reception.issue_walk_in()

    def open_appointment_dialog(self) -> EntryView | None:
        return self.reception.open_appointment_dialog()

    def new_visit(self) -> None:
        self.reception.new_visit()

    def reprint_entry(self, entry: EntryView) -> str:
        return self.reception.reprint_entry(entry)

    def reprint_selected(self) -> str | None:
        return self.reception.reprint_selected()

    def reprint_last(self) -> str | None:
        return self.reception.reprint_last()

    def reprint_selected_or_last(self) -> str | None:
        return self.reception.reprint_selected_or_last()

    def slip_path_of(self, entry: EntryView) -> Path:
        return self.reception.slip_path_of(entry)

    def refresh_log(self, select_id: int | None = None) -> None:
        self.reception.refresh_log(select_id)

    @property
    def log_day(self) -> dt.date:
        return self.reception.log_day

    def selected_log_row(self) -> int:
        return self.day_log.selected_row()

    def log_menu(self) -> QMenu:
        return self.day_log.menu()

    def set_status(self, entry: EntryView, status: str) -> EntryView | None:
        return self.reception.set_status(entry, status)

    def set_selected_status(self, status: str) -> EntryView | None:
        return self.reception.set_selected_status(status)

    def show_entry(self, entry: EntryView) -> None:
        self.reception.show_entry(entry)

    def choose_staff(self) -> None:
        self.reception.choose_staff()

    def set_staff(self, name: str) -> None:
        self.reception.set_staff(name)

    def _retention_days(self) -> int:
        from welcome_desk.core.retention import retention_days

        return retention_days(self.ws.db)

    # ------------------------------------------------------------------ help and focus

    def show_shortcuts(self) -> None:
        self.run_dialog(shortcuts_box(self))
        self.focus_intake()

    def show_about(self) -> None:
        self.run_dialog(about_box(self, self.ws.centre.name.get(self.lang)))
        self.focus_intake()

    def focus_intake(self) -> None:
        self.intake.setFocus(Qt.FocusReason.OtherFocusReason)
        self.intake.selectAll()

    def _focus_visitor_language(self) -> None:
        self.visitor_language.setFocus()
        self.visitor_language.showPopup()

    def _focus_log(self) -> None:
        self.bottom_tabs.setCurrentWidget(self.day_log)
        self.day_log.focus()

    def _focus_queue(self) -> None:
        self.bottom_tabs.setCurrentWidget(self.queue_panel)
        self.queue_panel.focus()


def _apply_look_to_application(theme: str, font_scale: int) -> None:
    """Theme and text size for the whole application: every window and dialog follows."""
    from PySide6.QtWidgets import QApplication

    from welcome_desk.ui.style import apply_style

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app, theme, font_scale)

