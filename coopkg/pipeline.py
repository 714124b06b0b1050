"""The whole journey in one call: release files → facts → graph (→ entailments)."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Dataset

from .errors import InputError
from .extractor import extract
from .facts import Release, ReleaseFacts
from .gazetteer import load_gazetteer
from .mapping import COOP, REFERENCE_GRAPH, _Resolver, reference_graph, release_iri, release_statements, to_dataset
from .reader import read_releases

__all__ = ["BuildResult", "FileBuild", "build", "build_file", "extract_all"]


@dataclass
class BuildResult:
    """A built graph and the figures of its summary line."""

    dataset: Dataset
    facts: list[ReleaseFacts]
    seconds: float

    @property
    def releases(self) -> int:
        return len(self.facts)

    @property
    def meetings(self) -> int:
        return sum(len(f.meetings) for f in self.facts)

    @property
    def chairmanships(self) -> int:
        return sum(len(f.chairmanships) for f in self.facts)

    @property
    def triples(self) -> int:
        return len({(s, p, o) for s, p, o, _g in self.dataset.quads((None, None, None, None))})

    def count(self, cls_local_name: str) -> int:
        return len(set(self.dataset.subjects(RDF.type, COOP[cls_local_name])))


#: Below this many releases one process is faster than starting workers (each loads the gazetteer).
PARALLEL_THRESHOLD = 200


def _extract_one(release: Release) -> ReleaseFacts:
    return extract(release, load_gazetteer())


def extract_all(paths: Iterable[str | os.PathLike[str]], workers: int | None = None) -> list[ReleaseFacts]:
    """Read and extract every release under ``paths``, on all cores when there are many.

    Releases are independent, so extraction spreads over worker processes; the facts come back in
    the input order, so the output does not depend on the number of workers.
    """
    releases = read_releases(paths)
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(releases) < PARALLEL_THRESHOLD:
        gazetteer = load_gazetteer()
        return [extract(release, gazetteer) for release in releases]
    with ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_extract_one, releases, chunksize=32))


def build(paths: Iterable[str | os.PathLike[str]], infer: bool = False, workers: int | None = None,
          engine: str = "compiled") -> BuildResult:
    """Build the graph of the releases under ``paths``; with ``infer`` add the OWL RL entailments.

    ``engine`` chooses the reasoner (see :func:`coopkg.reasoning.infer`): ``compiled`` or ``owlrl``.
    """
    started = time.perf_counter()
    facts = extract_all(paths, workers)
    dataset = to_dataset(facts)
    if infer:
        from .reasoning import infer as owl_rl

        dataset = owl_rl(dataset, engine=engine)
    return BuildResult(dataset, facts, time.perf_counter() - started)


@dataclass(frozen=True)
class FileBuild:
    """What :func:`build_file` wrote: the figures of the CLI's summary line."""

    releases: int
    meetings: int
    chairmanships: int
    statements: int
    """Quads written (TriG, N-Quads, JSON-LD) or distinct triples (Turtle, N-Triples, RDF/XML)."""
    seconds: float


@dataclass(frozen=True)
class _MappedRelease:
    graph: str
    body: bytes
    """The release graph, sorted, in the output syntax without prefixes (N-Quads when not streamed)."""
    used_reference: frozenset[str]
    meetings: int
    chairmanships: int
    quads: int


def _map_release(release: Release, chunk_format: str) -> _MappedRelease:
    """Extract one release and write its graph: the whole per-release job, run in a worker."""
    from .graphio import dataset_chunk

    gazetteer = load_gazetteer()
    facts = extract(release, gazetteer)
    resolve = _Resolver(gazetteer)
    graph = ox.NamedNode(str(release_iri(release.identifier)))
    quads = {ox.Quad(s, p, o, graph) for s, p, o in release_statements(facts, resolve)}
    return _MappedRelease(graph.value, dataset_chunk(quads, chunk_format), frozenset(resolve.used_reference),
                          len(facts.meetings), len(facts.chairmanships), len(quads))


def _mapped(releases: list[Release], chunk_format: str, workers: int | None) -> Iterator[_MappedRelease]:
    """Each release mapped, in the given order, on ``workers`` processes when there are many."""
    count = workers if workers is not None else (os.cpu_count() or 1)
    job = partial(_map_release, chunk_format=chunk_format)
    if count <= 1 or len(releases) < PARALLEL_THRESHOLD:
        yield from map(job, releases)
        return
    load_gazetteer()  # once, before the fork: the workers share it
    with multiprocessing.get_context("fork").Pool(count) as pool:
        yield from pool.imap(job, releases, chunksize=64)


def _in_graph_order(releases: list[Release]) -> list[Release]:
    """Releases sorted as their graphs are written; two releases with one IRI are an error."""
    by_iri: dict[str, Release] = {}
    for release in releases:
        name = str(release_iri(release.identifier))
        other = by_iri.get(name)
        if other is not None:
            raise InputError(f"releases '{other.identifier}' and '{release.identifier}' have the same IRI <{name}>")
        by_iri[name] = release
    return [by_iri[name] for name in sorted(by_iri, key=lambda name: f"<{name}>")]


def build_file(paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], fmt: str | None = None,
               workers: int | None = None) -> FileBuild:
    """Build the graph of the releases under ``paths`` straight into the file ``out``.

    The output is byte-identical to ``write_graph(build(paths).dataset, out, fmt)`` but made for
    large corpora: each worker extracts a release and writes its graph; TriG and N-Quads are then
    streamed to disk graph by graph (memory stays flat), other formats are assembled in memory from
    the workers' N-Quads. Input errors are raised before anything is written; the file appears only
    when complete (atomic write).
    """
    from .graphio import _serialize as serialize_counted
    from .graphio import (
        atomic_output,
        dataset_chunk,
        dataset_header,
        format_from_path,
        rdf_syntax,
    )

    started = time.perf_counter()
    syntax = rdf_syntax(fmt or format_from_path(out))
    releases = _in_graph_order(read_releases(paths))
    streamed = syntax.keeps_graphs and syntax.name != "json-ld"
    chunk_format = syntax.name if streamed else "nquads"
    used: set[str] = set()
    meetings = chairmanships = quads = 0
    with atomic_output(out) as target:
        scratch_dir = None if os.fspath(out) == "-" else Path(out).parent
        with tempfile.TemporaryFile(dir=scratch_dir) as scratch:
            for mapped in _mapped(releases, chunk_format, workers):
                scratch.write(mapped.body)
                used |= mapped.used_reference
                meetings += mapped.meetings
                chairmanships += mapped.chairmanships
                quads += mapped.quads
            reference = {ox.Quad(*triple, ox.NamedNode(str(REFERENCE_GRAPH)))
                         for triple in _oxigraph_triples(reference_graph(load_gazetteer(), used))}
            scratch.seek(0)
            if streamed:  # the reference graph sorts first (".../id/graph/" < ".../id/release/")
                target.write(dataset_header(syntax.name))
                target.write(dataset_chunk(reference, syntax.name))
                shutil.copyfileobj(scratch, target, 1 << 20)
                statements = quads + len(reference)
            else:
                everything = list(ox.parse(scratch, format=ox.RdfFormat.N_QUADS))
                everything.extend(reference)
                body, statements = serialize_counted(everything, syntax)
                target.write(body)
    return FileBuild(len(releases), meetings, chairmanships, statements, time.perf_counter() - started)


def _oxigraph_triples(graph: object) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    from .graphio import _rdflib_quads

    for quad in _rdflib_quads(graph):  # type: ignore[arg-type]
        yield quad.subject, quad.predicate, quad.object
