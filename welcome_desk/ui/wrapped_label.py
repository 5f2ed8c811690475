"""A word-wrapped label that never gets less height than its lines need at its width.

Layouts in splitters and scroll areas size a wrapped QLabel from its plain size hint,
so a label that wraps to more lines than that (large text, a narrow column, a long
question) was squeezed and its text cut through the middle. This label asks for the
height its text needs at the width it actually got; the widgets that can scroll give way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class WrappedLabel(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def fit(self) -> None:
        """Minimum height = the height of the text's lines at the current width."""
        if self.width() <= 0:
            return
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
