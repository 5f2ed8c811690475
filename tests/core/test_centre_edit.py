"""The centre editor's core: drafts of the stored centre, checked before saving, with an audit record."""

from __future__ import annotations

import json

import pytest

from welcome_desk.core import audit, centre_store
from welcome_desk.core.actor import TEAM_LEAD, Actor
from welcome_desk.core.centre import CentreError
from welcome_desk.core.centre_catalogue import centre_summaries
from welcome_desk.core.centre_edit import (
    CentreDraft,
    CentreEditError,
    HoursError,
    TimeRange,
    describe_changes,
    format_day_hours,
    parse_dates,
    parse_day_hours,
    save_draft,
    schedules_from_week,
    week_from_schedules,
)
from welcome_desk.core.database import open_database
from welcome_desk.core.migrations import upgrade
from welcome_desk.core.workspace import open_workspace


def _draft(workspace) -> CentreDraft:
    return CentreDraft.of_stored(workspace.db, workspace.centre.id)


def _save(workspace, draft):
    return save_draft(workspace.db, draft, Actor("desk 1", TEAM_LEAD), workspace.clock)


def test_edit_round_trip_stores_a_new_version_with_an_audit_record(workspace):
    draft = _draft(workspace)
    unit = draft.item("unit", "immigration-office")
    unit["room"] = "C 1.01"
    unit["schedules"] = schedules_from_week({0: parse_day_hours("8-12, 13:00-16:00"), 2: parse_day_hours("09:00–15:00")})
    draft.item("concern", "residence-law")["keywords"]["de"].append("Papiere abholen")
    assert draft.dirty

    result = _save(workspace, draft)

    assert result.changes == ("unit immigration-office: room, hours", "concern residence-law: keywords de")
    stored = centre_store.load_stored(workspace.db, workspace.centre.id)
    assert stored.unit("immigration-office").room == "C 1.01"
    assert [(sorted(s.weekdays), str(s.opens_at), str(s.closes_at)) for s in stored.unit("immigration-office").schedules] == [
        ([0], "08:00:00", "12:00:00"),
        ([0], "13:00:00", "16:00:00"),
        ([2], "09:00:00", "15:00:00"),
    ]
    assert "Papiere abholen" in stored.concern("residence-law").keywords["de"]
    assert centre_store.active_centre_id(workspace.db) == workspace.centre.id
    records = audit.recent(workspace.db, action="centre_edit")
    assert len(records) == 1
    assert records[0].detail == "giessen: unit immigration-office: room, hours; concern residence-law: keywords de"
    assert records[0].staff == "desk 1" and records[0].role == "team_lead"
    assert not draft.dirty  # the saved state is the new starting point


def test_an_edited_centre_is_not_replaced_by_the_bundled_file_at_the_next_start(tmp_db_url, fixed_now):
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    draft = _draft(ws)
    draft.item("unit", "immigration-office")["room"] = "Z 9"
    _save(ws, draft)
    ws.close()
    again = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    try:
        assert again.centre.unit("immigration-office").room == "Z 9"
    finally:
        again.close()


def test_saving_without_changes_stores_nothing(workspace):
    result = _save(workspace, _draft(workspace))
    assert result.changes == ()
    assert audit.recent(workspace.db, action="centre_edit") == []


