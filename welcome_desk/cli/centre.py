"""``welcome-desk centre``: validate, import, export, list or choose centre definitions.

Importing a centre and choosing the active one change what every desk sees:
team-lead powers, gated and audited through :mod:`welcome_desk.core.centre_admin`.
"""

from __future__ import annotations

import os
from pathlib import Path

from welcome_desk.cli.common import CliError, Run, add_actor_args, add_force
from welcome_desk.core.permissions import Permission


def add_parsers(sub) -> None:
    p = sub.add_parser("centre", help="validate, import, export or choose centre definitions")
    csub = p.add_subparsers(dest="centre_command", metavar="ACTION", required=True)
    c = csub.add_parser("validate", help="check a centre file; nothing is stored")
    c.add_argument("file", type=Path)
    c = csub.add_parser("import", help="check and store a centre file (team lead)")
    c.add_argument("file", type=Path)
    c.add_argument("--activate", action="store_true", help="make it the active centre")
    add_actor_args(c)
    c = csub.add_parser("export", help="write the active (or --id) centre as JSON")
    c.add_argument("-o", "--output", required=True, type=Path)
    add_force(c)
    c.add_argument("--id", dest="centre_id")
    csub.add_parser("list", help="stored and bundled centres")
    c = csub.add_parser("use", help="make a stored or bundled centre the active one (team lead)")
    c.add_argument("centre_id")
    add_actor_args(c)


def cmd_centre(run: Run) -> int:
    from welcome_desk.core import centre_admin, centre_store
    from welcome_desk.core.centre import bundled_centres, read_centre_file, validate_document

    args, out = run.args, run.out
    action = args.centre_command
    if action == "validate":
        data = read_centre_file(args.file)
        problems = validate_document(data, str(args.file))
        if problems:
            raise CliError("\n".join(problems))
        out.write(f"{args.file}: valid centre '{data['id']}' ({len(data['units'])} units, {len(data['concerns'])} concerns)\n")
        return 0
    db = run.database()
    try:
        if action == "import":
            data = read_centre_file(args.file)  # a bad file is refused before the password is asked
            actor = run.gate(db, Permission.CENTRE_IMPORT)
            centre = centre_admin.import_document(db, actor, run.clock, data, source=os.fsencode(args.file).decode("utf-8", "replace"), activate=args.activate)
            out.write(f"imported centre '{centre.id}'{' (active)' if args.activate else ''}\n")
        elif action == "export":
            if args.centre_id:
                centre_id = args.centre_id
            else:
                centre_id = centre_store.active_centre_id(db) or _use(run, db, args.centre or centre_store.DEFAULT_CENTRE).id
            if args.centre and not args.centre_id and args.centre != centre_id:
                centre_id = _use(run, db, args.centre).id
            try:
                centre_admin.export_centre(db, run.actor, run.clock, centre_id, args.output, force=args.force)
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
            out.write(f"active centre: {_use(run, db, args.centre_id).id}\n")
    finally:
        db.dispose()
    return 0


def _use(run: Run, db, centre_id: str):
    """Make ``centre_id`` active: a team-lead power when it changes the active centre."""
    from welcome_desk.core import centre_admin, centre_store

    if centre_store.active_centre_id(db) in (None, centre_id):
        return centre_store.ensure_active_centre(db, centre_id)  # first start, or no change
    return centre_admin.use_centre(db, run.gate(db, Permission.CENTRE_USE), run.clock, centre_id)


COMMANDS = {"centre": cmd_centre}
