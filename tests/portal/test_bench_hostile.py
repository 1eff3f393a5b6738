"""The hostile-input cost benchmark names real tests, and no test times itself."""

from __future__ import annotations

import inspect
from pathlib import Path
import re

from scripts.bench_hostile import CASES, case

TESTS = Path(__file__).resolve().parent.parent
UPPER_TIME_BOUND = re.compile(
    r"(perf_counter|monotonic|process_time)\(\)\s*-\s*\w+\s*<", re.MULTILINE
)


def test_every_case_is_a_test_with_a_budget() -> None:
    """Each case resolves to a test function of tests/portal, with a positive budget."""
    assert len(CASES) >= 19
    for name, budget in CASES.items():
        test = case(name)
        assert inspect.isfunction(test) and test.__name__.startswith("test_"), name
        assert not inspect.signature(test).parameters, name  # runs without fixtures
        assert 0 < budget <= 30, name


def test_no_test_asserts_how_long_it_took() -> None:
    """Speed is measured by the benchmarks: a busy machine must not fail a test."""
    timed = [
        f"{path.relative_to(TESTS)}:{text[: match.start()].count(chr(10)) + 1}"
        for path in sorted(TESTS.rglob("*.py"))
        if "fixtures" not in path.parts
        for text in [path.read_text(encoding="utf-8")]
        for match in UPPER_TIME_BOUND.finditer(text)
    ]
    assert timed == []
