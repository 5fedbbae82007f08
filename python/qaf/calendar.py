"""Working days and reporting periods (docs/calendar.md).

England & Wales bank holidays for 1970-2100, :class:`Calendar` for O(1) working-day arithmetic,
and financial/academic years and quarters. Every function takes a single date
(``datetime.date``, ``numpy.datetime64`` or ``"YYYY-MM-DD"``) or many at once (a numpy
``datetime64`` array, a pandas Series, a list); many dates are handled in C++ in one call, and a
``datetime64[D]`` array is passed to C++ without being copied.

Counting convention: ``working_days_between(start, end)`` counts the working days ``d`` with
``start < d <= end`` (the same day is 0, Friday to Monday is 1, and it is negative when
``end < start``). To count both ends, as Data to Insight's CIN validator does, use
``working_days_between(start - 1 day, end)``.
"""

from __future__ import annotations

import datetime
from typing import Any, Iterable, Optional, Sequence, Union

import numpy as np

from qaf import _core
from qaf.errors import InvalidArgumentError

DateLike = Union[datetime.date, np.datetime64, str]
DatesLike = Union[DateLike, Sequence[DateLike], np.ndarray, Any]  # Any: a pandas Series

BankHoliday = _core.BankHoliday
Period = _core.Period
PeriodKind = _core.PeriodKind


# ---- conversion of dates and arrays ---------------------------------------------------------


def _is_single_date(value: object) -> bool:
    return isinstance(value, (datetime.date, str, np.datetime64))


def _day_array(values: Any, name: str) -> np.ndarray:
    """A 1-D int64 array of days since 1970-01-01: a view (no copy) of a datetime64[D] array."""
    array = np.asarray(values)
    if array.dtype.kind in "biuf":  # numbers are not dates (as for single values)
        raise InvalidArgumentError(f"{name}: expected dates, got an array of {array.dtype}")
    if array.dtype != np.dtype("datetime64[D]"):
        try:
            array = array.astype("datetime64[D]")
        except (TypeError, ValueError) as error:
            raise InvalidArgumentError(f"{name}: expected dates, {error}") from None
    if array.ndim != 1:
        raise InvalidArgumentError(
            f"{name}: expected a one-dimensional array of dates, got {array.ndim} dimensions"
        )
    return array.view(np.int64)


def _as_days_like(value: Any, size: int, name: str) -> np.ndarray:
    """Days of an array, or of one date repeated size times."""
    if _is_single_date(value):
        return np.full(size, _core.date_to_days(value), dtype=np.int64)
    return _day_array(value, name)


def _counts_like(n: Any, size: int) -> np.ndarray:
    if np.ndim(n) == 0:
        return np.full(size, int(n), dtype=np.int64)
    return np.asarray(n, dtype=np.int64)


def _shaped_like(result: np.ndarray, *templates: Any) -> Any:
    """The result as a pandas Series when an input was one (same index), else the array."""
    for template in templates:
        if type(template).__module__.startswith("pandas") and hasattr(template, "index"):
            import pandas

            return pandas.Series(result, index=template.index)
    return result


def _array_size(*values: Any) -> int:
    for value in values:
        if not _is_single_date(value):
            return len(np.asarray(value))
    return 1


# ---- bank holidays --------------------------------------------------------------------------


def bank_holidays(first_year: int, last_year: Optional[int] = None) -> list[datetime.date]:
    """England & Wales bank holidays of ``first_year``..``last_year`` (default: one year).

    Years 1970-2100. Only weekdays are listed: a holiday on a weekend appears as its substitute
    day. Raises :class:`qaf.OutOfRangeError` outside 1970-2100.
    """
    return [holiday.date for holiday in named_bank_holidays(first_year, last_year)]


def named_bank_holidays(first_year: int, last_year: Optional[int] = None) -> list[BankHoliday]:
    """Like :func:`bank_holidays`, with each holiday's ``name`` and ``substitute`` flag."""
    return _core.bank_holidays(first_year, first_year if last_year is None else last_year)


def bank_holiday_name(date: DateLike) -> Optional[str]:
    """The name of the England & Wales bank holiday on ``date``, or None."""
    return _core.bank_holiday_name(date)


# ---- working days ---------------------------------------------------------------------------


