"""SHACL validation of a coopkg graph, with reports a person can act on.

The shapes (``shapes/coopkg-shapes.ttl``) are run by pyshacl on the union of all named graphs, with the
ontology as pyshacl's ``ont_graph`` (so ``sh:class`` sees the class hierarchy) and no inference: the
shapes target the ``coop:`` classes the graph states explicitly. SHACL-SPARQL constraints (date order,
dates against the publication date, ...) need pyshacl's ``advanced`` mode.

**Conformance.** The SHACL specification calls a graph non-conforming as soon as there is any result.
coopkg calls it conforming when there is no ``sh:Violation``: warnings (``sh:Warning``, ``sh:Info``)
flag the suspicious, not the broken, so a graph with warnings only still conforms (and ``coopkg
validate`` exits 0). The report graph's ``sh:conforms`` follows the same rule.

Each result says which release its focus node came from (the release's ``dcterms:identifier``), so a
problem leads straight back to the input file.

>>> import rdflib
>>> g = rdflib.Graph().parse(format="turtle", data='''
... @prefix coop: <https://w3id.org/coopkg/ontology#> .
... <https://w3id.org/coopkg/id/release/r1> a coop:Release .''')
>>> report = validate(g)
>>> report.conforms, [r.shape.split("#")[1] for r in report.results]
(False, ['Release-identifier'])
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyshacl
import rdflib
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from .errors import InputError
from .graphio import PREFIXES, RdfData, quiet_rdflib
from .resources import ontology_path, shapes_path

__all__ = ["ENGINES", "ValidationReport", "ValidationResult", "validate", "validate_file"]

_COOP = rdflib.Namespace("https://w3id.org/coopkg/ontology#")
_COOPSH = "https://w3id.org/coopkg/shapes#"

#: Prefixes used to show IRIs compactly in text reports and in the Turtle report (longest match wins).
_TEXT_PREFIXES: dict[str, str] = {**PREFIXES, "coopsh": _COOPSH}

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result, flattened to strings.

    ``focus``, ``path`` and ``shape`` are full IRIs; ``value`` is an IRI, or a literal in N-Triples
    form (``"2019-13-45"^^<http://www.w3.org/2001/XMLSchema#date>``) so that its datatype shows;
    ``release`` is the ``dcterms:identifier`` of the release the focus node came from, if any;
    ``values``, for a result that names a path but no single value (too many values: ``sh:maxCount``),
    the focus node's values on that path, sorted, in the same form as ``value``: what clashes.
    """

    severity: str
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str
    release: str | None = None
    values: tuple[str, ...] = ()

    def sort_key(self) -> tuple[int, str, str, str, str, str]:
        return (_SEVERITY_ORDER.get(self.severity, 9), self.shape, self.focus, self.path or "",
                self.value or "", self.message)


