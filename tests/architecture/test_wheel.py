"""The wheel is the product: it holds every package under welcome_desk/, every resource and every migration.

The package list is found (setup.py, find_packages), not written by hand; this
test builds the wheel from a copy of the sources, as a user's pip would, and
compares it with the tree. CI goes further (.ci/run): it installs the wheel into
a fresh environment outside the checkout, imports every module and runs the
self-test there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("welcome_desk", "resources", "db")
FILES = ("pyproject.toml", "setup.py", "README.md")


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory) -> set[str]:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:  # a copy: a build/ left in the checkout could hide a missing file
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in FILES:
        shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-w", str(out), str(src)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    (wheel,) = out.glob("welcome_desk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _package_dirs() -> list[str]:
    """Every folder under welcome_desk/ that holds Python code."""
    package = ROOT / "welcome_desk"
    return sorted(
        d.relative_to(ROOT).as_posix()
        for d in [package, *package.rglob("*")]
        if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
    )


def test_every_package_is_in_the_wheel(wheel_files):
    dirs = _package_dirs()
    assert "welcome_desk/ui/centre_editor" in dirs and "welcome_desk/ui/review" in dirs
    missing = [d for d in dirs if f"{d}/__init__.py" not in wheel_files]
    assert not missing, f"packages left out of the wheel (or without __init__.py): {missing}"
    for module in (ROOT / "welcome_desk").rglob("*.py"):
        if "__pycache__" not in module.parts:
            assert module.relative_to(ROOT).as_posix() in wheel_files


def test_every_resource_and_migration_is_in_the_wheel(wheel_files):
    resources = [p for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert len(resources) > 20
    missing = [
        p.relative_to(ROOT).as_posix() for p in resources
        if "welcome_desk/_resources/" + p.relative_to(ROOT / "resources").as_posix() not in wheel_files
    ]
    assert not missing, f"resources left out of the wheel: {missing}"
    migrations = sorted(p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    assert migrations and all(f"welcome_desk/_migrations/versions/{name}" in wheel_files for name in migrations)
    assert {"welcome_desk/_migrations/env.py", "welcome_desk/_migrations/script.py.mako"} <= wheel_files
