"""Screenshots of the real app for the README and the AppStream metainfo.

Runs the app on a throw-away database filled with demo visits and a fixed
clock, so every run shows the same Monday morning. Needs no display
(``QT_QPA_PLATFORM=offscreen``); writes PNGs into ``packaging/screenshots/``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/take_screenshots.py [--lang de]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
NOW = dt.datetime(2026, 11, 23, 10, 40)


def settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="de", choices=("de", "en"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from welcome_desk.core.demo import generate
    from welcome_desk.core.settings import Settings
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.ui.app import _register_fonts, make_application
    from welcome_desk.ui.i18n import Translations
    from welcome_desk.ui.main_window import MainWindow
    from welcome_desk.ui.style import apply_style

    app = make_application()
    translations = Translations(app)
    translations.install(args.lang)
    _register_fonts()
    apply_style(app)
    folder = Path(tempfile.mkdtemp(prefix="wd-shots-"))
    ws = open_workspace(f"sqlite:///{folder / 'demo.sqlite'}", clock=lambda: NOW, daily_backup=False, staff="Empfang 1")
    generate(ws.db, ws.centre, 9000, 60, NOW.date() - dt.timedelta(days=1))
    settings = Settings(ui_language=args.lang, open_preview=False, staff="Empfang 1")
    # A team lead signed in, so the review window opens without the password prompt.
    from welcome_desk.core.roles import RoleSession, set_team_lead_password

    set_team_lead_password(ws.db, NOW, "TL", "screenshot-only-password")
    roles = RoleSession(ws.db, lambda: NOW, "TL")
    roles.sign_in("screenshot-only-password")
    window = MainWindow(ws, settings, translations=translations, run_dialog=lambda dialog: 0, roles=roles)
    window.resize(1280, 800)
    window.show()
    # A few visitors this morning, so the log and the queue have something to show.
    for unit, concern in (("immigration-office", "residence-law"), ("jobcenter", "citizens-benefit"),
                          ("immigration-office", "eat-card"), ("refugee-affairs", "asylum-benefits")):
        ws.booking.log_walk_in(unit, concern, language="ar")
    window.refresh_log()

    def shot(widget, name: str) -> None:
        settle(app)
        widget.grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    window.intake.setText("Aufenthaltserlaubnis verlängern" if args.lang == "de" else "extend my residence permit")
    shot(window, "reception")
    window.intake.setText("سكن")
    shot(window, "reception-question")
    window.new_visit()
    window.bottom_tabs.setCurrentWidget(window.queue_panel)
    shot(window, "queue")

    review = window.open_review()
    if review is not None:
        review.resize(1280, 800)
        review.set_range(NOW.date() - dt.timedelta(days=28), NOW.date())
        settle(app, 200)
        review.runner.wait() if hasattr(review.runner, "wait") else None
        settle(app, 200)
        shot(review, "review")
        review.tabs.setCurrentIndex(1)
        settle(app, 200)
        shot(review, "review-charts")
        review.close()

    # High contrast at 200 % text size, as a colleague with low vision works.
    window.set_theme("high_contrast")
    window.set_font_scale(200)
    window.intake.setText("Wohnung suchen" if args.lang == "de" else "looking for a flat")
    shot(window, "high-contrast-200")
    window.set_theme("standard")
    window.set_font_scale(100)

    # A slip, as the visitor gets it (German and Arabic, A5).
    from welcome_desk.slips.store import ensure_slip

    entry = ws.booking.log_walk_in("immigration-office", "residence-law", language="ar")
    pdf = ensure_slip(ws.db, ws.centre, entry, "ar", "A5", NOW)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(args.out / "slip-de-ar")], check=False)
    print(args.out / "slip-de-ar.png")
    # A referral slip to an outside partner whose address, hours and phone are sample values (German and Farsi).
    from welcome_desk.core import waiting
    from welcome_desk.core.actor import Actor

    partner = waiting.refer_to_partner(ws.db, ws.centre, Actor("RB"), ws.clock, "language-courses", language="fa")
    pdf = ensure_slip(ws.db, ws.centre, partner, "fa", "A5", NOW)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(args.out / "slip-sample-values-de-fa")], check=False)
    print(args.out / "slip-sample-values-de-fa.png")
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