@dataclass
class ValidationReport:
    """The outcome of :func:`validate`: conformance, the sorted results and three renderings.

    ``conforms`` is False iff at least one result is a ``Violation``; warnings alone still conform.
    """

    conforms: bool
    results: list[ValidationResult]
    shape_labels: dict[str, str] = field(default_factory=dict, repr=False)
    """Shape IRI → its rdfs:label, for the text report."""
    report_graph: rdflib.Graph | None = field(default=None, repr=False, compare=False)
    """pyshacl's report graph (``sh:ValidationReport``), for :meth:`to_turtle`."""

    def count(self, severity: str) -> int:
        """Number of results of ``severity`` ('Violation', 'Warning' or 'Info')."""
        return sum(1 for r in self.results if r.severity == severity)

    @property
    def releases(self) -> list[str]:
        """Identifiers of the releases with at least one result, sorted."""
        return sorted({r.release for r in self.results if r.release is not None})

    def summary(self) -> str:
        """One line, e.g. ``1 violation, 2 warnings in 3 releases``."""
        parts = [_plural(self.count("Violation"), "violation"), _plural(self.count("Warning"), "warning")]
        if self.count("Info"):
            parts.append(_plural(self.count("Info"), "info"))
        return f"{', '.join(parts)} in {_plural(len(self.releases), 'release')}"

    def to_text(self) -> str:
        """A report for people: results grouped by shape (worst first), then a summary line."""
        groups: dict[str, list[ValidationResult]] = {}
        for result in self.results:
            groups.setdefault(result.shape, []).append(result)
        lines = [f"Conforms: {'yes' if self.conforms else 'no'}"]
        ordered = sorted(groups.items(), key=lambda item: (min(r.sort_key() for r in item[1])[0],
                                                           self._label(item[0]), item[0]))
        for shape, results in ordered:
            lines.append("")
            lines.append(f"{self._label(shape)} ({_compact(shape)}): {_plural(len(results), 'result')}")
            for r in results:
                where = _compact(r.focus)
                if r.path is not None:
                    where += f" {_compact(r.path)}"
                if r.value is not None and r.value != r.focus:
                    where += f" = {_compact_value(r.value)}"
                release = f" [release {r.release}]" if r.release is not None else ""
                lines.append(f"  {r.severity}: {where}{release}")
                lines.append(f"    {r.message}")
                if r.values:
                    lines.append(f"    values: {', '.join(_compact_value(v) for v in r.values)}")
        lines.append("")
        lines.append(self.summary())
        return "\n".join(lines) + "\n"

    def to_turtle(self) -> str:
        """pyshacl's report graph in Turtle, byte-identical for the same results.

        Blank nodes are relabelled from their content, so neither rdflib's random labels nor the
        order pyshacl found the results in changes the output.
        """
        graph = _canonical(self.report_graph if self.report_graph is not None else _empty_report(self))
        for prefix, namespace in _TEXT_PREFIXES.items():
            graph.bind(prefix, namespace, override=True, replace=True)
        return graph.serialize(format="turtle")

    def to_json(self) -> str:
        """``{"conforms", "violations", "warnings", "infos", "releases", "results": [...]}``, sorted."""
        document = {
            "conforms": self.conforms,
            "violations": self.count("Violation"),
            "warnings": self.count("Warning"),
            "infos": self.count("Info"),
            "releases": self.releases,
            "results": [asdict(r) for r in sorted(self.results, key=ValidationResult.sort_key)],
        }
        return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    def _label(self, shape: str) -> str:
        return self.shape_labels.get(shape) or _compact(shape)


#: The validators :func:`validate` can use (see :mod:`coopkg.compiled_shacl`).
ENGINES: tuple[str, ...] = ("compiled", "pyshacl")


def validate(dataset: RdfData, engine: str = "compiled", *, processes: int | None = None) -> ValidationReport:
    """Run the coopkg shapes on ``dataset`` (a Dataset's graphs are merged first).

    Works on any parsed graph: problems in the data become results, never exceptions.

    :param engine: ``"compiled"`` (default: the shapes translated to whole-graph SPARQL run by
        pyoxigraph, :mod:`coopkg.compiled_shacl`; proven to give pyshacl's results) or ``"pyshacl"``
        (the reference validator, slow on large graphs). The compiled engine also accepts a list of
        pyoxigraph quads (fastest: what ``pyoxigraph.parse`` gives) or a pyoxigraph Store (whose
        literals pyoxigraph has already canonicalised: ``xsd:nonNegativeInteger`` values come out as
        ``xsd:integer``, which sh:datatype then reports).
    :param processes: compiled engine only: how many processes validate (default: one per core for
        graphs of 4M quads or more, else 1, whose queries use every core; see
        :func:`coopkg.compiled_shacl.validate_quads`).
    :raises InputError: for an unknown engine.
    """
    if engine == "compiled":
        return _validate_compiled(dataset, processes)
    if engine != "pyshacl":
        raise InputError(f"unknown validation engine '{engine}' (choose from {', '.join(ENGINES)})")
    if not isinstance(dataset, rdflib.Graph):
        raise InputError("the pyshacl engine needs an rdflib graph or dataset")
    data = _union(dataset)
    releases = _ReleaseIndex(data)
    shapes, ontology = _shapes_and_ontology()
    with quiet_rdflib():
        _conforms, report_graph, _text = pyshacl.validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            advanced=True,
            allow_warnings=True,
            allow_infos=True,
            inplace=True,  # ``data`` is our own copy, and its class prepares each SPARQL text once
        )
    assert isinstance(report_graph, rdflib.Graph)
    results = sorted(_results(report_graph, releases, data), key=ValidationResult.sort_key)
    return ValidationReport(
        conforms=not any(r.severity == "Violation" for r in results),
        results=results,
        shape_labels=_shape_labels(shapes),
        report_graph=report_graph,
    )


