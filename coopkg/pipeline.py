"""The whole journey in one call: release files → facts → graph (→ entailments)."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import RDF, Dataset

from .errors import InputError
from .extractor import extract
from .facts import Release, ReleaseFacts
from .gazetteer import load_gazetteer
from .mapping import (
    COOP,
    ID,
    REFERENCE_GRAPH,
    _Resolver,
    reference_graph,
    release_iri,
    release_statements,
    slug,
    to_dataset,
)
from .reader import find_release_files, read_release, read_releases

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


#: Kinds of node minted per release (``id:<kind>/<release slug>...``): each is described in one release
#: graph only, so the union needs no deduplication for them. Sorted, as their IRIs are.
_LOCAL_KINDS = ("chairmanship", "extraction", "meeting", "participation", "release", "span")
_LOCAL_PREFIXES = tuple(f"<{ID}{kind}/" for kind in _LOCAL_KINDS)


@dataclass(frozen=True)
class _MappedRelease:
    """One release's share of the output, made in a worker."""

    graph: bytes
    """Dataset formats: the release graph, sorted, in the output syntax without prefixes."""
    local: tuple[bytes, ...]
    """Triple formats: the triples about the release's own nodes, one sorted chunk per kind."""
    shared: bytes
    """Triple formats: the other triples (about persons, agencies...), as N-Triples lines."""
    used_reference: frozenset[str]
    meetings: int
    chairmanships: int
    statements: int


def _map_release(path: Path, fmt: str) -> _MappedRelease:
    """Read and extract one release and write its share of the output: the whole per-release job."""
    from .graphio import dataset_chunk, rdf_syntax, triple_chunk

    release = read_release(path)
    gazetteer = load_gazetteer()
    facts = extract(release, gazetteer)
    resolve = _Resolver(gazetteer)
    statements = release_statements(facts, resolve)
    used = frozenset(resolve.used_reference)
    counts = (len(facts.meetings), len(facts.chairmanships))
    if rdf_syntax(fmt).keeps_graphs:
        graph = ox.NamedNode(str(release_iri(release.identifier)))
        quads = {ox.Quad(s, p, o, graph) for s, p, o in statements}
        return _MappedRelease(dataset_chunk(quads, fmt), (), b"", used, *counts, len(quads))
    triples = {ox.Triple(s, p, o) for s, p, o in statements}
    by_kind: list[list[ox.Triple]] = [[] for _ in _LOCAL_KINDS]
    shared: list[ox.Triple] = []
    for triple in triples:
        subject = str(triple.subject)
        for n, prefix in enumerate(_LOCAL_PREFIXES):
            if subject.startswith(prefix):
                by_kind[n].append(triple)
                break
        else:
            shared.append(triple)
    local = tuple(triple_chunk(kind, fmt) for kind in by_kind)
    lines = ox.serialize(shared, format=ox.RdfFormat.N_TRIPLES) or b""
    return _MappedRelease(b"", local, lines, used, *counts, len(triples) - len(shared))


def _mapped(releases: list[Path], fmt: str, workers: int | None) -> Iterator[_MappedRelease]:
    """Each release file mapped, in the given order, on ``workers`` processes when there are many."""
    count = workers if workers is not None else (os.cpu_count() or 1)
    job = partial(_map_release, fmt=fmt)
    if count <= 1 or len(releases) < PARALLEL_THRESHOLD:
        yield from map(job, releases)
        return
    load_gazetteer()  # once, before the fork: the workers share it
    with multiprocessing.get_context("fork").Pool(count) as pool:
        yield from pool.imap(job, releases, chunksize=64)


def _release_files(paths: Iterable[str | os.PathLike[str]]) -> dict[str, Path]:
    """Release files by the slug of their identifier (the file name without extension).

    The checks :func:`read_releases` makes on names are made here, before any file is read; the
    files themselves are read by the workers.
    """
    paths = list(paths)
    files = find_release_files(paths)
    if not files:
        raise InputError("no release files (.txt) found in " + ", ".join(str(p) for p in paths))
    by_slug: dict[str, Path] = {}
    for path in files:
        key = slug(path.stem)
        other = by_slug.get(key)
        if other is not None:
            if other.stem == path.stem:
                raise InputError(f"{path}: release identifier '{path.stem}' also used by {other}")
            raise InputError(f"releases '{other.stem}' and '{path.stem}' have the same IRI <{release_iri(path.stem)}>")
        by_slug[key] = path
    return by_slug


@dataclass
class _Totals:
    used: set[str]
    meetings: int = 0
    chairmanships: int = 0
    statements: int = 0

    def add(self, mapped: _MappedRelease) -> None:
        self.used |= mapped.used_reference
        self.meetings += mapped.meetings
        self.chairmanships += mapped.chairmanships
        self.statements += mapped.statements


