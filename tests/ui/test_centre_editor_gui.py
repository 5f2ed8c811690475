"""The centre editor, the Centre menu and the centre chooser, driven by keys (offscreen, no modal box blocks)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QTabBar, QWidget  # noqa: E402

from welcome_desk.core import audit, centre_store  # noqa: E402
from welcome_desk.core.centre_catalogue import bundled_summaries  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.ui.app import open_workspace_or_explain  # noqa: E402
from welcome_desk.ui.centre_chooser import CentreChooser  # noqa: E402
from welcome_desk.ui.centre_editor.dialog import CentreEditor  # noqa: E402

import gui_desk  # noqa: E402
from gui_desk import RecordedMessages  # noqa: E402

pytestmark = pytest.mark.gui


def editor_desk(qtbot, workspace, on_dialog=None, roles=None) -> gui_desk.Desk:
    """The window in English; dialogs are shown and active, then handed to ``on_dialog``.

    ``desk.menu`` is the Centre menu; the editor's "unsaved changes" question is
    answered with ``desk.unsaved_answer`` and recorded in ``desk.asked_unsaved``.
    """
    desk = gui_desk.Desk(
        qtbot, workspace, Settings(ui_language="en", staff="lead"), on_dialog,
        roles=roles, translations=False, show_dialogs=True, activate=False,
    )
    desk.menu = desk.window.centre_menu_actions
    desk.asked_unsaved = []
    desk.unsaved_answer = "discard"

    def ask_unsaved(_parent) -> str:
        desk.asked_unsaved.append(desk.unsaved_answer)
        return desk.unsaved_answer

    desk.menu.ask_unsaved = ask_unsaved
    return desk


def type_into(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def route(desk: gui_desk.Desk, text: str) -> None:
    desk.window.intake.setText(text)


def test_editing_a_units_room_and_hours_shows_at_the_desk_at_once(qtbot, workspace, team_lead):
    seen = {}

    def drive(editor: CentreEditor) -> int:
        assert editor.select("unit", "immigration-office")
        form = editor.forms["unit"]
        type_into(form.room, "C 3.14")
        type_into(form.hours.edits[1], "09:00-12:00, 13:00-15:30")  # Tuesday
        QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["status"] = editor.status.text()
        editor.reject()  # nothing unsaved: closes without asking
        return 0

    desk = editor_desk(qtbot, workspace, drive, roles=team_lead)
    editor = desk.menu.edit_centre()
    assert "Saved" in seen["status"]
    assert desk.asked_unsaved == []
    assert not editor.isVisible()

    stored = centre_store.load_stored(workspace.db, "giessen")
    assert stored.unit("immigration-office").room == "C 3.14"
    assert desk.window.ws.centre.unit("immigration-office").room == "C 3.14"  # reloaded, no restart
    route(desk, "Aufenthaltserlaubnis verlängern")
    assert desk.window.current_candidate().unit.id == "immigration-office"
    assert "C 3.14" in desk.window.detail.where.text()
    assert "*" not in desk.window.detail.where.text().split("C 3.14")[1][:2]  # no longer a sample value
    assert "13:00" in desk.window.detail.hours.text()
    [record] = audit.recent(workspace.db, action="centre_edit")
    assert record.detail == "giessen: unit immigration-office: room, hours"
    assert record.staff == "lead"


def test_impossible_hours_show_the_error_and_nothing_is_saved(qtbot, workspace, team_lead):
    before = centre_store.load_stored(workspace.db, "giessen").document
    seen = {}

    def drive(editor: CentreEditor) -> int:
        editor.select("unit", "immigration-office")
        form = editor.forms["unit"]
        type_into(form.hours.edits[1], "17:00-09:00")
        seen["saved"] = editor.save()
        seen["problems"] = editor.problem_texts()
        seen["inline"] = form.hours.problems[1].text()
        seen["focus"] = QApplication.focusWidget() is form.hours.edits[1] or editor.focusWidget() is form.hours.edits[1]
        # leaving the unit is refused while its hours are impossible
        seen["left"] = editor.select("concern", "residence-law")
        type_into(form.hours.edits[2], "08:00-12:00, 11:00-13:00")  # Wednesday: overlapping
        type_into(form.hours.edits[1], "09:00-17:00")
        seen["overlap"] = (editor.validate(), editor.problem_texts())
        editor.reject()
        return 0

    desk = editor_desk(qtbot, workspace, drive, roles=team_lead)
    desk.menu.edit_centre()
    assert seen["saved"] is False
    assert seen["problems"] == ["Unit Immigration Office (immigration-office) — Hours — Tuesday: 17:00–09:00 closes before it opens"]
    assert "closes before it opens" in seen["inline"]
    assert seen["focus"]
    assert seen["left"] is False
    assert seen["overlap"][0] is False and "Wednesday: 08:00–12:00 and 11:00–13:00 overlap" in seen["overlap"][1][0]
    assert desk.asked_unsaved == ["discard"]  # closing with unsaved changes asks
    assert centre_store.load_stored(workspace.db, "giessen").document == before
    assert audit.recent(workspace.db, action="centre_edit") == []


def test_document_problems_name_the_field_and_lead_to_it(qtbot, workspace, team_lead):
    seen = {}

    def drive(editor: CentreEditor) -> int:
        editor.select("unit", "refugee-affairs")
        type_into(editor.forms["unit"].prefix, "A")  # the immigration office's prefix
        seen["saved"] = editor.save()
        seen["problems"] = editor.problem_texts()
        seen["current"] = editor.current_key()
        desk.unsaved_answer = "cancel"
        editor.reject()
        seen["still_open"] = editor.result() == 0 and editor.isVisible()
        desk.unsaved_answer = "discard"
        editor.reject()
        return 0

    desk = editor_desk(qtbot, workspace, drive, roles=team_lead)
    desk.menu.edit_centre()
    assert seen["saved"] is False
    assert seen["problems"] == ["unit 'refugee-affairs' › ticket_prefix: 'A' is already used by unit 'immigration-office'"]
    assert seen["current"] == ("unit", "refugee-affairs")
    assert desk.asked_unsaved == ["cancel", "discard"]


def test_removing_a_referenced_unit_names_the_references_and_a_new_unit_can_be_added(qtbot, workspace, team_lead):
    seen = {}

    def drive(editor: CentreEditor) -> int:
        editor.select("unit", "jobcenter")
        editor.remove_current()
        seen["refused"] = editor.problem_texts()
        editor.add_item("unit")
        kind, new_id = editor.current_key()
        form = editor.forms["unit"]
        assert not form.id_edit.isReadOnly()
        type_into(form.id_edit, "housing-desk")
        type_into(form.name.edit("de"), "Wohnungsberatung")
        type_into(form.room, "A 1")
        form.own_hours.setChecked(True)
        type_into(form.hours.edits[0], "8-12")
        editor.select("concern", "housing")
        concern_form = editor.forms["concern"]
        combo: QComboBox = concern_form.units.combos[1]
        combo.setCurrentIndex(combo.findData("housing-desk"))
        keywords = concern_form.keywords.list_for("de")
        keywords.setPlainText(keywords.toPlainText() + "\nWohnungsberatung")
        seen["saved"] = editor.save()
        seen["changes"] = editor.last_result.changes
        seen["id_fixed"] = editor.select("unit", "housing-desk") and editor.forms["unit"].id_edit.isReadOnly()
        editor.reject()
        return 0

    desk = editor_desk(qtbot, workspace, drive, roles=team_lead)
    desk.menu.edit_centre()
    assert seen["refused"][0].startswith("The unit “jobcenter” cannot be removed: it is still used by concern job-search")
    assert seen["saved"], seen
    assert seen["changes"] == ("unit housing-desk: added", "concern housing: keywords de, units")
    assert seen["id_fixed"]
    centre = desk.window.ws.centre
    assert centre.unit("housing-desk").room == "A 1"
    assert centre.concern("housing").units[1] == "housing-desk"


def test_every_focusable_control_has_an_accessible_name(qtbot, workspace, team_lead):
    def drive(editor: CentreEditor) -> int:
        missing = []
        for kind, item_id in (("centre", ""), ("unit", "immigration-office"), ("concern", "residence-law"), ("question", "q-job-benefits")):
            editor.select(kind, item_id)
            for widget in editor.findChildren(QWidget):
                if (
                    isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton))
                    and widget.isVisibleTo(editor)
                    and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                    and not widget.accessibleName()
                    and not (isinstance(widget, QAbstractButton) and widget.text())
                    and not isinstance(widget.parent(), (QTabBar, QComboBox, QAbstractSpinBox))
                ):
                    missing.append((kind, type(widget).__name__, widget.objectName()))
        assert missing == []
        return 0

    desk = editor_desk(qtbot, workspace, drive, roles=team_lead)
    desk.menu.edit_centre()


def test_export_then_import_of_a_centre_file(qtbot, workspace, tmp_path, team_lead):
    desk = editor_desk(qtbot, workspace, roles=team_lead)
    target = tmp_path / "giessen-export"
    asked = []
    desk.menu.get_save_file_name = lambda *a: (asked.append(a[2]) or str(target), "")
    written = desk.menu.export_file()
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked[0].startswith(documents) and asked[0].endswith(".json")  # starts in the documents folder
    assert written == tmp_path / "giessen-export.json"
    data = json.loads(written.read_text("utf-8"))
    assert data == centre_store.load_stored(workspace.db, "giessen").document

    bad = tmp_path / "bad.json"
    data["units"][0]["slot_minutes"] = 1
    bad.write_text(json.dumps(data), "utf-8")
    desk.menu.get_open_file_name = lambda *a: (str(bad), "")
    assert desk.menu.import_file() is None
    kind, title, _text, details = desk.messages.shown[-1]
    assert kind == "error" and "$.units[0].slot_minutes" in details

    data["units"][0]["slot_minutes"] = 30
    good = tmp_path / "good.json"
    good.write_text(json.dumps(data), "utf-8")
    desk.menu.get_open_file_name = lambda *a: (str(good), "")
    assert desk.menu.import_file().id == "giessen"
    assert desk.window.ws.centre.units[0].slot_minutes == 30
    actions = [(r.action, r.detail) for r in audit.recent(workspace.db)]
    assert ("centre_edit", "import giessen from good.json") in actions
    assert ("export", "centre giessen to giessen-export.json") in actions


def test_switch_centre_uses_the_chooser_and_reloads(qtbot, workspace, team_lead):
    def drive(chooser: CentreChooser) -> int:
        assert chooser.current_id() == "giessen"  # the centre in use is preselected
        assert chooser.select_id("dahme-spreewald")
        QTest.keyClick(chooser.list, Qt.Key.Key_Return)
        return 1

    desk = editor_desk(qtbot, workspace, drive, roles=team_lead)
    assert desk.menu.switch_centre().id == "dahme-spreewald"
    assert "Dahme-Spreewald" in desk.window.windowTitle()
    assert desk.window.ws.booking.centre.id == "dahme-spreewald"
    assert centre_store.active_centre_id(workspace.db) == "dahme-spreewald"
    assert [(r.action, r.detail) for r in audit.recent(workspace.db, action="centre_use")] == [
        ("centre_use", "giessen -> dahme-spreewald")
    ]


def test_first_start_chooser_picks_burgenlandkreis_and_the_title_shows_it(qtbot, tmp_db_url):
    shown = {}

    def choose():
        chooser = CentreChooser(bundled_summaries(), "en", first_start=True)
        qtbot.addWidget(chooser)
        chooser.show()
        shown["preselected"] = chooser.current_id()
        shown["rows"] = [chooser.list.item(i).text() for i in range(chooser.list.count())]
        while chooser.current_id() != "burgenlandkreis":
            QTest.keyClick(chooser.list, Qt.Key.Key_Up)
        QTest.keyClick(chooser.list, Qt.Key.Key_Return)
        shown["accepted"] = chooser.result() == QDialog.DialogCode.Accepted
        return chooser.choice

    ws = open_workspace_or_explain(tmp_db_url, None, Settings(ui_language="en"), choose)
    try:
        assert shown["preselected"] == "giessen"
        assert shown["accepted"]
        assert any("Naumburg" in row and "units" in row and "concerns" in row for row in shown["rows"])
        assert ws.centre.id == "burgenlandkreis"
        window = gui_desk.Desk(qtbot, ws, Settings(ui_language="en"), translations=False, activate=False).window
        assert "Burgenlandkreis" in window.windowTitle()
        assert centre_store.stored_centre_ids(ws.db) == ["burgenlandkreis"]
    finally:
        ws.close()
    # the next start does not ask again
    again = open_workspace_or_explain(tmp_db_url, None, Settings(ui_language="en"), lambda: pytest.fail("asked again"))
    try:
        assert again.centre.id == "burgenlandkreis"
    finally:
        again.close()


def test_first_start_chooser_imports_a_checked_file_and_refuses_a_bad_one(qtbot, tmp_path):
    messages = RecordedMessages()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "welcome-desk/centre"', "utf-8")
    chooser = CentreChooser(bundled_summaries(), "en", first_start=True, messages=messages, get_open_file_name=lambda *a: (str(bad), ""))
    qtbot.addWidget(chooser)
    chooser.import_file()
    assert chooser.choice is None and "not valid JSON at line 1" in messages.shown[-1][3]
    chooser.get_open_file_name = lambda *a: (str(centre_store.bundled_centres()["dahme-spreewald"]), "")
    chooser.import_file()
    assert chooser.choice is not None and chooser.choice.document["id"] == "dahme-spreewald"


def test_suggested_words_are_accepted_from_the_centre_menu_and_route_at_once(qtbot, workspace, team_lead):
    from welcome_desk.core import vocabulary
    from welcome_desk.core.actor import Actor
    from welcome_desk.ui.centre_editor.vocabulary_dialog import VocabularyDialog

    vocabulary.suggest(
        workspace.db, Actor("Anna"), workspace.clock, workspace.centre, "health-social", "Schwerbehindertenausweis"
    )

    def drive(dialog) -> int:
        assert isinstance(dialog, VocabularyDialog) and dialog.list.count() == 1
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept_button.click()
        return 0

    desk = editor_desk(qtbot, workspace, drive, roles=team_lead)
    desk.menu.suggested_words()
    assert vocabulary.pending(workspace.db, workspace.centre.id) == []
    result = desk.window.reception.ws.router.route("Schwerbehindertenausweis", complete=True)
    assert result.concern.id == "health-social" and not result.uncertain


def test_unit_names_in_every_language_are_shown_marked_and_kept_and_an_edit_counts_as_reviewed(qtbot, workspace, team_lead):
    """The machine-drafted names (``unreviewed``) show in the unit form with their mark; saving another field keeps
    them all; typing over one language's name takes that language off the list and prints the new name."""
    from welcome_desk.core.languages import CODES

    before = centre_store.load_stored(workspace.db, "giessen").document
    [unit_before] = [u for u in before["units"] if u["id"] == "refugee-affairs"]
    assert set(unit_before["name"]) == set(CODES) and "uk" in unit_before["unreviewed"]["name"]
    seen = {}

    def drive(editor: CentreEditor) -> int:
        assert editor.select("unit", "refugee-affairs")
        form = editor.forms["unit"]
        seen["shown"] = {code: form.name.edit(code).text() for code in CODES}
        seen["marked"] = [code for code in CODES if "native speaker" in form.name.edit(code).toolTip()]
        type_into(form.room, "B 1.01")
        QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # names untouched: all kept
        seen["after_room"] = centre_store.load_stored(workspace.db, "giessen").document
        type_into(form.name.edit("uk"), "Відділ з питань біженців")
        QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        editor.reject()
        return 0

    editor_desk(qtbot, workspace, drive, roles=team_lead).menu.edit_centre()
    assert seen["shown"] == {code: unit_before["name"][code] for code in CODES}
    assert seen["marked"] == unit_before["unreviewed"]["name"]
    [kept] = [u for u in seen["after_room"]["units"] if u["id"] == "refugee-affairs"]
    assert kept["name"] == unit_before["name"] and kept["unreviewed"] == unit_before["unreviewed"]
    [edited] = [u for u in centre_store.load_stored(workspace.db, "giessen").document["units"] if u["id"] == "refugee-affairs"]
    assert edited["name"]["uk"] == "Відділ з питань біженців" and edited["name"]["ar"] == unit_before["name"]["ar"]
    assert edited["unreviewed"]["name"] == [c for c in unit_before["unreviewed"]["name"] if c != "uk"]
    assert workspace.centre.unit("refugee-affairs").name.get("uk") == "Відділ з питань біженців"