def validate_file(path: str | os.PathLike[str], engine: str = "compiled", *,
                  processes: int | None = None) -> ValidationReport:
    """:func:`validate` of a graph file; an N-Quads / N-Triples file is read as text when it can be.

    With the compiled engine, a canonical N-Quads or N-Triples file without blank nodes (what
    ``coopkg build`` writes) goes into the validator's Stores without a Python term per quad
    (:func:`coopkg.compiled_shacl.validate_file`): same report, at 100k releases tens of seconds
    less. Any other file is parsed as usual.

    :raises InputError: one line, for a missing, unreadable, empty, binary or invalid file.
    """
    from .graphio import load_graph, load_quads
    from .nquads_rl import readable_text_file

    if engine == "compiled" and readable_text_file(path):
        from .compiled_shacl import validate_file as validate_text

        shapes, ontology = _compiled_inputs()
        found = validate_text(path, shapes, ontology, processes=processes)
        if found is not None:
            return _compiled_report(*found, shapes)
    return validate(load_quads(path) if engine == "compiled" else load_graph(path), engine, processes=processes)


def _compiled_inputs() -> tuple[rdflib.Graph, tuple[Any, ...]]:
    shapes_file, ontology_file = shapes_path(), ontology_path()
    return (_load(shapes_file, os.stat(shapes_file).st_mtime_ns),
            _ontology_quads(ontology_file, os.stat(ontology_file).st_mtime_ns))


def _validate_compiled(dataset: RdfData, processes: int | None = None) -> ValidationReport:
    """:func:`validate` with :mod:`coopkg.compiled_shacl`: same results, report graph rebuilt from them."""
    from .compiled_shacl import validate_quads

    shapes, ontology = _compiled_inputs()
    return _compiled_report(*validate_quads(dataset, shapes, ontology, processes=processes), shapes)


def _compiled_report(raw: list[Any], releases: dict[Any, str], shapes: rdflib.Graph) -> ValidationReport:
    results = sorted(
        (ValidationResult(
            severity=r.severity,
            focus=_term_text(r.focus),
            path=r.path,
            value=_term_text(r.value) if r.value is not None else None,
            message=r.message,
            shape=r.shape,
            release=releases.get(r.focus),
            values=tuple(sorted(_term_text(v) for v in r.values)),
        ) for r in raw),
        key=ValidationResult.sort_key,
    )
    conforms = not any(r.severity == "Violation" for r in results)
    return ValidationReport(conforms=conforms, results=results, shape_labels=_shape_labels(shapes),
                            report_graph=_report_graph(raw, conforms))


@cache
def _ontology_quads(path: Path, _mtime_ns: int) -> tuple[Any, ...]:
    import pyoxigraph as ox

    with path.open("rb") as handle:
        return tuple(ox.parse(handle, format=ox.RdfFormat.TURTLE, base_iri=path.as_uri()))


def _report_graph(raw: list[Any], conforms: bool) -> rdflib.Graph:
    """A SHACL report graph (§3.6) for compiled results: one sh:result per result, as pyshacl writes it."""
    graph = rdflib.Graph()
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(conforms)))
    for r in raw:
        node = BNode()
        graph.add((report, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.focusNode, r.focus))
        graph.add((node, SH.resultSeverity, SH[r.severity]))
        graph.add((node, SH.sourceShape, URIRef(r.shape) if not r.shape.startswith("_:") else BNode(r.shape[2:])))
        graph.add((node, SH.sourceConstraintComponent, SH[r.component]))
        if r.path is not None:
            graph.add((node, SH.resultPath, URIRef(r.path)))
        if r.value is not None:
            graph.add((node, SH.value, r.value))
        if r.message:
            graph.add((node, SH.resultMessage, Literal(r.message)))
        if r.constraint is not None:
            graph.add((node, SH.sourceConstraint, URIRef(r.constraint)))
    return graph


# ------------------------------------------------------------------------------------ reading results


def _results(report: rdflib.Graph, releases: _ReleaseIndex, data: rdflib.Graph) -> Iterator[ValidationResult]:
    """The top-level results of the report (nested ``sh:detail`` results stay in the graph only)."""
    for report_node in report.subjects(RDF.type, SH.ValidationReport):
        for node in report.objects(report_node, SH.result):
            focus = report.value(node, SH.focusNode)
            severity = report.value(node, SH.resultSeverity)
            path = report.value(node, SH.resultPath)
            value = report.value(node, SH.value)
            yield ValidationResult(
                severity=_local_name(severity) if severity is not None else "Violation",
                focus=_term_text(focus) if focus is not None else "",
                path=_path_text(report, path) if path is not None else None,
                value=_term_text(value) if value is not None else None,
                message=_message(report, node),
                shape=_term_text(report.value(node, SH.sourceShape)),
                release=releases.release_of(focus),
                values=tuple(sorted(_term_text(v) for v in data.objects(focus, path)))
                if value is None and isinstance(path, URIRef) and focus is not None else (),
            )


