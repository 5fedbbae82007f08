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
    InvalidArgumentError,
    LoadError,
    NotFoundError,
    OutOfRangeError,
    Problem,
    UnsupportedVersionError,
)
from qaf import _core
from qaf._core import parse_date

__version__: str = _core.__version__

__all__ = [
    "Error",
    "FileError",
    "FrameworkError",
    "InvalidArgumentError",
    "LoadError",
    "NotFoundError",
    "OutOfRangeError",
    "Problem",
    "UnsupportedVersionError",
    "__version__",
    "parse_date",
]