@pytest.mark.parametrize(
    "edit, field",
    [
        (lambda d: d.item("unit", "immigration-office").update(slot_minutes=2), "unit 'immigration-office' › slot_minutes"),
        (lambda d: d.item("unit", "refugee-affairs").update(ticket_prefix="A"), "unit 'refugee-affairs' › ticket_prefix"),
        (
            lambda d: d.item("unit", "immigration-office").update(
                schedules=[{"byday": "TU", "opens_at": "17:00", "closes_at": "09:00"}]
            ),
            "unit 'immigration-office' › schedules[0]",
        ),
        (
            lambda d: d.item("unit", "immigration-office").update(
                schedules=[
                    {"byday": "MO,TU", "opens_at": "08:00", "closes_at": "12:00"},
                    {"byday": "TU", "opens_at": "11:00", "closes_at": "14:00"},
                ]
            ),
            "unit 'immigration-office' › hours TU",
        ),
        (lambda d: d.item("concern", "residence-law").update(units=["nowhere"]), "concern 'residence-law' › units"),
        (lambda d: d.item("concern", "residence-law").update(keywords={"de": []}), "concern 'residence-law' › keywords"),
        (lambda d: d.item("unit", "immigration-office")["name"].pop("de"), "unit 'immigration-office' › name"),
    ],
)
def test_invalid_edit_is_refused_naming_the_field_and_nothing_is_stored(workspace, edit, field):
    before = centre_store.load_stored(workspace.db, workspace.centre.id).document
    draft = _draft(workspace)
    edit(draft)
    assert draft.problems() and draft.problems()[0].message.startswith(field), draft.problems()
    with pytest.raises(CentreError) as err:
        _save(workspace, draft)
    assert str(err.value).startswith(field)
    assert centre_store.load_stored(workspace.db, workspace.centre.id).document == before
    assert audit.recent(workspace.db, action="centre_edit") == []


def test_removing_a_referenced_unit_is_refused_naming_the_references(workspace):
    draft = _draft(workspace)
    with pytest.raises(CentreEditError) as err:
        draft.remove("unit", "jobcenter")
    assert err.value.code == "referenced"
    assert "concern" in str(err.value) and "question q-job-benefits answer yes" in str(err.value)
    assert "jobcenter" in draft.ids("unit")
    assert not draft.dirty


def test_a_new_unit_can_be_renamed_added_to_a_concern_and_removed_again(workspace):
    draft = _draft(workspace)
    unit = draft.add_unit()
    assert unit["ticket_prefix"] not in {u["ticket_prefix"] for u in draft.items("unit")[:-1]}
    draft.rename("unit", unit["id"], "housing-help")
    concern = draft.add_concern("housing-help")
    assert concern["units"] == ["housing-help"]
    assert draft.problems() == []
    assert "unit housing-help: added" in draft.changes()
    with pytest.raises(CentreEditError):
        draft.remove("unit", "housing-help")
    draft.remove("concern", concern["id"])
    draft.remove("unit", "housing-help")
    assert not draft.dirty
    with pytest.raises(CentreEditError) as err:
        draft.rename("unit", "jobcenter", "jc")
    assert err.value.code == "id_fixed"


def test_removing_a_unit_with_visits_from_today_on_is_refused(workspace):
    workspace.booking.log_walk_in("anti-discrimination", None)
    draft = _draft(workspace)
    for concern in draft.items("concern"):
        concern["units"] = [u for u in concern["units"] if u != "anti-discrimination"] or ["immigration-office"]
    for question in draft.items("question"):
        for answer in question["answers"]:
            answer["units"] = [u for u in answer["units"] if u != "anti-discrimination"] or ["immigration-office"]
    draft.remove("unit", "anti-discrimination")
    with pytest.raises(CentreEditError) as err:
        _save(workspace, draft)
    assert err.value.code == "unit_has_visits"
    assert centre_store.load_stored(workspace.db, workspace.centre.id).has_unit("anti-discrimination")


def test_a_draft_older_than_the_stored_centre_is_refused(workspace):
    first, second = _draft(workspace), _draft(workspace)
    first.item("unit", "immigration-office")["room"] = "1"
    second.item("unit", "immigration-office")["room"] = "2"
    _save(workspace, first)
    with pytest.raises(CentreEditError) as err:
        _save(workspace, second)
    assert err.value.code == "changed_elsewhere"
    assert centre_store.load_stored(workspace.db, workspace.centre.id).unit("immigration-office").room == "1"


def test_export_then_import_gives_the_same_centre(workspace, tmp_path, tmp_db_url):
    draft = _draft(workspace)
    draft.item("unit", "immigration-office")["room"] = "E 2"
    _save(workspace, draft)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(centre_store.load_stored(workspace.db, "giessen").document, ensure_ascii=False), "utf-8")
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        upgrade(other)
        imported = centre_store.import_file(other, path, activate=True)
        assert imported == centre_store.load_stored(workspace.db, "giessen")
        assert imported.unit("immigration-office").room == "E 2"
    finally:
        other.dispose()