def _message(report: rdflib.Graph, node: rdflib.term.Node) -> str:
    """The result's message, preferring English or untagged text; deterministic when there are several."""
    messages = [m for m in report.objects(node, SH.resultMessage) if isinstance(m, Literal)]
    if not messages:
        return ""
    best = min(messages, key=lambda m: (m.language not in (None, "en"), str(m)))
    return " ".join(str(best).split())


def _term_text(term: rdflib.term.Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return str(term)
    return term.n3()  # literal in N-Triples form; blank node as _:label


def _path_text(graph: rdflib.Graph, path: rdflib.term.Node, depth: int = 0) -> str:
    """A SHACL property path in SPARQL syntax (IRIs in full, between angle brackets when complex)."""
    if isinstance(path, URIRef):
        return str(path) if depth == 0 else f"<{path}>"
    if depth > 10:
        return "…"
    if (path, RDF.first, None) in graph:
        return "/".join(_path_text(graph, p, depth + 1) for p in Collection(graph, path))
    for predicate, template in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "({})*"),
                                (SH.oneOrMorePath, "({})+"), (SH.zeroOrOnePath, "({})?")):
        inner = graph.value(path, predicate)
        if inner is not None:
            return template.format(_path_text(graph, inner, depth + 1))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        items = Collection(graph, alternatives)
        return "(" + "|".join(_path_text(graph, p, depth + 1) for p in items) + ")"
    return path.n3()


def _local_name(iri: rdflib.term.Node) -> str:
    return re.split(r"[#/]", str(iri))[-1]


# the kinds of node minted per release, their IRIs led by the release's slug (see coopkg.mapping)
_PER_RELEASE = re.compile(
    r"^(https://w3id\.org/coopkg/id/)(?:meeting|chairmanship|participation|span|extraction)/(.+)$")


def release_by_iri(node: str, releases: dict[str, str]) -> str | None:
    """The identifier of the release a meeting, chairmanship, participation, span or extraction IRI was
    minted for (``meeting/dev-001-1`` → ``dev-001``), from ``releases`` (release IRI → identifier).

    The fallback when the node's links to its release are what is broken (a deleted coop:reportedIn).
    """
    match = _PER_RELEASE.match(node)
    if match is None:
        return None
    namespace, local = match.groups()
    while True:  # the longest slug that leads the local name, cut at its hyphens
        identifier = releases.get(f"{namespace}release/{local}")
        if identifier is not None:
            return identifier
        if "-" not in local:
            return None
        local = local.rsplit("-", 1)[0]


class _ReleaseIndex:
    """Finds the release a node came from: itself, via coop:reportedIn, coop:inRelease or coop:mentions.

    When several releases qualify (an agency many releases mention) the smallest identifier is used,
    so reports stay deterministic.
    """

    def __init__(self, data: rdflib.Graph) -> None:
        self._data = data
        self._identifiers: dict[rdflib.term.Node, str] = {}
        for release in data.subjects(RDF.type, _COOP.Release):
            identifiers = sorted(str(i) for i in data.objects(release, DCTERMS.identifier))
            if identifiers:
                self._identifiers[release] = identifiers[0]
        self._by_iri = {str(release): identifier for release, identifier in self._identifiers.items()}

    def release_of(self, node: rdflib.term.Node | None) -> str | None:
        if node is None:
            return None
        if node in self._identifiers:
            return self._identifiers[node]
        for candidates in (
            self._data.objects(node, _COOP.reportedIn),
            self._data.objects(node, _COOP.inRelease),
            self._data.subjects(_COOP.mentions, node),
        ):
            found = sorted(self._identifiers[c] for c in candidates if c in self._identifiers)
            if found:
                return found[0]
        return release_by_iri(str(node), self._by_iri)


# ------------------------------------------------------------------------------------- text rendering


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _compact(iri: str) -> str:
    """``https://w3id.org/coopkg/id/meeting/x`` → ``id:meeting/x`` (for people, not for parsers)."""
    best = ""
    for namespace in _TEXT_PREFIXES.values():
        if iri.startswith(namespace) and len(namespace) > len(best) and len(iri) > len(namespace):
            best = namespace
    if not best:
        return iri if iri.startswith("_:") else f"<{iri}>"
    prefix = next(p for p, ns in _TEXT_PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best):]}"


