"""The one output-path check and atomic write: nothing is clobbered, nothing is left behind."""

from __future__ import annotations

import os
import sqlite3

import pytest

from welcome_desk.core.files import OutputPathError, atomic_write, check_output_path, database_files, write_text


def test_new_file_is_written_whole_and_private(tmp_path):
    target = tmp_path / "out.csv"
    write_text(target, "a;b\n", force=False)
    assert target.read_text("utf-8") == "a;b\n"
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_existing_file_needs_force(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(OutputPathError, match="--force") as info:
        write_text(target, "new", force=False)
    assert info.value.code == "exists" and target.read_text() == "old"
    write_text(target, "new", force=True)
    assert target.read_text() == "new"


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_database_and_its_journal_are_never_outputs(tmp_path, suffix):
    db = tmp_path / "desk.sqlite"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.close()
    target = tmp_path / f"desk.sqlite{suffix}"
    if suffix:
        target.write_bytes(b"journal")
    before = target.read_bytes()
    with pytest.raises(OutputPathError) as info:
        write_text(target, "csv", force=True, protect=database_files(db))
    assert info.value.code == "protected"
    assert target.read_bytes() == before


def test_any_sqlite_database_is_refused_even_unnamed(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(OutputPathError, match="SQLite database"):
        check_output_path(other, force=True)


def test_backups_folder_is_protected(tmp_path):
    db = tmp_path / "desk.sqlite"
    (tmp_path / "backups").mkdir()
    with pytest.raises(OutputPathError, match="backups"):
        check_output_path(tmp_path / "backups" / "x.pdf", force=True, protect=database_files(db))


def test_folders_devices_and_fifos_are_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path, word in ((tmp_path, "folder"), (fifo, "pipe"), ("/dev/null", "device")):
        with pytest.raises(OutputPathError, match=word):
            check_output_path(path, force=True)


def test_symlinks_are_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    with pytest.raises(OutputPathError) as info:
        write_text(link, "{}", force=True)
    assert info.value.code == "symlink"
    assert victim.read_text() == "precious" and link.is_symlink()


def test_a_symlink_planted_during_the_write_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "out.json"
    with pytest.raises(OutputPathError):
        with atomic_write(target, force=True) as tmp:
            tmp.write_text("{}")
            target.symlink_to(victim)
    assert victim.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_temporary_file_is_removed_on_failure(tmp_path):
    target = tmp_path / "out.json"
    with pytest.raises(RuntimeError):
        with atomic_write(target, force=False) as tmp:
            tmp.write_text("half")
            raise RuntimeError("cut short")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(OutputPathError, match="does not exist"):
        check_output_path(tmp_path / "nope" / "x.csv")
