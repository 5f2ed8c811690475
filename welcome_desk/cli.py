"""The ``welcome-desk`` command: the GUI with no sub-command, headless work otherwise.

The sub-commands are a stable contract for scripts and acceptance checks:
``route``, ``book``, ``log``, ``report``, ``slip``, ``centre``, and the queue's ``queue``,
``call``, ``status``, ``cancel``, ``rebook``, ``refer``, ``find`` (in :mod:`welcome_desk.cli_queue`). Every failure ends with a
non-zero exit and one clear line on stderr, never a traceback (set
``WELCOME_DESK_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from welcome_desk import __version__, cli_queue

EXIT_USAGE = 2
EXIT_FAILED = 1
EXIT_BUG = 70
E_STATUSES = ("booked", "arrived", "called", "in_service", "done", "no_show", "cancelled", "referred")


class CliError(Exception):
    """A failure with a message meant for the person at the terminal."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _datetime(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time (YYYY-MM-DDTHH:MM): {text!r}") from None
    if value.tzinfo is not None:
        raise argparse.ArgumentTypeError("give the local time without a time zone (YYYY-MM-DDTHH:MM)")
    return value


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"welcome-desk {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $WELCOME_DESK_DB or the per-user SQLite file)")
    parser.add_argument("--centre", metavar="ID", help="use this centre (stored or bundled), making it the active one")
    parser.add_argument("--staff", metavar="NAME", help="who makes the changes (default: the system user name)")


