"""Every bad input gets its own short answer: never "unexpected error", never a megabyte of echo."""

from __future__ import annotations

import json

import pytest

from tests.bad_inputs import Case, centre_cases, cli_cases, run_case
from welcome_desk.core.paths import resource

pytestmark = pytest.mark.sqlite_only


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad-input")
    url = f"sqlite:///{folder / 'desk.sqlite'}"
    assert run_case(Case("seed", ("book", "--unit", "jobcenter")), url, folder).code == 0
    return folder, url


def _sample(cases, every):
    return cases[::every]


def test_a_sample_of_the_corpus_gets_specific_messages(desk):
    """Every 8th command-line case and every 6th centre file (tests/reliability.py runs all of them)."""
    folder, url = desk
    base = json.loads(resource("centres", "giessen.json").read_text("utf-8"))
    cases = _sample(cli_cases(folder), 8) + _sample(centre_cases(folder, base), 6)
    bad = [(o.case.name, o.stderr[:200]) for o in (run_case(c, url, folder) for c in cases) if not o.ok]
    assert bad == []


@pytest.mark.parametrize("argv, expected", [
    (("slip", "1", "--lang", "xx", "-o", "{folder}/s.pdf", "--force"), "unsupported slip language 'xx'; supported: de"),
    (("slip", "9223372036854775808", "-o", "{folder}/s.pdf", "--force"), "no entry with id 9223372036854775808"),
    (("cancel", "-9223372036854775809"), "no entry with id"),
    (("log", "--from", "0001-01-01", "--to", "9999-12-31"), "outside the years 1900–2199"),
    (("report", "--month", "9999-12", "-o", "{folder}/r.pdf", "--force"), "outside the years"),
    (("demo", "--appointments", "5", "--days", "999999999"), "--days may be at most"),
    (("book", "--unit", "jobcenter", "--lang", "\udcff"), "--lang contains bytes that are not valid UTF-8"),
])
def test_precise_one_line_answers(desk, argv, expected):
    folder, url = desk
    outcome = run_case(Case("x", tuple(a.format(folder=folder) for a in argv)), url, folder)
    assert outcome.code in (1, 2) and expected in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()[-1]) < 300 and outcome.ok


def _centre_file(folder, change, name):
    data = json.loads(resource("centres", "giessen.json").read_text("utf-8"))
    change(data)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_unknown_holiday_region_is_refused_naming_the_valid_ones(desk):
    folder, url = desk
    path = _centre_file(folder, lambda d: d["holiday_region"].update(subdivision="HES"), "hes.json")
    for action in ("validate", "import"):
        outcome = run_case(Case(action, ("centre", action, str(path))), url, folder)
        assert outcome.code == 1
        assert "'HES' is not a subdivision of DE; valid: BB, BE, BW, BY, HB, HE" in outcome.stderr
        assert len(outcome.stderr.strip().splitlines()) == 1


def test_an_oversized_list_gives_a_short_message(desk):
    folder, url = desk
    path = _centre_file(folder, lambda d: d.update(concerns=d["concerns"] * 3000), "big.json")
    outcome = run_case(Case("validate", ("centre", "validate", str(path))), url, folder)
    assert outcome.code == 1 and len(outcome.stderr) < 2000, len(outcome.stderr)


def test_a_lone_surrogate_is_refused_by_validate_as_by_import(desk):
    folder, url = desk
    path = folder / "surrogate.json"
    text = resource("centres", "giessen.json").read_text("utf-8").replace('"Gießen', '"Gie\\udcffen', 1)
    path.write_text(text, "utf-8")
    for action in ("validate", "import"):
        outcome = run_case(Case(action, ("centre", action, str(path))), url, folder)
        assert outcome.code == 1 and "lone surrogate" in outcome.stderr and outcome.ok
