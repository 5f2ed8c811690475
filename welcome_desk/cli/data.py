"""Sub-commands about the data as a whole: ``log``, ``report``, ``demo``, ``backup``, ``restore``, ``self-test``.

``log --personal``, ``report``, ``demo`` and ``restore`` are team-lead powers:
:meth:`Run.gate` asks the password before anything is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from welcome_desk.cli.common import CliError, Run, add_actor_args, add_force, check_month, date_arg

from welcome_desk.core.permissions import Permission

E_STATUSES = ("booked", "arrived", "called", "in_service", "done", "no_show", "cancelled", "referred")


def add_parsers(sub) -> None:
    p = sub.add_parser("log", help="the day log (or a date range): table, CSV, JSON, XLSX or the day list PDF")
    p.add_argument("--date", type=date_arg, help="YYYY-MM-DD (default: today)")
    p.add_argument("--from", dest="start", type=date_arg, metavar="YYYY-MM-DD", help="first day of a range")
    p.add_argument("--to", dest="end", type=date_arg, metavar="YYYY-MM-DD", help="last day of a range (default: --from)")
    p.add_argument("--format", choices=("table", "csv", "json", "xlsx", "pdf"), default="table")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE (needed for xlsx and pdf)")
    p.add_argument("--personal", action="store_true",
                   help="include visitor name, contact, typed concern and note (team lead; recorded in the audit log)")
    p.add_argument("--lang", default="de", help="language of unit and concern names")
    for name in ("unit", "concern", "language"):
        p.add_argument(f"--{name}", metavar=name.upper(), help=f"only entries with this {name}")
    # Who made the entries: --by (--staff is the old spelling of this filter; give who runs the
    # command before the sub-command: welcome-desk --staff AB log ...).
    p.add_argument("--by", "--staff", dest="by_staff", metavar="STAFF", help="only entries made by this staff member")
    p.add_argument("--status", choices=E_STATUSES, help="only entries in this status")
    p.add_argument("--kind", choices=("walk_in", "appointment"), help="only walk-ins or only appointments")
    p.add_argument("--password-stdin", action="store_true", default=argparse.SUPPRESS,
                   help="read the team-lead password from the first line of stdin (for --personal)")
    add_force(p)

    p = sub.add_parser("report", help="write the county report of a month or a year as PDF, or its indicator sheet "
                       "as XLSX or CSV (team lead)")
    period = p.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", metavar="YYYY-MM")
    period.add_argument("--year", metavar="YYYY")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx|FILE.csv",
                   help="a .pdf writes the report, a .xlsx or .csv the indicator sheet for the county")
    p.add_argument("--lang", choices=("de", "en"), default="de", help="language of the report")
    add_force(p)
    add_actor_args(p)

    p = sub.add_parser("demo", help="fill the database with realistic demo visits (team lead)")
    p.add_argument("--appointments", type=int, required=True, metavar="N", help="about how many visits")
    p.add_argument("--days", type=int, default=365, metavar="D", help="spread over the last D days (default 365)")
    p.add_argument("--seed", type=int, default=7)
    add_actor_args(p)

    p = sub.add_parser("backup", help="copy the database into the backups folder now")
    add_actor_args(p)
    p = sub.add_parser("restore", help="replace the database with a backup (team lead; the current data is kept as a backup too)")
    p.add_argument("file", type=Path, nargs="?", help="the backup file (without: list the backups)")
    add_actor_args(p)

    p = sub.add_parser(
        "self-test",
        help="check this installation: open the window, route, book, write a slip, quit "
        "(always on a throw-away database it makes itself)",
    )
    p.add_argument("--report", type=Path, metavar="FILE", help="also write the JSON report here")
    p.add_argument("--screenshot", type=Path, metavar="PNG", help="save a picture of the window")
    add_force(p)


def cmd_log(run: Run) -> int:
    from welcome_desk.reports.commands import run_log

    ws = run.workspace()
    try:
        with run.explained(Permission.EXPORT_PERSONAL):  # the core asks the password for personal data
            return run_log(run.args, ws, run.out, run.actor, password=run.password)
    finally:
        ws.close()


def cmd_report(run: Run) -> int:
    from welcome_desk.reports.commands import run_report

    if run.args.month is not None:
        check_month(run.args.month)

    ws = run.workspace()
    try:
        return run_report(run.args, ws, run.out, run.gate(ws.db, Permission.REPORT))
    finally:
        ws.close()


def cmd_demo(run: Run) -> int:
    from welcome_desk.core.demo import MAX_DAYS, MAX_VISITS, add_demo_visits

    args = run.args
    if args.appointments < 1 or args.days < 1:
        raise CliError("--appointments and --days must be at least 1")
    if args.days > MAX_DAYS or args.appointments > MAX_VISITS:  # said before the password is asked; the core checks too
        raise CliError(f"--days may be at most {MAX_DAYS} and --appointments at most {MAX_VISITS}")
    ws = run.workspace()
    shown = [-1]

    def progress(done: int, total: int) -> bool:
        percent = min(100, done * 100 // max(1, total))
        if percent != shown[0] and sys.stderr.isatty():
            sys.stderr.write(f"\rdemo data: {percent:3d} %")
            shown[0] = percent
        return True

    try:
        actor = run.gate(ws.db, Permission.DEMO)
        made = add_demo_visits(ws.db, ws.centre, actor, ws.clock, args.appointments, args.days, seed=args.seed,
                               progress=progress)
    finally:
        ws.close()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    run.out.write(f"added {made} demo visits over {args.days} days\n")
    return 0


def cmd_backup(run: Run) -> int:
    from welcome_desk.core.admin import backup

    ws = run.workspace()
    try:
        run.out.write(f"{backup(ws.db, run.gate(ws.db, Permission.BACKUP), ws.clock)}\n")
    finally:
        ws.close()
    return 0


def cmd_restore(run: Run) -> int:
    from welcome_desk.core.admin import restore
    from welcome_desk.core.backup import list_backups

    db = run.database()
    try:
        if run.args.file is None:
            for path in list_backups(db):
                run.out.write(f"{path}\n")
            return 0
        safety = restore(db, run.gate(db, Permission.RESTORE), run.clock, run.args.file)
    finally:
        db.dispose()
    run.out.write(f"restored {run.args.file}; the data before the restore is kept in {safety}\n")
    return 0


def cmd_self_test(run: Run) -> int:
    if run.args.db:
        raise CliError("self-test runs only on a throw-away database it makes itself; leave out --db")
    from welcome_desk.ui.self_test import run_self_test

    return run_self_test(None, run.args.report, run.args.screenshot)


COMMANDS = {
    "log": cmd_log,
    "report": cmd_report,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "self-test": cmd_self_test,
}
