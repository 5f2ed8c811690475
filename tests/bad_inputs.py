"""The bad-input corpus: command lines and centre files a careless (or hostile) person could give.

Shared by ``tests/cli/test_bad_input.py`` (every case, in-process) and
``tests/reliability.py`` (the figures). A case passes when the command ends
with a short, specific message: no "unexpected error", no traceback, no
message line over :data:`MAX_LINE` characters.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

MAX_LINE = 400
GENERIC = ("unexpected error", "Traceback", "database problem")

BIG = "9" * 5000
BIG_MARK = "@@5000-digit-number@@"  # replaced by BIG in the written file (Python cannot print such an int)
HUGE_IDS = ["9223372036854775807", "9223372036854775808", "18446744073709551616", "-9223372036854775809",
            "0", "-1", str(10**30)]
DATES = ["0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "20261124", "2026-11-24T09:00", "", "x",
         "+2026-11-24", "2026-11-24\x00", BIG[:40]]
DATETIMES = ["9999-12-31T23:59", "0001-01-01T00:00", "2026-11-24T25:00", "2026-11-24T09:00+05:00",
             "2027-03-28T02:30", "2026-10-25T02:30", "2026-11-24T09:07", "2026-11-24", "nonsense", "\udcff",
             "2026-11-24T09:00:00.999999", "2026-12-25T09:00"]
TEXTS = ["\udcff", "\ud800", "a\x00b", "x" * 100_000, "\u202e\u2066evil", "😀" * 300, "", " ", "\n\n"]
LANGS = ["xx", "", "../../etc", "de\x00", "x" * 5000, "\udcff", "AR", "zh-Hant-TW-x-private"]


@dataclass(frozen=True)
class Case:
    name: str
    argv: tuple[str, ...]
    needs_entry: bool = False


def cli_cases(folder: Path) -> list[Case]:
    """Command-line cases; ``folder`` is where file arguments point."""
    c: list[Case] = []
    add = lambda name, *argv, entry=False: c.append(Case(name, tuple(argv), entry))  # noqa: E731
    for lang in LANGS:
        add(f"slip --lang {lang[:10]!r}", "slip", "1", "--lang", lang, "-o", str(folder / "s.pdf"), "--force", entry=True)
        add(f"book --lang {lang[:10]!r}", "book", "--unit", "jobcenter", "--lang", lang)
        add(f"route --lang {lang[:10]!r}", "route", "Pass", "--lang", lang)
        add(f"log --lang {lang[:10]!r}", "log", "--lang", lang)
    for ident in HUGE_IDS + [BIG]:
        for cmd in (("slip", ident, "-o", str(folder / "s.pdf"), "--force"), ("status", ident, "done"),
                    ("cancel", ident), ("rebook", ident, "--at", "2026-11-24T09:00"), ("refer", ident, "--unit", "jobcenter")):
            add(f"{cmd[0]} id {ident[:12]}", *cmd)
    for day in DATES:
        add(f"log --date {day[:12]!r}", "log", "--date", day)
        add(f"log --from {day[:12]!r}", "log", "--from", day, "--to", "9999-12-31")
        add(f"queue --date {day[:12]!r}", "queue", "--date", day)
        add(f"find --from {day[:12]!r}", "find", "A-001", "--from", day, "--to", "9999-12-31")
    add("log range extreme", "log", "--from", "0001-01-01", "--to", "9999-12-31")
    add("log range extreme csv", "log", "--from", "0001-01-01", "--to", "9999-12-31", "--format", "csv")
    add("log range reversed", "log", "--from", "2026-12-01", "--to", "2026-01-01")
    add("log xlsx extreme", "log", "--from", "0001-01-01", "--to", "9999-12-31", "--format", "xlsx", "-o", str(folder / "x.xlsx"), "--force")
    add("log pdf extreme", "log", "--from", "0001-01-01", "--to", "9999-12-31", "--format", "pdf", "-o", str(folder / "x.pdf"), "--force")
    for at in DATETIMES:
        add(f"book --at {at[:16]!r}", "book", "--unit", "jobcenter", "--at", at)
        add(f"rebook --at {at[:16]!r}", "rebook", "1", "--at", at, entry=True)
        add(f"refer --at {at[:16]!r}", "refer", "1", "--unit", "immigration-office", "--at", at, entry=True)
    for text in TEXTS:
        add(f"book --name {text[:8]!r}", "book", "--unit", "jobcenter", "--name", text)
        add(f"book --contact {text[:8]!r}", "book", "--unit", "jobcenter", "--contact", text)
        add(f"route {text[:8]!r}", "route", text)
        add(f"find {text[:8]!r}", "find", text)
        add(f"book --unit {text[:8]!r}", "book", "--unit", text)
        add(f"book --concern {text[:8]!r}", "book", "--unit", "jobcenter", "--concern", text)
        add(f"call --unit {text[:8]!r}", "call", "--unit", text)
        add(f"audit --action {text[:8]!r}", "audit", "--action", text)
        add(f"centre use {text[:8]!r}", "centre", "use", text)
        add(f"--centre {text[:8]!r}", "--centre", text, "queue")
        add(f"--staff {text[:8]!r}", "--staff", text, "book", "--unit", "jobcenter")
    for month in ("0000-01", "9999-12", "2026-13", "2026-00", "26-11", "", BIG[:30], "\udcff", "2026-1"):
        add(f"report --month {month[:10]!r}", "report", "--month", month, "-o", str(folder / "r.pdf"), "--force")
    for n in ("0", "-5", "10000000000", BIG, "1e3"):
        add(f"route --limit {n[:10]}", "route", "Pass", "--limit", n)
        add(f"audit --limit {n[:10]}", "audit", "--limit", n)
        add(f"retention --days {n[:10]}", "retention", "--days", n, "--password-stdin")
        add(f"demo --days {n[:10]}", "demo", "--appointments", "1", "--days", n)
    add("demo appointments huge", "demo", "--appointments", BIG)
    add("demo days beyond calendar", "demo", "--appointments", "5", "--days", "999999999")
    for path in ("/dev/null", str(folder), str(folder / "missing" / "x.json"), "/proc/self/mem", "", "\udcff.json",
                 str(folder / ("x" * 300 + ".json"))):
        add(f"centre validate {path[-14:]!r}", "centre", "validate", path)
        add(f"centre import {path[-14:]!r}", "centre", "import", path)
        add(f"restore {path[-14:]!r}", "restore", path)
        add(f"centre export -o {path[-14:]!r}", "centre", "export", "-o", path)
        add(f"log -o {path[-14:]!r}", "log", "--format", "csv", "-o", path)
    for url in ("sqlite:///", "sqlite://", "nonsense://x", "postgresql+nodriver://x/y", "sqlite:///" + "/dev/null",
                "sqlite:///" + str(folder), "sqlite:////proc/version", "::::", "sqlite:///\udcff.db", "x" * 5000):
        add(f"--db {url[:20]!r}", "--db", url, "queue")
    return c


def centre_documents(base: dict) -> list[tuple[str, object]]:
    """Centre documents (a JSON-able value, or raw text/bytes) that must be refused with a precise message."""
    docs: list[tuple[str, object]] = []

    def variant(name, change):
        doc = copy.deepcopy(base)
        change(doc)
        docs.append((name, doc))

    variant("holiday region HES", lambda d: d["holiday_region"].update(subdivision="HES"))
    variant("holiday region lower he", lambda d: d["holiday_region"].update(subdivision="he"))
    variant("holiday country XX", lambda d: d["holiday_region"].update(country="XX"))
    variant("holiday country empty", lambda d: d["holiday_region"].update(country=""))
    variant("timezone unknown", lambda d: d.update(timezone="Mars/Olympus"))
    variant("timezone empty", lambda d: d.update(timezone=""))
    variant("timezone path", lambda d: d.update(timezone="../../etc/passwd"))
    variant("timezone number", lambda d: d.update(timezone=5))
    variant("lone surrogate in name", lambda d: d["units"][0]["name"].update(de="A\ud800B"))
    variant("lone surrogate in keyword", lambda d: d["concerns"][0]["keywords"].update(de=["\udcff"]))
    variant("surrogate id", lambda d: d.update(id="giessen\ud800"))
    variant("5000-digit slot minutes", lambda d: d["units"][0].update(slot_minutes=BIG_MARK))
    variant("huge slot capacity", lambda d: d["units"][0].update(slot_capacity=2**70))
    variant("negative slot", lambda d: d["units"][0].update(slot_minutes=-15))
    variant("float slot", lambda d: d["units"][0].update(slot_minutes=15.5))
    variant("slot NaN", lambda d: d["units"][0].update(slot_minutes=float("nan")))
    variant("oversized concern list", lambda d: d.update(concerns=d["concerns"] * 3000))
    variant("oversized unit list", lambda d: d.update(units=[dict(d["units"][0], id=f"u{i}", ticket_prefix=f"P{i}") for i in range(5000)]))
    variant("oversized keyword list", lambda d: d["concerns"][0]["keywords"].update(de=["wort"] * 100_000))
    variant("long id", lambda d: d.update(id="x" * 100_000))
    variant("long unit name", lambda d: d["units"][0]["name"].update(de="x" * 1_000_000))
    variant("hours 25:00", lambda d: d["schedules"][0].update(closes_at="25:00"))
    variant("hours 23:60", lambda d: d["schedules"][0].update(closes_at="23:60"))
    variant("hours reversed", lambda d: d["schedules"][0].update(opens_at="18:00", closes_at="08:00"))
    variant("byday nonsense", lambda d: d["schedules"][0].update(byday="XX,YY"))
    variant("byday empty", lambda d: d["schedules"][0].update(byday=""))
    variant("closed date invalid", lambda d: d.update(closed_dates=["2026-02-30"]))
    variant("closed date year 0", lambda d: d.update(closed_dates=["0000-01-01"]))
    variant("closed dates huge", lambda d: d.update(closed_dates=["2026-12-24"] * 200_000))
    variant("unit id null", lambda d: d["units"][0].update(id=None))
    variant("units empty", lambda d: d.update(units=[]))
    variant("units object", lambda d: d.update(units={"a": 1}))
    variant("concern unknown unit", lambda d: d["concerns"][0].update(units=["nope"]))
    variant("languages nonsense", lambda d: d.update(languages=["xx-\udcff"]))
    variant("languages huge", lambda d: d.update(languages=["de"] * 100_000))
    variant("ticket prefix long", lambda d: d["units"][0].update(ticket_prefix="X" * 1000))
    variant("ticket prefix empty", lambda d: d["units"][0].update(ticket_prefix=""))
    variant("format wrong", lambda d: d.update(format="other"))
    variant("format version huge", lambda d: d.update(format_version=BIG_MARK))
    for key in list(base)[:12]:
        variant(f"missing {key}", lambda d, k=key: d.pop(k))
        variant(f"{key} is null", lambda d, k=key: d.update({k: None}))
        variant(f"{key} is a huge number", lambda d, k=key: d.update({k: BIG_MARK}))
    deep = "[" * 100_000 + "]" * 100_000
    docs += [
        ("deep nesting", deep),
        ("deep nesting object", '{"a":' * 50_000 + "1" + "}" * 50_000),
        ("deep nesting in field", json.dumps(base)[:-1] + ', "extra": ' + "[" * 5000 + "]" * 5000 + "}"),
        ("5000-digit number", '{"id": ' + BIG + "}"),
        ("5000-digit number in unit", json.dumps(base).replace('"slot_minutes": 15', '"slot_minutes": ' + BIG, 1)),
        ("5000-digit float", '{"id": 1.' + BIG + "}"),
        ("exponent overflow", '{"id": 1e999999}'),
        ("NaN literal", '{"id": NaN}'),
        ("Infinity literal", '{"id": Infinity}'),
        ("lone surrogate escape", json.dumps(base).replace('"id": "giessen"', '"id": "gi\\ud800essen"', 1)),
        ("lone surrogate escape in name", json.dumps(base, ensure_ascii=True).replace("Gie\\u00dfen", "Gie\\udcffen", 1)),
        ("invalid utf-8", b'{"id": "\xff\xfe"}'),
        ("utf-16", json.dumps(base).encode("utf-16")),
        ("empty file", ""),
        ("null", "null"),
        ("array", "[]"),
        ("string", '"centre"'),
        ("number", "42"),
        ("truncated", json.dumps(base)[:500]),
        ("trailing garbage", json.dumps(base) + "garbage"),
        ("duplicate keys", '{"id": "a", "id": "b"}'),
        ("NUL byte", '{"id": "a\\u0000b"}'),
        ("BOM twice", "\ufeff\ufeff" + json.dumps(base)),
        ("control chars", json.dumps(base).replace("Gie", "Gie\\u0007", 1)),
        ("bidi override name", json.dumps(base).replace("Gie", "\\u202eGie", 1)),
    ]
    return docs


def centre_cases(folder: Path, base: dict) -> list[Case]:
    """Each centre document written to a file, for ``centre validate`` and ``centre import``."""
    cases = []
    for i, (name, doc) in enumerate(centre_documents(base)):
        path = folder / f"centre-{i:03d}.json"
        if isinstance(doc, bytes):
            path.write_bytes(doc)
        elif isinstance(doc, str):
            path.write_bytes(doc.encode("utf-8", "surrogatepass"))
        else:
            text = json.dumps(doc, ensure_ascii=False).replace(f'"{BIG_MARK}"', BIG)
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
        cases.append(Case(f"validate {name}", ("centre", "validate", str(path))))
        cases.append(Case(f"import {name}", ("centre", "import", str(path))))
    return cases


@dataclass(frozen=True)
class Outcome:
    case: Case
    code: int
    stderr: str

    @property
    def generic(self) -> bool:
        return any(g in self.stderr for g in GENERIC) or self.code == 70

    @property
    def too_long(self) -> bool:
        return any(len(line) > MAX_LINE for line in self.stderr.splitlines())

    @property
    def ok(self) -> bool:
        return not self.generic and not self.too_long


def run_case(case: Case, db_url: str, cwd: Path | None = None) -> Outcome:
    """Run ``welcome-desk`` in this process (argparse exits are caught) and keep stderr.

    Relative paths the cases name land in ``cwd`` (a scratch folder), never in the checkout.
    """
    from welcome_desk import cli

    argv = list(case.argv)
    if "--db" not in argv:
        argv = ["--db", db_url, *argv]
    err = io.StringIO()
    out = io.StringIO()
    old_env = os.environ.get("WELCOME_DESK_DEBUG")
    os.environ.pop("WELCOME_DESK_DEBUG", None)
    old_cwd = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse: usage errors
                code = exc.code if isinstance(exc.code, int) else 2
            except BaseException as exc:  # noqa: BLE001 - a crash is an outcome here
                code = 99
                err.write(f"Traceback: {exc.__class__.__name__}: {str(exc)[:200]}\n")
    finally:
        os.chdir(old_cwd)
        if old_env is not None:
            os.environ["WELCOME_DESK_DEBUG"] = old_env
    return Outcome(case, code, err.getvalue())
