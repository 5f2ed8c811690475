"""Ctrl+Z for a status change: the mistaken step is gone from the timeline, the audit log keeps the undo."""

from __future__ import annotations

import pytest

from welcome_desk.core import audit
from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor
from welcome_desk.core.permissions import PermissionDenied
from welcome_desk.core.undo import UndoRefused, undo_status_change

DESK = Actor("Ana", desk="desk 1")


def _walk_in(ws):
    return ws.booking.log_walk_in("immigration-office", "residence-law")


def _undo(ws, entry, status, actor=DESK):
    return undo_status_change(ws.db, actor, ws.clock, ws.centre.id, entry.id, status)


def test_undo_restores_the_status_and_its_time_and_is_audited(workspace):
    entry = _walk_in(workspace)
    done = workspace.booking.set_status(entry.id, E.DONE)
    assert done.status == E.DONE
    back = _undo(workspace, entry, E.DONE)
    assert back.status == entry.status and back.status_at == entry.status_at
    assert workspace.booking.get(entry.id).status == entry.status
    records = audit.recent(workspace.db, action="undo")
    assert len(records) == 1 and records[0].staff == "Ana" and entry.ticket in records[0].detail


def test_undo_refuses_when_the_visit_changed_since_and_changes_nothing(workspace):
    entry = _walk_in(workspace)
    workspace.booking.set_status(entry.id, E.CALLED)
    workspace.booking.set_status(entry.id, E.DONE)  # another desk went on
    with pytest.raises(UndoRefused) as refused:
        _undo(workspace, entry, E.CALLED)
    assert refused.value.code == "changed_since"
    assert workspace.booking.get(entry.id).status == E.DONE
    assert audit.recent(workspace.db, action="undo") == []


def test_undo_of_the_creation_or_a_cancellation_is_refused(workspace):
    entry = _walk_in(workspace)
    with pytest.raises(UndoRefused) as nothing:
        _undo(workspace, entry, entry.status)  # only the creation: nothing to take back
    assert nothing.value.code == "nothing"
    workspace.booking.cancel(entry.id)
    with pytest.raises(UndoRefused) as cancelled:
        _undo(workspace, entry, E.CANCELLED)
    assert cancelled.value.code == "not_undoable"


def test_undo_needs_the_desk_permission(workspace):
    from welcome_desk.core.actor import system_actor

    entry = _walk_in(workspace)
    workspace.booking.set_status(entry.id, E.NO_SHOW)
    with pytest.raises(PermissionDenied):
        _undo(workspace, entry, E.NO_SHOW, actor=system_actor())
    assert workspace.booking.get(entry.id).status == E.NO_SHOW


def _queue_item(ws, entry_id):
    from welcome_desk.core.queue import QueueService

    return next(item for item in QueueService(ws.booking).queue() if item.entry.id == entry_id)


def test_undo_of_a_park_calls_the_visitor_again_and_forgets_the_missed_call(workspace):
    from welcome_desk.core import calls
    from welcome_desk.core.undo import PARK

    entry = _walk_in(workspace)
    calls.call_next(workspace.db, workspace.centre, DESK, workspace.clock, entry.unit_id, "3")
    parked = calls.park(workspace.db, workspace.centre, DESK, workspace.clock, entry.id)
    item = _queue_item(workspace, entry.id)
    assert (item.parked, item.missed_calls, item.entry.status) == (True, 1, E.ARRIVED)
    back = undo_status_change(workspace.db, DESK, workspace.clock, workspace.centre.id, entry.id, parked.entry.status, PARK)
    assert back.status == E.CALLED
    item = _queue_item(workspace, entry.id)
    assert (item.parked, item.missed_calls) == (False, 0)
    assert "(park)" in audit.recent(workspace.db, action="undo")[0].detail
    # parked again at once: the count starts from where it was before the mistaken park
    assert calls.park(workspace.db, workspace.centre, DESK, workspace.clock, entry.id).missed_calls == 1


def test_undo_of_the_no_show_made_by_the_rule_brings_the_called_visitor_back(workspace):
    from welcome_desk.core import calls
    from welcome_desk.core.actor import TEAM_LEAD
    from welcome_desk.core.undo import PARK

    calls.set_no_show_after(workspace.db, Actor("TL", role=TEAM_LEAD), workspace.clock, 1)
    entry = _walk_in(workspace)
    calls.call_next(workspace.db, workspace.centre, DESK, workspace.clock, entry.unit_id)
    parked = calls.park(workspace.db, workspace.centre, DESK, workspace.clock, entry.id)
    assert parked.no_show and parked.entry.status == E.NO_SHOW
    back = undo_status_change(workspace.db, DESK, workspace.clock, workspace.centre.id, entry.id, E.NO_SHOW, PARK)
    assert back.status == E.CALLED and _queue_item(workspace, entry.id).missed_calls == 0


def test_undo_of_a_recall_parks_the_visitor_again(workspace):
    from welcome_desk.core import calls
    from welcome_desk.core.undo import PARK, RECALL

    entry = _walk_in(workspace)
    calls.call_next(workspace.db, workspace.centre, DESK, workspace.clock, entry.unit_id)
    calls.park(workspace.db, workspace.centre, DESK, workspace.clock, entry.id)
    recalled, _call = calls.recall(workspace.db, workspace.centre, DESK, workspace.clock, entry.id)
    assert recalled.status == E.CALLED and not _queue_item(workspace, entry.id).parked
    back = undo_status_change(workspace.db, DESK, workspace.clock, workspace.centre.id, entry.id, E.CALLED, RECALL)
    item = _queue_item(workspace, entry.id)
    assert back.status == E.ARRIVED and (item.parked, item.missed_calls) == (True, 1)
    # an undo of a park that is not what the park left (the visitor was re-called meanwhile) is refused
    calls.recall(workspace.db, workspace.centre, DESK, workspace.clock, entry.id)
    with pytest.raises(UndoRefused) as refused:
        undo_status_change(workspace.db, DESK, workspace.clock, workspace.centre.id, entry.id, E.ARRIVED, PARK)
    assert refused.value.code == "changed_since"
    assert _queue_item(workspace, entry.id).entry.status == E.CALLED
