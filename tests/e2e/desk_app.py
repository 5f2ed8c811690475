"""Start the real reception window for the end-to-end tests, on a Monday morning.

The same pieces as ``welcome-desk`` (``welcome_desk.ui.app``): the application, the
desk's settings file, translations, look, the workspace and the ``MainWindow`` with
its real printer, message boxes and dialogs — only the clock differs: it starts on
Monday 23 November 2026 at 09:05 in the centre's zone and runs on in real time, so a
run at night or on a Sunday still finds the centre open.

With ``--staged`` the window starts as ``welcome-desk`` starts it (``ui.app._run``): the start
window with the concern field first, the desk moving into it when built (issue 16). The
database is made first, so the start finds its centre as on any morning after the first.

Usage: python tests/e2e/desk_app.py DB_URL [--staged]
"""

from __future__ import annotations

import datetime as dt
import sys
import time

START = dt.datetime(2026, 11, 23, 9, 5)


def _clock():
    from welcome_desk.core.clock import centre_clock, zone

    started, epoch = time.time(), START.replace(tzinfo=zone(None)).timestamp()
    return centre_clock(None, lambda: epoch + (time.time() - started))


def staged(db_url: str) -> int:
    """The real start (``welcome-desk``), on the same Monday-morning clock."""
    import functools

    import welcome_desk.core.workspace as workspace_module
    from welcome_desk.ui.app import _run

    clock = _clock()
    workspace_module.open_workspace(db_url, clock=clock, staff="e2e", daily_backup=False).close()
    workspace_module.open_workspace = functools.partial(workspace_module.open_workspace, clock=clock)
    return _run(db_url, None)


def main(db_url: str) -> int:
    from welcome_desk.core.roles import RoleSession
    from welcome_desk.core.settings import load_settings, save_settings
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.ui.app import _register_fonts, make_application
    from welcome_desk.ui.i18n import Translations
    from welcome_desk.ui.main_window import MainWindow
    from welcome_desk.ui.style import apply_style

    app = make_application()
    settings = load_settings()
    translations = Translations(app)
    translations.install(settings.ui_language)
    _register_fonts()
    apply_style(app, settings.theme, settings.font_scale)
    clock = _clock()
    workspace = open_workspace(db_url, clock=clock, staff="e2e", daily_backup=False)
    roles = RoleSession(workspace.db, workspace.clock, settings.staff)
    window = MainWindow(workspace, settings, translations=translations, save_settings=save_settings, roles=roles)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(staged(sys.argv[1]) if "--staged" in sys.argv[2:] else main(sys.argv[1]))
