"""Routing quality per language: top-1, top-2 and confident-wrong, seen vs held-out.

Not collected by pytest (the name does not start with ``test_``). Run:

    .venv/bin/python tests/data/routing_report.py [--misses seen]

*seen* phrases are the ones vocabulary may be tuned on (``routing_phrases.json`` and the
'seen' part of ``routing_languages.json``); *held-out* phrases (the 'holdout' half of
``routing_heldout.json`` and the 'heldout' part of ``routing_languages.json``) were
written before the vocabulary and are never used to tune it, so ``--misses`` only
lists seen ones unless asked otherwise.

top-1: the first unit shown is a right one; top-2: a right unit among the first two;
confident-wrong: a wrong first unit (or any unit where none fits) shown *without* the
uncertain flag — the one thing routing must never do.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from welcome_desk.core.centre import load_bundled_centre  # noqa: E402
from welcome_desk.core.routing import Router  # noqa: E402

LANGS = ("de", "en", "ar", "fa", "tr", "uk", "ru", "fr", "ti", "ku", "ps", "so", "ro", "bg", "pl", "sq")


def load_phrases() -> list[dict]:
    """Every measured phrase as {lang, split, text, units (right first units; () = none fits)}."""
    centre = load_bundled_centre("giessen")
    out: list[dict] = []
    for p in json.loads((HERE / "routing_phrases.json").read_text("utf-8"))["phrases"]:
        if p.get("centre", "giessen") != "giessen" or "answer" in p:
            continue
        out.append({"lang": p["lang"], "split": "seen", "text": p["text"], "units": tuple(p["units"])})
    for p in json.loads((HERE / "routing_heldout.json").read_text("utf-8"))["phrases"]:
        split = "heldout" if p["split"] == "holdout" else "seen"
        out.append({"lang": p["lang"], "split": split, "text": p["text"], "units": tuple(p["units"])})
    for p in json.loads((HERE / "routing_languages.json").read_text("utf-8"))["phrases"]:
        if p["concern"] == "none":
            units: tuple[str, ...] = ()
        elif "unit" in p:
            units = (p["unit"],)
        else:
            units = centre.concern(p["concern"]).units
        out.append({"lang": p["lang"], "split": p["split"], "text": p["text"], "units": units})
    return out


def measure(router: Router, phrases: list[dict]) -> tuple[dict, list[str]]:
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, top1, top2, confident-wrong
    misses: list[str] = []
    for p in phrases:
        result = router.route(p["text"], complete=True)
        units = [c.unit.id for c in result.candidates]
        right = set(p["units"])
        top1 = bool(units) and units[0] in right
        top2 = bool(set(units[:2]) & right)
        sure_wrong = bool(units) and not top1 and not result.uncertain
        for key in ((p["lang"], p["split"]), ("all", p["split"])):
            row = table[key]
            row[0] += 1
            row[1] += top1
            row[2] += top2
            row[3] += sure_wrong
        if not top1:
            flag = "nothing" if not units else "uncertain" if result.uncertain else "SURE"
            misses.append(f"[{p['split']}/{p['lang']}] {p['text']!r}: want {sorted(right) or 'none'}, got {units[:2]} ({flag})")
    return table, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", choices=("none", "seen", "all"), default="none")
    args = ap.parse_args(argv)
    router = Router(load_bundled_centre("giessen"))
    table, misses = measure(router, load_phrases())

    def cell(key) -> str:
        n, t1, t2, cw = table.get(key, (0, 0, 0, 0))
        if not n:
            return f"{'–':>28}"
        return f"{n:4d} {t1 / n:6.1%} {t2 / n:6.1%} {cw / n:6.1%}  "

    print(f"{'lang':5} | {'seen: n  top-1  top-2  sure-wrong':32} | {'held-out: n  top-1  top-2  sure-wrong':36}")
    for lang in (*LANGS, "all"):
        print(f"{lang:5} | {cell((lang, 'seen')):32} | {cell((lang, 'heldout')):36}")
    if args.misses != "none":
        for line in misses:
            if args.misses == "all" or line.startswith("[seen/"):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
