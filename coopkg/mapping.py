"""Facts → RDF: one named graph per release, plus the reference nodes the releases use.

IRIs come from canonical keys (see ``docs/DESIGN.md``), so the same entity named in two releases is
one node and the same input always gives the same IRIs. No blank nodes: output files are
deterministic and every node can be linked to.

The statements are built as pyoxigraph terms (cheap to make, written by Rust); :func:`to_dataset`
converts them for users of the rdflib API. A release's statements depend on its facts and the
reference data only, so releases can be mapped in any order, in any process.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import pyoxigraph as ox
from rdflib import SKOS, Dataset, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .extractor import EXTRACTOR_VERSION
from .facts import Meeting, ReleaseFacts, Span
from .gazetteer import Gazetteer, load_gazetteer

__all__ = [
    "COOP",
    "ID",
    "REFERENCE_GRAPH",
    "Statement",
    "iri",
    "release_graph",
    "release_iri",
    "release_statements",
    "slug",
    "to_dataset",
]

COOP = Namespace("https://w3id.org/coopkg/ontology#")
ID = Namespace("https://w3id.org/coopkg/id/")
REFERENCE_GRAPH = ID["graph/reference"]

_Term = ox.NamedNode | ox.Literal
#: One triple of a release graph, as pyoxigraph terms.
Statement = tuple[ox.NamedNode, ox.NamedNode, _Term]

_COOP = str(COOP)
_ID = str(ID)
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_ALT_LABEL = ox.NamedNode(str(SKOS.altLabel))
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))
_USED = ox.NamedNode(str(PROV.used))
_GENERATED_BY = ox.NamedNode(str(PROV.wasGeneratedBy))
_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_XSD_NON_NEGATIVE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")


def _coop(name: str) -> ox.NamedNode:
    return ox.NamedNode(_COOP + name)


class _C:
    """The ontology terms the mapping writes, made once."""

    Release, Extraction, Meeting, Chairmanship = (_coop(n) for n in ("Release", "Extraction", "Meeting",
                                                                     "Chairmanship"))
    Agency, Person, Country, Place = (_coop(n) for n in ("Agency", "Person", "Country", "Place"))
    Participation, TextSpan, Held, Planned = (_coop(n) for n in ("Participation", "TextSpan", "Held", "Planned"))
    publicationDate, extractorVersion, mentions = (_coop(n) for n in ("publicationDate", "extractorVersion",
                                                                      "mentions"))
    country, title, memberOf, status, reportedIn = (_coop(n) for n in ("country", "title", "memberOf", "status",
                                                                      "reportedIn"))
    startDate, endDate, location, participant = (_coop(n) for n in ("startDate", "endDate", "location",
                                                                    "participant"))
    hasParticipation, participantPerson, participatingAgency = (
        _coop(n) for n in ("hasParticipation", "participantPerson", "participatingAgency"))
    participatingCountry, topic, evidence, holder, chairedBody = (
        _coop(n) for n in ("participatingCountry", "topic", "evidence", "holder", "chairedBody"))
    inRelease, beginIndex, endIndex, quote = (_coop(n) for n in ("inRelease", "beginIndex", "endIndex", "quote"))


@lru_cache(maxsize=65536)
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


def _node(kind: str, key: str) -> ox.NamedNode:
    return ox.NamedNode(f"{_ID}{kind}/{slug(key)}")


def _date(value: date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_XSD_DATE)


class _Resolver:
    """Entity keys → IRIs, preferring the reference data's IRIs; remembers the reference IRIs used."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.used_reference: set[str] = set()

    def _ref(self, kind: str, key: str) -> ox.NamedNode | None:
        found = self.gaz.iri_of(kind, key)
        if found:
            self.used_reference.add(found)
            return ox.NamedNode(found)
        return None

    def country(self, key: str) -> ox.NamedNode:
        return self._ref("country", key) or _node("country", key)

    def place(self, key: str) -> ox.NamedNode:
        return self._ref("place", key) or _node("place", key)

    def agency(self, key: str, reference: str | None = None) -> ox.NamedNode:
        if reference:
            self.used_reference.add(reference)
            return ox.NamedNode(reference)
        return self._ref("agency", key) or _node("agency", key)

    def person(self, key: str) -> ox.NamedNode:
        return _node("person", key)

    def crime_area(self, notation: str) -> ox.NamedNode:
        entry = self.gaz.crime_areas.get(notation)
        if entry:
            self.used_reference.add(entry.iri)
            return ox.NamedNode(entry.iri)
        return _node("crime-area", notation)

    def is_reference(self, node: ox.NamedNode) -> bool:
        return node.value in self.used_reference


