"""SPARQL over a coopkg graph (pyoxigraph) and the formatting of its results.

Queries run on an in-memory pyoxigraph Store whose default graph is the *union* of all graphs, so a
query needs no ``GRAPH`` clause to see every release (the graph keeps one named graph per release);
``GRAPH ?g { ... }`` still works for provenance questions. The union is a set, as in RDF Dataset
semantics (`SPARQL 1.1 Query, section 13.1 <https://www.w3.org/TR/sparql11-query/#rdfDataset>`_):
pyoxigraph's own ``use_default_graph_as_union`` option is a multiset — a person's label stated in two
release graphs would come back twice and every ``COUNT`` would be inflated — so the union is
materialised into the default graph instead (one ``INSERT ... WHERE { GRAPH ?g ... }``, run in Rust).

A query that cannot address named graphs (no ``GRAPH``, ``FROM`` or ``FROM NAMED``: all the competency
queries) runs on a Store holding that union *alone* (:func:`union_store`): pyoxigraph's in-memory Store
finds a subject's default-graph triples by going through its quads in every graph, so with one graph
per release each join on a person or agency named in thousands of releases is thousands of times
slower (CQ2 at 100k releases: over 30 minutes, against 3 s on the union alone). The answers are the same.

pyoxigraph's Store keeps literals by value: ``"01"^^xsd:integer`` comes back as ``"1"`` and the derived
integer types (``xsd:nonNegativeInteger``...) as ``xsd:integer``. Comparisons and arithmetic are
unaffected; only ``str()``/``datatype()`` of such literals differ from the file.

Result formats:

* SELECT and ASK: ``table`` (for people, see below) and the W3C formats, written by pyoxigraph's
  serialisers: ``csv`` and ``tsv`` (`SPARQL 1.1 Query Results CSV and TSV Formats
  <https://www.w3.org/TR/sparql11-results-csv-tsv/>`_, sections 2 and 3), ``json`` (`SPARQL 1.1 Query
  Results JSON Format <https://www.w3.org/TR/sparql11-results-json/>`_, section 3) and ``xml``
  (`SPARQL Query Results XML Format <https://www.w3.org/TR/rdf-sparql-XMLres/>`_, section 2).
* CONSTRUCT and DESCRIBE: any RDF format of :mod:`coopkg.graphio` (``turtle`` by default), written
  deterministically; ``json`` means JSON-LD and ``xml`` RDF/XML there.

The ``table`` layout follows Apache Jena's ``arq`` (a dashed rule, the header, a ``=`` rule, one row per
solution, a closing dashed rule). Terms are shown compactly, for reading rather than parsing:

* IRIs as prefixed names when a prefix of :data:`coopkg.graphio.PREFIXES` matches
  (``id:meeting/r1-1``, ``coop:Held``; the local part is shown as is, even where Turtle would need
  escapes), otherwise ``<iri>``; blank nodes as ``_:id``;
* literals by their lexical form without quotes: ``Minsk``; ``Minsk@en`` with a language tag;
  numbers and booleans bare (``42``, ``true``); other datatypes with a short suffix
  (``2021-03-04^^xsd:date``); newlines and tabs shown as ``\\n`` and ``\\t``;
* an unbound variable as an empty cell. ASK prints ``Ask => Yes`` or ``Ask => No`` as arq does.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import pyoxigraph as ox

from . import graphio
from .errors import CoopkgError, InputError

__all__ = [
    "GRAPH_FORMATS",
    "RESULT_FORMATS",
    "GraphStats",
    "QueryGraph",
    "QueryOutcome",
    "compact_term",
    "format_results",
    "format_table",
    "graph_stats",
    "load_query_text",
    "reads_named_graphs",
    "run_query",
    "union_store",
]

#: Formats for SELECT/ASK results (``table`` plus the W3C result formats).
RESULT_FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "xml")
#: Formats for CONSTRUCT/DESCRIBE results (any RDF syntax; ``json`` = JSON-LD, ``xml`` = RDF/XML).
GRAPH_FORMATS: tuple[str, ...] = (*graphio.FORMAT_NAMES, "json")

_W3C_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
_QUERY_SUFFIXES = (".rq", ".sparql")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_BARE_DATATYPES = frozenset(_XSD + name for name in ("integer", "decimal", "double", "boolean"))

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Source = str | os.PathLike | graphio.RdfData


@dataclass(frozen=True)
class QueryOutcome:
    """The result of one query, materialised so it can be formatted any number of times.

    ``kind`` is ``"select"`` (``variables`` + ``rows``), ``"ask"`` (``boolean``) or ``"graph"`` for
    CONSTRUCT and DESCRIBE (``triples``, pyoxigraph ``Triple`` objects).
    """

    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()
    _results: bytes = field(default=b"", repr=False)
    """SELECT/ASK results kept in the lossless W3C JSON format, re-read for every other format."""

    @cached_property
    def rows(self) -> tuple[tuple[Term | None, ...], ...]:
        """SELECT solutions in order, one term (or ``None`` when unbound) per variable."""
        if self.kind != "select":
            return ()
        solutions = ox.parse_query_results(self._results, format=ox.QueryResultsFormat.JSON)
        width = len(self.variables)
        return tuple(tuple(solution[i] for i in range(width)) for solution in solutions)


def load_query_text(arg: str) -> str:
    """The query text of ``arg``: a path to a query file (``.rq``, ``.sparql`` or any existing file),
    ``-`` for standard input, or else the query itself.

    >>> load_query_text("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'

    :raises InputError: if a named query file cannot be read or the query is empty.
    """
    if arg == "-":
        text = sys.stdin.read()
    elif _is_path(arg, Path.is_dir):
        raise InputError(f"cannot read query '{arg}': is a directory")
    elif _is_file(arg) or arg.lower().endswith(_QUERY_SUFFIXES):
        try:
            text = graphio.read_input_file(arg).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"cannot read '{arg}': not UTF-8 text") from None
    else:
        text = arg
    if not text.strip():
        raise InputError("empty SPARQL query")
    return text


def _is_file(arg: str) -> bool:
    return _is_path(arg, Path.is_file)


def _is_path(arg: str, test: Callable[[Path], bool]) -> bool:
    if "\n" in arg or "{" in arg:  # query text, not a path (and may be too long for stat)
        return False
    try:
        return test(Path(arg))
    except (OSError, ValueError):
        return False


def _store(source: Source) -> ox.Store:
    """A fresh store with ``source``'s quads (never the caller's own Store, which is left untouched)."""
    if isinstance(source, (str, os.PathLike)):
        return graphio.load_store(source)
    if isinstance(source, ox.Store):
        copy = ox.Store()
        copy.bulk_extend(source)
        return copy
    return graphio.to_oxigraph_store(source)


def _add_union(store: ox.Store) -> ox.Store:
    """Copy every named graph's triples into the default graph, which then holds the set union."""
    if next(iter(store.named_graphs()), None) is not None:
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def _prepared(source: Source) -> ox.Store:
    return _add_union(_store(source))


