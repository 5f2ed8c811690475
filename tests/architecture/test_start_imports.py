"""What the window needs before its first paint stays light: no SQLAlchemy, no desk modules.

SQLAlchemy's import alone takes longer than a bare Qt window needs to appear; the start
window is shown first and the rest loads behind it (welcome_desk.ui.app._run).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import welcome_desk

HEAVY = ("sqlalchemy", "alembic", "welcome_desk.ui.main_window", "welcome_desk.core.routing", "rapidfuzz",
         "matplotlib", "reportlab", "welcome_desk.core.applog")


def test_nothing_heavy_is_imported_before_the_start_window_is_shown(tmp_path):
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = {str(tmp_path)!r}
import welcome_desk.ui.start_window as start
seen = []
def show(self):
    seen.append(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))
    os._exit(print(seen[0]) or 0)
start.StartWindow.show = show
from welcome_desk.cli import main
main(["--db", "sqlite:///{tmp_path}/none.sqlite"])
"""
    root = Path(welcome_desk.__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]", f"imported before the first paint: {out.stdout.strip()}"


def test_the_command_line_parses_without_sqlalchemy():
    code = "import sys\nfrom welcome_desk.cli import build_parser\nbuild_parser()\nprint('sqlalchemy' in sys.modules)\n"
    root = Path(welcome_desk.__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"
