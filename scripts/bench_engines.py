"""Measure the reasoning and validation engines on a synthetic graph (see docs/engines.md).

    python scripts/bench_engines.py generate N out.nq     # N copies of the dev build, IRIs suffixed
    python scripts/bench_engines.py run ENGINE FILE       # ENGINE: rl-compiled rl-compiled-set rl-owlrl
                                                          #         shacl-compiled shacl-pyshacl

Each ``run`` is a fresh process, so its peak RSS (printed) is the engine's own (the forked workers of
``rl-compiled`` are reported apart). ``rl-compiled`` loads the file into a pyoxigraph Store and calls
``compiled_rl.entail(store)`` (then writes the N-Triples to a temporary file, timed apart);
``rl-compiled-set`` is the former measurement: ``entailments_compiled(list of parsed quads)``.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ID = "https://w3id.org/coopkg/id/"
COPIED = tuple(ID + kind for kind in ("release/", "meeting/", "chairmanship/", "span/", "build/", "extraction/"))
REFERENCE = ox.NamedNode(ID + "graph/reference")
IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")


def _rename(term, suffix):
    if isinstance(term, ox.NamedNode) and term.value.startswith(COPIED):
        return ox.NamedNode(term.value + suffix)
    return term


def generate(copies: int, out: Path) -> None:
    from coopkg.graphio import _oxigraph_quads
    from coopkg.pipeline import build

    quads = list(_oxigraph_quads(build([Path(__file__).resolve().parents[2] / "shared" / "dev" / "releases"]).dataset))
    with out.open("wb") as handle:
        shared = [q for q in quads if q.graph_name == REFERENCE]
        handle.write(ox.serialize(shared, format=ox.RdfFormat.N_QUADS))
        own = [q for q in quads if q.graph_name != REFERENCE]
        for k in range(copies):
            suffix = f"-c{k}"
            batch = []
            for q in own:
                obj = _rename(q.object, suffix)
                if q.predicate == IDENTIFIER and isinstance(obj, ox.Literal):
                    obj = ox.Literal(obj.value + suffix)
                graph = q.graph_name if isinstance(q.graph_name, ox.DefaultGraph) else _rename(q.graph_name, suffix)
                batch.append(ox.Quad(_rename(q.subject, suffix), q.predicate, obj, graph))
            handle.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))


def run(engine: str, path: Path) -> None:
    started = time.perf_counter()
    if engine.endswith(("owlrl", "pyshacl")):
        from coopkg.graphio import load_graph

        data = load_graph(path)  # rdflib Dataset: what the reference engines need
    elif engine == "rl-compiled":
        data = ox.Store()
        data.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    else:
        data = list(ox.parse(path.read_bytes(), format=ox.RdfFormat.N_QUADS))
    loaded = time.perf_counter()
    if engine.startswith("rl-"):
        if engine == "rl-compiled":
            import tempfile

            from coopkg.compiled_rl import entail

            result = entail(data)
            size = len(result)
            computed = time.perf_counter()
            with tempfile.TemporaryFile() as handle:
                result.write(handle)
            extra = f" (+ {time.perf_counter() - computed:.1f} s writing them as N-Triples)"
        elif engine == "rl-compiled-set":
            from coopkg.compiled_rl import entailments_compiled

            size = len(entailments_compiled(data))
        else:
            from coopkg.reasoning import entailments

            size = len(entailments(data, engine="owlrl"))
        what = f"{size} entailments"
    else:
        from coopkg.validation import validate

        report = validate(data, engine=engine.removeprefix("shacl-"))
        what = report.summary()
    done = time.perf_counter()
    if engine == "rl-compiled":
        done = computed
        what += extra
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024
    print(f"{engine} {path.name}: load {loaded - started:.1f} s, engine {done - loaded:.1f} s, "
          f"peak RSS {peak:.2f} GiB (workers {workers:.2f} GiB); {what}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        run(sys.argv[2], Path(sys.argv[3]))
