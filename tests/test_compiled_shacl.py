"""The compiled SHACL validator (:mod:`coopkg.compiled_shacl`) reports exactly what pyshacl reports.

Both engines run on the seed and dev builds, every shapes fixture and mutated builds (a dropped status,
a second label, an ill-formed date, an end before the start, ...); the JSON reports must be identical.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from graph_helpers import first, union
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS

from coopkg import compiled_shacl, validation
from coopkg.compiled_shacl import UnsupportedShapeError, _sparql_predicates, compiled_results, load_store
from coopkg.errors import InputError
from coopkg.graphio import _oxigraph_quads, load_graph
from coopkg.validation import validate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "releases"
DEV = ROOT.parent / "shared" / "dev" / "releases"
FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
COOP = rdflib.Namespace("https://w3id.org/coopkg/ontology#")


def _assert_same(dataset: rdflib.Graph, compiled_input: object = None, processes: int | None = None) -> str:
    reference = validate(dataset, engine="pyshacl")
    compiled = validate(compiled_input if compiled_input is not None else dataset, engine="compiled",
                        processes=processes)
    expected, actual = reference.to_json(), compiled.to_json()
    if expected != actual:
        print("".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                           "pyshacl", "compiled")))
    assert actual == expected
    assert compiled.to_text() == reference.to_text()
    return expected




@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir()))
def test_fixture(fixture: str) -> None:
    _assert_same(load_graph(FIXTURES / fixture))


def test_seed_build(seed_dataset: rdflib.Dataset) -> None:
    _assert_same(seed_dataset)


def test_dev_build(dev_dataset: rdflib.Dataset) -> None:
    _assert_same(dev_dataset)


def _drop_status(g: rdflib.Graph) -> None:
    g.remove((first(g, COOP.Meeting), COOP.status, None))


def _second_label(g: rdflib.Graph) -> None:
    g.add((first(g, COOP.Agency), RDFS.label, Literal("Another name")))
    g.add((first(g, COOP.Person), RDFS.label, Literal("Zweiter Name", lang="de")))


def _ill_formed_date(g: rdflib.Graph) -> None:
    meeting = first(g, COOP.Meeting)
    g.remove((meeting, COOP.startDate, None))
    g.add((meeting, COOP.startDate, Literal("2019-13-45", datatype=XSD.date)))
    release = first(g, COOP.Release)
    g.add((release, COOP.publicationDate, Literal("2020-02-30", datatype=XSD.date)))


def _end_before_start(g: rdflib.Graph) -> None:
    meeting = first(g, COOP.Meeting)
    g.remove((meeting, COOP.startDate, None))
    g.remove((meeting, COOP.endDate, None))
    g.add((meeting, COOP.startDate, Literal("2021-06-10", datatype=XSD.date)))
    g.add((meeting, COOP.endDate, Literal("2021-06-08", datatype=XSD.date)))


def _assorted(g: rdflib.Graph) -> None:
    meeting, chair = first(g, COOP.Meeting), first(g, COOP.Chairmanship) if any(
        g.subjects(RDF.type, COOP.Chairmanship)) else None
    g.add((meeting, COOP.status, COOP.Cancelled))  # second status, not in the list
    g.add((meeting, COOP.participant, Literal("a literal person")))  # sh:class on a literal
    g.add((meeting, COOP.endDate, Literal("2099-12-31", datatype=XSD.date)))  # long meeting
    g.add((meeting, COOP.topic, URIRef("https://w3id.org/coopkg/id/crime-area/unknown")))  # sh:node
    g.add((URIRef("https://w3id.org/coopkg/id/crime-area/unknown"), RDF.type, COOP.CrimeArea))
    g.add((first(g, COOP.Release), COOP.mentions, Literal("x")))  # sh:or
    span = first(g, COOP.TextSpan)
    g.remove((span, COOP.endIndex, None))
    g.add((span, COOP.endIndex, Literal("0", datatype=XSD.nonNegativeInteger)))
    g.add((span, COOP.beginIndex, Literal("-5", datatype=XSD.nonNegativeInteger)))
    g.add((first(g, COOP.Agency), rdflib.SKOS.altLabel, URIRef("https://example.org/not-a-label")))
    g.add((rdflib.BNode("blankmeeting"), RDF.type, COOP.Meeting))  # a blank entity
    if chair is not None:
        g.add((chair, COOP.holder, URIRef("https://w3id.org/coopkg/id/person/nobody")))


MUTATIONS: dict[str, Callable[[rdflib.Graph], None]] = {
    "drop-status": _drop_status,
    "second-label": _second_label,
    "ill-formed-date": _ill_formed_date,
    "end-before-start": _end_before_start,
    "assorted": _assorted,
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_mutated_build(mutation: str, seed_dataset: rdflib.Dataset) -> None:
    graph = union(seed_dataset)
    MUTATIONS[mutation](graph)
    report = _assert_same(graph)
    assert '"violations": 0' not in report or mutation == "second-label"


def test_mutated_dev_build(dev_dataset: rdflib.Dataset) -> None:
    graph = union(dev_dataset)
    for mutate in MUTATIONS.values():
        mutate(graph)
    _assert_same(graph)


def test_worker_processes(dev_dataset: rdflib.Dataset) -> None:
    """Large inputs are split among forked processes, each with its own Store: same report, from quads too."""
    graph = union(dev_dataset)
    for mutate in MUTATIONS.values():
        mutate(graph)
    report = _assert_same(graph, processes=2)
    assert '"violations": 0' not in report
    _assert_same(dev_dataset, list(_oxigraph_quads(dev_dataset)), processes=3)


def test_large_graphs_are_split_among_processes_by_default(dev_dataset: rdflib.Dataset,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    quads = list(_oxigraph_quads(dev_dataset))
    planned: list[int] = []
    plan = compiled_shacl._plan

    def recorded(shapes: rdflib.Graph, data: list[ox.Quad], processes: int, roots: object = None) -> object:
        planned.append(processes)
        return plan(shapes, data, processes, roots)  # type: ignore[arg-type]

    monkeypatch.setattr(compiled_shacl, "_plan", recorded)
    monkeypatch.setattr(compiled_shacl.os, "cpu_count", lambda: 2)
    small = validate(quads).to_json()
    assert planned == []  # the dev build is far below the threshold: one process
    monkeypatch.setattr(compiled_shacl, "PARALLEL_QUADS", len(quads))
    assert validate(quads).to_json() == small
    assert planned == [2]


def test_store_text_route_keeps_terms() -> None:
    """load_store parses N-Triples in Rust, except where that would change blank nodes or literals."""
    ex = "http://example.org/"
    tricky = ox.Literal('says "^^<x> and ends \\', datatype=ox.NamedNode(ex + "dt"))
    quads = [
        ox.Quad(ox.NamedNode(ex + "s"), ox.NamedNode(ex + "p"),
                ox.Literal("05", datatype=ox.NamedNode(str(XSD.nonNegativeInteger))), ox.NamedNode(ex + "g1")),
        ox.Quad(ox.NamedNode(ex + "s"), ox.NamedNode(ex + "p"),
                ox.Literal("05", datatype=ox.NamedNode(str(XSD.nonNegativeInteger))), ox.NamedNode(ex + "g2")),
        ox.Quad(ox.NamedNode(ex + "s"), ox.NamedNode(ex + "q"), ox.Literal("plain"), ox.DefaultGraph()),
    ]
    store = load_store(quads)
    assert len(store) == 2  # graphs merged
    assert {compiled_shacl._decode(q.object) for q in store} == {
        Literal("05", datatype=XSD.nonNegativeInteger, normalize=False), Literal("plain")}
    store = load_store(quads, predicates=[ex + "q"])
    assert [q.predicate.value for q in store] == [ex + "q"]
    for extra in (ox.Quad(ox.BlankNode("b1"), ox.NamedNode(ex + "p"), ox.Literal("x")),  # kept, not renamed
                  ox.Quad(ox.NamedNode(ex + "s"), ox.NamedNode(ex + "p"), tricky)):  # not rewritten
        decoded = {(compiled_shacl._decode(q.subject), compiled_shacl._decode(q.object))
                   for q in load_store([extra, *quads])}
        assert (compiled_shacl._decode(extra.subject), compiled_shacl._decode(extra.object)) in decoded


def test_sparql_predicates() -> None:
    prefixes = (("ex", "http://example.org/"),)
    assert _sparql_predicates("SELECT ?this WHERE { ?this ex:a/ex:b* ?x }", prefixes) >= {
        "http://example.org/a", "http://example.org/b"}
    assert _sparql_predicates("SELECT ?this WHERE { ?this ?p ?x }", prefixes) is None
    assert _sparql_predicates("SELECT ?this WHERE { ?this !ex:a ?x }", prefixes) is None


def test_sparql_type_classes() -> None:
    """Which rdf:type triples a SPARQL constraint can read: only constant classes narrow them."""
    from coopkg.compiled_shacl import _sparql_type_classes

    prefixes = (("ex", "http://example.org/"), ("rdfs", str(RDFS)))
    query = ("SELECT ?this WHERE { ?this a ex:A ; ex:p ?v . "
             "FILTER NOT EXISTS { ?v a/rdfs:subClassOf* ex:B } }")
    assert _sparql_type_classes(query, prefixes) == {"http://example.org/A", "http://example.org/B"}
    assert _sparql_type_classes("SELECT ?this WHERE { ?this ex:p ?v }", prefixes) == frozenset()
    for reads_any in ("SELECT ?this WHERE { ?this a ?class }",  # a variable class
                      "SELECT ?this WHERE { ?this ex:p/a ex:A }",  # another path through rdf:type
                      "SELECT ?this WHERE { ?this a* ex:A }"):
        assert _sparql_type_classes(reads_any, prefixes) is None, reads_any


def test_unknown_engine(seed_dataset: rdflib.Dataset) -> None:
    with pytest.raises(InputError, match="unknown validation engine"):
        validate(seed_dataset, engine="topbraid")


@pytest.mark.parametrize(
    "shape",
    [
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ( ex:a ex:b ) ; sh:minCount 1 ; "
        "sh:message \"m\" ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:a ; sh:lessThan ex:b ; "
        "sh:message \"m\" ] .",
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:a ; sh:minCount 1 ] .",
    ],
)
def test_unsupported_shapes_fail_loudly(shape: str) -> None:
    shapes = rdflib.Graph().parse(format="turtle", data="@prefix sh: <http://www.w3.org/ns/shacl#> . "
                                  "@prefix ex: <http://example.org/> . " + shape)
    data = rdflib.Graph().parse(format="turtle", data="<http://example.org/x> a <http://example.org/C> .")
    with pytest.raises(UnsupportedShapeError):
        compiled_results(load_store(data), shapes)


def test_shapes_sharing_a_gate_ask_it_once(seed_dataset: rdflib.Dataset) -> None:
    """Several node kinds have "at most one rdfs:label": that whole-graph ASK runs once, not per shape."""
    from coopkg.validation import _shapes_and_ontology

    shapes, _ontology = _shapes_and_ontology()
    validator = compiled_shacl._Validator(shapes, load_store(seed_dataset))
    for root in compiled_shacl._roots(shapes):
        list(validator.evaluate(root, validator.targets(root), top_level=True))  # type: ignore[arg-type]
    asked = [q for q in validator.queries if q.lstrip().startswith("ASK")]
    label_gates = [q for q in asked if "rdf-schema#label> ?value } GROUP BY" in q]
    assert len(label_gates) == 1
    assert len(validator.answers) == len(asked) == len(set(asked))


@pytest.mark.parametrize(("suffix", "processes"), [("nq", 1), ("nq", 2), ("nt", 2)])
def test_files_read_as_text_give_the_same_report(suffix: str, processes: int, dev_dataset: rdflib.Dataset,
                                                 tmp_path: Path) -> None:
    """validate_file reads coopkg's N-Quads as text (no quads in Python): the report of the parsed quads,
    violations, their messages and their releases included."""
    from coopkg.graphio import write_graph
    from coopkg.validation import validate_file

    graph = union(dev_dataset)
    for name, mutate in MUTATIONS.items():
        if name != "assorted":  # (it adds a blank node: such files are parsed, see the next test)
            mutate(graph)
    quads = [*_oxigraph_quads(graph), *(q for q in _oxigraph_quads(dev_dataset)
                                        if q.predicate.value == str(DCTERMS.identifier))]
    path = tmp_path / f"kg.{suffix}"
    write_graph(quads, path)
    expected = validate(graphio_quads(path), processes=processes)
    assert not expected.conforms
    shapes, ontology = validation._compiled_inputs()
    assert compiled_shacl.validate_file(path, shapes, ontology, processes=processes) is not None  # the text route
    assert validate_file(path, processes=processes).to_json() == expected.to_json()


def graphio_quads(path: Path) -> list[ox.Quad]:
    from coopkg.graphio import load_quads

    return load_quads(path)


def test_files_not_read_as_text_are_parsed(tmp_path: Path, seed_dataset: rdflib.Dataset) -> None:
    """A tab, a blank node or a syntax error sends the file to the parser: same report, or its one-line error."""
    from coopkg.graphio import write_graph
    from coopkg.validation import validate_file

    path = tmp_path / "kg.nq"
    write_graph(seed_dataset, path)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    expected = validate_file(path).to_json()
    shapes, ontology = validation._compiled_inputs()
    variants = {
        "tab": lines[0].replace(" ", "\t", 1) + "".join(lines[1:]),
        "blank": "".join(lines) + "_:b <https://w3id.org/coopkg/ontology#note> \"x\" .\n",
    }
    for name, text in variants.items():
        variant = tmp_path / f"{name}.nq"
        variant.write_text(text, encoding="utf-8")
        assert compiled_shacl.validate_file(variant, shapes, ontology) is None, name
        assert validate_file(variant).to_json() == expected, name
    broken = tmp_path / "broken.nq"
    broken.write_text("".join(lines) + "<https://w3id.org/coopkg/id/x{y}> <https://w3id.org/coopkg/ontology#note> "
                      '"x" .\n', encoding="utf-8")
    assert compiled_shacl.validate_file(broken, shapes, ontology) is None
    with pytest.raises(InputError):
        validate_file(broken)
