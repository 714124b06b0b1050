"""The compiled OWL RL engine (:mod:`coopkg.compiled_rl`) gives exactly owlrl's entailments.

The proof runs both engines on real builds (the seed releases and, when present, the shared dev corpus)
and on the reasoning fixture, and compares the entailments after coopkg's noise filtering, restricted to
the ontology's vocabulary: ``rdf:type`` with a class the ontology declares or aligns to, or a predicate
that is a property the ontology declares or aligns to. Differences are printed; there must be none.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, URIRef

from coopkg.compiled_rl import (
    RDF_TYPE,
    CompiledOntology,
    Term,
    UnsupportedAxiomError,
    _generic_entailments,
    compile_ontology,
    entail,
    entailments_compiled,
    packaged_ontology,
)
from coopkg.errors import InputError
from coopkg.graphio import _oxigraph_quads, load_graph
from coopkg.reasoning import INFERRED_GRAPH, entailments, infer

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "releases"
DEV = ROOT.parent / "shared" / "dev" / "releases"
FIXTURE = Path(__file__).parent / "fixtures" / "reasoning" / "small.trig"
CQ08 = ROOT.parent / "shared" / "competency" / "cq08-inferred.rq"

Triple = tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]


def _vocabulary() -> tuple[set[str], set[str]]:
    classes, properties = packaged_ontology().vocabulary
    return {c.value for c in classes}, {p.value for p in properties}


def _in_vocabulary(triple: Triple, classes: set[str], properties: set[str]) -> bool:
    _s, p, o = triple
    if p == RDF.type:
        return isinstance(o, URIRef) and str(o) in classes
    return str(p) in properties


Both = tuple[set[Triple], set[Triple]]


def _both(dataset: rdflib.Graph) -> Both:
    """(owlrl, compiled) entailments, all of them (owlrl is the slow part: run it once per corpus)."""
    return set(entailments(dataset, engine="owlrl")), set(entailments(dataset, engine="compiled"))


def _compare(both: Both) -> tuple[set[Triple], set[Triple]]:
    """(owlrl, compiled) entailments in the ontology's vocabulary; printing any difference."""
    classes, properties = _vocabulary()
    reference, compiled = ({t for t in found if _in_vocabulary(t, classes, properties)} for found in both)
    for label, extra in (("only owlrl", reference - compiled), ("only compiled", compiled - reference)):
        for s, p, o in sorted(extra):
            print(f"{label}: {s.n3()} {p.n3()} {o.n3()}")
    return reference, compiled




@pytest.fixture(scope="module")
def seed_both(seed_dataset: rdflib.Dataset) -> Both:
    return _both(seed_dataset)


@pytest.fixture(scope="module")
def dev_both(dev_dataset: rdflib.Dataset) -> Both:
    return _both(dev_dataset)


def test_equal_to_owlrl_on_seeds(seed_both: Both) -> None:
    reference, compiled = _compare(seed_both)
    assert reference, "the seeds must entail something"
    assert compiled == reference


def test_equal_to_owlrl_on_dev_corpus(dev_both: Both) -> None:
    reference, compiled = _compare(dev_both)
    assert len(reference) > 100
    assert compiled == reference


