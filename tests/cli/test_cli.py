"""The command line is a contract: JSON shapes, exit codes, one clear line on errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from welcome_desk.cli import main


@pytest.fixture
def run(tmp_db_url, capsys):
    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", tmp_db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_route_json_contract(run):
    code, out, err = run("route", "Aufenthaltserlaubnis", "verlängern", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["concern"].startswith("residence")  # residence-law or the more specific extension
    top = data["candidates"][0]
    assert top["unit"] == "immigration-office"
    assert {"unit", "name", "score", "reason"} <= set(top)
    assert 0 < top["score"] <= 1 and top["reason"]


def test_route_english_phrase(run):
    code, out, _ = run("route", "looking for a flat", "--json")
    assert code == 0
    assert json.loads(out)["concern"] == "housing"


def test_route_without_match_has_null_concern(run):
    code, out, _ = run("route", "zzzzqqq", "--json")
    assert code == 0
    assert json.loads(out) | {"query": None} == {
        "query": None, "concern": None, "uncertain": False, "stated_answer": None, "candidates": [], "question": None
    }


def test_book_walk_in_and_appointment_json(run):
    code, out, err = run("book", "--unit", "immigration-office", "--concern", "residence-law", "--json")
    assert code == 0, err
    walk_in = json.loads(out)
    assert {"id", "ticket", "unit", "status", "at"} <= set(walk_in)
    assert walk_in["ticket"].startswith("A-") and walk_in["unit"] == "immigration-office"
    code, out, err = run("book", "--unit", "immigration-office", "--at", "2031-03-04T10:00", "--json", "--lang", "ar")
    assert code == 0, err
    appointment = json.loads(out)
    assert appointment["status"] == "booked" and appointment["at"] == "2031-03-04T10:00"
    assert appointment["language"] == "ar"


def test_book_errors_exit_nonzero_with_one_line(run):
    code, out, err = run("book", "--unit", "no-such-unit")
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "unknown unit" in err
    code, _, err = run("book", "--unit", "jobcenter", "--at", "2031-03-04T03:00")  # night
    assert code != 0 and "outside the hours" in err


def test_book_full_slot_is_refused(run):
    args = ("book", "--unit", "anti-discrimination", "--at", "2031-03-05T09:00")  # capacity 1, a Wednesday
    assert run(*args)[0] == 0
    code, _, err = run(*args)
    assert code != 0 and "full" in err


def test_log_formats(run):
    _, out, _ = run("book", "--unit", "refugee-affairs", "--concern", "housing", "--json")
    day = json.loads(out)["day"]
    code, out, _ = run("log", "--date", day, "--format", "json")
    assert code == 0
    entries = json.loads(out)["entries"]
    assert [e["unit"] for e in entries] == ["refugee-affairs"]
    assert "visitor_name" not in entries[0]  # no personal fields unless asked
    code, out, _ = run("log", "--date", day, "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("id,at,ticket") and len(lines) == 2
    code, out, _ = run("log", "--date", day)
    assert "F-001" in out


def test_slip_is_written(run, tmp_path):
    _, out, _ = run("book", "--unit", "immigration-office", "--concern", "residence-law", "--json")
    entry_id = str(json.loads(out)["id"])
    target = tmp_path / "slip.pdf"
    code, _, err = run("slip", entry_id, "--lang", "en", "-o", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    code, _, err = run("slip", "9999", "-o", str(tmp_path / "x.pdf"))
    assert code != 0 and "no entry" in err


def test_centre_validate_reports_the_field(run, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "welcome-desk/centre"}', "utf-8")
    code, _, err = run("centre", "validate", str(bad))
    assert code != 0 and "$" in err and "required" in err


def test_centre_export_import_round_trip(run, tmp_path):
    target = tmp_path / "centre.json"
    assert run("centre", "export", "-o", str(target))[0] == 0
    code, out, err = run("centre", "validate", str(target))
    assert code == 0, err
    assert run("centre", "import", str(target))[0] == 0


def test_errors_never_show_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "welcome_desk", "--db", f"sqlite:///{tmp_path}/x.sqlite", "book", "--unit", "x"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "unknown unit" in result.stderr


def test_route_says_when_a_match_is_unsure_and_reads_the_situation(run):
    code, out, _ = run("route", "looking")
    assert code == 0 and out.startswith("no sure match")
    code, out, _ = run("route", "suche", "Arbeit,", "Jobcenter", "zahlt", "--json")
    payload = json.loads(out)
    assert payload["stated_answer"] == "yes" and payload["candidates"][0]["unit"] == "jobcenter"
    assert payload["uncertain"] is False
