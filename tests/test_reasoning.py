"""OWL RL inference (:mod:`coopkg.reasoning`): the right entailments, in their own graph, without noise."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, BNode, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS

from coopkg.graphio import load_graph
from coopkg.reasoning import INFERRED_GRAPH, entailments, infer
from coopkg.resources import ontology_path
from coopkg.validation import validate

FIXTURE = Path(__file__).parent / "fixtures" / "reasoning" / "small.trig"
# the contract's own query, when ../shared is beside the checkout
CQ08 = Path(__file__).resolve().parents[2] / "shared" / "competency" / "cq08-inferred.rq"

COOP = rdflib.Namespace("https://w3id.org/coopkg/ontology#")
ID = rdflib.Namespace("https://w3id.org/coopkg/id/")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
BUILTIN = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
           "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2001/XMLSchema#",
           "http://www.w3.org/2004/02/skos/core#")

MEETING = ID["meeting/rx-7-1"]
CHAIR = ID["chairmanship/rx-7-1"]
RELEASE = ID["release/rx-7"]
PERSON = ID["person/petra-kowal"]
SPAN = ID["span/rx-7-10-64"]

#: Counts organisations and events as the standard vocabularies see them (what the contract's CQ8 asks).
ALIGNED_COUNTS = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
SELECT (COUNT(DISTINCT ?org) AS ?organisations) (COUNT(DISTINCT ?event) AS ?events)
WHERE { { ?org a org:Organization } UNION { ?event a schema:Event } }
"""

Quad = tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node, rdflib.term.Node | None]


def _quads(dataset: rdflib.Dataset) -> set[Quad]:
    quads = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, rdflib.Graph) else g
        quads.add((s, p, o, None if name in (None, DATASET_DEFAULT_GRAPH_ID) else name))
    return quads


def _union(dataset: rdflib.Dataset) -> rdflib.Graph:
    union = rdflib.Graph()
    for s, p, o, _g in _quads(dataset):
        union.add((s, p, o))
    return union


def _counts(graph: rdflib.Graph, query: str) -> tuple[int, int]:
    (row,) = list(graph.query(query))
    return int(row[0]), int(row[1])


@pytest.fixture(scope="module")
def source() -> rdflib.Dataset:
    return load_graph(FIXTURE)


@pytest.fixture(scope="module")
def inferred(source: rdflib.Dataset) -> rdflib.Dataset:
    return infer(source)


@pytest.fixture(scope="module")
def new(source: rdflib.Dataset, inferred: rdflib.Dataset) -> set[Quad]:
    return _quads(inferred) - _quads(source)


# ------------------------------------------------------------------------------------------- contract


def test_aligned_counts_appear_only_after_inference(source: rdflib.Dataset, inferred: rdflib.Dataset) -> None:
    assert _counts(_union(source), ALIGNED_COUNTS) == (0, 0)
    # three agencies (one only known as a parent agency, typed by the range of coop:parentAgency), one meeting
    assert _counts(_union(inferred), ALIGNED_COUNTS) == (3, 1)


@pytest.mark.skipif(not CQ08.is_file(), reason="shared competency queries not available")
def test_contract_cq08_answers(inferred: rdflib.Dataset) -> None:
    organisations, events = _counts(_union(inferred), CQ08.read_text(encoding="utf-8"))
    assert organisations > 0 and events > 0


def test_input_is_kept_graph_by_graph(source: rdflib.Dataset, inferred: rdflib.Dataset) -> None:
    before = _quads(source)
    assert before <= _quads(inferred)
    assert _quads(source) == before, "the input must not be modified"


def test_entailments_go_to_the_inferred_graph(new: set[Quad], inferred: rdflib.Dataset) -> None:
    assert new
    assert {g for *_triple, g in new} == {INFERRED_GRAPH}
    assert {(s, p, o) for s, p, o, _g in new} == set(entailments(load_graph(FIXTURE)))


# ------------------------------------------------------------------------------------------ the facts


