"""qaf.Framework: loading, contents as DataFrames, canonical JSON, snapshots and errors."""

import concurrent.futures
import datetime
import pathlib
import pickle
import subprocess
import sys

import pandas as pd
import pytest

import qaf
from qaf.framework import Partnership, Priority, SafeguardingPartner

from framework_samples import BROKEN, EXAMPLE



@pytest.fixture(scope="module")
def example() -> qaf.Framework:
    return qaf.Framework.load(EXAMPLE)


# ---- making one


def test_every_builtin_opens():
    ids = qaf.Framework.builtins()
    assert "wt2023-default" in ids
    for framework_id in ids:
        framework = qaf.Framework.builtin(framework_id)
        assert framework.id == framework_id
        assert framework.name
    assert qaf.Framework.builtin() == qaf.Framework.builtin("wt2023-default")


def test_load_takes_str_and_path_like(example):
    assert qaf.Framework.load(str(EXAMPLE)) == example
    assert example.id == "api-example"


def test_from_string_equals_load(example):
    assert qaf.Framework.from_string(EXAMPLE.read_text()) == example


def test_only_the_factories_make_frameworks():
    with pytest.raises(TypeError, match="Framework.load"):
        qaf.Framework("api-example")  # type: ignore[arg-type]


def test_loading_from_threads_gives_equal_frameworks(example):
    # Loading releases the GIL; frameworks are immutable and shareable.
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        loaded = list(pool.map(lambda _: qaf.Framework.load(EXAMPLE), range(8)))
    assert all(framework == example for framework in loaded)


# ---- who and what


def test_scalar_properties(example):
    assert example.name == "API Example Safeguarding Children Partnership framework"
    assert example.description.startswith("Used by tests/capi/framework_test.c")
    assert example.source == "Written for the tests, after docs/framework-format.md."
    assert example.schema_version == 1


def test_partnership_is_a_read_only_value(example):
    partnership = example.partnership
    assert isinstance(partnership, Partnership)
    assert partnership.name == "API Example Safeguarding Children Partnership"
    assert partnership.area == "Example"
    assert partnership.working_together == 2023
    assert partnership.effective_from == datetime.date(2024, 12, 1)
    assert partnership.safeguarding_partners[1] == SafeguardingPartner(
        agency="icb", lead="Chief Executive", delegate="Chief Nursing Officer"
    )
    assert partnership.priorities == (
        Priority("neglect", "Neglect"),
        Priority("exploitation", "Child exploitation"),
    )
    with pytest.raises(AttributeError):
        partnership.name = "changed"  # type: ignore[misc]


def test_counts(example):
    assert example.counts == {
        "governance": 3,
        "agencies": 4,
        "scales": 1,
        "assessment_tools": 1,
        "standards": 3,
        "case_audit_tools": 1,
        "calendars": 1,
        "timescales": 1,
        "indicators": 2,
        "programme": 2,
    }


def test_reporting_chain(example):
    assert example.reporting_chain("qa") == ["qa", "executive", "lsp"]


# ---- tables


def test_governance_table(example):
    governance = example.governance
    assert list(governance.columns) == [
        "id", "name", "kind", "reports_to", "reporting", "meets", "chair",
    ]
    top = governance.iloc[0]
    assert top["id"] == "lsp" and top["kind"] == "lead_partners"
    assert pd.isna(top["reports_to"]) and pd.isna(top["reporting"])
    assert top["meets"] == "quarterly"
    qa_subgroup = governance.set_index("id").loc["qa"]
    assert qa_subgroup["reports_to"] == "executive"
    assert qa_subgroup["reporting"] == "every_two_months"
    assert qa_subgroup["chair"] == "Designated Nurse"


def test_agencies_table(example):
    agencies = example.agencies
    assert list(agencies.columns) == ["id", "name", "sector", "status", "cohort"]
    assert list(agencies["id"]) == ["council", "icb", "police", "scouts"]
    assert agencies["sector"].iloc[0] == "local_authority_childrens_services"
    assert list(agencies["status"]) == ["statutory_partner"] * 3 + ["relevant_agency"]
    assert str(agencies["cohort"].dtype) == "Int64"
    assert list(agencies["cohort"]) == [1, 1, 1, 2]


