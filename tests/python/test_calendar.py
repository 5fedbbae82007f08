"""qaf's calendar from Python: bank holidays, Calendar with single dates and arrays, errors."""

import csv
import datetime
import pathlib
import tracemalloc

import numpy as np
import pandas as pd
import pytest

import qaf

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "calendar"


def read_rows(name):
    lines = [line for line in (DATA / name).read_text().splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


# ---- bank holidays


def test_bank_holidays_equal_the_gov_uk_feed_year_by_year():
    expected = {}
    for row in read_rows("gov_uk_england_and_wales.csv"):
        expected.setdefault(int(row["date"][:4]), set()).add((row["date"], row["title"]))
    for year in range(2012, 2028):
        actual = {(h.date.isoformat(), h.name) for h in qaf.named_bank_holidays(year)}
        assert actual == expected[year], year


def test_bank_holidays_of_a_year_and_a_range():
    assert qaf.bank_holidays(2024) == [
        datetime.date(2024, 1, 1),
        datetime.date(2024, 3, 29),
        datetime.date(2024, 4, 1),
        datetime.date(2024, 5, 6),
        datetime.date(2024, 5, 27),
        datetime.date(2024, 8, 26),
        datetime.date(2024, 12, 25),
        datetime.date(2024, 12, 26),
    ]
    assert len(qaf.bank_holidays(2021, 2022)) == 8 + 10
    assert qaf.bank_holidays(1970)[-1] == datetime.date(1970, 12, 25)  # no Boxing Day substitute


def test_named_holidays_and_substitute_days():
    boxing = qaf.named_bank_holidays(2020)[-1]
    assert (boxing.date, boxing.name, boxing.substitute) == (
        datetime.date(2020, 12, 28),
        "Boxing Day",
        True,
    )
    assert "substitute" in repr(boxing)
    assert qaf.bank_holiday_name("2022-09-19") == (
        "Bank Holiday for the State Funeral of Queen Elizabeth II"
    )
    assert qaf.bank_holiday_name(datetime.date(2022, 9, 20)) is None


def test_bank_holiday_years_outside_the_range():
    with pytest.raises(qaf.OutOfRangeError, match="year 1969 is outside the calendar's range"):
        qaf.bank_holidays(1969)
    with pytest.raises(qaf.OutOfRangeError):
        qaf.bank_holidays(2100, 2101)
    with pytest.raises(qaf.InvalidArgumentError, match="first year 2025 is after last year 2024"):
        qaf.bank_holidays(2025, 2024)


# ---- single dates


def test_counting_conventions_with_every_date_type():
    calendar = qaf.Calendar()
    assert calendar.working_days_between("2024-04-05", "2024-04-05") == 0
    friday, monday = datetime.date(2024, 4, 5), np.datetime64("2024-04-08")
    assert calendar.working_days_between(friday, monday) == 1
    assert calendar.working_days_between(pd.Timestamp("2024-04-08"), "2024-04-05") == -1
    assert calendar.add_working_days("2024-04-05", 1) == datetime.date(2024, 4, 8)
    assert calendar.add_working_days("2024-04-06", 0) == datetime.date(2024, 4, 6)
    assert calendar.add_working_days("2024-04-06", -1) == datetime.date(2024, 4, 5)
    assert calendar.is_working_day("2024-12-27") is True
    assert calendar.within_working_days("2024-04-01", "2024-06-05", 45) is True
    assert calendar.within_working_days("2024-04-01", "2024-06-06", 45) is False


def test_calendar_day_twins():
    calendar = qaf.Calendar()
    assert calendar.calendar_days_between("2024-02-28", "2024-03-01") == 2
    assert calendar.add_calendar_days("2024-02-28", 2) == datetime.date(2024, 3, 1)
    assert calendar.within_calendar_days("2024-04-01", "2024-04-08", 7)
    assert not calendar.within_calendar_days("2024-04-02", "2024-04-01", 7)
    with pytest.raises(qaf.OutOfRangeError, match="leaves the calendar's range"):
        calendar.add_calendar_days("2100-12-31", 1)


def test_range_limits_and_their_messages():
    calendar = qaf.Calendar()
    assert calendar.is_working_day(qaf.Calendar.first_date)  # a Thursday
    assert calendar.is_working_day(qaf.Calendar.last_date)  # a Friday
    with pytest.raises(qaf.OutOfRangeError) as caught:
        calendar.working_days_between("1969-12-31", "2024-01-01")
    assert str(caught.value) == (
        "date 1969-12-31 is outside the calendar's range 1970-01-01..2100-12-31"
    )
    with pytest.raises(ValueError):  # OutOfRangeError is a ValueError too
        calendar.add_working_days("2100-12-31", 1)


def test_closures_and_custom_holidays():
    council = qaf.Calendar(closures=["2024-12-27", datetime.date(2024, 12, 28), "2024-12-27"])
    assert not council.is_working_day("2024-12-27")
    assert council.working_days_between("2024-12-24", "2024-12-31") == 2  # 30 and 31
    assert council.non_working_weekdays()[-4:] == [
        datetime.date(2100, 5, 31),
        datetime.date(2100, 8, 30),
        datetime.date(2100, 12, 27),
        datetime.date(2100, 12, 28),
    ]
    weekends_only = qaf.Calendar(holidays=[])
    assert weekends_only.is_working_day("2024-12-25")
    assert weekends_only.working_days_between("2023-12-31", "2024-12-31") == 262
    own = qaf.Calendar(holidays=np.array(["2024-06-03"], dtype="datetime64[D]"))
    assert own.non_working_weekdays() == [datetime.date(2024, 6, 3)]
    with pytest.raises(qaf.OutOfRangeError, match="closure day 1969-12-25"):
        qaf.Calendar(closures=["1969-12-25"])
    with pytest.raises(qaf.InvalidArgumentError, match="YYYY-MM-DD"):
        qaf.Calendar(closures=["25/12/2024"])


# ---- arrays


def days(*texts):
    return np.array(texts, dtype="datetime64[D]")


def test_arrays_give_numpy_arrays():
    calendar = qaf.Calendar()
    starts = days("2024-04-05", "2024-04-08", "2022-12-23")
    ends = days("2024-04-08", "2024-04-05", "2023-01-03")
    counts = calendar.working_days_between(starts, ends)
    assert counts.dtype == np.int64
    assert counts.tolist() == [1, -1, 4]
    added = calendar.add_working_days(starts, [1, -1, 4])
    assert added.dtype == np.dtype("datetime64[D]")
    assert added.tolist() == [
        datetime.date(2024, 4, 8),
        datetime.date(2024, 4, 5),
        datetime.date(2023, 1, 3),
    ]
    assert calendar.is_working_day(days("2024-04-06", "2024-04-08")).tolist() == [False, True]
    assert calendar.within_working_days(starts, ends, 1).tolist() == [True, False, False]


def test_a_single_date_is_repeated_against_an_array():
    calendar = qaf.Calendar()
    ends = days("2024-04-08", "2024-06-05")
    assert calendar.working_days_between("2024-04-01", ends).tolist() == [5, 45]
    assert calendar.add_working_days("2024-04-05", [1, 2]).tolist() == [
        datetime.date(2024, 4, 8),
        datetime.date(2024, 4, 9),
    ]
    assert calendar.within_working_days("2024-04-01", ends, [4, 45]).tolist() == [False, True]


def test_lists_and_pandas_series_are_accepted():
    calendar = qaf.Calendar()
    assert calendar.working_days_between(
        [datetime.date(2024, 4, 5), "2024-04-08"], ["2024-04-08", "2024-04-05"]
    ).tolist() == [1, -1]
    referrals = pd.Series(pd.to_datetime(["2024-04-01", "2024-04-05"]), index=["a", "b"])
    ends = pd.Series(pd.to_datetime(["2024-06-05", "2024-04-08"]), index=["a", "b"])
    result = calendar.working_days_between(referrals, ends)
    assert isinstance(result, pd.Series)
    assert result.to_dict() == {"a": 45, "b": 1}


def test_datetime64_day_arrays_are_not_copied():
    calendar = qaf.Calendar()
    size = 1_000_000
    starts = np.full(size, np.datetime64("2024-04-01"), dtype="datetime64[D]")
    ends = starts + np.arange(size) % 365
    calendar.working_days_between(starts[:10], ends[:10])  # warm up
    tracemalloc.start()
    try:
        counts = calendar.working_days_between(starts, ends)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Only the int64 result (8 MB) is allocated; a copy of either input would add 8 MB more.
    assert peak < counts.nbytes * 1.5
    assert counts[364] == calendar.working_days_between("2024-04-01", "2025-03-31")


def test_array_errors_name_the_position():
    calendar = qaf.Calendar()
    good = days("2024-04-01", "2024-04-02", "2024-04-03")
    with pytest.raises(qaf.InvalidArgumentError, match="start at position 1 is NaT"):
        calendar.working_days_between(days("2024-04-01", "NaT", "2024-04-03"), good)
    with pytest.raises(qaf.OutOfRangeError, match="end at position 2: date 2101-01-01"):
        calendar.working_days_between(good, days("2024-04-01", "2024-04-02", "2101-01-01"))
    with pytest.raises(qaf.InvalidArgumentError, match="same length"):
        calendar.working_days_between(good, good[:2])
    with pytest.raises(qaf.InvalidArgumentError, match="one-dimensional"):
        calendar.working_days_between(good.reshape(3, 1), good.reshape(3, 1))
    with pytest.raises(qaf.InvalidArgumentError, match="expected dates"):
        calendar.is_working_day(["2024-04-01", "not a date"])
    with pytest.raises(qaf.InvalidArgumentError, match="got an array of int64"):
        calendar.is_working_day(np.array([19814, 19815]))
    with pytest.raises(qaf.InvalidArgumentError, match="date at position 0 is NaT"):
        calendar.add_working_days(days("NaT"), 1)
    with pytest.raises(qaf.OutOfRangeError):
        calendar.is_working_day(days("1969-12-31"))
    assert calendar.working_days_between(days(), days()).tolist() == []


def test_one_calendar_serves_many_threads():
    from concurrent.futures import ThreadPoolExecutor

    calendar = qaf.Calendar()
    starts = np.arange("2015-01-01", "2031-01-01", dtype="datetime64[D]")
    ends = starts[::-1].copy()
    expected = calendar.working_days_between(starts, ends)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: calendar.working_days_between(starts, ends), range(8)))
    assert all(np.array_equal(result, expected) for result in results)
