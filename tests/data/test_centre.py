"""Centre files: the bundled ones load; bad files get a precise message and change nothing."""

from __future__ import annotations

import copy
import json

import pytest

from welcome_desk.core import centre_store
from welcome_desk.core.centre import (
    CentreError,
    build_centre,
    bundled_centres,
    load_bundled_centre,
    read_centre_file,
)
from welcome_desk.core.database import open_database
from welcome_desk.core.migrations import upgrade


@pytest.fixture
def giessen_doc():
    return read_centre_file(bundled_centres()["giessen"])


def test_bundled_giessen_has_the_units_of_the_seeds():
    centre = load_bundled_centre("giessen")
    ids = {u.id for u in centre.units}
    assert {
        "immigration-office", "refugee-affairs", "anti-discrimination", "wir-coordination",
        "return-counselling", "foreigners-advisory-council", "social-services", "jobcenter",
    } <= ids
    assert centre.location.address.one_line() == "Riversplatz 1-9, 35394 Gießen"
    for concern_id in ("residence-law", "work-contract", "housing", "internship"):
        assert centre.has_concern(concern_id)
    assert centre.phones[0].number == "0641 9390 0"
    assert centre.sample_values


@pytest.mark.parametrize("name", sorted(bundled_centres()))
def test_every_bundled_centre_is_valid(name):
    centre = load_bundled_centre(name)
    assert centre.units and centre.concerns


def _problem(doc, mutate):
    bad = copy.deepcopy(doc)
    mutate(bad)
    with pytest.raises(CentreError) as info:
        build_centre(bad, "test.json")
    return str(info.value)


def test_duplicate_unit_id_is_named(giessen_doc):
    msg = _problem(giessen_doc, lambda d: d["units"].append(copy.deepcopy(d["units"][0]) | {"ticket_prefix": "ZZ"}))
    assert "duplicate id 'immigration-office'" in msg and "$.units[" in msg


def test_unknown_unit_reference_is_named(giessen_doc):
    msg = _problem(giessen_doc, lambda d: d["concerns"][0]["units"].append("mars-office"))
    assert "$.concerns[0].units: unknown unit 'mars-office'" in msg


def test_impossible_hours_are_named(giessen_doc):
    def mutate(d):
        d["units"][0]["schedules"] = [{"byday": "MO", "opens_at": "16:00", "closes_at": "08:00"}]

    assert "$.units[0].schedules[0]" in _problem(giessen_doc, mutate)


def test_wrong_type_is_named(giessen_doc):
    msg = _problem(giessen_doc, lambda d: d["units"][0].__setitem__("slot_minutes", "fifteen"))
    assert "$.units[0].slot_minutes" in msg


def test_malformed_json_names_the_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "format": "welcome-desk/centre",\n  "id": oops\n}', "utf-8")
    with pytest.raises(CentreError, match="line 3"):
        read_centre_file(path)


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (6 * 1024 * 1024))
    with pytest.raises(CentreError, match="at most"):
        read_centre_file(path)


def test_bad_import_leaves_stored_centre_untouched(tmp_db_url, giessen_doc, tmp_path):
    db = open_database(tmp_db_url)
    try:
        upgrade(db)
        centre_store.ensure_active_centre(db)
        before = centre_store.load_stored(db, "giessen").document
        bad = copy.deepcopy(giessen_doc)
        bad["concerns"][0]["units"] = ["nowhere"]
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad), "utf-8")
        with pytest.raises(CentreError):
            centre_store.import_file(db, path)
        assert centre_store.load_stored(db, "giessen").document == before
    finally:
        db.dispose()


def test_export_then_import_gives_the_same_centre(tmp_db_url, giessen_doc):
    db = open_database(tmp_db_url)
    try:
        upgrade(db)
        stored = centre_store.import_document(db, giessen_doc, activate=True)
        again = centre_store.import_document(db, json.loads(json.dumps(stored.document)))
        assert again == stored
    finally:
        db.dispose()


def test_bundled_centre_follows_the_apps_newer_version_but_an_own_import_is_kept(tmp_db_url, giessen_doc, tmp_path):
    from sqlalchemy import update

    from welcome_desk.core.models import CentreRecord

    db = open_database(tmp_db_url)
    try:
        upgrade(db)
        centre_store.ensure_active_centre(db)
        old = copy.deepcopy(giessen_doc)
        old["concerns"] = old["concerns"][:5]
        with db.write() as session:  # as if an older app version had stored it
            session.execute(update(CentreRecord).values(document=json.dumps(old)))
        assert len(centre_store.ensure_active_centre(db).concerns) == len(giessen_doc["concerns"])

        own = copy.deepcopy(giessen_doc)
        own["units"][0]["room"] = "Team lead's room"
        path = tmp_path / "own.json"
        path.write_text(json.dumps(own), "utf-8")
        centre_store.import_file(db, path, activate=True)
        assert centre_store.ensure_active_centre(db).units[0].room == "Team lead's room"
    finally:
        db.dispose()
