"""Details of the selected suggestion: where, when, why, and the clarifying question.

The unit's name and the clarifying question are fixed at the top of the panel; only what
follows (why, where, hours, phone) scrolls. At 200 % text on a 1280×800 screen the panel
has room for little more than those two, and a scroll area holding all of it showed
either the heading or the question, never both (issue 15). The caption heads the
column beside the suggestions' own label (``lay_out`` places it there).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.centre import Answer, Centre, Question, Unit
from welcome_desk.core.samples import SAMPLE_MARK, has_samples, is_sample
from welcome_desk.core.hours import Hours, format_schedules, status_line
from welcome_desk.core.languages import language
from welcome_desk.core.routing import Candidate
from welcome_desk.ui.flow_layout import FlowLayout
from welcome_desk.ui.locale_format import format_day_month, format_time
from welcome_desk.ui.wrapped_label import WrappedLabel


def open_state_text(centre: Centre, unit: Unit, now: dt.datetime, lang: str) -> str:
    """'Open now — until 16:00' or 'Closed now — next: Tue 08:00', in words (not colour)."""

    is_open, opening = status_line(Hours(centre, unit), now)
    if is_open and opening is not None:
        return QCoreApplication.translate("DetailPanel", "Open now — until {time}").format(time=format_time(opening.end, lang))
    if opening is None:
        return QCoreApplication.translate("DetailPanel", "Closed — no hours in the next weeks")
    if opening.start.date() == now.date():
        when = QCoreApplication.translate("DetailPanel", "today {time}").format(time=format_time(opening.start, lang))
    elif opening.start.date() == now.date() + dt.timedelta(days=1):
        when = QCoreApplication.translate("DetailPanel", "tomorrow {time}").format(time=format_time(opening.start, lang))
    else:
        when = f"{format_day_month(opening.start.date(), lang)} {format_time(opening.start, lang)}"
    return QCoreApplication.translate("DetailPanel", "Closed now — next: {when}").format(when=when)


class QuestionBox(QGroupBox):
    """The clarifying question: asks for the height its lines and answers need at its width.

    Its answers wrap (a flow layout) and its texts too; outside a scroll area the group box
    was given the height of one line of answers and its second answer was drawn over its edge.
    """

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # an answer or a line added or gone
            self.fit()
        return done

    def fit(self) -> None:
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        need = layout.totalHeightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class DetailPanel(QFrame):
    """Shows one candidate; emits ``answered`` when an answer to the question is chosen."""

    answered = Signal(str)  # answer id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state: tuple | None = None  # what is shown, to redraw after a language change
        self._answer_buttons: list[QPushButton] = []

        self.caption = WrappedLabel()  # "Selected unit" / "Picked ✓ — F5 …": heads the column, see lay_out
        self.caption.setObjectName("caption")
        self.title = WrappedLabel()  # never squeezed: the part below scrolls instead
        self.title.setObjectName("unitTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setObjectName("why")

        self.where_label, self.where = QLabel(), self._value()
        self.hours_label, self.hours = QLabel(), self._value()
        self.now_label, self.now_state = QLabel(), self._value()
        self.now_state.setObjectName("openState")
        self.visits_label, self.visits = QLabel(), self._value()
        self.phone_label, self.phone = QLabel(), self._value()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        for label, value in (
            (self.where_label, self.where),
            (self.hours_label, self.hours),
            (self.now_label, self.now_state),
            (self.visits_label, self.visits),
            (self.phone_label, self.phone),
        ):
            label.setObjectName("fieldLabel")
            label.setBuddy(value)
            form.addRow(label, value)
        self.form_host = QWidget()
        self.form_host.setLayout(form)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)

        self.question_box = QuestionBox()
        self.question_box.setObjectName("questionBox")
        qlay = QVBoxLayout(self.question_box)
        self.question_text = WrappedLabel()  # never squeezed: the detail area scrolls instead
        qlay.addWidget(self.question_text)
        # The question in the visitor's language, so the screen can be turned to them.
        self.question_visitor = WrappedLabel()
        self.question_visitor.setObjectName("questionVisitor")
        qlay.addWidget(self.question_visitor)
        self.answers_row = FlowLayout(spacing=8)  # wraps at large text sizes
        qlay.addLayout(self.answers_row)
        # "Answer from the text: Bürgergeld — change with Alt+1…Alt+3"
        self.stated = WrappedLabel()
        self.stated.setObjectName("statedAnswer")
        qlay.addWidget(self.stated)
        self.question_box.hide()

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        # Fixed: the unit's name, then the question that decides where the visitor goes.
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 6, 18, 6)
        lay.setSpacing(6)
        lay.addWidget(self.title)
        lay.addWidget(self.question_box)
        # Scrolls: why, where, hours, phone, the note on sample values; the hint when nothing is selected.
        body = QWidget()
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.setSpacing(8)
        body_lay.addWidget(self.why)
        body_lay.addWidget(self.form_host)
        body_lay.addWidget(self.note)
        body_lay.addWidget(self.hint)
        body_lay.addStretch(1)
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("detailScroll")
        self.body_scroll.setWidget(body)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setMinimumHeight(1)  # gives way first: the name and the question keep their lines
        lay.addWidget(self.body_scroll, 1)
        self.retranslate()
        self.show_empty(False)

    @staticmethod
    def _value() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Details of the selected unit"))
        self.caption.setText(self.tr("Selected unit"))
        self.where_label.setText(self.tr("Where"))
        self.now_label.setText(self.tr("Now"))
        self.visits_label.setText(self.tr("Visits"))
        self.phone_label.setText(self.tr("Phone"))
        self.question_box.setTitle(self.tr("Please ask the visitor"))
        self.title.setAccessibleName(self.tr("Unit"))
        self.why.setAccessibleName(self.tr("Why this unit"))
        self.question_visitor.setAccessibleName(self.tr("The question in the visitor's language"))
        self.stated.setAccessibleName(self.tr("Answer read from the text"))
        self._expose_values()

    def _fields(self) -> tuple[tuple[QLabel, str], ...]:
        return (
            (self.where, self.tr("Where")),
            (self.hours, self.hours_label.text() or self.tr("Hours")),
            (self.now_state, self.tr("Open now or next opening")),
            (self.visits, self.tr("Visits")),
            (self.phone, self.tr("Phone")),
        )

    def _expose_values(self) -> None:
        """A screen reader speaks a label's accessible name: give each value label "field: value",
        and the value alone as its description (a name without the value hid it from readers)."""
        for label, field in self._fields():
            value = label.text()
            label.setAccessibleName(f"{field}: {value}" if value else field)
            label.setAccessibleDescription(value)
        title = self.title.text()
        self.title.setAccessibleName(self.tr("Unit: {name}").format(name=title) if title else self.tr("Unit"))
        self.title.setAccessibleDescription(title)
        self.why.setAccessibleDescription(self.why.text())

    # -- content -----------------------------------------------------------------------

    def show_uncertain(self, concern_label: str, frequent: list[str], language_note: str = "") -> None:
        """A match carried by one weak word: nothing is selected, nothing is armed."""
        self._state = ("uncertain", concern_label, frequent, language_note)
        self.caption.setText(self.tr("Selected unit"))
        for w in (self.title, self.why, self.question_box, self.form_host, self.note):
            w.hide()
        text = self.tr(
            "No sure match: the words only weakly fit \"{concern}\". Ask the visitor for another word, "
            "choose a suggestion with Down and Enter, or a frequent concern below."
        ).format(concern=concern_label)
        if frequent:
            text += "\n" + self.tr("Frequent concerns: {list}").format(list=", ".join(frequent))
        if language_note:
            text += "\n" + language_note
        self.hint.setText(text)
        self.hint.show()

    def show_empty(self, no_match: bool, language_note: str = "") -> None:
        self._state = ("empty", no_match, language_note)
        self.caption.setText(self.tr("Selected unit"))
        for w in (self.title, self.why, self.question_box, self.form_host, self.note):
            w.hide()
        if language_note:
            self.hint.setText(language_note)
        elif no_match:
            self.hint.setText(
                self.tr(
                    "No unit found for these words. Try other or fewer words, "
                    "e.g. the document the visitor shows (\"Aufenthaltstitel\", \"Mietvertrag\")."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Type the visitor's concern in a few words — in German, English or the visitor's "
                    "language (sixteen are known), e.g. "
                    "\"Visum verlängern\", \"Wohnung\", \"Arbeit\". The best unit is selected; "
                    "Up/Down choose another one."
                )
            )
        self.hint.show()

    def show_candidate(
        self,
        centre: Centre,
        candidate: Candidate,
        question: Question | None,
        now: dt.datetime,
        lang: str,
        picked: bool = False,
        visitor_lang: str = "",
        stated: Answer | None = None,
    ) -> None:
        self._state = ("candidate", centre, candidate, question, now, lang, picked, visitor_lang, stated)
        unit = candidate.unit
        self.hint.hide()
        self.caption.setText(self.tr("Picked ✓ — F5 ticket · F6 appointment") if picked else self.tr("Selected unit"))
        self.title.setText(unit.name.get(lang))
        why = candidate.why(lang) or unit.description.get(lang)
        self.why.setText(why)
        self.why.setVisible(bool(why))
        self.where.setText(self._where_text(centre, unit, lang))
        self.hours_label.setText(
            self.tr("Consultation hours") if unit.hours_kind == "consultation" else self.tr("Opening hours")
        )
        star = lambda f: " " + SAMPLE_MARK if is_sample(unit, f) else ""  # noqa: E731
        schedules = format_schedules(centre.unit_schedules(unit), lang)
        self.hours.setText(schedules + star("schedules") if schedules else "—")
        self.now_state.setText(open_state_text(centre, unit, now, lang) + star("schedules"))
        self.visits.setText(self._visits_text(unit))
        phones = unit.phones or centre.phones
        self.phone.setText(phones[0].number + star("phones") if phones else "—")
        samples = has_samples(unit)
        self.note.setText(
            self.tr("* Sample value in this centre file — please check before relying on it.") if samples else ""
        )
        self.note.setVisible(bool(samples))
        self._expose_values()
        for w in (self.title, self.form_host):
            w.show()
        self._show_question(question, lang, visitor_lang, stated)

    def _where_text(self, centre: Centre, unit: Unit, lang: str) -> str:
        location = unit.location or centre.location
        star = lambda f: " " + SAMPLE_MARK if is_sample(unit, f) else ""  # noqa: E731
        parts = []
        if unit.room:
            parts.append(self.tr("Room {room}").format(room=unit.room) + star("room"))
        if unit.counter:
            parts.append(self.tr("Counter {counter}").format(counter=unit.counter) + star("counter"))
        if unit.floor:
            parts.append(unit.floor.get(lang) + star("floor"))
        if location.building:
            parts.append(location.building.get(lang) + star("building"))
        if unit.location is not None:
            parts.append(location.address.one_line() + star("location"))
        return " · ".join(parts) or "—"

    def _visits_text(self, unit: Unit) -> str:
        walk_in = "walk_in" in unit.accepts
        appointment = "appointment" in unit.accepts
        if walk_in and appointment:
            return self.tr("Walk-in (ticket) and appointments")
        if walk_in:
            return self.tr("Walk-in only (ticket), no appointments")
        if appointment:
            return self.tr("By appointment only")
        return "—"

    def _show_question(self, question: Question | None, lang: str, visitor_lang: str = "", stated: Answer | None = None) -> None:
        while self.answers_row.count():
            item = self.answers_row.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once, not only when the event loop deletes it
                item.widget().deleteLater()
        self._answer_buttons = []
        if question is None:
            self.question_box.hide()
            return
        self.question_text.setText(question.text.get(lang))
        # Beside the desk's language, the visitor's (when the centre file has it).
        other = visitor_lang if visitor_lang and visitor_lang != lang and visitor_lang in question.text.values else ""
        self.question_visitor.setText(question.text.get(other) if other else "")
        self.question_visitor.setVisible(bool(other))
        if other:
            rtl = language(other) is not None and language(other).rtl
            self.question_visitor.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        for i, answer in enumerate(question.answers[:9], start=1):
            label = answer.label.get(lang)
            if other and other in answer.label.values and answer.label.get(other) != label:
                label = f"{label} · {answer.label.get(other)}"
            if stated is not None and answer.id == stated.id:
                label = "✓ " + label
            button = QPushButton(f"&{i}  {label}")
            button.setObjectName(f"answer_{answer.id}")
            button.setAccessibleName(label)
            button.setToolTip(self.tr("Answer {n} (Alt+{n})").format(n=i))
            button.setShortcut(QKeySequence(f"Alt+{i}"))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, aid=answer.id: self.answered.emit(aid))
            self.answers_row.addWidget(button)
            self._answer_buttons.append(button)
        if stated is not None:
            n = len(question.answers[:9])
            self.stated.setText(
                self.tr("Answer from the text: {answer} — change with Alt+1…Alt+{n}").format(
                    answer=stated.label.get(lang), n=n
                )
            )
        self.stated.setVisible(stated is not None)
        self.question_box.setAccessibleName(question.text.get(lang))
        self.question_box.show()

    def answer_buttons(self) -> list[QPushButton]:
        return list(self._answer_buttons)

    def redraw(self, lang: str, now: dt.datetime | None = None) -> None:
        """Show the same content again (after a language change)."""
        state = self._state
        if not state:
            return
        if state[0] == "empty":
            self.show_empty(state[1], state[2])
        elif state[0] == "uncertain":
            self.show_uncertain(state[1], state[2], state[3])
        else:
            _, centre, candidate, question, old_now, _old_lang, picked, visitor_lang, stated = state
            self.show_candidate(centre, candidate, question, now or old_now, lang, picked, visitor_lang, stated)
