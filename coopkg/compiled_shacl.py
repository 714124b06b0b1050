"""SHACL validation compiled to SPARQL: the coopkg shapes as whole-graph pyoxigraph queries.

pyshacl validates focus node by focus node, running each SPARQL constraint once per node through
rdflib's query engine: 257 s at 2.1M triples. The shapes are fixed, so each constraint component is
translated once into a SPARQL SELECT over *all* focus nodes of its shape
(`SHACL §2.1 <https://www.w3.org/TR/shacl/#focusNodes>`_ targets become a graph pattern binding
``?this``), and pyoxigraph answers each in one pass. Supported (anything else raises
:class:`UnsupportedShapeError`, so a new kind of shape can never be skipped silently):

* targets (§2.1.3): ``sh:targetClass`` (SHACL instances: ``rdf:type/rdfs:subClassOf*``),
  ``sh:targetNode``, ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``; predicate paths (§2.3.1);
* cardinality (§4.2): ``sh:minCount`` / ``sh:maxCount`` as ``GROUP BY ?this HAVING (COUNT(DISTINCT ?value) …)``;
* value type (§4.1): ``sh:class`` (``FILTER NOT EXISTS { ?value rdf:type/rdfs:subClassOf* C }``),
  ``sh:datatype``, ``sh:nodeKind``;
* string (§4.4): ``sh:minLength``, ``sh:maxLength``, ``sh:pattern`` (checked with Python's ``re`` as
  pyshacl does), ``sh:uniqueLang``;
* other (§4.8): ``sh:in``, ``sh:hasValue``; shape-based (§4.7) ``sh:node``; logical (§4.6) ``sh:or``;
* SPARQL-based constraints (§5): the ``sh:select`` text with ``$this`` turned into ``?this`` and the
  shape's focus-node pattern inserted at the top of its ``WHERE`` group, so one query covers every node.

Two details make the results identical to pyshacl's (``tests/test_compiled_shacl.py`` proves it):

* **Literals.** A pyoxigraph Store canonicalises literals (``"05"^^xsd:nonNegativeInteger`` is stored
  as ``"5"^^xsd:integer``), which would change both ``sh:datatype`` answers and the values reported.
  Typed literals other than ``xsd:string`` are therefore stored under a private datatype
  (``urn:coopkg:raw:`` + the original IRI), which the Store keeps verbatim; ``DATATYPE(?x)`` in SPARQL
  constraints is rewritten to decode it. SPARQL constraints must reach typed values through ``STR()``
  or ``DATATYPE()`` (as the coopkg shapes do, see their header), not compare them raw.
* **Ill-typed values** (``"2019-13-45"^^xsd:date``): ``sh:datatype`` must fail them (§4.1.2 "literals
  that are ill-formed"). pyoxigraph keeps such literals as they are and SPARQL cannot tell; each
  distinct lexical form of the datatype is therefore checked once in Python with rdflib's own parser,
  exactly the test pyshacl applies.

As with pyshacl in :mod:`coopkg.validation`, the ontology is merged into the data graph (so ``sh:class``
sees its class hierarchy) and no inference is run.

Speed (docs/engines.md has the measurements). pyoxigraph costs a few microseconds per row a query touches
and per triple it stores, and holds the GIL while it does either, so:

* the Store is filled in Rust: the quads are serialised to N-Triples (which also merges the graphs) and
  the typed literals encoded by one ``bytes.replace`` before ``Store.load``;
* the focus nodes of ``sh:targetClass C`` are ``?this rdf:type K`` for the few classes ``K`` of
  ``rdfs:subClassOf* C`` (looked up once), not the path ``rdf:type/rdfs:subClassOf*``, which pyoxigraph
  evaluates per row;
* each value constraint of a property shape is first asked of all triples of its predicate, without the
  focus nodes (``ASK { ?this p ?value FILTER (condition) }``); only if some triple fails is the exact
  query run. Valid data thus costs one scan per constraint instead of a join with the focus nodes;
* shapes are validated by a thread per core (pyoxigraph queries release the GIL); :func:`validate_quads`
  can also split the shapes among processes, each loading only the predicates its share reads.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import compress, count, islice
from operator import attrgetter

import pyoxigraph as ox
import rdflib
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SH, XSD

from .errors import CoopkgError
from .graphio import RdfData, _oxigraph_quads, _to_rdflib

__all__ = ["UnsupportedShapeError", "compiled_results", "load_store", "validate_file", "validate_quads"]

_log = logging.getLogger(__name__)
_RAW = "urn:coopkg:raw:"
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
_COOP = "https://w3id.org/coopkg/ontology#"
_INSTANCE_OF = f"<{RDF.type}>/<{RDFS.subClassOf}>*"

#: Shape predicates that mean nothing to validation (documentation, ordering, RDF typing).
_IGNORED = {RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, SH.name, SH.description,
            SH.order, SH.group, SH.defaultValue}
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_SUPPORTED = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property,
              SH.path, SH.message, SH.severity, SH.deactivated, SH.minCount, SH.maxCount, SH.datatype,
              SH["class"], SH["in"], SH.nodeKind, SH.pattern, SH.flags, SH.minLength, SH.maxLength,
              SH.hasValue, SH.uniqueLang, SH.node, SH["or"], SH.sparql}
_NODE_KINDS = {
    SH.IRI: "isIRI(?value)",
    SH.BlankNode: "isBlank(?value)",
    SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
    SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}


class UnsupportedShapeError(CoopkgError):
    """The shapes use a SHACL construct the compiled validator does not implement."""


@dataclass(frozen=True)
class RawResult:
    """One validation result in pyoxigraph / rdflib terms, before it is flattened for the report."""

    shape: str
    severity: str
    focus: rdflib.term.Node
    path: str | None
    value: rdflib.term.Node | None
    message: str
    component: str
    constraint: str | None = None
    values: tuple[rdflib.term.Node, ...] = ()  # with no ``value`` but a ``path``: the focus node's values on it


# ------------------------------------------------------------------------------------ literal coding


def _encode(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, ox.Literal) and term.language is None:
        datatype = term.datatype.value
        if datatype != _XSD_STRING:
            return ox.Literal(term.value, datatype=ox.NamedNode(_RAW + datatype))
    return term


def _decode(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
    """A Store term back to the rdflib term pyshacl would have seen."""
    if isinstance(term, ox.Literal) and term.datatype.value.startswith(_RAW):
        return Literal(term.value, datatype=URIRef(term.datatype.value[len(_RAW):]), normalize=False)
    return _to_rdflib(term)


def _sparql_term(node: rdflib.term.Node) -> str:
    """An rdflib term from the shapes as a SPARQL constant, literals encoded like the Store's."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        lexical = str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if node.language:
            return f'"{lexical}"@{node.language}'
        if node.datatype is None or str(node.datatype) == _XSD_STRING:
            return f'"{lexical}"'
        return f'"{lexical}"^^<{_RAW}{node.datatype}>'
    raise UnsupportedShapeError(f"blank node {node} as a constant in a shape")


