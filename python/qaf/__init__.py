"""qaf: the quality assurance framework of England's Safeguarding Children Partnerships.

Section 11 and Section 175/157 self-assessments, multi-agency case file audits, the performance
dashboard, escalation and action tracking, as data-driven definitions and fast, explainable
computations. This package wraps the C++ core (``qaf._core``).
"""

from __future__ import annotations

# errors must be imported before _core: the core's exception translator looks classes up there.
from qaf.errors import (
    Error,
    FileError,
    FrameworkError,
    FrameworkVersionError,
    InvalidArgumentError,
    LoadError,
    NotFoundError,
    OutOfRangeError,
    Problem,
    UnsupportedVersionError,
)
from qaf import _core
from qaf._core import parse_date
from qaf.calendar import (
    BankHoliday,
    Calendar,
    Period,
    PeriodKind,
    academic_year,
    bank_holiday_name,
    bank_holidays,
    financial_quarter,
    financial_year,
    financial_year_start,
    named_bank_holidays,
    period_of,
    periods_between,
)
from qaf.framework import Framework

__version__: str = _core.__version__

__all__ = [
    "BankHoliday",
    "Calendar",
    "Error",
    "FileError",
    "Framework",
    "FrameworkError",
    "FrameworkVersionError",
    "InvalidArgumentError",
    "LoadError",
    "NotFoundError",
    "OutOfRangeError",
    "Period",
    "PeriodKind",
    "Problem",
    "UnsupportedVersionError",
    "__version__",
    "academic_year",
    "bank_holiday_name",
    "bank_holidays",
    "financial_quarter",
    "financial_year",
    "financial_year_start",
    "named_bank_holidays",
    "parse_date",
    "period_of",
    "periods_between",
]
