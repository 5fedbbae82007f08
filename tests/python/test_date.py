import datetime

import numpy as np
import pytest

import qaf
from qaf import _core


def test_parse_date_validates_like_the_core():
    assert qaf.parse_date("2024-02-29") == datetime.date(2024, 2, 29)
    with pytest.raises(qaf.InvalidArgumentError, match="day 29 is not 1..28 for 2023-02"):
        qaf.parse_date("2023-02-29")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        qaf.parse_date("29/02/2024")


def test_days_since_epoch_agree_with_numpy():
    for text in ["1970-01-01", "1969-12-31", "2024-02-29", "2100-12-31"]:
        expected = int(np.datetime64(text, "D").astype(np.int64))
        assert _core.date_to_days(text) == expected
        assert _core.date_from_days(expected) == datetime.date.fromisoformat(text)


def test_date_caster_accepts_the_usual_date_types():
    day = datetime.date(2025, 3, 31)
    assert _core.date_to_days(day) == 20178
    assert _core.date_to_days(datetime.datetime(2025, 3, 31, 23, 59)) == 20178
    assert _core.date_to_days(np.datetime64("2025-03-31")) == 20178
    with pytest.raises(qaf.InvalidArgumentError, match="NaT"):
        _core.date_to_days(np.datetime64("NaT"))
    with pytest.raises(qaf.InvalidArgumentError, match="got int"):
        _core.date_to_days(20178)


def test_errors_carry_status_and_derive_from_builtins():
    with pytest.raises(qaf.Error) as caught:
        qaf.parse_date("2023-13-01")
    assert caught.value.status == -1
    assert caught.value.problems == []
    assert issubclass(qaf.NotFoundError, LookupError)
    assert issubclass(qaf.FileError, OSError)
    assert _core.status_string(-4) == "validation error"
