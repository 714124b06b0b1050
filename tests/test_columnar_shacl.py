"""The polars screen (coopkg.columnar_shacl) only ever clears shapes that really have no result.

For every top-level shape and every graph here: if the screen says "no result", the Store's validator
(which reports what pyshacl reports, see test_compiled_shacl.py) finds none either. Each mutation
breaks one kind of constraint, and the shape it breaks must not be cleared, so that a component the
screen evaluated wrongly as "always fine" fails a test. On a clean build, every shape without a
SPARQL constraint is cleared (the screen is not a no-op).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from graph_helpers import first, union
from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef

from coopkg import validation
from coopkg.columnar_shacl import screen
from coopkg.compiled_shacl import _roots, compiled_results, load_store
from coopkg.graphio import _oxigraph_quads, load_graph, write_graph

COOP = rdflib.Namespace("https://w3id.org/coopkg/ontology#")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
SHAPES = rdflib.Namespace("https://w3id.org/coopkg/shapes#")
FIXTURES = Path(__file__).parent / "fixtures" / "shapes"


def _shape_named(shapes: rdflib.Graph, local: str) -> rdflib.term.Node:
    found = [r for r in _roots(shapes) if str(r).rsplit("#", 1)[-1].rsplit("/", 1)[-1] == local]
    assert len(found) == 1, local
    return found[0]


def _check(graph: rdflib.Graph | rdflib.Dataset, tmp_path: Path) -> tuple[set[str], set[str]]:
    """(shapes the screen cleared, shapes with results on the Store); asserts no shape is in both."""
    shapes, ontology = validation._compiled_inputs()
    path = tmp_path / "kg.nq"
    write_graph(list(_oxigraph_quads(graph)), path)
    screened = screen(path, shapes, ontology)
    assert screened is not None
    store = load_store(list(_oxigraph_quads(graph)), ontology)
    with_results = {str(root) for root in _roots(shapes) if compiled_results(store, shapes, [root])}
    cleared = {str(root) for root in screened.without_results}
    assert not cleared & with_results
    return cleared, with_results


def _literal_participant(g: rdflib.Graph) -> None:
    g.add((first(g, COOP.Meeting), COOP.participant, Literal("a person as text")))


def _status_cancelled(g: rdflib.Graph) -> None:
    g.add((first(g, COOP.Meeting), COOP.status, COOP.Cancelled))


def _no_status(g: rdflib.Graph) -> None:
    g.remove((first(g, COOP.Meeting), COOP.status, None))


def _two_labels(g: rdflib.Graph) -> None:
    g.add((first(g, COOP.Agency), RDFS.label, Literal("A second name")))


def _date_as_string(g: rdflib.Graph) -> None:
    meeting = first(g, COOP.Meeting)
    g.remove((meeting, COOP.startDate, None))
    g.add((meeting, COOP.startDate, Literal("2020-05-06")))


def _impossible_date(g: rdflib.Graph) -> None:
    meeting = first(g, COOP.Meeting)
    g.remove((meeting, COOP.startDate, None))
    g.add((meeting, COOP.startDate, Literal("2020-02-31", datatype=XSD.date)))


def _iri_as_alt_label(g: rdflib.Graph) -> None:
    g.add((first(g, COOP.Agency), SKOS.altLabel, URIRef("https://example.org/label")))


def _empty_title(g: rdflib.Graph) -> None:
    person = first(g, COOP.Person)
    g.add((person, COOP.title, Literal("")))


def _crime_area_outside_scheme(g: rdflib.Graph) -> None:
    area = URIRef("https://w3id.org/coopkg/id/crime-area/made-up")
    g.add((area, RDF.type, COOP.CrimeArea))
    g.add((first(g, COOP.Meeting), COOP.topic, area))


def _mention_of_a_literal(g: rdflib.Graph) -> None:
    g.add((first(g, COOP.Release), COOP.mentions, Literal("somebody")))


def _twin_pref_labels(g: rdflib.Graph) -> None:
    area = first(g, COOP.CrimeArea)
    g.add((area, SKOS.prefLabel, Literal("Another name", lang="EN")))


#: mutation → the top-level shape it must keep from being cleared.
MUTATIONS: dict[str, tuple[Callable[[rdflib.Graph], None], str]] = {
    "class": (_literal_participant, "MeetingShape"),
    "in": (_status_cancelled, "MeetingShape"),
    "minCount": (_no_status, "MeetingShape"),
    "maxCount": (_two_labels, "AgencyShape"),
    "datatype": (_date_as_string, "MeetingShape"),
    "ill-formed": (_impossible_date, "MeetingShape"),
    "nodeKind": (_iri_as_alt_label, "AgencyShape"),
    "minLength": (_empty_title, "PersonShape"),
    "node+hasValue": (_crime_area_outside_scheme, "MeetingShape"),
    "hasValue": (_crime_area_outside_scheme, "CrimeAreaShape"),
    "or": (_mention_of_a_literal, "ReleaseShape"),
    "uniqueLang": (_twin_pref_labels, "CrimeAreaShape"),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_a_broken_constraint_keeps_its_shape(mutation: str, seed_dataset: rdflib.Dataset, tmp_path: Path) -> None:
    mutate, shape = MUTATIONS[mutation]
    graph = union(seed_dataset)
    mutate(graph)
    cleared, with_results = _check(graph, tmp_path)
    shapes, _ontology = validation._compiled_inputs()
    broken = str(_shape_named(shapes, shape))
    assert broken in with_results  # the mutation does break it
    assert broken not in cleared


def test_a_clean_build_clears_every_shape_but_the_sparql_ones(dev_dataset: rdflib.Dataset, tmp_path: Path) -> None:
    cleared, with_results = _check(dev_dataset, tmp_path)
    shapes, _ontology = validation._compiled_inputs()
    sparql = {str(r) for r in _roots(shapes) if (r, SH.sparql, None) in shapes}
    assert sparql and not sparql & cleared  # (left to the Store: this module does not run SPARQL)
    assert cleared == {str(r) for r in _roots(shapes)} - sparql - with_results


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir()))
def test_shape_fixtures(fixture: str, tmp_path: Path) -> None:
    _check(load_graph(FIXTURES / fixture), tmp_path)


def test_files_it_cannot_read_strictly_are_left_to_the_parser(tmp_path: Path) -> None:
    shapes, ontology = validation._compiled_inputs()
    good = '<https://example.org/a> <https://example.org/p> "x" <https://example.org/g> .\n'
    for name, line in {"relative IRI": '<a> <https://example.org/p> "x" .\n',
                       "blank node": '_:b <https://example.org/p> "x" .\n',
                       "bad escape": '<https://example.org/a> <https://example.org/p> "x\\qy" .\n',
                       "two fragments": "<https://example.org/a#b#c> <https://example.org/p> <https://e.org/c> .\n",
                       "no dot": '<https://example.org/a> <https://example.org/p> "x"\n'}.items():
        path = tmp_path / "odd.nq"
        path.write_text(good + line, encoding="utf-8")
        assert screen(path, shapes, ontology) is None, name
    path.write_text(good, encoding="utf-8")
    assert screen(path, shapes, ontology) is not None
