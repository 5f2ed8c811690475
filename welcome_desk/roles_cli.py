"""The team-lead sub-commands of ``welcome-desk``: password, audit log, retention, purge.

Whoever runs these on the machine itself may replace a forgotten team-lead
password (audited as such); changing the retention period and erasing personal
data by hand need the password, read from the terminal without echo or, for
scripts, as the first line of stdin (``--password-stdin``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys

from welcome_desk.cli import CliError


def add_parsers(sub) -> None:
    p = sub.add_parser("team-lead", help="the team-lead password")
    tsub = p.add_subparsers(dest="team_lead_command", metavar="ACTION", required=True)
    t = tsub.add_parser(
        "set-password", help="set the team-lead password (replaces a forgotten one; the change is audited)"
    )
    _password_args(t)

    p = sub.add_parser("audit", help="the audit log (exports, purges, edits, restores, role changes)")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="newest N records (default 50)")
    p.add_argument("--action", metavar="ACTION", help="only this action (e.g. purge, role, export)")

    p = sub.add_parser("retention", help="show or set (--days) how long personal data is kept")
    p.add_argument("--days", type=int, metavar="N", help="new period in days (needs the team-lead password)")
    _password_args(p)

    p = sub.add_parser("purge", help="erase personal data older than the retention period now (needs the password)")
    _password_args(p)


def _password_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    p.add_argument("--staff", metavar="INITIALS", help="who does this, for the audit log (default: this desk's staff)")


def _read_stdin_line() -> str:
    line = sys.stdin.readline()
    if not line:
        raise CliError("no password on stdin")
    return line[:-1] if line.endswith("\n") else line


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the password; use --password-stdin")
    try:
        return getpass.getpass(label)
    except EOFError:
        raise CliError("no password given") from None


def _staff(args: argparse.Namespace) -> str:
    if args.staff is not None:
        return args.staff.strip()[:64]
    from welcome_desk.core.settings import load_settings

    return load_settings().staff


def _require_password(args: argparse.Namespace, db) -> None:
    from welcome_desk.core import roles

    if not roles.has_team_lead_password(db):
        raise CliError("no team-lead password is set yet; set one with: welcome-desk team-lead set-password")
    password = _read_stdin_line() if args.password_stdin else _prompt("Team-lead password: ")
    if not roles.verify(db, password):
        from welcome_desk.core import audit

        audit.record(db, _now(db), _staff(args), roles.RECEPTION, "role", "team-lead password refused on the command line")
        raise CliError("the team-lead password is not right")


def _database(args: argparse.Namespace):
    """The migrated database without the start-up purge, so ``purge`` does (and audits) its own work."""
    from welcome_desk.core.database import open_database, resolve_url
    from welcome_desk.core.migrations import upgrade

    db = open_database(resolve_url(args.db))
    try:
        upgrade(db)
    except Exception:
        db.dispose()
        raise
    return db


def _now(db) -> dt.datetime:
    """The centre's time (the active centre's zone), whatever the desk's TZ says."""
    from welcome_desk.core.centre_store import stored_centre_clock

    return stored_centre_clock(db)()


def cmd_team_lead(args: argparse.Namespace, out) -> int:
    from welcome_desk.core import roles

    if args.password_stdin:
        new = _read_stdin_line()
    else:
        new = _prompt("New team-lead password: ")
        roles.check_new_password(new)
        if _prompt("Repeat it: ") != new:
            raise CliError("the two passwords differ; nothing was changed")
    db = _database(args)
    try:
        existed = roles.has_team_lead_password(db)
        roles.set_team_lead_password(db, _now(db), _staff(args), new, replace=True)
    finally:
        db.dispose()
    out.write("team-lead password replaced\n" if existed else "team-lead password set\n")
    return 0


def cmd_audit(args: argparse.Namespace, out) -> int:
    from welcome_desk.core import audit

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    if args.action is not None and args.action not in audit.ACTIONS:
        raise CliError(f"unknown action {args.action!r}; known: {', '.join(audit.ACTIONS)}")
    db = _database(args)
    try:
        records = audit.recent(db, args.limit, args.action)
    finally:
        db.dispose()
    for r in records:
        out.write(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.staff or '-':<8} {r.role:<10} {r.action:<12} {r.detail}\n")
    return 0


def cmd_retention(args: argparse.Namespace, out) -> int:
    from welcome_desk.core import retention
    from welcome_desk.core.roles import TEAM_LEAD

    db = _database(args)
    try:
        if args.days is not None:
            retention.check_days(args.days)
            _require_password(args, db)
            retention.set_retention_days(db, _now(db), _staff(args), args.days, TEAM_LEAD)
            out.write(f"retention period set to {args.days} days; `welcome-desk purge` or the next start applies it\n")
            return 0
        days = retention.retention_days(db)
        held = retention.summary(db)
        due = retention.count_past(db, _now(db), days)
    finally:
        db.dispose()
    out.write(f"personal data is kept for {days} days\n")
    oldest = f", the oldest from {held.oldest_day:%Y-%m-%d}" if held.oldest_day else ""
    out.write(f"{retention.entries_text(held.entries)} with personal data{oldest}\n")
    if due:
        out.write(f"{due} of them past the period: erased at the next start or by `welcome-desk purge`\n")
    return 0


def cmd_purge(args: argparse.Namespace, out) -> int:
    from welcome_desk.core import retention
    from welcome_desk.core.roles import TEAM_LEAD

    db = _database(args)
    try:
        _require_password(args, db)
        days = retention.retention_days(db)
        count = retention.purge_now(db, _now(db), _staff(args), TEAM_LEAD)
    finally:
        db.dispose()
    out.write(f"personal data of {retention.entries_text(count)} older than {days} days erased\n")
    return 0
