"""Audit records and centre-wide settings: stored, ordered, never longer than allowed."""

import datetime as dt

import pytest

from welcome_desk.core import audit, centre_settings
from welcome_desk.core.actor import TEAM_LEAD, Actor
from welcome_desk.core.database import open_database
from welcome_desk.core.migrations import upgrade


@pytest.fixture
def db(tmp_db_url):
    database = open_database(tmp_db_url)
    upgrade(database)
    yield database
    database.dispose()


AB = Actor("AB", TEAM_LEAD)


def test_records_come_back_newest_first(db):
    t = dt.datetime(2026, 11, 23, 9, 0)
    audit.record_by(db, t, AB, "export", "day list 2026-11-23, no personal data")
    audit.record_by(db, t + dt.timedelta(minutes=1), AB, "purge", "12 entries")
    rows = audit.recent(db)
    assert [r.action for r in rows] == ["purge", "export"]
    assert audit.recent(db, action="export")[0].detail.startswith("day list")


def test_unknown_action_and_long_detail(db):
    t = dt.datetime(2026, 11, 23, 9, 0)
    with pytest.raises(ValueError):
        audit.record_by(db, t, AB, "delete_everything")
    audit.record_by(db, t, AB, "export", "x" * 2000)
    assert len(audit.recent(db)[0].detail) == audit.MAX_DETAIL


def test_centre_settings_round_trip(db):
    now = dt.datetime(2026, 11, 23, 9, 0)
    assert centre_settings.get_int(db, centre_settings.RETENTION_DAYS, 90) == 90
    with db.write() as session:
        centre_settings.put(session, centre_settings.RETENTION_DAYS, "30", now)
    with db.write() as session:
        centre_settings.put(session, centre_settings.RETENTION_DAYS, "45", now)
    assert centre_settings.get_int(db, centre_settings.RETENTION_DAYS, 90) == 45
