"""Every path to a team-lead power on the command line is refused without the password,
changes nothing, and is audited with the actor who tried; with the password it works.

Also: the back-off survives a restart, the recovery key, no forged audit lines, who
the command line records, self-test never touches a given database, masked URLs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from sqlalchemy import select

from tests.conftest import FIXED_NOW
from welcome_desk.cli import main
from welcome_desk.core import centre_settings, roles, team_lead
from welcome_desk.core.actor import TEAM_LEAD, Actor
from welcome_desk.core.clock import fixed_clock
from welcome_desk.core.database import open_database
from welcome_desk.core.models import AuditEvent, CentreRecord, CentreSetting, Entry
from welcome_desk.core.workspace import open_workspace

GOOD = "correct horse battery"
WRONG = "not the password at all"
NAME = "Amira Haddad"
CLOCK = fixed_clock(FIXED_NOW)
BACKOFF_KEYS = {centre_settings.TEAM_LEAD_FAILURES, centre_settings.TEAM_LEAD_WAIT_UNTIL}


@dataclass
class Desk:
    url: str
    folder: Path
    backup: Path | None = None

    def run(self, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
        return run_cli(self.url, *args, stdin=stdin)


def run_cli(url: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    import contextlib

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", url, *args], clock=CLOCK, stdin=io.StringIO(stdin or ""))
    return code, out.getvalue(), err.getvalue()


def fingerprint(url: str, folder: Path) -> dict:
    """Everything a team-lead power could change, except the audit log and the back-off counter."""
    db = open_database(url)
    try:
        with db.read() as s:
            entries = [(e.id, e.status, e.visitor_name, e.unit_id, e.day) for e in s.scalars(select(Entry).order_by(Entry.id))]
            centres = [(c.id, c.active, hashlib.sha256(c.document.encode()).hexdigest()) for c in s.scalars(select(CentreRecord))]
            settings = sorted((r.key, r.value) for r in s.scalars(select(CentreSetting)) if r.key not in BACKOFF_KEYS)
    finally:
        db.dispose()
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and "sqlite" not in p.name)
    return {"entries": entries, "centres": sorted(centres), "settings": settings, "files": files}


def audit_rows(url: str) -> list[AuditEvent]:
    db = open_database(url)
    try:
        with db.read() as s:
            return list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    finally:
        db.dispose()


@pytest.fixture
def desk(tmp_path) -> Desk:
    """A centre with a team-lead password, one visit with personal data long ago, one today, a backup."""
    folder = tmp_path / "centre"
    folder.mkdir()
    url = f"sqlite:///{folder / 'welcome-desk.sqlite'}"
    old = FIXED_NOW - dt.timedelta(days=60)  # within the 90 days: kept by the automatic purge at every start
    ws = open_workspace(url, clock=lambda: old, daily_backup=False)
    unit = next(u for u in ws.centre.units if "walk_in" in u.accepts)
    ws.booking.log_walk_in(unit.id, visitor_name=NAME)
    ws.close()
    ws = open_workspace(url, clock=CLOCK, daily_backup=False)
    try:
        from welcome_desk.core.backup import make_backup

        backup = make_backup(ws.db, FIXED_NOW - dt.timedelta(hours=1))
        ws.booking.log_walk_in(unit.id, visitor_name="Today Visitor")
        team_lead.set_password(ws.db, Actor("AB"), CLOCK, GOOD)
    finally:
        ws.close()
    return Desk(url, folder, backup)


def centre_file(desk: Desk) -> Path:
    from welcome_desk.core.centre import bundled_centres

    data = json.loads(bundled_centres()["dahme-spreewald"].read_text("utf-8"))
    path = desk.folder / "import" / "dahme.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data), "utf-8")
    return path


# Each gated path: (name, arguments, the permission named in the refusal, whether it changes stored data).
GATED: list[tuple[str, Callable[[Desk], list[str]], str, bool]] = [
    ("log --personal", lambda d: ["log", "--from", "2026-01-01", "--to", "2026-11-23", "--format", "csv", "--personal"],
     "export_personal", False),
    ("report", lambda d: ["report", "--month", "2026-10", "-o", str(d.folder / "out" / "report.pdf")], "report", True),
    ("restore", lambda d: ["restore", str(d.backup)], "restore", True),
    ("demo", lambda d: ["demo", "--appointments", "5", "--days", "2"], "demo", True),
    ("centre import", lambda d: ["centre", "import", str(centre_file(d))], "centre_import", True),
    ("centre use", lambda d: ["centre", "use", "burgenlandkreis"], "centre_use", True),
    ("--centre", lambda d: ["--centre", "burgenlandkreis", "route", "Wohnung"], "centre_use", True),
    ("retention --days", lambda d: ["retention", "--days", "30"], "retention", True),
    ("purge", lambda d: ["purge"], "purge", False),  # nothing past the period: audited only
    ("audit", lambda d: ["audit"], "audit_read", False),
    ("team-lead set-password", lambda d: ["team-lead", "set-password"], "password_change", True),
    ("team-lead change", lambda d: ["team-lead", "change"], "password_change", True),
    ("find --names", lambda d: ["find", "amira", "--from", "2026-01-01", "--to", "2026-11-23", "--names"],
     "show_names", False),
]


def _secrets(name: str, password: str) -> str:
    """What a script pipes in: the password, plus the new one where a command asks for it."""
    return f"{password}\n" + ("a brand new password\n" if name.startswith("team-lead") else "")


@pytest.mark.parametrize("name,argv,permission,changes", GATED, ids=[g[0] for g in GATED])
def test_gated_command_without_password_is_refused_changes_nothing_and_is_audited(desk, name, argv, permission, changes):
    (desk.folder / "out").mkdir(exist_ok=True)
    args = argv(desk)
    before = fingerprint(desk.url, desk.folder)
    audited = len(audit_rows(desk.url))

    # 1. no terminal and no --password-stdin: a clear one-line refusal
    code, out, err = desk.run("--staff", "ZZ", *args)
    assert code == 1 and err.count("\n") == 1 and "--password-stdin" in err, err
    assert NAME not in out and "nothing was changed" in err
    # 2. the wrong password
    code, out, err = desk.run("--staff", "ZZ", *args, "--password-stdin", stdin=_secrets(name, WRONG))
    assert code == 1 and err.count("\n") == 1 and "not right" in err, err
    assert NAME not in out
    assert fingerprint(desk.url, desk.folder) == before  # nothing changed
    new = audit_rows(desk.url)[audited:]
    assert len(new) == 2, [(r.action, r.detail) for r in new]
    for row in new:  # audited with the actor who tried
        assert (row.staff, row.role, row.channel, row.action) == ("ZZ", "reception", "cli", "refused")
        assert permission in row.detail
    assert "no password given" in new[0].detail and "failed (1 in a row)" in new[1].detail

    # 3. with the password it works
    code, out, err = desk.run("--staff", "LEAD", *args, "--password-stdin", stdin=_secrets(name, GOOD))
    if name == "demo":  # ... except that a database with real visits never takes demo visits (core/demo.py)
        assert code == 1 and err.count("\n") == 1 and "real visits" in err, err
        assert fingerprint(desk.url, desk.folder) == before
        return
    assert code == 0, err
    if name == "audit":
        assert "refused" in out  # reading changes nothing but works
    assert (fingerprint(desk.url, desk.folder) != before) == changes
    if name in ("log --personal", "find --names"):
        assert NAME in out
    done = [r for r in audit_rows(desk.url)[audited + 2 :] if r.action != "refused"]
    if name not in ("audit", "--centre") and name != "restore":
        assert done and done[-1].staff == "LEAD" and done[-1].role == TEAM_LEAD and done[-1].channel == "cli"


def test_find_without_names_needs_no_password_and_shows_none(desk):
    """Anyone finds a visit *by* a name; the name itself is shown only to the team lead (find --names)."""
    audited = len(audit_rows(desk.url))
    code, out, err = desk.run("--staff", "ZZ", "find", "amira", "--from", "2026-01-01", "--to", "2026-11-23", "--json")
    assert code == 0, err
    entries = json.loads(out)["entries"]
    assert len(entries) == 1 and "visitor_name" not in entries[0] and NAME not in out
    code, out, err = desk.run("find", "amira", "--from", "2026-01-01", "--to", "2026-11-23", "--names",
                              "--password-stdin", "--staff", "LEAD", stdin=GOOD + "\n")
    assert code == 0 and NAME in out, err
    (row,) = audit_rows(desk.url)[audited:]
    assert (row.action, row.staff, row.role) == ("names", "LEAD", TEAM_LEAD)
    assert row.detail == "find by name: 1 name shown, 2026-01-01 to 2026-11-23" and "amira" not in row.detail.lower()


def test_restore_with_the_password_is_audited_in_the_restored_database(desk):
    code, out, err = desk.run("restore", str(desk.backup), "--password-stdin", "--staff", "LEAD", stdin=GOOD + "\n")
    assert code == 0, err
    last = audit_rows(desk.url)[-1]
    assert (last.action, last.staff, last.role) == ("restore", "LEAD", TEAM_LEAD)


def test_staff_before_or_after_the_sub_command_is_kept(desk):
    for args in (["--staff", "AB", "purge", "--password-stdin"], ["purge", "--staff", "AB", "--password-stdin"]):
        code, _, err = desk.run(*args, stdin=GOOD + "\n")
        assert code == 0, err
        assert audit_rows(desk.url)[-1].staff == "AB"
    # log's filter is --by now (old spelling --staff kept): it no longer swallows who runs the command
    code, out, err = desk.run("--staff", "LEAD", "log", "--from", "2026-01-01", "--to", "2026-11-23",
                              "--format", "csv", "--personal", "--by", "nobody", "--password-stdin", stdin=GOOD + "\n")
    assert code == 0 and NAME not in out, err
    assert audit_rows(desk.url)[-1].staff == "LEAD"


def test_who_the_command_line_records(desk, monkeypatch):
    import getpass

    monkeypatch.setenv("USER", "mallory")
    monkeypatch.delenv("WELCOME_DESK_STAFF", raising=False)
    desk.run("book", "--unit", "immigration-office")
    desk.run("purge", "--password-stdin", stdin=GOOD + "\n")
    assert audit_rows(desk.url)[-1].staff == f"os:{getpass.getuser()}"  # the OS account, marked as such
    monkeypatch.setenv("WELCOME_DESK_STAFF", "KL")
    desk.run("purge", "--password-stdin", stdin=GOOD + "\n")
    assert audit_rows(desk.url)[-1].staff == "KL"
    desk.run("--staff", "MN", "purge", "--password-stdin", stdin=GOOD + "\n")
    assert audit_rows(desk.url)[-1].staff == "MN"


def test_a_newline_in_staff_cannot_forge_an_audit_line(desk):
    forged = "AB\n2026-11-23 09:00:00  BOSS     team_lead  purge        by hand: nothing"
    code, _, err = desk.run("--staff", forged, "purge", stdin="")
    assert code == 1
    code, out, err = desk.run("audit", "--password-stdin", stdin=GOOD + "\n")
    assert code == 0, err
    assert not any(line.startswith("2026-11-23 09:00:00  BOSS") for line in out.splitlines())
    assert all(line[:4].isdigit() for line in out.splitlines())  # every line is one record


def test_backoff_survives_a_restart_and_is_shared_with_the_window(desk):
    for _ in range(team_lead.FREE_FAILURES):
        code, _, _ = desk.run("purge", "--password-stdin", stdin=WRONG + "\n")
        assert code == 1
    # a new process (a restart): the right password now has to wait, nothing is checked or changed
    before = fingerprint(desk.url, desk.folder)
    done = subprocess.run(
        [sys.executable, "-m", "welcome_desk", "--db", desk.url, "purge", "--password-stdin"],
        input=GOOD + "\n", capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1 and "next attempt is possible in" in done.stderr, done.stderr
    assert fingerprint(desk.url, desk.folder) == before
    assert "waiting after wrong passwords" in audit_rows(desk.url)[-1].detail
    # the window's sign-in reads the same counter
    db = open_database(desk.url)
    try:
        session = roles.RoleSession(db, CLOCK, "desk")
        assert session.failures == team_lead.FREE_FAILURES and session.wait_remaining() > 0
        assert not session.sign_in(GOOD) and not session.is_team_lead
    finally:
        db.dispose()


def test_recovery_key_is_shown_once_and_replaces_a_forgotten_password(tmp_db_url):
    code, out, err = run_cli(tmp_db_url, "--staff", "AB", "team-lead", "set-password", "--password-stdin",
                             stdin=GOOD + "\n")
    assert code == 0, err
    assert out.startswith("team-lead password set\nrecovery key: ")
    key = out.split("recovery key: ")[1].split("\n")[0]
    assert len(key.replace("-", "")) == 32
    db = open_database(tmp_db_url)
    stored = centre_settings.get(db, centre_settings.TEAM_LEAD_RECOVERY) or ""
    db.dispose()
    assert stored.startswith("scrypt$") and key not in stored  # only its hash is kept
    # a set password is not replaced without the old one ...
    code, _, err = run_cli(tmp_db_url, "team-lead", "set-password", "--password-stdin", stdin="a forgotten one!!\nnew password here\n")
    assert code == 1 and "not right" in err
    # ... nor with a wrong key
    code, _, err = run_cli(tmp_db_url, "--staff", "XY", "team-lead", "recover", "--password-stdin",
                           stdin="AAAA-BBBB\nnew password here\n")
    assert code == 1 and "recovery key is not right" in err
    last = audit_rows(tmp_db_url)[-1]
    assert (last.staff, last.action) == ("XY", "refused") and "recovery" in last.detail
    # the key replaces it, audited, and a new key is issued
    code, out, err = run_cli(tmp_db_url, "--staff", "CD", "team-lead", "recover", "--password-stdin",
                             stdin=key.lower().replace("-", " ") + "\nnew password here\n")
    assert code == 0, err
    new_key = out.split("recovery key: ")[1].split("\n")[0]
    assert new_key != key
    db = open_database(tmp_db_url)
    try:
        assert roles.verify(db, "new password here") and not roles.verify(db, GOOD)
    finally:
        db.dispose()
    last = audit_rows(tmp_db_url)[-1]
    assert (last.staff, last.action) == ("CD", "role") and "recovery key" in last.detail
    code, _, err = run_cli(tmp_db_url, "team-lead", "recover", "--password-stdin", stdin=key + "\nthird password x\n")
    assert code == 1  # the old key is used up
    assert GOOD not in "".join(r.detail for r in audit_rows(tmp_db_url)) and key not in "".join(r.detail for r in audit_rows(tmp_db_url))


def test_self_test_refuses_a_database_url(desk):
    before = fingerprint(desk.url, desk.folder)
    code, _, err = desk.run("self-test")
    assert code == 1 and "throw-away database" in err
    assert fingerprint(desk.url, desk.folder) == before


def test_a_connection_password_never_appears_in_messages_or_the_log(tmp_path):
    import logging

    from welcome_desk.core.applog import configure_logging, remove_logging
    from welcome_desk.core.database import DatabaseError, mask_url

    url = "postgresql+psycopg://desk:secret@127.0.0.1:1/welcome"
    assert mask_url(url) == "postgresql+psycopg://desk:***@127.0.0.1:1/welcome"
    handler = configure_logging(tmp_path / "log")
    try:
        code, out, err = run_cli(url, "route", "Wohnung")
        assert code == 1 and "secret" not in out + err and "***" in err or "127.0.0.1" in err, err
        try:
            open_database(url).engine.connect()
        except DatabaseError as exc:
            assert "secret" not in str(exc)
            logging.getLogger("welcome_desk.test").error("could not open %s: %s", url, exc)
        except Exception as exc:  # a driver error the app did not explain: its text, logged, is masked too
            logging.getLogger("welcome_desk.test").error("could not open %s", url, exc_info=exc)
        logging.getLogger("welcome_desk.test").warning("database %s", url)
        logging.getLogger("welcome_desk.test").error("failed", exc_info=DatabaseError(f"cannot reach {url}"))
    finally:
        remove_logging(handler)
    text = (tmp_path / "log" / "welcome-desk.log").read_text("utf-8")
    assert "desk:***@127.0.0.1" in text and "secret" not in text
    assert "secret" not in str(DatabaseError(f"cannot use {url}"))