def test_scales_list_declared_then_builtin(example):
    scales = example.scales
    assert list(scales.columns) == [
        "id", "name", "builtin", "levels", "codes", "values",
        "not_applicable", "not_applicable_code",
    ]
    assert list(scales["id"]) == ["traffic", "rag", "ofsted", "met", "0-3", "1-4",
                                  "percent-5", "yes-no"]
    assert list(scales["builtin"]) == [False] + [True] * 7
    traffic = scales.iloc[0]
    assert traffic["levels"] == 4
    assert list(traffic["codes"]) == ["R", "A", "G", "B"]
    assert list(traffic["values"]) == [1.0, 2.0, 3.0, 4.0]
    assert traffic["not_applicable"] and traffic["not_applicable_code"] == "NA"
    yes_no = scales.iloc[-1]
    assert not yes_no["not_applicable"] and pd.isna(yes_no["not_applicable_code"])


def test_scale_levels_table(example):
    levels = example.scale_levels
    assert list(levels.columns) == ["scale", "code", "label", "value", "colour"]
    traffic = levels[levels["scale"] == "traffic"]
    assert list(traffic["colour"]) == ["#C00000", "#FFC000", "#00B050", ""]
    ofsted = levels[levels["scale"] == "ofsted"]
    assert list(ofsted["code"]) == ["I", "RI", "G", "O"]
    assert len(levels[levels["scale"] == "percent-5"]) == 21


def test_assessment_tools_table(example):
    tools = example.assessment_tools
    assert list(tools.columns) == [
        "id", "name", "kind", "scale", "applies_to", "moderated", "sections", "standards",
        "standard_method", "agency_method",
    ]
    s11 = tools.iloc[0]
    assert (s11["id"], s11["kind"], s11["scale"]) == ("s11", "section_11", "0-3")
    assert (s11["sections"], s11["standards"]) == (2, 3)
    assert s11["moderated"]
    assert (s11["standard_method"], s11["agency_method"]) == ("mean", "mean")
    assert len(s11["applies_to"]) == 18  # no list: every sector


def test_standards_table(example):
    standards = example.standards
    assert list(standards.columns) == [
        "tool", "section", "id", "title", "description", "weight", "applies_to", "evidence",
        "criteria",
    ]
    assert list(standards["id"]) == ["senior-lead", "accountability", "safer-recruitment"]
    assert list(standards["section"]) == ["leadership", "leadership", "workforce"]
    assert list(standards["weight"]) == [1.0, 2.0, 1.0]
    assert list(standards["evidence"].iloc[0]) == ["Job description", "Board minutes"]
    recruitment = standards.iloc[2]
    assert list(recruitment["criteria"]) == ["dbs", "references"]
    # "schools" expands to its three sectors, in the order of the format's sector list.
    assert list(recruitment["applies_to"]) == [
        "maintained_school", "academy", "independent_school", "voluntary",
    ]


def test_case_audit_tools_table(example):
    tools = example.case_audit_tools
    assert list(tools.columns) == [
        "id", "name", "scale", "domains", "overall_method", "limiting_domains",
    ]
    macfa = tools.iloc[0]
    assert list(macfa["domains"]) == ["voice", "oversight"]
    assert macfa["overall_method"] == "limiting"
    assert list(macfa["limiting_domains"]) == ["oversight"]


def test_timescales_table(example):
    timescales = example.timescales
    assert list(timescales.columns) == [
        "id", "name", "length", "unit", "start_event", "end_event", "counting", "within",
        "calendar",
    ]
    row = timescales.iloc[0]
    assert (row["length"], row["unit"]) == (45, "working_days")
    assert (row["counting"], row["within"]) == ("start_excluded", "at_most")


def test_indicators_table(example):
    indicators = example.indicators
    assert list(indicators.columns) == [
        "id", "label", "description", "unit", "polarity", "measure", "period", "roll_up",
        "target", "amber_tolerance", "band_low", "band_high", "decimals", "suppress_up_to",
    ]
    timeliness, referrals = indicators.iloc[0], indicators.iloc[1]
    assert timeliness["measure"] == "timeliness"
    assert (timeliness["target"], timeliness["amber_tolerance"]) == (90.0, 5.0)
    assert timeliness["period"] == "financial_year"
    assert timeliness["suppress_up_to"] == 5
    assert pd.isna(referrals["target"]) and pd.isna(referrals["band_low"])
    assert (referrals["unit"], referrals["period"]) == ("count", "quarter")
    assert indicators["target"].dtype == "float64"


