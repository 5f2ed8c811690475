"""Routing speed per keystroke on a catalogue ten times the bundled one.

Not collected by pytest (the name does not start with ``test_``). Run:

    .venv/bin/python tests/bench_routing.py [--factor 10] [--centre giessen] [--cold]

The bundled centre's concerns are cloned ``factor - 1`` times with suffixed ids and
perturbed keywords (letters swapped, dropped or added in each word), so the
vocabulary really grows ten-fold instead of repeating the same words. Every phrase
of ``tests/routing_phrases.json`` is then typed one character at a time, and each
``Router.route()`` call is timed. With ``--cold`` the router's per-word cache is
cleared before every keystroke (the worst case: nothing learned from earlier visitors).
Each keystroke also guesses the visitor's language (:mod:`welcome_desk.core.langid`), as
the window does. Target: p99 ≤ 5 ms per keystroke.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import sys
import time
from pathlib import Path

from welcome_desk.core.centre import build_centre, load_bundled_centre
from welcome_desk.core.langid import LanguageGuesser
from welcome_desk.core.routing import Router
from welcome_desk.core.textnorm import words

HERE = Path(__file__).resolve().parent


def _perturb_word(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word + rng.choice("aeiou")
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:  # swap two neighbours
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:  # drop a letter
        return word[:i] + word[i + 1 :]
    return word[:i] + rng.choice(word) + word[i:]  # double/insert a letter


def _perturb(text: str, rng: random.Random) -> str:
    return " ".join(_perturb_word(w, rng) for w in text.split())


def big_catalogue(centre_id: str, factor: int, seed: int = 7) -> dict:
    doc = copy.deepcopy(dict(load_bundled_centre(centre_id).document))
    rng = random.Random(seed)
    originals = doc["concerns"]
    clones = []
    for k in range(1, factor):
        for concern in originals:
            clone = copy.deepcopy(concern)
            clone["id"] = f"{concern['id'][:55]}-x{k}"
            clone["keywords"] = {
                lang: [_perturb(t, rng) for t in texts] for lang, texts in concern["keywords"].items()
            }
            clones.append(clone)
    doc["concerns"] = originals + clones
    return doc


def phrases() -> list[str]:
    texts = []
    for name in ("routing_phrases.json", "routing_languages.json"):
        data = json.loads((HERE / "data" / name).read_text("utf-8"))
        texts += [p["text"] for p in data["phrases"]]
    return texts


def pct(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factor", type=int, default=10)
    ap.add_argument("--centre", default="giessen")
    ap.add_argument("--cold", action="store_true", help="clear the per-word cache before every keystroke")
    ap.add_argument("--budget-ms", type=float, default=5.0, help="p99 target; exit 1 when missed")
    args = ap.parse_args(argv)

    doc = big_catalogue(args.centre, args.factor)
    t0 = time.perf_counter()
    centre = build_centre(doc, source="bench")
    t1 = time.perf_counter()
    router = Router(centre)
    t2 = time.perf_counter()
    guesser = LanguageGuesser(background=False)
    texts = phrases()
    n_keywords = sum(len(v) for c in doc["concerns"] for v in c["keywords"].values())
    print(
        f"catalogue: {len(doc['concerns'])} concerns, {n_keywords} keywords, "
        f"{len(router._vocab)} index words; validate {1000 * (t1 - t0):.0f} ms, build router {1000 * (t2 - t1):.0f} ms"
    )
    times: list[float] = []
    for text in texts:
        for i in range(1, len(text) + 1):
            if args.cold:
                router._cache.clear()
            s = time.perf_counter()
            router.route(text[:i])
            guesser.guess(text[:i])
            times.append((time.perf_counter() - s) * 1000)
    times.sort()
    p99 = pct(times, 0.99)
    # The floor, measured in the same run: folding the same keystrokes' text into words,
    # the least any routing must do. On a loaded machine both grow; the ratio stays comparable.
    floor: list[float] = []
    for text in texts:
        for i in range(1, len(text) + 1):
            s = time.perf_counter()
            words(text[:i])
            floor.append((time.perf_counter() - s) * 1000)
    floor.sort()
    print(
        f"{len(texts)} phrases typed key by key: {len(times)} keystrokes ({'cold' if args.cold else 'warm'} cache)\n"
        f"p50 {pct(times, 0.50):.2f} ms   p95 {pct(times, 0.95):.2f} ms   p99 {p99:.2f} ms   "
        f"max {times[-1]:.2f} ms   mean {statistics.fmean(times):.2f} ms\n"
        f"floor (folding the text into words): p50 {pct(floor, 0.50):.3f} ms   p99 {pct(floor, 0.99):.3f} ms   "
        f"→ routing p99 = {p99 / max(pct(floor, 0.99), 1e-6):.0f}× the floor's p99"
    )
    if p99 > args.budget_ms:
        print(f"p99 above the {args.budget_ms} ms budget")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
