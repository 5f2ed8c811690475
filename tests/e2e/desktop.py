"""A private desktop for end-to-end tests: X server, D-Bus session, AT-SPI, CUPS with a PDF printer.

Everything runs in one temporary folder and is stopped afterwards; nothing of the
machine's own desktop, buses or printers is used:

* ``Xvfb`` at 1280×800 (the smallest screen a desk has), a display number of its own, with
  ``openbox`` as window manager (it gives new windows the focus and draws title bars, as a
  desk's desktop does);
* a ``dbus-daemon`` session bus; the accessibility bus (``at-spi-bus-launcher``) and the
  AT-SPI registry are started by D-Bus activation on it, with ``XDG_RUNTIME_DIR`` private;
* a ``cupsd`` listening only on a socket in the folder (``CUPS_SERVER``), with one
  ``cups-pdf`` queue as the default printer; cups-pdf writes what it "prints" into
  ``pdf_dir``. (cups-pdf runs as root, as CUPS runs every 0700 backend: the tests need root.)

``missing()`` says what is not installed; the fixtures skip on a developer machine without
them but fail loudly when ``CI=true`` (see tests/e2e/conftest.py).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
AT_SPI_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")  # pyatspi is a Debian package (python3-pyatspi), not on PyPI
TOOLS = {  # program -> Debian package
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "openbox": "openbox",
    "dbus-daemon": "dbus-daemon",
    "cupsd": "cups",
    "lpadmin": "cups-client",
    "lpstat": "cups-client",
    "cupsenable": "cups-client",
    "xprop": "x11-utils",
    "setxkbmap": "x11-xkb-utils",
    "pdfinfo": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
}
QUEUE = "WelcomeDeskPDF"


def missing() -> list[str]:
    """What the end-to-end tests need but this machine lacks (one line each, with the package)."""
    out = [f"{prog} (apt: {pkg})" for prog, pkg in TOOLS.items() if shutil.which(prog) is None]
    for path, pkg in ((CUPS_PDF_PPD, "printer-driver-cups-pdf"), (CUPS_PDF_BACKEND, "printer-driver-cups-pdf"),
                      (AT_SPI_LAUNCHER, "at-spi2-core")):
        if not path.exists():
            out.append(f"{path} (apt: {pkg})")
    if not SYSTEM_PYTHON.exists() or subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True
    ).returncode:
        out.append("pyatspi for /usr/bin/python3 (apt: python3-pyatspi)")
    if os.geteuid() != 0:
        out.append("root (cupsd runs the cups-pdf backend only as root)")
    return out


@dataclass
class Desktop:
    root: Path
    env: dict[str, str] = field(default_factory=dict)
    pdf_dir: Path = Path()
    queue: str = QUEUE
    _procs: list[subprocess.Popen] = field(default_factory=list)
    _cleanup: list[Path] = field(default_factory=list)

    # -- start ---------------------------------------------------------------------------

    @classmethod
    def start(cls) -> "Desktop":
        root = Path(tempfile.mkdtemp(prefix="wd-e2e-"))
        os.chmod(root, 0o755)  # CUPS' filters run as user lp
        desk = cls(root)
        try:
            for attempt in range(3):  # an X server killed under us (a shared machine) gets two more tries
                try:
                    desk._start_x()
                    break
                except TimeoutError:
                    if attempt == 2:
                        raise
                    desk._stop_procs()
                    desk._procs.clear()
                    shutil.rmtree(desk.root / "run", ignore_errors=True)
                    shutil.rmtree(desk.root / "home", ignore_errors=True)
            desk._start_dbus()
            desk._start_cups()
        except BaseException as exc:
            logs = "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')[-2000:]}" for log in desk.root.glob("*.log"))
            desk.stop()
            raise RuntimeError(f"the test desktop did not start: {exc}\n{logs}") from exc
        return desk

    def _spawn(self, args: list[str], **kw) -> subprocess.Popen:
        log = open(self.root / f"{Path(args[0]).name}.log", "ab")
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, **kw)
        self._procs.append(proc)
        return proc

    def _start_x(self) -> None:
        read, write = os.pipe()
        # A number of its own, away from :0 and :99 that people and xvfb-run use by default.
        free = next(n for n in range(40 + os.getpid() % 40, 400) if not Path(f"/tmp/.X{n}-lock").exists()
                    and not Path(f"/tmp/.X11-unix/X{n}").exists())
        self._spawn(["Xvfb", f":{free}", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                    pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start: {(self.root / 'Xvfb.log').read_text(errors='replace')}")
        runtime = self.root / "run"
        runtime.mkdir(mode=0o700)
        self.env.update(
            DISPLAY=f":{number}",
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(self.root / "config"),
            XDG_DATA_HOME=str(self.root / "data"),
            XDG_STATE_HOME=str(self.root / "state"),
            XDG_CACHE_HOME=str(self.root / "cache"),
            HOME=str(self.root / "home"),
            LANG="C.UTF-8",
        )
        (self.root / "home").mkdir()
        # A German desk has a German keyboard: ä, ö, ü, ß are keys of their own (xdotool would
        # otherwise remap a spare key for each, which races with the app reading the key map).
        self.run(["setxkbmap", "de"])
        self._spawn(["openbox", "--sm-disable"], env={**os.environ, **self.env})
        self.wait(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], check=False).stdout,
                  "the window manager", timeout=20)

    def _start_dbus(self) -> None:
        address = f"unix:path={self.root / 'session-bus'}"
        env = {**os.environ, **self.env}
        self._spawn(["dbus-daemon", "--session", "--nofork", f"--address={address}"], env=env)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        self.wait(lambda: (self.root / "session-bus").exists(), "the D-Bus session bus")
        # Asking for the accessibility bus starts at-spi-bus-launcher (and with it the registry).
        self.wait(lambda: self.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                                    "org.a11y.Bus.GetAddress"], check=False).returncode == 0, "the AT-SPI bus")
        # Qt asks org.a11y.Status whether a screen reader runs; a real one sets this.
        self.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                  "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", "string:IsEnabled", "variant:boolean:true"])
        self.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"

    def _start_cups(self) -> None:
        cups = self.root / "cups"
        for sub in ("spool", "cache", "state", "tmp", "log", "ppd"):
            (cups / sub).mkdir(parents=True)
        os.chmod(cups / "tmp", 0o1777)
        for d in [cups, *cups.iterdir()]:
            if d.name != "tmp":
                os.chmod(d, 0o755)
        sock = cups / "cups.sock"
        (cups / "cupsd.conf").write_text(
            f"Listen {sock}\nLogLevel info\nWebInterface No\nBrowsing Off\nDefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        (cups / "cups-files.conf").write_text(
            f"ServerRoot {cups}\nRequestRoot {cups / 'spool'}\nCacheDir {cups / 'cache'}\nStateDir {cups / 'state'}\n"
            f"TempDir {cups / 'tmp'}\nErrorLog {cups / 'log' / 'error_log'}\nAccessLog {cups / 'log' / 'access_log'}\n"
            f"PageLog {cups / 'log' / 'page_log'}\nPrintcap {cups / 'printcap'}\n"
            "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nSandboxing Relaxed\n"
        )
        self._spawn(["cupsd", "-f", "-c", str(cups / "cupsd.conf"), "-s", str(cups / "cups-files.conf")])
        self.env["CUPS_SERVER"] = str(sock)
        self.wait(lambda: "is running" in self.run(["lpstat", "-r"], check=False).stdout, "cupsd")
        # cups-pdf reads its settings for queue Q from /etc/cups/cups-pdf-Q.conf (a fixed place).
        self.queue = f"{QUEUE}{os.getpid()}"
        self.pdf_dir = self.root / "printed"
        self.pdf_dir.mkdir()
        os.chmod(self.pdf_dir, 0o755)
        conf = Path(f"/etc/cups/cups-pdf-{self.queue}.conf")
        conf.write_text(f"Out {self.pdf_dir}\nAnonDirName {self.pdf_dir}\nLabel 0\nTitlePref 1\nLog {cups / 'log'}\n")
        self._cleanup.append(conf)
        self.run(["lpadmin", "-p", self.queue, "-v", f"cups-pdf:/{self.queue}", "-E", "-P", str(CUPS_PDF_PPD),
                  "-o", "PageSize=A4"])  # the printer's own default paper is A4, as at a real desk
        self.run(["lpadmin", "-d", self.queue])

    # -- use -----------------------------------------------------------------------------

    def run(self, args: list[str], check: bool = True, **kw) -> subprocess.CompletedProcess:
        proc = subprocess.run(args, env={**os.environ, **self.env}, capture_output=True, text=True, **kw)
        if check and proc.returncode:
            raise RuntimeError(f"{' '.join(args)} failed: {proc.stderr.strip() or proc.stdout.strip()}")
        return proc

    @staticmethod
    def wait(condition, what: str, timeout: float = 20.0, interval: float = 0.05):
        """Poll ``condition`` until it returns something true; fail naming ``what`` after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout:.0f} s for {what}")
            time.sleep(interval)

    def printed_pdfs(self) -> list[Path]:
        return sorted(self.pdf_dir.rglob("*.pdf"), key=lambda p: p.stat().st_mtime)

    def stop_queue(self, reason: str) -> None:
        self.run(["cupsdisable", "-r", reason, self.queue])

    def start_queue(self) -> None:
        self.run(["cupsenable", self.queue])

    def stop(self) -> None:
        self._stop_procs()
        for path in self._cleanup:
            path.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def _stop_procs(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in self._procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
