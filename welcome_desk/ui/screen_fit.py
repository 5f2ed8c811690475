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
