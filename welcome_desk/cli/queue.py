"""The queue sub-commands of ``welcome-desk``: queue, call, status, cancel, rebook, refer, find.

Errors are the core's :class:`BookingError` (one line, exit 1) like every other command.
Output leaves out personal fields unless asked for (``find --names``).
"""

from __future__ import annotations

import argparse
import json

from welcome_desk.cli.common import CliError, Run, add_actor_args, date_arg, datetime_arg
from welcome_desk.core import entries as E
from welcome_desk.core.permissions import Permission

STATUS_WORDS = {s.replace("_", "-"): s for s in E.STATUSES} | {s: s for s in E.STATUSES}


def _status(text: str) -> str:
    status = STATUS_WORDS.get(text.strip().lower())
    if status is None:
        raise argparse.ArgumentTypeError(f"unknown status {text!r} (known: {', '.join(s.replace('_', '-') for s in E.STATUSES)})")
    return status


def add_parsers(sub) -> None:
    p = sub.add_parser("queue", help="today's queue: who is expected, waiting or called, per unit")
    p.add_argument("--unit", metavar="UNIT_ID")
    p.add_argument("--date", type=date_arg, help="YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("call", help="call the next waiting visitor of a unit (shown on the display)")
    p.add_argument("--unit", required=True, metavar="UNIT_ID")
    p.add_argument("--counter", metavar="TEXT", help="the counter to come to (default: this desk's, see `counter`)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("status", help="change the status of an entry (e.g. arrived, no-show, done)")
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("status", type=_status, metavar="STATUS", help=", ".join(s.replace("_", "-") for s in E.STATUSES))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("cancel", help="cancel an entry (an appointment's place becomes free)")
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")

    p = sub.add_parser("rebook", help="move an appointment to another free slot")
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("--at", required=True, type=datetime_arg, metavar="YYYY-MM-DDTHH:MM")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("refer", help="send a visitor on to another unit: a new linked ticket (or appointment with --at)")
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("--unit", required=True, metavar="UNIT_ID")
    p.add_argument("--concern", metavar="CONCERN_ID")
    p.add_argument("--at", type=datetime_arg, metavar="YYYY-MM-DDTHH:MM", help="an appointment instead of a ticket for today")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("find", help="find entries by ticket (A-012), visitor name or date")
    p.add_argument("text", nargs="+")
    p.add_argument("--from", dest="start", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--names", action="store_true",
                   help="show the visitors' names (personal data; team lead, asks the password, audited)")
    p.add_argument("--json", action="store_true")
    for name in COMMANDS:
        add_actor_args(sub.choices[name])


def _line(entry: E.EntryView, extra: str = "") -> str:
    link = ""
    if entry.referred_to:
        link = f"  → {entry.referred_to}"
    elif entry.referred_from:
        link = f"  ← {entry.referred_from}"
    what = "walk-in" if entry.kind == E.WALK_IN else "appointment"
    return f"{entry.ticket:<7} {what:<11} {entry.at:%Y-%m-%d %H:%M}  {entry.status:<10} {entry.unit_id}{link}{extra}  (entry {entry.id})\n"


def _json(out, data) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def cmd_queue(run: Run) -> int:
    from welcome_desk.core.queue import QueueService

    args, out = run.args, run.out
    ws = run.workspace()
    try:
        items = QueueService(ws.booking).queue(args.unit, args.date)
        day = args.date or ws.clock().date()
    finally:
        ws.close()
    if args.json:
        _json(out, {
            "date": day.isoformat(),
            "queue": [dict(item.entry.to_json(), waiting_minutes=item.waiting_minutes) for item in items],
        })
        return 0
    waiting = sum(1 for item in items if item.waiting)
    out.write(f"{day:%A, %Y-%m-%d} — {waiting} waiting, {len(items)} in the queue\n")
    for item in items:
        minutes = "" if item.waiting_minutes is None else f"  waited {item.waiting_minutes} min"
        out.write(_line(item.entry, minutes))
    return 0


def cmd_call(run: Run) -> int:
    from welcome_desk.core import calls
    from welcome_desk.core.queue import QueueService
    from welcome_desk.core.settings import load_settings

    args, out = run.args, run.out
    ws = run.workspace()
    try:
        queue = QueueService(ws.booking)
        counter = args.counter if args.counter is not None else load_settings().counter  # the desk's counter
        called = calls.call_next(ws.db, ws.centre, run.actor, ws.clock, args.unit, counter)
        entry = called[0] if called else None
        waited = queue.times(entry.id).waiting_minutes(ws.clock()) if entry else None
    finally:
        ws.close()
    if args.json:
        _json(out, {"called": entry.to_json() if entry else None, "waiting_minutes": waited})
    elif entry is None:
        out.write(f"nobody is waiting for {args.unit}\n")
    else:
        out.write(_line(entry, f"  waited {waited} min" if waited is not None else ""))
    return 0


def cmd_status(run: Run) -> int:
    args, out = run.args, run.out
    ws = run.workspace()
    try:
        entry = ws.booking.set_status(args.entry_id, args.status)
    finally:
        ws.close()
    if getattr(args, "json", False):
        _json(out, entry.to_json())
    else:
        out.write(_line(entry))
    return 0


def cmd_cancel(run: Run) -> int:
    run.args.status = E.CANCELLED
    return cmd_status(run)


def cmd_rebook(run: Run) -> int:
    args, out = run.args, run.out
    ws = run.workspace()
    try:
        entry = ws.booking.rebook(args.entry_id, args.at)
    finally:
        ws.close()
    if args.json:
        _json(out, entry.to_json())
    else:
        out.write(_line(entry))
    return 0


def cmd_refer(run: Run) -> int:
    args, out = run.args, run.out
    ws = run.workspace()
    try:
        referral = ws.booking.refer_onward(args.entry_id, args.unit, args.concern, at=args.at)
    finally:
        ws.close()
    if args.json:
        _json(out, {"referred": referral.source.to_json(), "new": referral.entry.to_json()})
    else:
        out.write(_line(referral.source))
        out.write(_line(referral.entry))
    return 0


def cmd_find(run: Run) -> int:
    from welcome_desk.core.find import FindError, find_visits

    args, out = run.args, run.out
    ws = run.workspace()
    try:
        actor = run.gate(ws.db, Permission.SHOW_NAMES) if args.names else run.actor  # names: the team lead's
        try:
            found = find_visits(ws.db, ws.centre, actor, ws.clock, " ".join(args.text), names=args.names,
                                start=args.start, end=args.end)
        except FindError as exc:
            raise CliError(str(exc)) from None
    finally:
        ws.close()
    if args.json:
        _json(out, {
            "kind": found.kind,
            "from": found.start.isoformat(),
            "to": found.end.isoformat(),
            "more": found.more,
            "entries": [_found_json(e, args.names) for e in found.entries],
        })
        return 0
    if not found.entries:
        out.write(f"nothing found ({found.start:%Y-%m-%d} – {found.end:%Y-%m-%d})\n")
        return 0
    for entry in found.entries:
        name = f"  {entry.visitor_name}" if args.names and entry.visitor_name else ""
        out.write(_line(entry, name))
    if found.more:
        out.write(f"… more than {len(found.entries)} found; narrow the search\n")
    return 0


def _found_json(entry: E.EntryView, names: bool) -> dict:
    data = entry.to_json()
    if names:
        data["visitor_name"] = entry.visitor_name
    return data


COMMANDS = {
    "queue": cmd_queue,
    "call": cmd_call,
    "status": cmd_status,
    "cancel": cmd_cancel,
    "rebook": cmd_rebook,
    "refer": cmd_refer,
    "find": cmd_find,
}
