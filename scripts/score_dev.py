"""Build the shared dev corpus and seeds, score them, and print the misses grouped by cause.

    python scripts/score_dev.py [--shared ../shared] [--probes] [--misses] [--json report.json]

``--probes`` scores the project's own probe releases (tests/fixtures/probes) instead of dev + seeds.

The error-analysis habit: run it after every extractor change and read the groups, not the total.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from coopkg.graphio import write_graph
from coopkg.pipeline import build

HERE = Path(__file__).resolve().parent.parent


def _cause(miss: str) -> str:
    """A short label for a scorer's miss line ("dev-004 meeting 2019-09-10 Minsk date: got ...")."""
    m = re.search(r"\b(meeting (?:status|date|end_date|place|persons|agencies|countries|crime areas)|"
                  r"meeting|chairmanship (?:start|end)|chairmanships|persons|agencies|crime areas)"
                  r"[^:]*:\s+(missed|spurious|got)", miss)
    if not m:
        return "other"
    return f"{m.group(1)} / {m.group(2)}"


def _score_group(releases: list[Path], golds: list[Path], shared: Path, tmp: Path) -> tuple[dict, list[str]]:
    """Build ``releases``, score them against ``golds``: the scorer's figures and its verbose miss lines."""
    gold = tmp / "gold"
    gold.mkdir(parents=True)
    for path in golds:
        shutil.copy(path, gold / path.name)
    kg, report = tmp / "kg.ttl", tmp / "report.json"
    write_graph(build(releases).dataset, kg)
    cmd = [sys.executable, str(shared / "tools" / "score.py"), "--graph", str(kg), "--gold", str(gold),
           "--verbose", "--json", str(report)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    lines = [line for line in out.splitlines() if line.strip()]
    misses = [line for line in lines if not re.match(r"^(category|overall|\S.*\s\d\.\d{3}\s)", line)]
    return json.loads(report.read_text()), misses


def _summed(parts: list[dict]) -> dict:
    """The scorer's counts summed over groups, with precision, recall and F1 worked out again."""
    totals: dict[str, Counter] = defaultdict(Counter)
    for figures in parts:
        for category, values in figures.items():
            totals[category].update({k: values[k] for k in ("tp", "fp", "fn", "releases") if k in values})
    out = {}
    for category, counts in totals.items():
        p = counts["tp"] / (counts["tp"] + counts["fp"]) if counts["tp"] + counts["fp"] else 1.0
        r = counts["tp"] / (counts["tp"] + counts["fn"]) if counts["tp"] + counts["fn"] else 1.0
        out[category] = {**counts, "p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parent / "shared"))
    ap.add_argument("--probes", action="store_true", help="score tests/fixtures/probes instead of dev + seeds")
    ap.add_argument("--misses", action="store_true", help="list every miss under its cause")
    ap.add_argument("--json", help="write the scorer's figures to this file")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if args.probes:
        # set by set (probeA-*, probeB-*, ...): the shared scorer's time grows faster than the graph
        probes = HERE / "tests" / "fixtures" / "probes"
        sets = sorted({path.name.split("-")[0] for path in (probes / "releases").glob("*.txt")})
        groups = [(sorted((probes / "releases").glob(f"{s}-*.txt")), sorted((probes / "gold").glob(f"{s}-*.json")))
                  for s in sets]
    else:
        groups = [([shared / "dev" / "releases", shared / "seeds"],
                   [*(shared / "dev" / "gold").glob("*.json"), *(shared / "gold").glob("*.json")])]
    parts, misses = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (releases, golds) in enumerate(groups):
            figures, lines = _score_group(releases, golds, shared, Path(tmp) / str(n))
            parts.append(figures)
            misses.extend(lines)
    figures = _summed(parts)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    print(f"{'category':24s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp/fp/fn")
    for category, v in sorted(figures.items()):
        if category != "overall":
            print(f"{category:24s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}   {v['tp']}/{v['fp']}/{v['fn']}")
    total = figures["overall"]
    print(f"overall: {total['releases']} releases, P {total['p']:.3f} R {total['r']:.3f} F1 {total['f1']:.3f}")
    groups_by_cause: dict[str, list[str]] = defaultdict(list)
    for miss in misses:
        groups_by_cause[_cause(miss)].append(miss)
    print("\nmisses by cause:")
    for cause, count in Counter({k: len(v) for k, v in groups_by_cause.items()}).most_common():
        print(f"  {count:4d}  {cause}")
        if args.misses:
            for miss in groups_by_cause[cause]:
                print(f"          {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
