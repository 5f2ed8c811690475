"""Fewer garbage collections while a process starts.

A start imports and builds hundreds of thousands of objects (SQLAlchemy, Qt's bindings, the
router, the desk). With Python's usual thresholds the cyclic collector walks all of them again
and again meanwhile: about a tenth of a command's time and of the window's start, for almost
no garbage. A process started as ``welcome-desk`` (:func:`welcome_desk.cli.main`) collects
less often; the window, once its desk is built, freezes what the start made (it is never
walked again, so later collections stay short while reception types) and collects as usual.
"""

from __future__ import annotations

import gc

START_THRESHOLD = (50_000, 20, 100)
USUAL_THRESHOLD = (700, 10, 10)  # Python's own


def collect_less_while_starting() -> None:
    gc.set_threshold(*START_THRESHOLD)


def started() -> None:
    """The start is over: what it made stays (frozen); collect as usual from now on."""
    if gc.get_threshold() == START_THRESHOLD:
        gc.freeze()
        gc.set_threshold(*USUAL_THRESHOLD)
