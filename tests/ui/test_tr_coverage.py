"""No user-visible string outside the translation system, and German complete in the shipped files.

1. An AST scan of ``welcome_desk/ui`` (every ``.py`` below it, sub-packages included)
   fails on a string literal with letters handed to a user-visible Qt setter or
   constructor without ``tr()`` / ``QCoreApplication.translate()`` around it.
2. The ``translations`` tests check ``resources/translations/welcome_desk_de.ts``:
   every message has a finished German translation, every ``tr()`` string of the
   code is in the file, and the compiled ``.qm`` says the same as the ``.ts``.
   After adding strings, regenerate (see DEVELOPERS.md, "Translations")::

       pyside6-lupdate $(find welcome_desk/ui -name '*.py') -source-language en -target-language de \\
           -no-obsolete -ts resources/translations/welcome_desk_de.ts
       # translate the new entries in Qt Linguist (or the XML), then
       pyside6-lrelease resources/translations/welcome_desk_de.ts -qm resources/translations/welcome_desk_de.qm
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "welcome_desk" / "ui"
TS = ROOT / "resources" / "translations" / "welcome_desk_de.ts"
QM = TS.with_suffix(".qm")

# Methods whose string arguments a person sees.
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "addItem", "addItems", "insertItem",
    "addTab", "insertTab", "setTabText", "setTitle", "showMessage", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setInformativeText", "setDetailedText",
    "setWindowIconText", "addAction", "addMenu", "setSuffix", "setPrefix", "setSpecialValueText",
    "setLabelText", "setCancelButtonText", "setOkButtonText", "setDocName", "setHtml", "setPlainText",
    "setButtonText", "setItemText", "setDisplayFormat",
}
# Constructors whose string arguments a person sees.
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QMessageBox", "QMenu", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QCommandLinkButton",
}
# The project's message boxes (Messages.error/warning/info) and Qt's static QMessageBox functions.
MESSAGE_METHODS = {"error", "warning", "info", "critical", "information", "question", "about"}
TRANSLATORS = {"tr", "translate", "qsTr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}

# Strings a person sees that are deliberately not translated: (file, text) -> reason.
ALLOWED = {
    ("help_dialogs.py", "Welcome Desk"): "the product's name, the same in every language",
}

LETTER = re.compile(r"[^\W\d_]")
TAG = re.compile(r"<[^>]*>")
ENTITY = re.compile(r"&[a-zA-Z#0-9]+;")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")


def has_letters(text: str) -> bool:
    """Letters a person reads: markup, entities, placeholders and mnemonic ampersands do not count."""
    text = PLACEHOLDER.sub("", ENTITY.sub("", TAG.sub("", text)))
    return bool(LETTER.search(text))


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _receiver_source(node: ast.Call, source: str) -> str:
    if isinstance(node.func, ast.Attribute):
        return ast.get_source_segment(source, node.func.value) or ""
    return ""


def _literal_texts(node: ast.AST) -> list[str]:
    """Literal text in an argument that did not go through a translator.

    A call to tr()/translate() is translated, and so is ``tr(...).format(...)``; a plain
    literal, an f-string's literal parts, ``"...".format(...)`` and ``"a" + x`` are not.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                out += _literal_texts(v.value)
        return out
    if isinstance(node, ast.Call):
        name = _call_name(node)
        if name in TRANSLATORS:
            return []
        if name in ("format", "join", "replace", "strip", "upper", "lower", "capitalize") and isinstance(
            node.func, ast.Attribute
        ):
            return _literal_texts(node.func.value) + [t for a in node.args for t in _literal_texts(a)]
        return []
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for elt in node.elts for t in _literal_texts(elt)]
    return []


def parse(source: str) -> ast.AST:
    """``ast.parse``; in a fresh interpreter when this one's AST recursion counter is off.

    CPython 3.11.7 raises "AST constructor recursion depth mismatch" for any later parse once a
    RecursionError was caught in the process (the bad-input tests provoke some on purpose).
    """
    try:
        return ast.parse(source)
    except SystemError:
        import pickle
        import subprocess
        import sys

        done = subprocess.run(
            [sys.executable, "-c", "import ast, pickle, sys; sys.stdout.buffer.write(pickle.dumps(ast.parse(sys.stdin.read())))"],
            input=source.encode("utf-8"), capture_output=True, check=True,
        )
        return pickle.loads(done.stdout)


