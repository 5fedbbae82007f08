"""`qaf framework list | show | check` through qaf.cli.main, plus one real subprocess."""

import pathlib
import subprocess
import sys

import pytest

import qaf
from qaf.cli import main

from framework_samples import BROKEN, EXAMPLE


@pytest.fixture
def broken_file(tmp_path) -> pathlib.Path:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN)
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["framework", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_shows_every_bundled_id_and_name(capsys):
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(qaf.Framework.builtins())
    default = next(line for line in lines if line.startswith("wt2023-default "))
    assert default.endswith(qaf.Framework.builtin("wt2023-default").name)


def test_show_a_file_summarises_it(capsys):
    code, out, _ = run(capsys, "show", str(EXAMPLE))
    assert code == 0
    assert out.startswith("api-example: API Example Safeguarding Children Partnership framework\n")
    for line in [
        "Partnership: API Example Safeguarding Children Partnership (Example)",
        "  Working Together 2023, effective from 2024-12-01",
        "  Safeguarding partner icb: lead Chief Executive, delegate Chief Nursing Officer",
        "  Priorities: Neglect; Child exploitation",
        "  Quality Assurance Subgroup -> Executive Group -> Lead Safeguarding Partners",
        "Agencies: 4 (3 statutory partners)",
        "Scales: 1 declared (traffic), 7 built-in",
        "  s11: Section 11 self-assessment (section_11, scale 0-3): 2 sections, 3 standards",
        "  macfa: Multi-agency case file audit (scale ofsted): 2 domains, overall grade limiting",
        "Indicators: 2",
        "Programme: 2 activities",
    ]:
        assert line in out.splitlines(), line


def test_show_a_bundled_framework(capsys):
    code, out, _ = run(capsys, "show", "wt2023-default")
    assert code == 0
    assert out.startswith("wt2023-default: ")
    assert "Governance:" in out and "Agencies: " in out


def test_show_json_prints_the_canonical_json(capsys):
    code, out, _ = run(capsys, "show", str(EXAMPLE), "--json")
    assert code == 0
    assert out.rstrip("\n") == qaf.Framework.load(EXAMPLE).to_json().rstrip("\n")


def test_show_an_unknown_id_names_the_bundled_ones(capsys):
    code, out, err = run(capsys, "show", "wt2023-defualt")
    assert code == 2 and out == ""
    assert err.startswith("qaf: no bundled framework or file 'wt2023-defualt' (bundled: ")
    assert "wt2023-default" in err


def test_check_a_valid_file(capsys):
    assert run(capsys, "check", str(EXAMPLE)) == (0, "ok\n", "")


def test_check_prints_every_problem_located(capsys, broken_file):
    code, out, err = run(capsys, "check", str(broken_file))
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert len(lines) >= 2
    assert any(line.startswith(f"{broken_file}:10:13: ") and "polise" in line for line in lines)
    assert any(
        line.startswith(f"{broken_file}:13:5: ")
        and line.endswith("unknown key 'sectr' (did you mean 'sector'?)")
        for line in lines
    )


def test_check_an_unsupported_version(capsys, tmp_path):
    path = tmp_path / "future.yaml"
    path.write_text("schema_version: 2\nid: future\nname: Future\n")
    code, out, _ = run(capsys, "check", str(path))
    assert code == 1
    assert ":1:17: " in out and "unsupported schema_version 2" in out


def test_check_an_unreadable_file(capsys, tmp_path):
    code, out, err = run(capsys, "check", str(tmp_path / "missing.yaml"))
    assert code == 2 and out == ""
    assert err.startswith("qaf: ") and "missing.yaml" in err


def test_framework_without_an_action_prints_help(capsys):
    code, _, err = run(capsys)
    assert code == 2
    assert "list" in err and "check" in err


def test_python_m_qaf_framework_check(broken_file):
    result = subprocess.run(
        [sys.executable, "-m", "qaf", "framework", "check", str(broken_file)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert any(
        line.startswith(f"{broken_file}:13:5: ") and "unknown key 'sectr'" in line
        for line in result.stdout.splitlines()
    )
