"""Why does the graph say that? A node's facts and the release sentences behind each.

Every meeting and chairmanship links (``coop:evidence``) to the text spans it was extracted from;
a person, agency, place or country is explained through the facts that mention it.
"""

from __future__ import annotations

import os

import pyoxigraph as ox
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from .errors import InputError
from .graphio import PREFIXES
from .mapping import COOP

__all__ = ["explain", "explain_file", "neighbourhood", "resolve_iri"]


def _union(data: Dataset | Graph) -> Graph:
    if isinstance(data, Dataset):
        union = Graph()
        for s, p, o, _g in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def resolve_iri(text: str) -> URIRef:
    """Accept a full IRI, ``<IRI>`` or a prefixed name known to coopkg (``meeting:dev-001-1``)."""
    text = text.strip().removeprefix("<").removesuffix(">")
    prefix, sep, local = text.partition(":")
    iri = text if "://" in text else PREFIXES[prefix] + local if sep and prefix in PREFIXES else None
    if iri is not None:
        try:
            ox.NamedNode(iri)  # Oxigraph's IRI check: the store looks the node up by it
        except ValueError as exc:
            raise InputError(f"'{text}' is not a valid IRI: {exc}") from None
        return URIRef(iri)
    raise InputError(f"'{text}' is neither an IRI nor a prefixed name (known prefixes: {', '.join(PREFIXES)})")


def _short(term: object) -> str:
    text = str(term)
    best = ""
    for prefix, namespace in PREFIXES.items():
        if text.startswith(namespace) and len(namespace) > len(best.partition(":")[2] or ""):
            local = text[len(namespace):]
            if "/" not in local and "#" not in local:
                best = f"{prefix}:{local}"
    return best or f"<{text}>"


def _show(graph: Graph, term: object) -> str:
    if isinstance(term, Literal):
        return str(term)
    label = graph.value(term, RDFS.label)  # type: ignore[arg-type]
    return f"{label} ({_short(term)})" if label is not None else _short(term)


def _evidence_lines(graph: Graph, node: URIRef, indent: str) -> list[str]:
    lines = []
    spans = sorted(graph.objects(node, COOP.evidence),
                   key=lambda s: (str(graph.value(s, COOP.inRelease)), int(graph.value(s, COOP.beginIndex) or 0)))
    for span in spans:
        release = graph.value(span, COOP.inRelease)
        ident = graph.value(release, DCTERMS.identifier) if release is not None else None
        begin, end = graph.value(span, COOP.beginIndex), graph.value(span, COOP.endIndex)
        quote = " ".join(str(graph.value(span, COOP.quote) or "").split())
        lines.append(f"{indent}[{ident or _short(release)} {begin}-{end}] \u201c{quote}\u201d")
    return lines


def explain(data: Dataset | Graph, node: URIRef) -> str:
    """A readable account of ``node``: its type, facts, and the sentences they come from."""
    graph = _union(data)
    if (node, None, None) not in graph and (None, None, node) not in graph:
        raise InputError(f"{_short(node)} is not in the graph")
    types = sorted(_short(t) for t in graph.objects(node, RDF.type))
    label = graph.value(node, RDFS.label)
    lines = [f"{_short(node)}  {' '.join(types)}" + (f"  \u201c{label}\u201d" if label else "")]
    facts = sorted((p, o) for p, o in graph.predicate_objects(node)
                   if p not in (RDF.type, RDFS.label, COOP.evidence))
    if facts:
        lines.append("  facts:")
        lines += [f"    {_short(p)}  {_show(graph, o)}" for p, o in facts]
    evidence = _evidence_lines(graph, node, "    ")
    if evidence:
        lines.append("  evidence:")
        lines += evidence
    participations = {p: graph.value(None, COOP.hasParticipation, p)
                      for p in graph.subjects(COOP.participantPerson, node)}
    by_meeting = {meeting: p for p, meeting in participations.items() if meeting is not None}
    users = sorted({s for s, p in graph.subject_predicates(node)
                    if p not in (COOP.mentions, COOP.inRelease, COOP.participantPerson)
                    and (s, COOP.evidence, None) in graph})
    for user in users:
        roles = sorted(_short(p) for p in graph.predicates(user, node))
        lines.append(f"  {' '.join(roles)} of {_show(graph, user)}:")
        # a participant's own evidence: the sentences naming them, not the whole meeting's
        lines += _evidence_lines(graph, by_meeting.get(user, user), "    ")
    mentioned_in = sorted(str(graph.value(r, DCTERMS.identifier)) for r in graph.subjects(COOP.mentions, node))
    if mentioned_in:
        lines.append(f"  mentioned in: {', '.join(mentioned_in)}")
    return "\n".join(lines)


def explain_file(path: str | os.PathLike[str], node: URIRef) -> str:
    """:func:`explain` of ``node`` in a graph file, without loading the file into rdflib.

    The file goes into a pyoxigraph Store holding the union of its graphs
    (:func:`coopkg.query.union_store`), and only :func:`neighbourhood` is handed to rdflib: at 100k
    releases that is a minute and a few GB rather than the whole graph as rdflib objects.

    :raises InputError: for an unreadable or invalid file, or a node that is not in it.
    """
    from .query import union_store

    return explain(neighbourhood(union_store(path), node), node)


_EVIDENCE, _PARTICIPATION = ox.NamedNode(str(COOP.evidence)), ox.NamedNode(str(COOP.hasParticipation))
_LABEL, _IDENTIFIER = ox.NamedNode(str(RDFS.label)), ox.NamedNode(str(DCTERMS.identifier))
_IN_RELEASE = ox.NamedNode(str(COOP.inRelease))


def neighbourhood(store: ox.Store, node: URIRef) -> Graph:
    """The triples :func:`explain` reads about ``node``, from a Store whose default graph is the union.

    The node's own triples and those pointing at it; the labels of what it points at; the evidence,
    label and identifier of what points at it (meetings, participations, releases) and the meeting of
    each participation; every evidence span's triples and the identifier of its release.
    """
    from .graphio import rdflib_converter

    default = ox.DefaultGraph()
    center = ox.NamedNode(str(node))
    found: set[ox.Quad] = set()

    def take(subject: object = None, predicate: object = None, obj: object = None) -> list[ox.Quad]:
        quads = list(store.quads_for_pattern(subject, predicate, obj, default))  # type: ignore[arg-type]
        found.update(quads)
        return quads

    outgoing, incoming = take(center), take(None, None, center)
    for quad in outgoing:
        if not isinstance(quad.object, ox.Literal):
            take(quad.object, _LABEL)
    evidence = [quad for quad in outgoing if quad.predicate == _EVIDENCE]
    for user in {quad.subject for quad in incoming}:
        for predicate in (_EVIDENCE, _LABEL, _IDENTIFIER):
            quads = take(user, predicate)
            if predicate == _EVIDENCE:
                evidence += quads
        take(None, _PARTICIPATION, user)
    for span in {quad.object for quad in evidence}:
        for quad in take(span):
            if quad.predicate == _IN_RELEASE:
                take(quad.object, _IDENTIFIER)
    convert = rdflib_converter()
    graph = Graph()
    for quad in found:
        graph.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))  # type: ignore[arg-type]
    return graph
