"""Packaging files: desktop entry and AppStream metadata validate, icons, the Windows installer script,
the bundle smoke test and the ``self-test`` command it runs."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.welcomedesk.WelcomeDesk"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "welcome-desk.iss"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_desktop_file_validates():
    proc = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0 and "error" not in proc.stdout.lower(), proc.stdout + proc.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates():
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_metainfo_matches_the_project():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert VERSION in [r.get("version") for r in root.iter("release")], "add a <release> for the new version"
    for image in root.iter("image"):  # screenshots only from files in the repository
        assert (ROOT / image.text.strip()).is_file() or not image.text.startswith(("http:", "https:"))
    entry = DESKTOP.read_text("utf-8")
    assert "Icon=welcome-desk" in entry and "Name[de]=" in entry and "Comment[de]=" in entry


def test_icons_in_the_usual_sizes():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "welcome-desk.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size), png
    ico = (ROOT / "resources" / "icons" / "welcome-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert (reserved, kind) == (0, 1) and {16, 32, 48, 256} <= sizes


def test_inno_setup_script():
    text = ISS.read_text("utf-8")
    sections = set(re.findall(r"^\[(\w+)\]", text, re.M))
    assert {"Setup", "Languages", "Tasks", "Files", "Icons", "Run"} <= sections
    assert re.search(r'^Name: "de"; MessagesFile: "compiler:Languages\\German.isl"', text, re.M)
    assert re.search(r'^Name: "en"; MessagesFile: "compiler:Default.isl"', text, re.M)
    assert "PrivilegesRequired=lowest" in text and "PrivilegesRequiredOverridesAllowed=dialog" in text
    assert re.search(r"^Name: \"desktopicon\".*Flags: unchecked", text, re.M)  # optional desktop shortcut
    assert "{autoprograms}" in text and "UninstallDisplayIcon=" in text
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1).strip()
    assert (ISS.parent / icon.replace("\\", "/")).resolve().is_file()
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.M)
    ps1 = (PACKAGING / "build.ps1").read_text("utf-8")
    assert "welcome-desk.iss" in ps1 and "/DAppVersion=$Version" in ps1 and "ISCC.exe" in ps1


def test_build_script_runs_the_smoke_test():
    sh = (PACKAGING / "build.sh").read_text("utf-8")
    assert "packaging/smoke_test.py" in sh
    proc = subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_smoke_test_script_explains_a_missing_bundle(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(PACKAGING / "smoke_test.py"), str(tmp_path / "nothing")], capture_output=True, text=True
    )
    assert proc.returncode == 1 and "build first" in proc.stderr


@pytest.mark.gui
def test_self_test_command(qapp, tmp_path, capsys):
    """What the bundle smoke test runs inside the built app: start, route, book, slip, preview, quit."""
    from PySide6.QtGui import QPalette

    from welcome_desk.cli import main

    saved = (qapp.styleSheet(), QPalette(qapp.palette()), qapp.font(), qapp.style().name())
    try:
        code = main(["self-test", "--report", str(tmp_path / "r.json"), "--screenshot", str(tmp_path / "w.png")])
    finally:
        qapp.setStyleSheet(saved[0])
        qapp.setPalette(saved[1])
        qapp.setFont(saved[2])
        qapp.setStyle(saved[3])
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert code == 0, report["problems"]
    steps = report["steps"]
    assert steps["route"]["unit"] == "immigration-office"
    assert steps["book"]["ticket"] == "A-001" and steps["slip"]["bytes"] > 1000
    assert steps["quit"] is True and steps["preview"]
    assert "DejaVu Sans" in steps["fonts"]["bundled_available"]
    assert (tmp_path / "w.png").stat().st_size > 10_000
