"""Team-lead role, password hashing, retention as a team-lead setting, and their CLI commands."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from welcome_desk.core import admin, audit, centre_settings, passwords, retention, roles
from welcome_desk.core.actor import TEAM_LEAD, Actor
from welcome_desk.core.models import Entry, StatusEvent
from welcome_desk.core.workspace import open_workspace

AB = Actor("AB", TEAM_LEAD)  # the team lead who keeps the data

GOOD = "correct horse battery"
OTHER = "another long password"
PERSONAL = ("Amira Haddad", "0171 5550123", "Visum verlängern bitte", "ruft zurück")


def all_audit_text(db) -> str:
    return "\n".join(f"{r.staff} {r.role} {r.action} {r.detail}" for r in audit.recent(db, 10_000))


def assert_nothing_secret(db, *secrets: str) -> None:
    text = all_audit_text(db)
    stored = centre_settings.get(db, centre_settings.TEAM_LEAD_PASSWORD) or "no hash stored"
    for secret in (*secrets, stored, stored.split("$")[-1]):
        assert secret not in text


# --------------------------------------------------------------------------- hashing


def test_hash_is_salted_self_describing_and_checks():
    first, second = roles.hash_password(GOOD), roles.hash_password(GOOD)
    assert first != second  # a fresh salt each time
    kind, n, r, p, salt, digest = first.split("$")
    assert (kind, int(n), int(r), int(p)) == ("scrypt", passwords.SCRYPT_N, passwords.SCRYPT_R, passwords.SCRYPT_P)
    assert len(salt) == 24 and len(digest) == 44  # base64 of 16 and 32 bytes
    assert GOOD not in first
    assert roles.check_password(GOOD, first) and roles.check_password(GOOD, second)
    assert not roles.check_password(GOOD + " ", first)
    assert not roles.check_password("", first)


def test_stored_parameters_are_honoured():
    stronger = roles.hash_password(GOOD, n=2**15)
    assert stronger.split("$")[1] == str(2**15)
    assert roles.check_password(GOOD, stronger)


@pytest.mark.parametrize(
    "damaged",
    ["", "plain", "scrypt$1$8$1$AAAA$AAAA", "scrypt$16384$8$1$!!$AAAA", "bcrypt$16384$8$1$AAAA$AAAA", "scrypt$16384$8$1$$"],
)
def test_damaged_hash_never_matches(damaged):
    assert not roles.check_password(GOOD, damaged)


def test_hashing_is_slow_enough_but_fits_a_sign_in():
    start = time.perf_counter()
    roles.hash_password(GOOD)
    took = time.perf_counter() - start
    assert 0.02 < took < 2.0


@pytest.mark.parametrize("bad, code", [("", "blank"), ("          ", "blank"), ("short", "too_short"), ("x" * 2000, "too_long")])
def test_password_rules(bad, code):
    with pytest.raises(roles.RoleError) as err:
        roles.check_new_password(bad)
    assert err.value.code == code
    if code == "too_short":
        assert str(roles.MIN_PASSWORD_LENGTH) in str(err.value)


# --------------------------------------------------------------------------- the centre's password


def test_first_password_then_change_needs_the_old_one(workspace, fixed_now):
    db = workspace.db
    assert not roles.has_team_lead_password(db)
    assert not roles.verify(db, GOOD)
    roles.set_team_lead_password(db, fixed_now, "AB", GOOD)
    assert roles.has_team_lead_password(db) and roles.verify(db, GOOD) and not roles.verify(db, OTHER)
    with pytest.raises(roles.RoleError) as err:
        roles.set_team_lead_password(db, fixed_now, "AB", OTHER)
    assert err.value.code == "wrong_password"
    with pytest.raises(roles.RoleError):
        roles.set_team_lead_password(db, fixed_now, "AB", OTHER, old="not it at all")
    assert roles.verify(db, GOOD)
    roles.set_team_lead_password(db, fixed_now, "AB", OTHER, old=GOOD)
    assert roles.verify(db, OTHER) and not roles.verify(db, GOOD)
    key = roles.set_team_lead_password(db, fixed_now, "AB", GOOD, old=OTHER)
    assert key is None  # a recovery key only comes with the first password
    assert roles.verify(db, GOOD)
    details = [r.detail for r in audit.recent(db, action="role")]
    assert details == [
        "team-lead password changed",
        "team-lead password changed",
        "team-lead password set for the first time; recovery key issued",
    ]
    refused = [r.detail for r in audit.recent(db, action="refused")]
    assert refused == [
        "team-lead password for password_change failed (1 in a row)",
        "password_change refused: current password not given",
    ]
    assert_nothing_secret(db, GOOD, OTHER)


def test_too_short_password_is_refused_and_nothing_stored(workspace, fixed_now):
    with pytest.raises(roles.RoleError):
        roles.set_team_lead_password(workspace.db, fixed_now, "AB", "short")
    assert not roles.has_team_lead_password(workspace.db)
    assert audit.recent(workspace.db, action="role") == []


# --------------------------------------------------------------------------- the desk's session


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_session_signs_in_and_out_with_audit(workspace, fixed_now):
    roles.set_team_lead_password(workspace.db, fixed_now, "AB", GOOD)
    session = roles.RoleSession(workspace.db, workspace.clock, "desk1")
    assert session.role == roles.RECEPTION and not session.is_team_lead
    assert not session.sign_in(OTHER)
    assert session.role == roles.RECEPTION and session.failures == 1
    assert session.sign_in(GOOD, staff="CD")
    assert session.is_team_lead and session.staff == "CD" and session.since == fixed_now and session.failures == 0
    assert session.sign_out("screen locked")
    assert not session.sign_out()  # already reception: nothing to record
    assert session.role == roles.RECEPTION and session.staff == "desk1"
    rows = audit.recent(workspace.db, action="role")
    assert [(r.staff, r.role, r.detail) for r in rows[:3]] == [
        ("CD", "team_lead", "signed out of team lead (screen locked)"),
        ("CD", "team_lead", "signed in as team lead"),
        ("desk1", "reception", "team-lead sign-in failed (1 in a row)"),
    ]
    assert_nothing_secret(workspace.db, GOOD, OTHER)


def test_sign_in_without_a_password_set_is_refused(workspace):
    session = roles.RoleSession(workspace.db, workspace.clock)
    with pytest.raises(roles.RoleError) as err:
        session.sign_in(GOOD)
    assert err.value.code == "no_password"
    assert not session.is_team_lead


def test_repeated_failures_make_the_next_attempt_wait(workspace, fixed_now):
    roles.set_team_lead_password(workspace.db, fixed_now, "AB", GOOD)
    mono = FakeMonotonic()
    session = roles.RoleSession(workspace.db, workspace.clock, monotonic=mono)
    for _ in range(roles.FREE_FAILURES - 1):
        assert not session.sign_in("wrong password!")
        assert session.wait_remaining() == 0
    assert not session.sign_in("wrong password!")
    first_wait = session.wait_remaining()
    assert first_wait == roles.FIRST_WAIT_SECONDS
    assert not session.sign_in(GOOD)  # even the right password waits
    assert not session.is_team_lead
    mono.now += first_wait
    assert not session.sign_in("wrong password!")
    assert session.wait_remaining() == 2 * roles.FIRST_WAIT_SECONDS  # the wait grows
    mono.now += 10_000
    assert session.sign_in(GOOD)
    assert session.failures == 0 and session.wait_remaining() == 0
    assert "next attempt in 15 s" in audit.recent(workspace.db, action="role")[2].detail


# --------------------------------------------------------------------------- retention


def make_entry(ws, **personal) -> int:
    return ws.booking.log_walk_in("immigration-office", "residence-law", **personal).id


def personal_kwargs() -> dict:
    name, contact, text, _note = PERSONAL
    return {"visitor_name": name, "visitor_contact": contact, "query_text": text}


def test_retention_period_is_a_centre_setting(workspace, fixed_now):
    db = workspace.db
    assert retention.retention_days(db) == retention.DEFAULT_RETENTION_DAYS == 90
    admin.change_retention(db, AB, lambda: fixed_now, 30)
    assert retention.retention_days(db) == 30
    for bad in (0, 6, 3651, -1):
        with pytest.raises(retention.RetentionError) as err:
            admin.change_retention(db, AB, lambda: fixed_now, bad)
        assert err.value.code == "out_of_range"
    assert retention.retention_days(db) == 30
    row = audit.recent(db, action="retention")[0]
    assert (row.staff, row.role, row.detail) == ("AB", "team_lead", "retention period 90 → 30 days")


def test_damaged_stored_period_falls_back_to_the_default(workspace, fixed_now):
    with workspace.db.write() as session:
        centre_settings.put(session, centre_settings.RETENTION_DAYS, "2", fixed_now)
    assert retention.retention_days(workspace.db) == 90


def test_purge_erases_old_personal_fields_and_keeps_statistics(tmp_db_url):
    now = [dt.datetime(2026, 6, 1, 9, 0)]
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    try:
        old = make_entry(ws, **personal_kwargs())
        ws.booking.set_status(old, "called")
        now[0] = dt.datetime(2026, 11, 20, 9, 0)
        recent = make_entry(ws, **personal_kwargs())
        with ws.db.read() as s:
            before = s.get(Entry, old)
            stats_before = (before.ticket, before.unit_id, before.concern_id, before.at, before.status, before.status_at, before.kind, before.language)
            events_before = [(e.status, e.at) for e in s.query(StatusEvent).filter_by(entry_id=old).order_by(StatusEvent.id)]
        assert retention.summary(ws.db) == retention.PersonalDataSummary(2, dt.date(2026, 6, 1))
        assert retention.count_past(ws.db, now[0], 90) == 1
        assert admin.purge(ws.db, AB, lambda: now[0]) == 1
        with ws.db.read() as s:
            after = s.get(Entry, old)
            assert (after.visitor_name, after.visitor_contact, after.query_text, after.note) == (None, None, None, None)
            assert after.purged_at == now[0]
            assert (after.ticket, after.unit_id, after.concern_id, after.at, after.status, after.status_at, after.kind, after.language) == stats_before
            assert [(e.status, e.at) for e in s.query(StatusEvent).filter_by(entry_id=old).order_by(StatusEvent.id)] == events_before
            kept = s.get(Entry, recent)
            assert (kept.visitor_name, kept.visitor_contact, kept.query_text) == PERSONAL[:3]
        assert retention.summary(ws.db) == retention.PersonalDataSummary(1, dt.date(2026, 11, 20))
        # A shorter period takes effect on the next purge.
        admin.change_retention(ws.db, AB, lambda: now[0], 7)
        now[0] = dt.datetime(2026, 11, 28, 9, 0)
        assert admin.purge(ws.db, AB, lambda: now[0]) == 1
        assert retention.summary(ws.db).entries == 0
        assert admin.purge(ws.db, AB, lambda: now[0]) == 0  # audited even when nothing was left
        details = [r.detail for r in audit.recent(ws.db, action="purge")]
        assert details == [
            "by hand: personal data of 0 entries older than 7 days erased",
            "by hand: personal data of 1 entry older than 7 days erased",
            "by hand: personal data of 1 entry older than 90 days erased",
        ]
        assert_nothing_secret(ws.db, *PERSONAL)
    finally:
        ws.close()


def test_automatic_purge_at_start_uses_the_stored_period_and_is_audited(tmp_db_url):
    ws = open_workspace(tmp_db_url, clock=lambda: dt.datetime(2026, 9, 1, 9, 0))
    entry = make_entry(ws, **personal_kwargs())
    admin.change_retention(ws.db, AB, lambda: dt.datetime(2026, 9, 1, 9, 0), 30)
    ws.close()
    # 20 days later: inside the period, nothing erased, nothing audited.
    ws = open_workspace(tmp_db_url, clock=lambda: dt.datetime(2026, 9, 21, 9, 0))
    assert ws.booking.get(entry).visitor_name == PERSONAL[0]
    assert audit.recent(ws.db, action="purge") == []
    ws.close()
    # 40 days later: past the stored 30 days (the default 90 would still keep it).
    ws = open_workspace(tmp_db_url, clock=lambda: dt.datetime(2026, 10, 11, 9, 0))
    try:
        assert ws.booking.get(entry).visitor_name is None
        row = audit.recent(ws.db, action="purge")[0]
        assert (row.role, row.staff, row.detail) == ("system", "system", "automatic: personal data of 1 entry older than 30 days erased")
        assert_nothing_secret(ws.db, *PERSONAL)
    finally:
        ws.close()


def test_open_workspace_override_wins_over_the_stored_period(tmp_db_url):
    ws = open_workspace(tmp_db_url, clock=lambda: dt.datetime(2026, 9, 1, 9, 0))
    entry = make_entry(ws, visitor_name="X")
    ws.close()
    ws = open_workspace(tmp_db_url, clock=lambda: dt.datetime(2026, 9, 10, 9, 0), retention_days=3)
    try:
        assert ws.booking.get(entry).visitor_name is None
    finally:
        ws.close()


# The command-line tests of the team-lead powers are in tests/cli/test_team_lead_cli.py.