class Calendar:
    """Working days from 1970-01-01 to 2100-12-31.

    Weekends and England & Wales bank holidays are not working days; ``closures`` adds local
    closure days (e.g. a council's Christmas closure) and ``holidays`` replaces the England &
    Wales list with your own (``[]`` for weekends only). A calendar is immutable and can be
    shared between threads. Dates outside the range raise :class:`qaf.OutOfRangeError`.

    Each method takes single dates (giving a Python value) or arrays of dates (giving a numpy
    array, or a Series when given a Series); a single date alongside an array is repeated.
    """

    first_date = datetime.date(1970, 1, 1)
    last_date = datetime.date(2100, 12, 31)

    def __init__(
        self, closures: Iterable[DateLike] = (), holidays: Optional[Iterable[DateLike]] = None
    ) -> None:
        self._core = _core.Calendar(
            list(closures), None if holidays is None else list(holidays)
        )

    def is_working_day(self, dates: DatesLike) -> Any:
        """True for a working day; a bool array for many dates."""
        if _is_single_date(dates):
            return self._core.is_working_day(dates)
        result = self._core.is_working_day_array(_day_array(dates, "dates"))
        return _shaped_like(result, dates)

    def working_days_between(self, start: DatesLike, end: DatesLike) -> Any:
        """The number of working days ``d`` with ``start < d <= end`` (negative if end < start)."""
        if _is_single_date(start) and _is_single_date(end):
            return self._core.working_days_between(start, end)
        size = _array_size(start, end)
        result = self._core.working_days_between_array(
            _as_days_like(start, size, "start"), _as_days_like(end, size, "end")
        )
        return _shaped_like(result, start, end)

    def add_working_days(self, date: DatesLike, n: Any) -> Any:
        """The n-th working day after date (n > 0), date itself (n == 0), or the |n|-th before.

        For many dates the result is a ``datetime64[D]`` array.
        """
        if _is_single_date(date) and np.ndim(n) == 0:
            return self._core.add_working_days(date, int(n))
        size = len(np.asarray(n)) if _is_single_date(date) else _array_size(date)
        result = self._core.add_working_days_array(
            _as_days_like(date, size, "date"), _counts_like(n, size)
        )
        return _shaped_like(result.view("datetime64[D]"), date, n)

    def within_working_days(self, start: DatesLike, end: DatesLike, n: Any) -> Any:
        """True when ``end >= start`` and ``working_days_between(start, end) <= n``."""
        if _is_single_date(start) and _is_single_date(end) and np.ndim(n) == 0:
            return self._core.within_working_days(start, end, int(n))
        size = _array_size(start, end)
        result = self._core.within_working_days_array(
            _as_days_like(start, size, "start"),
            _as_days_like(end, size, "end"),
            _counts_like(n, size),
        )
        return _shaped_like(result, start, end)

    def calendar_days_between(self, start: DateLike, end: DateLike) -> int:
        """``end - start`` in days, both dates checked against the calendar's range."""
        return self._core.calendar_days_between(start, end)

    def add_calendar_days(self, date: DateLike, n: int) -> datetime.date:
        """``date + n`` days, staying within the calendar's range."""
        return self._core.add_calendar_days(date, n)

    def within_calendar_days(self, start: DateLike, end: DateLike, n: int) -> bool:
        """True when ``end >= start`` and ``calendar_days_between(start, end) <= n``."""
        return self._core.within_calendar_days(start, end, n)

    def non_working_weekdays(self) -> list[datetime.date]:
        """Every holiday or closure that is not a weekend, in date order."""
        return self._core.non_working_weekdays()


# ---- reporting periods ----------------------------------------------------------------------


def _kind(kind: Union[str, PeriodKind]) -> PeriodKind:
    return kind if isinstance(kind, PeriodKind) else _core.period_kind_from_name(kind)


def _year_labels(start_years: np.ndarray) -> np.ndarray:
    unique, positions = np.unique(start_years, return_inverse=True)
    labels = np.array([_core.year_label(int(year)) for year in unique], dtype=object)
    return labels[positions]


def financial_year(dates: DatesLike) -> Any:
    """The financial year (1 April - 31 March) of a date, as ``"2024/25"``; an array for many."""
    if _is_single_date(dates):
        return _core.year_label(_core.financial_year_start(dates))
    years, _ = _core.period_starts_array(PeriodKind.financial_year, _day_array(dates, "dates"))
    return _shaped_like(_year_labels(years), dates)


def financial_quarter(dates: DatesLike) -> Any:
    """The financial quarter, 1 (April-June) .. 4 (January-March); an int64 array for many."""
    if _is_single_date(dates):
        return _core.financial_quarter(dates)
    _, quarters = _core.period_starts_array(
        PeriodKind.financial_quarter, _day_array(dates, "dates")
    )
    return _shaped_like(quarters, dates)


def financial_year_start(dates: DatesLike) -> Any:
    """The calendar year a date's financial year starts in (2024 for 2024/25)."""
    if _is_single_date(dates):
        return _core.financial_year_start(dates)
    years, _ = _core.period_starts_array(PeriodKind.financial_year, _day_array(dates, "dates"))
    return _shaped_like(years, dates)


def academic_year(dates: DatesLike) -> Any:
    """The academic year (1 September - 31 August) of a date, as ``"2024/25"``."""
    if _is_single_date(dates):
        return _core.year_label(_core.academic_year_start(dates))
    years, _ = _core.period_starts_array(PeriodKind.academic_year, _day_array(dates, "dates"))
    return _shaped_like(_year_labels(years), dates)


def period_of(kind: Union[str, PeriodKind], date: DateLike) -> Period:
    """The period of ``kind`` ("month", "financial_quarter", "financial_year", "academic_year")
    containing ``date``."""
    return _core.period_of(_kind(kind), date)


def periods_between(kind: Union[str, PeriodKind], first: DateLike, last: DateLike) -> list[Period]:
    """Every period of ``kind`` from the one containing ``first`` to the one containing ``last``,
    both included."""
    return _core.periods_between(_kind(kind), first, last)


__all__ = [
    "BankHoliday",
    "Calendar",
    "Period",
    "PeriodKind",
    "academic_year",
    "bank_holiday_name",
    "bank_holidays",
    "financial_quarter",
    "financial_year",
    "financial_year_start",
    "named_bank_holidays",
    "period_of",
    "periods_between",
]