def load_store(data: RdfData, ontology: Iterable[ox.Quad] = (), predicates: Iterable[str] | None = None,
               store: ox.Store | None = None) -> ox.Store:
    """A Store holding the union of the data's graphs and the ontology, in its default graph.

    Literals are encoded (see the module docstring). Merging the graphs matters for speed as well as
    for fidelity (pyshacl validates the union too): a node typed in a thousand release graphs would
    otherwise match ``?x rdf:type ?c`` a thousand times in every union query.

    :param predicates: load only the data triples with these predicate IRIs (all of the ontology is loaded).
    :param store: add to this Store instead of a new one.
    """
    store = ox.Store() if store is None else store
    quads: Sequence[ox.Quad] = data if isinstance(data, list | tuple) else list(_oxigraph_quads(data))
    if quads and not isinstance(quads[0], ox.Quad):
        quads = list(_oxigraph_quads(quads))
    selected: Iterator[ox.Quad] = iter(quads)
    if predicates is not None:
        wanted = {ox.NamedNode(p) for p in predicates}
        selected = compress(quads, map(wanted.__contains__, map(attrgetter("predicate"), quads)))
    for chunk in _chunks(selected, 500_000):
        _load_chunk(store, chunk)
    _load_chunk(store, list(ontology))
    return store


def _chunks(items: Iterator[ox.Quad], size: int) -> Iterator[list[ox.Quad]]:
    while chunk := list(islice(items, size)):
        yield chunk


_RAW_BYTES = _RAW.encode()


def _load_text(store: ox.Store, text: bytes) -> None:
    """Load N-Triples without blank nodes, typed literals encoded (see the module docstring), in Rust."""
    store.load(text.replace(b'"^^<', b'"^^<' + _RAW_BYTES), format=ox.RdfFormat.N_TRIPLES, lenient=True)


def _load_chunk(store: ox.Store, quads: list[ox.Quad]) -> None:
    """Add the quads' triples with encoded literals, parsing in Rust when the N-Triples text allows it.

    The text route (serialise, prefix every ``"^^<datatype>`` with the private namespace, ``Store.load``)
    costs a fraction of building one Python term per quad. It is not taken when the text has a blank
    node (``Store.load`` renames blank nodes, which would change their identity across chunks and in
    the report) or a literal whose content contains ``"^^<`` (the replacement would change it).
    """
    try:
        text: bytes | None = ox.serialize(map(attrgetter("triple"), quads), format=ox.RdfFormat.N_TRIPLES)
    except (AttributeError, TypeError):  # RDF-star terms or the like: let the term route report them
        text = None
    if text is None or text.startswith(b"_:") or b"\n_:" in text or b"> _:" in text or b'\\"^^<' in text:
        store.bulk_extend(ox.Quad(q.subject, q.predicate, _encode(q.object))  # type: ignore[arg-type]
                          for q in quads)
        return
    _load_text(store, text)


@cache
def _datatype_ok(lexical: str, datatype: str) -> bool:
    """pyshacl's sh:datatype test for a literal of that datatype: well-formed and of the right value type."""
    rdflib_log = logging.getLogger("rdflib.term")
    level = rdflib_log.level
    rdflib_log.setLevel(logging.ERROR)  # rdflib logs a traceback per ill-typed literal
    try:
        literal = Literal(lexical, datatype=URIRef(datatype), normalize=False)
    finally:
        rdflib_log.setLevel(level)
    if getattr(literal, "ill_typed", None) is True:
        return False
    from pyshacl.constraints.core.value_constraints import DatatypeConstraintComponent

    return bool(DatatypeConstraintComponent._assert_actual_datatype(None, literal, URIRef(datatype)))


# --------------------------------------------------------------------------------------------- shapes

FocusPattern = Callable[[str], str]
_fresh = count()


def _var() -> str:
    return f"v{next(_fresh)}"


