"""The whole journey in one call: release files → facts → graph (→ entailments)."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

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
from .reader import read_release, read_releases, release_files

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
    """The union's triples about the release's own nodes, one sorted chunk per kind: data and
    entailments for triple formats; entailments only (as the inferred graph's body) for dataset formats."""
    shared: bytes
    """The other triples (about persons, agencies...), as N-Triples lines: data (and entailments for
    triple formats)."""
    shared_inferred: bytes
    """Dataset formats with inference: the entailments about shared nodes, as N-Triples lines."""
    used_reference: frozenset[str]
    meetings: int
    chairmanships: int
    statements: int


_KIND_INDEX = {kind: n for n, kind in enumerate(_LOCAL_KINDS)}
_ID_IRI = str(ID)


def _kind(subject: object) -> int:
    """Index in :data:`_LOCAL_KINDS` of a subject (``id:<kind>/...``), or -1 for a shared node."""
    value = getattr(subject, "value", "")
    if not value.startswith(_ID_IRI):
        return -1
    end = value.find("/", len(_ID_IRI))
    return _KIND_INDEX.get(value[len(_ID_IRI):end], -1) if end > 0 else -1


def _by_kind(triples: Iterable[ox.Triple]) -> tuple[list[list[ox.Triple]], list[ox.Triple]]:
    """Triples about each kind of release-local node, and the rest (one look-up per subject)."""
    local: list[list[ox.Triple]] = [[] for _ in _LOCAL_KINDS]
    shared: list[ox.Triple] = []
    kinds: dict[object, int] = {}
    for triple in triples:
        subject = triple.subject
        n = kinds.get(subject)
        if n is None:
            n = kinds[subject] = _kind(subject)
        (shared if n < 0 else local[n]).append(triple)
    return local, shared


def _body(triples: Iterable[ox.Triple], fmt: str) -> bytes:
    """Triples serialised as part of the union (Turtle, N-Triples) or of the inferred graph (TriG, N-Quads)."""
    from .graphio import dataset_chunk, triple_chunk

    if fmt in ("turtle", "nt"):
        return triple_chunk(triples, fmt)
    quads = [ox.Quad(t.subject, t.predicate, t.object, _INFERRED) for t in triples]
    chunk = dataset_chunk(quads, fmt)
    if fmt == "trig" and chunk:  # the statements inside "id:graph/inferred { ... }"
        chunk = chunk[chunk.index(b"\n") + 1:-2]
    return chunk


def _ntriples(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""


def _map_release(path: Path, fmt: str, infer: bool) -> _MappedRelease:
    """Read and extract one release and write its share of the output: the whole per-release job."""
    from .graphio import dataset_chunk, rdf_syntax, sorted_lines

    release = read_release(path)
    gazetteer = load_gazetteer()
    facts = extract(release, gazetteer)
    resolve = _Resolver(gazetteer)
    statements = release_statements(facts, resolve)
    used = frozenset(resolve.used_reference)
    counts = (len(facts.meetings), len(facts.chairmanships))
    if rdf_syntax(fmt).keeps_graphs:
        graph = ox.NamedNode(str(release_iri(release.identifier)))
        if fmt == "nquads":
            chunk, count = sorted_lines(statements, graph)
        else:
            quads = [ox.Quad(s, p, o, graph) for s, p, o in statements]
            chunk, count = dataset_chunk(quads, fmt), len({*quads})
        if not infer:
            return _MappedRelease(chunk, (), b"", b"", used, *counts, count)
    triples = {ox.Triple(s, p, o) for s, p, o in statements}
    entailed: list[ox.Triple] = []
    if infer:
        entailer = _entailer()
        assert entailer is not None
        entailed = list(entailer(ox.Quad(t.subject, t.predicate, t.object) for t in triples).triples())
    if rdf_syntax(fmt).keeps_graphs:
        local, shared = _by_kind(entailed)
        return _MappedRelease(chunk, tuple(_body(kind, fmt) for kind in local),
                              _ntriples(_by_kind(triples)[1]), _ntriples(shared),
                              used, *counts, len(triples) + sum(map(len, local)))
    local, shared = _by_kind([*triples, *(t for t in entailed if t not in triples)])
    return _MappedRelease(b"", tuple(_body(kind, fmt) for kind in local), _ntriples(shared), b"",
                          used, *counts, sum(map(len, local)))


_INFERRED = ox.NamedNode("https://w3id.org/coopkg/id/graph/inferred")  # = reasoning.INFERRED_GRAPH


def _entailer() -> Callable[[Iterable[ox.Quad]], Any] | None:
    """The per-release reasoner (built once per process), or None if the ontology needs whole-graph reasoning."""
    global _ENTAILER
    if _ENTAILER is False:
        from .compiled_rl import graph_entailer

        _ENTAILER = graph_entailer()
    return _ENTAILER  # type: ignore[return-value]


_ENTAILER: object = False


def _mapped(releases: list[Path], fmt: str, workers: int | None, infer: bool = False) -> Iterator[_MappedRelease]:
    """Each release file mapped, in the given order, on ``workers`` processes when there are many."""
    count = workers if workers is not None else (os.cpu_count() or 1)
    job = partial(_map_release, fmt=fmt, infer=infer)
    if infer:
        _entailer()  # once, before the fork
    if count <= 1 or len(releases) < PARALLEL_THRESHOLD:
        yield from map(job, releases)
        return
    load_gazetteer()  # once, before the fork: the workers share it
    with multiprocessing.get_context("fork").Pool(count) as pool:
        yield from pool.imap(job, releases, chunksize=64)


def _release_files(paths: Iterable[str | os.PathLike[str]]) -> dict[str, Path]:
    """Release files by the slug of their identifier, checked before any is read (the workers read them).

    Beyond :func:`coopkg.reader.release_files`' checks, two identifiers with one slug ("a b", "a-b")
    would share a release IRI: that is an error too.
    """
    by_slug: dict[str, Path] = {}
    for path in release_files(paths):
        key = slug(path.stem)
        other = by_slug.get(key)
        if other is not None:
            raise InputError(f"releases '{other.stem}' and '{path.stem}' have the same IRI <{release_iri(path.stem)}>")
        by_slug[key] = path
    return by_slug


@dataclass
class _Totals:
    used: set[str]
    meetings: int = 0
    chairmanships: int = 0
    statements: int = 0
    releases: dict[Path, frozenset[str]] | None = None
    """If not None, each release file → the reference nodes it uses (what a store records)."""

    def add(self, mapped: _MappedRelease, path: Path | None = None) -> None:
        if self.releases is not None and path is not None:
            self.releases[path] = mapped.used_reference
        self.used |= mapped.used_reference
        self.meetings += mapped.meetings
        self.chairmanships += mapped.chairmanships
        self.statements += mapped.statements


def build_file(paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], fmt: str | None = None,
               workers: int | None = None, infer: bool = False,
               releases: dict[Path, frozenset[str]] | None = None) -> FileBuild:
    """Build the graph of the releases under ``paths`` straight into the file ``out``.

    The output is byte-identical to ``write_graph(build(paths, infer).dataset, out, fmt)`` but made
    for large corpora: each worker extracts a release and serialises its share; the parent streams
    the shares to disk in the writer's order, so memory stays flat (TriG, N-Quads: graph by graph;
    Turtle, N-Triples: the release's own nodes kind by kind through scratch files, the shared
    entities deduplicated in memory). JSON-LD and RDF/XML are assembled in memory.

    With ``infer`` the workers also reason, release by release: exact because the ontology's rules
    each have one premise (:func:`coopkg.compiled_rl.graph_entailer`); the entailments that another
    graph states are dropped in the parent. Input errors are raised before anything is written; the
    file appears only when complete (atomic write).

    :param releases: for TriG and N-Quads, filled with each release file → the reference nodes it
        uses (what :meth:`coopkg.store.KnowledgeStore.rebuild` records per release).
    """
    from .graphio import atomic_output, format_from_path, rdf_syntax

    started = time.perf_counter()
    syntax = rdf_syntax(fmt or format_from_path(out))
    if infer and _entailer() is None:  # pragma: no cover - the packaged ontology has single-premise rules
        raise InputError("the ontology needs whole-graph reasoning: use build() and reasoning.infer()")
    by_slug = _release_files(paths)
    if os.fspath(out) != "-" and os.path.realpath(out) in {os.path.realpath(p) for p in by_slug.values()}:
        raise InputError(f"cannot write '{os.fspath(out)}': it is one of the releases being read")
    scratch_dir = None if os.fspath(out) == "-" else Path(out).parent
    totals = _Totals(set(), releases=releases)
    with atomic_output(out) as target:
        if syntax.name in ("trig", "nquads"):
            _write_graphs(by_slug, syntax.name, workers, infer, totals, target, scratch_dir)
        elif syntax.name in ("turtle", "nt"):
            _write_triples(by_slug, syntax.name, workers, infer, totals, target, scratch_dir)
        else:
            _write_in_memory(by_slug, syntax.name, workers, infer, totals, target)
    return FileBuild(len(by_slug), totals.meetings, totals.chairmanships, totals.statements,
                     time.perf_counter() - started)


def _reference_triples(used: set[str]) -> list[ox.Triple]:
    return [ox.Triple(*triple) for triple in _oxigraph_triples(reference_graph(load_gazetteer(), used))]


def _reference_entailments(reference: list[ox.Triple]) -> list[ox.Triple]:
    from .compiled_rl import entail

    return list(entail([ox.Quad(t.subject, t.predicate, t.object) for t in reference]).triples())


class _Spools:
    """Scratch files, one per kind of release-local node, that receive each release's sorted chunks.

    A release's own nodes (``id:meeting/<slug>-1``...) sort, kind by kind, in the order of the
    release slugs, except among slugs that are prefixes of one another ("a", "a-1"), whose nodes
    interleave: such a family (consecutive in slug order) is merged and sorted together.
    """

    def __init__(self, stack: ExitStack, scratch_dir: Path | None, fmt: str) -> None:
        self.files = [stack.enter_context(tempfile.TemporaryFile(dir=scratch_dir))  # noqa: SIM115 (closed by the stack)
                      for _ in _LOCAL_KINDS]
        self.fmt = fmt
        self.family: list[tuple[bytes, ...]] = []
        self.root: str | None = None

    def add(self, key: str, chunks: tuple[bytes, ...]) -> None:
        if self.root is None or not key.startswith(self.root):
            self.flush()
            self.root = key
        self.family.append(chunks)

    def flush(self) -> None:
        if len(self.family) == 1:
            for spool, chunk in zip(self.files, self.family[0], strict=True):
                spool.write(chunk)
        elif self.family:
            for n, spool in enumerate(self.files):
                merged = _parse_body(b"".join(member[n] for member in self.family), self.fmt)
                spool.write(_body(merged, self.fmt))
        self.family.clear()

    def write_sorted(self, target: BinaryIO, others: list[ox.Triple]) -> None:
        """Everything in subject order: ``others`` (sorted by subject) around the kinds' spools."""
        self.flush()
        start = 0
        for prefix, spool in zip(_LOCAL_PREFIXES, self.files, strict=True):
            end = start
            while end < len(others) and str(others[end].subject) < prefix:
                end += 1
            target.write(_body(others[start:end], self.fmt))
            start = end
            spool.seek(0)
            shutil.copyfileobj(spool, target, 1 << 20)
        target.write(_body(others[start:], self.fmt))

    def empty(self) -> bool:
        self.flush()
        return all(spool.tell() == 0 for spool in self.files)


def _parse_body(data: bytes, fmt: str) -> list[ox.Triple]:
    """The triples of chunks made by :func:`_body`."""
    from .graphio import dataset_header

    if fmt == "turtle":
        return list(ox.parse(dataset_header(fmt) + data, format=ox.RdfFormat.TURTLE))  # type: ignore[arg-type]
    if fmt == "nt":
        return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))  # type: ignore[arg-type]
    if fmt == "trig":
        data = dataset_header(fmt) + f"<{_INFERRED.value}> {{\n".encode() + data + b"}\n"
    return [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.TRIG if fmt == "trig"
                                                 else ox.RdfFormat.N_QUADS)]  # type: ignore[union-attr]


