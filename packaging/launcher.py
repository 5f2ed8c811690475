"""Entry script of the frozen app (PyInstaller): runs ``welcome_desk.cli.main``.

Same behaviour as the ``welcome-desk`` console script: the window opens when no
sub-command is given, the sub-commands (``route``, ``book``, ``log``, ``slip``,
``centre``) work headless.
"""

import multiprocessing
import os
import sys


def _fix_missing_streams() -> None:
    # A windowed Windows executable starts without stdout/stderr (they are None);
    # send writes to the null device instead of failing on them.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _fix_missing_streams()

    from welcome_desk.cli import main

    sys.exit(main())