def _compact_value(value: str) -> str:
    """Literals keep their N-Triples form with a compact datatype; IRIs are compacted."""
    if value.startswith('"'):
        return re.sub(r"\^\^<([^>]*)>$", lambda m: "^^" + _compact(m.group(1)), value)
    return _compact(value)


# -------------------------------------------------------------------------------------- turtle report


def _canonical(graph: rdflib.Graph) -> rdflib.Graph:
    """A copy of ``graph`` whose blank nodes are named after a hash of what they contain."""
    signatures: dict[BNode, str] = {}

    def signature(node: BNode, seen: frozenset[BNode]) -> str:
        if node in signatures:
            return signatures[node]
        if node in seen:  # a cycle: cut it (reports are trees, so this is only a guard)
            return "cycle"
        parts = sorted(
            f"{p.n3()} {signature(o, seen | {node}) if isinstance(o, BNode) else o.n3()}"
            for p, o in graph.predicate_objects(node)
        )
        digest = hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]
        signatures[node] = digest
        return digest

    def rename(term: rdflib.term.Node) -> rdflib.term.Node:
        return BNode("b" + signature(term, frozenset())) if isinstance(term, BNode) else term

    canonical = rdflib.Graph()
    for s, p, o in graph:
        canonical.add((rename(s), p, rename(o)))
    return canonical


def _empty_report(report: ValidationReport) -> rdflib.Graph:
    """A minimal report graph for a ValidationReport built by hand (without pyshacl's graph)."""
    graph = rdflib.Graph()
    node = BNode()
    graph.add((node, RDF.type, SH.ValidationReport))
    graph.add((node, SH.conforms, Literal(report.conforms)))
    return graph


# ------------------------------------------------------------------------------------ inputs, caching


class _PreparedQueryGraph(rdflib.Graph):
    """A graph that parses each SPARQL text once, however often it is run.

    pyshacl runs a SPARQL constraint once per focus node, always with the same text and the focus
    node passed as an initial binding; rdflib would parse the text on every call (tens of ms with
    pyparsing), which made parsing nine tenths of the validation time. A prepared query is meant to
    be reused with different bindings, so results are unchanged.
    """

    def __init__(self) -> None:
        super().__init__()
        self._prepared: dict[tuple[str, tuple[tuple[str, str], ...]], Query] = {}

    def query(  # type: ignore[override]
        self,
        query_object: str | Query,
        processor: str = "sparql",
        result: str = "sparql",
        initNs: Mapping[str, Any] | None = None,
        initBindings: Mapping[str, rdflib.term.Identifier] | None = None,
        use_store_provided: bool = True,
        **kwargs: Any,
    ) -> rdflib.query.Result:
        if isinstance(query_object, str) and processor == "sparql" and "base" not in kwargs:
            namespaces = dict(initNs) if initNs is not None else dict(self.namespaces())
            key = (query_object, tuple(sorted((k, str(v)) for k, v in namespaces.items())))
            prepared = self._prepared.get(key)
            if prepared is None:
                prepared = self._prepared[key] = prepareQuery(query_object, initNs=namespaces)
            query_object = prepared
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided,
                             **kwargs)


def _union(dataset: rdflib.Graph) -> rdflib.Graph:
    """A fresh graph with every triple of every graph of ``dataset`` (each once)."""
    union = _PreparedQueryGraph()
    if isinstance(dataset, rdflib.ConjunctiveGraph):  # Dataset is one too
        for s, p, o, _context in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in dataset:
            union.add(triple)
    return union


def _shapes_and_ontology() -> tuple[rdflib.Graph, rdflib.Graph]:
    shapes, ontology = shapes_path(), ontology_path()
    return _load(shapes, os.stat(shapes).st_mtime_ns), _load(ontology, os.stat(ontology).st_mtime_ns)


@cache
def _load(path: Path, _mtime_ns: int) -> rdflib.Graph:
    """Parse a packaged Turtle file once per version of it (pyshacl does not modify these graphs)."""
    return rdflib.Graph().parse(path, format="turtle")


def _shape_labels(shapes: rdflib.Graph) -> dict[str, str]:
    labels: dict[str, str] = {}
    for shape, label in shapes.subject_objects(RDFS.label):
        if isinstance(shape, URIRef) and isinstance(label, Literal) and label.language in (None, "en"):
            labels[str(shape)] = min(labels.get(str(shape), str(label)), str(label))
    return labels

