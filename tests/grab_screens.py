"""Screenshots of every screen in both themes and at several text sizes, to look at (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/grab_screens.py [OUT_DIR] [--size 1280x800]

Writes PNGs named <screen>-<theme>-<scale>.png: the reception window (empty, routed,
with a clarifying question, after a ticket), the appointment dialog, the shortcuts and
about boxes and the print preview of a slip. Uses a throw-away database with demo visits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = tempfile.mkdtemp(prefix="welcome-desk-screens-")
os.environ["XDG_DATA_HOME"] = os.path.join(_TMP, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_TMP, "config")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's welcome_desk

NOW = dt.datetime(2026, 11, 23, 9, 5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="/tmp/welcome-desk-screens", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--themes", default="standard,high_contrast")
    parser.add_argument("--scales", default="100,200")
    parser.add_argument("--lang", default="de")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication, QDialog

    from welcome_desk.core.demo import generate
    from welcome_desk.core.settings import Settings
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.ui.app import _register_fonts, make_application
    from welcome_desk.ui.i18n import Translations
    from welcome_desk.ui.main_window import MainWindow
    from welcome_desk.ui.printing import SlipPrinter
    from welcome_desk.ui.style import apply_style

    app = make_application()
    _register_fonts()
    translations = Translations(app)
    translations.install(args.lang)
    ws = open_workspace(f"sqlite:///{_TMP}/screens.sqlite", clock=lambda: NOW)
    generate(ws.db, ws.centre, 400, 10, NOW.date() - dt.timedelta(days=1))

    class Quiet:
        def error(self, *a, **k):
            print("message:", a[1:3])

        warning = info = error

    shots: list[tuple[str, QDialog]] = []

    def grab(widget, name: str) -> None:
        from PySide6.QtCore import QElapsedTimer

        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < 150:
            app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    for theme in args.themes.split(","):
        for scale in (int(s) for s in args.scales.split(",")):
            tag = f"{theme}-{scale}"
            apply_style(app, theme, scale)

            def run_dialog(dialog, tag=tag) -> int:
                dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
                dialog.show()
                app.processEvents()
                name = dialog.objectName() or type(dialog).__name__
                if name == "QMessageBox":
                    name = "box-" + "".join(ch for ch in dialog.windowTitle().lower() if ch.isalnum())
                if isinstance(dialog, QPrintPreviewDialog):
                    name = "preview"
                    app.processEvents()
                grab(dialog, f"{name}-{tag}")
                dialog.hide()
                return 0  # screenshots print nothing: every dialog closes unprinted

            settings = Settings(theme=theme, font_scale=scale, ui_language=args.lang)
            window = MainWindow(
                ws, settings, translations=translations, run_dialog=run_dialog, messages=Quiet(),
                slip_printer=SlipPrinter(Quiet(), run_dialog, has_printer=lambda: True),
            )
            window.resize(width, height)
            window.show()
            app.processEvents()
            grab(window, f"main-empty-{tag}")
            window.intake.setText("Visum verlängern")
            app.processEvents()
            grab(window, f"main-routed-{tag}")
            window.intake.setText("Arbeit suchen")
            app.processEvents()
            grab(window, f"main-question-{tag}")
            window.intake.setText("Aufenthaltstitel")
            app.processEvents()
            window.appointment_action.trigger()
            window.intake.setText("Sprachkurs")
            app.processEvents()
            window.issue_walk_in()
            app.processEvents()
            grab(window, f"main-ticket-{tag}")
            window.show_shortcuts()
            window.show_about()
            window.close()
            window.deleteLater()
            app.processEvents()
    translations.install("en")
    ws.close()
    del shots, Qt, QCoreApplication, QApplication
    return 0


if __name__ == "__main__":
    sys.exit(main())