def _meeting_label(meeting: Meeting) -> str:
    kind = "Planned meeting" if meeting.status == "planned" else "Meeting"
    where = f" in {meeting.place}" if meeting.place else ""
    when = ""
    if meeting.start:
        when = f" on {meeting.start.isoformat()}"
        if meeting.end:
            when = f" from {meeting.start.isoformat()} to {meeting.end.isoformat()}"
    return f"{kind}{where}{when}"


class _Writer:
    """Collects one release's statements (a list: duplicates are harmless, writers deduplicate)."""

    def __init__(self, facts: ReleaseFacts, resolve: _Resolver) -> None:
        self.facts = facts
        self.resolve = resolve
        self.rslug = slug(facts.release.identifier)
        self.rel = ox.NamedNode(f"{_ID}release/{self.rslug}")
        self.out: list[Statement] = []
        self.add = self.out.append

    def minted(self, node: ox.NamedNode, cls: ox.NamedNode, key: str) -> None:
        """An entity the reference data does not know still gets its type and label."""
        if not self.resolve.is_reference(node):
            self.add((node, _RDF_TYPE, cls))
            self.add((node, _LABEL, ox.Literal(key)))

    def span(self, span: Span) -> ox.NamedNode:
        node = ox.NamedNode(f"{_ID}span/{self.rslug}-{span.start}-{span.end}")
        add = self.add
        add((node, _RDF_TYPE, _C.TextSpan))
        add((node, _C.inRelease, self.rel))
        add((node, _C.beginIndex, ox.Literal(str(span.start), datatype=_XSD_NON_NEGATIVE)))
        add((node, _C.endIndex, ox.Literal(str(span.end), datatype=_XSD_NON_NEGATIVE)))
        add((node, _C.quote, ox.Literal(self.facts.release.quote(span))))
        return node


def release_statements(facts: ReleaseFacts, resolve: _Resolver) -> list[Statement]:
    """The triples one release contributes (its named graph), as pyoxigraph terms."""
    w = _Writer(facts, resolve)
    add, rel = w.add, w.rel
    release = facts.release
    add((rel, _RDF_TYPE, _C.Release))
    add((rel, _IDENTIFIER, ox.Literal(release.identifier)))
    add((rel, _LABEL, ox.Literal(f"Release {release.identifier}")))
    if release.publication_date:
        add((rel, _C.publicationDate, _date(release.publication_date)))
    activity = ox.NamedNode(f"{_ID}extraction/{w.rslug}")
    add((activity, _RDF_TYPE, _C.Extraction))
    add((activity, _LABEL, ox.Literal(f"Extraction of release {release.identifier}")))
    add((activity, _USED, rel))
    add((activity, _C.extractorVersion, ox.Literal(EXTRACTOR_VERSION)))

    def agency_of(key: str) -> ox.NamedNode:
        fact = facts.agencies.get(key)
        return resolve.agency(key, fact.reference if fact else None)

    for key in sorted(facts.countries):
        node = resolve.country(key)
        w.minted(node, _C.Country, key)
        add((rel, _C.mentions, node))
    for key in sorted(facts.places):
        node = resolve.place(key)
        w.minted(node, _C.Place, key)
        add((rel, _C.mentions, node))
    for key in sorted(facts.agencies):
        agency = facts.agencies[key]
        node = resolve.agency(key, agency.reference)
        add((rel, _C.mentions, node))
        if not resolve.is_reference(node):
            add((node, _RDF_TYPE, _C.Agency))
            add((node, _LABEL, ox.Literal(agency.name)))
            if agency.country:
                country = resolve.country(agency.country)
                add((node, _C.country, country))
                w.minted(country, _C.Country, agency.country)
        for alias in sorted(agency.aliases):
            if alias != agency.name:
                add((node, _ALT_LABEL, ox.Literal(alias)))
    for key in sorted(facts.persons):
        person = facts.persons[key]
        node = resolve.person(key)
        add((rel, _C.mentions, node))
        add((node, _RDF_TYPE, _C.Person))
        add((node, _LABEL, ox.Literal(person.name)))
        if person.title:
            add((node, _C.title, ox.Literal(person.title)))
        if person.agency:
            add((node, _C.memberOf, agency_of(person.agency)))
        if person.country:
            country = resolve.country(person.country)
            add((node, _C.country, country))
            w.minted(country, _C.Country, person.country)
    for notation in sorted(facts.crime_areas):
        add((rel, _C.mentions, resolve.crime_area(notation)))

    for n, meeting in enumerate(facts.meetings, start=1):
        node = ox.NamedNode(f"{_ID}meeting/{w.rslug}-{n}")
        label = _meeting_label(meeting)
        add((node, _RDF_TYPE, _C.Meeting))
        add((node, _LABEL, ox.Literal(label)))
        add((node, _C.status, _C.Planned if meeting.status == "planned" else _C.Held))
        add((node, _C.reportedIn, rel))
        add((node, _GENERATED_BY, activity))
        if meeting.start:
            add((node, _C.startDate, _date(meeting.start)))
        if meeting.end:
            add((node, _C.endDate, _date(meeting.end)))
        if meeting.place:
            place = resolve.place(meeting.place)
            w.minted(place, _C.Place, meeting.place)
            add((node, _C.location, place))
        for key in meeting.participants:
            person = resolve.person(key)
            add((node, _C.participant, person))
            participation = ox.NamedNode(f"{_ID}participation/{w.rslug}-{n}-{slug(key)}")
            add((participation, _RDF_TYPE, _C.Participation))
            add((participation, _LABEL, ox.Literal(f"{facts.persons[key].name} at {label}")))
            add((node, _C.hasParticipation, participation))
            add((participation, _C.participantPerson, person))
            for span in sorted(set(meeting.participant_evidence.get(key, []))):
                add((participation, _C.evidence, w.span(span)))
        for key in meeting.agencies:
            add((node, _C.participatingAgency, agency_of(key)))
        for key in meeting.countries:
            country = resolve.country(key)
            w.minted(country, _C.Country, key)
            add((node, _C.participatingCountry, country))
        for notation in meeting.topics:
            add((node, _C.topic, resolve.crime_area(notation)))
        for span in sorted(set(meeting.evidence)):
            add((node, _C.evidence, w.span(span)))

    for n, chair in enumerate(facts.chairmanships, start=1):
        node = ox.NamedNode(f"{_ID}chairmanship/{w.rslug}-{n}")
        holder = resolve.country(chair.holder) if chair.holder_kind == "country" else agency_of(chair.holder)
        add((node, _RDF_TYPE, _C.Chairmanship))
        add((node, _LABEL, ox.Literal(f"Chairmanship of {chair.body} held by {chair.holder}")))
        add((node, _C.holder, holder))
        add((node, _C.chairedBody, agency_of(chair.body)))
        add((node, _C.reportedIn, rel))
        add((node, _GENERATED_BY, activity))
        if chair.start:
            add((node, _C.startDate, _date(chair.start)))
        if chair.end:
            add((node, _C.endDate, _date(chair.end)))
        for span in sorted(set(chair.evidence)):
            add((node, _C.evidence, w.span(span)))
    return w.out


