"""`qaf calendar ...`: output, exit codes and error messages."""

import datetime

import pytest

import qaf
from qaf.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_holidays_of_a_year(capsys):
    code, out, err = run(capsys, "calendar", "holidays", "2022")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 10
    assert lines[0] == "2022-01-03  Mon  New Year's Day (substitute day)"
    assert lines[7] == "2022-09-19  Mon  Bank Holiday for the State Funeral of Queen Elizabeth II"


def test_holidays_of_a_range_of_years(capsys):
    code, out, _ = run(capsys, "calendar", "holidays", "2023", "2024")
    assert code == 0
    assert len(out.splitlines()) == 9 + 8
    assert out.splitlines()[-1] == "2024-12-26  Thu  Boxing Day"


def test_workdays(capsys):
    assert run(capsys, "calendar", "workdays", "2024-04-01", "2024-06-05") == (0, "45\n", "")
    assert run(capsys, "calendar", "workdays", "2024-04-08", "2024-04-05") == (0, "-1\n", "")


def test_quarters_of_a_financial_year(capsys):
    code, out, err = run(capsys, "calendar", "quarters", "2024/25")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Financial year 2024/25: working days (England & Wales bank holidays)",
        "Q1    2024-04-01 to 2024-06-30   62",
        "Q2    2024-07-01 to 2024-09-30   65",
        "Q3    2024-10-01 to 2024-12-31   64",
        "Q4    2025-01-01 to 2025-03-31   63",
        "Year  2024-04-01 to 2025-03-31  254",
    ]
    assert run(capsys, "calendar", "quarters", "2024")[1] == out


def test_quarters_default_to_the_current_financial_year(capsys):
    code, out, _ = run(capsys, "calendar", "quarters")
    label = qaf.financial_year(datetime.date.today())
    assert code == 0
    assert out.splitlines()[0].startswith(f"Financial year {label}:")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["holidays", "1969"], "qaf: year 1969 is outside the calendar's range 1970..2100\n"),
        (["holidays", "abc"], "qaf: expected a year such as 2024 or 2024/25, got 'abc'\n"),
        (["holidays", "2024", "2023"], "qaf: first year 2024 is after last year 2023\n"),
        (["quarters", "2024/26"], "qaf: expected a year such as 2024 or 2024/25, got '2024/26'\n"),
        (["quarters", "1969"], "qaf: date 1969-04-01 is outside the calendar's range "
                               "1970-01-01..2100-12-31\n"),
        (["workdays", "2024-13-01", "2024-01-01"], "qaf: month 13 is not 1..12\n"),
        (["workdays", "01/04/2024", "2024-01-01"],
         "qaf: expected a date as YYYY-MM-DD, got '01/04/2024'\n"),
    ],
)
def test_bad_input_exits_2_with_a_message(capsys, argv, message):
    assert run(capsys, "calendar", *argv) == (2, "", message)


def test_calendar_without_an_action_prints_help(capsys):
    code, out, err = run(capsys, "calendar")
    assert code == 2
    assert "holidays" in err
