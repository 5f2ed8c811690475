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
