"""Tell tests/bench_startup.py, from outside, when the desk has routed what was typed.

Only when the environment names a marker file (``WELCOME_DESK_BENCH_READY``): whenever a
suggestion list shows candidates for the text in its intake field, a line ``STAGE<TAB>TEXT``
is appended to the file (``start``: the start window; ``desk``: the whole desk, booking
possible). Nothing happens otherwise; the file never holds more than the benchmark typed.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer

ENV = "WELCOME_DESK_BENCH_READY"


def watch_routing(stage: str, intake, suggestion_model) -> None:
    """Append the routed text to the marker file after the suggestions for it are painted."""
    marker = os.environ.get(ENV)
    if not marker:
        return

    def check() -> None:
        text = intake.text()
        if not text.strip() or suggestion_model.rowCount() == 0:
            return
        QTimer.singleShot(0, lambda: _append(marker, f"{stage}\t{text}\n"))  # after this event's paint

    suggestion_model.modelReset.connect(check)
    suggestion_model.rowsInserted.connect(check)
    check()


def _append(marker: str, line: str) -> None:
    with open(marker, "a", encoding="utf-8") as f:
        f.write(line)
