"""Each module of the library binds a top-level name once.

A second `_NAME = re.compile(...)` further down a long module silently replaces the first for
every function, including those written for the first: two such pairs had hidden a pattern
each (`_SUBJECT_GAP` in ceasefires.py, `_DISPUTES_NOUN` in positions.py), and a third briefly
broke the positions reader while it was being written.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import summarize

PACKAGE = Path(summarize.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return names


@pytest.mark.parametrize("module", MODULES, ids=[str(m.relative_to(PACKAGE)) for m in MODULES])
def test_no_top_level_name_is_bound_twice(module: Path) -> None:
    names = _top_level_names(ast.parse(module.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("import re\n_GAP = re.compile('a')\ndef f(): pass\n_GAP = re.compile('b')\n")
    assert _top_level_names(tree)["_GAP"] == 2