def build_file(paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], fmt: str | None = None,
               workers: int | None = None) -> FileBuild:
    """Build the graph of the releases under ``paths`` straight into the file ``out``.

    The output is byte-identical to ``write_graph(build(paths).dataset, out, fmt)`` but made for
    large corpora: each worker extracts a release and serialises its share; the parent streams the
    shares to disk in the writer's order, so memory stays flat (TriG, N-Quads: graph by graph;
    Turtle, N-Triples: the release's own nodes kind by kind through scratch files, the shared
    entities deduplicated in memory). JSON-LD and RDF/XML are assembled in memory. Input errors are
    raised before anything is written; the file appears only when complete (atomic write).
    """
    from .graphio import atomic_output, format_from_path, rdf_syntax

    started = time.perf_counter()
    syntax = rdf_syntax(fmt or format_from_path(out))
    by_slug = _release_files(paths)
    scratch_dir = None if os.fspath(out) == "-" else Path(out).parent
    totals = _Totals(set())
    with atomic_output(out) as target:
        if syntax.name in ("trig", "nquads"):
            _write_graphs(by_slug, syntax.name, workers, totals, target, scratch_dir)
        elif syntax.name in ("turtle", "nt"):
            _write_triples(by_slug, syntax.name, workers, totals, target, scratch_dir)
        else:
            _write_in_memory(by_slug, syntax.name, workers, totals, target)
    return FileBuild(len(by_slug), totals.meetings, totals.chairmanships, totals.statements,
                     time.perf_counter() - started)


def _reference_triples(used: set[str]) -> list[ox.Triple]:
    return [ox.Triple(*triple) for triple in _oxigraph_triples(reference_graph(load_gazetteer(), used))]


def _write_graphs(by_slug: dict[str, Path], fmt: str, workers: int | None, totals: _Totals,
                  target: BinaryIO, scratch_dir: Path | None) -> None:
    """TriG/N-Quads: header, the reference graph (it sorts first), then each release graph in order."""
    from .graphio import dataset_chunk, dataset_header

    in_order = [by_slug[key] for key in sorted(by_slug, key=lambda key: f"<{ID}release/{key}>")]
    with tempfile.TemporaryFile(dir=scratch_dir) as scratch:
        for mapped in _mapped(in_order, fmt, workers):
            scratch.write(mapped.graph)
            totals.add(mapped)
        reference = {ox.Quad(*triple, ox.NamedNode(str(REFERENCE_GRAPH))) for triple in _reference_triples(totals.used)}
        target.write(dataset_header(fmt))
        target.write(dataset_chunk(reference, fmt))
        scratch.seek(0)
        shutil.copyfileobj(scratch, target, 1 << 20)
    totals.statements += len(reference)


def _write_triples(by_slug: dict[str, Path], fmt: str, workers: int | None, totals: _Totals,
                   target: BinaryIO, scratch_dir: Path | None) -> None:
    """Turtle/N-Triples: the union sorted by subject without holding it.

    A release's own nodes (``id:meeting/<slug>-1``...) sort, kind by kind, in the order of the
    release slugs, except among slugs that are prefixes of one another ("a", "a-1"), whose nodes
    interleave: such a family is sorted together. Each kind's chunks go to a scratch file; the
    shared triples are deduplicated in memory, then everything is written in subject order.
    """
    from .graphio import dataset_header, triple_chunk

    shared: set[bytes] = set()
    family: list[_MappedRelease] = []
    with ExitStack() as stack:
        spools = [stack.enter_context(tempfile.TemporaryFile(dir=scratch_dir)) for _ in _LOCAL_KINDS]

        def flush_family() -> None:
            if len(family) == 1:
                for spool, chunk in zip(spools, family[0].local, strict=True):
                    spool.write(chunk)
            elif family:
                header = dataset_header(fmt)
                for n, spool in enumerate(spools):
                    text = header + b"".join(member.local[n] for member in family)
                    fmt_in = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
                    spool.write(triple_chunk(ox.parse(text, format=fmt_in), fmt))
            family.clear()

        keys = sorted(by_slug)
        root = None
        for key, mapped in zip(keys, _mapped([by_slug[key] for key in keys], fmt, workers), strict=True):
            if root is None or not key.startswith(root):
                flush_family()
                root = key
            family.append(mapped)
            shared.update(mapped.shared.splitlines())
            totals.add(mapped)
        flush_family()
        shared.update((ox.serialize(_reference_triples(totals.used), format=ox.RdfFormat.N_TRIPLES) or b"")
                      .splitlines())
        others = sorted(ox.parse(b"\n".join(shared), format=ox.RdfFormat.N_TRIPLES), key=lambda t: str(t.subject))
        totals.statements += len(others)
        target.write(dataset_header(fmt))
        start = 0
        for prefix, spool in zip(_LOCAL_PREFIXES, spools, strict=True):
            end = start
            while end < len(others) and str(others[end].subject) < prefix:
                end += 1
            target.write(triple_chunk(others[start:end], fmt))
            start = end
            spool.seek(0)
            shutil.copyfileobj(spool, target, 1 << 20)
        target.write(triple_chunk(others[start:], fmt))


def _write_in_memory(by_slug: dict[str, Path], fmt: str, workers: int | None, totals: _Totals,
                     target: BinaryIO) -> None:
    """JSON-LD and RDF/XML: every quad in memory, then the general writer."""
    from .graphio import _serialize, rdf_syntax

    quads: list[ox.Quad] = []
    for mapped in _mapped([by_slug[key] for key in sorted(by_slug)], "nquads", workers):
        quads.extend(ox.parse(mapped.graph, format=ox.RdfFormat.N_QUADS))
        totals.add(mapped)
    quads.extend(ox.Quad(*triple, ox.NamedNode(str(REFERENCE_GRAPH))) for triple in _reference_triples(totals.used))
    body, totals.statements = _serialize(quads, rdf_syntax(fmt))
    target.write(body)


def _oxigraph_triples(graph: object) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    from .graphio import _rdflib_quads

    for quad in _rdflib_quads(graph):  # type: ignore[arg-type]
        yield quad.subject, quad.predicate, quad.object
