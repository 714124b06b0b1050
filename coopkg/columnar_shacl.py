"""Which shapes have no result on an N-Quads file, worked out with polars joins before any Store is built.

:mod:`coopkg.compiled_shacl` answers every shape with SPARQL on pyoxigraph Stores, and filling those
Stores costs more than the queries: ~2.2 µs per triple, 25 s per process at 100k releases. Most of
the shapes' constraint components, though, are set operations over the triples of one predicate
(counts per focus node, a datatype per value, membership of a class ...), which polars does in
native code on every core straight from the file. So each top-level shape is first evaluated here,
as the set of focus nodes that would get at least one result:

* if that set is known to be empty, the shape has no result and is not run on a Store at all;
* otherwise (it has results, or uses something this module does not evaluate: SPARQL-based
  constraints, ``sh:pattern``, blank-node constants ...) the shape is validated by
  :mod:`coopkg.compiled_shacl` as before, which also writes the results. The report is therefore the
  same in every case; this module only decides which shapes need the Store.

The semantics are those of :class:`coopkg.compiled_shacl._Validator` (which equal pyshacl's): the
union of the graphs plus the ontology, SHACL instances through ``rdf:type/rdfs:subClassOf*``,
``COUNT(DISTINCT ?value)`` for cardinalities, lexical forms checked by rdflib for ``sh:datatype``.
Term texts are compared raw, as pyshacl compares rdflib terms (no canonicalisation of literals);
where two texts could name one term (a language tag's case), the node counts as failing, so the
screen can only leave more to the Store, never clear a shape that has a result
(``tests/test_columnar_shacl.py``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl
import pyoxigraph as ox
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SH, XSD

from .columnar_rl import ntriples, scan_triples
from .compiled_rl import _TYPE_KEY
from .compiled_shacl import _COOP, UnsupportedShapeError, _datatype_ok, _roots, _Validator

__all__ = ["Screened", "screen"]

_SUBCLASS = f"<{RDFS.subClassOf}>"
#: Shape predicates that take no part in which focus nodes have results.
_INERT = {SH.path, SH.message, SH.severity, SH.deactivated, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
          SH.targetObjectsOf, SH.flags}
_NODE_KIND_TESTS = {
    SH.IRI: ("<",), SH.BlankNode: ("_:",), SH.Literal: ('"',), SH.BlankNodeOrIRI: ("_:", "<"),
    SH.BlankNodeOrLiteral: ("_:", '"'), SH.IRIOrLiteral: ("<", '"'),
}


class _Unknown(Exception):
    """The shape uses something this module does not evaluate: leave it to the Store."""


@dataclass
class Screened:
    """A file's triples read by polars, and the top-level shapes they give no result."""

    triples: pl.DataFrame
    """The file's triples (categoricals ``s``, ``p``, ``o``; once per graph they are in), without the ontology."""
    without_results: set[rdflib.term.Node]
    subclasses: dict[str, set[str]]
    """Class → its direct subclasses (N-Triples texts), from the data and the ontology."""

    def ntriples(self, predicates: Iterable[str] | None, classes: Iterable[str] | None = None) -> bytes:
        """The distinct triples of ``predicates`` (IRIs; None: all) as N-Triples, to load a Store in Rust.

        ``classes`` (IRIs): keep only the ``rdf:type`` triples of these classes and their subclasses.
        """
        rows = self.triples
        if predicates is not None:
            rows = rows.filter(pl.col("p").is_in([f"<{p}>" for p in predicates]))
        if classes is not None:
            kept = _subclasses_of({f"<{c}>" for c in classes}, self.subclasses)
            rows = rows.filter((pl.col("p") != _TYPE_KEY) | pl.col("o").is_in(list(kept)))
        return ntriples(rows.unique(["s", "p", "o"]))

    def release_links(self, nodes: Iterable[str]) -> bytes:
        """What :func:`coopkg.compiled_shacl.release_identifiers` reads about ``nodes`` (IRIs), as N-Triples.

        Their ``reportedIn`` / ``inRelease`` links, the ``mentions`` of them, and the type and identifier
        of every release among them or linked to them: a small Store answers for them as the whole would.
        """
        keys = [f"<{n}>" for n in nodes]
        s, p, o = pl.col("s"), pl.col("p"), pl.col("o")
        rows = self.triples
        links = rows.filter((p.is_in([f"<{_COOP}reportedIn>", f"<{_COOP}inRelease>"]) & s.is_in(keys))
                            | ((p == f"<{_COOP}mentions>") & o.is_in(keys)))
        # every release's type and identifier: a node whose links are what is broken is placed by its IRI
        # (coopkg.validation.release_by_iri), against all the releases
        typed = rows.filter((p == _TYPE_KEY) & (o == f"<{_COOP}Release>"))
        releases = {*keys, *typed.get_column("s").cast(pl.String).to_list()}
        about = rows.filter(s.is_in(list(releases)) & (p == f"<{DCTERMS.identifier}>"))
        return ntriples(pl.concat([links, typed, about]).unique(["s", "p", "o"]))