#: What may hold the words below without being SPARQL keywords: strings (long ones first), IRIs and comments.
_NOT_KEYWORDS = re.compile("|".join((
    r"'''(?:[^'\\]|\\.|'(?!''))*'''", r'"""(?:[^"\\]|\\.|"(?!""))*"""',
    r"'(?:[^'\\\n]|\\.)*'", r'"(?:[^"\\\n]|\\.)*"',
    r'<[^<>"{}|^`\\\s]*>', r"#[^\n]*",
)))
_DATASET_WORDS = re.compile(r"(?<![?$:\w])(?:GRAPH|FROM|NAMED)(?![:\w])", re.IGNORECASE)


def reads_named_graphs(query: str) -> bool:
    """Whether ``query`` may address named graphs (``GRAPH``, ``FROM``, ``FROM NAMED``).

    The words count outside strings, IRIs, comments, variable and prefixed names; a query without
    them only sees the default graph, so :func:`union_store` answers it exactly. (Any doubt falls
    on the safe side: a query that merely might address named graphs gets them.)
    """
    return _DATASET_WORDS.search(_NOT_KEYWORDS.sub(" ", query)) is not None


def union_store(source: Source) -> ox.Store:
    """A Store holding the union of ``source``'s graphs (a set) in its default graph, and no named graph.

    Why: pyoxigraph's in-memory Store looks a subject's default-graph triples up by going through its
    quads in *every* graph, so a person named in thousands of releases makes every join on that person
    thousands of times slower. CQ2 takes 5.4 s at 10k releases with the named graphs kept and 0.25 s
    without; at 100k, over 30 minutes against 3 s. Queries that cannot see named graphs
    (:func:`reads_named_graphs`) run on this Store.
    """
    if isinstance(source, (str, os.PathLike)):
        return graphio.load_store(source, union=True)
    return _union_of(_prepared(source))


