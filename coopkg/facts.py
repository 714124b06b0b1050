"""Facts extracted from a release: plain Python objects, no RDF.

The extractor produces them, the mapping turns them into triples; tests of either side need only
these classes. Entities are referred to by *keys* (canonical names), which the mapping turns into
IRIs, so the same entity in two releases becomes one node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

__all__ = [
    "AgencyFact",
    "Chairmanship",
    "Meeting",
    "PersonFact",
    "Release",
    "ReleaseFacts",
    "Span",
]

Status = Literal["held", "planned"]


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the release text, ``text[start:end]``: the evidence behind a fact."""

    start: int
    end: int


@dataclass(frozen=True)
class Release:
    """One press release as read from disk."""

    identifier: str
    text: str
    publication_date: date | None = None
    body_start: int = 0
    source: str = ""

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass
class AgencyFact:
    """An organisation the release names.

    ``name`` is the canonical name (the key); ``reference`` the reference-data IRI when the agency is
    known there; ``aliases`` every other surface form seen in this release.
    """

    name: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    reference: str | None = None
    parent: str | None = None


@dataclass
class PersonFact:
    """A named person with the role the release gives them."""

    name: str
    title: str | None = None
    agency: str | None = None
    country: str | None = None


@dataclass
class Meeting:
    """A meeting, talks, session, conference or similar event, held or planned."""

    status: Status
    start: date | None = None
    end: date | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    label: str | None = None
    #: per participant, the sentences that place them at this meeting
    participant_evidence: dict[str, list[Span]] = field(default_factory=dict)


@dataclass
class Chairmanship:
    """``holder`` (a country or an agency, by key) chairs ``body`` (an agency key) over a period."""

    holder: str
    holder_kind: Literal["country", "agency"]
    body: str
    start: date | None = None
    end: date | None = None
    evidence: list[Span] = field(default_factory=list)


@dataclass
class ReleaseFacts:
    """Everything extracted from one release.

    ``countries`` and ``places`` are keys (short English names); ``crime_areas`` vocabulary ids.
    """

    release: Release
    persons: dict[str, PersonFact] = field(default_factory=dict)
    agencies: dict[str, AgencyFact] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    crime_areas: set[str] = field(default_factory=set)
    meetings: list[Meeting] = field(default_factory=list)
    chairmanships: list[Chairmanship] = field(default_factory=list)
