"""Benchmark: milliseconds per referral slip (a script, not part of the test run).

    .venv/bin/python tests/bench_slips.py [--n 50]

Prints the median and 90th percentile time per slip for German+English
(walk-in, no QR code), German+Arabic (appointment, with the calendar QR code)
and a receipt80 slip (German+Farsi appointment). Every slip has a different
appointment time, so no QR code comes from the cache. Font registration (once
per process) is timed separately. Target: at most 50 ms per slip.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_slips import make_slip  # noqa: E402  (the test file's SlipData fixture)

from welcome_desk.slips import fonts  # noqa: E402
from welcome_desk.slips.render import render_slip  # noqa: E402

TARGET_MS = 50.0


def bench(label: str, kind: str, lang: str, paper: str, n: int) -> float:
    base = make_slip(kind)
    times = []
    for i in range(n):
        slip = replace(base, entry_id=i, at=base.at + timedelta(minutes=i), ticket=f"A-{i:03d}")
        start = time.perf_counter()
        render_slip(slip, lang, paper)
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    p90 = sorted(times)[int(0.9 * (len(times) - 1))]
    flag = "ok" if median <= TARGET_MS else "SLOW"
    print(f"{label:<34} median {median:6.1f} ms   p90 {p90:6.1f} ms   [{flag}]")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50, help="slips per case (default 50)")
    args = parser.parse_args()

    start = time.perf_counter()
    fonts.faces()
    print(f"{'font registration (once)':<34} {(time.perf_counter() - start) * 1000:6.1f} ms")
    render_slip(make_slip(), "ar", "A5")  # warm up caches that live for the whole process

    results = [
        bench("de+en A5 walk-in", "walk_in", "en", "A5", args.n),
        bench("de+ar A5 appointment with QR", "appointment", "ar", "A5", args.n),
        bench("de+fa receipt80 appointment+QR", "appointment", "fa", "receipt80", args.n),
    ]
    return 0 if max(results) <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
