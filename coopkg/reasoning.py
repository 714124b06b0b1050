"""OWL 2 RL inference: the graph restated in the vocabularies the ontology aligns with.

The ontology (``ontology/coopkg.ttl``) says, for instance, that a ``coop:Meeting`` is a ``schema:Event``
and that ``coop:holder`` is a sub-property of ``org:member``. :func:`infer` runs the owlrl reasoner
(`OWL 2 RL/RDF rules <https://www.w3.org/TR/owl2-profiles/#Reasoning_in_OWL_2_RL_and_RDF_Graphs_using_Rules>`_)
over the data plus the ontology and adds what follows from them, so that users can query the graph as
schema.org events, ORG memberships, PROV entities and so on.

owlrl returns the full closure, most of it noise for a data graph: ``?x owl:sameAs ?x`` for every term,
``?x a owl:Thing``, typing of literals (``"5" a xsd:integer``), axioms about the RDF/OWL vocabularies and
the ontology's own consequences. Only the *new facts about the data* are kept; they go to the named graph
``id:graph/inferred`` so they can be told apart from what was extracted (and dropped again).

>>> import rdflib
>>> COOP = rdflib.Namespace("https://w3id.org/coopkg/ontology#")
>>> g = rdflib.Graph()
>>> _ = g.add((rdflib.URIRef("https://w3id.org/coopkg/id/meeting/r-1"), rdflib.RDF.type, COOP.Meeting))
>>> sorted(str(o) for o in entailments(g).objects())
['https://schema.org/Event']
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import owlrl
import pyoxigraph as ox
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import InputError
from .resources import ontology_path

if TYPE_CHECKING:
    from .compiled_rl import Entailments

__all__ = ["ENGINES", "INFERRED_GRAPH", "entailments", "infer", "infer_nquads_file", "infer_quads"]

log = logging.getLogger(__name__)

#: The named graph that receives the entailments.
INFERRED_GRAPH = URIRef("https://w3id.org/coopkg/id/graph/inferred")

#: Vocabularies whose own terms are never the subject of a kept entailment, and whose classes
#: (owl:Thing, rdfs:Resource, rdf:Property, rdfs:Datatype, xsd:*...) are never a kept rdf:type.
_BUILTIN_NAMESPACES: tuple[str, ...] = (str(RDF), str(RDFS), str(OWL), str(rdflib.XSD), str(SKOS))

#: Where owlrl reports inconsistencies (as triples about blank nodes, which are dropped).
_OWLRL_ERROR_NS = "http://www.daml.org/2002/03/agents/agent-ont#"


#: The reasoners :func:`infer` and :func:`entailments` can use (see :mod:`coopkg.compiled_rl`).
ENGINES: tuple[str, ...] = ("compiled", "owlrl")


def infer(dataset: rdflib.Graph, engine: str = "compiled") -> rdflib.Dataset:
    """The input dataset plus its OWL RL entailments, in the named graph ``id:graph/inferred``.

    Every graph of the input is copied as it is (a plain :class:`rdflib.Graph` goes to the default
    graph); the entailments are computed over the union of all graphs and the ontology, so facts from
    the reference data and from a release combine. The result is a new dataset; the input is not
    modified. Running ``infer`` on its own output adds nothing.

    ``engine`` is ``"compiled"`` (the ontology compiled into set rules, :mod:`coopkg.compiled_rl`;
    proven equal to owlrl on the seed and dev corpora) or ``"owlrl"`` (the reference reasoner, slow).
    """
    result = rdflib.Dataset()
    for prefix, namespace in dataset.namespaces():
        result.bind(prefix, namespace, override=False)
    for s, p, o, graph_name in _quads(dataset):
        target = result.default_graph if graph_name is None else result.graph(graph_name)
        target.add((s, p, o))
    inferred = result.graph(INFERRED_GRAPH)
    for triple in entailments(dataset, engine=engine):
        inferred.add(triple)
    return result


def infer_quads(quads: list[ox.Quad], engine: str = "compiled",
                source: str | os.PathLike[str] | None = None) -> list[ox.Quad]:
    """:func:`infer` on pyoxigraph quads: the input plus the entailments in ``id:graph/inferred``.

    With the compiled engine the graph never goes through rdflib (whose parsing and memory dominate
    on large files); owlrl needs rdflib, so the quads are converted for it.

    :param source: the N-Quads / N-Triples file ``quads`` were read from, if any: the compiled engine
        then reasons over its text (:func:`coopkg.nquads_rl.entail_nquads`, on every core for a big
        file), which is faster than over the quads, and falls back to them if the text is not canonical.
    """
    if engine != "compiled":
        from .graphio import _oxigraph_quads, to_rdflib_dataset

        return list(_oxigraph_quads(infer(to_rdflib_dataset(quads), engine=engine)))
    from .compiled_rl import entail

    found = _entail_text(source) if source is not None else None
    if found is None:
        found = entail(quads)
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    return [*quads, *(ox.Quad(t.subject, t.predicate, t.object, inferred) for t in found.triples())]


#: Below this size a file is reasoned in one process (forking costs more than it saves).
_PARALLEL_BYTES = 64 << 20


def _text_source(source: str | os.PathLike[str]) -> int | None:
    """How many workers should reason over ``source``'s text, or None if it is not to be read as text."""
    from .nquads_rl import readable_text_file

    if not readable_text_file(source):
        return None
    return (os.cpu_count() or 1) if os.path.getsize(source) >= _PARALLEL_BYTES else 1


def _entail_text(source: str | os.PathLike[str]) -> Entailments | None:
    from .nquads_rl import entail_nquads

    workers = _text_source(source)
    return None if workers is None else entail_nquads(source, workers=workers)