@dataclass
class _Validator:
    """Runs the compiled queries of one shapes graph over one Store."""

    shapes: rdflib.Graph
    store: ox.Store
    queries: list[str] = field(default_factory=list)
    ill_formed: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """(datatype IRI, predicate IRI) → the ill-formed lexical forms of its objects (computed on first use)."""
    subclasses: dict[rdflib.term.Node, list[str]] = field(default_factory=dict)
    """class → the classes of ``rdfs:subClassOf* class`` in the Store, as SPARQL terms."""
    answers: dict[str, bool] = field(default_factory=dict)
    """ASK text → answer. The gates read whole predicates, not a shape's focus nodes, so shapes sharing a
    constraint ask the same (e.g. "no node has two rdfs:label", for every kind of node that has one)."""

    # ------------------------------------------------------------------------------- shape structure

    def _one(self, node: rdflib.term.Node, predicate: URIRef) -> rdflib.term.Node | None:
        values = list(self.shapes.objects(node, predicate))
        if len(values) > 1:
            raise UnsupportedShapeError(f"shape {node} has several {predicate}")
        return values[0] if values else None

    def check_supported(self, shape: rdflib.term.Node) -> None:
        for predicate in set(self.shapes.predicates(shape)):
            if predicate in _IGNORED or predicate in _SUPPORTED:
                continue
            if str(predicate).startswith(str(SH)):
                raise UnsupportedShapeError(
                    f"shape {shape} uses {predicate}, which the compiled SHACL validator does not implement; "
                    "use engine='pyshacl' or extend coopkg/compiled_shacl.py")
        if (shape, RDF.type, RDFS.Class) in self.shapes or (shape, RDF.type, rdflib.OWL.Class) in self.shapes:
            raise UnsupportedShapeError(f"implicit class target of {shape} is not supported")

    def deactivated(self, shape: rdflib.term.Node) -> bool:
        flag = self._one(shape, SH.deactivated)
        return isinstance(flag, Literal) and flag.value is True

    def path(self, shape: rdflib.term.Node) -> URIRef | None:
        path = self._one(shape, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise UnsupportedShapeError(f"shape {shape} has a complex sh:path; only predicate paths are supported")
        return path

    def severity(self, shape: rdflib.term.Node) -> str:
        severity = self._one(shape, SH.severity)
        return re.split(r"[#/]", str(severity))[-1] if severity is not None else "Violation"

    def messages(self, node: rdflib.term.Node) -> list[Literal]:
        return [m for m in self.shapes.objects(node, SH.message) if isinstance(m, Literal)]

    def instance_of(self, v: str, cls: rdflib.term.Node) -> str:
        """``?v`` is a SHACL instance of ``cls``: typed with one of its (few) subclasses, looked up once.

        Equivalent to ``?v rdf:type/rdfs:subClassOf* cls``, which pyoxigraph evaluates row by row; each
        solution comes once per matching class, so callers that care use DISTINCT.
        """
        classes = self.subclasses.get(cls)
        if classes is None:
            query = f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS.subClassOf}>* {_sparql_term(cls)} }}"
            found = [row[0] for row in self.select(query)]  # type: ignore[index]
            named = {str(c) for c in found if isinstance(c, ox.NamedNode)}  # str(): "<iri>"
            classes = self.subclasses[cls] = sorted(named | {_sparql_term(cls)}) if len(named) == len(found) else []
        if not classes:  # a blank-node subclass cannot be named in a query
            return f"?{v} {_INSTANCE_OF} {_sparql_term(cls)} ."
        if len(classes) == 1:
            return f"?{v} <{RDF.type}> {classes[0]} ."
        k = _var()
        return f"VALUES ?{k} {{ {' '.join(classes)} }} ?{v} <{RDF.type}> ?{k} ."

    def targets(self, shape: rdflib.term.Node) -> FocusPattern | None:
        alternatives: list[Callable[[str], str]] = []
        for c in self.shapes.objects(shape, SH.targetClass):
            alternatives.append(lambda v, c=c: self.instance_of(v, c))
        for n in self.shapes.objects(shape, SH.targetNode):
            alternatives.append(lambda v, n=n: f"VALUES ?{v} {{ {_sparql_term(n)} }}")
        for p in self.shapes.objects(shape, SH.targetSubjectsOf):
            alternatives.append(lambda v, p=p: f"?{v} {_sparql_term(p)} [] .")
        for p in self.shapes.objects(shape, SH.targetObjectsOf):
            alternatives.append(lambda v, p=p: f"[] {_sparql_term(p)} ?{v} .")
        if not alternatives:
            return None

        def pattern(v: str) -> str:
            if len(alternatives) == 1:
                single = alternatives[0](v)
                if single.startswith(f"?{v} <{RDF.type}> "):  # one class: each node once, as it is
                    return single
            union = " UNION ".join("{ " + a(v) + " }" for a in alternatives)
            return f"{{ SELECT DISTINCT ?{v} WHERE {{ {union} }} }}"
        return pattern

    # ------------------------------------------------------------------------------------ evaluation

    def select(self, query: str) -> list[ox.QuerySolution]:
        self.queries.append(query)
        return list(self.store.query(query, use_default_graph_as_union=False))  # type: ignore[arg-type]

    def ask(self, query: str) -> bool:
        answer = self.answers.get(query)
        if answer is None:  # (two threads may both ask it once: same answer)
            self.queries.append(query)
            answer = self.answers[query] = bool(self.store.query(query, use_default_graph_as_union=False))
        return answer

    def evaluate(self, shape: rdflib.term.Node, focus: FocusPattern, top_level: bool) -> Iterator[RawResult]:
        """All results of ``shape`` (and, for a node shape, of its sh:property shapes) on ``focus``."""
        self.check_supported(shape)
        if self.deactivated(shape):
            return
        path = self.path(shape)
        shape_iri = str(shape) if isinstance(shape, URIRef) else shape.n3()
        severity = self.severity(shape)
        messages = self.messages(shape)

        def needs_message() -> None:
            if top_level and not messages:
                raise UnsupportedShapeError(
                    f"shape {shape} has no sh:message; the compiled validator does not reproduce pyshacl's "
                    "default messages")

        value_pattern = f"?this <{path}> ?value ." if path is not None else "BIND (?this AS ?value)"
        base = f"{focus('this')} {value_pattern}"

        def result(component: str, this: rdflib.term.Node, value: rdflib.term.Node | None,
                   message: str | None = None, constraint: str | None = None) -> RawResult:
            return RawResult(shape_iri, severity, this, str(path) if path is not None else None, value,
                             message if message is not None else _best(messages), component, constraint)

        def rows(where: str, variables: str = "?this ?value") -> Iterator[tuple[rdflib.term.Node, ...]]:
            for row in self.select(f"SELECT DISTINCT {variables} WHERE {{ {where} }}"):
                yield tuple(_decode(row[i]) for i in range(len(row)))  # type: ignore[arg-type]

        def any_triple(condition: str) -> bool:
            """Whether a triple of the path, whoever its subject, meets ``condition``: a cheap gate.

            A scan of the predicate, stopped at the first match; the exact query, which joins with the
            focus nodes, is run only when it answers yes (§4 results are a subset of these triples).
            """
            return path is None or self.ask(f"ASK {{ ?this <{path}> ?value FILTER ({condition}) }}")

        def value_filter(component: str, condition: str) -> Iterator[RawResult]:
            needs_message()
            if not any_triple(condition):
                return
            for this, value in rows(f"{base} FILTER ({condition})"):
                yield result(component, this, value)

        def grouped(where: str, having: str, group: str = "?this") -> Iterator[RawResult | rdflib.term.Node]:
            query = f"SELECT ?this WHERE {{ {where} }} GROUP BY {group} HAVING ({having})"
            for row in self.select(query):
                yield _decode(row[0])  # type: ignore[arg-type]

        for min_count in self.shapes.objects(shape, SH.minCount):
            needs_message()
            if int(min_count) == 1:  # the usual case, without grouping
                where = f"{focus('this')} FILTER NOT EXISTS {{ ?this <{path}> ?value }}"
                found = {this for (this,) in rows(where, "?this")}
            else:
                where = f"{focus('this')} OPTIONAL {{ ?this <{path}> ?value }}"
                found = set(grouped(where, f"COUNT(DISTINCT ?value) < {int(min_count)}"))
            for this in found:
                yield result("MinCountConstraintComponent", this, None)
        for max_count in self.shapes.objects(shape, SH.maxCount):
            needs_message()
            if path is not None and not self.ask(  # gate: any subject with too many values?
                    f"ASK {{ {{ SELECT ?this WHERE {{ ?this <{path}> ?value }} GROUP BY ?this "
                    f"HAVING (COUNT(DISTINCT ?value) > {int(max_count)}) }} }}"):
                continue
            for this in set(grouped(base, f"COUNT(DISTINCT ?value) > {int(max_count)}")):
                yield result("MaxCountConstraintComponent", this, None)
        for datatype in self.shapes.objects(shape, SH.datatype):
            yield from self._datatype(shape, path, base, datatype, value_filter, rows, result)
        for cls in self.shapes.objects(shape, SH["class"]):
            yield from value_filter("ClassConstraintComponent", f"NOT EXISTS {{ {self.instance_of('value', cls)} }}")
        for values in self.shapes.objects(shape, SH["in"]):
            members = list(Collection(self.shapes, values))
            allowed = " || ".join(f"sameTerm(?value, {_sparql_term(m)})" for m in members) or "false"
            yield from value_filter("InConstraintComponent", f"!({allowed})")
        for kind in self.shapes.objects(shape, SH.nodeKind):
            if kind not in _NODE_KINDS:
                raise UnsupportedShapeError(f"unknown sh:nodeKind {kind} in {shape}")
            yield from value_filter("NodeKindConstraintComponent", f"!{_NODE_KINDS[kind]}")
        for length in self.shapes.objects(shape, SH.minLength):
            yield from value_filter("MinLengthConstraintComponent",
                                    f"isBlank(?value) || STRLEN(STR(?value)) < {int(length)}")
        for length in self.shapes.objects(shape, SH.maxLength):
            yield from value_filter("MaxLengthConstraintComponent",
                                    f"isBlank(?value) || STRLEN(STR(?value)) > {int(length)}")
        for pattern in self.shapes.objects(shape, SH.pattern):
            needs_message()
            flags = self._one(shape, SH.flags)
            compiled = re.compile(str(pattern), _re_flags(str(flags or "")))
            for this, value in rows(base):
                if isinstance(value, BNode) or not compiled.search(str(value)):
                    yield result("PatternConstraintComponent", this, value)
        for value in self.shapes.objects(shape, SH.hasValue):
            needs_message()
            where = f"{focus('this')} FILTER NOT EXISTS {{ ?this <{path}> {_sparql_term(value)} }}" \
                if path is not None else f"{focus('this')} FILTER (!sameTerm(?this, {_sparql_term(value)}))"
            for (this,) in rows(where, "?this"):
                yield result("HasValueConstraintComponent", this, None)
        for unique in self.shapes.objects(shape, SH.uniqueLang):
            if isinstance(unique, Literal) and unique.value is True:
                needs_message()
                where = f'{base} FILTER (LANG(?value) != "") BIND (LCASE(LANG(?value)) AS ?lang)'
                for this in grouped(where, "COUNT(DISTINCT ?value) > 1", "?this ?lang"):
                    yield result("UniqueLangConstraintComponent", this, None)
        for node_shape in self.shapes.objects(shape, SH.node):
            needs_message()
            failing = self.failing(node_shape, self.value_nodes(focus, path))
            yield from self._values_in(base, failing, "NodeConstraintComponent", result)
        for members in self.shapes.objects(shape, SH["or"]):
            needs_message()
            values = self.value_nodes(focus, path)
            failing_all: set[rdflib.term.Node] | None = None
            for member in Collection(self.shapes, members):
                failing = self.failing(member, values)
                failing_all = failing if failing_all is None else failing_all & failing
            yield from self._values_in(base, failing_all or set(), "OrConstraintComponent", result)
        for constraint in self.shapes.objects(shape, SH.sparql):
            yield from self._sparql(shape, constraint, focus, path, result, top_level)
        for property_shape in self.shapes.objects(shape, SH.property):
            if path is not None:
                raise UnsupportedShapeError(f"sh:property on the property shape {shape}")
            yield from self.evaluate(property_shape, focus, top_level)

    def value_nodes(self, focus: FocusPattern, path: URIRef | None) -> FocusPattern:
        """The value nodes of a shape as a focus pattern for a nested shape (sh:node, sh:or)."""
        if path is None:
            return focus

        def pattern(v: str) -> str:
            parent = _var()
            return f"{{ SELECT DISTINCT ?{v} WHERE {{ {focus(parent)} ?{parent} <{path}> ?{v} . }} }}"
        return pattern

    def failing(self, shape: rdflib.term.Node, focus: FocusPattern) -> set[rdflib.term.Node]:
        """Nodes of ``focus`` that do not conform to ``shape`` (any result counts, §3.4 conformance)."""
        return {r.focus for r in self.evaluate(shape, focus, top_level=False)}

    def _values_in(self, base: str, failing: set[rdflib.term.Node], component: str,
                   result: Callable[..., RawResult]) -> Iterator[RawResult]:
        if not failing:
            return
        wanted = {_term_key(n) for n in failing}
        for row in self.select(f"SELECT DISTINCT ?this ?value WHERE {{ {base} }}"):
            value = _decode(row[1])  # type: ignore[arg-type]
            if _term_key(value) in wanted:
                yield result(component, _decode(row[0]), value)  # type: ignore[arg-type]

    def _datatype(self, shape: rdflib.term.Node, path: URIRef | None, base: str, datatype: rdflib.term.Node,
                  value_filter: Callable[[str, str], Iterator[RawResult]],
                  rows: Callable[..., Iterator[tuple[rdflib.term.Node, ...]]],
                  result: Callable[..., RawResult]) -> Iterator[RawResult]:
        """sh:datatype (§4.1.2): wrong kind or datatype in SPARQL; ill-formed lexical forms in Python."""
        component = "DatatypeConstraintComponent"
        if datatype == XSD.string:
            yield from value_filter(component, f"!isLiteral(?value) || DATATYPE(?value) != <{_XSD_STRING}>")
            return
        if datatype == RDF.langString:
            yield from value_filter(component, "!isLiteral(?value) || LANG(?value) = \"\"")
            return
        if datatype in (RDFS.Literal, RDFS.Datatype):
            raise UnsupportedShapeError(f"sh:datatype {datatype} in {shape}")
        encoded = f"<{_RAW}{datatype}>"
        yield from value_filter(component, f"!isLiteral(?value) || DATATYPE(?value) != {encoded}")
        # Same datatype: each distinct lexical form checked once with rdflib's parser (once per run).
        key = (str(datatype), str(path) if path is not None else "")
        bad = self.ill_formed.get(key)
        if bad is None:
            predicate = f"<{path}>" if path is not None else "?p"
            lexicals = [row[0].value for row in self.select(  # type: ignore[union-attr]
                f"SELECT DISTINCT ?lexical WHERE {{ ?s {predicate} ?value FILTER (isLiteral(?value) && "
                f"DATATYPE(?value) = {encoded}) BIND (STR(?value) AS ?lexical) }}")]
            bad = self.ill_formed[key] = [x for x in lexicals if not _datatype_ok(x, str(datatype))]
        if bad:
            values = " ".join(_sparql_term(Literal(b, datatype=datatype, normalize=False)) for b in bad)
            for this, value in rows(f"VALUES ?value {{ {values} }} {base}"):
                yield result(component, this, value)

    def _sparql(self, shape: rdflib.term.Node, constraint: rdflib.term.Node, focus: FocusPattern,
                path: URIRef | None, result: Callable[..., RawResult], top_level: bool) -> Iterator[RawResult]:
        """A SPARQL-based constraint (§5.3) over all focus nodes at once."""
        if path is not None:
            raise UnsupportedShapeError(f"sh:sparql on the property shape {shape} ($PATH) is not supported")
        for predicate in set(self.shapes.predicates(constraint)):
            if str(predicate).startswith(str(SH)) and predicate not in (SH.select, SH.message, SH.prefixes,
                                                                         SH.deactivated):
                raise UnsupportedShapeError(f"SPARQL constraint {constraint} uses {predicate}")
        if self.deactivated(constraint):
            return
        select = self._one(constraint, SH.select)
        if select is None:
            raise UnsupportedShapeError(f"SPARQL constraint {constraint} has no sh:select")
        messages = self.messages(constraint) or self.messages(shape)
        if top_level and not messages:
            raise UnsupportedShapeError(f"SPARQL constraint {constraint} has no sh:message")
        declared = dict(self._prefixes(constraint))
        query = _rewrite_select(str(select), focus("this"), declared)
        prefixes = "".join(f"PREFIX {p}: <{n}>\n" for p, n in declared.items())
        constraint_iri = str(constraint) if isinstance(constraint, URIRef) else None
        seen: set[tuple[tuple[str, str], ...]] = set()
        self.queries.append(prefixes + query)
        solutions = self.store.query(prefixes + query, use_default_graph_as_union=False)
        variables = [v.value for v in solutions.variables]  # type: ignore[union-attr]
        for solution in solutions:  # type: ignore[union-attr]
            bindings: dict[str, rdflib.term.Node] = {}
            for variable in variables:
                term = solution[variable]
                if term is not None:
                    bindings[variable] = _decode(term)  # type: ignore[arg-type]
            if not bindings:
                continue
            key = tuple(sorted((k, _term_key(v)) for k, v in bindings.items()))
            if key in seen:  # pyshacl drops duplicate rows of one focus node
                continue
            seen.add(key)
            if bindings.get("failure") is not None:
                raise UnsupportedShapeError(f"?failure in SPARQL constraint {constraint}")
            this = bindings["this"]
            value = bindings.get("value", this)
            row_path = bindings.get("path")
            substituted = [_substitute(m, bindings, value) for m in messages]
            raw = result("SPARQLConstraintComponent", this, value, _best(substituted), constraint_iri)
            yield RawResult(raw.shape, raw.severity, raw.focus,
                            str(row_path) if isinstance(row_path, URIRef) else None, raw.value, raw.message,
                            raw.component, raw.constraint)

    def _prefixes(self, constraint: rdflib.term.Node) -> Iterator[tuple[str, str]]:
        for source in self.shapes.objects(constraint, SH.prefixes):
            for declaration in self.shapes.objects(source, SH.declare):
                prefix = self._one(declaration, SH.prefix)
                namespace = self._one(declaration, SH.namespace)
                if prefix is not None and namespace is not None:
                    yield str(prefix), str(namespace)


