"""Facts → RDF: one named graph per release, plus the reference nodes the releases use.

IRIs come from canonical keys (see ``docs/DESIGN.md``), so the same entity named in two releases is
one node and the same input always gives the same IRIs. No blank nodes: output files are
deterministic and every node can be linked to.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .extractor import EXTRACTOR_VERSION
from .facts import Meeting, ReleaseFacts, Span
from .gazetteer import Gazetteer, load_gazetteer

__all__ = ["COOP", "ID", "REFERENCE_GRAPH", "iri", "release_iri", "slug", "to_dataset"]

COOP = Namespace("https://w3id.org/coopkg/ontology#")
ID = Namespace("https://w3id.org/coopkg/id/")
REFERENCE_GRAPH = ID["graph/reference"]


def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated: "Miloš Stanković" → "milos-stankovic".

    Two spellings that differ only in diacritics or punctuation share a slug, and so a node.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", "").replace("\u2019", "")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


def iri(kind: str, key: str) -> URIRef:
    return ID[f"{kind}/{slug(key)}"]


def release_iri(identifier: str) -> URIRef:
    return ID[f"release/{slug(identifier)}"]


def _date(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


class _Resolver:
    """Entity keys → IRIs, preferring the reference data's IRIs."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.used_reference: set[str] = set()

    def _ref(self, kind: str, key: str) -> URIRef | None:
        found = self.gaz.iri_of(kind, key)
        if found:
            self.used_reference.add(found)
            return URIRef(found)
        return None

    def country(self, key: str) -> URIRef:
        return self._ref("country", key) or iri("country", key)

    def place(self, key: str) -> URIRef:
        return self._ref("place", key) or iri("place", key)

    def agency(self, key: str, reference: str | None = None) -> URIRef:
        if reference:
            self.used_reference.add(reference)
            return URIRef(reference)
        return self._ref("agency", key) or iri("agency", key)

    def person(self, key: str) -> URIRef:
        return iri("person", key)

    def crime_area(self, notation: str) -> URIRef:
        entry = self.gaz.crime_areas.get(notation)
        if entry:
            self.used_reference.add(entry.iri)
            return URIRef(entry.iri)
        return ID[f"crime-area/{slug(notation)}"]


def _meeting_label(meeting: Meeting) -> str:
    kind = "Planned meeting" if meeting.status == "planned" else "Meeting"
    where = f" in {meeting.place}" if meeting.place else ""
    when = ""
    if meeting.start:
        when = f" on {meeting.start.isoformat()}"
        if meeting.end:
            when = f" from {meeting.start.isoformat()} to {meeting.end.isoformat()}"
    return f"{kind}{where}{when}"