def _union_of(prepared: ox.Store) -> ox.Store:
    """The default graph of a :func:`_prepared` Store, alone in a new Store (that Store if it has no named graph)."""
    if next(iter(prepared.named_graphs()), None) is None:
        return prepared
    union = prepared.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    fresh = ox.Store()
    fresh.load(union, format=ox.RdfFormat.N_TRIPLES, lenient=True)  # (written by pyoxigraph just now)
    return fresh


def _sparql_message(exc: SyntaxError) -> str:
    """The useful part of a SPARQL parser message, on one line.

    The parser lists every acceptable character class after ``expected one of``; keep only the
    position and any plain-language hint it includes.
    """
    text = str(exc.msg if exc.msg is not None else exc)
    text = re.sub(r"^error at (\d+):(\d+)", r"line \1, column \2", text)
    first = text.splitlines()[0] if text else "syntax error"
    position, _, _ = first.partition(": ")
    for hint, message in (
        ("Prefix not found", "undefined prefix (declare it with PREFIX)"),
        ("variable that is unbound", "the SELECT contains a variable that is unbound"),
    ):
        if hint in text:
            return f"{position}: {message}"
    if len(first) > 160:
        first = first[:157] + "..."
    return first


class QueryGraph:
    """A graph made ready once for many queries (loading and merging the union are not repeated).

    ``run_query(path, q)`` loads ``path`` and copies the union of its named graphs into the default
    graph on every call, which dominates on large graphs; a notebook or a service that asks many
    questions opens the graph once:

    >>> import rdflib
    >>> g = rdflib.Graph()
    >>> _ = g.add((rdflib.URIRef("https://w3id.org/coopkg/id/place/minsk"), rdflib.RDFS.label,
    ...            rdflib.Literal("Minsk")))
    >>> graph = QueryGraph(g)
    >>> [row[0].value for row in graph.query("SELECT ?label { ?s ?p ?label }").rows]
    ['Minsk']
    """

    def __init__(self, source: Source) -> None:
        self._source = source
        self._dataset: ox.Store | None = None
        if isinstance(source, (str, os.PathLike)) and os.fspath(source) != "-":
            self.store = union_store(source)
        else:  # (standard input cannot be read twice; data in memory is taken as it is now)
            self._dataset = _prepared(source)
            self.store = _union_of(self._dataset)
        """The union of the graphs in the default graph, without the named graphs (see :func:`union_store`)."""

    def query(self, query: str) -> QueryOutcome:
        """Run ``query`` (see :func:`run_query`)."""
        return _execute(self.dataset if reads_named_graphs(query) else self.store, query)

    @property
    def dataset(self) -> ox.Store:
        """The named graphs and their union (a file is read again for the first query that can address them)."""
        if self._dataset is None:
            self._dataset = _prepared(self._source)
        return self._dataset


def run_query(source: Source | QueryGraph, query: str) -> QueryOutcome:
    """Run the SPARQL 1.1 ``query`` over ``source`` and return its materialised outcome.

    :param source: an :class:`rdflib.Dataset`/``Graph``, a pyoxigraph ``Store``, or the path of an RDF
        file (loaded straight into pyoxigraph, which is much faster than rdflib on large graphs).
    :param query: SPARQL text (use :func:`load_query_text` for a ``.rq`` file argument).
    :raises InputError: for an unreadable source or a malformed query
        (``malformed SPARQL query: line 1, column 27: ...``).
    :raises CoopkgError: if evaluation fails (e.g. a ``SERVICE`` call).

    >>> import rdflib
    >>> g = rdflib.Graph()
    >>> _ = g.add((rdflib.URIRef("https://w3id.org/coopkg/id/place/minsk"), rdflib.RDFS.label,
    ...            rdflib.Literal("Minsk")))
    >>> outcome = run_query(g, "SELECT ?label WHERE { ?place ?p ?label }")
    >>> outcome.variables, [str(row[0].value) for row in outcome.rows]
    (('label',), ['Minsk'])
    """
    if isinstance(source, QueryGraph):
        return source.query(query)
    return _execute(_prepared(source) if reads_named_graphs(query) else union_store(source), query)


