"""The hand-written stubs (python/qaf/_core.pyi) must declare every public name of qaf._core."""

import ast
import pathlib

import qaf
from qaf import _core

STUBS = pathlib.Path(__file__).resolve().parents[2] / "python" / "qaf" / "_core.pyi"


def declared_names() -> set[str]:
    tree = ast.parse(STUBS.read_text())
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def test_every_public_name_of_the_module_has_a_stub():
    public = {name for name in dir(_core) if not name.startswith("_")} | {"__version__"}
    missing = public - declared_names()
    assert not missing, f"add these to python/qaf/_core.pyi: {sorted(missing)}"


def test_package_exports_exist():
    for name in qaf.__all__:
        assert hasattr(qaf, name), name
