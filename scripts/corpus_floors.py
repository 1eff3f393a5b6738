"""Record the best reading of every holdout payload, so none can silently read worse.

``tests/portal/fixtures/corpus/floors.json`` holds, per holdout payload, the most exact
cameras and the fewest extra cameras it has been read with. ``test_parsing_corpus`` fails
when a payload reads fewer exact cameras or more extra ones than recorded. Run this after
scoring a new batch (its first run becomes its floor) and after fixes that improve a
payload (the floor only ever rises: a worse reading is never written).

    PYTHONPATH=. python scripts/corpus_floors.py          # record new payloads, raise floors
    PYTHONPATH=. python scripts/corpus_floors.py --check  # list payloads below their floor
"""

from __future__ import annotations

import json
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from portal.corpus import FLOORS_PATH, SPLITS, cases, load_floors, score


def main() -> int:
    """Raise the recorded floors to the current readings; with --check only report."""
    check = "--check" in sys.argv
    floors = load_floors()
    worse: list[str] = []
    changed = 0
    for split in SPLITS[1:]:
        for case in cases(split):
            exact, _, extra, _ = score(case)
            key = f"{split}/{case.name}"
            old = floors.get(key)
            if old is not None and (exact < old["exact"] or extra > old["extra"]):
                worse.append(f"{key}: {exact} exact, {extra} extra (recorded {old})")
            new = (
                {"exact": exact, "extra": extra}
                if old is None
                else {"exact": max(exact, old["exact"]), "extra": min(extra, old["extra"])}
            )
            if new != old:
                floors[key] = new
                changed += 1
    for line in worse:
        print("worse:", line)
    if not check and changed:
        lines = [f"  {json.dumps(key)}: {json.dumps(floors[key])}" for key in sorted(floors)]
        FLOORS_PATH.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{changed} floor(s) {'to raise' if check else 'raised or recorded'}, {len(worse)} worse")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
