"""Start the window: Qt application, translations, fonts, the workspace, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

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
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close)
    box.setInformativeText(details)
    box.setAccessibleName(title)
    box.exec()
    return None


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
    log_files: list = []  # the log file starts right after the window is shown (logging.handlers is not free)
    try:
        return _run(db_url, centre_id, after_show=lambda: log_files.append(_start_log_file()))
    finally:
        if log_files and log_files[0] is not None:
            from welcome_desk.core.applog import remove_logging

            remove_logging(log_files[0])


def _run(db_url: str | None, centre_id: str | None, after_show=lambda: None) -> int:
    """Show the window first, then fill it: the stages of a start as reception sees them.

    1. Before the first paint: Qt, settings, translations, the look and the start window
       (the concern field) — no SQLAlchemy, no database, no desk modules.
    2. Right after it: the suggestion list; in a worker thread the centre read from the
       database file and the router built from it; the start window routes what was typed.
    3. In a worker thread: the workspace opened as always (schema check, centre, retention
       purge) and the desk's modules imported; then, in the GUI thread, the desk is built
       and moves into the window. Only now can anything be booked.
    4. Fonts for other scripts before the desk, the day's backup a little later.
    A database that needs a person (first start's centre chooser, a damaged file, an
    upgrade) is opened in the GUI thread after the first paint, with the same dialogs as before.
    """
    from PySide6.QtCore import QTimer

    from welcome_desk.core.db_location import resolve_url
    from welcome_desk.ui.background import run_in_background, wait_for_background_work
    from welcome_desk.ui.bench_marker import watch_routing
    from welcome_desk.ui.start_window import StartWindow

    app = make_application()
    settings = load_settings()
    translations = Translations(app)
    translations.install(settings.ui_language)
    apply_style(app, settings.theme, settings.font_scale)
    window = StartWindow(settings.ui_language)
    window.show()
    after_show()
    url = resolve_url(db_url)
    opened: list = []  # the workspace, once open (closed at exit)
    exit_code = [0]

    quit_later = QTimer()  # stopped at the end: a pending quit must not end someone else's event loop
    quit_later.setSingleShot(True)
    quit_later.timeout.connect(lambda: app.exit(1))

    def give_up() -> None:
        exit_code[0] = 1
        window.hide()
        quit_later.start(0)

    def install(workspace) -> None:
        if workspace not in opened:
            opened.append(workspace)
        if window.router is not None:
            workspace.adopt_router(window.router)
        _register_fonts()
        from welcome_desk.core.roles import RoleSession
        from welcome_desk.ui.main_window import MainWindow

        roles = RoleSession(workspace.db, workspace.clock, seat=workspace.seat)  # every desk starts as reception
        desk = MainWindow(workspace, settings, translations=translations, save_settings=save_settings, roles=roles)
        window.install_desk(desk)
        watch_routing("desk", desk.intake, desk.suggestions.model())
        from welcome_desk.core.startup import started

        QTimer.singleShot(0, started)  # the start's objects frozen, collections as usual
        from welcome_desk.ui.daily_backup import start_daily_backup

        QTimer.singleShot(1500, lambda: start_daily_backup(desk, workspace))  # after the first keys

    def open_here() -> None:
        """The ordinary open in the GUI thread, with every dialog it may need."""
        def choose_centre():  # imported only on a database without a centre
            from welcome_desk.ui.centre_chooser import first_start_chooser

            return first_start_chooser(window, settings.ui_language)()

        workspace = open_workspace_or_explain(db_url, centre_id, settings, choose_centre)
        if workspace is None:
            give_up()
        else:
            install(workspace)

    def open_in_background() -> object:
        from welcome_desk.core.workspace import open_workspace

        workspace = open_workspace(url, centre_id=centre_id, staff=settings.staff, choose_centre=None, daily_backup=False)
        opened.append(workspace)  # closed at exit even if the window was closed before the desk moved in
        try:
            import rapidfuzz  # noqa: F401  (routing's typo matching, imported at the first typo otherwise)
            import welcome_desk.ui.main_window  # noqa: F401  (its imports, off the GUI thread)
            from welcome_desk.core.daylog import day_log

            # The desk shows today's log when built: SQLAlchemy prepares that query once
            # (aliases, compiled statement), here rather than while the window cannot answer keys.
            day_log(workspace.db, workspace.centre, workspace.clock().date())
        except BaseException:
            opened.remove(workspace)
            workspace.close()
            raise
        return workspace

    def router_ready(router) -> None:
        if router is None:  # no quick look possible: open with the dialogs at hand
            open_here()
            return
        window.use_router(router)

        def open_desk() -> None:
            # A failure is opened again in the GUI thread, which explains it (or offers a backup).
            run_in_background(open_in_background, install, lambda _exc: open_here(), parent=window)

        QTimer.singleShot(0, open_desk)  # after what was typed is routed and painted (the worker takes the GIL)

    def build_router() -> object:
        from welcome_desk.core.quick_centre import peek_centre

        centre = peek_centre(url, centre_id)
        if centre is None:
            return None
        from welcome_desk.core.routing import Router

        return Router(centre)

    def after_first_paint() -> None:
        run_in_background(build_router, router_ready, lambda _exc: open_here(), parent=window)
        model = window.add_suggestions()
        if model is not None:
            watch_routing("start", window.intake, model)

    QTimer.singleShot(0, after_first_paint)
    try:
        code = app.exec()
        return exit_code[0] or code
    finally:
        quit_later.stop()
        wait_for_background_work()

        for workspace in opened:
            workspace.close()
