"""The panels of the desk window and how they are laid out on the page.

:func:`build_panels` makes the widgets the reception controller drives (intake,
suggestions, details, the action buttons, the ticket card, today's log and the
queue); :func:`lay_out` puts them on one scrolling page. Neither knows the visit flow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.queue import QueueService
from welcome_desk.core.workspace import Workspace
from welcome_desk.ui.day_log_panel import DayLogPanel
from welcome_desk.ui.detail_panel import DetailPanel
from welcome_desk.ui.frequent_bar import FrequentBar
from welcome_desk.ui.i18n import visitor_languages
from welcome_desk.ui.language_combo import LanguageCombo
from welcome_desk.ui.messages import Messages
from welcome_desk.ui.queue_panel import QueuePanel
from welcome_desk.ui.suggestions import IntakeField, SuggestionList
from welcome_desk.ui.ticket_card import TicketCard


@dataclass
class DeskPanels:
    """The reception widgets: built by the window, driven by the reception controller."""

    intake_label: QLabel
    intake: IntakeField
    frequent_bar: FrequentBar
    suggestions_label: QLabel
    suggestions: SuggestionList
    detail: DetailPanel
    language_label: QLabel
    visitor_language: LanguageCombo
    walk_in_button: QPushButton
    appointment_button: QPushButton
    ticket_card: TicketCard
    ticket_scroll: QScrollArea
    day_log: DayLogPanel
    queue_panel: QueuePanel
    bottom_tabs: QTabWidget

    def update_tab_order(self) -> None:
        """Tab follows the page: intake, frequent concerns, answers, language, the two actions, the log."""
        chain = [
            self.intake,
            *self.frequent_bar.buttons(),
            *self.detail.answer_buttons(),
            self.visitor_language,
            self.appointment_button,
            self.walk_in_button,
            self.day_log.view,
            self.day_log.reprint_button,
            self.ticket_card.reprint,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)


def _scroll(object_name: str, widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(object_name)
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def build_panels(
    workspace: Workspace,
    messages: Messages,
    run_dialog: Callable[[QDialog], int],
    *,
    lang: str,
    queue_unit: str,
    retention_days: int,
) -> DeskPanels:
    intake_label = QLabel()
    intake_label.setObjectName("sectionLabel")
    intake = IntakeField()
    intake.setObjectName("intake")
    intake.setClearButtonEnabled(True)
    intake.setMaxLength(300)
    intake_label.setBuddy(intake)
    suggestions_label = QLabel()
    suggestions_label.setObjectName("sectionLabel")
    suggestions = SuggestionList()
    suggestions.setObjectName("suggestions")
    suggestions_label.setBuddy(intake)  # the list is driven from the field
    detail = DetailPanel()
    language_label = QLabel()
    visitor_language = LanguageCombo()  # finds a language by typing any of its names
    visitor_language.setObjectName("visitorLanguage")
    visitor_language.set_languages(visitor_languages())
    language_label.setBuddy(visitor_language)
    walk_in_button = QPushButton()
    walk_in_button.setObjectName("primaryAction")
    appointment_button = QPushButton()
    appointment_button.setObjectName("secondaryAction")
    for button in (walk_in_button, appointment_button):
        button.setAutoDefault(True)
    ticket_card = TicketCard()
    # The card scrolls rather than being cut off when large text meets a short screen.
    ticket_scroll = _scroll("ticketScroll", ticket_card)
    ticket_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    day_log = DayLogPanel()
    queue_panel = QueuePanel(
        QueueService(workspace.booking), workspace.router, messages, run_dialog,
        lang=lang, unit_id=queue_unit, retention_days=retention_days,
    )
    bottom_tabs = QTabWidget()
    bottom_tabs.setObjectName("bottomTabs")
    bottom_tabs.setDocumentMode(True)  # no frame: the log and the queue keep their own look
    bottom_tabs.addTab(day_log, "")
    bottom_tabs.addTab(queue_panel, "")
    return DeskPanels(
        intake_label=intake_label, intake=intake, frequent_bar=FrequentBar(),
        suggestions_label=suggestions_label, suggestions=suggestions,
        detail=detail,
        language_label=language_label, visitor_language=visitor_language,
        walk_in_button=walk_in_button, appointment_button=appointment_button,
        ticket_card=ticket_card, ticket_scroll=ticket_scroll,
        day_log=day_log, queue_panel=queue_panel, bottom_tabs=bottom_tabs,
    )


@dataclass
class DeskLayout:
    """The containers whose sizes follow the text size and the first show."""

    page: QScrollArea
    split: QSplitter  # routing above, ticket card and log below
    middle: QSplitter  # suggestions | details
    bottom: QWidget
    actions: QBoxLayout  # the slip language and the two action buttons
    queue_panel: QueuePanel

    def stack(self, stacked: bool) -> None:
        """Large text: the action buttons under the slip language, the queue's unit chooser above its buttons."""
        self.actions.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
        self.queue_panel.set_stacked(stacked)


