"""An AT-SPI client in its own process: what a screen reader gets from the live app.

Runs with the system Python (``/usr/bin/python3``), where Debian's ``python3-pyatspi``
lives: pyatspi and its GObject bindings are not on PyPI, and a screen reader is another
process anyway. It answers one JSON request per line on stdin with one JSON line:

* ``{"cmd": "windows", "app": NAME}`` -> every top-level window of the application with
  its whole tree: ``{"role", "name", "description", "text", "states", "actions", "path",
  "children"}`` per node (``text`` is the Text interface's content: what a reader speaks
  for labels and fields);
* ``{"cmd": "action", "app": NAME, "path": [..], "action": "Press"}`` -> performs the
  action (as a screen reader's "activate" does); ``{"ok": true}``;
* ``{"cmd": "focus"}`` -> the last object that announced it got the keyboard focus
  (``object:state-changed:focused``, what a screen reader speaks), as a node without children.

Not collected by pytest; driven by tests/e2e/atspi.py.
"""

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

STATES = ("focused", "focusable", "showing", "visible", "enabled", "selected", "checked", "editable", "active", "modal")
MAX_CHILDREN = 80  # a table's cells: the first rows are enough to know they are named


def _app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            # Read the live values, not what libatspi remembered: a test looks right after a change.
            app.set_cache_mask(Atspi.Cache.NONE)
            app.clear_cache()
            return app
    return None


def _node(acc, path, max_children=MAX_CHILDREN):
    try:
        role = acc.getRoleName()
        name = acc.name or ""
        description = acc.description or ""
        state_set = acc.getState()
        states = [s for s in STATES if state_set.contains(getattr(pyatspi, "STATE_" + s.upper()))]
    except Exception:  # the object went away while we looked
        return None
    text = ""
    try:
        iface = acc.queryText()
        text = iface.getText(0, iface.characterCount)
    except NotImplementedError:
        pass
    except Exception:
        pass
    actions = []
    try:
        action = acc.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        pass
    except Exception:
        pass
    children = []
    count = 0
    try:
        count = acc.childCount
    except Exception:
        pass
    for i in range(min(count, max_children)):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            sub = _node(child, path + [i])
            if sub is not None:
                children.append(sub)
    return {"role": role, "name": name, "description": description, "text": text, "states": states,
            "actions": actions, "path": path, "children": children}


def _at(app, path):
    acc = app
    for i in path:
        acc = acc.getChildAtIndex(i)
    return acc


def handle(request):
    app = _app(request["app"])
    if app is None:
        return {"error": "no such application on the accessibility bus: " + request["app"]}
    if request["cmd"] == "windows":
        out = []
        for i in range(app.childCount):
            node = _node(app.getChildAtIndex(i), [i])
            if node is not None:
                out.append(node)
        return {"windows": out}
    if request["cmd"] == "action":
        acc = _at(app, request["path"])
        action = acc.queryAction()
        for i in range(action.nActions):
            if action.getName(i) == request["action"]:
                return {"ok": bool(action.doAction(i))}
        return {"error": "no action %r on %s %r" % (request["action"], acc.getRoleName(), acc.name)}
    return {"error": "unknown command"}


_FOCUS = {}


def _on_focus(event):
    if event.detail1:
        acc = event.source
        try:
            window = acc
            while window is not None and window.getRoleName() not in ("frame", "dialog", "window", "alert", "file chooser"):
                window = window.parent
            node = _node(acc, [], max_children=0)
            node["window"] = window.name if window is not None else ""
            _FOCUS["node"] = node
        except Exception:
            pass


def _on_stdin(source, _condition):
    line = source.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    try:
        request = json.loads(line)
        reply = {"focus": _FOCUS.get("node")} if request["cmd"] == "focus" else handle(request)
    except Exception as exc:  # report, keep serving
        reply = {"error": "%s: %s" % (exc.__class__.__name__, exc)}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()
    return True


def main():
    pyatspi.Registry.registerEventListener(_on_focus, "object:state-changed:focused")
    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, _on_stdin)
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
