"""Every module-level name of the integration is bound once.

A second ``_WORDS = …`` further down a long module silently replaces the first for every
function that runs after import, including the ones written against the first; neither
ruff nor mypy reports a re-bound constant. Deliberate updates (``X = X | {...}``,
augmented assignments) read the old value and are not re-bindings of this kind.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "custom_components" / "kutim_cctv"


def _bound_names(tree: ast.Module) -> dict[str, list[int]]:
    """Return the lines where each module-level name is bound afresh."""
    bound: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            names = [t.id for t in node.targets if isinstance(t, ast.Name) and t.id not in reads]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if node.value is not None:
                names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            bound[name].append(node.lineno)
    return bound


def test_the_checker_sees_a_rebound_constant() -> None:
    tree = ast.parse("A = 1\nB = {1}\nB = B | {2}\ndef f(): pass\nA = 2\n")
    twice = {name: lines for name, lines in _bound_names(tree).items() if len(lines) > 1}
    assert twice == {"A": [1, 5]}


def test_no_module_level_name_is_bound_twice() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50
    twice = {
        f"{path.relative_to(PACKAGE)}:{name}": lines
        for path in modules
        for name, lines in _bound_names(ast.parse(path.read_text(encoding="utf-8"))).items()
        if len(lines) > 1
    }
    assert twice == {}