@pytest.mark.parametrize(
    "triple",
    [
        (CHAIR, ORG.member, ID["country/rxonia"]),  # coop:holder ⊑ org:member
        (CHAIR, ORG.organization, ID["agency/rx-regional-forum"]),  # coop:chairedBody ⊑ org:organization
        (CHAIR, ORG.role, COOP.ChairRole),  # Chairmanship ⊑ ∃org:role.{ChairRole} (owl:hasValue)
        (CHAIR, RDF.type, ORG.Membership),
        (MEETING, RDF.type, SCHEMA.Event),
        (MEETING, SCHEMA.attendee, PERSON),
        (MEETING, SCHEMA.attendee, ID["agency/rx-border-service"]),
        (MEETING, SCHEMA.startDate, Literal("2018-11-01", datatype=rdflib.XSD.date)),
        (MEETING, SCHEMA.about, ID["crime-area/smuggling"]),
        (MEETING, SCHEMA.location, ID["place/rx-harbour"]),
        (MEETING, SCHEMA.subjectOf, RELEASE),
        (MEETING, PROV.wasDerivedFrom, SPAN),
        (SPAN, PROV.wasDerivedFrom, RELEASE),
        (SPAN, RDF.type, PROV.Entity),
        (ID["place/rx-harbour"], RDF.type, COOP.Place),  # range of coop:location
        (ID["place/rx-harbour"], RDF.type, SCHEMA.Place),
        (ID["agency/rx-interior-ministry"], RDF.type, COOP.Agency),  # range of coop:parentAgency
        (ID["agency/rx-border-service"], ORG.subOrganizationOf, ID["agency/rx-interior-ministry"]),
        (ID["agency/rx-border-service"], RDF.type, ORG.Organization),
        (PERSON, ORG.memberOf, ID["agency/rx-border-service"]),
        (PERSON, SCHEMA.jobTitle, Literal("Head of the Rxonian Border Service")),
        (PERSON, RDF.type, FOAF.Person),
        (RELEASE, SCHEMA.datePublished, Literal("2018-11-02", datatype=rdflib.XSD.date)),
        (RELEASE, DCTERMS.issued, Literal("2018-11-02", datatype=rdflib.XSD.date)),
        (RELEASE, RDF.type, SCHEMA.NewsArticle),
        (RELEASE, SCHEMA.mentions, PERSON),
    ],
)
def test_expected_entailment(new: set[Quad], triple: tuple[URIRef, URIRef, rdflib.term.Node]) -> None:
    assert (*triple, INFERRED_GRAPH) in new


def test_union_ranges_infer_nothing(new: set[Quad]) -> None:
    """coop:holder's range is Country ∪ Agency: not stated in OWL, so a country holder stays a country."""
    types = {o for s, p, o, _g in new if s == ID["country/rxonia"] and p == RDF.type}
    assert types == {SCHEMA.Country}


def test_no_noise(new: set[Quad]) -> None:
    ontology = rdflib.Graph().parse(ontology_path(), format="turtle")
    problems = []
    for s, p, o, _g in sorted(new):
        triple = f"{s.n3()} {p.n3()} {o.n3()}"
        if not isinstance(s, URIRef) or isinstance(o, BNode):
            problems.append(f"blank node or literal subject: {triple}")
        elif p == OWL.sameAs and s == o:
            problems.append(f"reflexive sameAs: {triple}")
        elif str(s).startswith(BUILTIN):
            problems.append(f"about a built-in term: {triple}")
        elif p == RDF.type and str(o).startswith(BUILTIN):
            problems.append(f"built-in class: {triple}")
        elif str(s).startswith(str(COOP)) or (s, p, o) in ontology:
            problems.append(f"ontology axiom: {triple}")
    assert not problems, "\n".join(problems)


def test_every_entailment_is_about_the_data(new: set[Quad]) -> None:
    assert all(str(s).startswith(str(ID)) for s, _p, _o, _g in new)


# ----------------------------------------------------------------------------------- input and output


def test_plain_graph_input_goes_to_the_default_graph() -> None:
    graph = rdflib.Graph()
    graph.add((MEETING, RDF.type, COOP.Meeting))
    graph.add((MEETING, COOP.participatingAgency, ID["agency/x"]))
    quads = _quads(infer(graph))
    assert (MEETING, RDF.type, COOP.Meeting, None) in quads
    assert (ID["agency/x"], RDF.type, COOP.Agency, INFERRED_GRAPH) in quads
    assert (ID["agency/x"], RDF.type, ORG.Organization, INFERRED_GRAPH) in quads


def test_infer_is_idempotent(inferred: rdflib.Dataset) -> None:
    assert _quads(infer(inferred)) == _quads(inferred)


def test_entailments_are_deterministic(source: rdflib.Dataset) -> None:
    reordered = rdflib.Dataset()
    for s, p, o, g in sorted(_quads(source), key=lambda q: tuple(str(t) for t in q), reverse=True):
        (reordered.default_graph if g is None else reordered.graph(g)).add((s, p, o))
    assert set(entailments(reordered)) == set(entailments(source))


def test_entailments_do_not_break_validation() -> None:
    """A graph that conforms still conforms with its entailments (every node there is typed and labelled)."""
    valid = load_graph(Path(__file__).parent / "fixtures" / "shapes" / "valid.trig")
    report = validate(infer(valid))
    assert report.conforms and not report.results, report.to_text()


def test_inference_turns_untyped_values_into_typed_ones(source: rdflib.Dataset,
                                                       inferred: rdflib.Dataset) -> None:
    """The fixture's place and parent agency are untyped: sh:class fails before inference; after it,
    the range axioms type them and their own shapes ask for the missing labels instead."""
    before = {r.shape.split("#")[-1] for r in validate(source).results if r.severity == "Violation"}
    assert before == {"Meeting-location", "Agency-parentAgency"}
    after = {(r.focus, r.shape.split("#")[-1]) for r in validate(inferred).results if r.severity == "Violation"}
    assert after == {(str(ID["place/rx-harbour"]), "Place-label"),
                     (str(ID["agency/rx-interior-ministry"]), "Agency-label")}


def test_infer_is_fast_on_a_small_graph(source: rdflib.Dataset) -> None:
    started = time.perf_counter()
    infer(source)
    assert time.perf_counter() - started < 10