def _sorted_by_subject(lines: Iterable[bytes]) -> list[ox.Triple]:
    triples = list(ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES))
    return sorted(triples, key=lambda t: str(t.subject))  # type: ignore[union-attr]


def _write_graphs(by_slug: dict[str, Path], fmt: str, workers: int | None, infer: bool, totals: _Totals,
                  target: BinaryIO, scratch_dir: Path | None) -> None:
    """TriG/N-Quads: header, the inferred graph, the reference graph (they sort first), then each release."""
    from .graphio import dataset_chunk, dataset_header

    keys = sorted(by_slug, key=lambda key: f"<{ID}release/{key}>")
    shared: set[bytes] = set()
    shared_inferred: set[bytes] = set()
    with ExitStack() as stack:
        scratch = stack.enter_context(tempfile.TemporaryFile(dir=scratch_dir))
        spools = _Spools(stack, scratch_dir, fmt)
        # the inferred graph is sorted by subject: its local part goes through the spools in slug order
        pending: dict[str, tuple[bytes, ...]] = {}
        in_slug_order = iter(sorted(by_slug))
        next_key = next(in_slug_order, None)
        for key, mapped in zip(keys, _mapped([by_slug[key] for key in keys], fmt, workers, infer), strict=True):
            scratch.write(mapped.graph)
            totals.add(mapped, by_slug[key])
            if infer:
                shared.update(mapped.shared.splitlines())
                shared_inferred.update(mapped.shared_inferred.splitlines())
                pending[key] = mapped.local
                while next_key is not None and next_key in pending:
                    spools.add(next_key, pending.pop(next_key))
                    next_key = next(in_slug_order, None)
        reference = _reference_triples(totals.used)
        target.write(dataset_header(fmt))
        if infer:
            reference_lines = set(_ntriples(reference).splitlines())
            shared_inferred.update(_ntriples(_reference_entailments(reference)).splitlines())
            others = _sorted_by_subject(shared_inferred - shared - reference_lines)
            totals.statements += len(others)
            if others or not spools.empty():
                if fmt == "trig":
                    target.write(_trig_name(_INFERRED) + b" {\n")
                spools.write_sorted(target, others)
                if fmt == "trig":
                    target.write(b"}\n")
        reference_quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(str(REFERENCE_GRAPH)))
                           for t in reference]
        target.write(dataset_chunk(reference_quads, fmt))
        totals.statements += len(set(reference_quads))
        scratch.seek(0)
        shutil.copyfileobj(scratch, target, 1 << 20)


