"""The intake field and the list of suggested units under it.

Focus stays in the field while typing: Up/Down (and Page Up/Down) move the
selection in the list, Enter picks the selected unit, Escape clears the field.
Each suggestion shows the unit name, its score as a bar *and* as a percentage
(nothing is said by colour alone) and the one-line reason from the router.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:  # the start window shows this list before the router is loaded
    from welcome_desk.core.routing import Candidate

CandidateRole = Qt.ItemDataRole.UserRole + 1
ScoreRole = Qt.ItemDataRole.UserRole + 2
ReasonRole = Qt.ItemDataRole.UserRole + 3


class SuggestionModel(QAbstractListModel):
    """The router's candidates, best first, with names in the interface language."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._candidates: tuple[Candidate, ...] = ()
        self.lang = "de"

    def set_candidates(self, candidates: Sequence[Candidate], lang: str) -> None:
        self.beginResetModel()
        self._candidates = tuple(candidates)
        self.lang = lang
        self.endResetModel()

    def candidate(self, row: int) -> Candidate | None:
        return self._candidates[row] if 0 <= row < len(self._candidates) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._candidates)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        cand = self.candidate(index.row()) if index.isValid() else None
        if cand is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cand.unit.name.get(self.lang)
        if role == CandidateRole:
            return cand
        if role == ScoreRole:
            return cand.score
        if role == ReasonRole:
            return cand.reason(self.lang)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{unit}, match {percent} percent: {reason}").format(
                unit=cand.unit.name.get(self.lang), percent=percent(cand.score), reason=cand.reason(self.lang)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return cand.why(self.lang) or cand.reason(self.lang)
        return None


def percent(score: float) -> int:
    return max(0, min(100, round(score * 100)))


class SuggestionDelegate(QStyledItemDelegate):
    """Two lines per suggestion: name with a score bar and percentage, then the reason."""

    PAD = 8
    BAR_WIDTH = 64

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        fm = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.15)
        return QSize(200, QFontMetrics(bold).height() + fm.height() + 3 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text_color = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text_color)
        if not selected:
            muted = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            muted.setAlpha(255)  # a style sheet fades the placeholder colour; the reason must stay readable
        rect = option.rect.adjusted(self.PAD + 4, self.PAD, -self.PAD, -self.PAD)

        score = float(index.data(ScoreRole) or 0.0)
        pct_text = f"{percent(score)} %"
        base = option.font
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.15)
        fm_bold = QFontMetrics(bold)
        fm = QFontMetrics(base)
        pct_w = fm.horizontalAdvance("100 %") + 4
        bar_h = max(6, fm.height() // 2)
        right = rect.right()
        pct_rect = QRect(right - pct_w, rect.top(), pct_w, fm_bold.height())
        name_text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # The bar only where it leaves the name its room (large text, narrow list): the number stays.
        bar_w = self.BAR_WIDTH if rect.width() - pct_w - self.BAR_WIDTH - 14 >= min(fm_bold.horizontalAdvance(name_text), rect.width() // 2) else 0
        bar_rect = QRect(pct_rect.left() - bar_w - (6 if bar_w else 0), rect.top() + (fm_bold.height() - bar_h) // 2, bar_w, bar_h)

        # Selection marker on the left edge (shape, not only colour).
        if selected:
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()), text_color)

        painter.setFont(bold)
        painter.setPen(text_color)
        name_rect = QRect(rect.left(), rect.top(), bar_rect.left() - rect.left() - 8, fm_bold.height())
        name = fm_bold.elidedText(name_text, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        # Score bar: outline plus fill, and the number beside it.
        if bar_w:
            painter.setPen(muted if not selected else text_color)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar_rect.adjusted(0, 0, -1, -1))
            fill = QRect(bar_rect)
            fill.setWidth(max(1, round(bar_rect.width() * min(1.0, max(0.0, score)))))
            painter.fillRect(fill, text_color if selected else pal.color(QPalette.ColorRole.Highlight))
        painter.setFont(base)
        painter.setPen(text_color)
        painter.drawText(pct_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, pct_text)

        reason_rect = QRect(rect.left(), rect.top() + fm_bold.height() + self.PAD // 2, rect.width(), fm.height())
        painter.setPen(muted)
        reason = fm.elidedText(str(index.data(ReasonRole) or ""), Qt.TextElideMode.ElideRight, reason_rect.width())
        painter.drawText(reason_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, reason)
        painter.restore()


class SuggestionList(QListView):
    """The suggestions; it never takes the keyboard focus from the intake field."""

    picked = Signal(int)  # row

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.suggestions = SuggestionModel(self)
        self.setModel(self.suggestions)
        self.setItemDelegate(SuggestionDelegate(self))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(lambda index: self.picked.emit(index.row()))

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        count = self.suggestions.rowCount()
        if count == 0:
            return
        row = max(0, min(count - 1, row))
        self.setCurrentIndex(self.suggestions.index(row, 0))

    def move(self, step: int) -> None:
        current = self.current_row()
        if current < 0:  # nothing selected (an unsure match): Down takes the first suggestion
            self.select_row(0 if step > 0 else self.suggestions.rowCount() - 1)
            return
        self.select_row(current + step)


class IntakeField(QLineEdit):
    """The big field where reception types the concern."""

    moveSelection = Signal(int)  # rows to move (negative = up)
    pickRequested = Signal()
    cleared = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if key == Qt.Key.Key_Down:
                self.moveSelection.emit(1)
                return
            if key == Qt.Key.Key_Up:
                self.moveSelection.emit(-1)
                return
            if key == Qt.Key.Key_PageDown:
                self.moveSelection.emit(5)
                return
            if key == Qt.Key.Key_PageUp:
                self.moveSelection.emit(-5)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pickRequested.emit()
                return
            if key == Qt.Key.Key_Escape and self.text():
                self.clear()
                self.cleared.emit()
                return
        super().keyPressEvent(event)
