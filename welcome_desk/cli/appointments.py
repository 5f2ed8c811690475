"""The ``appointments`` and ``checkin`` sub-commands: bookings from an online booking system, check-in by code.

Like the window, they only gather input and call the core's use cases
(:mod:`welcome_desk.core.appointment_import`, :mod:`welcome_desk.core.checkin`).
Failures are the core's one-line errors, which ``welcome-desk`` prints and exits with.
"""

from __future__ import annotations

from pathlib import Path

from welcome_desk.cli.common import Run, add_actor_args
from welcome_desk.core.permissions import Permission


def add_parsers(sub) -> None:
    p = sub.add_parser("appointments", help="import appointments (.ics, .csv, .xlsx) or list the rows waiting for a decision")
    p.add_argument("file", type=Path, nargs="?", help="the booking system's file (without: list the decision list)")
    p.add_argument("--decide", type=int, metavar="ID", help="settle a row of the decision list")
    p.add_argument("--as", dest="decision", choices=("booked_by_hand", "dismissed"), default="dismissed")
    add_actor_args(p)
    p = sub.add_parser("checkin", help="check a visitor in by booking code (arrived; writes the slip with -o)")
    p.add_argument("code", help="the booking code, as typed or scanned")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="also write the visitor's slip here")
    p.add_argument("--paper", choices=("A4", "A5", "A6", "receipt80"), default="A5")
    add_actor_args(p)


def cmd_appointments(run: Run) -> int:
    from welcome_desk.core.appointment_import import decide, open_decisions
    from welcome_desk.reports.booking_files import import_file

    args, out = run.args, run.out
    ws = run.workspace()
    try:
        if args.decide is not None:
            done = decide(ws.db, ws.centre, run.gate(ws.db, Permission.IMPORT_APPOINTMENTS), ws.clock, args.decide,
                          args.decision)
            out.write(f"{done.id}: {args.decision}\n")
            return 0
        if args.file is None:
            for d in open_decisions(ws.db, ws.centre):
                when = f"{d.at:%d.%m.%Y %H:%M}" if d.at else "—"
                out.write(f"{d.id:>5}  {d.reason:<14} {when:<16} {d.external_id[:20]:<20} {d.detail}\n")
            return 0
        result = import_file(ws.db, ws.centre, ws.router, run.gate(ws.db, Permission.IMPORT_APPOINTMENTS), ws.clock,
                             args.file)
    finally:
        ws.close()
    out.write(result.summary() + "\n")
    return 0


def cmd_checkin(run: Run) -> int:
    from welcome_desk.core.checkin import check_in

    args, out = run.args, run.out
    ws = run.workspace()
    try:
        entry = check_in(ws.db, ws.centre, run.actor, ws.clock, args.code)
        unit = ws.centre.unit(entry.unit_id).name.get("de")
        if args.output is not None:
            from welcome_desk.reports.jobs import ReportError
            from welcome_desk.slips.compose import compose_slip
            from welcome_desk.slips.render import write_slip

            try:
                write_slip(compose_slip(ws.centre, entry, ws.clock()), args.output, entry.language, args.paper)
            except OSError as exc:  # checked in all the same: say where the slip is not
                out.write(f"{entry.ticket}  arrived  {entry.at:%H:%M}  {unit}\n")
                raise ReportError(f"checked in, but cannot write the slip {args.output}: {exc.strerror or exc}") from None
    finally:
        ws.close()
    out.write(f"{entry.ticket}  arrived  {entry.at:%H:%M}  {unit}\n")
    if args.output is not None:
        out.write(f"{args.output}\n")
    return 0


COMMANDS = {"appointments": cmd_appointments, "checkin": cmd_checkin}