def untranslated(path: Path) -> list[tuple[int, str, str]]:
    """(line, call, text) for every untranslated user-visible literal in ``path``."""
    source = path.read_text("utf-8")
    found = []
    for node in ast.walk(parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in SETTERS or name in CONSTRUCTORS:
            args = list(node.args) + [kw.value for kw in node.keywords if kw.arg in ("text", "title")]
        elif name in MESSAGE_METHODS and re.search(r"messages|QMessageBox", _receiver_source(node, source)):
            args = list(node.args)
        else:
            continue
        for arg in args:
            for text in _literal_texts(arg):
                if has_letters(text) and (path.name, TAG.sub("", text).strip()) not in ALLOWED:
                    found.append((node.lineno, name, text))
    return found


def ui_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_scan_sees_every_ui_module():
    names = {p.name for p in ui_files()}
    assert {"main_window.py", "detail_panel.py", "help_dialogs.py"} <= names


def test_no_untranslated_user_visible_string_in_the_ui():
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {call}({text!r})" for path in ui_files() for line, call, text in untranslated(path)
    ]
    assert problems == [], "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(problems)


def test_translate_is_never_renamed():
    """lupdate only finds tr(...) and translate(...) calls: an alias like t = QCoreApplication.translate hides strings."""
    alias = re.compile(r"^\s*\w+\s*=\s*(QCoreApplication\.translate|self\.tr)\s*$", re.M)
    offenders = [str(p.relative_to(ROOT)) for p in ui_files() if alias.search(p.read_text("utf-8"))]
    assert offenders == []


def test_allow_list_entries_are_still_needed():
    """An allow-list entry nobody uses any more is removed, so the list stays small and honest."""
    used = set()
    for path in ui_files():
        source = path.read_text("utf-8")
        for (name, text) in ALLOWED:
            if name == path.name and text in source:
                used.add((name, text))
    assert used == set(ALLOWED)


def test_the_scan_catches_what_it_should(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(self, n):\n"
        "    self.label.setText('Hello')\n"  # 1: plain literal
        "    self.label.setText(self.tr('Hello'))\n"  # fine
        "    self.label.setText(self.tr('{n} x').format(n=n))\n"  # fine
        "    QPushButton(f'Save {n}')\n"  # 2: f-string
        "    self.box.setToolTip('Open ' + name)\n"  # 3: concatenation
        "    self.messages.error(self, 'Oops', self.tr('Text'))\n"  # 4: message title
        "    log.warning('not shown to a person %s', n)\n"  # fine: a log line
        "    self.label.setText(f'&{n}  {name}')\n"  # fine: no letters of its own
        "    self.view.setHtml(f'<table><tr><td>{x}</td></tr></table>')\n"  # fine: markup only
        "    QAction('Quit', self)\n",  # 5
        "utf-8",
    )
    assert [call for _line, call, _text in untranslated(sample)] == [
        "setText", "QPushButton", "setToolTip", "error", "QAction"
    ]


# --------------------------------------------------------------------------- the .ts and .qm files
# Run after every lupdate; on a branch that added strings without regenerating they fail on purpose.


def _messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            yield ctx, message


def _finished(message: ET.Element) -> bool:
    node = message.find("translation")
    if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = node.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((node.text or "").strip())


@pytest.mark.translations
def test_every_message_has_a_finished_german_translation():
    missing = [f"{ctx}: {m.findtext('source')!r}" for ctx, m in _messages() if not _finished(m)]
    assert missing == [], "translate these in resources/translations/welcome_desk_de.ts:\n" + "\n".join(missing)


def _code_strings() -> set[tuple[str, str]]:
    """(context, source) of every tr()/translate() call with literal arguments in the UI code."""
    found: set[tuple[str, str]] = set()
    for path in ui_files():
        tree = parse(path.read_text("utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and _call_name(node) == "tr" and node.args:
                    arg = node.args[0]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.add((cls.name, arg.value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) == "translate" and len(node.args) >= 2:
                ctx, src = node.args[0], node.args[1]
                if all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (ctx, src)):
                    found.add((ctx.value, src.value))
    return found


@pytest.mark.translations
def test_every_string_of_the_code_is_in_the_ts_file():
    in_ts = {(ctx, m.findtext("source")) for ctx, m in _messages()}
    missing = sorted(_code_strings() - in_ts)
    assert missing == [], "run pyside6-lupdate (see the module docstring); missing:\n" + "\n".join(map(str, missing))


@pytest.mark.translations
def test_the_qm_file_matches_the_ts_file(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} does not load"
    differ = []
    for ctx, m in _messages():
        if m.get("numerus") == "yes" or not _finished(m):
            continue
        expected = m.find("translation").text
        got = translator.translate(ctx, m.findtext("source"), m.findtext("comment"))
        if got != expected:
            differ.append(f"{ctx}: {m.findtext('source')!r}")
    assert differ == [], "run pyside6-lrelease (see the module docstring):\n" + "\n".join(differ[:20])
