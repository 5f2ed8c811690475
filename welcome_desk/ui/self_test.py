"""``welcome-desk self-test``: does this installation work? Start, route, book, make a slip, quit.

Runs the real reception window (offscreen when ``QT_QPA_PLATFORM=offscreen``) on a
throw-away database unless ``--db`` names one, so it is safe on a reception PC and
in a freshly built bundle (``packaging/smoke_test.py`` runs it). Nothing waits for
a person: message boxes are recorded and the print preview is rendered, looked at
and closed. The result is a JSON report; the exit code is 0 only if every step passed.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import time
from pathlib import Path

CONCERN = "Visum verlängern"
# A check of the installation, not of today's opening hours: the self-test's desk lives on a
# Tuesday morning when the bundled centre's units are open, so it passes at night, at weekends,
# on holidays and in any time zone (a closed unit would ask before issuing a ticket).
DESK_TIME = (2026, 11, 24, 10, 0)


def run_self_test(db_url: str | None, report: Path | None = None, screenshot: Path | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontDatabase, QFontInfo
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from welcome_desk.core.clock import fixed_clock
    from welcome_desk.core.settings import Settings
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.ui.app import make_application
    from welcome_desk.ui.fonts import register_bundled_fonts
    from welcome_desk.ui.i18n import Translations
    from welcome_desk.ui.main_window import MainWindow
    from welcome_desk.ui.printing import SlipPrinter
    from welcome_desk.ui.style import apply_style

    started = time.perf_counter()
    steps: dict[str, object] = {}
    problems: list[str] = []

    def check(ok: bool, what: str) -> bool:
        if not ok:
            problems.append(what)
        return ok

    scratch = tempfile.TemporaryDirectory(prefix="welcome-desk-self-test-")
    url = db_url or f"sqlite:///{Path(scratch.name) / 'self-test.sqlite'}"
    app = make_application()
    bundled = register_bundled_fonts()
    translations = Translations(app)
    translations.install("de")
    apply_style(app)

    class Recorded:
        def __init__(self) -> None:
            self.shown: list[str] = []

        def error(self, _parent, title, text, details=""):
            self.shown.append(f"{title}: {text} {details}".strip())

        warning = info = error

    messages = Recorded()
    previews: list[dict] = []

    def run_dialog(dialog) -> int:
        if isinstance(dialog, QPrintPreviewDialog):
            dialog.show()
            app.processEvents()
            image = dialog.grab().toImage()
            previews.append({"width": image.width(), "height": image.height()})
            dialog.reject()  # a self-test spends no paper: the preview closes without printing
            return 0
        return 0

    ws = open_workspace(url, clock=fixed_clock(dt.datetime(*DESK_TIME)))
    try:
        window = MainWindow(
            ws,
            Settings(ui_language="de"),
            translations=translations,
            messages=messages,  # type: ignore[arg-type]
            run_dialog=run_dialog,
            slip_printer=SlipPrinter(messages, run_dialog, has_printer=lambda: True),  # type: ignore[arg-type]
        )
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        steps["start_seconds"] = round(time.perf_counter() - started, 2)

        window.intake.setText(CONCERN)  # as typing does: every change routes
        app.processEvents()
        cand = window.current_candidate()
        if check(cand is not None, f"no unit for {CONCERN!r}"):
            steps["route"] = {"unit": cand.unit.id, "score": cand.score}

        window.intake.pickRequested.emit()  # Enter
        window.walk_in_action.trigger()  # F5
        app.processEvents()
        entry = window.ticket_card.entry()
        if check(entry is not None, "no ticket issued"):
            steps["book"] = {"ticket": entry.ticket, "unit": entry.unit_id, "log_rows": window.log_model.rowCount()}
            pdf = window.slip_path_of(entry)
            ok = pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
            if check(ok, f"slip PDF missing or broken: {pdf}"):
                steps["slip"] = {"pdf": str(pdf), "bytes": pdf.stat().st_size}
        check(bool(previews), "the print preview did not open")
        steps["preview"] = previews
        check(not messages.shown, "messages shown: " + " | ".join(messages.shown))

        families = set(QFontDatabase.families())
        steps["fonts"] = {
            "bundled": bundled,
            "bundled_available": sorted(set(bundled) & families),
            "families_total": len(families),
            "window_font": QFontInfo(window.font()).family(),
        }
        check(not bundled or set(bundled) <= families, "bundled fonts not available to Qt")
        check(bool(families), "Qt sees no fonts at all")
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            check(window.grab().save(str(screenshot)), f"cannot write {screenshot}")
            steps["screenshot"] = str(screenshot)

        def quit_() -> None:
            window.quit_action.trigger()  # Ctrl+Q closes the window ...
            QTimer.singleShot(0, app.quit)  # ... and the loop ends even if other windows are open (tests)

        QTimer.singleShot(0, quit_)
        app.exec()
        check(not window.isVisible(), "the window did not close on Quit")
        steps["quit"] = not window.isVisible()
    finally:
        translations.install("en")
        ws.close()
        scratch.cleanup()
    steps["seconds"] = round(time.perf_counter() - started, 2)
    result = {"ok": not problems, "problems": problems, "steps": steps}
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        from welcome_desk.core.files import write_text

        write_text(report, text + "\n", force=True)
    print(text)
    return 0 if not problems else 1