def screen(path: str | os.PathLike[str], shapes: rdflib.Graph, ontology: Iterable[ox.Quad] = ()) -> Screened | None:
    """Read the file and find the top-level shapes proven to give no result (the ontology merged in).

    None when the file is not canonical, well-formed N-Quads / N-Triples without blank nodes (see
    :func:`coopkg.columnar_rl.scan_triples` with ``strict``): the caller then validates every shape
    the usual way, which also reports syntax errors.
    """
    data = scan_triples(path, strict=True)
    if data is None:
        return None
    merged = data
    extra = [(str(q.subject), str(q.predicate), str(q.object)) for q in ontology]
    if extra:
        added = pl.DataFrame(extra, schema={"s": pl.String, "p": pl.String, "o": pl.String}, orient="row")
        merged = pl.concat([data, added.with_columns(pl.all().cast(pl.Categorical),
                                                     literal=pl.col("o").str.starts_with('"'))])
    evaluator = _Evaluator(shapes, merged)
    proven = set()
    for root in _roots(shapes):
        try:
            focus = evaluator.targets(root)
            if evaluator.failing(root, focus, top_level=True).is_empty():
                proven.add(root)
        except (_Unknown, UnsupportedShapeError):
            continue
    return Screened(data.drop("literal"), proven, evaluator.subclasses)


