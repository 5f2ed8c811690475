"""Smoke test of a built one-folder bundle: start, route, book, make a slip, quit.

    python3 packaging/smoke_test.py dist/welcome-desk            # what build.sh runs
    sudo python3 packaging/smoke_test.py dist/welcome-desk --isolate
                                                                 # also: no Python, no system fonts

Needs only the Python standard library (any Python 3.8+ can run it; the bundle
itself must not need one). Everything runs with a throw-away database, throw-away
XDG folders and ``QT_QPA_PLATFORM=offscreen``, in a clean environment (no
PYTHONPATH, PYTHONHOME, VIRTUAL_ENV):

1. ``--help`` and ``--version``;
2. ``route Visum --json`` finds a unit; every bundled centre validates;
3. ``book`` a walk-in, ``log`` lists it, ``slip`` writes German and Arabic PDFs;
4. ``self-test``: the real window opens, routes, books, writes and previews the slip,
   and quits on Ctrl+Q; its screenshot is kept (``--keep DIR``) to look at the fonts.

``--isolate`` (Linux, as root, with ``unshare``) runs every step in a private mount
namespace where every Python installation found on this machine and every system
font folder are hidden behind empty folders: the bundle must start without Python
and draw its text with the fonts it brings (its runtime hook points fontconfig at them).
The exit code is 0 when every step passed.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/usr/X11R6/lib/X11/fonts")


class SmokeFailure(Exception):
    pass


def python_places() -> list[str]:
    """Folders and files of Python installations to hide in --isolate mode."""
    dirs: set[str] = set()
    for pattern in ("/usr/lib/python3*", "/usr/local/lib/python3*", "/usr/lib64/python3*", "/opt/python*"):
        dirs.update(glob.glob(pattern))
    for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix}:
        if prefix and prefix not in ("/usr", "/usr/local", "/"):
            dirs.add(prefix)
    pyenv = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    if os.path.isdir(pyenv):
        dirs.add(pyenv)
    files = set()
    for folder in ("/usr/bin", "/usr/local/bin", "/bin"):
        files.update(p for p in glob.glob(f"{folder}/python*") if os.path.isfile(p) or os.path.islink(p))
    return sorted(d for d in dirs if os.path.isdir(d)) + sorted(files)


class Bundle:
    def __init__(self, app_dir: Path, work: Path, isolate: bool) -> None:
        exe = "welcome-desk-cli.exe" if os.name == "nt" else "welcome-desk"
        self.exe = app_dir / exe
        if not self.exe.is_file():
            raise SmokeFailure(f"{self.exe} is missing: build first (packaging/build.sh)")
        self.work = work
        self.db = f"sqlite:///{(work / 'smoke.sqlite').as_posix()}"
        self.env = {
            "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("PATH", ""),
            "HOME": str(work / "home"),
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_CACHE_HOME": str(work / "cache"),
            "XDG_RUNTIME_DIR": str(work / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        for key in ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
            if key in os.environ:  # Windows needs these to start anything at all
                self.env[key] = os.environ[key]
        for name in ("home", "data", "config", "cache", "runtime"):
            (work / name).mkdir(mode=0o700, exist_ok=True)
        self.prefix: list[str] = []
        self.hidden: list[str] = []
        if isolate:
            self.prefix, self.hidden = self._isolation()

    def _isolation(self) -> tuple[list[str], list[str]]:
        if os.name == "nt" or not shutil.which("unshare") or os.geteuid() != 0:
            raise SmokeFailure("--isolate needs Linux, root and unshare")
        hide = [p for p in python_places() + list(FONT_DIRS) if os.path.exists(p)]
        home_fonts = [os.path.expanduser(p) for p in ("~/.fonts", "~/.local/share/fonts")]
        hide += [p for p in home_fonts if os.path.isdir(p)]
        hide = [p for p in hide if not any(p != q and p.startswith(q.rstrip("/") + "/") for q in hide)]  # outermost only
        lines = []
        for path in hide:
            if os.path.isdir(path) and not os.path.islink(path):
                lines.append(f"mount -t tmpfs -o size=1m,mode=755 none '{path}' || exit 97")
            else:  # a python executable: an empty, non-executable file in its place
                lines.append(f"mount --bind /dev/null '{os.path.realpath(path)}' || exit 97")
        script = "; ".join(lines + ['exec "$@"'])
        return ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "isolated"], hide

    def run(self, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        cmd = [*self.prefix, str(self.exe), *args]
        print(f"    $ welcome-desk {' '.join(args)}", flush=True)
        proc = subprocess.run(cmd, env=self.env, capture_output=True, text=True, encoding="utf-8", timeout=timeout)
        if proc.returncode != 0:
            raise SmokeFailure(f"welcome-desk {' '.join(args)} exited with {proc.returncode}:\n{proc.stderr[-2000:]}")
        return proc

    def run_in_sandbox(self, shell: str) -> subprocess.CompletedProcess:
        return subprocess.run([*self.prefix, "sh", "-c", shell], env=self.env, capture_output=True, text=True)


def smoke(app_dir: Path, keep: Path | None, isolate: bool) -> dict:
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="welcome-desk-smoke-"))
    summary: dict = {"bundle": str(app_dir)}
    try:
        b = Bundle(app_dir, work, isolate)
        if isolate:
            summary["hidden"] = b.hidden
            probe = b.run_in_sandbox("command -v python3 python || echo NONE; ls /usr/share/fonts 2>/dev/null | wc -l")
            if probe.returncode != 0:
                raise SmokeFailure(f"could not set up the sandbox: {probe.stderr.strip()}")
            summary["sandbox_probe"] = probe.stdout.split()
            print(f"    sandbox: python -> {probe.stdout.split()[0]}, system font folders emptied", flush=True)
            if probe.stdout.split()[0] != "NONE":
                raise SmokeFailure(f"a Python is still visible in the sandbox: {probe.stdout.split()[0]}")

        help_text = b.run("--help").stdout
        summary["version"] = b.run("--version").stdout.strip()
        route = json.loads(b.run("--db", b.db, "route", "Visum", "--json").stdout)
        if not route["candidates"]:
            raise SmokeFailure("route found no unit for 'Visum'")
        units = [c["unit"] for c in route["candidates"]]
        summary["route"] = units
        internal = app_dir / "_internal" / "welcome_desk" / "_resources" / "centres"
        for centre in sorted(internal.glob("*.json")):
            b.run("centre", "validate", str(centre))
        entry = None
        for unit in units:  # the first unit that takes walk-ins
            try:
                entry = json.loads(b.run("--db", b.db, "book", "--unit", unit, "--lang", "ar", "--json").stdout)
                break
            except SmokeFailure:
                continue
        if entry is None:
            raise SmokeFailure("book failed for every routed unit")
        summary["ticket"] = entry["ticket"]
        log = json.loads(b.run("--db", b.db, "log", "--format", "json").stdout)
        if not log["entries"]:
            raise SmokeFailure("the day log is empty after booking")
        slips = {}
        for lang in ("de", "ar"):
            pdf = work / f"slip-{lang}.pdf"
            b.run("--db", b.db, "slip", str(entry["id"]), "--lang", lang, "-o", str(pdf))
            if pdf.read_bytes()[:5] != b"%PDF-":
                raise SmokeFailure(f"slip ({lang}) is not a PDF")
            slips[lang] = pdf.stat().st_size
        summary["slips"] = slips
        if "self-test" in help_text:
            shot = work / "window.png"
            report = work / "self-test.json"
            b.run("self-test", "--report", str(report), "--screenshot", str(shot), timeout=180)
            result = json.loads(report.read_text("utf-8"))
            if not result["ok"]:
                raise SmokeFailure(f"self-test: {result['problems']}")
            summary["self_test"] = result["steps"]
            if shot.stat().st_size < 10_000:
                raise SmokeFailure("the window screenshot is (nearly) empty")
        else:
            print("    (no self-test command in this build: GUI step skipped)")
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for name in ("window.png", "slip-de.pdf", "slip-ar.pdf", "self-test.json"):
                if (work / name).is_file():
                    shutil.copy2(work / name, keep / name)
            summary["kept"] = str(keep)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=Path(__file__).resolve().parent.parent / "dist" / "welcome-desk")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the screenshot, slips and report here")
    parser.add_argument("--isolate", action="store_true", help="hide Python and the system fonts (Linux, root)")
    args = parser.parse_args(argv)
    try:
        summary = smoke(args.bundle.resolve(), args.keep, args.isolate)
    except (SmokeFailure, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    print(f"smoke test passed in {summary['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
