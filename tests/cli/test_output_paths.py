"""No command overwrites a file it was not meant to write; --db never changes a file it did not create."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.sqlite_only


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "import sys; from welcome_desk.cli import main; sys.exit(main(sys.argv[1:]))", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.fixture
def desk(tmp_path):
    db = tmp_path / "desk.sqlite"
    url = f"sqlite:///{db}"
    done = run("--db", url, "book", "--unit", "jobcenter")
    assert done.returncode == 0, done.stderr
    return tmp_path, db, url


def test_log_and_slip_refuse_the_live_database(desk):
    folder, db, url = desk
    before = db.read_bytes()
    for args in (("log", "--format", "csv", "-o", str(db), "--force"),
                 ("slip", "1", "-o", str(db), "--force"),
                 ("centre", "export", "-o", f"{db}-wal", "--force"),
                 ("report", "--month", "2026-11", "-o", str(db))):
        done = run("--db", url, *args)
        assert done.returncode == 1, args
        assert "never an output" in done.stderr and len(done.stderr.splitlines()) == 1
    assert db.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"


def test_existing_output_needs_force_and_devices_are_refused(desk):
    folder, db, url = desk
    target = folder / "log.csv"
    target.write_text("keep me")
    done = run("--db", url, "log", "--format", "csv", "-o", str(target))
    assert done.returncode == 1 and "--force" in done.stderr and target.read_text() == "keep me"
    done = run("--db", url, "log", "--format", "csv", "-o", str(target), "--force")
    assert done.returncode == 0, done.stderr and "jobcenter" in target.read_text("utf-8-sig")
    done = run("--db", url, "log", "--format", "csv", "-o", "/dev/null", "--force")
    assert done.returncode == 1 and "device" in done.stderr


def test_centre_export_does_not_follow_a_planted_symlink(desk):
    folder, db, url = desk
    victim = folder / "victim.txt"
    victim.write_text("precious")
    (folder / "centre.json").symlink_to(victim)
    done = run("--db", url, "centre", "export", "-o", str(folder / "centre.json"), "--force")
    assert done.returncode == 1 and "symbolic link" in done.stderr
    assert victim.read_text() == "precious"
    assert not [p for p in folder.iterdir() if p.name.endswith((".part", ".tmp"))]


def test_db_refuses_what_is_not_a_database_and_leaves_it_alone(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("my notes")
    os.chmod(text, 0o644)
    done = run("--db", f"sqlite:///{text}", "book", "--unit", "jobcenter")
    assert done.returncode == 1 and "not a SQLite database" in done.stderr and "not changed" in done.stderr
    assert text.read_text() == "my notes" and os.stat(text).st_mode & 0o777 == 0o644
    assert not (tmp_path / "notes.txt-wal").exists()
    done = run("--db", f"sqlite:///{tmp_path}", "book", "--unit", "jobcenter")
    assert done.returncode == 1 and "folder" in done.stderr
    done = run("--db", "sqlite:////dev/null", "book", "--unit", "jobcenter")
    assert done.returncode == 1 and "device" in done.stderr


@pytest.mark.parametrize("url", ["sqlite:///", "sqlite://", "sqlite:///:memory:"])
def test_in_memory_database_is_refused(url):
    done = run("--db", url, "book", "--unit", "jobcenter")
    assert done.returncode == 1 and "in-memory" in done.stderr
