"""Nothing personal goes into the application log file, even when things fail."""

from __future__ import annotations

import logging
import os
import stat

import pytest
from sqlalchemy import insert

from welcome_desk.core.applog import WITHHELD, configure_logging, remove_logging
from welcome_desk.core.database import DatabaseError
from welcome_desk.core.models import Entry

NAME = "Zainab Q-Marker-Name"
CONTACT = "0151 99887766-marker"
CONCERN = "Aufenthaltserlaubnis wegen Krankheit marker-concern ‮ تمديد"
PERSONAL = (NAME, CONTACT, "marker-concern", "99887766")


@pytest.fixture
def log_file(tmp_path):
    handler = configure_logging(tmp_path / "log")
    yield tmp_path / "log" / "welcome-desk.log"
    remove_logging(handler)


def _text(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text("utf-8") if path.exists() else ""


def test_failing_slip_after_a_booking_logs_no_personal_text(qtbot, workspace, log_file, monkeypatch, tmp_path):
    from welcome_desk.core.settings import Settings
    from welcome_desk.ui.main_window import MainWindow

    shown = []

    class Messages:
        def warning(self, _parent, title, text, details=""):
            shown.append((title, text, details))

        error = info = warning

    entry = workspace.booking.log_walk_in(
        "immigration-office", query_text=CONCERN, visitor_name=NAME, visitor_contact=CONTACT
    )

    def broken_render(slip, path, lang="en", paper="A5"):
        # the kind of message a renderer bug could produce: quoting what it could not lay out
        raise ValueError(f"cannot lay out {CONCERN!r} for {NAME}")

    monkeypatch.setattr("welcome_desk.slips.render.write_slip", broken_render)
    monkeypatch.setattr("welcome_desk.slips.store.slips_folder", lambda db: tmp_path / "slips")  # no kept PDF yet
    window = MainWindow(workspace, Settings(ui_language="en"), messages=Messages(), run_dialog=lambda d: 0)
    qtbot.addWidget(window)
    window.reception.after_booking(entry)
    assert shown and shown[0][0] == "Slip not written"  # the person is told
    text = _text(log_file)
    assert "slip rendering failed for entry" in text and "ValueError" in text and WITHHELD in text
    assert "Traceback" in text  # the stack stays for the developers
    for secret in PERSONAL:
        assert secret not in text


def test_database_errors_with_personal_values_are_logged_without_them(workspace, log_file):
    log = logging.getLogger("welcome_desk.test")
    with pytest.raises(DatabaseError) as caught:
        with workspace.db.write() as session:  # NOT NULL columns missing: the driver refuses
            session.execute(insert(Entry).values(visitor_name=NAME, visitor_contact=CONTACT, query_text=CONCERN))
    assert NAME not in str(caught.value)  # hide_parameters: not even in the exception
    try:
        raise RuntimeError(f"while booking for {NAME}") from caught.value
    except RuntimeError:
        log.exception("booking failed")
    log.warning("could not do it: %s", ValueError(CONTACT))
    text = _text(log_file)
    assert "booking failed" in text and "DatabaseError" in text and "RuntimeError" in text
    for secret in PERSONAL:
        assert secret not in text


def test_log_file_is_owner_only_and_rotates(tmp_path):
    handler = configure_logging(tmp_path / "logs", level=logging.INFO)
    try:
        log = logging.getLogger("welcome_desk.test")
        for i in range(12_000):
            log.info("line %d of the rotation test with some padding to fill the file", i)
    finally:
        remove_logging(handler)
    files = sorted((tmp_path / "logs").iterdir())
    assert len(files) >= 2  # welcome-desk.log and welcome-desk.log.1
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
