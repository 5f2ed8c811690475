"""The core (routing, booking, logs, slips, reports, import/export) and the CLI's
headless commands never import Qt: they run on servers and in scripts without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import welcome_desk

HEADLESS_PACKAGES = ("welcome_desk.core", "welcome_desk.slips", "welcome_desk.reports", "welcome_desk.cli")
HEADLESS_MODULES: tuple[str, ...] = ()


def _modules() -> list[str]:
    names = list(HEADLESS_MODULES)
    root = Path(welcome_desk.__file__).parent
    for package in HEADLESS_PACKAGES:
        folder = root.joinpath(*package.split(".")[1:])
        names.append(package)
        names += [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(folder)])]
    return names


def test_headless_modules_do_not_import_qt():
    modules = _modules()
    assert "welcome_desk.core.booking" in modules and "welcome_desk.reports.monthly" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    root = Path(welcome_desk.__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]", f"Qt imported by a headless module: {out.stdout.strip()}"