def _trig_name(graph: ox.NamedNode) -> bytes:
    """How the TriG writer names ``graph`` (with the coopkg prefixes)."""
    from .graphio import dataset_chunk

    probe = dataset_chunk([ox.Quad(graph, graph, graph, graph)], "trig")
    return probe[:probe.index(b" {")]


def _write_triples(by_slug: dict[str, Path], fmt: str, workers: int | None, infer: bool, totals: _Totals,
                   target: BinaryIO, scratch_dir: Path | None) -> None:
    """Turtle/N-Triples: the union sorted by subject without holding it.

    Each kind of release-local node goes through its spool (:class:`_Spools`); the shared triples
    are deduplicated in memory, then everything is written in subject order.
    """
    from .graphio import dataset_header

    shared: set[bytes] = set()
    with ExitStack() as stack:
        spools = _Spools(stack, scratch_dir, fmt)
        keys = sorted(by_slug)
        for key, mapped in zip(keys, _mapped([by_slug[key] for key in keys], fmt, workers, infer), strict=True):
            spools.add(key, mapped.local)
            shared.update(mapped.shared.splitlines())
            totals.add(mapped)
        reference = _reference_triples(totals.used)
        shared.update(_ntriples(reference).splitlines())
        if infer:
            shared.update(_ntriples(_reference_entailments(reference)).splitlines())
        others = _sorted_by_subject(shared)
        totals.statements += len(others)
        target.write(dataset_header(fmt))
        spools.write_sorted(target, others)


def _write_in_memory(by_slug: dict[str, Path], fmt: str, workers: int | None, infer: bool, totals: _Totals,
                     target: BinaryIO) -> None:
    """JSON-LD and RDF/XML: every quad in memory, then the general writer."""
    from .graphio import _serialize, rdf_syntax

    quads: list[ox.Quad] = []
    for mapped in _mapped([by_slug[key] for key in sorted(by_slug)], "nquads", workers):
        quads.extend(ox.parse(mapped.graph, format=ox.RdfFormat.N_QUADS))  # type: ignore[arg-type]
        totals.add(mapped)
    quads.extend(ox.Quad(*triple, ox.NamedNode(str(REFERENCE_GRAPH))) for triple in _reference_triples(totals.used))
    if infer:
        from .reasoning import infer_quads

        quads = infer_quads(quads)
    body, totals.statements = _serialize(quads, rdf_syntax(fmt))
    target.write(body)


def _oxigraph_triples(graph: object) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, object]]:
    from .graphio import _rdflib_quads

    for quad in _rdflib_quads(graph):  # type: ignore[arg-type]
        yield quad.subject, quad.predicate, quad.object
