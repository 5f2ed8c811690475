"""The reception window: type the concern, pick the unit, issue a ticket or book, print the slip.

Every visit ends with the intake field empty and focused, ready for the next
person in the queue. The window only calls the core's services; it never runs SQL.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core import entries as E
from welcome_desk.core import waiting
from welcome_desk.core.actor import Actor
from welcome_desk.core.booking import BookingError
from welcome_desk.core.daylog import day_log
from welcome_desk.core.entries import EntryView
from welcome_desk.core.queue import QueueService
from welcome_desk.core.roles import RoleSession
from welcome_desk.core.routing import Candidate, RouteResult
from welcome_desk.core.frequent import most_frequent
from welcome_desk.core.settings import FONT_SCALES, PAPERS, Settings, step_scale
from welcome_desk.core.workspace import Workspace
from welcome_desk.ui.booking_dialog import AppointmentDialog
from welcome_desk.ui.centre_editor.menu import CentreMenu
from welcome_desk.ui import walk_in_advice
from welcome_desk.ui.day_log_panel import DayLogPanel
from welcome_desk.ui.detail_panel import DetailPanel
from welcome_desk.ui.elided_label import ElidedLabel
from welcome_desk.ui.frequent_bar import FrequentBar
from welcome_desk.ui.help_dialogs import APPOINTMENT_KEY, REVIEW_KEY, WALK_IN_KEYS, about_box, shortcuts_box
from welcome_desk.ui.i18n import LANGUAGE_NAMES, UI_LANGUAGES, Translations, visitor_languages
from welcome_desk.ui.messages import Messages, booking_error_text
from welcome_desk.ui.printing import SlipJob, SlipPrinter
from welcome_desk.ui.queue_panel import QueuePanel
from welcome_desk.ui.roles_ui import RoleControls
from welcome_desk.ui.suggestions import IntakeField, SuggestionList
from welcome_desk.ui.ticket_card import TicketCard, slip_state_text

log = logging.getLogger(__name__)



class MainWindow(QMainWindow):
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
        self.ws = workspace
        self.settings = settings
        self.translations = translations
        self._save_settings = save_settings
        self.messages = messages or Messages()
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.slip_printer = slip_printer or SlipPrinter(self.messages, self.run_dialog, settings.printer)
        self.lang = settings.ui_language if settings.ui_language in UI_LANGUAGES else "de"
        self.roles = roles or RoleSession(workspace.db, workspace.clock, settings.staff)
        self._apply_look = apply_look or _apply_look_to_application
        self.result: RouteResult | None = None
        self._filled_text: str | None = None  # intake text put there by a frequent-concern button
        self._picked = False
        self._log_day: dt.date = self.ws.clock().date()
        self.setObjectName("mainWindow")

        self._build_widgets()
        self._build_actions()
        self.role_controls = RoleControls(self, self.roles)
        self._build_menus()
        self._build_status_bar()
        self.retranslate()
        self.refresh_log()
        self._route("")
        self.setMinimumSize(900, 600)
        self.resize(1280, 860)

        self._minute_timer = QTimer(self)
        self._minute_timer.setInterval(60_000)
        self._minute_timer.timeout.connect(self._tick)
        self._minute_timer.start()
        QTimer.singleShot(0, self.focus_intake)

    # ------------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        self.intake_label = QLabel()
        self.intake_label.setObjectName("sectionLabel")
        self.intake = IntakeField()
        self.intake.setObjectName("intake")
        self.intake.setClearButtonEnabled(True)
        self.intake.setMaxLength(300)
        self.intake_label.setBuddy(self.intake)
        self.intake.textChanged.connect(self._route)
        self.intake.moveSelection.connect(self._move_selection)
        self.intake.pickRequested.connect(self.pick_current)
        self.intake.cleared.connect(self.focus_intake)

        self.frequent_bar = FrequentBar()
        self.frequent_bar.chosen.connect(self.route_concern)

        self.suggestions_label = QLabel()
        self.suggestions_label.setObjectName("sectionLabel")
        self.suggestions = SuggestionList()
        self.suggestions.setObjectName("suggestions")
        self.suggestions_label.setBuddy(self.intake)  # the list is driven from the field
        self.suggestions.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.suggestions.picked.connect(self._pick_row)

        self.detail = DetailPanel()
        self.detail.answered.connect(self.answer_question)

        self.language_label = QLabel()
        self.visitor_language = QComboBox()
        self.visitor_language.setObjectName("visitorLanguage")
        for code, name in visitor_languages():
            self.visitor_language.addItem(name, code)
        self.language_label.setBuddy(self.visitor_language)
        self.walk_in_button = QPushButton()
        self.walk_in_button.setObjectName("primaryAction")
        self.appointment_button = QPushButton()
        self.appointment_button.setObjectName("secondaryAction")
        for button in (self.walk_in_button, self.appointment_button):
            button.setAutoDefault(True)
            button.installEventFilter(self)

        self.ticket_card = TicketCard()
        self.ticket_card.reprint.clicked.connect(self.reprint_last)

        self.day_log = DayLogPanel()
        self.day_log.reprintRequested.connect(self.reprint_entry)
        self.day_log.statusRequested.connect(self.set_status)
        self.log_model = self.day_log.model
        self.log_view = self.day_log.view
        self.status_actions = self.day_log.status_actions

        self.queue_panel = QueuePanel(
            QueueService(self.ws.booking), self.ws.router, self.messages, self.run_dialog,
            lang=self.lang, unit_id=self.settings.queue_unit, retention_days=self._retention_days(),
        )
        self.queue_panel.changed.connect(lambda entry_id: self.refresh_log(select_id=entry_id))
        self.queue_panel.entryCreated.connect(self._after_booking)
        self.queue_panel.printRequested.connect(self.reprint_entry)
        self.queue_panel.showRequested.connect(self.show_entry)
        self.queue_panel.unitChosen.connect(lambda unit_id: self._store(replace(self.settings, queue_unit=unit_id)))
        self.queue_panel.waitingChanged.connect(lambda _n: self._update_tabs())
        self.queue_panel.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.queue_panel.othersChanged.connect(lambda: self.refresh_log())  # live: other desks' changes
        self.rebook_log_action = QAction(self)
        self.rebook_log_action.triggered.connect(lambda: self._on_log_entry(self.queue_panel.rebook))
        self.refer_log_action = QAction(self)
        self.refer_log_action.triggered.connect(lambda: self._on_log_entry(self.queue_panel.refer))
        self.day_log.extra_actions = [self.rebook_log_action, self.refer_log_action]
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("bottomTabs")
        self.bottom_tabs.setDocumentMode(True)  # no frame: the log and the queue keep their own look
        self.bottom_tabs.addTab(self.day_log, "")
        self.bottom_tabs.addTab(self.queue_panel, "")

        # Layout: intake on top; suggestions | details; the action bar; ticket card | today's log.
        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.setSpacing(6)
        top_lay.addWidget(self.intake_label)
        top_lay.addWidget(self.intake)
        top_lay.addWidget(self.frequent_bar)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.setChildrenCollapsible(False)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 6, 0, 0)
        left_lay.addWidget(self.suggestions_label)
        left_lay.addWidget(self.suggestions, 1)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 6, 0, 0)
        spacer = QLabel("\u00a0")  # as high as the list's label at every text size
        spacer.setObjectName("sectionLabel")
        right_lay.addWidget(spacer)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setObjectName("detailScroll")
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right_lay.addWidget(self.detail_scroll, 1)
        middle.addWidget(left)
        middle.addWidget(right)
        middle.setStretchFactor(0, 5)
        middle.setStretchFactor(1, 6)
        top_lay.addWidget(middle, 1)
        self._middle = middle
        actions = QHBoxLayout()
        actions.setSpacing(10)
        actions.addWidget(self.language_label)
        actions.addWidget(self.visitor_language)
        actions.addStretch(1)
        actions.addWidget(self.appointment_button)
        actions.addWidget(self.walk_in_button)
        top_lay.addSpacing(4)
        top_lay.addLayout(actions)

        bottom = QWidget()
        bottom_lay = QHBoxLayout(bottom)
        bottom_lay.setContentsMargins(0, 6, 0, 0)
        bottom_lay.setSpacing(12)
        # The card scrolls rather than being cut off when large text meets a short screen.
        self.ticket_scroll = QScrollArea()
        self.ticket_scroll.setObjectName("ticketScroll")
        self.ticket_scroll.setWidget(self.ticket_card)
        self.ticket_scroll.setWidgetResizable(True)
        self.ticket_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.ticket_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ticket_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bottom_lay.addWidget(self.ticket_scroll)
        bottom_lay.addWidget(self.bottom_tabs, 1)
        self._bottom = bottom

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)  # extra height goes to the suggestions and details
        split.setStretchFactor(1, 0)
        self._split = split
        self._split_set = False
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.addWidget(split)
        # At large text sizes on a small screen the whole page scrolls instead of squeezing its parts.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidget(central)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCentralWidget(self.page_scroll)
        self._fit_to_text()

    def _build_actions(self) -> None:
        self.walk_in_action = QAction(self)
        self.walk_in_action.setShortcuts([QKeySequence(k) for k in WALK_IN_KEYS])
        self.walk_in_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.walk_in_action.triggered.connect(self.issue_walk_in)
        self.walk_in_button.clicked.connect(self.walk_in_action.trigger)
        self.appointment_action = QAction(self)
        self.appointment_action.setShortcut(QKeySequence(APPOINTMENT_KEY))
        self.appointment_action.triggered.connect(self.open_appointment_dialog)
        self.appointment_button.clicked.connect(self.appointment_action.trigger)
        self.new_visit_action = QAction(self)
        self.new_visit_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_visit_action.triggered.connect(self.new_visit)
        self.visitor_language_action = QAction(self)
        self.visitor_language_action.setShortcut(QKeySequence("Ctrl+L"))
        self.visitor_language_action.triggered.connect(self._focus_visitor_language)
        self.reprint_action = QAction(self)
        self.reprint_action.setShortcut(QKeySequence("Ctrl+P"))
        self.reprint_action.triggered.connect(self.reprint_selected_or_last)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence("Ctrl+R"))
        self.refresh_action.triggered.connect(self.refresh_log)
        self.log_focus_action = QAction(self)
        self.log_focus_action.setShortcut(QKeySequence("Ctrl+T"))
        self.log_focus_action.triggered.connect(self._focus_log)
        self.preview_action = QAction(self)
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(self.settings.open_preview)
        self.preview_action.toggled.connect(self._set_open_preview)
        self.paper_group = QActionGroup(self)
        self.paper_group.setExclusive(True)
        self.paper_actions: dict[str, QAction] = {}
        for paper in PAPERS:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(paper == self.settings.paper)
            action.triggered.connect(lambda _=False, p=paper: self.set_paper(p))
            self.paper_group.addAction(action)
            self.paper_actions[paper] = action
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in UI_LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.set_ui_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.queue_focus_action = QAction(self)
        self.queue_focus_action.setShortcut(QKeySequence("F7"))
        self.queue_focus_action.triggered.connect(self._focus_queue)
        self.staff_action = QAction(self)
        self.staff_action.triggered.connect(self.choose_staff)
        self.high_contrast_action = QAction(self)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.settings.theme == "high_contrast")
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.high_contrast_action.toggled.connect(lambda on: self.set_theme("high_contrast" if on else "standard"))
        self.larger_text_action = QAction(self)
        self.larger_text_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.larger_text_action.triggered.connect(lambda: self.set_font_scale(step_scale(self.settings.font_scale, 1)))
        self.smaller_text_action = QAction(self)
        self.smaller_text_action.setShortcut(QKeySequence("Ctrl+-"))
        self.smaller_text_action.triggered.connect(lambda: self.set_font_scale(step_scale(self.settings.font_scale, -1)))
        self.normal_size_action = QAction(self)
        self.normal_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.normal_size_action.triggered.connect(lambda: self.set_font_scale(FONT_SCALES[0]))
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.centre_menu_actions = CentreMenu(self)
        self.review_action = QAction(self)
        self.review_action.setShortcut(QKeySequence(REVIEW_KEY))
        self.review_action.triggered.connect(self.open_review)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(self.fill_demo_data)
        self._demo_filler = None
        self._review = None
        for action in (
            self.walk_in_action,
            self.appointment_action,
            self.new_visit_action,
            self.visitor_language_action,
            self.reprint_action,
            self.quit_action,
            self.refresh_action,
            self.log_focus_action,
            self.shortcuts_action,
            self.queue_focus_action,
            self.queue_panel.call_action,
            self.queue_panel.find_action,
            self.review_action,
            self.high_contrast_action,
            self.larger_text_action,
            self.smaller_text_action,
            self.normal_size_action,
        ):
            self.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.reprint_action)
        self.paper_menu = self.file_menu.addMenu("")
        for action in self.paper_actions.values():
            self.paper_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.visit_menu = bar.addMenu("")
        for action in (self.walk_in_action, self.appointment_action, self.new_visit_action, self.visitor_language_action):
            self.visit_menu.addAction(action)
        self.visit_menu.addSeparator()
        self.visit_menu.addAction(self.queue_panel.call_action)
        self.visit_menu.addAction(self.queue_panel.find_action)
        self.visit_menu.addSeparator()
        self.visit_menu.addAction(self.staff_action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.view_menu.addAction(self.preview_action)
        self.view_menu.addSeparator()
        for action in (self.high_contrast_action, self.larger_text_action, self.smaller_text_action, self.normal_size_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.log_focus_action)
        self.view_menu.addAction(self.queue_focus_action)
        self.centre_menu = bar.addMenu("")
        self.centre_menu_actions.fill(self.centre_menu)
        self.team_lead_menu = self.role_controls.build_menu(bar)
        first = self.team_lead_menu.actions()[0]
        self.team_lead_menu.insertAction(first, self.review_action)
        self.team_lead_menu.insertAction(first, self.demo_action)
        self.team_lead_menu.insertSeparator(first)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.centre_label = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.db_label = ElidedLabel()
        self.statusBar().addPermanentWidget(self.centre_label, 1)
        self.statusBar().addPermanentWidget(self.db_label, 2)
        self.staff_label = QLabel()
        self.statusBar().addPermanentWidget(self.staff_label)
        self.statusBar().addPermanentWidget(self.role_controls.role_label)

    # ------------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._split_set:  # first show: about 60 % for routing, 40 % for the ticket and the log
            self._split_set = True
            self._fit_to_text()  # now that the style sheet has sized every widget
            total = sum(self._split.sizes()) or self.height()
            bottom = max(200, round(total * 0.36))
            self._split.setSizes([max(1, total - bottom), bottom])
            width = sum(self._middle.sizes()) or self.width()
            self._middle.setSizes([round(width * 5 / 11), width - round(width * 5 / 11)])

    def retranslate(self) -> None:
        centre = self.ws.centre.name.get(self.lang)
        self.setWindowTitle(self.tr("Welcome Desk — {centre}").format(centre=centre))
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
        self.walk_in_action.setText(self.tr("&Walk-in / Ticket"))
        self.walk_in_action.setToolTip(self.tr("Give the visitor a ticket for today and print the slip (F5 or Ctrl+Enter)"))
        self.walk_in_button.setText(self.tr("Walk-in / Ticket   F5"))
        self.walk_in_button.setAccessibleName(self.tr("Walk-in: issue a ticket"))
        self.walk_in_button.setToolTip(self.walk_in_action.toolTip())
        self.appointment_action.setText(self.tr("&Appointment…"))
        self.appointment_action.setToolTip(self.tr("Book an appointment in a free slot (F6)"))
        self.appointment_button.setText(self.tr("Appointment…   F6"))
        self.appointment_button.setAccessibleName(self.tr("Book an appointment"))
        self.appointment_button.setToolTip(self.appointment_action.toolTip())
        self.new_visit_action.setText(self.tr("&Next visitor (clear)"))
        self.visitor_language_action.setText(self.tr("Choose visitor's &language"))
        self.reprint_action.setText(self.tr("&Reprint slip"))
        self.quit_action.setText(self.tr("&Quit"))
        self.restore_action.setText(self.tr("Restore from &backup…"))
        self.refresh_action.setText(self.tr("&Refresh today's log"))
        self.log_focus_action.setText(self.tr("Go to &today's log"))
        self.preview_action.setText(self.tr("Show print &preview before printing"))
        self.paper_menu.setTitle(self.tr("Slip &paper size (this desk)"))
        self.paper_actions["A4"].setText(self.tr("A4"))
        self.paper_actions["A5"].setText(self.tr("A5"))
        self.paper_actions["A6"].setText(self.tr("A6"))
        self.paper_actions["receipt80"].setText(self.tr("80 mm receipt roll"))
        self.high_contrast_action.setText(self.tr("&High contrast"))
        self.larger_text_action.setText(self.tr("Lar&ger text"))
        self.smaller_text_action.setText(self.tr("&Smaller text"))
        self.normal_size_action.setText(self.tr("&Normal text size"))
        self._update_scale_actions()
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Welcome Desk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.visit_menu.setTitle(self.tr("V&isit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.centre_menu.setTitle(self.tr("Ce&ntre"))  # Alt+C is the intake field
        self.centre_menu_actions.retranslate()
        self.review_action.setText(self.tr("&Review logs and reports…"))
        self.review_action.setToolTip(self.tr("Logs, figures, charts, exports and the monthly report (Ctrl+Shift+R)"))
        self.demo_action.setText(self.tr("Fill with &demo data…"))
        self.demo_action.setToolTip(self.tr("Invented visits for trying out and training — not for a centre in service"))
        self.centre_label.set_full_text(self.tr("Centre: {name}").format(name=centre))
        self.db_label.set_full_text(self.tr("Database: {where}").format(where=self.ws.db.location))
        self.queue_focus_action.setText(self.tr("Go to the &queue"))
        self.staff_action.setText(self.tr("&Who is at this desk …"))
        self.rebook_log_action.setText(self.tr("Re&book appointment …"))
        self.refer_log_action.setText(self.tr("Refer &onward …"))
        self.staff_label.setText(self.tr("At the desk: {staff}").format(staff=self.ws.booking.staff))
        self.staff_label.setAccessibleName(self.staff_label.text())
        self._update_tabs()
        self.role_controls.retranslate()

    def set_ui_language(self, lang: str) -> None:
        if lang not in UI_LANGUAGES:
            return
        if self.translations is not None:
            lang = self.translations.install(lang)
        self.lang = lang
        self.language_actions[lang].setChecked(True)
        self.retranslate()
        self._route(self.intake.text(), keep_row=True)
        self.refresh_log()
        if self.ticket_card.entry() is not None:
            self.ticket_card.set_language(lang)
        self._store(replace(self.settings, ui_language=lang))
        self.focus_intake()

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
        self._restyle()

    def set_font_scale(self, percent: int) -> None:
        """Text size in per cent (100–200), applied at once and remembered at this desk."""
        if percent == self.settings.font_scale or percent not in FONT_SCALES:
            return
        self._store(replace(self.settings, font_scale=percent))
        self._restyle()
        self.statusBar().showMessage(self.tr("Text size {percent} %").format(percent=percent), 3000)

    def _restyle(self) -> None:
        self._apply_look(self.settings.theme, self.settings.font_scale)
        self._update_scale_actions()
        self._fit_to_text()
        self.suggestions.doItemsLayout()  # the rows' height follows the new text size
        self.day_log.view.resizeRowsToContents()

    def _fit_to_text(self) -> None:
        """Minimum heights in lines of text, so large text scrolls the page instead of clipping a part."""
        line = self.fontMetrics().lineSpacing()
        self._middle.setMinimumHeight(line * 6)  # a suggestion and a half, the unit's name
        # the tab bar, then the ticket number or the log's heading and first rows
        self.queue_panel.set_stacked(self.settings.font_scale >= 150)
        for layout in (self.queue_panel.layout(), self.day_log.layout(), self._bottom.layout()):
            layout.invalidate()
            layout.activate()  # so the minimum below is that of the new text size
        wanted = line * 5 + self.bottom_tabs.tabBar().sizeHint().height()
        # ... but never less than the queue and the log need (their buttons and headings at this text size)
        self._bottom.setMinimumHeight(max(wanted, self._bottom.layout().minimumSize().height()))
        self.frequent_bar.set_max_lines(2 if self.settings.font_scale <= 125 else 1)
        grow = 1 + (self.settings.font_scale / 100 - 1) / 4  # the card widens a quarter as fast as the text
        self.ticket_scroll.setFixedWidth(round(380 * grow))

    def _update_scale_actions(self) -> None:
        scale = self.settings.font_scale
        self.larger_text_action.setEnabled(scale < FONT_SCALES[-1])
        self.smaller_text_action.setEnabled(scale > FONT_SCALES[0])
        self.normal_size_action.setEnabled(scale != FONT_SCALES[0])

    def _set_open_preview(self, on: bool) -> None:
        self._store(replace(self.settings, open_preview=bool(on)))

    def _store(self, settings: Settings) -> None:
        self.settings = settings
        if self._save_settings is None:
            return
        try:
            self._save_settings(settings)
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Settings could not be saved: {error}").format(error=exc), 8000)

    # ------------------------------------------------------------------ routing

    def _route(self, text: str, keep_row: bool = False) -> None:
        old_row = self.suggestions.current_row() if keep_row else 0
        self._picked = False
        self._filled_text = None
        self.result = self.ws.router.route(text) if text.strip() else None
        candidates = self.result.candidates if self.result else ()
        self.suggestions.suggestions.set_candidates(candidates, self.lang)
        if candidates:
            self.suggestions.select_row(max(0, old_row))
        self._selection_changed()

    def route_concern(self, concern_id: str) -> None:
        """A concern chosen directly (frequent-concern button): fill the intake and pick its unit."""
        if not self.ws.centre.has_concern(concern_id):
            return
        self.result = self.ws.router.route_concern(concern_id)
        label = self.ws.centre.concern(concern_id).label.get(self.lang)
        self.intake.blockSignals(True)
        self.intake.setText(label)
        self.intake.blockSignals(False)
        self._filled_text = label
        self.suggestions.suggestions.set_candidates(self.result.candidates, self.lang)
        self.suggestions.select_row(0)
        self._selection_changed()
        self.focus_intake()
        self.pick_current()

    def typed_text(self) -> str | None:
        """What reception typed (kept with the entry), not a label a button filled in."""
        text = self.intake.text().strip()
        return text if text and text != self._filled_text else None

    def refresh_frequent(self) -> None:
        frequent = most_frequent(self.ws.db, self.ws.centre, self.ws.clock().date())
        self.frequent_bar.show_frequent(self.ws.centre, frequent, self.lang)
        self._update_tab_order()

    def current_candidate(self) -> Candidate | None:
        return self.suggestions.suggestions.candidate(self.suggestions.current_row())

    def _move_selection(self, step: int) -> None:
        self.suggestions.move(step)

    def _selection_changed(self) -> None:
        self._picked = False
        self._show_detail()

    def _show_detail(self) -> None:
        cand = self.current_candidate()
        if cand is None:
            self.detail.show_empty(no_match=bool(self.intake.text().strip()))
        else:
            question = self.result.question if self.result else None
            self.detail.show_candidate(self.ws.centre, cand, question, self.ws.clock(), self.lang, self._picked)
            if question is not None:  # large text, small screen: scroll the question into view
                QTimer.singleShot(0, self._question_into_view)
        self._update_actions()
        self._update_tab_order()

    def _question_into_view(self) -> None:
        """Scroll the whole clarifying question into view once the detail area has its new size."""
        box = self.detail.question_box
        if not box.isVisible():
            return
        # The panel's height for its new content, before the scroll area would get to it.
        need = self.detail.heightForWidth(self.detail.width())
        if need > 0:
            self.detail.resize(self.detail.width(), max(need, self.detail_scroll.viewport().height()))
        self.detail.layout().activate()
        self.detail_scroll.ensureWidgetVisible(box, 0, 2)

    def _update_tab_order(self) -> None:
        """Tab follows the page: intake, frequent concerns, answers, language, the two actions, the log."""
        chain = [
            self.intake,
            *self.frequent_bar.buttons(),
            *self.detail.answer_buttons(),
            self.visitor_language,
            self.appointment_button,
            self.walk_in_button,
            self.log_view,
            self.day_log.reprint_button,
            self.ticket_card.reprint,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _update_actions(self) -> None:
        cand = self.current_candidate()
        walk_in = cand is not None and "walk_in" in cand.unit.accepts
        appointment = cand is not None and "appointment" in cand.unit.accepts
        self.walk_in_action.setEnabled(walk_in)
        self.walk_in_button.setEnabled(walk_in)
        self.appointment_action.setEnabled(appointment)
        self.appointment_button.setEnabled(appointment)

    def _pick_row(self, row: int) -> None:
        self.suggestions.select_row(row)
        self.pick_current()

    def pick_current(self) -> None:
        """Enter: take the selected unit; focus goes to the ticket button (Enter again issues it)."""
        cand = self.current_candidate()
        if cand is None:
            self.statusBar().showMessage(self.tr("No unit to pick — type the concern first."), 4000)
            return
        self._picked = True
        self._show_detail()
        if self.walk_in_button.isEnabled():
            self.walk_in_button.setFocus()
        elif self.appointment_button.isEnabled():
            self.appointment_button.setFocus()

    def answer_question(self, answer_id: str) -> None:
        if not self.result or not self.result.question:
            return
        self.result = self.ws.router.answer(self.result, self.result.question, answer_id)
        self.suggestions.suggestions.set_candidates(self.result.candidates, self.lang)
        self.suggestions.select_row(0)
        self._show_detail()
        self.focus_intake()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
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
                self._move_selection(-1 if key_event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ visits

    def visitor_lang(self) -> str:
        return self.visitor_language.currentData() or "de"

    def set_visitor_language(self, code: str) -> bool:
        index = self.visitor_language.findData(code)
        if index >= 0:
            self.visitor_language.setCurrentIndex(index)
        return index >= 0

    def issue_walk_in(self) -> EntryView | None:
        cand = self.current_candidate()
        if cand is None:
            self.statusBar().showMessage(self.tr("No unit selected — type the concern first."), 4000)
            self.focus_intake()
            return None
        now = self.ws.clock()
        choice = walk_in_advice.choose(self, waiting.advice(self.ws.centre, cand.unit, now), now.date(), self.lang, self.run_dialog)
        if choice == walk_in_advice.APPOINTMENT:
            return self.open_appointment_dialog()
        actor = Actor(self.ws.booking.staff)
        try:
            if choice == walk_in_advice.REFER:  # a partner outside: a referral slip, no waiting number
                entry = waiting.refer_to_partner(self.ws.db, self.ws.centre, actor, self.ws.clock, cand.unit.id,
                                                 cand.concern.id, language=self.visitor_lang(), query_text=self.typed_text())
            elif choice in (walk_in_advice.TICKET, walk_in_advice.LATER):
                entry, _wait = waiting.issue_walk_in(
                    self.ws.db, self.ws.centre, actor, self.ws.clock, cand.unit.id, cand.concern.id,
                    language=self.visitor_lang(), query_text=self.typed_text(), closed_ok=choice == walk_in_advice.LATER,
                )
            else:
                return None
        except BookingError as exc:
            self.messages.error(self, self.tr("No ticket issued"), booking_error_text(exc, cand.unit.name.get(self.lang)))
            return None
        self._after_booking(entry)
        return entry

    def open_appointment_dialog(self) -> EntryView | None:
        cand = self.current_candidate()
        if cand is None:
            self.statusBar().showMessage(self.tr("No unit selected — type the concern first."), 4000)
            self.focus_intake()
            return None
        lang = self.visitor_lang()
        query_text = self.typed_text()

        def book(at: dt.datetime, **visitor: str | None) -> EntryView:
            return self.ws.booking.book_appointment(
                cand.unit.id, at, cand.concern.id, language=lang, query_text=query_text, **visitor
            )

        try:
            dialog = AppointmentDialog(
                self.ws.booking, cand, book, self.messages, self.lang, self,
                ask_visitor=True, retention_days=self._retention_days(),
            )
        except BookingError as exc:
            self.messages.error(self, self.tr("Cannot book"), booking_error_text(exc, cand.unit.name.get(self.lang)))
            return None
        self.run_dialog(dialog)
        entry = dialog.entry
        dialog.deleteLater()
        if entry is None:
            self.intake.setFocus()
            return None
        self._after_booking(entry)
        return entry

    def _after_booking(self, entry: EntryView) -> None:
        """Confirm, log, write and print the slip, and get ready for the next visitor."""
        self.refresh_log(select_id=entry.id)
        job, problem = self._slip_job(entry, entry.language)
        self.ticket_card.show_entry(
            self.ws.centre, entry, self.lang, ("no_pdf", None, problem) if problem else None,
            wait=waiting.wait_info(self.ws.db, entry.id),
        )
        what = self.tr("Ticket {ticket} issued") if entry.kind == E.WALK_IN else self.tr("Appointment {ticket} booked")
        self.statusBar().showMessage(what.format(ticket=entry.ticket), 10_000)
        self.new_visit()
        if problem:
            self.messages.warning(
                self,
                self.tr("Slip not written"),
                self.tr("The visit is saved ({ticket}), but its slip could not be written.").format(ticket=entry.ticket),
                problem,
            )
        elif job is not None:
            outcome = self.slip_printer.print_job(self, job, preview=self.settings.open_preview)
            self.ticket_card.set_slip(outcome, job.pdf_path)
        self.activateWindow()  # back from the preview: the next visitor's keys go here
        self.focus_intake()

    def new_visit(self) -> None:
        self.intake.clear()
        self.set_visitor_language("de")
        self.focus_intake()

    # ------------------------------------------------------------------ slips

    def _slip_job(self, entry: EntryView, lang: str) -> tuple[SlipJob | None, str]:
        """Write (or find) the slip PDF of ``entry``; returns the job and a problem text."""
        from welcome_desk.slips.store import ensure_slip

        paper = self.settings.paper
        try:
            path = ensure_slip(self.ws.db, self.ws.centre, entry, lang, paper, self.ws.clock())
        except OSError as exc:
            return None, self.tr("cannot write the slip: {error}").format(error=exc.strerror or exc)
        except Exception as exc:  # a renderer bug must not lose the visit: say it, keep working
            log.exception("slip rendering failed for entry %s", entry.id)  # the log file withholds the message
            return None, f"{exc.__class__.__name__}: {exc}"
        return SlipJob(path, lang, paper, entry.ticket), ""

    def reprint_entry(self, entry: EntryView) -> str:
        job, problem = self._slip_job(entry, entry.language)
        if job is None:
            self.messages.warning(self, self.tr("Slip not written"), self.tr("The slip could not be written."), problem)
            return "failed"
        outcome = self.slip_printer.print_job(self, job, preview=self.settings.open_preview)
        current = self.ticket_card.entry()
        if current is not None and current.id == entry.id:
            self.ticket_card.set_slip(outcome, job.pdf_path)
        self.statusBar().showMessage(slip_state_text(outcome, job.pdf_path).replace("\n", " — "), 10_000)
        return outcome

    def reprint_row(self, row: int) -> str | None:
        entry = self.log_model.entry(row)
        return self.reprint_entry(entry) if entry is not None else None

    def reprint_selected(self) -> str | None:
        row = self.selected_log_row()
        if row < 0:
            self.statusBar().showMessage(self.tr("Select an entry in today's log first."), 4000)
            return None
        return self.reprint_row(row)

    def reprint_last(self) -> str | None:
        entry = self.ticket_card.entry()
        return self.reprint_entry(entry) if entry is not None else None

    def reprint_selected_or_last(self) -> str | None:
        if self.log_view.hasFocus() and self.selected_log_row() >= 0:
            return self.reprint_selected()
        if self.ticket_card.entry() is not None:
            return self.reprint_last()
        return self.reprint_selected()

    # ------------------------------------------------------------------ today's log

    def refresh_log(self, select_id: int | None = None) -> None:
        self._log_day = self.ws.clock().date()
        rows = day_log(self.ws.db, self.ws.centre, self._log_day, self.lang)
        self.day_log.set_rows(rows, self._log_day, self.lang, select_id)
        self.queue_panel.refresh(self.lang)
        self.refresh_frequent()

    def selected_log_row(self) -> int:
        return self.day_log.selected_row()

    def log_menu(self) -> QMenu:
        return self.day_log.menu()

    def set_status(self, entry: EntryView, status: str) -> EntryView | None:
        try:
            updated = self.ws.booking.set_status(entry.id, status)
        except BookingError as exc:
            self.messages.error(self, self.tr("Status not changed"), booking_error_text(exc))
            return None
        self.refresh_log(select_id=updated.id)
        return updated

    def set_selected_status(self, status: str) -> EntryView | None:
        entry = self.day_log.selected_entry()
        return self.set_status(entry, status) if entry is not None else None

    # ------------------------------------------------------------------ roles and audit

    def require_team_lead(self, what: str) -> bool:
        """Whether a team-lead function (``what``, shown to the person) may run now.

        Every team-lead entry point calls this first: True when the team lead is
        signed in; otherwise the sign-in dialog (or, before any password exists,
        the dialog that sets one) explains ``what`` and the outcome is returned.
        """
        return self.role_controls.require_team_lead(what)

    def current_role(self) -> str:
        return self.roles.role

    def audit(self, action: str, detail: str = "") -> None:
        """Record a sensitive action in the audit log (never personal data in ``detail``)."""
        from welcome_desk.core import audit

        audit.record(self.ws.db, self.ws.clock(), self.roles.audit_staff(), self.current_role(), action, detail)

    # ------------------------------------------------------------------ the queue and who is at the desk

    def _retention_days(self) -> int:
        from welcome_desk.core.retention import retention_days

        return retention_days(self.ws.db)

    def _update_tabs(self) -> None:
        self.bottom_tabs.setTabText(0, self.tr("Today's log"))
        waiting = self.queue_panel.waiting_count()
        self.bottom_tabs.setTabText(1, self.tr("&Queue — %n waiting", "", waiting))
        self.bottom_tabs.setTabToolTip(0, self.tr("Today's log (Ctrl+T)"))
        self.bottom_tabs.setTabToolTip(1, self.tr("Waiting visitors, call next (F7, F8)"))
        self.bottom_tabs.setAccessibleName(self.tr("Today's log and the queue"))
        self.bottom_tabs.setAccessibleDescription(self.tr("Ctrl+T goes to today's log, F7 to the queue"))
        bar = self.bottom_tabs.tabBar()
        bar.setAccessibleName(self.tr("Today's log or the queue"))
        bar.setAccessibleDescription(self.tr("Left and Right switch between the log and the queue"))
        for button, name in (
            (bar.findChild(QToolButton, "ScrollLeftButton"), self.tr("Scroll the tabs left")),
            (bar.findChild(QToolButton, "ScrollRightButton"), self.tr("Scroll the tabs right")),
        ):
            if button is not None:  # Qt's own buttons, shown only when the tabs do not fit
                button.setAccessibleName(name)
                button.setAccessibleDescription(name)

    def _on_log_entry(self, action: Callable[[EntryView], object]) -> None:
        """Rebook or refer the entry selected in the log (e.g. a no-show found again)."""
        entry = self.day_log.selected_entry()
        if entry is not None:
            action(entry)

    def _focus_queue(self) -> None:
        self.bottom_tabs.setCurrentWidget(self.queue_panel)
        self.queue_panel.focus()

    def show_entry(self, entry: EntryView) -> None:
        """Show ``entry`` selected in the log of its day (today's log for today)."""
        if entry.day == self.ws.clock().date():
            self.refresh_log(select_id=entry.id)
        else:
            rows = day_log(self.ws.db, self.ws.centre, entry.day, self.lang)
            self.day_log.set_rows(rows, entry.day, self.lang, entry.id, today=self.ws.clock().date())
        self._focus_log()

    def choose_staff(self) -> None:
        """Who is at this desk (remembered); every status change is attributed to them."""
        from welcome_desk.core.staff import system_user
        from welcome_desk.ui.staff_dialog import StaffDialog

        dialog = StaffDialog(self.settings.staff, system_user(), self)
        accepted = self.run_dialog(dialog)
        name = dialog.name()
        dialog.deleteLater()
        if accepted:
            self.set_staff(name)
        self.activateWindow()
        self.focus_intake()

    def set_staff(self, name: str) -> None:
        try:
            self.ws.booking.staff = name
        except BookingError as exc:
            self.messages.error(self, self.tr("Name not changed"), booking_error_text(exc))
            return
        self._store(replace(self.settings, staff=name))
        self.retranslate()
        self.statusBar().showMessage(self.tr("Changes are now recorded as {staff}.").format(staff=self.ws.booking.staff), 8000)

    def reload_centre(self, centre=None) -> None:
        """Use the centre as now stored (after an edit, import or switch) without a restart."""
        if centre is None:
            from welcome_desk.core.centre_store import ensure_active_centre

            centre = ensure_active_centre(self.ws.db)
        self.ws.use_centre(centre)
        self.queue_panel.use_services(QueueService(self.ws.booking), self.ws.router)
        self.retranslate()
        self._route(self.intake.text(), keep_row=True)
        self.refresh_log()

    def restore_from_backup(self) -> Path | None:
        """File ▸ Restore from backup… (team lead): see :mod:`welcome_desk.ui.restore_dialog`."""
        if not self.require_team_lead(self.tr("Restore from backup")):
            return None
        from welcome_desk.ui.restore_dialog import restore_while_running

        return restore_while_running(self)

    def fill_demo_data(self):
        """Team lead ▸ Fill with demo data… (in the background, with progress and Stop)."""
        if self._demo_filler is None:
            from welcome_desk.ui.demo_data import DemoFiller

            self._demo_filler = DemoFiller(self)
        return self._demo_filler.ask_and_run()

    def open_review(self):
        """The team lead's review window (logs, figures, exports, reports), after the team-lead check."""
        if not self.require_team_lead(self.tr("Review logs and reports")):
            return None
        from welcome_desk.ui.review.printdoc import print_pdf
        from welcome_desk.ui.review.window import ReviewWindow

        if self._review is None:
            self._review = ReviewWindow(
                self.ws,
                language=lambda: self.lang,
                messages=self.messages,
                run_dialog=self.run_dialog,
                require_team_lead=self.require_team_lead,
                audit=self.audit,
                print_pdf=lambda parent, path, title: print_pdf(
                    parent, path, title, messages=self.messages, run_dialog=self.run_dialog,
                    has_printer=self.slip_printer.has_printer, printer_name=self.slip_printer.printer_name,
                ),
                parent=self,
            )
        else:
            self._review.refresh()
        self._review.show()
        self._review.raise_()
        self._review.activateWindow()
        return self._review

    # ------------------------------------------------------------------ help

    def show_shortcuts(self) -> None:
        self.run_dialog(shortcuts_box(self))
        self.focus_intake()

    def show_about(self) -> None:
        self.run_dialog(about_box(self, self.ws.centre.name.get(self.lang)))
        self.focus_intake()

    # ------------------------------------------------------------------ focus and time

    def focus_intake(self) -> None:
        self.intake.setFocus(Qt.FocusReason.OtherFocusReason)
        self.intake.selectAll()

    def _focus_visitor_language(self) -> None:
        self.visitor_language.setFocus()
        self.visitor_language.showPopup()

    def _focus_log(self) -> None:
        self.bottom_tabs.setCurrentWidget(self.day_log)
        self.day_log.focus()

    def _tick(self) -> None:
        """Every minute: "open now" follows the clock; a new day gets its log and the retention purge.

        A database that is away for a moment gives a line in the status bar, not a traceback.
        """
        from sqlalchemy.exc import SQLAlchemyError

        from welcome_desk.core.database import DatabaseError

        try:
            if self.ws.clock().date() != self._log_day:
                self.role_controls.new_day()  # the automatic retention purge, also for a window left open
                self.refresh_log()
        except (DatabaseError, SQLAlchemyError) as exc:
            log.warning("minute refresh failed: %s", exc.__class__.__name__)
            self.statusBar().showMessage(
                self.tr("Today's log could not be refreshed: the database is not available just now."), 60_000
            )
        self._show_detail()

    def slip_path_of(self, entry: EntryView) -> Path:
        from welcome_desk.slips.store import slip_path

        return slip_path(self.ws.db, entry, entry.language, self.settings.paper)


def _apply_look_to_application(theme: str, font_scale: int) -> None:
    """Theme and text size for the whole application: every window and dialog follows."""
    from PySide6.QtWidgets import QApplication

    from welcome_desk.ui.style import apply_style

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app, theme, font_scale)
