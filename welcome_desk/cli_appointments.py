"""The ``appointments`` and ``checkin`` sub-commands: bookings from an online booking system, check-in by code.

Like the window, they only gather input and call the core's use cases
(:mod:`welcome_desk.core.appointment_import`, :mod:`welcome_desk.core.checkin`).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parsers(sub) -> None:
    p = sub.add_parser("appointments", help="import appointments (.ics, .csv, .xlsx) or list the rows waiting for a decision")
    p.add_argument("file", type=Path, nargs="?", help="the booking system's file (without: list the decision list)")
    p.add_argument("--decide", type=int, metavar="ID", help="settle a row of the decision list")
    p.add_argument("--as", dest="decision", choices=("booked_by_hand", "dismissed"), default="dismissed")
    p = sub.add_parser("checkin", help="check a visitor in by booking code (arrived; writes the slip with -o)")
    p.add_argument("code", help="the booking code, as typed or scanned")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="also write the visitor's slip here")
    p.add_argument("--paper", choices=("A4", "A5", "A6", "receipt80"), default="A5")


def _workspace(args: argparse.Namespace):
    from welcome_desk.cli import open_cli_workspace

    return open_cli_workspace(args)


def cmd_appointments(args: argparse.Namespace, out) -> int:
    from welcome_desk.cli import CliError
    from welcome_desk.core.actor import TEAM_LEAD, Actor
    from welcome_desk.core.appointment_files import FileFormatError
    from welcome_desk.core.appointment_import import decide, import_appointments, open_decisions

    ws = _workspace(args)
    try:
        if args.decide is not None:
            actor = Actor(args.staff or "cli", role=TEAM_LEAD, channel="cli")
            try:
                done = decide(ws.db, ws.centre, actor, ws.clock, args.decide, args.decision)
            except ValueError as exc:
                raise CliError(str(exc)) from None
            out.write(f"{done.id}: {args.decision}\n")
            return 0
        if args.file is None:
            for d in open_decisions(ws.db, ws.centre):
                when = f"{d.at:%d.%m.%Y %H:%M}" if d.at else "—"
                out.write(f"{d.id:>5}  {d.reason:<14} {when:<16} {d.external_id[:20]:<20} {d.detail}\n")
            return 0
        # the command-line password gate for team-lead powers comes with the CLI credentials (issue 11)
        actor = Actor(args.staff or "cli", role=TEAM_LEAD, channel="cli")
        try:
            result = import_appointments(ws.db, ws.centre, ws.router, actor, ws.clock, args.file)
        except FileFormatError as exc:
            raise CliError(str(exc)) from None
    finally:
        ws.close()
    out.write(result.summary() + "\n")
    return 0


def cmd_checkin(args: argparse.Namespace, out) -> int:
    from welcome_desk.cli import CliError
    from welcome_desk.core.actor import RECEPTION, Actor
    from welcome_desk.core.checkin import CheckInError, check_in

    ws = _workspace(args)
    try:
        actor = Actor(args.staff or ws.booking.staff or "cli", role=RECEPTION, channel="cli")
        try:
            entry = check_in(ws.db, ws.centre, actor, ws.clock, args.code)
        except CheckInError as exc:
            raise CliError(str(exc)) from None
        if args.output is not None:
            from welcome_desk.slips.compose import compose_slip
            from welcome_desk.slips.render import write_slip

            try:
                write_slip(compose_slip(ws.centre, entry, ws.clock()), args.output, entry.language, args.paper)
            except OSError as exc:
                raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    finally:
        ws.close()
    out.write(f"{entry.ticket}  arrived  {entry.at:%H:%M}  {ws.centre.unit(entry.unit_id).name.get('de')}\n")
    if args.output is not None:
        out.write(f"{args.output}\n")
    return 0


COMMANDS = {"appointments": cmd_appointments, "checkin": cmd_checkin}
