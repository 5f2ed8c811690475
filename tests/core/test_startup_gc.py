"""A start collects garbage less often; once started, the usual thresholds are back."""

from __future__ import annotations

import gc

from welcome_desk.core import startup


def test_a_start_collects_less_and_then_as_usual():
    before = gc.get_threshold()
    try:
        startup.collect_less_while_starting()
        assert gc.get_threshold() == startup.START_THRESHOLD
        startup.started()
        assert gc.get_threshold() == startup.USUAL_THRESHOLD
        assert gc.get_freeze_count() > 0  # what the start made is not walked again
        gc.set_threshold(1234, 10, 10)
        startup.started()  # not started by us: left alone
        assert gc.get_threshold() == (1234, 10, 10)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
