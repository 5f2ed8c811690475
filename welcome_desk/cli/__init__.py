"""The ``welcome-desk`` command: the GUI with no sub-command, headless work otherwise.

The sub-commands are a stable contract for scripts and acceptance checks. One
module per group, each registering its parsers and commands; they share only
:mod:`welcome_desk.cli.common` (the error type, the actor, the team-lead gate,
opening the data), so nothing here imports in a circle:

- :mod:`.desk`: ``route``, ``book``, ``slip``
- :mod:`.queue`: ``queue``, ``call``, ``status``, ``cancel``, ``rebook``, ``refer``, ``find``
- :mod:`.data`: ``log``, ``report``, ``demo``, ``backup``, ``restore``, ``self-test``
- :mod:`.centre`: ``centre``
- :mod:`.team_lead`: ``team-lead``, ``audit``, ``retention``, ``purge``

Every failure ends with a non-zero exit and one clear line on stderr, never a
traceback (set ``WELCOME_DESK_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO, Sequence

from welcome_desk import __version__
from welcome_desk.cli import centre, data, desk, queue, team_lead
from welcome_desk.cli.common import EXIT_BUG, EXIT_FAILED, CliError, Command, Run, add_actor_args, expected_errors
from welcome_desk.core.clock import Clock

__all__ = ["CliError", "build_parser", "main"]

GROUPS = (desk, queue, data, centre, team_lead)
COMMANDS: dict[str, Command] = {name: command for group in GROUPS for name, command in group.COMMANDS.items()}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="welcome-desk",
        description="Reception desk of a welcome centre: route a concern, log or book the visit, print a slip. "
        "Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"welcome-desk {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $WELCOME_DESK_DB or the per-user SQLite file)")
    parser.add_argument("--centre", metavar="ID",
                        help="use this centre (stored or bundled), making it the active one (team lead when it changes)")
    add_actor_args(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None, stdin: IO[str] | None = None) -> int:
    """Run one command; ``clock`` and ``stdin`` are for tests (the centre's clock, a script's input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from welcome_desk.ui.app import run_gui

        return run_gui(args.db, args.centre)
    try:
        return COMMANDS[args.command](Run(args, sys.stdout, clock, stdin))
    except expected_errors() as exc:
        sys.stderr.write(f"welcome-desk: {_masked(exc)}\n")
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
            sys.stderr.write(f"welcome-desk: database problem: {_masked(getattr(exc, 'orig', exc))}\n")
            return EXIT_FAILED
        if isinstance(exc, SQLAlchemyError):
            sys.stderr.write(f"welcome-desk: database problem: {exc.__class__.__name__}\n")
            return EXIT_FAILED
        sys.stderr.write(
            f"welcome-desk: unexpected error ({exc.__class__.__name__}: {_masked(exc)}); "
            "set WELCOME_DESK_DEBUG=1 for details\n"
        )
        return EXIT_BUG


def _masked(exc: object) -> str:
    """The message with any connection password masked (see :func:`welcome_desk.core.database.mask_secrets`)."""
    from welcome_desk.core.database import mask_secrets

    return mask_secrets(str(exc))


if __name__ == "__main__":
    raise SystemExit(main())
