"""The Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 drops a reference to ``None`` on every call that returns
nothing (``setText``, ``setEnabled`` …). On Python 3.11, where ``None`` is not
immortal, the window aborted with "none_dealloc" after one to two thousand
typed keys. pyproject.toml keeps that version out; this test fails if a
binding with the same fault comes back.
"""

import sys

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QLabel  # noqa: E402


def test_void_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.setEnabled(True)
        label.hide()
    after = sys.getrefcount(None)
    # A few references may come and go elsewhere; 1,500 lost ones may not.
    assert after >= before - 50
