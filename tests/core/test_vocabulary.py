"""Learning from the desk: suggested words, accepted by the team lead, expiring otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from welcome_desk.core import audit, vocabulary
from welcome_desk.core.actor import Actor
from welcome_desk.core.centre_store import load_stored
from welcome_desk.core.clock import fixed_clock
from welcome_desk.core.permissions import PermissionDenied
from welcome_desk.core.retention import purge_automatically
from welcome_desk.core.routing import Router

DESK = Actor("Anna", "reception", "desk 1")
LEAD = Actor("Lea", "team_lead", "desk 1")


def test_only_new_content_words_are_suggested(workspace):
    centre = workspace.centre
    words = vocabulary.words_to_learn("Ich brauche den Schwerbehindertenausweis, bin 45", centre, "health-social")
    assert words == ["schwerbehindertenausweis"]  # no stopwords, no numbers
    assert vocabulary.words_to_learn("Arzt", centre, "health-social") == []  # already known
    story = "Nachbarin Treppenhaus Streit Polizei Hausmeister Schlüssel Briefkasten"
    assert vocabulary.words_to_learn(story, centre, "health-social") == []  # a story, not vocabulary


def test_suggest_keeps_only_the_words_and_counts_uses(workspace, fixed_now):
    clock = fixed_clock(fixed_now)
    n = vocabulary.suggest(workspace.db, DESK, clock, workspace.centre, "health-social", "Schwerbehindertenausweis")
    assert n == 1
    vocabulary.suggest(workspace.db, DESK, clock, workspace.centre, "health-social", "schwerbehindertenausweis!")
    [s] = vocabulary.pending(workspace.db, workspace.centre.id)
    assert (s.concern_id, s.word, s.uses) == ("health-social", "schwerbehindertenausweis", 2)
    records = audit.recent(workspace.db, action="vocabulary")
    assert records and all("schwerbehinderten" not in r.detail for r in records)  # the audit never holds the words


def test_accepted_words_improve_routing_and_leave_the_list(workspace, fixed_now):
    clock = fixed_clock(fixed_now)
    before = Router(workspace.centre).route("Schwerbehindertenausweis", complete=True)
    assert before.concern is None or before.concern.id != "health-social" or before.uncertain
    vocabulary.suggest(workspace.db, DESK, clock, workspace.centre, "health-social", "Schwerbehindertenausweis")
    with pytest.raises(PermissionDenied):
        vocabulary.accept(workspace.db, DESK, clock, workspace.centre.id, [("health-social", "schwerbehindertenausweis")], "de")
    centre = vocabulary.accept(
        workspace.db, LEAD, clock, workspace.centre.id, [("health-social", "schwerbehindertenausweis")], "de"
    )
    assert "schwerbehindertenausweis" in centre.concern("health-social").keywords["de"]
    assert "schwerbehindertenausweis" in load_stored(workspace.db, centre.id).concern("health-social").keywords["de"]
    after = Router(centre).route("Schwerbehindertenausweis", complete=True)
    assert after.concern.id == "health-social" and not after.uncertain
    assert vocabulary.pending(workspace.db, centre.id) == []


def test_dropped_and_old_suggestions_go(workspace, fixed_now):
    clock = fixed_clock(fixed_now)
    vocabulary.suggest(workspace.db, DESK, clock, workspace.centre, "school", "Einschulungsuntersuchung")
    vocabulary.suggest(workspace.db, DESK, clock, workspace.centre, "school", "Schulranzen")
    assert vocabulary.drop(workspace.db, LEAD, clock, workspace.centre.id, [("school", "schulranzen")]) == 1
    assert [s.word for s in vocabulary.pending(workspace.db, workspace.centre.id)] == ["einschulungsuntersuchung"]
    purge_automatically(workspace.db, fixed_now + dt.timedelta(days=400), days=90)
    assert vocabulary.pending(workspace.db, workspace.centre.id) == []
