"""tests/data/calendar/cases.csv through Python, single dates and arrays: the C++ test
(tests/cpp/calendar_test.cpp) and the C test (tests/capi/calendar_test.c) read the same file."""

import csv
import pathlib

import numpy as np
import pytest

import qaf

CASES = pathlib.Path(__file__).resolve().parents[1] / "data" / "calendar" / "cases.csv"


def read_cases():
    lines = [line for line in CASES.read_text().splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


CALENDAR = qaf.Calendar()
EVALUATE = {
    "working_days_between": lambda c: str(CALENDAR.working_days_between(c["a"], c["b"])),
    "is_working_day": lambda c: str(CALENDAR.is_working_day(c["a"])).lower(),
    "add_working_days": lambda c: CALENDAR.add_working_days(c["a"], int(c["n"])).isoformat(),
    "within_working_days": lambda c: str(
        CALENDAR.within_working_days(c["a"], c["b"], int(c["n"]))
    ).lower(),
    "financial_year": lambda c: qaf.financial_year(c["a"]),
    "financial_quarter": lambda c: str(qaf.financial_quarter(c["a"])),
    "academic_year": lambda c: qaf.academic_year(c["a"]),
}


def as_array(text):
    return np.array([text], dtype="datetime64[D]")


# The same cases through the vectorised path (one-element arrays).
EVALUATE_ARRAY = {
    "working_days_between": lambda c: str(
        CALENDAR.working_days_between(as_array(c["a"]), as_array(c["b"]))[0]
    ),
    "is_working_day": lambda c: str(CALENDAR.is_working_day(as_array(c["a"]))[0]).lower(),
    "add_working_days": lambda c: str(
        CALENDAR.add_working_days(as_array(c["a"]), [int(c["n"])])[0]
    ),
    "within_working_days": lambda c: str(
        CALENDAR.within_working_days(as_array(c["a"]), as_array(c["b"]), int(c["n"]))[0]
    ).lower(),
    "financial_year": lambda c: qaf.financial_year(as_array(c["a"]))[0],
    "financial_quarter": lambda c: str(qaf.financial_quarter(as_array(c["a"]))[0]),
    "academic_year": lambda c: qaf.academic_year(as_array(c["a"]))[0],
}


def outcome(evaluate, case):
    try:
        return evaluate[case["kind"]](case)
    except qaf.OutOfRangeError:
        return "error:out_of_range"


def case_id(case):
    return f"{case['kind']}-{case['a']}-{case['b']}{case['n']}"


def test_the_case_file_is_complete():
    cases = read_cases()
    assert len(cases) >= 50
    assert {case["kind"] for case in cases} == set(EVALUATE)


@pytest.mark.parametrize("case", read_cases(), ids=case_id)
def test_single_dates_agree(case):
    assert outcome(EVALUATE, case) == case["expected"]


@pytest.mark.parametrize("case", read_cases(), ids=case_id)
def test_arrays_agree(case):
    assert outcome(EVALUATE_ARRAY, case) == case["expected"]
