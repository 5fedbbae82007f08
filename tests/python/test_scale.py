"""The built-in rating scales, reached from Python through any framework, are exactly the table
in docs/framework-format.md (worst level first)."""

import pytest

import qaf

BUILTIN_LEVELS = {
    "rag": [("R", "Red", 1), ("A", "Amber", 2), ("G", "Green", 3)],
    "ofsted": [
        ("I", "Inadequate", 1),
        ("RI", "Requires improvement to be good", 2),
        ("G", "Good", 3),
        ("O", "Outstanding", 4),
    ],
    "met": [("N", "Not met", 0), ("P", "Partially met", 1), ("F", "Fully met", 2)],
    "0-3": [(str(v), None, v) for v in range(0, 4)],
    "1-4": [(str(v), None, v) for v in range(1, 5)],
    "percent-5": [(str(v), None, v) for v in range(0, 101, 5)],
    "yes-no": [("N", "No", 0), ("Y", "Yes", 1)],
}


@pytest.fixture(scope="module")
def framework() -> qaf.Framework:
    return qaf.Framework.builtin("wt2023-default")


@pytest.mark.parametrize("scale_id", sorted(BUILTIN_LEVELS))
def test_builtin_scale_levels(framework, scale_id):
    levels = framework.scale_levels[framework.scale_levels["scale"] == scale_id]
    expected = BUILTIN_LEVELS[scale_id]
    assert levels["code"].tolist() == [code for code, _, _ in expected]
    assert levels["value"].tolist() == [value for _, _, value in expected]
    for label, (_, expected_label, _) in zip(levels["label"], expected):
        if expected_label is not None:
            assert label == expected_label


def test_builtins_allow_not_applicable_except_yes_no(framework):
    scales = framework.scales.set_index("id")
    for scale_id in BUILTIN_LEVELS:
        assert bool(scales.loc[scale_id, "builtin"])
        assert bool(scales.loc[scale_id, "not_applicable"]) == (scale_id != "yes-no"), scale_id


def test_a_declared_scale_cannot_take_a_builtin_id():
    text = """\
schema_version: 1
id: t
name: T
partnership: {name: P, working_together: {edition: 2023}}
scales:
  - {id: ofsted, name: Mine, levels: [{code: a, label: A, value: 1}, {code: b, label: B, value: 2}]}
"""
    with pytest.raises(qaf.FrameworkError) as caught:
        qaf.Framework.from_string(text, "t.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "t.yaml:6:10: scale id 'ofsted' is a built-in scale"
    ]