class _Evaluator:
    """The focus nodes with results, per shape, over one table of triples (categoricals ``s``, ``p``, ``o``)."""

    def __init__(self, shapes: rdflib.Graph, data: pl.DataFrame) -> None:
        self.shapes = shapes
        self.validator = _Validator(shapes, ox.Store())  # (for the shapes' structure only: no query is run)
        self.data = data
        self._by_predicate: dict[str, pl.DataFrame] = {}
        self._instances: dict[rdflib.term.Node, pl.DataFrame] = {}
        sub = self.predicate(_SUBCLASS).select(pl.col("s", "o").cast(pl.String))
        self.subclasses: dict[str, set[str]] = defaultdict(set)
        for s, o in sub.iter_rows():
            self.subclasses[o].add(s)

    # ------------------------------------------------------------------------------------------ data

    def predicate(self, p: str) -> pl.DataFrame:
        """Subjects and objects of the predicate ``p`` (an N-Triples IRI), duplicates kept."""
        found = self._by_predicate.get(p)
        if found is None:
            found = self._by_predicate[p] = self.data.filter(pl.col("p") == p).select("s", "o", "literal")
        return found

    def instances(self, cls: rdflib.term.Node) -> pl.DataFrame:
        """SHACL instances of ``cls`` (``rdf:type/rdfs:subClassOf*``), column ``node``, each once."""
        found = self._instances.get(cls)
        if found is None:
            classes = _subclasses_of({_term(cls)}, self.subclasses)
            types = self.predicate(_TYPE_KEY)
            found = self._instances[cls] = (types.filter(pl.col("o").cast(pl.String).is_in(list(classes)))
                                            .select(node="s").unique())
        return found

    def targets(self, shape: rdflib.term.Node) -> pl.DataFrame:
        """The focus nodes of a top-level shape, column ``node``, each once."""
        parts = [self.instances(c) for c in self.shapes.objects(shape, SH.targetClass)]
        for n in self.shapes.objects(shape, SH.targetNode):
            parts.append(_nodes([_term(n)]))
        for p in self.shapes.objects(shape, SH.targetSubjectsOf):
            parts.append(self.predicate(_term(p)).select(node="s"))
        for p in self.shapes.objects(shape, SH.targetObjectsOf):
            parts.append(self.predicate(_term(p)).select(node="o"))
        if not parts:
            raise _Unknown(shape)
        return pl.concat([part.select(pl.col("node").cast(pl.Categorical)) for part in parts]).unique()

    # ------------------------------------------------------------------------------------ evaluation

    def failing(self, shape: rdflib.term.Node, focus: pl.DataFrame, top_level: bool) -> pl.DataFrame:
        """The nodes of ``focus`` (column ``node``) that get at least one result from ``shape``.

        :raises _Unknown: the shape uses something not evaluated here.
        """
        validator = self.validator
        validator.check_supported(shape)
        if validator.deactivated(shape):
            return focus.head(0)
        path = validator.path(shape)
        components = {p for p in self.shapes.predicates(shape) if str(p).startswith(str(SH)) and p not in _INERT}
        if top_level and components - {SH.property} and not validator.messages(shape):
            raise _Unknown(shape)  # (the Store's validator raises the error this deserves)
        if path is not None:
            values = focus.join(self.predicate(_term(path)).rename({"s": "node", "o": "value"}), on="node")
        else:
            values = focus.with_columns(value=pl.col("node"), literal=pl.col("node").cast(pl.String)
                                        .str.starts_with('"'))
        failing: list[pl.DataFrame] = []
        for predicate, value in self.shapes.predicate_objects(shape):
            if predicate in _INERT or not str(predicate).startswith(str(SH)):
                continue
            failing.append(self._component(shape, predicate, value, focus, values, path, top_level))
        if not failing:
            return focus.head(0)
        return pl.concat([f.select(pl.col("node").cast(pl.Categorical)) for f in failing]).unique()

    def _component(self, shape: rdflib.term.Node, predicate: URIRef, value: rdflib.term.Node, focus: pl.DataFrame,
                   values: pl.DataFrame, path: URIRef | None, top_level: bool) -> pl.DataFrame:
        """The focus nodes failing one constraint component of ``shape``."""
        text = pl.col("value").cast(pl.String)
        if predicate == SH.property:
            return self.failing(value, focus, top_level)
        if predicate in (SH.minCount, SH.maxCount):
            counts = values.group_by("node").agg(pl.col("value").n_unique().alias("n"))
            if predicate == SH.maxCount:
                return counts.filter(pl.col("n") > int(value)).select("node")
            counted = focus.join(counts, on="node", how="left").with_columns(pl.col("n").fill_null(0))
            return counted.filter(pl.col("n") < int(value)).select("node")
        if predicate == SH["class"]:
            return values.join(self.instances(value).rename({"node": "value"}), on="value", how="anti").select("node")
        if predicate == SH.nodeKind:
            if value not in _NODE_KIND_TESTS:
                raise _Unknown(value)
            ok = pl.any_horizontal([text.str.starts_with(prefix) for prefix in _NODE_KIND_TESTS[value]])
            return values.filter(~ok).select("node")
        if predicate == SH.datatype:
            return self._datatype(values, value)
        if predicate == SH["in"]:
            members = [_term(m) for m in Collection(self.shapes, value)]
            return values.filter(~text.is_in(members)).select("node")
        if predicate in (SH.minLength, SH.maxLength):
            length = _lexical(text).str.len_chars()
            bad = length < int(value) if predicate == SH.minLength else length > int(value)
            return values.filter(text.str.starts_with("_:") | bad).select("node")
        if predicate == SH.hasValue:
            constant = _term(value)
            if path is None:
                return focus.filter(pl.col("node").cast(pl.String) != constant)
            having = values.filter(text == constant).select("node")
            return focus.join(having, on="node", how="anti")
        if predicate == SH.uniqueLang:
            if not (isinstance(value, Literal) and value.value is True):
                return focus.head(0)
            tagged = values.with_columns(lang=text.str.extract(r'"@([a-zA-Z0-9-]+)$', 1).str.to_lowercase())
            groups = tagged.filter(pl.col("lang").is_not_null()).group_by("node", "lang").agg(
                pl.col("value").n_unique().alias("n"))
            return groups.filter(pl.col("n") > 1).select("node")
        if predicate == SH.node:
            nodes = values.select(node="value").unique()
            bad = self.failing(value, nodes, top_level=False).rename({"node": "value"})
            return values.join(bad, on="value", how="semi").select("node")
        if predicate == SH["or"]:
            nodes = values.select(node="value").unique()
            bad = nodes
            for member in Collection(self.shapes, value):
                bad = bad.join(self.failing(member, nodes, top_level=False), on="node", how="semi")
            return values.join(bad.rename({"node": "value"}), on="value", how="semi").select("node")
        raise _Unknown(predicate)  # sh:sparql, sh:pattern ...

    def _datatype(self, values: pl.DataFrame, datatype: rdflib.term.Node) -> pl.DataFrame:
        """sh:datatype: a literal of exactly that datatype, whose lexical form rdflib accepts."""
        text = pl.col("value").cast(pl.String)
        if datatype == XSD.string:
            return values.filter(~(text.str.starts_with('"') & text.str.ends_with('"'))).select("node")
        if datatype == RDF.langString:
            return values.filter(~(text.str.starts_with('"') & text.str.contains(r'"@[a-zA-Z0-9-]+$'))).select("node")
        if datatype in (RDFS.Literal, RDFS.Datatype) or not isinstance(datatype, URIRef):
            raise _Unknown(datatype)
        suffix = f'"^^<{datatype}>'
        typed = text.str.starts_with('"') & text.str.ends_with(suffix)
        wrong = values.filter(~typed).select("node")
        lexicals = values.filter(typed).select(_lexical(text.str.head(-len(suffix) + 1)).alias("lexical")).unique()
        bad = [x for x in lexicals["lexical"].to_list() if not _datatype_ok(x, str(datatype))]
        if not bad:
            return wrong
        ill_formed = values.filter(typed & _lexical(text.str.head(-len(suffix) + 1)).is_in(bad)).select("node")
        return pl.concat([wrong, ill_formed])