def _window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options when no command is given (the window opens), or None to parse everything.

    Building every sub-command's parser costs more than a tenth of the window's start,
    so the window's case is recognised with the global options alone.
    """
    parser = argparse.ArgumentParser(prog="welcome-desk", add_help=False, exit_on_error=False)
    _add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="welcome-desk",
        description="Reception desk of a welcome centre: route a concern, log or book the visit, print a slip. "
        "Without a command the window opens.",
    )
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("route", help="which unit is responsible for a concern")
    p.add_argument("text", nargs="+", help="the concern in a few words")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", default="de", help="language of names and reasons (de or en)")
    p.add_argument("--limit", type=int, default=5)

    p = sub.add_parser("book", help="log a walk-in now, or book an appointment with --at")
    p.add_argument("--unit", required=True, metavar="UNIT_ID")
    p.add_argument("--concern", metavar="CONCERN_ID")
    p.add_argument("--at", type=_datetime, metavar="YYYY-MM-DDTHH:MM", help="appointment slot start")
    p.add_argument("--lang", default="de", metavar="CODE", help="the visitor's language (for the slip)")
    p.add_argument("--name", metavar="TEXT", help="the visitor's name (optional; erased after the retention period)")
    p.add_argument("--contact", metavar="TEXT", help="phone or e-mail (optional; erased after the retention period)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("log", help="the day log (or a date range): table, CSV, JSON, XLSX or the day list PDF")
    p.add_argument("--date", type=_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help="first day of a range")
    p.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help="last day of a range (default: --from)")
    p.add_argument("--format", choices=("table", "csv", "json", "xlsx", "pdf"), default="table")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE (needed for xlsx and pdf)")
    p.add_argument("--personal", action="store_true",
                   help="include visitor name, contact, typed concern and note (recorded in the audit log)")
    p.add_argument("--lang", default="de", help="language of unit and concern names")
    for name in ("unit", "concern", "language", "staff"):
        p.add_argument(f"--{name}", metavar=name.upper(), help=f"only entries with this {name}")
    p.add_argument("--status", choices=E_STATUSES, help="only entries in this status")
    p.add_argument("--kind", choices=("walk_in", "appointment"), help="only walk-ins or only appointments")

    p = sub.add_parser("report", help="write the monthly indicator report as PDF")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", choices=("de", "en"), default="de", help="language of the report")

    p = sub.add_parser("slip", help="write the referral slip of an entry as PDF")
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("--lang", help="the visitor's language (default: the entry's)")
    p.add_argument("--paper", choices=("A4", "A5", "A6", "receipt80"), default="A5")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")

    p = sub.add_parser("demo", help="fill the database with realistic demo visits")
    p.add_argument("--appointments", type=int, required=True, metavar="N", help="about how many visits")
    p.add_argument("--days", type=int, default=365, metavar="D", help="spread over the last D days (default 365)")
    p.add_argument("--seed", type=int, default=7)

    p = sub.add_parser("backup", help="copy the database into the backups folder now")
    p = sub.add_parser("restore", help="replace the database with a backup (the current data is kept as a backup too)")
    p.add_argument("file", type=Path, nargs="?", help="the backup file (without: list the backups)")

    p = sub.add_parser("centre", help="validate, import, export or choose centre definitions")
    csub = p.add_subparsers(dest="centre_command", metavar="ACTION", required=True)
    c = csub.add_parser("validate", help="check a centre file; nothing is stored")
    c.add_argument("file", type=Path)
    c = csub.add_parser("import", help="check and store a centre file")
    c.add_argument("file", type=Path)
    c.add_argument("--activate", action="store_true", help="make it the active centre")
    c = csub.add_parser("export", help="write the active (or --id) centre as JSON")
    c.add_argument("-o", "--output", required=True, type=Path)
    c.add_argument("--id", dest="centre_id")
    csub.add_parser("list", help="stored and bundled centres")
    c = csub.add_parser("use", help="make a stored or bundled centre the active one")
    c.add_argument("centre_id")
    cli_queue.add_parsers(sub, _datetime, _date)
    _add_role_commands(sub)

    p = sub.add_parser(
        "self-test",
        help="check this installation: open the window, route, book, write a slip, quit "
        "(on a throw-away database unless --db is given)",
    )
    p.add_argument("--report", type=Path, metavar="FILE", help="also write the JSON report here")
    p.add_argument("--screenshot", type=Path, metavar="PNG", help="save a picture of the window")
    return parser


# --------------------------------------------------------------------------- commands


def _workspace(args: argparse.Namespace):
    from welcome_desk.core.workspace import open_workspace

    return open_workspace(args.db, centre_id=args.centre, staff=args.staff or "")


open_cli_workspace = _workspace


def _router(args: argparse.Namespace):
    """The router of the active centre: read straight from a SQLite file when that is all it takes.

    Routing writes nothing, so it needs neither SQLAlchemy nor the start-up work of a
    workspace; ``--centre`` (which makes a centre the active one), another engine or a
    file that is not ready (see quick_centre.peek_centre) open the workspace as before.
    """
    from welcome_desk.core.routing import Router

    if args.centre is None:
        from welcome_desk.core.db_location import resolve_url
        from welcome_desk.core.quick_centre import peek_centre

        centre = peek_centre(resolve_url(args.db))
        if centre is not None:
            return Router(centre)
    ws = _workspace(args)
    try:
        return ws.router
    finally:
        ws.close()


def cmd_route(args: argparse.Namespace, out) -> int:
    result = _router(args).route(" ".join(args.text), limit=args.limit)
    lang = args.lang
    if args.json:
        payload = {
            "query": result.query,
            "concern": result.concern.id if result.concern else None,
            "candidates": [
                {
                    "unit": c.unit.id,
                    "name": c.unit.name.get(lang),
                    "score": c.score,
                    "reason": c.reason(lang),
                    "why": c.why(lang),
                    "concern": c.concern.id,
                }
                for c in result.candidates
            ],
            "question": (
                {
                    "id": result.question.id,
                    "text": result.question.text.get(lang),
                    "answers": [{"id": a.id, "label": a.label.get(lang), "units": list(a.units)} for a in result.question.answers],
                }
                if result.question
                else None
            ),
        }
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not result.candidates:
        out.write("no match — try other words\n")
        return 0
    for c in result.candidates:
        out.write(f"{c.score:5.2f}  {c.unit.id:<28} {c.reason(lang)}\n")
    return 0


def cmd_book(args: argparse.Namespace, out) -> int:
    ws = _workspace(args)
    try:
        visitor = dict(language=args.lang, visitor_name=args.name, visitor_contact=args.contact)
        if args.at is None:
            entry = ws.booking.log_walk_in(args.unit, args.concern, **visitor)
        else:
            entry = ws.booking.book_appointment(args.unit, args.at, args.concern, **visitor)
    finally:
        ws.close()
    if args.json:
        out.write(json.dumps(entry.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        what = "walk-in" if entry.kind == "walk_in" else "appointment"
        out.write(f"{entry.ticket}  {what}  {entry.at:%Y-%m-%d %H:%M}  {entry.unit_id}  (entry {entry.id})\n")
    return 0


def cmd_log(args: argparse.Namespace, out) -> int:
    from welcome_desk.reports.commands import run_log

    ws = _workspace(args)
    try:
        return run_log(args, ws, out)
    finally:
        ws.close()


def cmd_report(args: argparse.Namespace, out) -> int:
    from welcome_desk.reports.commands import run_report

    ws = _workspace(args)
    try:
        return run_report(args, ws, out)
    finally:
        ws.close()


def cmd_slip(args: argparse.Namespace, out) -> int:
    from welcome_desk.slips.compose import compose_slip
    from welcome_desk.slips.render import write_slip

    ws = _workspace(args)
    try:
        entry = ws.booking.get(args.entry_id)
        slip = compose_slip(ws.centre, entry, ws.clock())
    finally:
        ws.close()
    lang = args.lang or entry.language
    try:
        write_slip(slip, args.output, lang, args.paper)
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    out.write(f"{args.output}\n")
    return 0


def cmd_centre(args: argparse.Namespace, out) -> int:
    from welcome_desk.core import centre_store
    from welcome_desk.core.centre import bundled_centres, read_centre_file, validate_document
    from welcome_desk.core.database import open_database, resolve_url
    from welcome_desk.core.migrations import upgrade

    action = args.centre_command
    if action == "validate":
        data = read_centre_file(args.file)
        problems = validate_document(data, str(args.file))
        if problems:
            raise CliError("\n".join(problems))
        out.write(f"{args.file}: valid centre '{data['id']}' ({len(data['units'])} units, {len(data['concerns'])} concerns)\n")
        return 0
    db = open_database(resolve_url(args.db))
    try:
        upgrade(db)
        if action == "import":
            centre = centre_store.import_file(db, args.file, activate=args.activate)
            out.write(f"imported centre '{centre.id}'{' (active)' if args.activate else ''}\n")
        elif action == "export":
            centre_id = args.centre_id or centre_store.ensure_active_centre(db, args.centre).id
            centre = centre_store.load_stored(db, centre_id)
            tmp = args.output.with_name(args.output.name + ".tmp")
            try:
                tmp.write_text(json.dumps(centre.document, ensure_ascii=False, indent=2) + "\n", "utf-8")
                os.replace(tmp, args.output)
            except OSError as exc:
                raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
            out.write(f"{args.output}\n")
        elif action == "list":
            active = centre_store.active_centre_id(db)
            stored = centre_store.stored_centre_ids(db)
            for cid in stored:
                out.write(f"{'*' if cid == active else ' '} {cid}  (stored)\n")
            for cid in bundled_centres():
                if cid not in stored:
                    out.write(f"  {cid}  (bundled)\n")
        elif action == "use":
            centre = centre_store.ensure_active_centre(db, args.centre_id)
            out.write(f"active centre: {centre.id}\n")
    finally:
        db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace, out) -> int:
    from welcome_desk.core.demo import generate

    if args.appointments < 1 or args.days < 1:
        raise CliError("--appointments and --days must be at least 1")
    ws = _workspace(args)
    shown = [-1]

    def progress(done: int, total: int) -> bool:
        percent = min(100, done * 100 // max(1, total))
        if percent != shown[0] and sys.stderr.isatty():
            sys.stderr.write(f"\rdemo data: {percent:3d} %")
            shown[0] = percent
        return True

    try:
        made = generate(ws.db, ws.centre, args.appointments, args.days, ws.clock().date(), seed=args.seed, progress=progress)
    finally:
        ws.close()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    out.write(f"added {made} demo visits over {args.days} days\n")
    return 0


def cmd_backup(args: argparse.Namespace, out) -> int:
    from welcome_desk.core.backup import make_backup

    ws = _workspace(args)
    try:
        out.write(f"{make_backup(ws.db, ws.clock())}\n")
    finally:
        ws.close()
    return 0


def cmd_restore(args: argparse.Namespace, out) -> int:
    from welcome_desk.core.backup import list_backups, restore
    from welcome_desk.core.database import open_database, resolve_url

    db = open_database(resolve_url(args.db))
    try:
        if args.file is None:
            for path in list_backups(db):
                out.write(f"{path}\n")
            return 0
        safety = restore(db, args.file, dt.datetime.now().replace(microsecond=0))
    finally:
        db.dispose()
    out.write(f"restored {args.file}; the data before the restore is kept in {safety}\n")
    return 0


def _add_role_commands(sub) -> None:
    from welcome_desk.roles_cli import add_parsers

    add_parsers(sub)


def _role_command(name: str) -> Callable[[argparse.Namespace, object], int]:
    def run(args: argparse.Namespace, out) -> int:
        from welcome_desk import roles_cli

        return getattr(roles_cli, name)(args, out)

    return run


def cmd_self_test(args: argparse.Namespace, out) -> int:
    from welcome_desk.ui.self_test import run_self_test

    return run_self_test(args.db, args.report, args.screenshot)


COMMANDS: dict[str, Callable[[argparse.Namespace, object], int]] = {
    "route": cmd_route,
    "book": cmd_book,
    "log": cmd_log,
    "report": cmd_report,
    "slip": cmd_slip,
    "centre": cmd_centre,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    **cli_queue.COMMANDS,
    "team-lead": _role_command("cmd_team_lead"),
    "audit": _role_command("cmd_audit"),
    "retention": _role_command("cmd_retention"),
    "purge": _role_command("cmd_purge"),
    "self-test": cmd_self_test,
}


def _expected_errors() -> tuple[type[BaseException], ...]:
    from welcome_desk.core.booking import BookingError
    from welcome_desk.core.centre import CentreError
    from welcome_desk.core.database import DatabaseError
    from welcome_desk.core.retention import RetentionError
    from welcome_desk.core.roles import RoleError
    from welcome_desk.reports.jobs import ReportError

    return (CliError, BookingError, CentreError, DatabaseError, ReportError, RoleError, RetentionError)


def main(argv: Sequence[str] | None = None) -> int:
    window = _window_args(argv)
    if window is not None:
        from welcome_desk.ui.app import run_gui

        return run_gui(window.db, window.centre)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from welcome_desk.ui.app import run_gui

        return run_gui(args.db, args.centre)
    try:
        return COMMANDS[args.command](args, sys.stdout)
    except _expected_errors() as exc:
        sys.stderr.write(f"welcome-desk: {exc}\n")
        return EXIT_FAILED
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("welcome-desk: interrupted\n")
        return 130
    except Exception as exc:  # a bug: say so plainly, keep the traceback for debugging only
        if os.environ.get("WELCOME_DESK_DEBUG"):
            raise
        from sqlalchemy.exc import OperationalError, SQLAlchemyError

        if isinstance(exc, OperationalError):
            sys.stderr.write(f"welcome-desk: database problem: {getattr(exc, 'orig', exc)}\n")
            return EXIT_FAILED
        if isinstance(exc, SQLAlchemyError):
            sys.stderr.write(f"welcome-desk: database problem: {exc.__class__.__name__}\n")
            return EXIT_FAILED
        sys.stderr.write(f"welcome-desk: unexpected error ({exc.__class__.__name__}: {exc}); set WELCOME_DESK_DEBUG=1 for details\n")
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
