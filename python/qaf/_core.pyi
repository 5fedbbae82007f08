# Type stubs for qaf._core (the pybind11 module). Keep in step with python/src/*.cpp:
# tests/python/test_stubs.py checks that every public name of the module is declared here.
import datetime
from typing import Union

import numpy as np

DateLike = Union[datetime.date, np.datetime64, str]

__version__: str

# ---- errors
def status_string(status: int) -> str: ...

# ---- date
def parse_date(text: str) -> datetime.date: ...
def date_to_days(date: DateLike) -> int: ...
def date_from_days(days: int) -> datetime.date: ...

# ---- calendar

# ---- period

# ---- framework
