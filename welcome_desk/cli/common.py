"""What every ``welcome-desk`` sub-command shares: its error, its actor, the team-lead gate, opening the data.

A command is one :class:`Run`: the parsed arguments, where to write, who runs
it (the :class:`~welcome_desk.core.actor.Actor`: ``--staff``, else
``$WELCOME_DESK_STAFF``, else the OS account, channel ``cli``) and the clock.
:meth:`Run.gate` is the one team-lead check of the command line: it asks the
password (terminal without echo, or ``--password-stdin``) only when the
permission table says the actor needs it, and every refusal is audited.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Callable, Iterator

if TYPE_CHECKING:  # imported where a command runs: the window's start parses the options only
    from welcome_desk.core.actor import Actor
    from welcome_desk.core.clock import Clock
    from welcome_desk.core.permissions import Permission

EXIT_USAGE = 2
EXIT_FAILED = 1
EXIT_BUG = 70


class CliError(Exception):
    """A failure with a message meant for the person at the terminal."""


# Dates the desk works with: wide enough for any visit, narrow enough that a range never overflows.
FIRST_YEAR, LAST_YEAR = 1900, 2199
MAX_MESSAGE = 300  # characters per line of an error message; what a person typed is cut to fit
MAX_LINES = 20
OUTPUT_OPTIONS = ("output", "report", "screenshot")


class Parser(argparse.ArgumentParser):
    """argparse with short error lines: a 5,000-character argument is not echoed back whole."""

    def error(self, message: str):  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {shorten(message)}\n")


def shorten(text: str, limit: int = MAX_MESSAGE) -> str:
    """At most MAX_LINES lines of at most ``limit`` characters each (a message, not a dump)."""
    lines = str(text).splitlines() or [""]
    cut = [line if len(line) <= limit else f"{line[:limit - 1]}…" for line in lines[:MAX_LINES]]
    if len(lines) > MAX_LINES:
        cut.append(f"… and {len(lines) - MAX_LINES} more")
    return "\n".join(cut)


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _in_range(value, text: str):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{_shown(text)} is outside the years {FIRST_YEAR}–{LAST_YEAR} the desk works with")
    return value


def date_arg(text: str) -> dt.date:
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {_shown(text)}") from None
    return _in_range(value, text)


def datetime_arg(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time (YYYY-MM-DDTHH:MM): {_shown(text)}") from None
    if value.tzinfo is not None:
        raise argparse.ArgumentTypeError("give the local time without a time zone (YYYY-MM-DDTHH:MM)")
    return _in_range(value, text)


def check_month(text: str) -> None:
    """A month the report can cover (the report's own parser says what a month looks like)."""
    try:
        value = dt.datetime.strptime(text, "%Y-%m")
    except ValueError:
        return
    try:
        _in_range(value, text)
    except argparse.ArgumentTypeError as exc:
        raise CliError(f"--month: {exc}") from None


def add_force(p: argparse.ArgumentParser) -> None:
    p.add_argument("--force", action="store_true", help="replace an existing output file (never the database)")


def check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse text arguments with bytes that are not UTF-8 (Python keeps them as lone surrogates).

    No database or file can store such text; file names are exempt (the file system accepts any bytes).
    """
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\ud800" <= ch <= "\udfff" for ch in item):
                option = "the text" if name == "text" else f"--{name.replace('_', '-')}"
                raise CliError(f"{option} contains bytes that are not valid UTF-8 text; please retype it")


def check_outputs(args: argparse.Namespace) -> None:
    """Refuse, before any work, an output path that must not be written (see :mod:`welcome_desk.core.files`)."""
    from pathlib import Path

    targets = [getattr(args, name) for name in OUTPUT_OPTIONS if isinstance(getattr(args, name, None), Path)]
    if not targets:
        return  # most commands write no file: no database module (SQLAlchemy) for them
    from welcome_desk.core.database import resolve_url, sqlite_path
    from welcome_desk.core.files import OutputPathError, check_output_path, database_files

    try:
        protect = database_files(sqlite_path(resolve_url(args.db)))
    except Exception:  # a malformed --db is reported by the command itself
        protect = []
    for target in targets:
        try:
            check_output_path(target, force=bool(getattr(args, "force", False)), protect=protect)
        except OutputPathError as exc:
            raise CliError(str(exc)) from None


def add_actor_args(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--staff`` and ``--password-stdin``, on the main parser and again on each sub-command.

    On sub-commands their default is "not given" (SUPPRESS), so ``welcome-desk --staff AB purge``
    and ``welcome-desk purge --staff AB`` mean the same and neither loses the other.
    """
    default = {} if top else {"default": argparse.SUPPRESS}
    p.add_argument("--staff", metavar="NAME", help="who runs this, for the records (default: $WELCOME_DESK_STAFF, "
                   "else the OS account)", **default)
    p.add_argument("--password-stdin", action="store_true",
                   help="read the team-lead password from the first line of stdin (for scripts)", **default)


class Run:
    """One command: arguments, output, who runs it, the clock, and the team-lead gate."""

    def __init__(self, args: argparse.Namespace, out: IO[str], clock: Clock | None = None, stdin: IO[str] | None = None):
        self.args = args
        self.out = out
        self._given_clock = clock  # tests; otherwise the centre's clock once the centre is known
        from welcome_desk.core.actor import RECEPTION, Actor, command_line_name
        from welcome_desk.core.clock import system_clock

        self.clock: Clock = clock or system_clock
        self.stdin = stdin if stdin is not None else sys.stdin
        try:
            self.actor = Actor(command_line_name(getattr(args, "staff", None)), RECEPTION, channel="cli")
        except ValueError as exc:
            raise CliError(str(exc)) from None
        self._password: str | None = None

    # -- the team-lead gate

    def gate(self, db, permission: Permission) -> Actor:
        """The actor, as team lead when ``permission`` needs it and the password is right (asked once)."""
        from welcome_desk.core import team_lead

        with self.explained(permission):
            self.actor = team_lead.authorise(db, self.actor, permission, self.clock, self.password)
        return self.actor

    @contextmanager
    def explained(self, permission: Permission) -> Iterator[None]:
        """A refused team-lead password from the core, said in one line for the terminal."""
        from welcome_desk.core.passwords import RoleError

        try:
            yield
        except RoleError as exc:
            if exc.code == "no_password_given":
                raise CliError(
                    f"{permission.value.replace('_', ' ')} needs the team-lead password: run it at a terminal "
                    "or pass --password-stdin; nothing was changed"
                ) from None
            raise CliError(f"{exc}; nothing was changed") from None

    def password(self) -> str | None:
        """The team-lead password, asked once per command (the core calls this when it needs it)."""
        if self._password is None:
            self._password = self.ask("Team-lead password: ")
        return self._password

    def ask(self, label: str) -> str | None:
        """A secret from stdin's next line (``--password-stdin``) or the terminal without echo; None if neither."""
        if getattr(self.args, "password_stdin", False):
            line = self.stdin.readline()
            if not line:
                return None
            return line[:-1] if line.endswith("\n") else line
        if not self.stdin.isatty():
            return None
        try:
            import getpass

            return getpass.getpass(label)
        except EOFError:
            return None

    # -- opening the data

    def database(self):
        """The migrated database, without the start-up purge (for commands that do their own audited work)."""
        from welcome_desk.core.database import open_database, resolve_url
        from welcome_desk.core.migrations import upgrade

        db = open_database(resolve_url(self.args.db))
        try:
            upgrade(db)
            if self._given_clock is None:
                from welcome_desk.core.centre_store import stored_centre_clock

                self.clock = stored_centre_clock(db)  # the active centre's zone, not the desk's TZ
        except Exception:
            db.dispose()
            raise
        return db

    def workspace(self):
        """Database, centre, router and booking for this command's actor.

        ``--centre`` naming another centre than the active one is a team-lead
        power (it switches the centre for every desk): gated and audited.
        """
        from welcome_desk.core.workspace import open_workspace

        ws = open_workspace(self.args.db, clock=self._given_clock, actor=self.actor)
        self.clock = ws.clock  # the centre's clock (its time zone), whatever TZ this process has
        try:
            wanted = getattr(self.args, "centre", None)
            if wanted and wanted != ws.centre.id:
                from welcome_desk.core import centre_admin
                from welcome_desk.core.permissions import Permission

                ws.seat.take(self.gate(ws.db, Permission.CENTRE_USE))
                ws.use_centre(centre_admin.use_centre(ws.db, self.actor, self.clock, wanted))
        except BaseException:
            ws.close()
            raise
        return ws


Command = Callable[[Run], int]


def expected_errors() -> tuple[type[BaseException], ...]:
    """Failures that end a command with their one-line message (exit 1), not as a bug."""
    from welcome_desk.core.booking import BookingError
    from welcome_desk.core.centre import CentreError
    from welcome_desk.core.database import DatabaseError
    from welcome_desk.core.files import OutputPathError
    from welcome_desk.core.permissions import PermissionDenied
    from welcome_desk.core.retention import RetentionError
    from welcome_desk.core.roles import RoleError
    from welcome_desk.reports.jobs import ReportError

    from welcome_desk.core.appointment_import import DecisionError, FileFormatError
    from welcome_desk.core.checkin import CheckInError
    from welcome_desk.core.demo import NotADemoDatabase

    return (CliError, BookingError, CentreError, DatabaseError, PermissionDenied, ReportError, RoleError, RetentionError,
            OutputPathError, DecisionError, FileFormatError, CheckInError, NotADemoDatabase)
