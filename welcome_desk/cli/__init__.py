"""The ``welcome-desk`` command: the GUI with no sub-command, headless work otherwise.

The sub-commands are a stable contract for scripts and acceptance checks. One
module per group, each registering its parsers and commands; they share only
:mod:`welcome_desk.cli.common` (the error type, the actor, the team-lead gate,
opening the data), so nothing here imports in a circle:

- :mod:`.desk`: ``route``, ``book``, ``slip``
- :mod:`.queue`: ``queue``, ``call``, ``status``, ``cancel``, ``rebook``, ``refer``, ``find``
- :mod:`.data`: ``log``, ``report``, ``demo``, ``backup``, ``restore``, ``self-test``
- :mod:`.centre`: ``centre``
- :mod:`.calls`: ``calls``, ``display``, ``recall``, ``park``, ``counter``
- :mod:`.team_lead`: ``team-lead``, ``audit``, ``retention``, ``purge``, ``no-show-rule``

Every failure ends with a non-zero exit and one clear line on stderr, never a
traceback (set ``WELCOME_DESK_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO, Sequence

from typing import TYPE_CHECKING

from welcome_desk import __version__
from welcome_desk.cli.common import (
    EXIT_BUG,
    EXIT_FAILED,
    CliError,
    Command,
    Parser,
    Run,
    add_actor_args,
    check_outputs,
    check_text_arguments,
    expected_errors,
    shorten,
)

if TYPE_CHECKING:
    from types import ModuleType

    from welcome_desk.core.clock import Clock

__all__ = ["CliError", "build_parser", "main"]


def groups() -> tuple[ModuleType, ...]:
    """The command groups, imported when a command is parsed (the window needs none of them)."""
    from welcome_desk.cli import appointments, calls, centre, data, desk, queue, team_lead

    return (desk, queue, calls, data, centre, team_lead, appointments)


def commands() -> dict[str, Command]:
    return {name: command for group in groups() for name, command in group.COMMANDS.items()}


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"welcome-desk {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $WELCOME_DESK_DB or the per-user SQLite file)")
    parser.add_argument("--centre", metavar="ID",
                        help="use this centre (stored or bundled), making it the active one (team lead when it changes)")
    add_actor_args(parser, top=True)


def _global_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace | None, list[str]]:
    """The global options and the rest, or (None, []) to let the full parser say what is wrong.

    Building every sub-command's parser costs more than a tenth of the window's start (argparse
    looks up each help text's translation on disk), so the window's case is recognised with the
    global options alone, and a command gets only its own group's parsers.
    """
    parser = argparse.ArgumentParser(prog="welcome-desk", add_help=False, exit_on_error=False)
    _add_global_options(parser)
    try:
        return parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None, []


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser: every command's, or only the parsers of ``command``'s group."""
    parser = Parser(
        prog="welcome-desk",
        description="Reception desk of a welcome centre: route a concern, log or book the visit, print a slip. "
        "Without a command the window opens.",
    )
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    every = groups()
    wanted = [group for group in every if command in group.COMMANDS] or every
    for group in wanted:
        group.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None, stdin: IO[str] | None = None) -> int:
    """Run one command; ``clock`` and ``stdin`` are for tests (the centre's clock, a script's input)."""
    if argv is None:  # the process's own command line (not a test calling in)
        from welcome_desk.core.startup import collect_less_while_starting

        collect_less_while_starting()
    known, rest = _global_args(argv)
    if known is not None and not rest:  # no command: the window
        from welcome_desk.ui.app import run_gui

        return run_gui(known.db, known.centre)
    parser = build_parser(rest[0] if rest and known is not None else None)
    args = parser.parse_args(argv)
    if args.command is None:
        from welcome_desk.ui.app import run_gui

        return run_gui(args.db, args.centre)
    try:
        check_text_arguments(args)
        check_outputs(args)
        return commands()[args.command](Run(args, sys.stdout, clock, stdin))
    except expected_errors() as exc:
        sys.stderr.write(f"welcome-desk: {shorten(_masked(exc))}\n")
        return EXIT_FAILED
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("welcome-desk: interrupted\n")
        return 130
    except OSError as exc:  # a file the command was given: say which and what the system said
        where = f"{exc.filename}: " if exc.filename else ""
        sys.stderr.write(f"welcome-desk: {shorten(f'{where}{exc.strerror or exc}')}\n")
        return EXIT_FAILED
    except (OverflowError, RecursionError) as exc:
        what = "nested too deeply" if isinstance(exc, RecursionError) else "out of the range the desk works with"
        sys.stderr.write(f"welcome-desk: a value given is {what}\n")
        return EXIT_FAILED
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
