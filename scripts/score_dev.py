"""Build the shared dev corpus and seeds, score them, and print the misses grouped by cause.

    python scripts/score_dev.py [--shared ../shared] [--probes] [--misses] [--json report.json]

``--probes`` scores the project's own probe releases (tests/fixtures/probes) instead of dev + seeds.

The error-analysis habit: run it after every extractor change and read the groups, not the total.
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parent / "shared"))
    ap.add_argument("--probes", action="store_true", help="score tests/fixtures/probes instead of dev + seeds")
    ap.add_argument("--misses", action="store_true", help="list every miss under its cause")
    ap.add_argument("--json", help="write the scorer's figures to this file")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        gold.mkdir()
        probes = HERE / "tests" / "fixtures" / "probes"
        golds = [*(probes / "gold").glob("*.json")] if args.probes else [
            *(shared / "dev" / "gold").glob("*.json"), *(shared / "gold").glob("*.json")]
        for path in golds:
            shutil.copy(path, gold / path.name)
        result = build([probes / "releases"] if args.probes else [shared / "dev" / "releases", shared / "seeds"])
        kg = Path(tmp) / "kg.ttl"
        write_graph(result.dataset, kg)
        cmd = [sys.executable, str(shared / "tools" / "score.py"), "--graph", str(kg), "--gold", str(gold),
               "--verbose"]
        if args.json:
            cmd += ["--json", args.json]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    table = [line for line in lines if re.match(r"^(category|overall|\S.*\s\d\.\d{3}\s)", line)]
    misses = [line for line in lines if line not in table and line.strip()]
    print("\n".join(table))
    groups: dict[str, list[str]] = defaultdict(list)
    for miss in misses:
        groups[_cause(miss)].append(miss)
    print("\nmisses by cause:")
    for cause, count in Counter({k: len(v) for k, v in groups.items()}).most_common():
        print(f"  {count:4d}  {cause}")
        if args.misses:
            for miss in groups[cause]:
                print(f"          {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