# an update request, after its prologue (comments, BASE and PREFIX declarations)
_UPDATE = re.compile(r"(?:\s|#[^\n]*\n|BASE\s*<[^>]*>|PREFIX\s+[\w.-]*:\s*<[^>]*>)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


def _execute(store: ox.Store, query: str, **options: Any) -> QueryOutcome:
    """Run ``query`` on a store whose default graph already holds the union (see :func:`_add_union`).

    ``options`` go to ``pyoxigraph.Store.query`` (e.g. ``named_graphs``: the persistent store of
    :mod:`coopkg.store` hides its bookkeeping graphs that way).
    """
    try:
        result = store.query(query, **options)
    except SyntaxError as exc:
        update = _UPDATE.match(query)
        if update:
            raise InputError(f"'{update.group(1).upper()}' is SPARQL Update: query runs SELECT, ASK, CONSTRUCT "
                             "and DESCRIBE queries and never changes the graph") from None
        raise InputError(f"malformed SPARQL query: {_sparql_message(exc)}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise CoopkgError(f"SPARQL query failed: {' '.join(str(exc).split())}") from None
    try:
        if isinstance(result, ox.QueryBoolean):
            data = result.serialize(format=ox.QueryResultsFormat.JSON)
            return QueryOutcome("ask", boolean=bool(result), _results=data)
        if isinstance(result, ox.QuerySolutions):
            variables = tuple(variable.value for variable in result.variables)
            data = result.serialize(format=ox.QueryResultsFormat.JSON)
            return QueryOutcome("select", variables=variables, _results=data)
        return QueryOutcome("graph", triples=tuple(result))
    except (OSError, RuntimeError, ValueError) as exc:  # evaluation is lazy: errors surface here
        raise CoopkgError(f"SPARQL query failed: {' '.join(str(exc).split())}") from None


def format_results(outcome: QueryOutcome, fmt: str | None = None) -> bytes | str:
    """Format ``outcome``: ``str`` for the ``table`` layout, ``bytes`` for every other format.

    ``fmt`` defaults to ``table`` for SELECT/ASK and ``turtle`` for CONSTRUCT/DESCRIBE.

    :raises InputError: if ``fmt`` does not suit the kind of result.
    """
    if outcome.kind == "graph":
        fmt = (fmt or "turtle").lower()
        if fmt in ("table", "csv", "tsv"):
            raise InputError(
                f"format '{fmt}' is for SELECT/ASK results; a CONSTRUCT or DESCRIBE query "
                f"gives a graph: use turtle, nt, trig, nquads, json-ld or xml"
            )
        return graphio.serialize(outcome.triples, "json-ld" if fmt == "json" else fmt)
    fmt = (fmt or "table").lower()
    if fmt == "table":
        return _ask_table(outcome) if outcome.kind == "ask" else _select_table(outcome)
    if fmt in _W3C_FORMATS:
        results = ox.parse_query_results(outcome._results, format=ox.QueryResultsFormat.JSON)
        body = results.serialize(format=_W3C_FORMATS[fmt])
        assert body is not None
        return body
    known = ", ".join(RESULT_FORMATS)
    raise InputError(f"format '{fmt}' is not a SELECT/ASK result format: use one of {known}")


# ------------------------------------------------------------------------------------------ the table


def _compact_iri(iri: str) -> str:
    best = ""
    for prefix, namespace in graphio.PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(graphio.PREFIXES.get(best, "")):
            best = prefix
    if best and len(iri) > len(graphio.PREFIXES[best]):
        return f"{best}:{iri[len(graphio.PREFIXES[best]) :]}"
    return f"<{iri}>"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def compact_term(term: Term | None) -> str:
    """A term as shown in the ``table`` layout (see the module docstring)."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _compact_iri(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        value = _escape(term.value)
        if term.language:
            return f"{value}@{term.language}"
        datatype = term.datatype.value
        if datatype == _XSD + "string" or datatype in _BARE_DATATYPES:
            return value
        return f"{value}^^{_compact_iri(datatype)}"
    if isinstance(term, ox.Triple):
        parts = (compact_term(term.subject), compact_term(term.predicate), compact_term(term.object))
        return "<< " + " ".join(parts) + " >>"
    return str(term)


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide East Asian characters count 2, combining marks 0."""
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """An arq-style text table; columns whose index is in ``right`` are right-aligned.

    >>> print(format_table(["place", "meetings"], [["id:place/minsk", "2"]], right=[1]), end="")
    -----------------------------
    | place          | meetings |
    =============================
    | id:place/minsk |        2 |
    -----------------------------
    """
    widths = [_width(name) for name in header]
    for row in rows:
        widths = [max(w, _width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str], align: bool) -> str:
        padded = [
            _pad(cell, w, align and i in right) for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |" if padded else "||"

    total = len(line(header, False))
    out = ["-" * total, line(header, False), "=" * total]
    out += [line(row, True) for row in rows]
    out.append("-" * total)
    return "\n".join(out) + "\n"


def _select_table(outcome: QueryOutcome) -> str:
    rows = [[compact_term(term) for term in row] for row in outcome.rows]
    return format_table(outcome.variables, rows)


def _ask_table(outcome: QueryOutcome) -> str:
    return f"Ask => {'Yes' if outcome.boolean else 'No'}\n"


# ------------------------------------------------------------------------------------------ statistics

_COOP = "https://w3id.org/coopkg/ontology#"
_STAT_CLASSES = ("Release", "Meeting", "Chairmanship", "Agency", "Person", "Country", "Place", "CrimeArea")


@dataclass(frozen=True)
class GraphStats:
    """Size and content of a coopkg graph: what ``coopkg stats`` reports."""

    triples: int
    """Distinct triples in the union of all graphs."""
    quads: int
    named_graphs: int
    classes: dict[str, int]
    """Instances per class, keyed ``coop:Release``, ``coop:Meeting``..."""
    meetings: dict[str, int]
    """Meetings by status: ``held``, ``planned``."""

    def as_dict(self) -> dict[str, object]:
        return {
            "triples": self.triples,
            "quads": self.quads,
            "named_graphs": self.named_graphs,
            "classes": dict(self.classes),
            "meetings": dict(self.meetings),
        }

    def to_table(self) -> str:
        rows = [["triples", self.triples], ["quads", self.quads], ["named graphs", self.named_graphs]]
        rows += [[name, count] for name, count in self.classes.items()]
        rows += [[f"meetings {status}", count] for status, count in self.meetings.items()]
        return format_table(["statistic", "count"], [[name, f"{n:,}"] for name, n in rows], right=[1])


def graph_stats(source: Source) -> GraphStats:
    """Count triples, quads, named graphs, instances per ``coop:`` class and meetings by status."""
    store = _store(source)
    quads = len(store)
    named_graphs = sum(1 for _ in store.named_graphs())
    _add_union(store)
    return union_stats(store, quads, named_graphs)


def union_stats(store: ox.Store, quads: int, named_graphs: int) -> GraphStats:
    """:func:`graph_stats` of a Store whose default graph already holds the union (a set) of its graphs."""

    def counts(query: str) -> dict[str, int]:
        outcome = _execute(store, query)
        return {compact_term(key): int(n.value) if n else 0 for key, n in outcome.rows}  # type: ignore[union-attr]

    classes = " ".join(f"coop:{name}" for name in _STAT_CLASSES)
    prefix = f"PREFIX coop: <{_COOP}>\n"
    triples = _execute(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    per_class = counts(
        prefix + f"SELECT ?c (COUNT(DISTINCT ?x) AS ?n) "
        f"WHERE {{ VALUES ?c {{ {classes} }} OPTIONAL {{ ?x a ?c }} }} GROUP BY ?c"
    )
    per_status = counts(
        prefix + "SELECT ?st (COUNT(DISTINCT ?m) AS ?n) WHERE { VALUES ?st { coop:Held "
        "coop:Planned } OPTIONAL { ?m a coop:Meeting ; coop:status ?st } } GROUP BY ?st"
    )
    n = triples.rows[0][0]
    return GraphStats(
        triples=int(n.value) if isinstance(n, ox.Literal) else 0,
        quads=quads,
        named_graphs=named_graphs,
        classes={f"coop:{name}": per_class.get(f"coop:{name}", 0) for name in _STAT_CLASSES},
        meetings={status.lower(): per_status.get(f"coop:{status}", 0) for status in ("Held", "Planned")},
    )
