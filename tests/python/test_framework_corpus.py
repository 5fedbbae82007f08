"""The malformed framework corpus: every row of tests/data/frameworks/invalid/expected.tsv
(file, line, column, message substring) must come back as a located problem."""

import pathlib
from typing import NamedTuple

import pytest

import qaf

INVALID = pathlib.Path(__file__).resolve().parents[1] / "data" / "frameworks" / "invalid"
EXPECTED = INVALID / "expected.tsv"


class ExpectedProblem(NamedTuple):
    file: str
    line: int
    column: int
    message: str


def expected_problems() -> list[ExpectedProblem]:
    rows = []
    for text in EXPECTED.read_text(encoding="utf-8").splitlines():
        if not text.strip() or text.startswith("#"):
            continue
        file, line, column, message = text.split("\t", 3)
        rows.append(ExpectedProblem(file, int(line), int(column), message))
    return rows


ROWS = expected_problems() if EXPECTED.exists() else []


def test_corpus_exists():
    assert EXPECTED.exists(), f"missing {EXPECTED}"
    assert ROWS, "expected.tsv has no rows"


@pytest.mark.parametrize(
    "row", ROWS, ids=[f"{row.file}:{row.line}:{row.column}" for row in ROWS]
)
def test_problem_is_reported_where_expected(row: ExpectedProblem):
    with pytest.raises(qaf.Error) as caught:
        qaf.Framework.load(INVALID / row.file)
    problems = caught.value.problems
    assert any(
        p.line == row.line and p.column == row.column and row.message in p.message
        for p in problems
    ), f"no problem at {row.line}:{row.column} containing {row.message!r}; got " + "\n".join(
        map(str, problems)
    )


def test_every_corpus_file_has_an_expected_row():
    listed = {row.file for row in ROWS}
    files = {path.name for path in INVALID.glob("*.yaml")}
    assert files <= listed, f"add rows to expected.tsv for {sorted(files - listed)}"