@pytest.mark.parametrize("corpus", ["seed", "dev"])
def test_file_route_equal_to_owlrl(corpus: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """What `coopkg infer kg.nq` computes (polars joins over the built file) against owlrl, directly."""
    from coopkg import columnar_rl
    from coopkg.graphio import _to_rdflib, write_graph

    reference = request.getfixturevalue(f"{corpus}_both")[0]
    path = tmp_path / "kg.nq"
    write_graph(request.getfixturevalue(f"{corpus}_dataset"), path)
    found = columnar_rl.entail_columns(path)
    assert found is not None
    by_columns = {(_to_rdflib(s), _to_rdflib(p), _to_rdflib(o)) for s, p, o in found}
    expected, actual = _compare((reference, by_columns))
    assert expected and actual == expected


def test_equal_to_owlrl_on_reasoning_fixture() -> None:
    reference, compiled = _compare(_both(load_graph(FIXTURE)))
    assert compiled == reference


def test_nothing_outside_the_vocabulary_either(seed_both: Both, dev_both: Both) -> None:
    """Beyond the required proof: owlrl's filtered entailments hold nothing else the compiler misses."""
    assert seed_both[1] == seed_both[0]
    assert dev_both[1] == dev_both[0]


def _cq08_counts(dataset: rdflib.Dataset, new: set[Triple]) -> tuple[int, int]:
    """CQ8 over the union of the build and its entailments (what ``build --infer`` writes), by pyoxigraph."""
    store = ox.Store()
    store.extend(_oxigraph_quads(dataset))
    graph = ox.NamedNode(str(INFERRED_GRAPH))
    store.extend(ox.Quad(q.subject, q.predicate, q.object, graph) for q in _oxigraph_quads(_graph(new)))
    (row,) = list(store.query(CQ08.read_text(encoding="utf-8"), use_default_graph_as_union=True))
    return int(row[0].value), int(row[1].value)


def _graph(triples: set[Triple]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for triple in triples:
        graph.add(triple)
    return graph


@pytest.mark.skipif(not CQ08.is_file(), reason="shared competency queries not available")
def test_cq08_counts_equal(seed_dataset: rdflib.Dataset, seed_both: Both, dev_dataset: rdflib.Dataset,
                           dev_both: Both) -> None:
    for dataset, (reference, compiled) in ((seed_dataset, seed_both), (dev_dataset, dev_both)):
        counts = _cq08_counts(dataset, reference)
        assert _cq08_counts(dataset, compiled) == counts
        assert counts[0] > 0 and counts[1] > 0
        assert _cq08_counts(dataset, set()) == (0, 0)  # the answers come from the inference


def test_infer_engines_agree(seed_dataset: rdflib.Dataset) -> None:
    owlrl_quads = set(infer(seed_dataset, engine="owlrl").quads((None, None, None, None)))
    compiled_quads = set(infer(seed_dataset, engine="compiled").quads((None, None, None, None)))
    assert {q[:3] for q in compiled_quads} == {q[:3] for q in owlrl_quads}


def test_default_engine_is_compiled(seed_dataset: rdflib.Dataset) -> None:
    assert set(entailments(seed_dataset)) == set(entailments(seed_dataset, engine="compiled"))


def test_unknown_engine_is_an_input_error(seed_dataset: rdflib.Dataset) -> None:
    with pytest.raises(InputError, match="unknown reasoning engine"):
        entailments(seed_dataset, engine="hermit")


def test_accepts_pyoxigraph_quads() -> None:
    quads = ox.parse(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    from_quads = {(str(s), str(p), str(o)) for s, p, o in entailments_compiled(quads)}
    from_rdflib = {(s.n3(), p.n3(), o.n3()) for s, p, o in entailments(load_graph(FIXTURE))}
    assert from_quads == from_rdflib


@pytest.mark.parametrize(
    "axiom",
    [
        "coop:a owl:allValuesFrom coop:B .",
        "coop:p a owl:FunctionalProperty .",
        "coop:A owl:unionOf ( coop:B coop:C ) .",
        "coop:A rdfs:subClassOf [ owl:onProperty coop:p ; owl:someValuesFrom coop:B ] .",
    ],
)
def test_unsupported_axioms_fail_loudly(axiom: str) -> None:
    text = ("@prefix coop: <https://w3id.org/coopkg/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> ."
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . " + axiom)
    triples = [(q.subject, q.predicate, q.object) for q in ox.parse(text, format=ox.RdfFormat.TURTLE)]
    with pytest.raises(UnsupportedAxiomError):
        compile_ontology(triples)  # type: ignore[arg-type]


def test_generic_rule_families() -> None:
    """Inverse, symmetric, transitive, chains and equivalences, which the ontology does not (yet) use."""
    text = """
    @prefix : <http://example.org/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    :hasPart owl:inverseOf :partOf . :near a owl:SymmetricProperty . :within a owl:TransitiveProperty .
    :grandparent owl:propertyChainAxiom ( :parent :parent ) . :A owl:equivalentClass :B .
    :parent owl:equivalentProperty :mother . :B rdfs:subClassOf [ owl:onProperty :tag ; owl:hasValue :t ] .
    """
    ontology = compile_ontology([(q.subject, q.predicate, q.object)  # type: ignore[misc]
                                 for q in ox.parse(text, format=ox.RdfFormat.TURTLE)])
    ex = "http://example.org/"
    data = """
    @prefix : <http://example.org/> .
    :x :hasPart :y . :a :near :b . :c :within :d . :d :within :e . :k :parent :l . :l :mother :m . :z a :A .
    """
    result = {(s.value, p.value, o.value)
              for s, p, o in entailments_compiled(ox.parse(data, format=ox.RdfFormat.TURTLE), ontology)}
    for expected in [("y", "partOf", "x"), ("b", "near", "a"), ("c", "within", "e"),
                     ("k", "grandparent", "m"), ("k", "mother", "l"), ("l", "parent", "m"), ("z", "tag", "t")]:
        s, p, o = expected
        assert (ex + s, ex + p, ex + o) in result
    assert (ex + "z", str(RDF.type), ex + "B") in result


# ----------------------------------------------------------------- fast path (entail) against the fixpoint


def _generic(quads: list[ox.Quad], ontology: CompiledOntology | None = None) -> set[tuple[Term, Term, Term]]:
    """The entailments by the plain semi-naive fixpoint over all the data (the path proven against owlrl)."""
    return set(_generic_entailments(ontology or packaged_ontology(), quads))


@pytest.mark.parametrize("corpus", ["seed", "dev", "fixture"])
def test_fast_path_equals_fixpoint(corpus: str, seed_dataset: rdflib.Dataset, request: pytest.FixtureRequest) -> None:
    """The per-triple rules (:func:`entail`) give what the fixpoint gives, from quads and from a Store."""
    if corpus == "fixture":
        quads = list(ox.parse(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG))
    else:
        dataset = seed_dataset if corpus == "seed" else request.getfixturevalue("dev_dataset")
        quads = list(_oxigraph_quads(dataset))
    expected = _generic(quads)
    assert expected
    assert set(entail(quads)) == expected
    store = ox.Store()
    store.extend(quads)
    for workers in (1, 2):
        result = entail(store, workers=workers)
        assert len(result) == len(expected)
        assert set(result) == expected


def test_entailments_write_and_count(seed_dataset: rdflib.Dataset, tmp_path: Path) -> None:
    result = entail(seed_dataset)
    path = tmp_path / "inferred.nt"
    assert result.write(path) == len(result)
    written = {(q.subject, q.predicate, q.object) for q in ox.parse(path.read_bytes(), format=ox.RdfFormat.N_TRIPLES)}
    assert written == set(result) == entailments_compiled(seed_dataset)
    assert len(path.read_bytes().splitlines()) == len(result)  # each once
    assert next(iter(result)) in result


def test_store_named_graphs_are_merged() -> None:
    """A triple stated in many graphs entails once; a type stated in another graph is not re-entailed."""
    coop, ids = "https://w3id.org/coopkg/ontology#", "https://w3id.org/coopkg/id/"
    meeting, release = ox.NamedNode(ids + "meeting/m"), ox.NamedNode(ids + "release/r")
    store = ox.Store()
    for k in range(3):
        store.add(ox.Quad(meeting, ox.NamedNode(coop + "reportedIn"), release, ox.NamedNode(f"{ids}graph/{k}")))
    store.add(ox.Quad(release, RDF_TYPE, ox.NamedNode(coop + "Release"), ox.NamedNode(ids + "graph/other")))
    result = entail(store)
    found = {(s.value, p.value, o.value) for s, p, o in result}
    assert len(result) == len(found)
    assert (meeting.value, "https://schema.org/subjectOf", release.value) in found
    assert (release.value, RDF_TYPE.value, coop + "Release") not in found  # stated, if in another graph
    assert (release.value, RDF_TYPE.value, "https://schema.org/NewsArticle") in found


def test_schema_in_the_data_is_compiled() -> None:
    """Schema triples in the data join the ontology, on the fast path and with property rules."""
    text = """
    @prefix : <http://example.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix owl: <http://www.w3.org/2002/07/owl#> .
    :A rdfs:subClassOf :B . :x a :A . :p rdfs:domain :A . :y :p :z .
    """
    quads = list(ox.parse(text, format=ox.RdfFormat.TURTLE))
    ex, rdf_type = "http://example.org/", RDF_TYPE.value
    found = {(s.value, p.value, o.value) for s, p, o in entail(quads)}
    assert {(ex + "x", rdf_type, ex + "B"), (ex + "y", rdf_type, ex + "A"), (ex + "y", rdf_type, ex + "B")} <= found
    store = ox.Store()
    store.extend(quads)
    assert set(entail(store)) == set(entail(quads))
    schema = [(q.subject, q.predicate, q.object) for q in quads if q.predicate != RDF_TYPE and "#" in q.predicate.value]
    assert set(entail(quads)) == _generic(quads, compile_ontology([*packaged_ontology().facts, *schema]))
    inverse = list(ox.parse(text + ":p owl:inverseOf :q .", format=ox.RdfFormat.TURTLE))
    store = ox.Store()
    store.extend(inverse)
    assert (ex + "z", ex + "q", ex + "y") in {(s.value, p.value, o.value) for s, p, o in entail(store)}
