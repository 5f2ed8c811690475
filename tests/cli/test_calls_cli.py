"""``welcome-desk calls --follow --json``, ``call --counter``, ``park`` and ``recall`` from the command line."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading

import pytest

from welcome_desk.cli import main
from welcome_desk.core.workspace import open_workspace

UNIT = "immigration-office"


@pytest.fixture
def run(tmp_db_url, capsys):
    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", tmp_db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_call_park_recall_and_the_days_calls(run, tmp_db_url):
    ws = open_workspace(tmp_db_url)
    entry = ws.booking.log_walk_in(UNIT, language="uk", visitor_name="Olena")
    ws.close()
    code, out, err = run("call", "--unit", UNIT, "--counter", "3", "--json")
    assert code == 0, err and json.loads(out)["called"]["id"] == entry.id
    code, out, err = run("park", str(entry.id))
    assert code == 0, err
    assert "parked (1 missed)" in out
    code, out, err = run("recall", str(entry.id), "--counter", "4", "--json")
    assert code == 0, err
    assert json.loads(out)["recall"] == 1
    code, out, err = run("calls", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(c["ticket"], c["counter"], c["recall"], c["language"]) for c in lines] == [
        (entry.ticket, "3", 0, "uk"), (entry.ticket, "4", 1, "uk"),
    ]
    assert "Olena" not in out
    code, out, err = run("calls")
    assert code == 0, err
    assert "Raum B 0.12 *" in out  # the room is an invented sample value: marked
    code, _, err = run("park", "99999")
    assert code == 1 and "no entry" in err


def test_follow_prints_one_json_line_per_call_as_it_happens(tmp_db_url):
    ws = open_workspace(tmp_db_url)
    try:
        for _ in range(2):
            ws.booking.log_walk_in(UNIT, language="ar", visitor_name="Samir")
        follower = subprocess.Popen(
            [sys.executable, "-m", "welcome_desk", "--db", tmp_db_url, "calls", "--follow", "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert "following calls" in follower.stderr.readline()  # listening from here on
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in follower.stdout], daemon=True).start()
        try:
            from welcome_desk.core import calls
            from welcome_desk.core.actor import Actor

            actor = Actor("RB")
            for counter in ("1", "2"):
                call = calls.call_next(ws.db, ws.centre, actor, ws.clock, UNIT, counter)[1]
                got = json.loads(lines.get(timeout=30))
                assert got["id"] == call.id and got["ticket"] == call.ticket
                assert set(got) == {"id", "ticket", "unit_id", "counter", "room", "room_sample", "at", "language", "recall"}
                assert got["room"] == "B 0.12" and got["room_sample"] is True  # an invented room in the bundled file
                assert got["counter"] == counter and got["language"] == "ar"
                assert "Samir" not in json.dumps(got)
        finally:
            follower.terminate()
            follower.wait(timeout=30)
    finally:
        ws.close()


def _run_with_stdin(url: str, *args: str, stdin: str = "") -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", url, *args], stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_the_desks_counter_is_set_on_the_command_line_and_every_call_carries_it(run, tmp_db_url, tmp_path, monkeypatch):
    from welcome_desk.core.settings import load_settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # this desk's settings file only
    code, out, _ = run("counter")
    assert code == 0 and "no counter set" in out
    code, _, err = run("counter", "x" * 33)
    assert code == 1 and "too long" in err and load_settings().counter == ""
    code, out, err = run("counter", "Schalter  3")
    assert code == 0, err
    assert "counter 3" in out and load_settings().counter == "3"
    ws = open_workspace(tmp_db_url)
    entry = ws.booking.log_walk_in(UNIT, language="ar")
    ws.close()
    code, out, err = run("call", "--unit", UNIT, "--json")
    assert code == 0, err
    code, out, err = run("park", str(entry.id))
    assert code == 0, err
    code, out, err = run("recall", str(entry.id), "--json")
    assert code == 0 and json.loads(out)["counter"] == "3"
    code, out, _ = run("calls", "--json")
    assert [json.loads(line)["counter"] for line in out.splitlines()] == ["3", "3"]
    assert run("counter", "--clear")[0] == 0 and load_settings().counter == ""
    code, out, err = run("call", "--unit", UNIT, "--counter", "7", "--json")  # an explicit one wins
    assert code == 0, err
    code, out, _ = run("counter", "4", "--clear")
    assert code == 1


def test_the_no_show_rule_on_the_command_line_needs_the_team_lead_and_a_refusal_is_audited(run, tmp_db_url):
    from welcome_desk.core import audit, calls, roles
    from welcome_desk.core.database import open_database

    from testvalues import TEAM_LEAD_PASSWORD

    code, out, _ = run("no-show-rule")
    assert code == 0 and "after 3 missed calls" in out
    db = open_database(tmp_db_url)
    try:
        roles.set_team_lead_password(db, dt_now(), "TL", TEAM_LEAD_PASSWORD)
    finally:
        db.dispose()
    code, _, err = _run_with_stdin(tmp_db_url, "--staff", "RB", "no-show-rule", "--after", "2")  # reception, no password
    assert code == 1 and "team-lead password" in err and "nothing was changed" in err
    code, _, err = _run_with_stdin(tmp_db_url, "no-show-rule", "--after", "0")
    assert code == 1 and "between 1 and 20" in err
    code, out, err = _run_with_stdin(tmp_db_url, "--staff", "TL", "no-show-rule", "--after", "2", "--password-stdin",
                                     stdin=TEAM_LEAD_PASSWORD + "\n")
    assert code == 0, err
    assert "after 2 missed calls" in out
    db = open_database(tmp_db_url)
    try:
        assert calls.no_show_after(db) == 2
        refused = audit.recent(db, action="refused")
        assert any(r.staff == "RB" and "settings" in r.detail for r in refused)
        done = audit.recent(db, action="settings")
        assert done[0].staff == "TL" and done[0].role == "team_lead" and "no-show after 2" in done[0].detail
    finally:
        db.dispose()


def dt_now():
    import datetime as dt

    return dt.datetime(2026, 11, 23, 9, 0)
