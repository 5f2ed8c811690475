"""Start the window: Qt application, translations, fonts, the workspace, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from welcome_desk.core.paths import resource
from welcome_desk.core.settings import Settings, load_settings, save_settings
from welcome_desk.ui.i18n import Translations
from welcome_desk.ui.style import apply_style

log = logging.getLogger(__name__)



def _app_icon() -> QIcon:
    icon = QIcon()
    try:
        folder = resource("icons")
    except FileNotFoundError:
        return icon
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / "hicolor" / f"{size}x{size}" / "apps" / "welcome-desk.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def _register_fonts() -> None:
    try:
        from welcome_desk.ui.fonts import register_bundled_fonts
    except ImportError:
        return
    try:
        register_bundled_fonts()
    except (OSError, RuntimeError) as exc:
        log.warning("bundled fonts not loaded: %s", exc)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName("Welcome Desk")
    QCoreApplication.setOrganizationName("welcome-desk")
    QGuiApplication.setApplicationDisplayName("Welcome Desk")
    QGuiApplication.setDesktopFileName("io.github.welcomedesk.WelcomeDesk")  # = the .desktop file
    app.setWindowIcon(_app_icon())
    return app  # type: ignore[return-value]


def open_workspace_or_explain(db_url: str | None, centre_id: str | None, settings: Settings, choose_centre=None):
    """The workspace, or None after telling the person why it could not be opened.

    ``choose_centre`` is asked only when the database holds no centre yet and
    none was named (first start); closing it ends the start quietly. A damaged,
    unreadable or newer database offers to restore a backup.
    """
    from welcome_desk.core.booking import system_clock
    from welcome_desk.core.centre import CentreError
    from welcome_desk.core.centre_store import NoCentreChosen
    from welcome_desk.core.storage import DatabaseError, resolve_url
    from welcome_desk.core.workspace import open_workspace

    while True:
        try:
            # The day's backup is made in the background once the window is up (run_gui).
            return open_workspace(
                db_url, centre_id=centre_id, staff=settings.staff, choose_centre=choose_centre, daily_backup=False
            )
        except NoCentreChosen:
            return None
        except DatabaseError as exc:
            from welcome_desk.ui.restore_dialog import offer_restore_at_start

            offered = offer_restore_at_start(resolve_url(db_url), exc, system_clock)
            if offered is True:
                continue  # restored: open again
            if offered is False:
                return None  # the person chose Quit: nothing was touched
            title, text, details = QCoreApplication.translate("App", "Database not available"), QCoreApplication.translate("App", "The database could not be opened."), str(exc)
            break
        except CentreError as exc:
            title, text, details = QCoreApplication.translate("App", "Centre not available"), QCoreApplication.translate("App", "The centre definition could not be loaded."), str(exc)
            break
        except Exception as exc:  # e.g. SQLAlchemy's OperationalError for a server that does not answer
            log.exception("opening the workspace failed")
            title, text = QCoreApplication.translate("App", "Cannot start"), QCoreApplication.translate("App", "Welcome Desk could not open its data.")
            details = f"{exc.__class__.__name__}: {getattr(exc, 'orig', None) or exc}"
            break
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close)
    box.setInformativeText(details)
    box.setAccessibleName(title)
    box.exec()
    return None


ASK = object()  # build_window's default: ask for the centre at first start


def build_window(db_url: str | None, centre_id: str | None, choose_centre=ASK):
    """Application, workspace and main window, ready to show; None after explaining a failure.

    ``choose_centre``: the first-start chooser (default: the dialog), a test's
    stand-in, or None to take the default centre without asking.
    """
    app = make_application()
    settings = load_settings()
    translations = Translations(app)
    translations.install(settings.ui_language)
    _register_fonts()
    apply_style(app, settings.theme, settings.font_scale)

    if choose_centre is ASK:

        def choose_centre():  # imported only on a database without a centre
            from welcome_desk.ui.centre_chooser import first_start_chooser

            return first_start_chooser(None, settings.ui_language)()
    workspace = open_workspace_or_explain(db_url, centre_id, settings, choose_centre)
    if workspace is None:
        return None
    from welcome_desk.core.roles import RoleSession
    from welcome_desk.ui.main_window import MainWindow

    roles = RoleSession(workspace.db, workspace.clock, seat=workspace.seat)  # every desk starts as reception
    window = MainWindow(workspace, settings, translations=translations, save_settings=save_settings, roles=roles)
    return app, workspace, window


def build_for_benchmark(db_url: str):
    """What tests/bench_app.py times: everything up to the window, without the event loop."""
    built = build_window(db_url, None, choose_centre=None)
    if built is None:
        raise SystemExit(1)
    app, _workspace, window = built
    return app, window


def _start_log_file():
    from welcome_desk.core.applog import configure_logging
    from welcome_desk.core.paths import user_log_dir

    try:
        return configure_logging(user_log_dir())
    except OSError as exc:  # no log file is no reason not to serve visitors
        sys.stderr.write(f"welcome-desk: no log file ({exc.strerror or exc})\n")
        return None


def run_gui(db_url: str | None, centre_id: str | None) -> int:
    """Open the reception window; returns the exit code."""
    from welcome_desk.core.applog import remove_logging

    log_file = _start_log_file()
    try:
        return _run(db_url, centre_id)
    finally:
        if log_file is not None:
            remove_logging(log_file)


def _run(db_url: str | None, centre_id: str | None) -> int:
    built = build_window(db_url, centre_id)
    if built is None:
        return 1
    app, workspace, window = built
    window.show()
    from PySide6.QtCore import QTimer

    from welcome_desk.ui.background import wait_for_background_work
    from welcome_desk.ui.daily_backup import start_daily_backup

    QTimer.singleShot(1500, lambda: start_daily_backup(window, workspace))  # after the first paint and keys
    try:
        return app.exec()
    finally:
        wait_for_background_work()
        workspace.close()
