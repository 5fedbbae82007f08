"""Reporting periods from Python: financial and academic years, quarters, months."""

import datetime

import numpy as np
import pandas as pd
import pytest

import qaf


def test_labels_of_single_dates():
    assert qaf.financial_year("2025-03-31") == "2024/25"
    assert qaf.financial_year(datetime.date(2025, 4, 1)) == "2025/26"
    assert qaf.financial_year("1999-04-01") == "1999/00"
    assert qaf.academic_year(np.datetime64("2024-08-31")) == "2023/24"
    assert qaf.academic_year("2024-09-01") == "2024/25"
    assert qaf.financial_year_start("2025-01-15") == 2024
    assert [qaf.financial_quarter(f"2024-{m:02d}-15") for m in range(1, 13)] == [
        4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3
    ]


def test_vectorised_forms():
    dates = np.array(["2024-03-31", "2024-04-01", "2025-01-01", "NaT"], dtype="datetime64[D]")
    with pytest.raises(qaf.InvalidArgumentError, match="date at position 3 is NaT"):
        qaf.financial_quarter(dates)
    dates = dates[:3]
    assert qaf.financial_quarter(dates).tolist() == [4, 1, 4]
    assert qaf.financial_year(dates).tolist() == ["2023/24", "2024/25", "2024/25"]
    assert qaf.financial_year_start(dates).tolist() == [2023, 2024, 2024]
    assert qaf.academic_year(dates).tolist() == ["2023/24", "2023/24", "2024/25"]
    series = pd.Series(pd.to_datetime(["2024-07-01", "2024-10-01"]), index=[10, 20])
    assert qaf.financial_quarter(series).to_dict() == {10: 2, 20: 3}


def test_periods_and_their_bounds():
    quarter = qaf.period_of("financial_quarter", "2025-02-14")
    kind = qaf.PeriodKind.financial_quarter
    assert (quarter.kind, quarter.year, quarter.number) == (kind, 2024, 4)
    assert quarter.first_day() == datetime.date(2025, 1, 1)
    assert quarter.last_day() == datetime.date(2025, 3, 31)
    assert quarter.label() == "2024/25 Q4"
    assert quarter.next() == qaf.Period(qaf.PeriodKind.financial_quarter, 2025, 1)
    month = qaf.period_of(qaf.PeriodKind.month, "2024-02-10")
    assert (month.label(), month.last_day()) == ("2024-02", datetime.date(2024, 2, 29))
    assert {quarter, quarter.next(), qaf.period_of("financial_quarter", "2025-03-01")} == {
        quarter,
        quarter.next(),
    }


def test_periods_between_include_both_ends():
    quarters = qaf.periods_between("financial_quarter", "2024-06-30", "2025-01-01")
    labels = [quarter.label() for quarter in quarters]
    assert labels == ["2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4"]
    years = qaf.periods_between("academic_year", "2023-09-01", "2025-08-31")
    assert [p.label() for p in years] == ["2023/24", "2024/25"]
    with pytest.raises(qaf.InvalidArgumentError, match="last date 2024-05-01 is before first"):
        qaf.periods_between("month", "2024-05-02", "2024-05-01")
    with pytest.raises(qaf.InvalidArgumentError, match="unknown period kind 'week'"):
        qaf.period_of("week", "2024-05-01")
