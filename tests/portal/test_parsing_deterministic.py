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


def _digests(seed: str) -> dict[str, str]:
    """Return a digest of every corpus payload's parse in a process with this hash seed."""
    code = _DIGESTS.format(root=str(ROOT), tests=str(ROOT / "tests"))
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    digests: dict[str, str] = json.loads(done.stdout)
    return digests


def test_every_corpus_payload_parses_the_same_under_any_hash_seed() -> None:
    """Two processes with different hash seeds read every payload identically."""
    first, second = _digests("1"), _digests("2")
    assert len(first) >= 60
    assert first.keys() == second.keys()
    differing = sorted(name for name in first if first[name] != second[name])
    assert differing == []