def _term_key(term: rdflib.term.Node) -> str:
    return term.n3()


def _best(messages: list[Literal]) -> str:
    """coopkg.validation's choice among several messages: English or untagged first, then smallest."""
    if not messages:
        return ""
    best = min(messages, key=lambda m: (m.language not in (None, "en"), str(m)))
    return " ".join(str(best).split())


def _substitute(message: Literal, bindings: dict[str, rdflib.term.Node], value: rdflib.term.Node) -> Literal:
    """pyshacl's ``{?var}`` / ``{$var}`` substitution (str() of the bound term)."""
    text = str(message)
    values = dict(bindings)
    values.setdefault("value", value)
    for name, term in values.items():
        text = re.sub(f"{{[?$]{name}}}", str(term), text)
    return Literal(text, lang=message.language)


def _re_flags(flags: str) -> int:
    result = 0
    for flag, value in (("i", re.IGNORECASE), ("m", re.MULTILINE), ("s", re.DOTALL), ("x", re.VERBOSE)):
        if flag in flags:
            result |= value
    return result


_DATATYPE_CALL = re.compile(
    r"\bDATATYPE\s*\(\s*([?$]\w+)\s*\)(?:\s*(!?=)\s*(<[^<>\"{}|^`\\\s]*>|[A-Za-z_][\w-]*:[\w-]+))?", re.IGNORECASE)


