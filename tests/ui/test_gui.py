"""The reception window, driven by keys as reception would (offscreen, no modal dialog blocks)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QListView, QMessageBox, QPushButton, QTableView  # noqa: E402

from welcome_desk.core.booking import BookingError  # noqa: E402
from welcome_desk.core.centre import build_centre  # noqa: E402
from welcome_desk.core.paths import resource  # noqa: E402
from welcome_desk.core.routing import Router  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.ui.booking_dialog import AppointmentDialog  # noqa: E402
from welcome_desk.ui.i18n import Translations, visitor_languages  # noqa: E402
from welcome_desk.ui.models import DayLogModel  # noqa: E402
from welcome_desk.ui.printing import SlipJob, open_pages, paint_job, prepare_printer  # noqa: E402

from gui_desk import Desk, type_text  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(qtbot, workspace):
    d = Desk(qtbot, workspace)
    yield d
    d.close()


def press(widget, key) -> None:
    QTest.keyClick(widget, key)


# --------------------------------------------------------------------------- routing as you type


def test_intake_has_focus_and_german_placeholder(desk):
    w = desk.window
    assert w.intake.hasFocus()
    assert w.intake.placeholderText() == "Anliegen eingeben …"
    assert w.windowTitle() == "Welcome Desk — Willkommenszentrum Landkreis Gießen"


def test_typing_shows_the_right_unit_with_a_reason(desk, qtbot):
    w = desk.window
    qtbot.keyClicks(w.intake, "Visum")
    cand = w.current_candidate()
    assert cand is not None and cand.unit.id == "immigration-office"
    assert w.suggestions.suggestions.rowCount() >= 1
    reason = w.suggestions.suggestions.index(0).data(Qt.ItemDataRole.UserRole + 3)
    assert reason.startswith("'Visum' → ") and reason.endswith("Ausländerbehörde")
    assert w.detail.title.text() == "Ausländerbehörde"
    assert "B 0.12" in w.detail.where.text()
    assert w.detail.now_state.text().startswith("Jetzt geöffnet")  # Monday 09:05


def test_non_ascii_typing_routes(desk):
    w = desk.window
    type_text(w.intake, "Aufenthaltstitel verlängern")
    assert w.intake.text() == "Aufenthaltstitel verlängern"
    assert w.current_candidate().unit.id == "immigration-office"


def test_up_down_move_the_selection_while_focus_stays_in_the_field(desk, qtbot):
    w = desk.window
    qtbot.keyClicks(w.intake, "Wohnung")
    assert w.suggestions.suggestions.rowCount() >= 2
    first = w.current_candidate().unit.id
    press(w.intake, Qt.Key.Key_Down)
    assert w.suggestions.current_row() == 1
    assert w.intake.hasFocus()
    second = w.current_candidate()
    assert second.unit.id != first
    assert w.detail.title.text() == second.unit.name.get("de")
    press(w.intake, Qt.Key.Key_Up)
    assert w.current_candidate().unit.id == first


def test_no_match_says_so(desk, qtbot):
    w = desk.window
    qtbot.keyClicks(w.intake, "xqzzv")
    assert w.current_candidate() is None
    assert not w.walk_in_button.isEnabled()
    assert "keine Stelle" in w.detail.hint.text()


def test_enter_picks_and_enter_again_issues_the_ticket(desk, qtbot):
    w = desk.window
    qtbot.keyClicks(w.intake, "Visum")
    press(w.intake, Qt.Key.Key_Return)
    assert w.walk_in_button.hasFocus()
    assert w.detail.caption.text().startswith("Übernommen")
    press(w.walk_in_button, Qt.Key.Key_Return)
    assert w.log_model.rowCount() == 1
    assert w.log_model.entry(0).ticket == "A-001"
    assert w.intake.text() == "" and w.intake.hasFocus()


def test_typing_on_the_ticket_button_goes_back_into_the_field(desk, qtbot):
    w = desk.window
    qtbot.keyClicks(w.intake, "Visum")
    press(w.intake, Qt.Key.Key_Return)
    qtbot.keyClicks(w.walk_in_button, " x")
    assert w.intake.hasFocus()
    assert w.intake.text().endswith("x")


# --------------------------------------------------------------------------- walk-in


def test_f5_books_a_walk_in_logs_it_and_previews_the_slip(desk, qtbot, workspace):
    w = desk.window
    qtbot.keyClicks(w.intake, "Wohnung")
    unit = w.current_candidate().unit
    concern = w.current_candidate().concern
    assert w.set_visitor_language("en")
    press(w.intake, Qt.Key.Key_F5)

    assert w.log_model.rowCount() == 1
    entry = w.log_model.entry(0)
    assert entry.unit_id == unit.id and entry.kind == "walk_in" and entry.language == "en"
    assert entry.concern_id == concern.id and entry.query_text == "Wohnung"
    assert w.log_model.index(0, DayLogModel.UNIT).data() == unit.name.get("de")
    assert w.log_model.index(0, DayLogModel.STATUS).data() == "Wartet"
    assert w.ticket_card.ticket.text() == entry.ticket == f"{unit.ticket_prefix}-001"
    assert w.intake.text() == "" and w.intake.hasFocus()
    assert w.visitor_lang() == "de"  # reset for the next visitor
    assert not desk.messages.shown, desk.messages.shown

    path = w.slip_path_of(entry)
    assert path.is_file() and path.read_bytes().startswith(b"%PDF")
    previews = [d for d in desk.dialogs if isinstance(d, QPrintPreviewDialog)]
    assert len(previews) == 1
    assert path.name in w.ticket_card.slip.text()


def test_without_a_printer_the_pdf_stays_and_its_path_is_shown(qtbot, workspace):
    d = Desk(qtbot, workspace, has_printer=False)
    try:
        w = d.window
        qtbot.keyClicks(w.intake, "Visum")
        entry = w.issue_walk_in()
        path = w.slip_path_of(entry)
        assert path.is_file()
        kinds = [m[0] for m in d.messages.shown]
        assert kinds == ["warning"]
        assert str(path) in d.messages.shown[0][3]
        assert not [x for x in d.dialogs if isinstance(x, QPrintPreviewDialog)]
    finally:
        d.close()


def test_without_preview_setting_it_prints_without_a_dialog(qtbot, workspace):
    d = Desk(qtbot, workspace, settings=Settings(open_preview=False))
    try:
        w = d.window
        qtbot.keyClicks(w.intake, "Visum")
        w.issue_walk_in()
        assert [job.ticket for job in d.tray.jobs] == ["A-001"]
        assert not [x for x in d.dialogs if isinstance(x, QPrintPreviewDialog)]
    finally:
        d.close()


def test_booking_error_is_shown_translated_and_the_text_kept(desk, qtbot, workspace, monkeypatch):
    from welcome_desk.core import waiting

    def refuse(_db, _centre, _actor, _clock, unit_id, *a, **kw):
        raise BookingError("no_walk_in", "English text", unit=unit_id)

    monkeypatch.setattr(waiting, "issue_walk_in", refuse)  # the walk-in use case behind F5
    w = desk.window
    qtbot.keyClicks(w.intake, "Visum")
    assert w.issue_walk_in() is None
    kind, title, text, _ = desk.messages.shown[-1]
    assert kind == "error"
    assert "Ausländerbehörde empfängt nur mit Termin" in text
    assert w.intake.text() == "Visum"
    assert w.log_model.rowCount() == 0


# --------------------------------------------------------------------------- appointments


def test_appointment_dialog_preselects_the_next_free_slot_and_enter_books(qtbot, workspace, fixed_now):
    seen = {}

    def on_dialog(dialog):
        if isinstance(dialog, AppointmentDialog):
            seen["preselected"] = dialog.selected_slot()
            seen["next"] = workspace.booking.next_free_slot("immigration-office")
            dialog.show()  # as exec() would, without blocking
            qtbot.waitExposed(dialog)
            QTest.keyClick(dialog.slots, Qt.Key.Key_Return)
            return dialog.result()
        return 1

    d = Desk(qtbot, workspace, on_dialog=on_dialog)
    try:
        w = d.window
        qtbot.keyClicks(w.intake, "Visum")
        press(w.intake, Qt.Key.Key_F6)
        assert seen["preselected"] == seen["next"]
        assert seen["preselected"] > fixed_now
        assert w.log_model.rowCount() == 1
        entry = w.log_model.entry(0)
        assert entry.kind == "appointment" and entry.at == seen["next"]
        assert w.log_model.index(0, DayLogModel.STATUS).data() == "Gebucht"
        assert w.ticket_card.caption.text().startswith("Termin gebucht")
        assert w.intake.hasFocus() and w.intake.text() == ""
    finally:
        d.close()


def test_appointment_dialog_lists_days_and_a_taken_slot_is_reported(qtbot, workspace):
    result = {}

    def on_dialog(dialog):
        if not isinstance(dialog, AppointmentDialog):
            return 1
        assert dialog.days.count() >= 5
        first = dialog.selected_slot()
        for _ in range(3):  # another desk fills the slot (capacity 3)
            workspace.booking.book_appointment("immigration-office", first, None)
        dialog.book_selected()
        result["message"] = d.messages.shown[-1]
        result["still_open"] = dialog.entry is None
        result["new_choice"] = dialog.selected_slot()
        dialog.book_selected()
        return dialog.result()

    d = Desk(qtbot, workspace, on_dialog=on_dialog)
    try:
        w = d.window
        qtbot.keyClicks(w.intake, "Visum")
        entry = w.open_appointment_dialog()
        assert result["message"][0] == "warning" and "anderen Platz" in result["message"][2]
        assert result["still_open"]
        assert entry is not None and entry.at == result["new_choice"]
    finally:
        d.close()


# --------------------------------------------------------------------------- today's log


def test_status_actions_and_reprint_from_the_log(desk, qtbot):
    w = desk.window
    qtbot.keyClicks(w.intake, "Visum")
    entry = w.issue_walk_in()
    w.log_view.selectRow(0)
    updated = w.set_selected_status("called")
    assert updated.status == "called"
    assert w.log_model.index(0, DayLogModel.STATUS).data() == "Aufgerufen"
    w.status_actions["no_show"].trigger()
    assert w.log_model.entry(0).status == "no_show"
    menu = w.log_menu()
    labels = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert "Als nicht erschienen markieren" in labels and "Eintrag stornieren" in labels
    before = len(desk.dialogs)
    rect = w.log_view.visualRect(w.log_model.index(0, 1))
    QTest.mouseClick(w.log_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(w.log_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert len(desk.dialogs) == before + 1
    assert w.slip_path_of(entry).is_file()


def test_log_model_columns():
    model = DayLogModel()
    assert model.columnCount() == 6
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"


# --------------------------------------------------------------------------- clarifying question


def _centre_with_a_question(workspace):
    """The bundled centre if one of its concerns asks a question, else one with a question added."""
    centre = workspace.centre
    for concern in centre.concerns:
        if concern.question and concern.keywords.get("de"):
            return workspace, concern
    doc = dict(centre.document)
    doc["questions"] = list(doc.get("questions", [])) + [
        {
            "id": "test-housing-status",
            "text": {"de": "Lebt die Person in einer Gemeinschaftsunterkunft?", "en": "In shared housing?"},
            "answers": [
                {"id": "yes", "label": {"de": "Ja", "en": "Yes"}, "units": ["refugee-affairs"]},
                {"id": "no", "label": {"de": "Nein", "en": "No"}, "units": ["social-services"]},
            ],
        }
    ]
    doc["concerns"] = [dict(c, question="test-housing-status") if c["id"] == "housing" else c for c in doc["concerns"]]
    centre = build_centre(doc)
    ws = dataclasses.replace(workspace, centre=centre, router=Router(centre))
    return ws, centre.concern("housing")


def test_clarifying_question_answer_reranks(qtbot, workspace):
    ws, concern = _centre_with_a_question(workspace)
    question = ws.centre.question(concern.question)
    keyword = concern.keywords["de"][0]
    d = Desk(qtbot, ws)
    try:
        w = d.window
        type_text(w.intake, keyword)
        assert w.result.question is not None and w.result.question.id == question.id
        assert w.detail.question_box.isVisible()
        assert w.detail.question_text.text() == question.text.get("de")
        buttons = w.detail.answer_buttons()
        assert [b.accessibleName() for b in buttons] == [a.label.get("de") for a in question.answers]
        answer = question.answers[-1]
        buttons[-1].click()
        assert w.current_candidate().unit.id == answer.units[0]
        assert not w.detail.question_box.isVisible()
        assert w.intake.hasFocus()
    finally:
        d.close()


# --------------------------------------------------------------------------- language, menus, help


def test_language_switch_changes_labels_and_is_remembered(desk, qtbot):
    w = desk.window
    qtbot.keyClicks(w.intake, "Visum")
    assert w.intake_label.text() == "&Anliegen des Besuchers"
    assert w.file_menu.title() == "&Datei"
    w.language_actions["en"].trigger()
    assert w.intake_label.text() == "Visitor's &concern"
    assert w.file_menu.title() == "&File"
    assert w.intake.placeholderText() == "Enter concern …"
    assert w.detail.title.text() == "Immigration Office"
    assert w.detail.now_state.text().startswith("Open now")
    assert desk.saved[-1].ui_language == "en"
    w.language_actions["de"].trigger()
    assert w.walk_in_button.text().startswith("Wartenummer")
    assert desk.saved[-1].ui_language == "de"


def test_shortcut_help_lists_the_keys(desk):
    w = desk.window
    w.shortcuts_action.trigger()
    box = desk.dialogs[-1]
    assert isinstance(box, QDialog)  # a scrolling dialog (fits the screen at 200 % text)
    assert "F5" in box.text() and "F6" in box.text() and "Strg" not in box.windowTitle()
    w.about_action.trigger()
    assert "Welcome Desk" in desk.dialogs[-1].text()


def test_status_bar_names_centre_and_database(desk, workspace):
    w = desk.window
    assert "Willkommenszentrum Landkreis Gießen" in w.centre_label.text()
    assert workspace.db.location in w.db_label.text()


def test_every_control_has_an_accessible_name(desk):
    w = desk.window
    controls = w.findChildren(QPushButton) + w.findChildren(QLineEdit) + w.findChildren(QComboBox)
    controls += w.findChildren(QTableView) + w.findChildren(QListView)
    missing = [c.objectName() or type(c).__name__ for c in controls if c.isVisibleTo(w) and not c.accessibleName()]
    # the line edit inside the combo box and Qt's own clear button have no names of ours
    missing = [m for m in missing if m not in ("QLineEdit",)]
    assert not missing, missing


def test_visitor_languages_use_their_own_names():
    langs = dict(visitor_languages())
    assert langs["de"] == "Deutsch" and langs["en"] == "English"
    if "ar" in langs:
        assert langs["ar"] == "العربية"


def test_translation_files_are_complete_and_load(qapp):
    ts = resource("translations", "welcome_desk_de.ts")
    root = ET.parse(ts).getroot()
    unfinished = [
        m.findtext("source") for m in root.iter("message") if m.find("translation").get("type") == "unfinished"
    ]
    assert not unfinished
    assert resource("translations", "welcome_desk_de.qm").is_file()
    t = Translations(qapp)
    try:
        t.install("de")
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    finally:
        t.install("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# --------------------------------------------------------------------------- printing


def _slip(workspace, lang="de", kind="walk_in"):
    from welcome_desk.slips.compose import compose_slip

    if kind == "walk_in":
        entry = workspace.booking.log_walk_in("immigration-office", "residence-law", language=lang)
    else:
        at = workspace.booking.next_free_slot("immigration-office")
        entry = workspace.booking.book_appointment("immigration-office", at, "residence-law", language=lang)
    return entry, compose_slip(workspace.centre, entry, workspace.clock())


def test_paint_job_prints_to_a_pdf_printer(workspace, tmp_path, qapp):
    entry, slip = _slip(workspace)
    from welcome_desk.slips.render import write_slip

    pdf = tmp_path / "slip.pdf"
    write_slip(slip, pdf, "en", "A5")
    job = SlipJob(pdf, "en", "A5", entry.ticket)
    pages = open_pages(job)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    prepare_printer(printer, job, pages)
    assert paint_job(printer, job, pages)
    assert out.is_file() and out.stat().st_size > 1000


def test_run_gui_explains_a_bad_database_and_exits(monkeypatch, qapp):
    from welcome_desk.ui import app as app_module

    shown = []
    monkeypatch.setattr(app_module, "load_settings", lambda: Settings(ui_language="en"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.text(), self.informativeText())) or 0)
    stylesheet = qapp.styleSheet()
    try:
        assert app_module.run_gui("not a database url", None) == 1
    finally:
        qapp.setStyleSheet(stylesheet)
    assert shown and shown[0][0] == "The database could not be opened."
    assert "not a database url" in shown[0][1]


def test_fixed_clock_is_used_for_the_log_day(desk, fixed_now):
    assert desk.window.log_day == fixed_now.date() == dt.date(2026, 11, 23)


def test_open_state_says_open_or_when_next_in_words(workspace):
    from welcome_desk.ui.detail_panel import open_state_text

    centre = workspace.centre
    unit = centre.unit("immigration-office")
    monday = dt.datetime(2026, 11, 23, 9, 5)
    assert open_state_text(centre, unit, monday, "en") == "Open now — until 16:00"
    assert open_state_text(centre, unit, monday.replace(hour=7), "en") == "Closed now — next: today 08:00"
    assert open_state_text(centre, unit, monday.replace(hour=17), "en") == "Closed now — next: tomorrow 08:00"
    friday_evening = dt.datetime(2026, 11, 27, 15, 0)
    assert open_state_text(centre, unit, friday_evening, "en") == "Closed now — next: Mon 30/11 08:00"  # en_GB dates


def test_ts_file_is_read_directly_when_no_qm_is_there():
    from welcome_desk.ui.i18n import TsTranslator

    translator = TsTranslator(resource("translations", "welcome_desk_de.ts"))
    assert not translator.isEmpty()
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("MainWindow", "no such text") == ""
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("DetailPanel", "Where") == "Wo"
    finally:
        app.removeTranslator(translator)


def test_paper_size_is_chosen_per_desk_and_used_for_the_slip(desk, qtbot):
    from pypdf import PdfReader

    w = desk.window
    w.paper_actions["receipt80"].trigger()
    assert desk.saved[-1].paper == "receipt80" and w.settings.paper == "receipt80"
    qtbot.keyClicks(w.intake, "Visum")
    entry = w.issue_walk_in()
    path = w.slip_path_of(entry)
    assert path.is_file() and "receipt80" in path.name
    width_mm = float(PdfReader(path).pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 80) < 0.5
