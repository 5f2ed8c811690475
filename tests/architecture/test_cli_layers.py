"""The command line has no import circle: each command module imports only ``welcome_desk.cli.common``
from its own package (lazy imports inside functions included), and nothing in the core imports the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

import welcome_desk

ROOT = Path(welcome_desk.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_command_modules_import_only_the_shared_module():
    modules = sorted((ROOT / "cli").glob("*.py"))
    assert {p.stem for p in modules} >= {"__init__", "common", "desk", "queue", "data", "centre", "team_lead"}
    for path in modules:
        if path.stem == "__init__":
            continue
        cli_imports = {m for m in _imports(path) if m == "welcome_desk.cli" or m.startswith("welcome_desk.cli.")}
        if path.stem == "common":
            assert cli_imports == set(), path.name
        else:
            assert cli_imports and all(m.startswith("welcome_desk.cli.common") for m in cli_imports), path.name


def test_nothing_below_the_command_line_imports_it():
    for package in ("core", "reports", "slips", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            assert not any(m == "welcome_desk.cli" or m.startswith("welcome_desk.cli.") for m in _imports(path)), path
