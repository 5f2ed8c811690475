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
         "matplotlib", "reportlab", "welcome_desk.core.applog", "holidays", "py3langid", "numpy",
         "welcome_desk.cli.desk", "welcome_desk.cli.data", "welcome_desk.cli.queue", "welcome_desk.core.actor")
# What no command-line call needs unless it does that work itself: every country's holiday
# calendar (only a centre *file* checks its region), the language model, PDFs and charts.
NEVER_FOR_COMMANDS = ("holidays.countries.zimbabwe", "py3langid", "reportlab", "matplotlib", "openpyxl", "PySide6")


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


def _modules_after(argv: list[str], cwd: Path, tmp_path: Path) -> tuple[set[str], str]:
    """The modules a command-line call has imported when it ends (and its output)."""
    code = f"""
import os, sys
os.environ["XDG_CONFIG_HOME"] = {str(tmp_path / "config")!r}
os.environ["XDG_DATA_HOME"] = {str(tmp_path / "data")!r}
from welcome_desk.cli import main
code = main({argv!r})
print("\\n".join(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=False, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return set(out.stderr.split()), out.stdout


def test_route_reads_the_centre_without_sqlalchemy_or_the_holiday_calendars(tmp_path):
    """Two regressions that made ``route`` 0.4 s slower: the output-path check imported the database
    module for commands that write no file, and the centre read at start checked its holiday region
    (which imports every country the holidays library knows)."""
    root = Path(welcome_desk.__file__).resolve().parent.parent
    url = f"sqlite:///{tmp_path}/desk.sqlite"
    _modules_after(["--db", url, "centre", "use", "giessen"], root, tmp_path)  # schema and centre
    modules, out = _modules_after(["--db", url, "route", "Aufenthaltserlaubnis verlängern"], root, tmp_path)
    assert "immigration-office" in out
    assert not {m for m in modules if m.startswith(("sqlalchemy", "alembic", "holidays"))}
    assert not modules & set(NEVER_FOR_COMMANDS)


def test_book_and_log_load_neither_the_router_nor_what_they_do_not_print(tmp_path):
    root = Path(welcome_desk.__file__).resolve().parent.parent
    url = f"sqlite:///{tmp_path}/desk.sqlite"
    _modules_after(["--db", url, "centre", "use", "giessen"], root, tmp_path)
    for argv in (["book", "--unit", "immigration-office", "--concern", "residence-law"], ["log", "--format", "csv"]):
        modules, _ = _modules_after(["--db", url, *argv], root, tmp_path)
        assert not modules & {"rapidfuzz", "welcome_desk.core.routing", *NEVER_FOR_COMMANDS}, argv
