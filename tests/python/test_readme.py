"""The README's Python example must run, and give the answers its comments state."""

import pathlib
import re

import numpy as np

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"
STATED_RESULT = re.compile(r"^(?P<expression>[^#=]+?)\s+#\s+(?P<result>\d+|'[^']*'|array\(\[.*?\]\))")


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)


def test_readme_python_example_runs_and_its_stated_results_hold():
    blocks = python_blocks()
    assert blocks, "README.md has no Python example"
    for block in blocks:
        namespace: dict = {}
        exec(compile(block, str(README), "exec"), namespace)
        for line in block.splitlines():
            stated = STATED_RESULT.match(line)
            if stated:
                actual = eval(stated["expression"], namespace)
                expected = eval(stated["result"], {"array": np.array})
                assert np.array_equal(np.asarray(actual), np.asarray(expected)), line
