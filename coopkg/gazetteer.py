"""Reference data (RDF under ``data/``) turned into the extractor's lookup tables.

The same files serve the users' queries (they are merged into the graph) and the extractor's
gazetteer, so an alias added once is known everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from .resources import reference_paths

__all__ = [
    "AgencyEntry",
    "CountryEntry",
    "CrimeAreaEntry",
    "Gazetteer",
    "PlaceEntry",
    "fold",
    "load_gazetteer",
    "name_key",
]

COOP = Namespace("https://w3id.org/coopkg/ontology#")

#: Words that open a country's official long form ("the Republic of Finland").
_OFFICIAL_WORDS = ("republic", "kingdom", "federation", "state", "emirates", "union", "commonwealth",
                   "principality", "sultanate", "duchy", "confederation", "democratic")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """ASCII-fold, lower-case and squeeze a name, for comparisons that forgive typography.

    Memoised: the extractor compares every name it meets with the names already known.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"[^\w'&-]+", " ", text.casefold())
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


def name_key(text: str) -> str:
    """Key of a name for lookups: folded, without a leading article."""
    return fold(text)


@dataclass(frozen=True)
class CountryEntry:
    key: str  # the short English name, e.g. "Russia"
    iri: str
    names: tuple[str, ...]  # label and every long form
    demonyms: tuple[str, ...]
    official: str  # the long form used to render agency names, e.g. "the Russian Federation"


@dataclass(frozen=True)
class PlaceEntry:
    key: str
    iri: str
    names: tuple[str, ...]
    country: str | None


@dataclass(frozen=True)
class AgencyEntry:
    key: str  # canonical name
    iri: str
    names: tuple[str, ...]  # label and alt labels
    country: str | None
    parent: str | None


@dataclass(frozen=True)
class CrimeAreaEntry:
    notation: str
    iri: str
    label: str
    cues: tuple[str, ...]
    windows: tuple[str, ...] = ()
    """Cues whose words may stand apart (``coop:cueWindow``): "theft*|stolen ... car|cars|vehicle*"."""


@dataclass
class Gazetteer:
    """Lookup tables built from the reference data."""

    countries: dict[str, CountryEntry] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    agencies: dict[str, AgencyEntry] = field(default_factory=dict)
    crime_areas: dict[str, CrimeAreaEntry] = field(default_factory=dict)
    country_by_name: dict[str, str] = field(default_factory=dict)
    country_by_demonym: dict[str, str] = field(default_factory=dict)
    place_by_name: dict[str, str] = field(default_factory=dict)
    agency_by_name: dict[str, str] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)  # case-sensitive acronym -> agency key
    capital_of: dict[str, str] = field(default_factory=dict)  # country key -> its capital's place key
    graph: Graph = field(default_factory=Graph)

    # -- lookups ---------------------------------------------------------------------------
    def country(self, name: str) -> str | None:
        """Country key for a short/long name ("the Kingdom of Sweden") or demonym ("Swedish")."""
        if name in self.country_by_demonym:
            return self.country_by_demonym[name]
        return self.country_by_name.get(name_key(name))

    def place(self, name: str) -> str | None:
        return self.place_by_name.get(name_key(name))

    def agency(self, name: str) -> str | None:
        if name in self.acronyms:
            return self.acronyms[name]
        return self.agency_by_name.get(name_key(name))

    def iri_of(self, kind: str, key: str) -> str | None:
        table = {"country": self.countries, "place": self.places, "agency": self.agencies}[kind]
        entry = table.get(key)
        return entry.iri if entry else None

    def reference_nodes(self, iris: Iterable[str]) -> Graph:
        """The reference triples describing ``iris`` (what a build copies into its output)."""
        out = Graph()
        for iri in iris:
            for triple in self.graph.triples((URIRef(iri), None, None)):
                out.add(triple)
        return out

    # -- building ----------------------------------------------------------------------------
    def _add_country(self, entry: CountryEntry) -> None:
        self.countries[entry.key] = entry
        for name in entry.names:
            self.country_by_name.setdefault(name_key(name), entry.key)
        for demonym in entry.demonyms:
            self.country_by_demonym.setdefault(demonym, entry.key)


def _strings(graph: Graph, subject: URIRef, *predicates: URIRef) -> list[str]:
    values = {str(o) for p in predicates for o in graph.objects(subject, p) if isinstance(o, Literal)}
    return sorted(values)


def _official_form(label: str, names: list[str]) -> str:
    candidates = [n for n in names if n != label and any(w in n.casefold().split() for w in _OFFICIAL_WORDS)]
    if not candidates:
        return label
    best = max(candidates, key=lambda n: (len(n), n))
    return best if best.startswith("the ") else f"the {best}"


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return " " not in name and len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)


def build_gazetteer(paths: Iterable[Path]) -> Gazetteer:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    gaz = Gazetteer(graph=graph)
    by_iri: dict[str, str] = {}
    for subject in sorted(graph.subjects(RDF.type, COOP.Country)):
        label = _strings(graph, subject, RDFS.label)[0]
        names = [label, *_strings(graph, subject, SKOS.altLabel, COOP.officialName)]
        official = _strings(graph, subject, COOP.officialName)
        entry = CountryEntry(label, str(subject), tuple(names), tuple(_strings(graph, subject, COOP.demonym)),
                             official[0] if official else _official_form(label, names))
        gaz._add_country(entry)
        by_iri[str(subject)] = label
    for subject in sorted(graph.subjects(RDF.type, COOP.Place)):
        label = _strings(graph, subject, RDFS.label)[0]
        country = graph.value(subject, COOP.country)
        entry = PlaceEntry(label, str(subject), (label, *_strings(graph, subject, SKOS.altLabel)),
                           by_iri.get(str(country)) if country else None)
        gaz.places[label] = entry
        for name in entry.names:
            gaz.place_by_name.setdefault(name_key(name), label)
    place_iris = {entry.iri: key for key, entry in gaz.places.items()}
    for country_iri, capital in sorted(graph.subject_objects(COOP.capital)):
        if str(country_iri) in by_iri and str(capital) in place_iris:
            gaz.capital_of[by_iri[str(country_iri)]] = place_iris[str(capital)]
    agency_iris: dict[str, str] = {}
    for subject in sorted(graph.subjects(RDF.type, COOP.Agency)):
        agency_iris[str(subject)] = _strings(graph, subject, RDFS.label)[0]
    for subject in sorted(graph.subjects(RDF.type, COOP.Agency)):
        label = agency_iris[str(subject)]
        country = graph.value(subject, COOP.country)
        parent = graph.value(subject, COOP.parentAgency)
        names = (label, *_strings(graph, subject, SKOS.altLabel))
        entry = AgencyEntry(label, str(subject), names, by_iri.get(str(country)) if country else None,
                            agency_iris.get(str(parent)) if parent else None)
        gaz.agencies[label] = entry
        for name in names:
            if _is_acronym(name):
                gaz.acronyms.setdefault(name, label)
            else:
                gaz.agency_by_name.setdefault(name_key(name), label)
    for subject in sorted(graph.subjects(RDF.type, COOP.CrimeArea)):
        notation = str(graph.value(subject, SKOS.notation))
        label = str(graph.value(subject, SKOS.prefLabel) or graph.value(subject, RDFS.label) or notation)
        cues = _strings(graph, subject, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
        windows = tuple(sorted(str(w) for w in graph.objects(subject, COOP.cueWindow)))
        gaz.crime_areas[notation] = CrimeAreaEntry(notation, str(subject), label, tuple(cues), windows)
    return gaz


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of the packaged reference data, built once per process."""
    return build_gazetteer(reference_paths())
