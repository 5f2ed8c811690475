"""The desk's everyday sub-commands: ``route``, ``book``, ``slip``."""

from __future__ import annotations

import json
from pathlib import Path

from welcome_desk.cli.common import CliError, Run, add_actor_args, datetime_arg


def add_parsers(sub) -> None:
    p = sub.add_parser("route", help="which unit is responsible for a concern")
    p.add_argument("text", nargs="+", help="the concern in a few words")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", default="de", help="language of names and reasons (de or en)")
    p.add_argument("--limit", type=int, default=5)
    add_actor_args(p)

    p = sub.add_parser("book", help="log a walk-in now, or book an appointment with --at")
    p.add_argument("--unit", required=True, metavar="UNIT_ID")
    p.add_argument("--concern", metavar="CONCERN_ID")
    p.add_argument("--at", type=datetime_arg, metavar="YYYY-MM-DDTHH:MM", help="appointment slot start")
    p.add_argument("--lang", default="de", metavar="CODE", help="the visitor's language (for the slip)")
    p.add_argument("--name", metavar="TEXT", help="the visitor's name (optional; erased after the retention period)")
    p.add_argument("--contact", metavar="TEXT", help="phone or e-mail (optional; erased after the retention period)")
    p.add_argument("--json", action="store_true")
    add_actor_args(p)

    p = sub.add_parser("slip", help="write the referral slip of an entry as PDF")
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("--lang", help="the visitor's language (default: the entry's)")
    p.add_argument("--paper", choices=("A4", "A5", "A6", "receipt80"), default="A5")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_actor_args(p)


def cmd_route(run: Run) -> int:
    args, out = run.args, run.out
    ws = run.workspace()
    try:
        result = ws.router.route(" ".join(args.text), limit=args.limit)
    finally:
        ws.close()
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
                    "answers": [
                        {"id": a.id, "label": a.label.get(lang), "units": list(a.units)} for a in result.question.answers
                    ],
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


def cmd_book(run: Run) -> int:
    args, out = run.args, run.out
    ws = run.workspace()
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


def cmd_slip(run: Run) -> int:
    from welcome_desk.slips.compose import compose_slip
    from welcome_desk.slips.render import write_slip

    args = run.args
    ws = run.workspace()
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
    run.out.write(f"{args.output}\n")
    return 0


COMMANDS = {"route": cmd_route, "book": cmd_book, "slip": cmd_slip}
