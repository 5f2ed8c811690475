"""The import rules of the house, as import-linter contracts in pyproject.toml ([tool.importlinter]).

The core never imports Qt or the drawing libraries; slips and reports have no Qt;
the window never imports SQLAlchemy, the ORM models or the database module; the
layers go command line > window > reports > slips > core; and there is no import
circle anywhere in welcome_desk. grimp reads every import statement, also those
inside functions, so a lazy import that dodges a circle is still a circle.
Run by hand: ``.venv/bin/lint-imports`` (prints which import breaks which contract).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"


def test_the_contracts_are_there():
    config = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]
    kinds = {c["type"] for c in config["contracts"]}
    assert {"layers", "acyclic_siblings", "forbidden"} <= kinds
    names = " ".join(c["name"] for c in config["contracts"])
    for rule in ("headless", "circles", "never touches the database"):
        assert rule in names


def test_every_import_contract_is_kept(capsys):
    code = lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
