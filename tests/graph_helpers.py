"""Small helpers the SHACL tests share: a build's union graph, and a stable node to mutate."""

from __future__ import annotations

import rdflib
from rdflib import RDF, URIRef


def union(dataset: rdflib.Dataset) -> rdflib.Graph:
    """The triples of every graph of ``dataset``, in one graph."""
    graph = rdflib.Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def first(graph: rdflib.Graph, cls: URIRef) -> URIRef:
    """The first instance of ``cls`` by IRI (the same node on every run)."""
    return sorted(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))[0]
