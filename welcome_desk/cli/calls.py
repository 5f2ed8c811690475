"""The call sub-commands of ``welcome-desk``: calls (--follow), recall, park, counter, and the display.

``welcome-desk calls --follow --json`` prints one JSON line per call as it
happens (ticket, unit, counter, room, time, slip language, recall count —
never personal data), for other systems to listen to: a ticket screen, a
sound system. It wakes on the change feed (PostgreSQL NOTIFY, SQLite's
data_version) and then reads only the calls it has not printed.

``welcome-desk counter 3`` sets this desk's counter (a desk setting, the same the
window's *Visit ▸ Counter at this desk* sets): ``call`` and ``recall`` without
``--counter`` carry it, so the display shows "A-017 → Schalter 3, Raum B 0.12".
"""

from __future__ import annotations

import json
import sys

from welcome_desk.cli.common import CliError, Run, add_actor_args

FOLLOW_WAIT_S = 1.0  # one blocking wait of the feed; the loop checks for new calls after each


def add_parsers(sub) -> None:
    p = sub.add_parser("calls", help="the day's calls; --follow prints each new call as it happens")
    p.add_argument("--follow", action="store_true", help="keep running and print every new call (Ctrl+C ends)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="without --follow: the newest N calls")

    p = sub.add_parser("display", help="the full-screen call display for the waiting room (tickets only, never names)")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--silent", action="store_true", help="no chime and no spoken calls")

    p = sub.add_parser("recall", help="call a called or parked visitor again")
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("--counter", metavar="TEXT", help="the counter to come to (default: this desk's, see `counter`)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("counter", help="show or set this desk's counter, carried by every call made here")
    p.add_argument("counter", nargs="?", metavar="TEXT", help='e.g. 3 (the display shows "Schalter 3"); "" = the room alone')
    p.add_argument("--clear", action="store_true", help="no counter: calls from this desk name the room alone")

    p = sub.add_parser("park", help="a called visitor did not come: park them (a no-show after the set missed calls)")
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("--json", action="store_true")
    for name in ("recall", "park"):
        add_actor_args(sub.choices[name])


def _line(call, centre) -> str:
    mark = " *" if call.sample_room(centre) else ""  # an invented sample room of the centre file
    place = ", ".join(p for p in (f"Schalter {call.counter}" if call.counter else "", f"Raum {call.room}{mark}" if call.room else "") if p)
    again = f"  (re-call {call.recall})" if call.recall else ""
    return f"{call.at:%H:%M:%S}  {call.ticket:<7} → {place or call.unit_id}{again}\n"


def _emit(out, call, as_json: bool, centre) -> None:
    out.write(json.dumps(call.to_json(centre), ensure_ascii=False) + "\n" if as_json else _line(call, centre))
    out.flush()


def cmd_calls(run: Run) -> int:
    from welcome_desk.core import calls
    from welcome_desk.core.changefeed import ChangeFeed

    args, out = run.args, run.out
    ws = run.workspace()
    try:
        if not args.follow:
            for call in reversed(calls.latest_calls(ws.db, ws.centre.id, ws.clock().date(), max(1, args.limit))):
                _emit(out, call, args.json, ws.centre)
            return 0
        feed = ChangeFeed(ws.db)
        try:
            seen = calls.last_call_id(ws.db, ws.centre.id)
            sys.stderr.write("following calls; Ctrl+C ends\n")  # on stderr: stdout stays pure JSON lines
            sys.stderr.flush()
            while True:
                if feed.changed(FOLLOW_WAIT_S):
                    for call in calls.calls_after(ws.db, ws.centre.id, seen):
                        _emit(out, call, args.json, ws.centre)
                        seen = call.id
        except KeyboardInterrupt:
            return 0
        finally:
            feed.close()
    finally:
        ws.close()


def cmd_recall(run: Run) -> int:
    from welcome_desk.core import calls

    args, out = run.args, run.out
    ws = run.workspace()
    try:
        counter = args.counter if args.counter is not None else desk_counter()
        entry, call = calls.recall(ws.db, ws.centre, run.actor, ws.clock, args.entry_id, counter)
    finally:
        ws.close()
    _emit(out, call, args.json, ws.centre)
    return 0


def cmd_park(run: Run) -> int:
    from welcome_desk.core import calls

    args, out = run.args, run.out
    ws = run.workspace()
    try:
        parked = calls.park(ws.db, ws.centre, run.actor, ws.clock, args.entry_id)
    finally:
        ws.close()
    if args.json:
        out.write(json.dumps({"entry": parked.entry.to_json(), "missed_calls": parked.missed_calls,
                              "no_show": parked.no_show}, ensure_ascii=False) + "\n")
    elif parked.no_show:
        out.write(f"{parked.entry.ticket}: {parked.missed_calls} missed calls — now a no-show\n")
    else:
        out.write(f"{parked.entry.ticket}: parked ({parked.missed_calls} missed); re-call with: welcome-desk recall {parked.entry.id}\n")
    return 0


def desk_counter() -> str:
    """This desk's counter (its settings file), "" when none is set."""
    from welcome_desk.core.settings import load_settings

    return load_settings().counter


def cmd_counter(run: Run) -> int:
    from dataclasses import replace

    from welcome_desk.core.settings import MAX_COUNTER, clean_counter, load_settings, save_settings

    args, out = run.args, run.out
    settings = load_settings()
    if args.clear and args.counter:
        raise CliError("give a counter or --clear, not both; nothing was changed")
    if not args.clear and args.counter is None:
        out.write(f"counter at this desk: {settings.counter}\n" if settings.counter
                  else "no counter set at this desk: calls name the room alone\n")
        return 0
    try:
        counter = "" if args.clear else clean_counter(args.counter)
    except ValueError:
        raise CliError(f"the counter is too long (at most {MAX_COUNTER} characters); nothing was changed") from None
    save_settings(replace(settings, counter=counter))
    out.write(f"calls from this desk go to counter {counter}\n" if counter else "calls from this desk name the room alone\n")
    return 0


def cmd_display(run: Run) -> int:
    args = run.args
    from welcome_desk.ui.display.app import run_display

    return run_display(args.db, args.centre, windowed=args.windowed, silent=args.silent)


COMMANDS = {"display": cmd_display, "calls": cmd_calls, "recall": cmd_recall, "park": cmd_park, "counter": cmd_counter}
