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
