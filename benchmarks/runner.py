"""Time coopkg's steps against the naive stack, one fresh subprocess per step.

Every step runs in its own ``python -m benchmarks.runner _step ...`` process, so its peak memory (the
child's ``ru_maxrss`` from :func:`os.wait4`) and wall time are its own, and one step's caches or garbage
cannot help or hurt the next. The child reports the seconds of the timed part (excluding interpreter
start-up, imports and, where stated, loading the input file) as JSON lines on stdout; the parent adds the
process's wall time and peak resident memory.

Steps (coopkg / naive):

- ``build``: ``coopkg.pipeline.build_file`` to N-Quads (what ``coopkg build -o kg.nq`` runs: extraction,
  mapping and writing in worker processes, streamed to disk) / the same facts mapped by
  ``coopkg.mapping.to_dataset`` and written with rdflib's own N-Quads serialiser. Peak memory of the
  build is the largest sum of the resident sets of the process and its workers, sampled every 50 ms
  (shared copy-on-write pages are counted in every process, so this overstates it).
- ``load``: ``graphio.load_store`` of the N-Quads (pyoxigraph) / ``rdflib.Graph().parse`` of the N-Triples union.
- ``infer``: ``coopkg.nquads_rl.entail_nquads`` on the N-Quads file, *reading the file included* (it
  reads the file as text, keeping only the triples the rules need, instead of loading a Store) /
  ``owlrl.DeductiveClosure(OWLRL_Semantics).expand`` over the whole graph plus the ontology (timed part
  excludes parsing). coopkg's entailments are then written with the graph to ``kg-inferred.nq``
  (untimed), which the query step reads, so that CQ8 has something to count.
- ``validate``: ``coopkg.validation.validate_file`` on the N-Quads file, *reading the file included* (what
  ``coopkg validate kg.nq`` runs: polars reads the file, clears the shapes it proves to have no result
  and cuts N-Triples for the Stores of the others) / ``pyshacl.validate`` of the whole
  graph against ``shapes/coopkg-shapes.ttl`` (timed part excludes parsing).
- ``query``: each competency query through ``coopkg.query.run_query`` on a ``QueryGraph`` opened once
  from the file (what a user's script or service does) / rdflib ``Graph.query``; and, as the target's
  yardstick, the same query directly on a pyoxigraph Store loaded from the same file (union of the
  named graphs copied into the default graph at load), results serialised to JSON in both cases so
  lazy evaluation is paid for. Best of 5 runs (1 for rdflib), load excluded.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["StepResult", "run_benchmarks", "run_step"]

ROOT = Path(__file__).resolve().parent.parent
COMPETENCY_DIR = Path(__file__).resolve().parents[2] / "shared" / "competency"
STEPS = ("build", "load", "infer", "validate", "query")
#: Each query runs up to this many times on both stacks (until the runs add up to QUERY_BUDGET seconds)
#: and the best time counts: millisecond queries are otherwise at the mercy of a garbage collection or
#: a scheduler tick, while a query of minutes is measured well enough once.
QUERY_RUNS = 5
QUERY_BUDGET = 12.0

#: Targets at 100k releases (2 cores, 24 GiB): seconds and MB, or a ratio for queries.
TARGETS: dict[str, dict[str, float]] = {
    "build": {"seconds": 60.0, "peak_mb": 2048.0},
    "infer": {"seconds": 10.0},
    "validate": {"seconds": 30.0},
    "query": {"ratio_to_oxigraph": 1.5},
}


@dataclass
class StepResult:
    """One measured step of one stack at one size."""

    size: int
    step: str
    stack: str  # "coopkg" | "naive" | "oxigraph"
    status: str  # "ok" | "timeout" | "error" | "skipped"
    seconds: float | None = None  # the timed part (see the module docstring)
    wall_seconds: float | None = None  # the whole subprocess
    peak_mb: float | None = None  # the subprocess's peak resident set size
    extra: dict[str, Any] = field(default_factory=dict)
    note: str = ""


# ------------------------------------------------------------------------------------ child side


def _now() -> float:
    return time.perf_counter()


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def _started(query: str) -> None:
    """Say when a query starts (wall clock), so that one cut short by the timeout still gets a lower bound."""
    _emit({"name": "started", "query": query, "epoch": time.time()})


def _queries() -> list[tuple[str, str]]:
    """The competency queries, less those named in ``COOPKG_BENCH_SKIP`` (comma-separated stems)."""
    skipped = {name.strip() for name in os.environ.get("COOPKG_BENCH_SKIP", "").split(",") if name.strip()}
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(COMPETENCY_DIR.glob("*.rq"))
            if p.stem not in skipped]


def run_step(stack: str, step: str, work: Path) -> None:
    """Child process body: run one step, print JSON lines ``{"name", "seconds", ...}``."""
    releases, nq, nt = work / "releases", work / "kg.nq", work / "kg.nt"
    if stack == "coopkg":
        _coopkg_step(step, releases, nq)
    elif stack == "naive":
        _naive_step(step, releases, nq, nt)
    elif stack == "oxigraph":
        _oxigraph_queries(nq)
    else:
        raise SystemExit(f"unknown stack {stack}")


def _coopkg_step(step: str, releases: Path, nq: Path) -> None:
    from coopkg import graphio

    if step == "build":
        from coopkg.pipeline import build_file

        t = _now()
        result = build_file([releases], nq)
        _emit({"name": "build", "seconds": _now() - t, "releases": result.releases, "meetings": result.meetings,
               "chairmanships": result.chairmanships, "quads": result.statements})
        return
    if step == "query":
        from coopkg.query import QueryGraph, run_query

        t = _now()
        store = QueryGraph(_query_input(nq))
        _emit({"name": "open", "seconds": _now() - t})  # (untimed in the table, reported in the child's output)
        for name, text in _queries():
            _started(name)
            times: list[float] = []
            while len(times) < QUERY_RUNS and sum(times) < QUERY_BUDGET:
                t = _now()
                outcome = run_query(store, text)
                times.append(_now() - t)
            _emit({"name": name, "seconds": min(times), "rows": len(outcome.rows)})
        return
    if step == "load":
        t = _now()
        store = graphio.load_store(nq)
        _emit({"name": "load", "seconds": _now() - t, "quads": len(store)})
    elif step == "infer":
        from coopkg.compiled_rl import entail, packaged_ontology
        from coopkg.nquads_rl import entail_nquads

        packaged_ontology()  # compiling the ontology (milliseconds, cached on disk by mtime) is not the data's cost
        t = _now()
        result = entail_nquads(nq, workers=os.cpu_count() or 1)
        if result is None:  # not canonical N-Quads: through a Store, loading timed apart as before
            import pyoxigraph as ox

            store = ox.Store()
            store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
            loaded = _now() - t
            t = _now()
            result = entail(store)
        else:
            loaded = 0.0
        seconds = _now() - t
        _write_inferred(nq, result.ntriples())
        _emit({"name": "infer", "seconds": seconds, "load_seconds": loaded, "entailments": len(result)})
    elif step == "validate":
        from coopkg.validation import _compiled_inputs, validate_file

        _compiled_inputs()  # reading the shapes and ontology (milliseconds, cached) is not the data's cost
        t = _now()
        report = validate_file(nq)
        loaded = 0.0
        _emit({"name": "validate", "seconds": _now() - t, "load_seconds": loaded,
               "conforms": report.conforms, "results": len(report.results)})
    else:
        raise SystemExit(f"unknown step {step}")


def _write_inferred(nq: Path, ntriples: bytes) -> None:
    """``kg-inferred.nq``: the graph plus its entailments in ``id:graph/inferred`` (what the queries read)."""
    graph = b" <https://w3id.org/coopkg/id/graph/inferred> .\n"
    with open(nq.with_name("kg-inferred.nq"), "wb") as out, open(nq, "rb") as source:
        while block := source.read(1 << 24):
            out.write(block)
        out.write(ntriples.replace(b" .\n", graph))


def _query_input(nq: Path) -> Path:
    """The inferred graph if the infer step wrote it (CQ8 needs it), else the built one."""
    inferred = nq.with_name("kg-inferred.nq")
    return inferred if inferred.exists() and inferred.stat().st_mtime >= nq.stat().st_mtime else nq


def _naive_step(step: str, releases: Path, nq: Path, nt: Path) -> None:
    import rdflib

    if step == "build":
        from coopkg.mapping import to_dataset
        from coopkg.pipeline import extract_all

        t = _now()
        dataset = to_dataset(extract_all([releases]))
        dataset.serialize(destination=str(nq.with_suffix(".naive.nq")), format="nquads")
        _emit({"name": "build", "seconds": _now() - t})
        return
    t = _now()
    graph = rdflib.Graph().parse(nt, format="nt")
    loaded = _now() - t
    if step == "load":
        _emit({"name": "load", "seconds": loaded, "triples": len(graph)})
    elif step == "infer":
        import owlrl

        ontology = ROOT / "ontology" / "coopkg.ttl"
        t = _now()
        graph.parse(ontology, format="turtle")
        before = len(graph)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
        _emit({"name": "infer", "seconds": _now() - t, "load_seconds": loaded, "added": len(graph) - before})
    elif step == "validate":
        import logging

        import pyshacl

        logging.disable(logging.WARNING)
        shapes = rdflib.Graph().parse(ROOT / "shapes" / "coopkg-shapes.ttl", format="turtle")
        ontology = rdflib.Graph().parse(ROOT / "ontology" / "coopkg.ttl", format="turtle")
        t = _now()
        conforms, _report, _text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology,
                                                    inference="none", advanced=True, allow_warnings=True)
        _emit({"name": "validate", "seconds": _now() - t, "load_seconds": loaded, "conforms": bool(conforms)})
    elif step == "query":
        for name, text in _queries():
            _started(name)
            t = _now()
            rows = len(list(graph.query(text)))
            _emit({"name": name, "seconds": _now() - t, "rows": rows})
    else:
        raise SystemExit(f"unknown step {step}")


def _oxigraph_queries(nq: Path) -> None:
    import pyoxigraph as ox

    t = _now()
    store = ox.Store()
    store.bulk_load(path=str(_query_input(nq)), format=ox.RdfFormat.N_QUADS)
    # The union goes into the default graph once, as part of loading (untimed): querying with
    # ``use_default_graph_as_union=True`` instead is up to 5x slower (cq02 at 1k: 0.25 s vs 0.05 s),
    # which would make a too lenient yardstick.
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    _emit({"name": "open", "seconds": _now() - t})
    for name, text in _queries():
        _started(name)
        times: list[float] = []
        while len(times) < QUERY_RUNS and sum(times) < QUERY_BUDGET:
            t = _now()
            result = store.query(text)
            if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
                result.serialize(format=ox.QueryResultsFormat.JSON)
            else:
                list(result)
            times.append(_now() - t)
        _emit({"name": name, "seconds": min(times)})


# ----------------------------------------------------------------------------------- parent side


def _group_rss_kb(group: int) -> int:
    """The summed resident set (kB) of the processes in process group ``group`` (a step and its workers)."""
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            if int(fields[2]) != group:  # field 5 (pgrp); fields[0] is field 3 (state)
                continue
            with open(f"/proc/{entry.name}/status", "rb") as handle:
                for line in handle:
                    if line.startswith(b"VmRSS:"):
                        total += int(line.split()[1])
                        break
        except (OSError, ValueError, IndexError):
            continue
    return total


def _spawn(stack: str, step: str, work: Path, timeout: float
           ) -> tuple[str, list[dict[str, Any]], float, float, str, float]:
    """Run one child; return (status, records, wall seconds, peak MB, stderr tail, wall clock at its end)."""
    cmd = [sys.executable, "-m", "benchmarks.runner", "_step", stack, step, str(work)]
    err_path = work / f".{stack}-{step}.stderr"
    out_path = work / f".{stack}-{step}.stdout"
    started = time.perf_counter()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err, start_new_session=True)
        status = "ok"
        tree_peak_kb = 0
        while True:
            pid, code, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            tree_peak_kb = max(tree_peak_kb, _group_rss_kb(proc.pid))
            if time.perf_counter() - started > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, code, usage = os.wait4(proc.pid, 0)
                status = "timeout"
                break
            time.sleep(0.05)  # (sampling the group's memory takes ~1 ms)
    ended = time.time()
    proc.returncode = os.waitstatus_to_exitcode(code)  # keep Popen from waiting again
    wall = time.perf_counter() - started
    peak_mb = max(usage.ru_maxrss, tree_peak_kb) / 1024  # Linux: kilobytes
    if status == "ok" and proc.returncode != 0:
        status = "error"
    records = [json.loads(line) for line in out_path.read_text().splitlines() if line.startswith("{")]
    tail = " ".join(err_path.read_text(errors="replace").strip().splitlines()[-1:])
    return status, records, wall, peak_mb, tail, ended


def _prepare(size: int, work: Path, seed: int) -> None:
    from .generator import generate_corpus

    releases = work / "releases"
    if not (releases.is_dir() and len(list(releases.glob("*.txt"))) == size):
        generate_corpus(size, releases, seed=seed)


def _to_ntriples(work: Path) -> None:
    """The union of kg.nq as kg.nt for rdflib's plain Graph (untimed preparation)."""
    import pyoxigraph as ox

    triples = {q.triple for q in ox.parse(path=str(work / "kg.nq"), format=ox.RdfFormat.N_QUADS)}
    ox.serialize(sorted(triples, key=str), output=str(work / "kg.nt"), format=ox.RdfFormat.N_TRIPLES)


