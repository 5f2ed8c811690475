"""Undo the last status change of a visit (Ctrl+Z at the desk): one use case, audited.

A wrong key ("done" instead of "arrived", a no-show for the wrong row) must be
taken back at once, without a team lead and without a second wrong step. The
undo removes the mistaken status event, so the visit's timeline, waiting times
and no-show figures are as if it had not happened, and the audit log keeps who
undid what. It refuses when the visit has changed since (another desk called it),
and for cancellations and referrals, whose freed place or new ticket may already
be used by someone else: those are rebooked or cancelled instead.

A park (or the no-show the missed-calls rule made of it) and the re-call of a
parked visitor are status changes too; undoing them also puts the visit's call
state back (:mod:`~welcome_desk.core.calls`): the missed call is no longer
counted and the visitor is called again, or parked again. The calls themselves
stay in the record: the display did show them.
"""

from __future__ import annotations

from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView
from welcome_desk.core.models import Entry, VisitCall
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import perform

NOT_UNDOABLE = (E.CANCELLED, E.REFERRED)
PARK, RECALL = "park", "recall"  # what kind of change it was, when it was one of calling (see undo_status_change)


class UndoRefused(Exception):
    """Why nothing was undone: ``code`` is 'unknown_entry', 'changed_since', 'not_undoable' or 'nothing'."""

    def __init__(self, code: str, ticket: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.ticket = ticket


def undo_status_change(
    db: Database, actor: Actor, clock: Clock, centre_id: str, entry_id: int, undone_status: str, call: str = ""
) -> EntryView:
    """Take back the change of entry ``entry_id`` to ``undone_status``; returns the entry as it is again.

    ``call`` says the change was a park (:data:`PARK`) or the re-call of a parked visitor
    (:data:`RECALL`): the visit's missed calls and parked mark are put back as well.
    """
    if call not in ("", PARK, RECALL):
        raise ValueError(f"unknown kind of call change {call!r}")
    with perform(db, actor, Permission.CHANGE_STATUS, clock) as change:
        entry = change.session.get(Entry, entry_id, with_for_update=True)
        if entry is None or entry.centre_id != centre_id:
            raise UndoRefused("unknown_entry")
        if undone_status in NOT_UNDOABLE:
            raise UndoRefused("not_undoable", entry.ticket)
        if entry.status != undone_status:
            raise UndoRefused("changed_since", entry.ticket)
        events = sorted(entry.events, key=lambda event: event.id)  # recorded order (wall times repeat in autumn)
        if len(events) < 2 or events[-1].status != undone_status:
            raise UndoRefused("nothing", entry.ticket)
        mistaken, before = events[-1], events[-2]
        if call:
            _undo_call_state(change.session, entry, call, undone_status, before.status)
        entry.events.remove(mistaken)
        change.session.delete(mistaken)
        entry.status, entry.status_at = before.status, before.at
        what = {PARK: " (park)", RECALL: " (re-call)"}.get(call, "")
        change.audit("undo", f"{entry.ticket}: {undone_status} -> {before.status}{what}")
        change.session.flush()
        return EntryView.of(entry)


def _undo_call_state(session, entry: Entry, call: str, undone_status: str, before_status: str) -> None:
    """Put back what a park or a re-call did to the visit's call state; refuse if it is not what they left."""
    state = session.get(VisitCall, entry.id, with_for_update=True)
    if call == PARK:
        parked_as_expected = undone_status == E.NO_SHOW or (state is not None and state.parked)
        if state is None or state.missed_calls < 1 or before_status != E.CALLED or not parked_as_expected:
            raise UndoRefused("changed_since", entry.ticket)
        state.missed_calls -= 1
        state.parked = False
    else:  # RECALL: the parked visitor was called again
        if state is None or state.parked or before_status != E.ARRIVED or undone_status != E.CALLED:
            raise UndoRefused("changed_since", entry.ticket)
        state.parked = True
