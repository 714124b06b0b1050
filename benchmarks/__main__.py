"""``python -m benchmarks generate|run`` (see ``benchmarks/README.md``)."""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
from pathlib import Path

from .generator import generate_corpus
from .report import markdown
from .runner import STEPS, run_benchmarks, save


def _sizes(text: str) -> list[int]:
    return [int(s.replace("_", "").replace("k", "000")) for s in text.split(",") if s.strip()]


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser("generate", help="write N synthetic releases to DIR")
    gen.add_argument("--count", type=_positive, required=True)
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--seed", type=int, default=0)
    gen.add_argument("--manifest", type=Path, help="also write the planted facts as JSON lines here")

    run = sub.add_parser("run", help="time the steps at several sizes")
    run.add_argument("--sizes", type=_sizes, default=[1000, 10000, 100000], help="e.g. 1000,10000,100000")
    run.add_argument("--naive-max", type=int, default=10000, help="largest size the naive stack runs at")
    run.add_argument("--steps", default=",".join(STEPS), help=f"comma-separated subset of {','.join(STEPS)}")
    run.add_argument("--timeout", type=float, default=600.0, help="per-step timeout in seconds")
    run.add_argument("--seed", type=int, default=0)
    run.add_argument("--work", type=Path, default=Path("/tmp/coopkg-bench"), help="corpora and graphs go here")
    run.add_argument("--out", type=Path, default=Path("benchmarks/results.json"))
    run.add_argument("--markdown", type=Path, default=Path("benchmarks/RESULTS.md"))
    run.add_argument("--merge", action="store_true", help="keep the rows of --out this run does not redo")
    run.add_argument("--stacks", default=None, help="comma-separated subset of coopkg,naive,oxigraph (default: all)")
    run.add_argument("--skip-queries", default="", help="comma-separated competency query names not to run")

    args = parser.parse_args(argv)
    if args.command == "generate":
        written = generate_corpus(args.count, args.out, seed=args.seed, manifest=args.manifest)
        print(f"wrote {written} releases to {args.out}", file=sys.stderr)
        return 0

    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")
    only = {s.strip() for s in args.stacks.split(",")} if args.stacks else None
    os.environ["COOPKG_BENCH_SKIP"] = args.skip_queries  # read by the step processes too
    results = run_benchmarks(args.sizes, steps, args.naive_max, args.timeout, args.work, args.seed, sys.stderr, only)
    meta = {
        "date": datetime.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "seed": args.seed,
        "timeout": args.timeout,
        "sizes": args.sizes,
        "naive_max": args.naive_max,
        "command": "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    if args.merge and args.out.exists():  # keep earlier rows that this run did not measure again
        import json

        from .runner import StepResult

        earlier = json.loads(args.out.read_text())
        fresh = {(r.size, r.step, r.stack) for r in results}
        kept = [StepResult(**r) for r in earlier["results"] if (r["size"], r["step"], r["stack"]) not in fresh]
        results = kept + results
        meta["command"] = earlier["meta"].get("command", "") + "; then " + meta["command"]
        meta["timeout"] = max(meta["timeout"], earlier["meta"].get("timeout", 0))
    save(results, args.out, meta)
    args.markdown.write_text(markdown(results, meta), encoding="utf-8")
    print(f"wrote {args.out} and {args.markdown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
