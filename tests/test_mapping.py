"""Facts → RDF. These tests build facts by hand: they never parse release text."""

from __future__ import annotations

from datetime import date

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from coopkg.facts import AgencyFact, Chairmanship, Meeting, PersonFact, Release, ReleaseFacts, Span
from coopkg.mapping import COOP, ID, REFERENCE_GRAPH, release_iri, slug, to_dataset

TEXT = "date 2021-03-04\nToday in Minsk, Ivan Petrov met Pavel Sidorov."


def _facts(identifier: str = "rel-1", person: str = "Ivan Petrov") -> ReleaseFacts:
    release = Release(identifier, TEXT, date(2021, 3, 4), 16)
    facts = ReleaseFacts(release)
    facts.persons = {
        person: PersonFact(person, "Minister of Internal Affairs of the Russian Federation",
                           "Ministry of Internal Affairs of the Russian Federation", "Russia"),
        "Pavel Sidorov": PersonFact("Pavel Sidorov", "Minister of Health of Ruritania", "Ruritanian Health Office",
                                    "Ruritania"),
    }
    facts.agencies = {
        "Ministry of Internal Affairs of the Russian Federation": AgencyFact(
            "Ministry of Internal Affairs of the Russian Federation", {"MIA of Russia"}, "Russia"),
        "Ruritanian Health Office": AgencyFact("Ruritanian Health Office", {"RHO"}, "Ruritania"),
    }
    facts.countries = {"Russia", "Ruritania"}
    facts.places = {"Minsk"}
    facts.crime_areas = {"cybercrime"}
    facts.meetings = [Meeting("held", date(2021, 3, 4), None, "Minsk", [person, "Pavel Sidorov"],
                              ["Ministry of Internal Affairs of the Russian Federation", "Ruritanian Health Office"],
                              ["Russia", "Ruritania"], ["cybercrime"], [Span(16, 61)])]
    facts.chairmanships = [Chairmanship("Ruritania", "country", "Ruritanian Health Office", date(2021, 1, 1),
                                        date(2021, 12, 31), [Span(16, 61)])]
    return facts


def test_slugs_are_ascii_and_stable() -> None:
    assert slug("Miloš Stanković") == "milos-stankovic"
    assert slug("People's Republic of China") == "peoples-republic-of-china"
    assert slug("  ") == "x"


def test_one_named_graph_per_release_and_a_reference_graph() -> None:
    dataset = to_dataset([_facts("rel-1"), _facts("rel-2")])
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert {release_iri("rel-1"), release_iri("rel-2"), REFERENCE_GRAPH} <= names


def test_release_meeting_and_provenance() -> None:
    dataset = to_dataset([_facts()])
    g = dataset.graph(release_iri("rel-1"))
    rel = release_iri("rel-1")
    assert (rel, DCTERMS.identifier, Literal("rel-1")) in g
    assert (rel, COOP.publicationDate, Literal("2021-03-04", datatype=XSD.date)) in g
    meeting = ID["meeting/rel-1-1"]
    assert (meeting, RDF.type, COOP.Meeting) in g
    assert (meeting, COOP.status, COOP.Held) in g
    assert (meeting, COOP.reportedIn, rel) in g
    assert (meeting, PROV.wasGeneratedBy, ID["extraction/rel-1"]) in g
    span = g.value(meeting, COOP.evidence)
    assert g.value(span, COOP.quote) == Literal(TEXT[16:61])
    assert int(g.value(span, COOP.beginIndex)) == 16


def test_reference_entities_use_reference_iris_and_are_copied_once() -> None:
    dataset = to_dataset([_facts()])
    ref = dataset.graph(REFERENCE_GRAPH)
    russia = ID["country/russia"]
    assert (russia, RDF.type, COOP.Country) in ref
    assert (ID["crime-area/cybercrime"], SKOS.notation, Literal("cybercrime")) in ref
    assert (COOP.CrimeAreaScheme, RDF.type, SKOS.ConceptScheme) in ref


def test_a_used_country_brings_its_capital_so_no_link_points_outside_the_graph() -> None:
    ref = to_dataset([_facts()]).graph(REFERENCE_GRAPH)
    moscow = ID["place/moscow"]
    assert (ID["country/russia"], COOP.capital, moscow) in ref
    assert (moscow, RDF.type, COOP.Place) in ref
    for s, p, o in ref:
        if p in (COOP.capital, COOP.country, COOP.parentAgency):
            assert (o, RDF.type, None) in ref, (s, p, o)


def test_unknown_entities_are_minted_typed_and_labelled() -> None:
    dataset = to_dataset([_facts()])
    g = dataset.graph(release_iri("rel-1"))
    agency = ID["agency/ruritanian-health-office"]
    assert (agency, RDF.type, COOP.Agency) in g
    assert (agency, RDFS.label, Literal("Ruritanian Health Office")) in g
    assert (agency, SKOS.altLabel, Literal("RHO")) in g
    assert (ID["country/ruritania"], RDF.type, COOP.Country) in g
    chair = ID["chairmanship/rel-1-1"]
    assert (chair, COOP.holder, ID["country/ruritania"]) in g
    assert (chair, COOP.chairedBody, agency) in g


def test_the_same_person_in_two_releases_is_one_node() -> None:
    dataset = to_dataset([_facts("rel-1", "Miloš Novak"), _facts("rel-2", "Milos Novak")])
    people = {s for s, _p, _o, _g in dataset.quads((None, RDF.type, COOP.Person, None))}
    assert URIRef(ID["person/milos-novak"]) in people
    assert len(people) == 2  # Novak and Sidorov


def test_no_blank_nodes() -> None:
    from rdflib import BNode

    dataset = to_dataset([_facts()])
    assert not [q for q in dataset.quads((None, None, None, None)) if any(isinstance(t, BNode) for t in q[:3])]
