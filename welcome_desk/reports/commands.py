"""The ``log`` and ``report`` sub-commands of ``welcome-desk`` (the parser lives in :mod:`welcome_desk.cli`).

Files are written whole or not at all. Exports to a file, exports with personal
fields and reports go through the export use case (:mod:`welcome_desk.core.exports`):
authorised for the command's actor and recorded in the audit log (what: file
name, range, personal yes/no).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

from welcome_desk.core import exports
from welcome_desk.core.logquery import LogFilter, iter_records
from welcome_desk.reports.jobs import Job, ReportError, atomic_output


def log_filter(args, today: dt.date) -> LogFilter:
    """The filter the ``log`` arguments ask for (``--date`` or ``--from``/``--to``)."""
    if args.date and (args.start or args.end):
        raise ReportError("give either --date or --from/--to, not both")
    if args.end and not args.start:
        raise ReportError("--to needs --from")
    start = args.date or args.start or today
    end = args.end or start
    try:
        return LogFilter(start, end, unit=args.unit, concern=args.concern, status=args.status,
                         language=args.language, staff=args.by_staff, kind=args.kind)
    except ValueError as exc:
        raise ReportError(str(exc)) from None


def _progress(label: str) -> Job:
    if not sys.stderr.isatty():
        return Job()
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = min(100, done * 100 // max(1, total))
        if percent != shown[0]:
            sys.stderr.write(f"\r{label}: {percent:3d} %")
            shown[0] = percent

    return Job(progress=progress)


def _end_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\n")


def _json_record(r: dict[str, Any], centre_id: str) -> dict[str, Any]:
    out = {"centre": centre_id}
    for key, value in r.items():
        if isinstance(value, dt.datetime):
            value = value.isoformat(timespec="minutes")
        elif isinstance(value, dt.date):
            value = value.isoformat()
        out[key] = value
    return out


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise ReportError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise ReportError(f"the folder {path.parent} does not exist")


def run_log(args, ws, out, actor, password=None) -> int:
    """``welcome-desk log``: table, CSV, JSON, XLSX or the day list PDF of a day or a range.

    ``password`` (a callable) gives the team-lead password when ``--personal`` asks for names.
    """
    from welcome_desk.reports import export

    flt = log_filter(args, ws.clock().date())
    personal = bool(args.personal)
    fmt = args.format
    target: Path | None = args.output
    if fmt in ("xlsx", "pdf") and target is None:
        raise ReportError(f"--format {fmt} needs -o FILE")
    if personal and fmt in ("table", "pdf"):
        raise ReportError("--personal works with --format csv, json or xlsx")
    if target is not None:
        _check_target(target)
    actor = exports.authorise(ws.db, actor, ws.clock, personal=personal, password=password)
    try:
        if fmt == "csv" and target is None:
            export.write_csv_stream(out, ws.db, ws.centre, flt, args.lang, personal=personal, lineterminator="\n")
        elif fmt == "csv":
            n = export.write_csv(target, ws.db, ws.centre, flt, args.lang, personal=personal, job=_progress("CSV"))
            _end_progress()
        elif fmt == "xlsx":
            from welcome_desk.core.stats import summarize

            summary = summarize(ws.db, ws.centre, flt.start, flt.last, flt=flt)
            n = export.write_xlsx(target, ws.db, ws.centre, flt, args.lang, personal=personal, job=_progress("XLSX"),
                                  summary=summary)
            _end_progress()
        elif fmt == "pdf":
            from welcome_desk.reports.daylist import write_day_list

            n = write_day_list(target, ws.db, ws.centre, flt, _report_lang(args.lang), now=ws.clock(),
                               job=_progress("PDF"))
            _end_progress()
        elif fmt == "json":
            records = [_json_record(r, ws.centre.id) for batch in iter_records(ws.db, ws.centre, flt, args.lang,
                                                                                 personal=personal) for r in batch]
            head = {"date": flt.start.isoformat()} if flt.last == flt.start else {
                "from": flt.start.isoformat(), "to": flt.last.isoformat()}
            text = json.dumps({**head, "entries": records}, ensure_ascii=False, indent=2) + "\n"
            n = len(records)
            if target is None:
                out.write(text)
            else:
                with atomic_output(target) as tmp:
                    tmp.write_text(text, "utf-8")
        else:
            text = _table(flt, ws, args.lang)
            if target is None:
                out.write(text)
            else:
                with atomic_output(target) as tmp:
                    tmp.write_text(text, "utf-8")
            n = 0
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise ReportError(f"cannot write {target or 'the output'}: {exc.strerror or exc}") from None
    if target is not None or personal:
        what = fmt if target is None else target.name
        detail = f"log {fmt} {what}; {flt.describe()}; personal {'yes' if personal else 'no'}"
        exports.record(ws.db, actor, ws.clock, detail, personal=personal)
    if target is not None:
        out.write(f"{target}  ({n} entries)\n" if fmt != "table" else f"{target}\n")
    return 0


def _report_lang(lang: str) -> str:
    return lang if lang in ("de", "en") else "en"


def _table(flt: LogFilter, ws, lang: str) -> str:
    buf = io.StringIO()
    records = [r for batch in iter_records(ws.db, ws.centre, flt, lang) for r in batch]
    multi = flt.last != flt.start
    if multi:
        buf.write(f"{flt.start:%Y-%m-%d} – {flt.last:%Y-%m-%d} — {len(records)} entries\n")
    else:
        buf.write(f"{flt.start:%A, %Y-%m-%d} — {len(records)} entries\n")
    for r in records:
        when = f"{r['at']:%Y-%m-%d %H:%M}" if multi else f"{r['at']:%H:%M}"
        buf.write(f"{when}  {r['ticket']:<7} {r['status']:<10} {r['unit_name'][:30]:<30} {r['concern_label'][:40]}\n")
    return buf.getvalue()


def run_report(args, ws, out, actor) -> int:
    """``welcome-desk report --month YYYY-MM | --year YYYY -o FILE.pdf|FILE.xlsx|FILE.csv``: the county report
    or its indicator sheet; every one hides the same cells (:mod:`welcome_desk.reports.suppression`)."""
    from welcome_desk.reports.indicators import write_indicator_csv, write_indicator_sheet
    from welcome_desk.reports.monthly import parse_month, parse_year, period_data, write_period_report

    try:
        year, month = parse_month(args.month) if args.month else (parse_year(args.year), None)
    except ValueError as exc:
        raise ReportError(str(exc)) from None
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".xlsx", ".csv"):
        raise ReportError(
            f"the output must end in .pdf (the report), .xlsx or .csv (the indicator sheet): {args.output.name}")
    _check_target(args.output)
    label = f"{year:04d}-{month:02d}" if month else f"{year:04d}"
    exports.authorise(ws.db, actor, ws.clock, personal=False, action="report")
    try:
        job = _progress("report")
        data = period_data(ws.db, ws.centre, year, month, job)
        if suffix == ".pdf":
            write_period_report(args.output, ws.db, ws.centre, data, args.lang, now=ws.clock(), job=job)
        elif suffix == ".csv":
            write_indicator_csv(args.output, ws.centre, data, args.lang)
        else:
            write_indicator_sheet(args.output, ws.centre, data, args.lang, now=ws.clock())
    except OSError as exc:
        raise ReportError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    finally:
        _end_progress()
    kind = "monthly" if month else "yearly"
    detail = f"{kind} report {label} {args.output.name}; personal no"
    exports.record(ws.db, actor, ws.clock, detail, personal=False, action="report")
    out.write(f"{args.output}\n")
    return 0
