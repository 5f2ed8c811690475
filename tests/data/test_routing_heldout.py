"""Routing on a second held-out set (tests/routing_heldout.json): phrasing written after the keywords.

Its 'holdout' half was never used to change keywords; its 'tune' half was
(issue 3: one Turkish eAT phrase). ``pytest tests/test_routing_heldout.py -s``
prints the table. The floors are the measured values, so a keyword change
that makes routing worse on unseen phrasing fails here.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from welcome_desk.core.centre import load_bundled_centre
from welcome_desk.core.routing import Router

HELDOUT = Path(__file__).with_name("routing_heldout.json")
MAIN = Path(__file__).with_name("routing_phrases.json")


def _phrases() -> list[dict]:
    return json.loads(HELDOUT.read_text("utf-8"))["phrases"]


def test_heldout_phrases_are_new_and_point_at_known_units():
    main = {p["text"] for p in json.loads(MAIN.read_text("utf-8"))["phrases"]}
    centre = load_bundled_centre("giessen")
    phrases = _phrases()
    assert len(phrases) == 60
    assert not [p["text"] for p in phrases if p["text"] in main]
    raw_keywords = {t for c in centre.concerns for ts in c.keywords.values() for t in ts}
    assert not [p["text"] for p in phrases if p["text"] in raw_keywords]
    for p in phrases:
        assert p["split"] in ("tune", "holdout")
        assert all(centre.has_unit(u) for u in p["units"]), p


def test_heldout_accuracy():
    router = Router(load_bundled_centre("giessen"))
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for p in _phrases():
        units = [c.unit.id for c in router.route(p["text"]).candidates]
        ok = bool(units) and units[0] in p["units"]
        for key in ("all", f"split:{p['split']}", f"lang:{p['lang']}"):
            table[key][0] += 1
            table[key][1] += ok
        if not ok:
            misses.append(f"  [{p['split']}/{p['lang']}] {p['text']!r}: expected {p['units'][0]}, got {units[:2]}")
    print("\nheld-out routing accuracy (top-1):")
    for key in sorted(table, key=lambda k: (k != "all", k)):
        n, a = table[key]
        print(f"  {key:16} {a:3d}/{n:3d} = {a / n:6.1%}")
    print("\n".join(misses))
    n, a = table["split:holdout"]
    assert a / n >= 0.90
    n, a = table["all"]
    assert a / n >= 0.95
