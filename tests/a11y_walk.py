"""Walk a window and list what a screen reader or a keyboard user would stumble over.

Reusable by any test that opens a new window or dialog::

    from a11y_walk import accessibility_problems
    assert not accessibility_problems(dialog)

Reported:

* a focusable widget (focus policy other than ``NoFocus``, enabled or not) whose
  accessible name is empty: the name a screen reader announces, i.e. the widget's
  ``accessibleName`` or what Qt derives from its text or its buddy label;
* a ``QLabel`` with a mnemonic (``&x``) but no buddy: Alt+x would go nowhere;
* an action with a shortcut or in a menu without text (menus and shortcut lists show it);
* with ``strict_names=True`` (the default for the project's own widgets), a focusable
  widget that has no ``accessibleName`` set even though Qt would derive one; Qt's
  own dialogs (message boxes, print preview) are checked with ``strict_names=False``.

Widgets inside Qt's private pop-up containers (the list of an open combo box),
and those hidden *by design* (see :data:`HIDDEN_BY_DESIGN`) are skipped; widgets
that are only hidden for now (a button that appears with the first ticket) are
checked all the same, so call this once per state when in doubt.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QMenu, QScrollBar, QWidget

# Qt-internal widgets that never take part in the page a person sees or tabs through.
HIDDEN_BY_DESIGN = (
    "QComboBoxPrivateContainer",  # the pop-up list of a combo box (the combo box itself is checked)
    "QComboBoxListView",
    "QCalendarPopup",
    "QToolBarExtension",  # "»" of a tool bar, named by Qt at run time
)
MNEMONIC = re.compile(r"&[^&\s]")


def _class_chain(widget: QWidget) -> list[str]:
    names = []
    w: QWidget | None = widget
    while w is not None:
        names.append(w.metaObject().className())
        w = w.parentWidget()
    return names


def effective_name(widget: QWidget) -> str:
    """The name assistive technology gets: ``accessibleName`` or what Qt's accessibility derives."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def describe(widget: QWidget) -> str:
    parts = [widget.metaObject().className()]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    text = getattr(widget, "text", None)
    if callable(text):
        try:
            value = text()
        except TypeError:
            value = ""
        if isinstance(value, str) and value:
            parts.append(repr(value[:40]))
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    if parent is not None:
        parts.append(f"in #{parent.objectName()}")
    return " ".join(parts)


def _focusable(widget: QWidget) -> bool:
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    if isinstance(widget, QScrollBar):  # part of its scroll area, reached through it
        return False
    if isinstance(widget.parentWidget(), QAbstractScrollArea) and widget is getattr(
        widget.parentWidget(), "viewport", lambda: None
    )():
        return False  # a scroll area's viewport: the scroll area is the control
    return True


def accessibility_problems(root: QWidget, strict_names: bool = True, descriptions: bool = False) -> list[str]:
    """Everything wrong in ``root`` and its children (an empty list when all is well).

    ``descriptions=True`` also asks every enabled focusable widget for an accessible
    description or a tooltip (what a screen reader reads after the name).
    """
    problems: list[str] = []
    # Child windows (a dialog parented to the window) are windows of their own: walk them separately.
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.window() is root.window())]
    for widget in widgets:
        if any(name in HIDDEN_BY_DESIGN for name in _class_chain(widget)):
            continue
        if isinstance(widget, QMenu):
            continue  # menus are checked through their actions below
        if _focusable(widget):
            if not effective_name(widget):
                problems.append(f"no accessible name: {describe(widget)}")
            elif strict_names and not widget.accessibleName().strip() and not _named_by_visible_text(widget):
                problems.append(f"no accessibleName set (only derived): {describe(widget)}")
            if (
                descriptions
                and not isinstance(widget, QLabel)  # a selectable label is read by its text
                and not (widget.accessibleDescription().strip() or widget.toolTip().strip())
            ):
                problems.append(f"no accessible description: {describe(widget)}")
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            if MNEMONIC.search(widget.text().replace("&&", "")) and widget.buddy() is None:
                problems.append(f"label with a mnemonic but no buddy: {describe(widget)}")
    for action in root.findChildren(QAction):
        owner = action.parent()
        if isinstance(owner, QWidget) and owner.window() is not root.window():
            continue
        in_menu = any(isinstance(w, QMenu) for w in action.associatedObjects() if isinstance(w, QWidget))
        if (in_menu or not action.shortcut().isEmpty()) and not action.isSeparator() and not action.text().strip():
            keys = action.shortcut().toString() or "(menu entry)"
            problems.append(f"action without text: {keys} {action.objectName()}")
    return problems


def _named_by_visible_text(widget: QWidget) -> bool:
    """Buttons and check boxes are announced by the text they show; that counts as a name set by us."""
    text = getattr(widget, "text", None)
    if not callable(text):
        return False
    try:
        value = text()
    except TypeError:
        return False
    return isinstance(value, str) and bool(value.replace("&", "").strip()) and widget.metaObject().className() in (
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QToolButton",
    )


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """The widgets the walker checks for names (for tests that want to count them)."""
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.window() is root.window() and _focusable(w) and not any(n in HIDDEN_BY_DESIGN for n in _class_chain(w)) and not isinstance(w, QMenu)
    ]
