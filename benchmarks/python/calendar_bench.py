"""Working days over 10 million date pairs: qaf.Calendar against numpy.busday_count.

Both get the same pairs (random days 2015-2030, fixed seed), the same England & Wales bank
holidays and the same convention, and the script asserts that their answers are equal. qaf counts
working days d with start < d <= end; numpy counts [begin, end) when end >= begin and (end, begin]
when end < begin, so numpy is given (start + 1, end + 1) for forward pairs and (start, end) for
backward ones, prepared outside the timing. Prints pairs per second for each and the ratio.
Run with `make bench` (or PYTHONPATH=<build>/python python benchmarks/python/calendar_bench.py).
"""

from __future__ import annotations

import time
from typing import Callable

import numpy as np

import qaf

PAIRS = 10_000_000
SEED = 20240401
REPEATS = 3


def random_pairs() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    first, last = np.datetime64("2015-01-01"), np.datetime64("2030-12-31")
    span = int((last - first).astype(np.int64)) + 1
    starts = first + rng.integers(0, span, PAIRS)
    ends = first + rng.integers(0, span, PAIRS)
    return starts.astype("datetime64[D]"), ends.astype("datetime64[D]")


def best_time(function: Callable[[], np.ndarray]) -> tuple[float, np.ndarray]:
    best, result = float("inf"), None
    for _ in range(REPEATS):
        began = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - began)
    return best, result


def main() -> None:
    starts, ends = random_pairs()
    calendar = qaf.Calendar()
    holidays = np.array(qaf.bank_holidays(2015, 2030), dtype="datetime64[D]")
    busdays = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    forward = ends >= starts
    begins = np.where(forward, starts + 1, starts)
    numpy_ends = np.where(forward, ends + 1, ends)

    qaf_seconds, qaf_counts = best_time(lambda: calendar.working_days_between(starts, ends))
    numpy_seconds, numpy_counts = best_time(
        lambda: np.busday_count(begins, numpy_ends, busdaycal=busdays)
    )
    assert np.array_equal(qaf_counts, numpy_counts), "qaf and numpy disagree"

    qaf_rate, numpy_rate = PAIRS / qaf_seconds, PAIRS / numpy_seconds
    print(f"{PAIRS:,} pairs, 2015-2030, England & Wales bank holidays, best of {REPEATS}")
    for name, seconds, rate in [
        ("qaf.Calendar.working_days_between", qaf_seconds, qaf_rate),
        ("numpy.busday_count", numpy_seconds, numpy_rate),
    ]:
        print(f"{name:<35}{seconds * 1e3:8.1f} ms  {rate:14,.0f} pairs/s")
    print(f"{'qaf / numpy':<35}{qaf_rate / numpy_rate:8.1f}x")


if __name__ == "__main__":
    main()