def release_graph(facts: ReleaseFacts, resolve: _Resolver, into: Graph | None = None) -> Graph:
    """The triples one release contributes (its named graph), as an rdflib graph."""
    from .graphio import rdflib_converter

    g = into if into is not None else Graph(identifier=release_iri(facts.release.identifier))
    convert = rdflib_converter()
    g.addN((convert(s), convert(p), convert(o), g) for s, p, o in release_statements(facts, resolve))
    return g


#: what a used reference node brings along: a graph never points at a node it does not describe
_FOLLOWED = (COOP.parentAgency, COOP.country, COOP.capital, SKOS.inScheme)


def reference_graph(gaz: Gazetteer, used: Iterable[str]) -> Graph:
    """The reference nodes the releases use, with the parents, countries and capitals they point to."""
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
            if isinstance(obj, URIRef) and triple[1] in _FOLLOWED and str(obj) not in seen:
                todo.append(str(obj))
    scheme = COOP.CrimeAreaScheme
    if any(True for _ in g.triples((None, SKOS.inScheme, scheme))):
        for triple in gaz.graph.triples((scheme, None, None)):
            g.add(triple)
    return g


def to_dataset(all_facts: Iterable[ReleaseFacts], gazetteer: Gazetteer | None = None) -> Dataset:
    """The graph of a set of releases: a named graph each, and the reference data they use."""
    from .graphio import rdflib_converter

    gaz = gazetteer or load_gazetteer()
    resolve = _Resolver(gaz)
    dataset = Dataset()
    for prefix, ns in (("coop", COOP), ("id", ID), ("skos", SKOS), ("dcterms", DCTERMS), ("prov", PROV)):
        dataset.bind(prefix, ns)
    convert = rdflib_converter()
    for facts in all_facts:
        graph = dataset.graph(release_iri(facts.release.identifier))
        graph.addN((convert(s), convert(p), convert(o), graph) for s, p, o in release_statements(facts, resolve))
    ref = dataset.graph(REFERENCE_GRAPH)
    for triple in reference_graph(gaz, resolve.used_reference):
        ref.add(triple)
    return dataset