_PLUS_DURATION = re.compile(
    r'(\?\w+)\s*([<>]=?)\s*(\?\w+)\s*\+\s*("[^"]*"\^\^(?:xsd:|<http://www\.w3\.org/2001/XMLSchema#)'
    r'dayTimeDuration>?)')


def _decode_datatype(match: re.Match[str], prefixes: dict[str, str]) -> str:
    """A ``DATATYPE(?x)`` call made to see the original datatype of an encoded literal.

    ``DATATYPE(?x) = <iri>`` (or ``!=``) compares with the encoded datatype instead, which gives the
    same answer without decoding every row; any other use decodes.
    """
    variable, operator, operand = match[1], match[2], match[3]
    if operator is not None:
        iri = operand[1:-1] if operand.startswith("<") else None
        if iri is None and operand.split(":", 1)[0] in prefixes:
            prefix, local = operand.split(":", 1)
            iri = prefixes[prefix] + local
        if iri is not None:
            encoded = iri if iri in (_XSD_STRING, _LANG_STRING) else _RAW + iri
            return f"DATATYPE({variable}) {operator} <{encoded}>"
    decoded = (f'IF(STRSTARTS(STR(DATATYPE({variable})), "{_RAW}"), '
               f'IRI(STRAFTER(STR(DATATYPE({variable})), "{_RAW}")), DATATYPE({variable}))')
    return decoded + (f" {operator} {operand}" if operator is not None else "")


def _rewrite_select(text: str, focus_pattern: str, prefixes: dict[str, str] | None = None) -> str:
    """``$this`` → ``?this``, DATATYPE() decoded, and the focus pattern first in the WHERE group."""
    text = re.sub(r"\$this\b", "?this", text)
    if re.search(r"\$\w", text):
        raise UnsupportedShapeError(f"pre-bound variable other than $this in SPARQL constraint: {text.strip()}")
    if re.search(r"\bDATATYPE\s*\(", text, re.IGNORECASE) and not _DATATYPE_CALL.search(text):
        raise UnsupportedShapeError("DATATYPE() on an expression in a SPARQL constraint")
    text = _DATATYPE_CALL.sub(lambda m: _decode_datatype(m, prefixes or {}), text)
    # pyoxigraph 0.5.13 leaves `?dateTime + "P31D"^^xsd:dayTimeDuration` unbound when evaluated at run
    # time (rdflib computes it), but subtracts dateTimes fine: `?a > ?b + D` becomes `(?a - ?b) > D`,
    # which is the same test for a day-time duration D.
    text = _PLUS_DURATION.sub(lambda m: f"({m[1]} - {m[3]}) {m[2]} {m[4]}", text)
    if re.search(r"\+\s*\"[^\"]*\"\^\^\S*Duration", text, re.IGNORECASE):
        raise UnsupportedShapeError("date/time + duration arithmetic other than `?a < ?b + D` in a SPARQL "
                                    "constraint (pyoxigraph 0.5 does not evaluate it)")
    match = re.search(r"\bSELECT\b(.*?)\bWHERE\s*\{", text, re.IGNORECASE | re.DOTALL)
    if match is None or not re.search(r"\?this\b|\*", match[1]):
        raise UnsupportedShapeError(f"SPARQL constraint must SELECT $this ... WHERE {{ }}: {text.strip()}")
    if re.search(r"\bSELECT\b", text[match.end():], re.IGNORECASE):
        raise UnsupportedShapeError("sub-queries in SPARQL constraints are not supported")
    return text[:match.end()] + f" {focus_pattern} " + text[match.end():]


# ----------------------------------------------------------------------------------------- entry point


def _roots(shapes: rdflib.Graph) -> list[rdflib.term.Node]:
    """The shapes with targets, in a fixed order."""
    return sorted({s for t in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
                   for s in shapes.subjects(t, None)}, key=str)


def compiled_results(store: ox.Store, shapes: rdflib.Graph,
                     roots: Iterable[rdflib.term.Node] | None = None) -> list[RawResult]:
    """Every top-level result of the shapes (or of ``roots`` among them) on the Store's default graph.

    Unsorted, duplicates kept. pyoxigraph evaluates queries without the GIL, so shapes are validated
    by a thread per core: when :func:`validate_quads` runs several processes, the one that finishes
    last gets the cores the others have freed.
    """
    validator = _Validator(shapes, store)

    def evaluate(shape: rdflib.term.Node) -> list[RawResult]:
        targets = validator.targets(shape)
        assert targets is not None
        return list(validator.evaluate(shape, targets, top_level=True))

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return [r for found in pool.map(evaluate, _roots(shapes) if roots is None else roots) for r in found]


# ------------------------------------------------------------------------------------ worker processes

#: What a release's identifier is found through (see :func:`release_identifiers`).
_RELEASE_PREDICATES = {str(RDF.type), str(DCTERMS.identifier), _COOP + "reportedIn", _COOP + "inRelease",
                       _COOP + "mentions"}
#: The cost of storing a triple relative to one constraint reading it (roughly, from profiles at 2.2M quads:
#: ~3 µs per quad loaded, ~0.5 µs per quad and constraint).
_LOAD_COST = 6


