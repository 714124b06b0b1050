"""cProfile of ``coopkg build -o kg.nq`` on a generated corpus, in one process → ``benchmarks/PROFILE.md``.

The build runs with one worker (``build_file(..., workers=1)``) so that cProfile sees all the work.

``python -m benchmarks.profile_build --count 1000 --out benchmarks/PROFILE.md``
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

from .generator import generate_corpus


def profile_build(count: int, seed: int = 0, top: int = 15) -> str:
    from coopkg.pipeline import build_file

    with tempfile.TemporaryDirectory() as tmp:
        releases = Path(tmp) / "releases"
        generate_corpus(count, releases, seed=seed)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        result = build_file([releases], Path(tmp) / "kg.nq", workers=1)
        profiler.disable()
        wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    lines = [
        f"# Profile of `coopkg build -o kg.nq` (one process) at {count:,} releases",
        "",
        f"{wall:.1f} s under cProfile ({1000 * wall / count:.1f} ms per release; cProfile adds overhead), "
        f"{result.statements:,} quads. Regenerate with "
        f"`python -m benchmarks.profile_build --count {count}`.",
        "",
    ]
    shares = _stage_shares(stats, wall)
    if shares:
        lines += ["Where the time goes (cumulative, share of the profiled wall time): "
                  + "; ".join(f"{name} {seconds:.1f} s ({100 * seconds / wall:.0f} %)" for name, seconds in shares)
                  + ".", ""]
    for key, title in (("cumulative", "cumulative"), ("tottime", "own (tottime)")):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).sort_stats(key).print_stats(top)
        body = buffer.getvalue()
        body = body[body.index("   ncalls"):] if "   ncalls" in body else body
        lines += [f"## Top {top} by {title} time", "", "```", body.rstrip(), "```", ""]
    return "\n".join(lines)


_STAGES = (("read_release", "reading"), ("extract", "extraction"), ("release_statements", "mapping"),
           ("sorted_lines", "N-Quads lines (format, sort)"))


def _stage_shares(stats: pstats.Stats, wall: float) -> list[tuple[str, float]]:
    """Cumulative seconds of the pipeline's stages, found by function name."""
    table = stats.stats  # type: ignore[attr-defined]
    shares = []
    for function, label in _STAGES:
        times = [entry[3] for (filename, _line, name), entry in table.items()
                 if name == function and "/coopkg/" in filename]
        if times:
            shares.append((label, max(times)))
    return shares


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_build")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/PROFILE.md"))
    args = parser.parse_args(argv)
    args.out.write_text(profile_build(args.count, args.seed), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
