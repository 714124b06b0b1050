"""The Markdown table of a benchmark run (``benchmarks/RESULTS.md``)."""

from __future__ import annotations

from typing import Any

from .runner import TARGETS, StepResult

__all__ = ["markdown"]

_TARGET_SIZE = 100_000
_PROJECTED_FROM = 10_000  # the smallest size whose time is projected to 100k


def _fmt_s(r: StepResult | None) -> str:
    if r is None:
        return "–"
    if r.status == "timeout":
        return f"timeout (> {r.wall_seconds:.0f} s)"
    if r.status != "ok" or r.seconds is None:
        return r.status
    return f"{r.seconds:.3f}" if r.seconds < 1 else f"{r.seconds:.1f}"


def _fmt_mb(r: StepResult | None) -> str:
    return "–" if r is None or r.peak_mb is None else f"{r.peak_mb:.0f}"


def _extrapolated(results: list[StepResult], stack: str, step: str, size: int) -> tuple[float, int] | None:
    """Linear extrapolation from the largest size where ``stack`` finished ``step``."""
    done = [r for r in results if r.stack == stack and r.step == step and r.status == "ok" and r.seconds
            and r.size < size]
    if not done:
        return None
    base = max(done, key=lambda r: r.size)
    return base.seconds * size / base.size, base.size  # type: ignore[operator]


def _target(step: str, size: int, coop: StepResult | None, oxi: StepResult | None) -> tuple[str, str]:
    """(target text, met? text). Time targets hold at 100k; smaller sizes show a linear projection."""
    if step.startswith("query"):
        limit = TARGETS["query"]["ratio_to_oxigraph"]
        bound = oxi.extra.get("ran_at_least") if oxi is not None and oxi.status == "timeout" else None
        if bound and coop is not None and coop.seconds is not None:  # the yardstick was cut short
            ratio = coop.seconds / bound
            return (f"≤ {limit}× oxigraph (> {bound:.0f} s, timeout)",
                    f"{'yes' if ratio <= limit else '?'} (< {ratio:.3f}×)")
        if oxi is None or oxi.seconds is None or coop is None or coop.seconds is None:
            return f"≤ {limit}× oxigraph", "?"
        ratio = coop.seconds / oxi.seconds if oxi.seconds > 0 else float("inf")
        return (f"≤ {limit}× oxigraph ({_fmt_s(oxi)} s)",
                f"{'yes' if ratio <= limit else 'no'} ({ratio:.2g}×)")
    target = TARGETS.get(step)
    if not target:
        return "–", "–"
    parts = [f"≤ {target['seconds']:.0f} s"]
    if "peak_mb" in target:
        parts.append(f"≤ {target['peak_mb'] / 1024:.0f} GB")
    text = " & ".join(parts) + " at 100k"
    if coop is None:
        return text, "?"
    if coop.status == "timeout":
        return text, "no (timeout)"
    if coop.status != "ok" or coop.seconds is None:
        return text, "?"
    projected = coop.seconds * _TARGET_SIZE / size
    ok = projected <= target["seconds"]
    if "peak_mb" in target and size == _TARGET_SIZE:
        ok = ok and (coop.peak_mb or 0) <= target["peak_mb"]
    if size == _TARGET_SIZE:
        return text, "yes" if ok else "no"
    if size < _PROJECTED_FROM:  # start-up costs dominate: a linear projection would mislead
        return text, f"– (judged at 100k; below {_PROJECTED_FROM:,} start-up dominates)"
    return text, f"{'on track' if ok else 'off track'} (linear → {projected:.0f} s at 100k)"


def _regenerate(command: str) -> str:
    """How the table was made: one command, or the last of the merged runs (all are in results.json)."""
    runs = command.split("; then ")
    if len(runs) == 1:
        return f"Regenerate with `{command}`."
    return (f"The table merges {len(runs)} runs (`--merge`; every command is in `results.json`, "
            f"`meta.command`); the last was `{runs[-1]}`.")


def markdown(results: list[StepResult], meta: dict[str, Any]) -> str:
    lines = [
        "# coopkg benchmark results",
        "",
        f"Measured {meta.get('date', '')} on {meta.get('machine', '')}; generator seed {meta.get('seed')}; "
        f"per-step timeout {meta.get('timeout'):.0f} s. {_regenerate(meta.get('command', ''))}",
        "",
        "Times are the timed part of each step in its own subprocess (loading the input excluded for the "
        "queries and for owlrl and pyshacl; coopkg's infer and validate read the N-Quads file themselves and "
        "include it; "
        "query times are the best of up to 5 runs within 12 s, rdflib 1 run); "
        "peak MB is that subprocess's peak resident set (`ru_maxrss`), *including* loading the graph; "
        "for the build, the largest sampled sum over the process and its workers. "
        "`naive/coopkg` > 1 means coopkg is faster. See `benchmarks/README.md`.",
        "",
        "| size | step | coopkg s | coopkg peak MB | naive s | naive peak MB | naive/coopkg | target | met? |",
        "|---:|---|---:|---:|---:|---:|---:|---|---|",
    ]
    index = {(r.size, r.step, r.stack): r for r in results}
    sizes = sorted({r.size for r in results})
    steps: list[str] = []
    for r in results:
        if r.step != "*" and r.step not in steps:
            steps.append(r.step)
    notes: list[str] = []
    for size in sizes:
        for step in steps:
            coop, naive, oxi = (index.get((size, step, s)) for s in ("coopkg", "naive", "oxigraph"))
            if coop is None and naive is None:
                continue
            naive_s = _fmt_s(naive)
            if naive is None and (size, "*", "naive") in index:
                guess = _extrapolated(results, "naive", step, size)
                naive_s = f"~{guess[0]:.0f} (extrapolated†)" if guess else "not run"
                if guess:
                    notes.append(f"† naive column at {size:,}: NOT measured, linear extrapolation from "
                                 f"{guess[1]:,} releases (owlrl, pyshacl and rdflib SPARQL grow faster than "
                                 "linearly, so these are lower bounds)")
            ratio = "–"
            if coop and naive and coop.seconds and naive.seconds and coop.status == naive.status == "ok":
                ratio = f"{naive.seconds / coop.seconds:.1f}×"
            elif coop and coop.seconds and naive and naive.status == "timeout":
                ratio = f"> {naive.wall_seconds / coop.seconds:.0f}×"  # type: ignore[operator]
            target, met = _target(step, size, coop, oxi)
            lines.append(f"| {size:,} | {step} | {_fmt_s(coop)} | {_fmt_mb(coop)} | {naive_s} | {_fmt_mb(naive)} "
                         f"| {ratio} | {target} | {met} |")
    lines.append("")
    facts = [r for r in results if r.step == "build" and r.stack == "coopkg" and r.extra.get("quads")]
    for r in facts:
        per = r.extra["quads"] / r.size
        lines.append(f"- {r.size:,} releases: {r.extra['quads']:,} quads ({per:.1f} per release), "
                     f"{r.extra.get('meetings', 0):,} meetings, {r.extra.get('chairmanships', 0):,} chairmanships; "
                     f"{1000 * (r.seconds or 0) / r.size:.2f} ms per release in all.")
    for r in results:
        if r.status in ("error",):
            lines.append(f"- {r.stack} {r.step} at {r.size:,} failed: {r.note}")
    lines.extend(f"- {n}" for n in dict.fromkeys(notes))
    return "\n".join(lines) + "\n"
