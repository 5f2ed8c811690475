"""The team lead's sub-commands: ``team-lead`` (password), ``audit``, ``retention``, ``purge``, ``no-show-rule``.

Every power here goes through the team-lead gate (:meth:`Run.gate`) or, for the
password itself, through :mod:`welcome_desk.core.team_lead`: the first password
prints a recovery key once; a set password is changed only with the old one and
replaced only with the recovery key (``team-lead recover``). Secrets come from
the terminal without echo or, with ``--password-stdin``, one per line of stdin.
"""

from __future__ import annotations

from welcome_desk.cli.common import CliError, Run, add_actor_args
from welcome_desk.core.permissions import Permission


def add_parsers(sub) -> None:
    p = sub.add_parser("team-lead", help="the team-lead password: set, change, recover")
    tsub = p.add_subparsers(dest="team_lead_command", metavar="ACTION", required=True)
    t = tsub.add_parser(
        "set-password",
        help="set the first team-lead password (prints a recovery key once) or change it (needs the current one; "
        "with --password-stdin: current, then new, one per line)",
    )
    add_actor_args(t)
    t = tsub.add_parser("change", help="change the team-lead password (same as set-password once one is set)")
    add_actor_args(t)
    t = tsub.add_parser(
        "recover",
        help="replace a forgotten password with the recovery key (prints a new key; "
        "with --password-stdin: key, then new password, one per line)",
    )
    add_actor_args(t)

    p = sub.add_parser("audit", help="the audit log (exports, purges, edits, restores, role changes; team lead)")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="newest N records (default 50)")
    p.add_argument("--action", metavar="ACTION", help="only this action (e.g. purge, role, export, refused)")
    add_actor_args(p)

    p = sub.add_parser("retention", help="show or set (--days) how long personal data is kept")
    p.add_argument("--days", type=int, metavar="N", help="new period in days (needs the team-lead password)")
    add_actor_args(p)

    p = sub.add_parser("purge", help="erase personal data older than the retention period now (needs the password)")
    add_actor_args(p)

    p = sub.add_parser("no-show-rule", help="show or set (--after N) after how many missed calls a parked visitor "
                       "becomes a no-show")
    p.add_argument("--after", type=int, metavar="N", help="missed calls, 1 to 20 (needs the team-lead password)")
    add_actor_args(p)


def _secret(run: Run, label: str) -> str:
    value = run.ask(label)
    if value is None:
        raise CliError("no terminal to ask for the password and no --password-stdin; nothing was changed")
    return value


def _new_password(run: Run) -> str:
    from welcome_desk.core.passwords import check_new_password

    new = _secret(run, "New team-lead password: ")
    check_new_password(new)
    if not run.args.password_stdin and _secret(run, "Repeat it: ") != new:
        raise CliError("the two passwords differ; nothing was changed")
    return new


def _show_key(run: Run, key: str) -> None:
    run.out.write(
        f"recovery key: {key}\n"
        "It is shown only now. Keep it on paper in a safe place: it is the only way to replace a forgotten "
        "password (welcome-desk team-lead recover).\n"
    )


def cmd_team_lead(run: Run) -> int:
    from welcome_desk.core import team_lead

    db = run.database()
    try:
        if run.args.team_lead_command == "recover":
            key = _secret(run, "Recovery key: ")
            new_key = team_lead.recover(db, run.actor, run.clock, key, _new_password(run))
            run.out.write("team-lead password replaced with the recovery key\n")
            _show_key(run, new_key)
            return 0
        if team_lead.has_password(db):
            old = run.ask("Current team-lead password: ")
            if old is None:  # refused and audited by the core
                team_lead.refuse_change(db, run.actor, run.clock, "no password given")
                _secret(run, "")  # says why, one line
            team_lead.set_password(db, run.actor, run.clock, _new_password(run), old)
            run.out.write("team-lead password changed\n")
            return 0
        if run.args.team_lead_command == "change":
            raise CliError("no team-lead password is set yet; set one with: welcome-desk team-lead set-password")
        key = team_lead.set_password(db, run.actor, run.clock, _new_password(run))
        run.out.write("team-lead password set\n")
        if key:
            _show_key(run, key)
    finally:
        db.dispose()
    return 0


def cmd_audit(run: Run) -> int:
    from welcome_desk.core import audit

    args = run.args
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    if args.action is not None and args.action not in audit.ACTIONS:
        raise CliError(f"unknown action {args.action!r}; known: {', '.join(audit.ACTIONS)}")
    from welcome_desk.core import admin

    db = run.database()
    try:
        records = admin.audit_log(db, run.gate(db, Permission.AUDIT_READ), run.clock, args.limit, args.action)
    finally:
        db.dispose()
    for r in records:
        who = audit.one_line(r.staff) or "-"
        run.out.write(f"{r.at:%Y-%m-%d %H:%M:%S}  {who:<8} {r.role:<10} {r.action:<12} {audit.one_line(r.detail)}\n")
    return 0


def cmd_retention(run: Run) -> int:
    from welcome_desk.core import admin, retention

    args, out = run.args, run.out
    db = run.database()
    try:
        if args.days is not None:
            retention.check_days(args.days)
            admin.change_retention(db, run.gate(db, Permission.RETENTION), run.clock, args.days)
            out.write(f"retention period set to {args.days} days; `welcome-desk purge` or the next start applies it\n")
            return 0
        days = retention.retention_days(db)
        held = retention.summary(db)
        due = retention.count_past(db, run.clock(), days)
    finally:
        db.dispose()
    out.write(f"personal data is kept for {days} days\n")
    oldest = f", the oldest from {held.oldest_day:%Y-%m-%d}" if held.oldest_day else ""
    out.write(f"{retention.entries_text(held.entries)} with personal data{oldest}\n")
    if due:
        out.write(f"{due} of them past the period: erased at the next start or by `welcome-desk purge`\n")
    return 0


def cmd_purge(run: Run) -> int:
    from welcome_desk.core import admin, retention

    db = run.database()
    try:
        actor = run.gate(db, Permission.PURGE)
        days = retention.retention_days(db)
        count = admin.purge(db, actor, run.clock)
    finally:
        db.dispose()
    run.out.write(f"personal data of {retention.entries_text(count)} older than {days} days erased\n")
    return 0


def cmd_no_show_rule(run: Run) -> int:
    from welcome_desk.core import calls

    args, out = run.args, run.out
    if args.after is not None and not 1 <= args.after <= calls.MAX_NO_SHOW_AFTER:
        raise CliError(f"--after must be between 1 and {calls.MAX_NO_SHOW_AFTER} missed calls; nothing was changed")
    db = run.database()
    try:
        if args.after is not None:
            calls.set_no_show_after(db, run.gate(db, Permission.SETTINGS), run.clock, args.after)
            out.write(f"a parked visitor becomes a no-show after {args.after} missed calls (every desk, from now on)\n")
            return 0
        after = calls.no_show_after(db)
    finally:
        db.dispose()
    out.write(f"a parked visitor becomes a no-show after {after} missed calls\n")
    return 0


COMMANDS = {"team-lead": cmd_team_lead, "audit": cmd_audit, "retention": cmd_retention, "purge": cmd_purge,
            "no-show-rule": cmd_no_show_rule}