def test_workspace_follows_a_saved_centre(workspace):
    draft = _draft(workspace)
    draft.item("unit", "immigration-office")["slot_minutes"] = 30
    workspace.use_centre(_save(workspace, draft).centre)
    assert workspace.booking.centre.unit("immigration-office").slot_minutes == 30
    assert workspace.router.centre is workspace.centre


# ---------------------------------------------------------------- hours


@pytest.mark.parametrize(
    "text, code",
    [
        ("17:00-09:00", "closes_before_opens"),
        ("08:00-12:00, 11:30-14:00", "overlap"),
        ("25:00-26:00", "bad_time"),
        ("8:75-9", "bad_time"),
        ("morning", "bad_range"),
        ("8-12 maybe", "bad_attending"),
    ],
)
def test_impossible_hours_are_refused(text, code):
    with pytest.raises(HoursError) as err:
        parse_day_hours(text)
    assert err.value.code == code


def test_hours_grid_round_trips_through_schedules():
    text = "8-12, 13:00 – 16:30"
    ranges = parse_day_hours(text)
    assert format_day_hours(ranges) == "08:00–12:00, 13:00–16:30"
    assert parse_day_hours("") == ()
    assert parse_day_hours("08:00-12:00 walk-in, 10:00-16:00 appointment")[1] == TimeRange("10:00", "16:00", "appointment")
    week = {0: ranges, 1: ranges, 4: parse_day_hours("08:00-14:00")}
    kept = [{"byday": "SA", "opens_at": "10:00", "closes_at": "12:00", "valid_from": "2026-12-01"}]
    schedules = schedules_from_week(week, kept)
    assert schedules[0] == {"byday": "MO,TU", "opens_at": "08:00", "closes_at": "12:00"}
    again, kept_again = week_from_schedules(schedules)
    assert again == {0: ranges, 1: ranges, 2: (), 3: (), 4: week[4], 5: (), 6: ()}
    assert kept_again == kept


def test_closed_dates_are_parsed_and_checked():
    assert parse_dates("2026-12-24\n31.12.2026\n\n2026-12-24") == ["2026-12-24", "2026-12-31"]
    with pytest.raises(HoursError):
        parse_dates("2026-02-30")


def test_changes_are_described_by_ids_and_fields():
    old = {"id": "c", "name": {"de": "A"}, "units": [{"id": "a", "room": "1"}, {"id": "b"}], "concerns": []}
    new = {"id": "c", "name": {"de": "B"}, "units": [{"id": "b"}, {"id": "n"}], "concerns": []}
    assert describe_changes(old, new) == ["centre: name", "unit n: added", "unit a: removed"]


# ---------------------------------------------------------------- choosing a centre


def test_first_start_asks_only_when_nothing_is_stored(tmp_db_url):
    db = open_database(tmp_db_url)
    try:
        upgrade(db)
        asked = []

        def choose():
            asked.append(1)
            return centre_store.CentreChoice("burgenlandkreis")

        assert centre_store.ensure_active_centre(db, None, choose).id == "burgenlandkreis"
        assert centre_store.ensure_active_centre(db, None, choose).id == "burgenlandkreis"
        assert asked == [1]
        summaries = {s.id: s for s in centre_summaries(db)}
        assert summaries["burgenlandkreis"].stored and summaries["burgenlandkreis"].active
        assert not summaries["giessen"].stored and summaries["giessen"].bundled
        assert summaries["giessen"].units > 5 and summaries["giessen"].concerns > 20
    finally:
        db.dispose()


def test_closing_the_first_start_chooser_stores_nothing(tmp_db_url):
    db = open_database(tmp_db_url)
    try:
        upgrade(db)
        with pytest.raises(centre_store.NoCentreChosen):
            centre_store.ensure_active_centre(db, None, lambda: None)
        assert centre_store.stored_centre_ids(db) == []
        # a named centre is taken without asking
        assert centre_store.ensure_active_centre(db, "dahme-spreewald", lambda: None).id == "dahme-spreewald"
    finally:
        db.dispose()