def run_benchmarks(sizes: list[int], steps: list[str], naive_max: int, timeout: float, work_root: Path,
                   seed: int = 0, log: Any = None, only: set[str] | None = None) -> list[StepResult]:
    """Measure every step at every size; the naive stack only up to ``naive_max`` releases.

    ``only`` restricts the stacks run (e.g. ``{"coopkg"}`` to redo coopkg's rows of a merged run).
    """
    results: list[StepResult] = []

    def say(message: str) -> None:
        if log is not None:
            print(message, file=log, flush=True)

    for size in sizes:
        work = work_root / f"n{size}"
        work.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        _prepare(size, work, seed)
        say(f"[{size}] corpus ready in {time.perf_counter() - t:.1f} s")
        # later steps need kg.nq: build first, even when not asked for, unless a graph is already there
        need_build = "build" in steps or not (work / "kg.nq").exists()
        ordered = (["build"] if need_build else []) + [s for s in steps if s != "build"]
        for step in ordered:
            stacks = ["coopkg"] if step in steps or step == "build" else []
            if step in steps and size <= naive_max:
                stacks.append("naive")
            if step == "query" and step in steps:
                stacks.append("oxigraph")
            for stack in stacks:
                if only is not None and stack not in only and not (step == "build" and need_build):
                    continue
                if stack == "naive" and step != "build" and not (work / "kg.nt").exists():
                    _to_ntriples(work)
                status, records, wall, peak, tail, ended = _spawn(stack, step, work, timeout)
                say(f"[{size}] {stack:8} {step:8} {status:7} wall {wall:7.1f} s  peak {peak:7.0f} MB"
                    + (f"  ({tail})" if status == "error" else ""))
                if step == "query":
                    done = {r["name"]: r for r in records}
                    started = {r["query"]: r["epoch"] for r in records if r["name"] == "started"}
                    for name, _text in _queries():
                        r = done.get(name)
                        extra = {k: v for k, v in (r or {}).items() if k not in ("name", "seconds")}
                        if "open" in done:
                            extra["open_seconds"] = done["open"]["seconds"]
                        if r is None and status == "timeout" and name in started:
                            extra["ran_at_least"] = ended - started[name]  # then it was killed
                        results.append(StepResult(
                            size, f"query {name}", stack, "ok" if r else status, r and r["seconds"], wall, peak,
                            extra, "peak and wall are for the process running all queries"))
                    continue
                r = records[0] if records else {}
                results.append(StepResult(size, step, stack, status if not (status == "ok" and not r) else "error",
                                          r.get("seconds"), wall, peak,
                                          {k: v for k, v in r.items() if k not in ("name", "seconds")},
                                          tail if status == "error" else ""))
            if step == "build" and "build" not in steps:
                results[:] = [x for x in results if not (x.size == size and x.step == "build")]
        for stack in ("naive",):
            if size > naive_max:
                results.append(StepResult(size, "*", stack, "skipped", note=f"naive stack not run above {naive_max}"))
    return results


def save(results: list[StepResult], path: Path, meta: dict[str, Any]) -> None:
    path.write_text(json.dumps({"meta": meta, "results": [asdict(r) for r in results]}, indent=2) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "_step":
        run_step(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
    else:
        raise SystemExit("usage: python -m benchmarks.runner _step STACK STEP WORKDIR (internal)")
