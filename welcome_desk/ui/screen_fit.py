"""Window sizes that fit the screen the window opens on, title bar and frame included.

A desk screen may be 1280×800: a window that asks for more is cut at the bottom
(the status line, the last buttons) before anyone can scroll to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = (16, 48)  # what a window manager adds around the client area: borders, title bar


def fitting_size(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """``width`` × ``height``, made smaller where the available screen (minus the frame) is smaller."""
    screen = widget.screen()
    if screen is None:
        return width, height
    room = screen.availableGeometry()
    return min(width, room.width() - FRAME_ALLOWANCE[0]), min(height, room.height() - FRAME_ALLOWANCE[1])


def grow_above(widget, more: int) -> bool:
    """Give ``widget``'s part of the page's upper/lower splitter up to ``more`` pixels from the lower part
    (today's log and the ticket card, down to their minimum); whether it grew."""
    from PySide6.QtWidgets import QApplication, QSplitter

    part, split = widget, widget.parentWidget()
    while split is not None and not (isinstance(split, QSplitter) and split.orientation() == Qt.Orientation.Vertical):
        part, split = split, split.parentWidget()
    if split is None or split.count() != 2 or split.widget(0) is not part:
        return False
    upper, lower = split.sizes()
    spare = max(0, lower - split.widget(1).minimumSizeHint().expandedTo(split.widget(1).minimumSize()).height())
    step = min(more, spare)
    if step <= 0:
        return False
    split.setSizes([upper + step, lower - step])
    QApplication.sendPostedEvents()
    if part.layout() is not None:
        part.layout().activate()
    return True
