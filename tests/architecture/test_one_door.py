"""One door for every change (issue 11), checked on the source so it cannot quietly regress.

- The window, the command line and the reports never write audit records, never open a write
  transaction, never reach for ``perform()`` or the building blocks that skip the permission
  check (``find_entries``, ``audit.recent``, ``demo.generate``, ``retention.purge_personal_data``):
  they gather input and call a core use case.
- In the core, a write transaction is opened only by ``perform()`` or by the few named pieces
  of infrastructure below, each with its reason.
- Every ``perform()`` block leaves a record: an audit record, or the visit's own status event
  (who, when, what) for the visit flow.
- Every permission in the table is checked by some use case, and no use case names one that is
  not in the table.
"""

from __future__ import annotations

import ast
from pathlib import Path

from welcome_desk.core import audit
from welcome_desk.core.actor import RECEPTION, TEAM_LEAD
from welcome_desk.core.permissions import TABLE, Permission

PACKAGE = Path(__file__).resolve().parents[2] / "welcome_desk"
FRONT_ENDS = ("ui", "cli", "reports")

# Core functions the front-ends must not call: each skips the door its use case keeps.
SIDE_DOORS = {
    "add": "audit.add writes an audit record without a use case",
    "add_by": "audit.add_by writes an audit record without a use case",
    "record_by": "audit.record_by writes an audit record without a use case",
    "recent": "audit.recent reads the audit log without the AUDIT_READ check: use admin.audit_log",
    "perform": "perform() belongs inside core use cases",
    "refuse": "refusals are audited by the core's use cases",
    "find_entries": "find_entries returns names to anyone: use find.find_visits",
    "generate": "demo.generate skips the DEMO permission: use demo.add_demo_visits",
    "purge_personal_data": "an unaudited purge: use admin.purge",
    "erase_past": "an unaudited purge: use admin.purge",
}
# The modules those names come from (a front-end's own ``recent`` or ``generate`` is not meant).
SIDE_DOOR_MODULES = {"audit", "usecase", "find", "demo", "retention"}

# Core functions that open a write transaction themselves, and why that is not a side door.
INFRASTRUCTURE_WRITES = {
    ("usecase", "perform"): "the door itself",
    ("audit", "record_by"): "a refusal or sign-out is recorded in its own transaction (called by use cases)",
    ("team_lead", "_count"): "a counted password attempt: audited when wrong, shared by every desk",
    ("centre_store", "import_document"): "the bundled centres stored at the first start (no person acts)",
    ("centre_store", "set_active"): "the first start chooses its centre (no person acts)",
    ("retention", "purge_automatically"): "expires vocabulary when no visit is due (the purge itself is a use case)",
    ("retention", "_set_setting"): "the purge's own bookkeeping (pending erase, vacuumed) after its use case",
    ("retention", "purge_personal_data"): "a building block for tests; a side door for front-ends (above)",
    ("demo", "generate"): "the benchmarks' bulk insert; a side door for front-ends (above)",
}
# What a visit-flow use case records instead of an audit row: the visit's status event with the actor.
VISIT_RECORDERS = {"_set_status", "_record", "_insert"}


def _modules(*parts: str):
    for part in parts:
        for path in sorted((PACKAGE / part).rglob("*.py")):
            yield path, ast.parse(path.read_text("utf-8"), str(path))


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def test_front_ends_take_no_side_door():
    found = []
    for path, tree in _modules(*FRONT_ENDS):
        imported = {}  # local name -> core module it came from
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("welcome_desk.core"):
                module = (node.module or "").rsplit(".", 1)[-1]
                for alias in node.names:
                    if module in SIDE_DOOR_MODULES and alias.name in SIDE_DOORS:
                        found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} imports {alias.name}: {SIDE_DOORS[alias.name]}")
                    imported[alias.asname or alias.name] = alias.name
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                module = imported.get(node.value.id, node.value.id)
                if module in SIDE_DOOR_MODULES and node.attr in SIDE_DOORS:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} uses {module}.{node.attr}: {SIDE_DOORS[node.attr]}")
    assert found == []


def test_front_ends_open_no_write_transaction():
    found = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path, tree in _modules(*FRONT_ENDS)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "write"
        and not node.args and not node.keywords  # db.write(); a file's write(text) has its text
    ]
    assert found == [], "a write transaction belongs in a core use case (perform())"


def test_front_ends_decide_no_role():
    """Who may do what is the permission table's: no front-end compares roles or checks permissions itself.

    The sign-in flow (roles_ui, roles_dialogs) may ask whether someone is signed in, to offer signing in.
    """
    sign_in_flow = {"roles_ui.py", "roles_dialogs.py"}
    found = []
    for path, tree in _modules(*FRONT_ENDS):
        if path.name in sign_in_flow:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "is_team_lead":
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} .is_team_lead")
            if isinstance(node, ast.Compare):
                parts = {sub.attr if isinstance(sub, ast.Attribute) else getattr(sub, "id", getattr(sub, "value", None))
                         for sub in ast.walk(node)}
                if parts & {TEAM_LEAD, RECEPTION, "TEAM_LEAD", "RECEPTION"}:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} compares a role")
            if isinstance(node, ast.Call) and _called_name(node) in ("allowed", "require"):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {_called_name(node)}()")
    assert found == []


def test_only_use_cases_open_write_transactions_in_the_core():
    found = []
    for path, tree in _modules("core"):
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            writes = any(
                isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "write"
                and not sub.args and not sub.keywords
                for sub in ast.walk(node)
            )
            if writes and (path.stem, node.name) not in INFRASTRUCTURE_WRITES:
                found.append(f"core/{path.name}: {node.name}() opens db.write() without perform()")
    assert found == []


def test_every_use_case_leaves_a_record():
    """Every perform() block writes an audit record or the visit's status event (who did what, when)."""
    found = []
    for path, tree in _modules("core"):
        for node in ast.walk(tree):
            if not isinstance(node, ast.With):
                continue
            for item in node.items:
                call = item.context_expr
                if not (isinstance(call, ast.Call) and _called_name(call) in ("perform", "_change")):
                    continue
                calls = {_called_name(sub) for sub in ast.walk(node) if isinstance(sub, ast.Call)}
                door_wrapper = any(isinstance(sub, (ast.Yield, ast.YieldFrom)) for sub in ast.walk(node))
                if not door_wrapper and "audit" not in calls and not calls & VISIT_RECORDERS:
                    found.append(f"core/{path.name}:{node.lineno}")
    assert found == [], "a use case that changes something leaves no record of who did it"


def test_every_permission_is_checked_by_a_use_case():
    named: set[str] = set()
    for path, tree in _modules("core"):
        if path.name == "permissions.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Permission":
                named.add(node.attr)
    in_table = {p.name for p in TABLE}
    assert in_table == {p.name for p in Permission}, "every permission has its row in the table"
    assert in_table - named == set(), "a permission no use case checks is a promise nobody keeps"
    assert named - in_table == set()


def test_every_audit_action_is_written_by_some_use_case():
    text = "\n".join(p.read_text("utf-8") for p in (PACKAGE / "core").rglob("*.py") if p.name != "audit.py")
    unused = [a for a in audit.ACTIONS if f'"{a}"' not in text]
    assert unused == [], "an audit action nothing writes"