@cache
def _algebra(text: str, prefixes: tuple[tuple[str, str], ...]) -> object | None:
    """rdflib's algebra of a SPARQL query, or None for whatever rdflib cannot read (then: assume the worst)."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        return prepareQuery(text, initNs=dict(prefixes)).algebra
    except Exception:
        return None


@cache
def _sparql_predicates(text: str, prefixes: tuple[tuple[str, str], ...]) -> frozenset[str] | None:
    """Every IRI a SPARQL query mentions (a superset of its predicates); None if it matches any predicate."""
    from rdflib.paths import NegatedPath
    from rdflib.paths import Path as RdfPath
    from rdflib.term import Variable

    algebra = _algebra(text, prefixes)
    if algebra is None:  # load every predicate for it
        return None
    found: set[str] = set()
    stack: list[object] = [algebra]
    while stack:
        item = stack.pop()
        if isinstance(item, URIRef):
            found.add(str(item))
        elif isinstance(item, NegatedPath):
            return None
        elif isinstance(item, RdfPath):
            stack.extend(vars(item).values())
        elif isinstance(item, dict):
            triples = dict.get(item, "triples") or ()  # rdflib's CompValue.get() raises
            if any(isinstance(t[1], Variable) for t in triples):
                return None
            stack.extend(dict.values(item))
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return frozenset(found)


@cache
def _sparql_type_classes(text: str, prefixes: tuple[tuple[str, str], ...]) -> frozenset[str] | None:
    """The classes whose ``rdf:type`` triples a SPARQL query can read; None if it can read any.

    ``?x rdf:type C`` and ``?x rdf:type/rdfs:subClassOf* C`` with a constant ``C`` read only the
    members of ``C`` (and, for the path, of its subclasses, which the caller adds); a variable class
    or any other path through ``rdf:type`` could read them all.
    """
    from rdflib.paths import MulPath, SequencePath
    from rdflib.paths import Path as RdfPath

    def mentions_type(path: object) -> bool:
        if path == RDF.type:
            return True
        return isinstance(path, RdfPath) and any(
            mentions_type(v) for value in vars(path).values()
            for v in (value if isinstance(value, list | tuple) else [value]))

    algebra = _algebra(text, prefixes)
    if algebra is None:
        return None
    found: set[str] = set()
    stack: list[object] = [algebra]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for _s, p, o in dict.get(item, "triples") or ():  # (rdflib's CompValue.get() raises)
                if not mentions_type(p):
                    continue
                instance_path = (isinstance(p, SequencePath) and len(p.args) == 2 and p.args[0] == RDF.type
                                 and isinstance(p.args[1], MulPath) and p.args[1].path == RDFS.subClassOf
                                 and p.args[1].mod == "*")
                if not isinstance(o, URIRef) or not (p == RDF.type or instance_path):
                    return None
                found.add(str(o))
            stack.extend(dict.values(item))
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return frozenset(found)


def _shape_classes(validator: _Validator, shape: rdflib.term.Node) -> set[str] | None:
    """The classes whose members the queries of ``shape`` (nested shapes included) read; None: any.

    Targets and ``sh:class`` read the members of a class and its subclasses; SPARQL constraints what
    :func:`_sparql_type_classes` finds. Subclasses are not included here.
    """
    shapes = validator.shapes
    found = {*shapes.objects(shape, SH.targetClass), *shapes.objects(shape, SH["class"])}
    if any(not isinstance(c, URIRef) for c in found):
        return None
    classes = {str(c) for c in found}
    for constraint in shapes.objects(shape, SH.sparql):
        select = shapes.value(constraint, SH.select)
        read = _sparql_type_classes(re.sub(r"\$(\w)", r"?\1", str(select)), tuple(validator._prefixes(constraint)))
        if read is None:
            return None
        classes |= read
    nested = [*shapes.objects(shape, SH.property), *shapes.objects(shape, SH.node)]
    for members in shapes.objects(shape, SH["or"]):
        nested.extend(Collection(shapes, members))
    for node in nested:
        inner = _shape_classes(validator, node)
        if inner is None:
            return None
        classes |= inner
    return classes


#: Rough relative cost of a constraint per triple of its path (a join or a grouping costs more than a scan).
_COMPONENT_COST = {SH.minCount: 3, SH.maxCount: 3, SH["class"]: 2, SH.sparql: 0, SH.node: 0, SH["or"]: 0}


def _shape_predicates(validator: _Validator, shape: rdflib.term.Node, uses: Counter[str],
                      via: URIRef | None = None) -> bool:
    """Add to ``uses`` the predicates the shape's queries read, with a rough cost per triple of each.

    Walks what :meth:`_Validator.evaluate` walks: targets, paths, nested shapes and SPARQL constraints.
    Returns False if the shape may read any predicate. A nested shape without a path works on the
    values of its parent's path ``via``.
    """
    shapes = validator.shapes
    cost = sum(_COMPONENT_COST.get(p, 1) for p in shapes.predicates(shape) if p in _SUPPORTED and p not in (
        SH.property, SH.path, SH.message, SH.severity, SH.deactivated, SH.flags, *_TARGETS))
    path = shapes.value(shape, SH.path)
    if path is not None and not isinstance(path, URIRef):
        return False
    if path is not None:
        uses[str(path)] += cost
    elif (shape, SH.datatype, None) in shapes:  # its ill-formed values are looked for under any predicate
        return False
    else:
        uses[str(via if via is not None else RDF.type)] += cost
    uses[str(RDF.type)] += 0
    uses[str(RDFS.subClassOf)] += 0
    for target in (SH.targetSubjectsOf, SH.targetObjectsOf):
        for p in shapes.objects(shape, target):
            uses[str(p)] += 1
    for constraint in shapes.objects(shape, SH.sparql):
        select = shapes.value(constraint, SH.select)
        read = _sparql_predicates(re.sub(r"\$(\w)", r"?\1", str(select)), tuple(validator._prefixes(constraint)))
        if read is None:
            return False
        uses.update({p: 3 for p in read if p != str(RDF.type)})
    nested = [*shapes.objects(shape, SH.property), *shapes.objects(shape, SH.node)]
    for members in shapes.objects(shape, SH["or"]):
        nested.extend(Collection(shapes, members))
    return all(_shape_predicates(validator, n, uses, path if isinstance(path, URIRef) else via) for n in nested)


def _needs(shapes: rdflib.Graph, roots: list[rdflib.term.Node]) -> set[str] | None:
    """The predicates the queries of ``roots`` read (None: any)."""
    validator = _Validator(shapes, ox.Store())
    uses: Counter[str] = Counter()
    if not all(_shape_predicates(validator, root, uses) for root in roots):
        return None
    return set(uses)


@dataclass
class _Share:
    """The top-level shapes one process validates, and the predicates it loads for them (None: all)."""

    roots: list[rdflib.term.Node] = field(default_factory=list)
    predicates: set[str] | None = field(default_factory=set)
    cost: float = 0.0


def _plan(shapes: rdflib.Graph, sample: Counter[str], processes: int,
          roots: list[rdflib.term.Node] | None = None) -> list[_Share]:
    """Split the shapes among processes so that the slowest process has the least to do.

    A process's work is loading the predicates its shapes read (rdf:type is read by most) plus the
    queries, each scanning its predicates; predicate weights are their frequencies in ``sample`` (a
    sample of the data's predicate IRIs). Shapes are placed heaviest first where they add least, then
    moved one at a time between processes while that shortens the slowest.
    """
    validator = _Validator(shapes, ox.Store())
    roots = _roots(shapes) if roots is None else roots
    needs: dict[rdflib.term.Node, Counter[str]] = {}
    for root in roots:
        uses: Counter[str] = Counter()
        if not _shape_predicates(validator, root, uses):
            return [_Share(roots, None)]
        needs[root] = uses

    def query_cost(root: rdflib.term.Node) -> float:
        return sum((sample[p] + 1) * n for p, n in needs[root].items())

    def cost(members: list[rdflib.term.Node]) -> float:
        predicates = {p for root in members for p in needs[root]}
        return _LOAD_COST * sum(sample[p] + 1 for p in predicates) + sum(query_cost(r) for r in members)

    groups: list[list[rdflib.term.Node]] = [[] for _ in range(processes)]
    for root in sorted(roots, key=query_cost, reverse=True):
        min(groups, key=lambda g: cost([*g, root]) - cost(g) + cost(g) / 1e9).append(root)
    improved = True
    while improved:  # move single shapes while the slowest process gets faster
        improved = False
        slowest = max(cost(g) for g in groups)
        for source in groups:
            for root in list(source):
                for target in groups:
                    if target is source:
                        continue
                    rest = [r for r in source if r is not root]
                    others = [cost(g) for g in groups if g is not source and g is not target]
                    if max([cost(rest), cost([*target, root]), *others]) < slowest - 1e-9:
                        source.remove(root)
                        target.append(root)
                        slowest = max(cost(g) for g in groups)
                        improved = True
    return [_Share(sorted(g, key=str), {p for r in g for p in needs[r]}, cost(g)) for g in groups if g]


_Outcome = tuple[list[RawResult], dict[rdflib.term.Node, str]]

PARALLEL_QUADS = 4_000_000
"""From this many quads on, :func:`validate_quads` splits the shapes among one process per core."""


class _Data:
    """Where a share's Store is filled from: pyoxigraph quads already in memory."""

    def __init__(self, quads: Sequence[ox.Quad]) -> None:
        self.quads = quads

    def load(self, store: ox.Store, predicates: set[str] | None, share: int | None = None) -> bool:
        """Add the triples of ``predicates`` (None: all) to ``store``; False if the data cannot be read so."""
        load_store(self.quads, (), predicates, store=store)
        return True


class _TextData(_Data):
    """An N-Quads / N-Triples file in canonical form, read as text (as :mod:`coopkg.nquads_rl` reads it).

    Each share keeps the lines of its predicates, drops their graph names and loads the resulting
    N-Triples in Rust: no Python term per quad. Every read block of the file is also parsed by exactly
    one share (block ``i`` by share ``i % shares``), so the whole file's syntax is checked once.
    """

    def __init__(self, path: str | os.PathLike[str], shares: int) -> None:
        super().__init__(())
        self.path = path
        self.shares = shares

    def load(self, store: ox.Store, predicates: set[str] | None, share: int | None = None) -> bool:
        from .nquads_rl import _canonical, line_blocks

        wanted = None if predicates is None else {f"<{p}>" for p in predicates}
        for index, data in enumerate(line_blocks(self.path)):
            if not _canonical(data) or b"_:" in data or b'\\"^^<' in data:
                return False  # (blank nodes would be renamed, and the datatype encoding be wrong)
            try:
                if share is not None and index % self.shares == share:
                    deque(ox.parse(data, format=ox.RdfFormat.N_QUADS), maxlen=0)
                text = _triples_text(data.decode("utf-8").split("\n"), wanted)
                _load_text(store, text)  # (the syntax is checked by ox.parse, in one share or another)
            except (SyntaxError, ValueError, IndexError):
                return False
        return True


def _share_classes(validator: _Validator, share: _Share) -> set[str] | None:
    """The classes whose ``rdf:type`` triples a share's queries read (None: all), and coop:Release.

    Releases are typed for :func:`release_identifiers`, which a share with results asks.
    """
    classes = {_COOP + "Release"}
    for root in share.roots:
        found = _shape_classes(validator, root)
        if found is None:
            return None
        classes |= found
    return classes


class _ScreenedData(_Data):
    """Each share's N-Triples, cut by polars in the parent (:class:`coopkg.columnar_shacl.Screened`).

    The file was read and its syntax checked once, by polars; a share only loads its text in Rust.
    The releases of the results are looked up by the parent, from what polars has read (a forked
    child must not use polars, whose threads do not survive the fork).
    """

    def __init__(self, texts: list[bytes]) -> None:
        super().__init__(())
        self.texts = texts

    def load(self, store: ox.Store, predicates: set[str] | None, share: int | None = None) -> bool:
        assert share is not None
        _load_text(store, self.texts[share])
        return True



def _triples_text(lines: list[str], wanted: set[str] | None) -> bytes:
    """The N-Triples of the canonical N-Quads ``lines`` whose predicate is ``wanted`` (None: all)."""
    from .nquads_rl import object_end

    triples = []
    for line in lines:
        if not line or line[0] == "#":
            continue
        s, p, rest = line.split(" ", 2)
        if wanted is not None and p not in wanted:
            continue
        triples.append(f"{s} {p} {rest[:object_end(rest)]} .\n")
    return "".join(triples).encode()


_FORKED: tuple[_Data, tuple[ox.Quad, ...], rdflib.Graph, list[_Share]] | None = None
"""The inputs of :func:`_validate_share`, set before forking so that workers inherit them unpickled."""


def _validate_share(index: int) -> _Outcome | None:
    assert _FORKED is not None
    data, ontology, shapes, shares = _FORKED
    share = shares[index]
    started = time.perf_counter()
    store = ox.Store()
    if not data.load(store, share.predicates, index):
        return None
    load_store((), ontology, store=store)
    loaded = time.perf_counter()
    results = _with_values(store, compiled_results(store, shapes, share.roots))
    _log.debug("share %d: %d triples loaded in %.1f s, %d shapes validated in %.1f s (estimated cost %.0f)", index,
               len(store), loaded - started, len(share.roots), time.perf_counter() - loaded, share.cost)
    if not results or isinstance(data, _ScreenedData):  # (then the parent looks the releases up)
        return results, {}
    missing = _RELEASE_PREDICATES - share.predicates if share.predicates is not None else set()
    if missing:
        data.load(store, missing)
    return results, release_identifiers(store, {r.focus for r in results})


def _with_values(store: ox.Store, results: list[RawResult]) -> list[RawResult]:
    """Results naming a path but no value (sh:maxCount) get the focus node's values on it: what clashes."""
    out = []
    for r in results:
        if r.value is None and r.path is not None and not r.path.startswith("_:") and not isinstance(r.focus, BNode):
            rows = store.query(f"SELECT ?v WHERE {{ {_sparql_term(r.focus)} <{r.path}> ?v }}",
                               use_default_graph_as_union=False)
            r = replace(r, values=tuple(_decode(row[0]) for row in rows))  # type: ignore[index, union-attr]
        out.append(r)
    return out


def _shares(shapes: rdflib.Graph, sample: Counter[str], quads: int, processes: int | None,
            roots: list[rdflib.term.Node] | None = None) -> list[_Share]:
    """The shares for ``processes`` (default: one per core from :data:`PARALLEL_QUADS` quads on, else 1).

    ``roots``: the top-level shapes to validate (default: all).
    """
    if processes is None:
        processes = (os.cpu_count() or 1) if quads >= PARALLEL_QUADS else 1
    roots = _roots(shapes) if roots is None else roots
    if processes > 1:
        return _plan(shapes, sample, processes, roots)
    return [_Share(roots, None if len(roots) == len(_roots(shapes)) else _needs(shapes, roots))]


def _run_shares(data: _Data, shapes: rdflib.Graph, ontology: Iterable[ox.Quad], shares: list[_Share]
                ) -> _Outcome | None:
    """Validate the shares, the parent one of them and forked processes the others; None if data failed to load."""
    global _FORKED
    _FORKED = (data, tuple(ontology), shapes, shares)
    try:
        if len(shares) == 1:
            return _validate_share(0)
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=len(shares) - 1, mp_context=context) as pool:
            futures = [pool.submit(_validate_share, i) for i in range(1, len(shares))]
            outcomes = [_validate_share(0), *(f.result() for f in futures)]
    finally:
        _FORKED = None
    if any(outcome is None for outcome in outcomes):
        return None
    results = [r for found, _ in outcomes for r in found]  # type: ignore[misc]
    releases: dict[rdflib.term.Node, str] = {}
    for _, found_releases in outcomes:  # type: ignore[misc]
        releases.update(found_releases)
    return results, releases