def _subclasses_of(classes: set[str], subclasses: dict[str, set[str]]) -> set[str]:
    """``classes`` and all their subclasses (``rdfs:subClassOf*``)."""
    found, todo = set(classes), list(classes)
    while todo:
        for sub in subclasses.get(todo.pop(), ()):
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


def _term(node: rdflib.term.Node) -> str:
    """A shapes-graph constant as canonical N-Triples text (Oxigraph's), as the data would write it.

    Comparing texts is never more lenient than comparing terms: where two texts differ for one term
    (a language tag's case ...), a node is counted as failing and its shape left to the Store.
    """
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        if node.language:
            return str(ox.Literal(str(node), language=node.language))
        return str(ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype or XSD.string))))
    raise _Unknown(node)  # a blank node constant


def _nodes(texts: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"node": texts}, schema={"node": pl.String}).with_columns(pl.col("node").cast(pl.Categorical))


def _lexical(text: pl.Expr) -> pl.Expr:
    """``STR()`` of a term text: an IRI without its brackets, a literal's unescaped lexical form."""
    quoted = text.str.extract(r'^"(.*)"', 1)
    unescaped = quoted.str.replace_all(r'\"', '"', literal=True).str.replace_all(r"\n", "\n", literal=True) \
        .str.replace_all(r"\r", "\r", literal=True)
    return pl.when(text.str.starts_with("<")).then(text.str.slice(1, text.str.len_chars() - 2)).otherwise(unescaped)