def infer_nquads_file(source: str | os.PathLike[str], out: str | os.PathLike[str]) -> tuple[int, int] | None:
    """:func:`infer_quads` from an N-Quads / N-Triples file to an N-Quads file without parsing it into quads.

    For files in the order :func:`coopkg.graphio.write_graph` writes (every N-Quads file ``coopkg build``
    writes): the same bytes, streamed (:func:`coopkg.nquads_rl.infer_nquads_file`). Returns
    ``(input quads, inferred quads)``, or None, having written nothing, for any other input.
    """
    from .nquads_rl import infer_nquads_file as stream

    workers = _text_source(source)
    return None if workers is None else stream(source, out, workers=workers)


def entailments(dataset: rdflib.Graph, engine: str = "compiled") -> rdflib.Graph:
    """Only the new triples that OWL RL entails from the data and the ontology, noise removed.

    Dropped: anything already in the input; the ontology's axioms and what follows from the ontology
    alone; triples with a blank node or a literal subject (owlrl's literal typing and error reports);
    reflexive ``owl:sameAs``; triples about terms of the RDF, RDFS, OWL, XSD and SKOS vocabularies;
    and ``rdf:type`` statements whose class belongs to those vocabularies (``owl:Thing``,
    ``rdfs:Resource``, ...). What remains are facts about the data's own nodes, e.g.
    ``id:meeting/x a schema:Event`` or ``id:chairmanship/x org:role coop:ChairRole``.

    :param engine: ``"compiled"`` (default) or ``"owlrl"``, see :func:`infer`.
    :raises InputError: for an unknown engine.
    """
    if engine == "compiled":
        return _compiled_entailments(dataset)
    if engine != "owlrl":
        raise InputError(f"unknown reasoning engine '{engine}' (choose from {', '.join(ENGINES)})")
    data = _union(dataset)
    ontology, ontology_closure = _ontology()
    closure = rdflib.Graph()
    for triple in data:
        closure.add(triple)
    for triple in ontology:
        closure.add(triple)
    _expand(closure)
    _log_inconsistencies(closure)

    new = rdflib.Graph()
    for triple in closure:
        if triple in data or triple in ontology_closure or _is_noise(triple):
            continue
        new.add(triple)
    return new


# --------------------------------------------------------------------------------------------- helpers


def _compiled_entailments(dataset: rdflib.Graph) -> rdflib.Graph:
    """:func:`coopkg.compiled_rl.entailments_compiled` as an rdflib graph (terms converted once each)."""
    from .compiled_rl import entailments_compiled
    from .graphio import rdflib_converter

    convert = rdflib_converter()
    new = rdflib.Graph()
    new.addN((convert(s), convert(p), convert(o), new) for s, p, o in entailments_compiled(dataset))
    return new


def _quads(dataset: rdflib.Graph) -> list[tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node,
                                                 rdflib.term.Node | None]]:
    """``(s, p, o, graph name or None for the default graph)`` for a Dataset or a plain Graph."""
    if not isinstance(dataset, rdflib.ConjunctiveGraph):  # a plain Graph: all in the default graph
        return [(s, p, o, None) for s, p, o in dataset]
    quads = []
    default_ids = {DATASET_DEFAULT_GRAPH_ID}
    if not isinstance(dataset, rdflib.Dataset):  # a ConjunctiveGraph names its default graph itself
        default_ids.add(dataset.default_context.identifier)
    for s, p, o, context in dataset.quads((None, None, None, None)):
        name = context.identifier if isinstance(context, rdflib.Graph) else context
        quads.append((s, p, o, None if name is None or name in default_ids else name))
    return quads


def _union(dataset: rdflib.Graph) -> rdflib.Graph:
    """All triples of all graphs, each once."""
    union = rdflib.Graph()
    for s, p, o, _graph in _quads(dataset):
        union.add((s, p, o))
    return union


def _expand(graph: rdflib.Graph) -> None:
    """Add the OWL 2 RL closure to ``graph`` in place (no axiomatic triples: they are all noise here)."""
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(graph)


def _ontology() -> tuple[rdflib.Graph, rdflib.Graph]:
    """The ontology and its own OWL RL closure, parsed once per file version."""
    path = ontology_path()
    return _load_ontology(path, os.stat(path).st_mtime_ns)


@cache
def _load_ontology(path: Path, _mtime_ns: int) -> tuple[rdflib.Graph, rdflib.Graph]:
    ontology = rdflib.Graph().parse(path, format="turtle")
    closure = rdflib.Graph()
    for triple in ontology:
        closure.add(triple)
    _expand(closure)
    return ontology, closure


def _is_builtin(term: rdflib.term.Node) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(_BUILTIN_NAMESPACES)


def _is_noise(triple: tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]) -> bool:
    """True for entailments that say nothing about the data (see :func:`entailments`)."""
    s, p, o = triple
    if not isinstance(s, URIRef) or not isinstance(p, URIRef) or isinstance(o, BNode):
        return True
    if _is_builtin(s):
        return True
    if p == OWL.sameAs and s == o:
        return True
    return p == RDF.type and (_is_builtin(o) or isinstance(o, Literal))


def _log_inconsistencies(closure: rdflib.Graph) -> None:
    """owlrl reports clashes (e.g. an ill-formed xsd:date) as triples; pass them on as log records.

    The SHACL validation reports the same problems to the user with more context.
    """
    error = URIRef(_OWLRL_ERROR_NS + "error")
    for message in sorted(str(m) for m in closure.objects(None, error)):
        log.info("OWL RL inconsistency: %s", message)