def validate_quads(data: RdfData, shapes: rdflib.Graph, ontology: Iterable[ox.Quad] = (),
                   processes: int | None = None) -> _Outcome:
    """All results of the shapes on the data (unsorted), and the release identifier of their focus nodes.

    With ``processes`` > 1 the shapes are split among forked processes (:func:`_plan`); the parent
    validates one share itself. Each process builds its own Store with only the predicates its shapes
    read, so building the Stores, which costs as much as the queries, is split too. The default for
    large graphs only (:data:`PARALLEL_QUADS`): at 2.2M quads on 2 cores it is no faster (10.7 s vs
    10.4 s) than one process whose queries run on a thread per core, because the shares overlap
    (rdf:type, labels), the split is only estimated and the forked process copies the pages of the
    quads it reads; at 8.7M quads it is (44–46 s vs 55 s).

    :param data: quads (a list is used as it is; others are converted), an rdflib graph or dataset,
        or a pyoxigraph Dataset. A pyoxigraph *Store* is accepted but has already canonicalised its
        literals (``"5"^^xsd:nonNegativeInteger`` is ``"5"^^xsd:integer`` in it), which sh:datatype sees.
    :param processes: how many processes to use (default: one per core from :data:`PARALLEL_QUADS`
        quads on, else 1).
    """
    quads: Sequence[ox.Quad] = data if isinstance(data, list | tuple) else list(_oxigraph_quads(data))
    if quads and not isinstance(quads[0], ox.Quad):
        quads = list(_oxigraph_quads(quads))
    sample = Counter(q.predicate.value for q in quads[::max(1, len(quads) // 50_000)])
    shares = _shares(shapes, sample, len(quads), processes)
    outcome = _run_shares(_Data(quads), shapes, ontology, shares)
    assert outcome is not None  # quads always load
    return outcome


def validate_file(path: str | os.PathLike[str], shapes: rdflib.Graph, ontology: Iterable[ox.Quad] = (),
                  processes: int | None = None) -> _Outcome | None:
    """:func:`validate_quads` of an N-Quads / N-Triples file, read as text: no Python term per quad.

    The same results, when the file is in canonical N-Triples syntax without blank nodes (what
    ``coopkg build`` writes); None for any other file, whose caller parses it into quads instead
    (and reports its syntax errors). ``processes`` defaults as in :func:`validate_quads`, the number
    of quads being estimated from the file's size.

    The shapes :func:`coopkg.columnar_shacl.shapes_without_results` proves to have no result (with
    polars, straight from the file) are not run on a Store at all, and the Stores hold only the
    predicates the other shapes read: most of the cost at scale was filling Stores.
    """
    from .columnar_shacl import screen
    from .nquads_rl import _CHUNK

    with open(path, "rb") as stream:
        head = stream.read(_CHUNK // 16)
    lines = head.decode("utf-8", errors="replace").split("\n")[:-1]
    if not lines:
        return None
    ontology = tuple(ontology)
    screened = screen(path, shapes, ontology)
    roots = [root for root in _roots(shapes) if screened is None or root not in screened.without_results]
    if not roots:  # (and the whole file was read as well-formed N-Quads)
        return [], {}
    sample = Counter(line.split(" ", 2)[1][1:-1] for line in lines if line.count(" ") >= 3)
    estimate = os.path.getsize(path) * len(lines) // max(1, len(head))
    shares = _shares(shapes, sample, estimate, processes, roots)
    data: _Data = _TextData(path, len(shares))
    if screened is not None:
        validator = _Validator(shapes, ox.Store())
        texts = [screened.ntriples(share.predicates, _share_classes(validator, share)) for share in shares]
        if not any(b'\\"^^<' in text for text in texts):  # (the datatype encoding would change such a literal)
            data = _ScreenedData(texts)
    outcome = _run_shares(data, shapes, ontology, shares)
    if outcome is not None and outcome[0] and isinstance(data, _ScreenedData):
        nodes = {r.focus for r in outcome[0]}
        store = ox.Store()
        _load_text(store, screened.release_links(str(n) for n in nodes if isinstance(n, URIRef)))  # type: ignore[union-attr]
        return outcome[0], release_identifiers(store, nodes)
    return outcome


def release_identifiers(store: ox.Store, nodes: set[rdflib.term.Node]) -> dict[rdflib.term.Node, str]:
    """coopkg.validation's release index for ``nodes``: itself, then reportedIn, inRelease, mentions."""
    identifiers: dict[str, str] = {}
    query = f"SELECT ?r ?id WHERE {{ ?r <{RDF.type}> <{_COOP}Release> ; <{DCTERMS.identifier}> ?id }}"
    for row in store.query(query, use_default_graph_as_union=False):  # type: ignore[union-attr]
        release = _term_key(_decode(row[0]))  # type: ignore[arg-type]
        identifier = str(_decode(row[1]))  # type: ignore[arg-type]
        if release not in identifiers or identifier < identifiers[release]:
            identifiers[release] = identifier
    found: dict[rdflib.term.Node, str] = {}
    pending = []
    for node in nodes:
        key = _term_key(node)
        if key in identifiers:
            found[node] = identifiers[key]
        elif not isinstance(node, Literal):
            pending.append(node)
    patterns = (f"?node <{_COOP}reportedIn> ?r", f"?node <{_COOP}inRelease> ?r", f"?r <{_COOP}mentions> ?node")
    for pattern in patterns:
        candidates: dict[rdflib.term.Node, list[str]] = defaultdict(list)
        named = [n for n in pending if not isinstance(n, BNode)]
        chunks = [" ".join(_sparql_term(n) for n in named[i:i + 2000]) for i in range(0, len(named), 2000)]
        queries = [f"SELECT ?node ?r WHERE {{ VALUES ?node {{ {chunk} }} {pattern} }}" for chunk in chunks]
        if len(named) < len(pending):  # blank nodes cannot be named in a query: scan for them
            queries.append(f"SELECT ?node ?r WHERE {{ {pattern} FILTER (isBlank(?node)) }}")
        wanted = {_term_key(n) for n in pending}
        for text in queries:
            for row in store.query(text, use_default_graph_as_union=False):  # type: ignore[union-attr]
                node = _decode(row[0])  # type: ignore[arg-type]
                release = _term_key(_decode(row[1]))  # type: ignore[arg-type]
                if release in identifiers and _term_key(node) in wanted:
                    candidates[node].append(identifiers[release])
        for node, ids in candidates.items():
            found[node] = min(ids)
        pending = [n for n in pending if n not in found]
    if pending:
        from .validation import release_by_iri

        releases = {str(release).strip("<>"): identifier for release, identifier in identifiers.items()}
        for node in pending:
            identifier = release_by_iri(str(node), releases)
            if identifier is not None:
                found[node] = identifier
    return found
