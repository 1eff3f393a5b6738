"""Reading a camera list gives the same cameras in every process, whatever the hash seed.

Python randomises string hashes per process, so a parser that lets set or dict-of-set
order decide a name, an id or the order of cameras would change its answer from one
Home Assistant start to the next. Every corpus payload is parsed in two processes with
different seeds and the results are compared.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[2]

_DIGESTS = """
import hashlib, json, sys
sys.path[:0] = [{root!r}, {tests!r}]
from portal.corpus import SPLITS, actual, cases, parse_case
from custom_components.kutim_cctv.portal.errors import PortalFormatError
out = {{}}
for split in SPLITS:
    for case in cases(split):
        try:
            text = repr([actual(camera) for camera in parse_case(case)])
        except PortalFormatError as err:
            text = "error: " + str(err)
        out[split + "/" + case.name] = hashlib.sha256(text.encode()).hexdigest()
print(json.dumps(out))
"""


def _digests(*seeds: str) -> list[dict[str, str]]:
    """Return, per hash seed, a digest of every corpus payload's parse in its own process.

    The processes run at the same time (the suite's other workers share the cores).
    """
    code = _DIGESTS.format(root=str(ROOT), tests=str(ROOT / "tests"))
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in seeds
    ]
    found: list[dict[str, str]] = []
    for process in processes:
        out, err = process.communicate()
        assert process.returncode == 0, err
        digests: dict[str, str] = json.loads(out)
        found.append(digests)
    return found


def test_every_corpus_payload_parses_the_same_under_any_hash_seed() -> None:
    """Two processes with different hash seeds read every payload identically."""
    first, second = _digests("1", "2")
    assert len(first) >= 60
    assert first.keys() == second.keys()
    differing = sorted(name for name in first if first[name] != second[name])
    assert differing == []
