"""Print how many corpus cameras parse exactly, per split and family."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from portal.corpus import SPLITS, cases, score


def main() -> int:
    """Score every split and print a Markdown table."""
    verbose = "-v" in sys.argv
    for split in SPLITS:
        rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
        for case in cases(split):
            exact, expected, extra, error = score(case)
            row = rows[case.family]
            row[0] += 1
            row[1] += exact
            row[2] += expected
            row[3] += extra
            row[4] += error is not None
            if verbose and (exact != expected or extra or error):
                print(f"  {split}/{case.name}: {exact}/{expected} extra={extra} {error or ''}")
        if not rows:
            continue
        print(f"\n{split}\n\n| family | payloads | exact cameras | share | extra | errors |")
        print("|---|---|---|---|---|---|")
        total = [0, 0, 0, 0, 0]
        for family in sorted(rows):
            row = rows[family]
            total = [a + b for a, b in zip(total, row, strict=True)]
            share = 100 * row[1] / row[2] if row[2] else 100.0
            print(
                f"| {family} | {row[0]} | {row[1]}/{row[2]} | {share:.0f} % | {row[3]} | {row[4]} |"
            )
        share = 100 * total[1] / total[2] if total[2] else 100.0
        print(
            f"| **all** | {total[0]} | {total[1]}/{total[2]} | {share:.1f} % | {total[3]} | {total[4]} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
