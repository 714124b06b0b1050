"""No module of the package binds a top-level name twice.

The extractor keeps hundreds of module-level patterns; a second ``_NAME = re.compile(...)`` silently replaces
the first for every rule that reads it (ruff's F811 covers functions and imports, not assignments).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import coopkg

MODULES = sorted(Path(coopkg.__file__).parent.glob("*.py"))


def _top_level_bindings(tree: ast.Module) -> dict[str, list[int]]:
    bound: dict[str, list[int]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            bound.setdefault(name, []).append(node.lineno)
    return bound


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    bound = _top_level_bindings(ast.parse(path.read_text(encoding="utf-8")))
    assert {name: lines for name, lines in bound.items() if len(lines) > 1} == {}


def test_the_check_sees_a_name_bound_twice() -> None:
    bound = _top_level_bindings(ast.parse("import re\nA = re.compile('a')\ndef f(): pass\nA = re.compile('b')\n"))
    assert bound["A"] == [2, 4]