def test_programme_table(example):
    programme = example.programme
    assert list(programme.columns) == [
        "id", "kind", "tool", "frequency", "per_cycle", "focus", "rotation", "owner",
    ]
    rotation, thematic = programme.iloc[0], programme.iloc[1]
    assert list(rotation["rotation"]) == [1, 2] and pd.isna(rotation["focus"])
    assert thematic["focus"] == "thematic" and thematic["owner"] == "qa"


def test_tables_are_fresh_copies(example):
    agencies = example.agencies
    agencies.loc[0, "name"] = "changed"
    assert example.agencies.loc[0, "name"] == "Example Council Children's Services"


def test_pandas_is_imported_only_for_tables():
    code = (
        "import sys, qaf; f = qaf.Framework.builtin(); f.to_json(); repr(f); "
        "assert 'pandas' not in sys.modules; f.agencies; assert 'pandas' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ---- writing it out


def test_canonical_json_round_trips(example):
    text = example.to_json()
    assert '"schema_version": 1' in text
    reloaded = qaf.Framework.from_string(text, "canonical.json")
    assert reloaded == example
    assert reloaded.to_json() == text


def test_snapshot_round_trips(example, tmp_path):
    path = tmp_path / "example.snapshot"
    example.save_snapshot(path)
    assert qaf.Framework.load_snapshot(path) == example
    example.save_snapshot(str(path))  # str works too, and overwrites
    assert qaf.Framework.load_snapshot(str(path)).to_json() == example.to_json()


def test_pickle_round_trips(example):
    assert pickle.loads(pickle.dumps(example)) == example


# ---- Python protocols


def test_equality_and_hash(example):
    other = qaf.Framework.builtin()
    assert example != other
    assert example != "api-example"
    assert hash(example) == hash(qaf.Framework.load(EXAMPLE))
    assert len({example, qaf.Framework.load(EXAMPLE), other}) == 2


def test_repr(example):
    assert repr(example) == (
        "<qaf.Framework 'api-example' (API Example Safeguarding Children Partnership "
        "framework): 4 agencies, 3 standards, 2 indicators>"
    )


# ---- errors


def test_invalid_text_raises_framework_error_with_every_problem():
    with pytest.raises(qaf.FrameworkError) as caught:
        qaf.Framework.from_string(BROKEN, "broken.yaml")
    error = caught.value
    assert isinstance(error, qaf.LoadError) and isinstance(error, ValueError)
    assert error.status == -4
    assert all(isinstance(problem, qaf.Problem) for problem in error.problems)
    located = {(p.file, p.line, p.column) for p in error.problems}
    assert ("broken.yaml", 10, 13) in located
    assert ("broken.yaml", 13, 5) in located
    unknown_key = next(p for p in error.problems if p.line == 13)
    assert "unknown key 'sectr' (did you mean 'sector'?)" in unknown_key.message
    assert str(unknown_key).startswith("broken.yaml:13:5: ")
    assert "broken.yaml:10:13: " in str(error)


def test_syntax_error_is_a_parse_problem():
    with pytest.raises(qaf.FrameworkError) as caught:
        qaf.Framework.from_string("schema_version: 1\nid: [unclosed\n")
    assert caught.value.status == -3
    assert caught.value.problems[0].file == "<string>"


def test_newer_schema_version_is_unsupported():
    with pytest.raises(qaf.UnsupportedVersionError) as caught:
        qaf.Framework.from_string("schema_version: 2\nid: future\nname: Future\n")
    assert isinstance(caught.value, qaf.FrameworkVersionError)
    assert isinstance(caught.value, qaf.FrameworkError)  # so it carries located problems
    assert caught.value.status == -8
    assert "unsupported schema_version 2" in str(caught.value)
    assert caught.value.problems[0].line == 1


def test_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(qaf.FileError) as caught:
        qaf.Framework.load(tmp_path / "missing.yaml")
    assert isinstance(caught.value, OSError)
    assert caught.value.problems == []


def test_unknown_builtin_is_not_found():
    with pytest.raises(qaf.NotFoundError, match="no-such-framework"):
        qaf.Framework.builtin("no-such-framework")