def lay_out(p: DeskPanels) -> DeskLayout:
    """Intake on top; suggestions | details; the action bar; ticket card | today's log and the queue."""
    top = QWidget()
    top_lay = QVBoxLayout(top)
    top_lay.setContentsMargins(0, 0, 0, 0)
    top_lay.setSpacing(6)
    top_lay.addWidget(p.intake_label)
    top_lay.addWidget(p.intake)
    top_lay.addWidget(p.frequent_bar)
    middle = QSplitter(Qt.Orientation.Horizontal)
    middle.setChildrenCollapsible(False)
    left = QWidget()
    left_lay = QVBoxLayout(left)
    left_lay.setContentsMargins(0, 6, 0, 0)
    left_lay.addWidget(p.suggestions_label)
    left_lay.addWidget(p.suggestions, 1)
    right = QWidget()
    right_lay = QVBoxLayout(right)
    right_lay.setContentsMargins(0, 6, 0, 0)
    right_lay.addWidget(p.detail.caption)  # "Selected unit" beside "Suggested units", not inside the panel
    right_lay.addWidget(p.detail, 1)
    middle.addWidget(left)
    middle.addWidget(right)
    middle.setStretchFactor(0, 5)
    middle.setStretchFactor(1, 6)
    top_lay.addWidget(middle, 1)
    # The slip language, then the two actions; from 150 % text the actions go on a line of their own
    # (side by side they needed 1300 px at 200 %: the page scrolled sideways, "Wartenummer F5" was cut).
    actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
    actions.setSpacing(10)
    language_row, buttons_row = QHBoxLayout(), QHBoxLayout()
    for row in (language_row, buttons_row):
        row.setSpacing(10)
    language_row.addWidget(p.language_label)
    language_row.addWidget(p.visitor_language)
    buttons_row.addStretch(1)
    buttons_row.addWidget(p.appointment_button)
    buttons_row.addWidget(p.walk_in_button)
    actions.addLayout(language_row)
    actions.addLayout(buttons_row, 1)
    top_lay.addSpacing(4)
    top_lay.addLayout(actions)

    bottom = QWidget()
    bottom_lay = QHBoxLayout(bottom)
    bottom_lay.setContentsMargins(0, 6, 0, 0)
    bottom_lay.setSpacing(12)
    bottom_lay.addWidget(p.ticket_scroll)
    bottom_lay.addWidget(p.bottom_tabs, 1)

    split = QSplitter(Qt.Orientation.Vertical)
    split.setChildrenCollapsible(False)
    split.addWidget(top)
    split.addWidget(bottom)
    split.setStretchFactor(0, 1)  # extra height goes to the suggestions and details
    split.setStretchFactor(1, 0)
    central = QWidget()
    lay = QVBoxLayout(central)
    lay.setContentsMargins(16, 12, 16, 8)
    lay.addWidget(split)
    # At large text sizes on a small screen the whole page scrolls instead of squeezing its parts.
    page = _scroll("pageScroll", central)
    return DeskLayout(page=page, split=split, middle=middle, bottom=bottom, actions=actions, queue_panel=p.queue_panel)
