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


def open_workspace_or_explain(db_url: str | None, centre_id: str | None, settings: Settings):
    """The workspace, or None after telling the person why it could not be opened."""
    from welcome_desk.core.centre import CentreError
    from welcome_desk.core.database import DatabaseError
    from welcome_desk.core.workspace import open_workspace

    try:
        return open_workspace(db_url, centre_id=centre_id, staff=settings.staff)
    except DatabaseError as exc:
        title, text, details = QCoreApplication.translate("App", "Database not available"), QCoreApplication.translate("App", "The database could not be opened."), str(exc)
    except CentreError as exc:
        title, text, details = QCoreApplication.translate("App", "Centre not available"), QCoreApplication.translate("App", "The centre definition could not be loaded."), str(exc)
    except Exception as exc:  # e.g. SQLAlchemy's OperationalError for a server that does not answer
        log.exception("opening the workspace failed")
        title, text = QCoreApplication.translate("App", "Cannot start"), QCoreApplication.translate("App", "Welcome Desk could not open its data.")
        details = f"{exc.__class__.__name__}: {getattr(exc, 'orig', None) or exc}"
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close)
    box.setInformativeText(details)
    box.setAccessibleName(title)
    box.exec()
    return None


def build_window(db_url: str | None, centre_id: str | None):
    """Application, workspace and main window, ready to show; None after explaining a failure."""
    app = make_application()
    settings = load_settings()
    translations = Translations(app)
    translations.install(settings.ui_language)
    _register_fonts()
    apply_style(app, settings.theme, settings.font_scale)

    workspace = open_workspace_or_explain(db_url, centre_id, settings)
    if workspace is None:
        return None
    from welcome_desk.ui.main_window import MainWindow

    window = MainWindow(workspace, settings, translations=translations, save_settings=save_settings)
    return app, workspace, window


def build_for_benchmark(db_url: str):
    """What tests/bench_app.py times: everything up to the window, without the event loop."""
    built = build_window(db_url, None)
    if built is None:
        raise SystemExit(1)
    app, _workspace, window = built
    return app, window


def run_gui(db_url: str | None, centre_id: str | None) -> int:
    """Open the reception window; returns the exit code."""
    built = build_window(db_url, centre_id)
    if built is None:
        return 1
    app, workspace, window = built
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
