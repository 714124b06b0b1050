"""A persistent knowledge store: an Oxigraph (RocksDB) database in a folder, kept up to date release by release.

A built file must be rebuilt from every release whenever one changes; the store instead takes releases
one batch at a time (``coopkg add``), replaces exactly the facts of a release that is added again and
deletes those of a removed one (``coopkg remove``). Layout of the RDF dataset in the folder:

* one named graph per release, named by the release IRI (``id:release/<slug>``), as in a built TriG
  file: re-adding or removing a release is "drop its graph";
* ``id:graph/reference``: the reference-data nodes the stored releases use, recomputed exactly from
  the releases' recorded uses on every change (so after a remove it is what a fresh build of the
  remaining releases would contain);
* ``id:graph/ontology``: the coopkg ontology of the coopkg version that last wrote the store;
* ``id:graph/store``: bookkeeping (format version; per release its identifier, source file and the
  reference nodes it uses). Neither this graph nor the ontology is part of queries or exports unless
  asked for;
* the default graph: the union of the release and reference graphs **as a set**, maintained on every
  change. SPARQL sees it when a query has no ``GRAPH`` clause, exactly as :mod:`coopkg.query` does for
  files: pyoxigraph's ``use_default_graph_as_union`` is a multiset (a label stated in two releases
  would be counted twice), and a persistent store must not be copied into on every query.

**Atomicity.** Everything slow or fallible — reading, extraction, mapping, serialising — happens in
memory first; the store is then changed by ONE SPARQL Update request (drop the replaced graphs, fix
the union, insert the new graphs and bookkeeping). pyoxigraph 0.5 runs an update request in a single
RocksDB transaction ("either the full operation succeeds, or nothing is written"; checked by
``tests/test_store.py``, including a process killed with SIGKILL in the middle of adds), so an error or
a crash at any point leaves the store as it was before the call or as it is after it, never in
between. The write is flushed to disk before the call returns. :meth:`KnowledgeStore.rebuild`
(``coopkg build --store``), which replaces everything, does not fit one transaction at archive scale;
it loads a new folder in bulk instead and exchanges it with the old one in one step (see there).

**Literals.** Oxigraph stores literals by value: ``xsd:nonNegativeInteger`` comes back as
``xsd:integer``. Where the ontology declares a derived integer type as a property's ``rdfs:range``
(``coop:beginIndex``, ``coop:endIndex``), :meth:`KnowledgeStore.quads` restores it, so exports and
validation see exactly what a file build writes. Queries see the stored form, as they do over files.

**Concurrency.** One writer at a time (RocksDB holds a lock on the folder); readers open the store
read-only (``read_only=True``: a snapshot taken when opened) and may run while a writer works.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import pyoxigraph as ox
import rdflib

from . import graphio
from .errors import CoopkgError, InputError
from .query import GraphStats, QueryOutcome, _execute, reads_named_graphs, union_stats
from .resources import ontology_path

if TYPE_CHECKING:  # the write path's modules (extractor, gazetteer) load lazily: queries stay quick
    from .facts import ReleaseFacts
    from .gazetteer import Gazetteer

__all__ = [
    "FORMAT_VERSION",
    "ONTOLOGY_GRAPH",
    "REFERENCE_GRAPH",
    "STORE_GRAPH",
    "AddResult",
    "KnowledgeStore",
]

#: Version of the store layout; a store written by a newer layout is refused rather than misread.
FORMAT_VERSION = 1
_ID = "https://w3id.org/coopkg/id/"
STORE_GRAPH = rdflib.URIRef(_ID + "graph/store")
ONTOLOGY_GRAPH = rdflib.URIRef(_ID + "graph/ontology")
REFERENCE_GRAPH = rdflib.URIRef(_ID + "graph/reference")  # = coopkg.mapping.REFERENCE_GRAPH

_STORE = "https://w3id.org/coopkg/store#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDFS_RANGE = "http://www.w3.org/2000/01/rdf-schema#range"
_XSD_INTEGER = ox.NamedNode(_XSD + "integer")
#: Derived integer types Oxigraph folds into xsd:integer, with the smallest value each allows.
_INTEGER_TYPES: dict[str, int | None] = {
    _XSD + "nonNegativeInteger": 0,
    _XSD + "positiveInteger": 1,
    _XSD + "long": None,
    _XSD + "int": None,
    _XSD + "short": None,
    _XSD + "byte": None,
    _XSD + "unsignedLong": 0,
    _XSD + "unsignedInt": 0,
    _XSD + "unsignedShort": 0,
    _XSD + "unsignedByte": 0,
}
_BOOKKEEPING = (str(STORE_GRAPH), str(ONTOLOGY_GRAPH))


@dataclass(frozen=True)
class AddResult:
    """What one :meth:`KnowledgeStore.add_releases` call changed (the figures of its summary line)."""

    added: tuple[str, ...]
    """Identifiers of releases new to the store."""
    replaced: tuple[str, ...]
    """Identifiers of releases the store had: their old facts were replaced."""
    removed: tuple[str, ...]
    """Identifiers removed because ``replace_all`` was asked for and the input did not have them."""
    triples: int
    """Distinct triples in the release graphs written by this call."""
    meetings: int
    chairmanships: int
    seconds: float

    @property
    def releases(self) -> int:
        return len(self.added) + len(self.replaced)


class KnowledgeStore:
    """A coopkg store in a folder. Open it with :meth:`open`; use it as a context manager to close it.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder, KnowledgeStore.open(folder + "/kg") as store:
    ...     store.releases(), store.triple_count()
    ([], 0)
    """

    def __init__(self, store: ox.Store, path: Path, read_only: bool) -> None:
        """Use :meth:`open`, which checks the folder and creates the layout."""
        self._store: ox.Store | None = store
        self.path = path
        self.read_only = read_only

    # ------------------------------------------------------------------------------------ lifecycle

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], create: bool = True, read_only: bool = False
    ) -> KnowledgeStore:
        """Open the store in folder ``path``, creating it (and the folder) if ``create`` and absent.

        A missing or empty folder becomes a new store; a folder with other content is refused rather
        than filled with database files.

        :param read_only: open a snapshot for reading (queries, export, validation); works while
            another process writes.
        :raises InputError: if there is no store at ``path`` (and ``create`` is false), or ``path`` is
            a file, a folder that is not a coopkg store, or a store of a newer format.
        :raises CoopkgError: if another process has the store open for writing.
        """
        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise InputError(f"'{folder}' is not a coopkg store: it is a file, not a folder")
        fresh = not folder.exists() or not any(folder.iterdir())
        if fresh and (not create or read_only):
            raise InputError(
                f"no coopkg store at '{folder}' (create one with 'coopkg add RELEASES... --store {folder}')"
            )
        if not fresh and not (folder / "CURRENT").is_file():
            raise InputError(
                f"'{folder}' is not a coopkg store (a folder with other files); use a new or empty folder"
            )
        try:
            store = ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
        except OSError as exc:
            message = " ".join(str(exc).split())
            if "lock" in message.lower():
                raise CoopkgError(
                    f"store '{folder}' is in use by another process (one writer at a time)"
                ) from None
            raise InputError(f"cannot open store '{folder}': {message}") from None
        opened = cls(store, folder, read_only)
        version = opened._format_version()
        if version is None:
            if len(store) or read_only:  # an Oxigraph database of something else
                raise InputError(f"'{folder}' is an RDF database but not a coopkg store")
            opened._initialise()
        elif version > FORMAT_VERSION:
            raise InputError(
                f"store '{folder}' has format {version}, newer than this coopkg reads ({FORMAT_VERSION}); "
                f"upgrade coopkg"
            )
        return opened

    def close(self) -> None:
        """Flush and release the folder (its lock), so another process or instance may open it.

        The lock goes when the last reference to the pyoxigraph Store goes: do not keep
        :attr:`oxigraph` in a variable beyond the ``with`` block.
        """
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None

    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph Store (for tools that need it; do not write to it directly)."""
        if self._store is None:
            raise CoopkgError(f"store '{self.path}' is closed")
        return self._store

    def _format_version(self) -> int | None:
        found = self.oxigraph.quads_for_pattern(
            ox.NamedNode(str(STORE_GRAPH)), ox.NamedNode(_STORE + "formatVersion"), None,
            ox.NamedNode(str(STORE_GRAPH)),
        )
        for quad in found:
            try:
                return int(quad.object.value)
            except ValueError:
                return None
        return None

    def _initialise(self) -> None:
        self._update([_insert({str(STORE_GRAPH): _marker(), str(ONTOLOGY_GRAPH): _ontology_ntriples()}, "")])

    # -------------------------------------------------------------------------------------- reading

    def releases(self) -> list[str]:
        """Identifiers (``dcterms:identifier``, the file names) of the stored releases, sorted."""
        return sorted(self._release_index().values())

    def _release_index(self) -> dict[str, str]:
        """Release IRI → identifier, from the bookkeeping graph."""
        found = self.oxigraph.quads_for_pattern(
            None, ox.NamedNode(_STORE + "identifier"), None, ox.NamedNode(str(STORE_GRAPH))
        )
        return {quad.subject.value: quad.object.value for quad in found}

    def _used_references(self, excluding: Iterable[str]) -> set[str]:
        """The reference nodes used by the stored releases other than ``excluding`` (one SPARQL
        query, evaluated in Rust: the bookkeeping has one triple per release and node used)."""
        others = ", ".join(f"<{name}>" for name in excluding) or f"<{STORE_GRAPH}>"
        solutions = self.oxigraph.query(
            f"SELECT DISTINCT ?ref WHERE {{ GRAPH <{STORE_GRAPH}> {{ ?release <{_STORE}usesReference> ?ref }} "
            f"FILTER (?release NOT IN ({others})) }}"
        )
        return {solution[0].value for solution in solutions}  # type: ignore[index, union-attr]

    def _restorable_ranges(self) -> dict[ox.NamedNode, ox.NamedNode]:
        """Properties whose ontology range is a derived integer type Oxigraph folds into xsd:integer."""
        ranges: dict[ox.NamedNode, ox.NamedNode] = {}
        found = self.oxigraph.quads_for_pattern(
            None, ox.NamedNode(_RDFS_RANGE), None, ox.NamedNode(str(ONTOLOGY_GRAPH))
        )
        for quad in found:
            if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.NamedNode) and \
                    quad.object.value in _INTEGER_TYPES:
                ranges[quad.subject] = quad.object
        return ranges

    def quads(self, with_ontology: bool = False) -> Iterator[ox.Quad]:
        """The data as a file build would write it: release graphs and reference graph.

        Derived integer datatypes are restored (see the module docstring). The default graph (the
        maintained union) and the bookkeeping graph are left out; the ontology graph only on request.
        """
        ranges = self._restorable_ranges()
        skip = {str(STORE_GRAPH)} if with_ontology else set(_BOOKKEEPING)
        for quad in self.oxigraph:
            graph = quad.graph_name
            if isinstance(graph, ox.DefaultGraph) or graph.value in skip:
                continue
            target = ranges.get(quad.predicate)
            obj = quad.object
            if target is not None and isinstance(obj, ox.Literal) and obj.datatype == _XSD_INTEGER:
                minimum = _INTEGER_TYPES[target.value]
                if minimum is None or int(obj.value) >= minimum:
                    quad = ox.Quad(quad.subject, quad.predicate, ox.Literal(obj.value, datatype=target), graph)
            yield quad

    def triple_count(self) -> int:
        """Distinct triples in the union of the release and reference graphs (the default graph)."""
        found = self.oxigraph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # (counted in Rust)
        return int(next(iter(found))[0].value)  # type: ignore[call-overload]

    def query(self, text: str, with_ontology: bool = False) -> QueryOutcome:
        """Run a SPARQL query with the same dataset a built file gives :func:`coopkg.query.run_query`.

        The default graph is the union (a set) of the release and reference graphs; ``GRAPH ?g``
        ranges over the release graphs and ``id:graph/reference`` (plus ``id:graph/ontology`` when
        ``with_ontology``). The store is only read.

        :raises InputError: for a malformed query.
        :raises CoopkgError: if evaluation fails.
        """
        if not reads_named_graphs(text):  # the default graph alone: no list of graphs to check (5x faster)
            return _execute(self.oxigraph, text)
        hidden = {str(STORE_GRAPH)} if with_ontology else set(_BOOKKEEPING)
        named = [g for g in self.oxigraph.named_graphs() if g.value not in hidden]
        return _execute(self.oxigraph, text, named_graphs=named)

    def export(self, fmt: str, with_ontology: bool = False) -> bytes:
        """Serialise the data like a file build (:func:`coopkg.graphio.serialize`): deterministic;
        TriG/N-Quads/JSON-LD keep one graph per release, Turtle/N-Triples/RDF-XML get the union."""
        return graphio.serialize(list(self.quads(with_ontology)), fmt)

    def write_nquads(self, out: str | os.PathLike[str]) -> int:
        """Write :meth:`export` as N-Quads to the file ``out`` without reading the quads into Python.

        The same bytes (tested): the database is dumped in Rust, and polars drops the union and the
        bookkeeping graphs, restores the derived integer datatypes and sorts the lines in
        :func:`coopkg.graphio.write_graph`'s order. Returns the quads written (what ``coopkg export``
        reports, as ``coopkg build`` does). 100k releases: 236 s and 8.9 GB, against 371 s and 9.8 GB
        through Python quads; the dump itself is 196 s of it (Oxigraph decodes every term of every quad
        from RocksDB).
        """
        import tempfile

        import polars as pl

        from .columnar_rl import _lines, in_write_order, ntriples, quads

        ranges = {str(p): t.value for p, t in self._restorable_ranges().items()}
        p, o, graph = pl.col("p"), pl.col("o"), pl.col("graph")
        lexical = o.str.extract(rf'^"(-?[0-9]+)"\^\^<{_XSD}integer>$', 1)  # (canonical: no sign, no zeros ahead)
        at_least = {None: lexical.is_not_null(), 0: ~lexical.str.starts_with("-"),
                    1: ~lexical.str.starts_with("-") & (lexical != "0")}
        restored = o
        for predicate, target in ranges.items():
            fits = at_least[_INTEGER_TYPES[target]]
            restored = pl.when((p == predicate) & fits).then(
                pl.concat_str([pl.lit('"'), lexical, pl.lit(f'"^^<{target}>')])).otherwise(restored)
        hidden = [f"<{name}>" for name in _BOOKKEEPING]
        with tempfile.TemporaryDirectory(dir=Path(out).resolve().parent) as scratch:
            dump = Path(scratch) / "dump.nq"
            self.oxigraph.dump(str(dump), format=ox.RdfFormat.N_QUADS)
            rows = in_write_order(quads(_lines(dump)).filter((graph != "") & ~graph.is_in(hidden))
                                  .with_columns(o=restored).select("s", "p", "o", "graph")).collect()
            with graphio.atomic_output(out) as handle:
                handle.write(ntriples(rows))
        return rows.height

    def dataset(self, with_ontology: bool = False) -> rdflib.Dataset:
        """The data as an :class:`rdflib.Dataset` (named graphs kept), e.g. for :func:`coopkg.validate`."""
        from .graphio import rdflib_converter

        dataset = rdflib.Dataset()
        graphs: dict[str, rdflib.Graph] = {}
        convert = rdflib_converter()

        def context(name: ox.NamedNode | ox.BlankNode) -> rdflib.Graph:
            graph = graphs.get(name.value)
            if graph is None:
                graph = graphs[name.value] = dataset.graph(rdflib.URIRef(name.value))
            return graph

        dataset.addN(
            (convert(q.subject), convert(q.predicate), convert(q.object), context(q.graph_name))  # type: ignore[arg-type]
            for q in self.quads(with_ontology)
        )
        return dataset

    def stats(self) -> GraphStats:
        """What ``coopkg stats`` reports, computed on the same data as :meth:`export`.

        Counted in the database: its default graph is already the union the counts need, so nothing is
        copied out (100k releases: 5 min 24 s → seconds). Datatype restoring changes no count.
        """
        hidden = ", ".join(f"<{name}>" for name in _BOOKKEEPING)
        found = self.oxigraph.query(f"SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) WHERE {{ "
                                    f"GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({hidden})) }}")
        row = next(iter(found))  # type: ignore[call-overload]
        return union_stats(self.oxigraph, int(row[0].value), int(row[1].value))

    # -------------------------------------------------------------------------------------- writing

    def add_releases(
        self, paths: Iterable[str | os.PathLike[str]], replace_all: bool = False
    ) -> AddResult:
        """Read, extract and store the releases under ``paths`` (files or folders), in one transaction.

        A release already in the store (same identifier, hence same IRI) has its graph replaced: its
        old facts go, other releases are untouched.

        :param replace_all: also remove every stored release not under ``paths`` (what
            ``coopkg build --store`` does: the store then holds exactly these releases).
        :raises InputError: for unreadable releases (the store is then unchanged).
        """
        from .pipeline import extract_all

        started = time.perf_counter()
        facts = extract_all(paths)
        return self.add_facts(facts, replace_all=replace_all, started=started)

    def add_facts(
        self, facts: Sequence[ReleaseFacts], replace_all: bool = False, started: float | None = None
    ) -> AddResult:
        """Store already-extracted releases (see :meth:`add_releases`); one transaction."""
        from .gazetteer import load_gazetteer
        from .mapping import _Resolver, release_graph

        started = time.perf_counter() if started is None else started
        self._writable()
        gazetteer = load_gazetteer()
        graphs: dict[str, str] = {}
        uses: dict[str, set[str]] = {}
        identifiers: dict[str, str] = {}
        sources: dict[str, str] = {}
        for release_facts in facts:
            release = release_facts.release
            # A fresh resolver per release: a release's graph must not depend on its batch-mates.
            resolver = _Resolver(gazetteer)
            graph = release_graph(release_facts, resolver)
            name = str(graph.identifier)
            if name in graphs:
                raise InputError(
                    f"releases '{identifiers[name]}' and '{release.identifier}' have the same IRI <{name}>"
                )
            graphs[name] = graphio.serialize(graph, "nt").decode("utf-8")
            uses[name] = set(resolver.used_reference)
            identifiers[name] = release.identifier
            sources[name] = release.source
        stored = self._release_index()
        if not replace_all:
            for name, identifier in identifiers.items():
                if name in stored and stored[name] != identifier:
                    raise InputError(f"release '{identifier}' has the same IRI <{name}> as the stored release "
                                     f"'{stored[name]}': rename the file, or remove '{stored[name]}' first")
        removed = sorted(set(stored) - set(graphs)) if replace_all else []
        self._commit(graphs, removed, uses, identifiers, sources, gazetteer)
        triples = len({line for text in graphs.values() for line in text.splitlines() if line})
        return AddResult(
            added=tuple(identifiers[g] for g in graphs if g not in stored),
            replaced=tuple(identifiers[g] for g in graphs if g in stored),
            removed=tuple(stored[g] for g in removed),
            triples=triples,
            meetings=sum(len(f.meetings) for f in facts),
            chairmanships=sum(len(f.chairmanships) for f in facts),
            seconds=time.perf_counter() - started,
        )

    @classmethod
    def rebuild(cls, path: str | os.PathLike[str], paths: Iterable[str | os.PathLike[str]],
                workers: int | None = None, graph_file: str | os.PathLike[str] | None = None) -> AddResult:
        """Make the store at ``path`` hold exactly the releases under ``paths`` (``coopkg build --store``).

        The same store :meth:`add_releases` with ``replace_all`` gives, built for size: one SPARQL
        update holding a whole archive needs its weight many times over in memory (100k releases ran
        out of 24 GB). Instead the releases are built by the streaming builder
        (:func:`coopkg.pipeline.build_file`) to N-Quads, loaded in bulk into a new folder beside
        ``path`` with the union, bookkeeping and ontology, and that folder then takes the place of the
        old store in one exchange of names (``renameat2`` on Linux). Until then the old store is
        untouched and held open, so a crash or an error leaves it as it was.

        :param graph_file: an N-Quads file to write the build to as well (else a scratch file).
        :raises InputError: for unreadable releases or a ``path`` that is not a store (nothing changed).
        :raises CoopkgError: if another process has the store open for writing.
        """
        import tempfile

        from .mapping import release_iri
        from .pipeline import build_file

        started = time.perf_counter()
        folder = Path(path)
        if folder.is_symlink():  # the link stays; the folder it points to is the store replaced
            folder = Path(os.path.realpath(folder))
        if not folder.resolve().parent.is_dir():
            raise InputError(f"cannot open store '{folder}': no folder '{folder.resolve().parent}' to make it in")
        old: KnowledgeStore | None = None
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            old = cls.open(folder, create=False)  # a bad folder or a busy store fails before any work
        try:
            stored = old._release_index() if old is not None else {}
            with tempfile.TemporaryDirectory(prefix=f".{folder.name}.", dir=folder.resolve().parent) as scratch:
                source = Path(graph_file) if graph_file is not None else Path(scratch) / "build.nq"
                releases: dict[Path, frozenset[str]] = {}
                built = build_file(paths, source, "nquads", workers, releases=releases)
                from .columnar_rl import ntriples, scan_triples  # (not before the build forks its workers)
                names = {str(release_iri(file.stem)): file for file in releases}
                triples = scan_triples(source)
                if triples is None:  # pragma: no cover - build_file writes canonical N-Quads
                    raise CoopkgError(f"store '{folder}' unchanged: the build could not be read back")
                union = triples.unique(["s", "p", "o"])
                del triples
                bookkeeping = [_marker()]
                for name, file in sorted(names.items()):
                    bookkeeping.extend(_release_record(name, file.stem, str(file), releases[file]))
                fresh = Path(scratch) / "store"
                store = ox.Store(str(fresh))
                store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
                store.bulk_load(ntriples(union), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
                count = union.height
                del union
                store.bulk_load("".join(bookkeeping), format=ox.RdfFormat.N_TRIPLES,
                                to_graph=ox.NamedNode(str(STORE_GRAPH)))
                store.bulk_load(_ontology_ntriples(), format=ox.RdfFormat.N_TRIPLES,
                                to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
                store.flush()
                del store  # (the folder's lock goes with the last reference)
                if old is not None:
                    old.close()
                    old = None
                _swap_in(fresh, folder)  # the old store, if any, is now in ``fresh`` and goes with ``scratch``
        except OSError as exc:  # a read-only or full file system: the scratch folder and the bulk load write
            where = f" ('{exc.filename}')" if exc.filename else ""
            raise CoopkgError(f"store '{folder}' unchanged: {exc.strerror or exc}{where}") from None
        finally:
            if old is not None:
                old.close()
        return AddResult(
            added=tuple(sorted(file.stem for name, file in names.items() if name not in stored)),
            replaced=tuple(sorted(file.stem for name, file in names.items() if name in stored)),
            removed=tuple(sorted(identifier for name, identifier in stored.items() if name not in names)),
            triples=count,
            meetings=built.meetings,
            chairmanships=built.chairmanships,
            seconds=time.perf_counter() - started,
        )

    def remove(self, *release_ids: str) -> list[str]:
        """Delete the named releases' graphs (all or none: one transaction); return their identifiers.

        An id is a release identifier (``dev-001``), its slug as written in the IRI, or the release IRI.
        Two identifiers may share a slug ("a b", "a-b"): an identifier names only its own release.

        :raises InputError: if any id is not in the store (nothing is removed then).
        """
        from .gazetteer import load_gazetteer
        from .mapping import slug

        self._writable()
        stored = self._release_index()
        by_identifier = {identifier: name for name, identifier in stored.items()}
        by_slug = {slug(identifier): name for name, identifier in stored.items()}
        targets: list[str] = []
        for given in release_ids:
            name = given if given in stored else by_identifier.get(given) or by_slug.get(given, "")
            if name not in stored:
                raise InputError(f"no release '{given}' in store '{self.path}'")
            if name not in targets:
                targets.append(name)
        if targets:
            self._commit({}, targets, {}, {}, {}, load_gazetteer())
        return [stored[name] for name in targets]

    def _writable(self) -> None:
        if self.read_only:
            raise CoopkgError(f"store '{self.path}' is open read-only")

    def _commit(
        self,
        graphs: dict[str, str],
        removed: Sequence[str],
        uses: dict[str, set[str]],
        identifiers: dict[str, str],
        sources: dict[str, str],
        gazetteer: Gazetteer,
    ) -> None:
        """Replace the release ``graphs`` (N-Triples text), drop the ``removed`` ones, recompute the
        reference graph and the union, refresh bookkeeping and ontology: ONE update request."""
        from .mapping import reference_graph

        used = self._used_references([*graphs, *removed]).union(*uses.values())
        reference = graphio.serialize(reference_graph(gazetteer, used), "nt").decode("utf-8")
        # Only graphs the store holds can lose triples (new releases have nothing to replace).
        present = {graph.value for graph in self.oxigraph.named_graphs()}
        touched = [name for name in (*graphs, *removed) if name in present]
        replaced = [*touched, *([str(REFERENCE_GRAPH)] if str(REFERENCE_GRAPH) in present else [])]
        operations = [
            # The union loses the old triples that no graph outside this change still has...
            *([_delete_data(self._orphaned_union_triples(replaced))] if replaced else []),
            *(f"DROP SILENT GRAPH <{name}>" for name in (*replaced, str(ONTOLOGY_GRAPH))),
            *([f"DELETE {{ GRAPH <{STORE_GRAPH}> {{ ?r ?p ?o }} }} WHERE {{ VALUES ?r {{ "
               f"{' '.join(f'<{name}>' for name in touched)} }} GRAPH <{STORE_GRAPH}> {{ ?r ?p ?o }} }}"]
              if touched else []),
        ]
        bookkeeping = [line for name in graphs
                       for line in _release_record(name, identifiers[name], sources.get(name, ""), uses[name])]
        new_graphs = {**graphs, str(REFERENCE_GRAPH): reference}
        union = "".join(sorted({line + "\n" for text in new_graphs.values() for line in text.splitlines() if line}))
        new_graphs[str(STORE_GRAPH)] = "".join(bookkeeping)
        new_graphs[str(ONTOLOGY_GRAPH)] = _ontology_ntriples()
        # ...and gets the new graphs' triples (a set: triples it has already are not doubled).
        operations.append(_insert(new_graphs, union))
        self._update(operations)

    def _orphaned_union_triples(self, replaced: Sequence[str]) -> list[ox.Triple]:
        """The triples of the ``replaced`` graphs that no other release or reference graph states.

        Read before the one update request that removes them; a hash set of the replaced graphs keeps
        this linear (a SPARQL ``FILTER NOT IN`` over thousands of graph names was quadratic).
        """
        leaving = {ox.NamedNode(name) for name in replaced} | {ox.NamedNode(str(g)) for g in _BOOKKEEPING}
        orphaned: set[ox.Triple] = set()
        for name in replaced:
            for quad in self.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(name)):
                triple = quad.triple
                if triple in orphaned:
                    continue
                others = self.oxigraph.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
                if not any(isinstance(other.graph_name, ox.NamedNode) and other.graph_name not in leaving
                           for other in others):
                    orphaned.add(triple)
        return sorted(orphaned, key=str)

    def _update(self, operations: Sequence[str]) -> None:
        """Run ``operations`` as ONE SPARQL Update request (one transaction) and flush it to disk."""
        self._writable()
        try:
            self.oxigraph.update(" ;\n".join(operations))
            self.oxigraph.flush()
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            raise CoopkgError(f"store '{self.path}' unchanged: write failed: {' '.join(str(exc).split())[:300]}") \
                from None


def _swap_in(fresh: Path, folder: Path) -> None:
    """Put the folder ``fresh`` at ``folder``; an old ``folder`` ends up at ``fresh``.

    One atomic exchange of the two names where the system has it (Linux ``renameat2``); elsewhere two
    renames, between which a crash would leave the new store at ``fresh`` and the old one moved aside.
    """
    import ctypes
    import shutil

    if not folder.exists():
        os.rename(fresh, folder)
        return
    if folder.is_dir() and not any(folder.iterdir()):  # an empty folder: a new store
        folder.rmdir()
        os.rename(fresh, folder)
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        exchange = libc.renameat2
    except (OSError, AttributeError, TypeError):  # (no such call, or no C library handle: Windows)
        exchange = None
    if exchange is not None:
        at_cwd, rename_exchange = -100, 2  # AT_FDCWD, RENAME_EXCHANGE
        if exchange(at_cwd, os.fsencode(fresh), at_cwd, os.fsencode(folder), rename_exchange) == 0:
            return
    aside = fresh.with_name(fresh.name + ".old")
    os.rename(folder, aside)
    os.rename(fresh, folder)
    shutil.move(str(aside), str(fresh))


def _marker() -> str:
    """The bookkeeping graph's first triples: what makes a database a coopkg store, of which format."""
    return (f"<{STORE_GRAPH}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{_STORE}Store> .\n"
            f'<{STORE_GRAPH}> <{_STORE}formatVersion> "{FORMAT_VERSION}"^^<{_XSD}integer> .\n')


def _release_record(name: str, identifier: str, source: str, uses: Iterable[str]) -> list[str]:
    """A release's bookkeeping, as N-Triples lines: its identifier, source file and reference uses."""
    lines = [f"<{name}> <{_STORE}identifier> {_string(identifier)} .\n"]
    if source:
        lines.append(f"<{name}> <{_STORE}source> {_string(source)} .\n")
    lines.extend(f"<{name}> <{_STORE}usesReference> <{ref}> .\n" for ref in sorted(uses))
    return lines


def _string(text: str) -> str:
    return str(ox.Literal(text))


def _delete_data(triples: Iterable[ox.Triple]) -> str:
    """``DELETE DATA`` of default-graph triples (the union's)."""
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return "DELETE DATA {\n" + body.decode("utf-8") + "}"


def _insert(graphs: dict[str, str], default: str) -> str:
    """``INSERT DATA`` of N-Triples texts (valid SPARQL triple syntax) into named graphs and the default."""
    parts = [f"GRAPH <{name}> {{\n{text}}}\n" for name, text in graphs.items() if text.strip()]
    return "INSERT DATA {\n" + default + "".join(parts) + "}"


def _ontology_ntriples() -> str:
    """The packaged ontology as N-Triples (its blank nodes, if any, become fresh ones on insertion)."""
    data = ox.serialize(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE),
                        format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    return data.decode("utf-8")
