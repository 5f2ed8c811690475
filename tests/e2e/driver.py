"""Drive the real app as a person does: keys through the X server (xdotool), eyes through AT-SPI.

``Keyboard`` sends real key events to whatever window has the focus (no window is
targeted: what the person's keys reach is part of what is tested) and counts them.
``Screen`` asks the AT-SPI client (tests/e2e/atspi_client.py, another process) for the
live accessibility tree of every window of the app.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from desktop import SYSTEM_PYTHON, Desktop

HERE = Path(__file__).parent
APP_NAME = "Welcome Desk"


@dataclass
class Node:
    role: str
    name: str
    description: str
    text: str
    states: list[str]
    actions: list[str]
    path: list[int]
    children: list["Node"]

    @classmethod
    def of(cls, raw: dict) -> "Node":
        return cls(**{**raw, "children": [cls.of(c) for c in raw["children"]]})

    def walk(self) -> Iterator["Node"]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, pred: Callable[["Node"], bool]) -> list["Node"]:
        return [n for n in self.walk() if pred(n)]

    def first(self, role: str | None = None, name: str | None = None, contains: str | None = None) -> "Node | None":
        for n in self.walk():
            if role is not None and n.role != role:
                continue
            if name is not None and n.name != name:
                continue
            if contains is not None and contains not in n.name:
                continue
            return n
        return None

    def __repr__(self) -> str:
        return f"<{self.role} {self.name!r} text={self.text[:40]!r} {','.join(self.states)}>"


class Screen:
    """The accessibility tree of the app, read by another process."""

    def __init__(self, desktop: Desktop) -> None:
        self.proc = subprocess.Popen(
            [str(SYSTEM_PYTHON), str(HERE / "atspi_client.py")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={k: v for k, v in {**os.environ, **desktop.env}.items() if not k.startswith("PYTHON")},
        )
        self.desktop = desktop

    def ask(self, request: dict) -> dict:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the AT-SPI client ended")
        return json.loads(line)

    def windows(self) -> list[Node]:
        reply = self.ask({"cmd": "windows", "app": APP_NAME})
        if "error" in reply:
            return []
        return [Node.of(w) for w in reply["windows"]]

    def window(self, contains: str) -> Node | None:
        return next((w for w in self.windows() if contains in w.name and "showing" in w.states), None)

    def active(self) -> Node | None:
        return next((w for w in self.windows() if "active" in w.states), None)

    def focused(self) -> Node | None:
        """What last announced it got the keyboard focus (as a screen reader hears it); ``.window`` names its window."""
        raw = self.ask({"cmd": "focus"}).get("focus")
        if not raw:
            return None
        window = raw.pop("window", "")
        node = Node.of(raw)
        node.window = window  # type: ignore[attr-defined]
        return node

    def act(self, node: Node, action: str) -> dict:
        return self.ask({"cmd": "action", "app": APP_NAME, "path": node.path, "action": action})

    def wait_for(self, what: str, condition: Callable[[], object], timeout: float = 20.0):
        return self.desktop.wait(condition, what, timeout=timeout, interval=0.1)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()  # type: ignore[union-attr]
            self.proc.wait(timeout=5)


class Keyboard:
    """Real key events (XTEST) to the focused window; counts every key chord pressed."""

    def __init__(self, desktop: Desktop) -> None:
        self.desktop = desktop
        self.count = 0

    def key(self, *chords: str) -> None:
        """``key("F5")``, ``key("ctrl+p")``, ``key("Down", "Tab", "Return")``: one count per chord."""
        self.desktop.run(["xdotool", "key", "--clearmodifiers", "--delay", "40", *chords])
        self.count += len(chords)

    def type(self, text: str) -> None:
        """Typed text (a visitor's concern): not counted as keys of the desk's work."""
        self.desktop.run(["xdotool", "type", "--delay", "25", text])


class DeskApp:
    """The reception window running under the private desktop."""

    def __init__(self, desktop: Desktop, db_url: str, staged: bool = False) -> None:
        """``staged``: start as ``welcome-desk`` does (start window first, the desk moving in)."""
        env = {**os.environ, **desktop.env, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1"}
        self.log = open(desktop.root / "desk_app.log", "ab")
        self.proc = subprocess.Popen([sys.executable, str(HERE / "desk_app.py"), db_url, *(["--staged"] if staged else [])],
                                     env=env,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.desktop = desktop
        self.screen = Screen(desktop)
        self.keys = Keyboard(desktop)
        self.main = self.screen.wait_for("the reception window on the accessibility bus",
                                         lambda: self.screen.window("Welcome Desk —"), timeout=60)

    def output(self) -> str:
        self.log.flush()
        return (self.desktop.root / "desk_app.log").read_text(errors="replace")

    def close(self) -> None:
        self.screen.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()