def _span(graph: Graph, facts: ReleaseFacts, rel: URIRef, span: Span, rslug: str) -> URIRef:
    node = ID[f"span/{rslug}-{span.start}-{span.end}"]
    graph.add((node, RDF.type, COOP.TextSpan))
    graph.add((node, COOP.inRelease, rel))
    graph.add((node, COOP.beginIndex, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    graph.add((node, COOP.endIndex, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    graph.add((node, COOP.quote, Literal(facts.release.quote(span))))
    return node


def release_graph(facts: ReleaseFacts, resolve: _Resolver, into: Graph | None = None) -> Graph:
    """The triples one release contributes (its named graph)."""
    release = facts.release
    rel = release_iri(release.identifier)
    rslug = slug(release.identifier)
    g = into if into is not None else Graph(identifier=rel)
    g.add((rel, RDF.type, COOP.Release))
    g.add((rel, DCTERMS.identifier, Literal(release.identifier)))
    g.add((rel, RDFS.label, Literal(f"Release {release.identifier}")))
    if release.publication_date:
        g.add((rel, COOP.publicationDate, _date(release.publication_date)))
    activity = ID[f"extraction/{rslug}"]
    g.add((activity, RDF.type, COOP.Extraction))
    g.add((activity, RDFS.label, Literal(f"Extraction of release {release.identifier}")))
    g.add((activity, PROV.used, rel))
    g.add((activity, COOP.extractorVersion, Literal(EXTRACTOR_VERSION)))

    countries = {key: resolve.country(key) for key in sorted(facts.countries)}
    for key, node in countries.items():
        _describe_minted(g, resolve, node, COOP.Country, key)
        g.add((rel, COOP.mentions, node))
    for key in sorted(facts.places):
        node = resolve.place(key)
        _describe_minted(g, resolve, node, COOP.Place, key)
        g.add((rel, COOP.mentions, node))
    for key in sorted(facts.agencies):
        agency = facts.agencies[key]
        node = resolve.agency(key, agency.reference)
        g.add((rel, COOP.mentions, node))
        if str(node) not in resolve.used_reference:
            g.add((node, RDF.type, COOP.Agency))
            g.add((node, RDFS.label, Literal(agency.name)))
            if agency.country:
                g.add((node, COOP.country, resolve.country(agency.country)))
                _describe_minted(g, resolve, resolve.country(agency.country), COOP.Country, agency.country)
        for alias in sorted(agency.aliases):
            if alias != agency.name:
                g.add((node, SKOS.altLabel, Literal(alias)))
    for key in sorted(facts.persons):
        person = facts.persons[key]
        node = resolve.person(key)
        g.add((rel, COOP.mentions, node))
        g.add((node, RDF.type, COOP.Person))
        g.add((node, RDFS.label, Literal(person.name)))
        if person.title:
            g.add((node, COOP.title, Literal(person.title)))
        if person.agency:
            g.add((node, COOP.memberOf, resolve.agency(person.agency, facts.agencies[person.agency].reference
                                                       if person.agency in facts.agencies else None)))
        if person.country:
            g.add((node, COOP.country, resolve.country(person.country)))
            _describe_minted(g, resolve, resolve.country(person.country), COOP.Country, person.country)
    for notation in sorted(facts.crime_areas):
        g.add((rel, COOP.mentions, resolve.crime_area(notation)))

    for n, meeting in enumerate(facts.meetings, start=1):
        node = ID[f"meeting/{rslug}-{n}"]
        g.add((node, RDF.type, COOP.Meeting))
        g.add((node, RDFS.label, Literal(_meeting_label(meeting))))
        g.add((node, COOP.status, COOP.Planned if meeting.status == "planned" else COOP.Held))
        g.add((node, COOP.reportedIn, rel))
        g.add((node, PROV.wasGeneratedBy, activity))
        if meeting.start:
            g.add((node, COOP.startDate, _date(meeting.start)))
        if meeting.end:
            g.add((node, COOP.endDate, _date(meeting.end)))
        if meeting.place:
            place = resolve.place(meeting.place)
            _describe_minted(g, resolve, place, COOP.Place, meeting.place)
            g.add((node, COOP.location, place))
        for key in meeting.participants:
            person = resolve.person(key)
            g.add((node, COOP.participant, person))
            participation = ID[f"participation/{rslug}-{n}-{slug(key)}"]
            g.add((participation, RDF.type, COOP.Participation))
            g.add((participation, RDFS.label, Literal(f"{facts.persons[key].name} at {_meeting_label(meeting)}")))
            g.add((node, COOP.hasParticipation, participation))
            g.add((participation, COOP.participantPerson, person))
            for span in sorted(set(meeting.participant_evidence.get(key, []))):
                g.add((participation, COOP.evidence, _span(g, facts, rel, span, rslug)))
        for key in meeting.agencies:
            agency = facts.agencies.get(key)
            g.add((node, COOP.participatingAgency, resolve.agency(key, agency.reference if agency else None)))
        for key in meeting.countries:
            country = resolve.country(key)
            _describe_minted(g, resolve, country, COOP.Country, key)
            g.add((node, COOP.participatingCountry, country))
        for notation in meeting.topics:
            g.add((node, COOP.topic, resolve.crime_area(notation)))
        for span in sorted(set(meeting.evidence)):
            g.add((node, COOP.evidence, _span(g, facts, rel, span, rslug)))

    for n, chair in enumerate(facts.chairmanships, start=1):
        node = ID[f"chairmanship/{rslug}-{n}"]
        holder = (resolve.country(chair.holder) if chair.holder_kind == "country"
                  else resolve.agency(chair.holder, facts.agencies[chair.holder].reference
                                      if chair.holder in facts.agencies else None))
        body_fact = facts.agencies.get(chair.body)
        body = resolve.agency(chair.body, body_fact.reference if body_fact else None)
        g.add((node, RDF.type, COOP.Chairmanship))
        g.add((node, RDFS.label, Literal(f"Chairmanship of {chair.body} held by {chair.holder}")))
        g.add((node, COOP.holder, holder))
        g.add((node, COOP.chairedBody, body))
        g.add((node, COOP.reportedIn, rel))
        g.add((node, PROV.wasGeneratedBy, activity))
        if chair.start:
            g.add((node, COOP.startDate, _date(chair.start)))
        if chair.end:
            g.add((node, COOP.endDate, _date(chair.end)))
        for span in sorted(set(chair.evidence)):
            g.add((node, COOP.evidence, _span(g, facts, rel, span, rslug)))
    return g


def _describe_minted(g: Graph, resolve: _Resolver, node: URIRef, cls: URIRef, key: str) -> None:
    """An entity the reference data does not know still gets its type and label."""
    if str(node) in resolve.used_reference:
        return
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(key)))


def reference_graph(gaz: Gazetteer, used: Iterable[str]) -> Graph:
    """The reference nodes the releases use, with the parents and countries they point to."""
    g = Graph(identifier=REFERENCE_GRAPH)
    todo = sorted(set(used))
    seen: set[str] = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for triple in gaz.graph.triples((URIRef(node), None, None)):
            g.add(triple)
            obj = triple[2]
            if isinstance(obj, URIRef) and triple[1] in (COOP.parentAgency, COOP.country, SKOS.inScheme) and \
                    str(obj) not in seen:
                todo.append(str(obj))
    scheme = COOP.CrimeAreaScheme
    if any(True for _ in g.triples((None, SKOS.inScheme, scheme))):
        for triple in gaz.graph.triples((scheme, None, None)):
            g.add(triple)
    return g


def to_dataset(all_facts: Iterable[ReleaseFacts], gazetteer: Gazetteer | None = None) -> Dataset:
    """The graph of a set of releases: a named graph each, and the reference data they use."""
    gaz = gazetteer or load_gazetteer()
    resolve = _Resolver(gaz)
    dataset = Dataset()
    for prefix, ns in (("coop", COOP), ("id", ID), ("skos", SKOS), ("dcterms", DCTERMS), ("prov", PROV)):
        dataset.bind(prefix, ns)
    for facts in all_facts:
        release_graph(facts, resolve, into=dataset.graph(release_iri(facts.release.identifier)))
    ref = dataset.graph(REFERENCE_GRAPH)
    for triple in reference_graph(gaz, resolve.used_reference):
        ref.add(triple)
    return dataset
