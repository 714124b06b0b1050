"""OWL 2 RL inference compiled from the ontology: the same entailments as owlrl, at millions of triples.

owlrl applies every OWL 2 RL/RDF rule to every triple until nothing changes; on a data graph that is
mostly wasted work (186 s at 222k triples, see ``docs/engines.md``). But the ontology is fixed, so the
schema-level part of the closure can be worked out *once*:

* the class hierarchy (``rdfs:subClassOf`` and ``owl:equivalentClass``; rules scm-sco, scm-eqc1/2),
  closed transitively;
* the property hierarchy (``rdfs:subPropertyOf``, ``owl:equivalentProperty``; scm-spo, scm-eqp1/2);
* for every property, the domains and ranges of it *and of its super-properties* (scm-dom2, scm-rng2);
* the ``owl:hasValue`` restrictions (``[owl:onProperty p ; owl:hasValue v]``), inverses, symmetric and
  transitive properties and property chains.

What is left for the data are a few set operations per predicate and per class, run as a semi-naive
fixpoint (each round only looks at what the previous round added):

* prp-spo1 / prp-eqp1/2: ``x p y``, ``p ⊑ q``  ⇒ ``x q y``
* prp-inv1/2, prp-symp, prp-trp, prp-spo2 (chains): the property-to-property rules, only run if the
  ontology uses them;
* prp-dom / prp-rng: ``x p y``, ``p rdfs:domain c`` ⇒ ``x a c`` (and ``y a c`` for the range);
* cls-hv2: ``x p v`` ⇒ ``x a R`` for a restriction ``R`` = ∃p.{v};
* cax-sco / cax-eqc1/2: ``x a c``, ``c ⊑ d`` ⇒ ``x a d``;
* cls-hv1: ``x a R`` ⇒ ``x p v`` (e.g. every ``coop:Chairmanship`` gets ``org:role coop:ChairRole``),
  which feeds the next round.

Without the property-to-property rules (the packaged ontology has none) every rule has one data
premise, so no fixpoint is needed on the data at all: :class:`SeedRules` restates the rules per data
triple, and :func:`entail` reads from a pyoxigraph Store only the predicates and classes some rule
uses, as N-Triples strings (hashed once, joined straight into the output), in forked worker processes.
The general fixpoint (:func:`_run`, on pyoxigraph terms grouped by predicate / class) remains for
ontologies with inverse, symmetric, transitive or chain axioms. The result is then cut down exactly as
:mod:`coopkg.reasoning` cuts owlrl's closure (input
triples, the ontology's own consequences and noise removed), so the two engines are interchangeable;
``tests/test_compiled_rl.py`` proves it on the seed and dev builds.

An ontology axiom this compiler does not implement (``owl:allValuesFrom``, ``owl:FunctionalProperty``,
``owl:sameAs``, a union, ...) raises :class:`UnsupportedAxiomError` instead of being silently skipped:
the equality proof would otherwise go stale the day the ontology grows.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from .errors import CoopkgError
from .graphio import RdfData, _oxigraph_quads
from .resources import ontology_path

__all__ = [
    "CompiledOntology",
    "Entailments",
    "UnsupportedAxiomError",
    "compile_ontology",
    "entail",
    "entailments_compiled",
    "graph_entailer",
]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"

RDF_TYPE = ox.NamedNode(_RDF + "type")
_RDF_FIRST = ox.NamedNode(_RDF + "first")
_RDF_REST = ox.NamedNode(_RDF + "rest")
_RDF_NIL = ox.NamedNode(_RDF + "nil")
_SUBCLASS = ox.NamedNode(_RDFS + "subClassOf")
_SUBPROPERTY = ox.NamedNode(_RDFS + "subPropertyOf")
_DOMAIN = ox.NamedNode(_RDFS + "domain")
_RANGE = ox.NamedNode(_RDFS + "range")
_EQ_CLASS = ox.NamedNode(_OWL + "equivalentClass")
_EQ_PROPERTY = ox.NamedNode(_OWL + "equivalentProperty")
_INVERSE = ox.NamedNode(_OWL + "inverseOf")
_ON_PROPERTY = ox.NamedNode(_OWL + "onProperty")
_HAS_VALUE = ox.NamedNode(_OWL + "hasValue")
_CHAIN = ox.NamedNode(_OWL + "propertyChainAxiom")
_SYMMETRIC = ox.NamedNode(_OWL + "SymmetricProperty")
_TRANSITIVE = ox.NamedNode(_OWL + "TransitiveProperty")
_RESTRICTION = ox.NamedNode(_OWL + "Restriction")
_SAME_AS = ox.NamedNode(_OWL + "sameAs")

#: Predicates whose OWL 2 RL semantics the compiler implements (and the list machinery of chains).
_SUPPORTED_SCHEMA = {_SUBCLASS, _SUBPROPERTY, _DOMAIN, _RANGE, _EQ_CLASS, _EQ_PROPERTY, _INVERSE,
                     _ON_PROPERTY, _HAS_VALUE, _CHAIN}

#: OWL/RDFS predicates that carry entailments in OWL 2 RL but are not compiled: an axiom using one is
#: an error, not a silent gap. (owl:differentFrom only yields inconsistencies, never new facts;
#: annotations such as rdfs:label, rdfs:comment, owl:versionInfo yield nothing.)
_UNSUPPORTED_SCHEMA = {ox.NamedNode(_OWL + name) for name in (
    "someValuesFrom", "allValuesFrom", "maxCardinality", "maxQualifiedCardinality", "cardinality",
    "qualifiedCardinality", "unionOf", "intersectionOf", "complementOf", "oneOf", "disjointWith",
    "propertyDisjointWith", "hasKey", "sameAs", "AllDisjointClasses", "AllDifferent", "members",
    "distinctMembers", "onClass", "sourceIndividual", "assertionProperty", "targetIndividual",
    "disjointUnionOf", "datatypeComplementOf", "withRestrictions", "onDatatype",
)}
_UNSUPPORTED_TYPES = {ox.NamedNode(_OWL + name) for name in (
    "FunctionalProperty", "InverseFunctionalProperty", "IrreflexiveProperty", "AsymmetricProperty",
    "AllDisjointClasses", "AllDifferent", "NegativePropertyAssertion", "AllDisjointProperties",
)}
_TYPE_RULES = {_SYMMETRIC, _TRANSITIVE}

_BUILTIN = (_RDF, _RDFS, _OWL, _XSD, _SKOS)

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Pair = tuple[Term, Term]


class UnsupportedAxiomError(CoopkgError):
    """The ontology uses an OWL construct the compiled reasoner does not implement."""


@dataclass
class CompiledOntology:
    """The ontology's rules with every schema-level closure precomputed (see the module docstring)."""

    super_properties: dict[Term, frozenset[Term]] = field(default_factory=dict)
    """p → every q with p ⊑ q (reflexive-transitive over subPropertyOf / equivalentProperty)."""
    super_classes: dict[Term, frozenset[Term]] = field(default_factory=dict)
    """c → every d with c ⊑ d (reflexive-transitive over subClassOf / equivalentClass)."""
    domains: dict[Term, frozenset[Term]] = field(default_factory=dict)
    """p → the classes (already closed upwards) its subjects belong to: prp-dom over all super-properties."""
    ranges: dict[Term, frozenset[Term]] = field(default_factory=dict)
    """p → the classes (closed upwards) its IRI/blank objects belong to: prp-rng likewise."""
    has_value: dict[Term, tuple[Term, Term]] = field(default_factory=dict)
    """restriction class R → (p, v) for R ≡ ∃p.{v} (cls-hv1, cls-hv2)."""
    inverses: dict[Term, frozenset[Term]] = field(default_factory=dict)
    """p → the properties q with p owl:inverseOf q or q owl:inverseOf p (prp-inv1/2)."""
    symmetric: frozenset[Term] = frozenset()
    transitive: frozenset[Term] = frozenset()
    chains: list[tuple[Term, tuple[Term, ...]]] = field(default_factory=list)
    """(p, (p1, …, pn)) for p owl:propertyChainAxiom (p1 … pn) (prp-spo2)."""
    facts: list[tuple[Term, Term, Term]] = field(default_factory=list, repr=False)
    """All the ontology's triples: they take part in the closure as owlrl sees them (data ∪ ontology)."""
    own_closure: frozenset[tuple[Term, Term, Term]] = frozenset()
    """What the ontology alone entails (subtracted from the results, as coopkg.reasoning does)."""
    seed_rules: SeedRules | None = field(default=None, repr=False, compare=False)
    """The per-triple form of the rules, worked out on first use (see :func:`_seed_rules`)."""

    @property
    def vocabulary(self) -> tuple[frozenset[Term], frozenset[Term]]:
        """(classes, properties) the ontology declares or aligns to: its terms and their targets."""
        classes: set[Term] = set()
        properties: set[Term] = set()
        for c, sups in self.super_classes.items():
            classes.add(c)
            classes.update(sups)
        for p, sups in self.super_properties.items():
            properties.add(p)
            properties.update(sups)
        for p, _v in self.has_value.values():
            properties.add(p)
        for targets in (*self.domains.values(), *self.ranges.values()):
            classes.update(targets)
        for s, p, o in self.facts:
            if p == RDF_TYPE and isinstance(o, ox.NamedNode):
                if o.value in (_OWL + "Class", _RDFS + "Class"):
                    classes.add(s)
                elif o.value in (_OWL + "ObjectProperty", _OWL + "DatatypeProperty", _RDF + "Property",
                                 _OWL + "AnnotationProperty"):
                    properties.add(s)
        return (frozenset(t for t in classes if isinstance(t, ox.NamedNode)),
                frozenset(t for t in properties if isinstance(t, ox.NamedNode)))


# ------------------------------------------------------------------------------------------- compiler


def _closure(edges: dict[Term, set[Term]], nodes: Iterable[Term]) -> dict[Term, frozenset[Term]]:
    """Reflexive-transitive closure of ``edges`` from each node (graphs here have tens of nodes)."""
    result: dict[Term, frozenset[Term]] = {}
    for start in nodes:
        seen = {start}
        stack = [start]
        while stack:
            for nxt in edges.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        result[start] = frozenset(seen)
    return result


def _rdf_list(triples: dict[Term, dict[Term, list[Term]]], head: Term) -> tuple[Term, ...]:
    items: list[Term] = []
    while head != _RDF_NIL:
        node = triples.get(head, {})
        if not node.get(_RDF_FIRST) or not node.get(_RDF_REST):
            raise UnsupportedAxiomError(f"malformed RDF list at {head} in the ontology")
        items.append(node[_RDF_FIRST][0])
        head = node[_RDF_REST][0]
    return tuple(items)


def compile_ontology(triples: Iterable[tuple[Term, Term, Term]]) -> CompiledOntology:
    """Compile an OWL 2 RL ontology (as triples) into closed hierarchies and rule tables.

    :raises UnsupportedAxiomError: for an axiom kind outside the supported rule families.
    """
    facts = list(triples)
    by_subject: dict[Term, dict[Term, list[Term]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in facts:
        by_subject[s][p].append(o)
        if p in _UNSUPPORTED_SCHEMA or (p == RDF_TYPE and o in _UNSUPPORTED_TYPES):
            raise UnsupportedAxiomError(
                f"the ontology states {s} {p} {o}: the compiled OWL RL reasoner does not implement "
                f"{o if p == RDF_TYPE else p}; use engine='owlrl' or extend coopkg/compiled_rl.py")

    sub_class: dict[Term, set[Term]] = defaultdict(set)
    sub_prop: dict[Term, set[Term]] = defaultdict(set)
    direct_domain: dict[Term, set[Term]] = defaultdict(set)
    direct_range: dict[Term, set[Term]] = defaultdict(set)
    inverses: dict[Term, set[Term]] = defaultdict(set)
    classes: set[Term] = set()
    properties: set[Term] = set()
    symmetric: set[Term] = set()
    transitive: set[Term] = set()
    chains: list[tuple[Term, tuple[Term, ...]]] = []
    has_value: dict[Term, tuple[Term, Term]] = {}

    for s, p, o in facts:
        if p == _SUBCLASS:
            sub_class[s].add(o)
            classes.update((s, o))
        elif p == _EQ_CLASS:  # cax-eqc1/2: both directions
            sub_class[s].add(o)
            sub_class[o].add(s)
            classes.update((s, o))
        elif p == _SUBPROPERTY:
            sub_prop[s].add(o)
            properties.update((s, o))
        elif p == _EQ_PROPERTY:  # prp-eqp1/2
            sub_prop[s].add(o)
            sub_prop[o].add(s)
            properties.update((s, o))
        elif p == _DOMAIN:
            direct_domain[s].add(o)
            properties.add(s)
            classes.add(o)
        elif p == _RANGE:
            direct_range[s].add(o)
            properties.add(s)
            classes.add(o)
        elif p == _INVERSE:
            inverses[s].add(o)
            inverses[o].add(s)
            properties.update((s, o))
        elif p == _CHAIN:
            chains.append((s, _rdf_list(by_subject, o)))
            properties.add(s)
        elif p == RDF_TYPE and o == _SYMMETRIC:
            symmetric.add(s)
        elif p == RDF_TYPE and o == _TRANSITIVE:
            transitive.add(s)
        elif p == _HAS_VALUE:
            props = by_subject[s].get(_ON_PROPERTY, [])
            if len(props) != 1:
                raise UnsupportedAxiomError(f"owl:hasValue restriction {s} needs exactly one owl:onProperty")
            has_value[s] = (props[0], o)
            classes.add(s)
            properties.add(props[0])
        elif p == _ON_PROPERTY and _HAS_VALUE not in by_subject[s]:
            raise UnsupportedAxiomError(f"restriction {s} on {o} is not an owl:hasValue restriction")

    for chain_property, _steps in chains:
        properties.update(_steps)
        properties.add(chain_property)
    properties.update(symmetric | transitive)

    super_classes = _closure(sub_class, classes)
    super_properties = _closure(sub_prop, properties)

    def upward(targets: Iterable[Term]) -> frozenset[Term]:
        return frozenset(d for c in targets for d in super_classes.get(c, {c}))

    # scm-dom2 / scm-rng2: a property inherits the domains and ranges of its super-properties.
    domains = {p: upward(c for q in sups for c in direct_domain.get(q, ())) for p, sups in super_properties.items()}
    ranges = {p: upward(c for q in sups for c in direct_range.get(q, ())) for p, sups in super_properties.items()}
    compiled = CompiledOntology(
        super_properties=super_properties,
        super_classes=super_classes,
        domains={p: c for p, c in domains.items() if c},
        ranges={p: c for p, c in ranges.items() if c},
        has_value=has_value,
        inverses={p: frozenset(q) for p, q in inverses.items()},
        symmetric=frozenset(symmetric),
        transitive=frozenset(transitive),
        chains=chains,
        facts=facts,
    )
    compiled.own_closure = frozenset(_closure_of(compiled, facts))
    return compiled


@cache
def _compiled_file(path: Path, _mtime_ns: int) -> CompiledOntology:
    with path.open("rb") as handle:
        quads = ox.parse(handle, format=ox.RdfFormat.TURTLE, base_iri=path.as_uri())
        triples = [(q.subject, q.predicate, q.object) for q in quads]
    return compile_ontology(triples)  # type: ignore[arg-type]


def packaged_ontology() -> CompiledOntology:
    """The packaged ontology, compiled once per version of the file."""
    path = ontology_path()
    return _compiled_file(path, os.stat(path).st_mtime_ns)


# ------------------------------------------------------------------------------------------ the rules


def _transitive_closure(pairs: set[Pair]) -> set[Pair]:
    """prp-trp: all (x, z) reachable through ``pairs``."""
    successors: dict[Term, set[Term]] = defaultdict(set)
    for s, o in pairs:
        successors[s].add(o)
    closed = set()
    for start in list(successors):
        seen: set[Term] = set()
        stack = list(successors[start])
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                stack.extend(successors.get(node, ()))
        closed.update((start, node) for node in seen)
    return closed


def _chain_pairs(steps: tuple[Term, ...], props: dict[Term, set[Pair]]) -> set[Pair]:
    """prp-spo2: (x0, xn) for every path x0 p1 x1 … pn xn."""
    current = set(props.get(steps[0], ()))
    for step in steps[1:]:
        successors: dict[Term, list[Term]] = defaultdict(list)
        for s, o in props.get(step, ()):
            successors[s].append(o)
        current = {(x, z) for x, y in current for z in successors.get(y, ())}
    return current


def _bucket(triples: Iterable[tuple[Term, Term, Term]]
            ) -> tuple[dict[Term, set[Pair]], dict[Term, set[Term]]]:
    """Triples grouped as (predicate → {(s, o)}, class → {instance})."""
    props: dict[Term, set[Pair]] = defaultdict(set)
    types: dict[Term, set[Term]] = defaultdict(set)
    for s, p, o in triples:
        if p == RDF_TYPE:
            types[o].add(s)
        else:
            props[p].add((s, o))
    return props, types


def _run(compiled: CompiledOntology, props: dict[Term, set[Pair]], types: dict[Term, set[Term]]
         ) -> tuple[dict[Term, set[Pair]], dict[Term, set[Term]]]:
    """The closure as (predicate → pairs, class → instances), input included (the input is modified)."""
    delta_props = {p: set(pairs) for p, pairs in props.items()}
    delta_types = {c: set(nodes) for c, nodes in types.items()}
    value_restrictions: dict[Term, list[tuple[Term, Term]]] = defaultdict(list)
    for restriction, (p, v) in compiled.has_value.items():
        value_restrictions[p].append((v, restriction))
    property_rules = bool(compiled.inverses or compiled.symmetric or compiled.transitive or compiled.chains)

    while delta_props or delta_types:
        # prp-spo1 / prp-eqp: the hierarchy is closed, so one step reaches every super-property.
        round_props: dict[Term, set[Pair]] = defaultdict(set)
        for p, pairs in delta_props.items():
            round_props[p] |= pairs
            for q in compiled.super_properties.get(p, ()):
                if q != p:
                    new = pairs - props[q]
                    if new:
                        props[q] |= new
                        round_props[q] |= new
        next_props: dict[Term, set[Pair]] = defaultdict(set)
        if property_rules:
            for p, pairs in round_props.items():
                derived: list[tuple[Term, set[Pair]]] = []
                flipped = {(o, s) for s, o in pairs if not isinstance(o, ox.Literal)}
                derived.extend((q, flipped) for q in compiled.inverses.get(p, ()))  # prp-inv1/2
                if p in compiled.symmetric:  # prp-symp
                    derived.append((p, flipped))
                if p in compiled.transitive:  # prp-trp (recomputed on the whole relation: small)
                    derived.append((p, _transitive_closure(props[p])))
                for target, new_pairs in derived:
                    new = new_pairs - props[target]
                    if new:
                        props[target] |= new
                        next_props[target] |= new
            for chain_property, steps in compiled.chains:  # prp-spo2
                if any(step in round_props for step in steps):
                    new = _chain_pairs(steps, props) - props[chain_property]
                    if new:
                        props[chain_property] |= new
                        next_props[chain_property] |= new

        # prp-dom, prp-rng, cls-hv2 → new types
        round_types: dict[Term, set[Term]] = defaultdict(set)
        for c, nodes in delta_types.items():
            round_types[c] |= nodes

        def add_type(c: Term, nodes: set[Term], round_types: dict[Term, set[Term]] = round_types) -> None:
            new = nodes - types[c]
            if new:
                types[c] |= new
                round_types[c] |= new

        for p, pairs in round_props.items():
            domain = compiled.domains.get(p)
            if domain:
                subjects = {s for s, _o in pairs}
                for c in domain:
                    add_type(c, subjects)
            range_ = compiled.ranges.get(p)
            if range_:
                objects = {o for _s, o in pairs if not isinstance(o, ox.Literal)}
                for c in range_:
                    add_type(c, objects)
            for v, restriction in value_restrictions.get(p, ()):
                add_type(restriction, {s for s, o in pairs if o == v})
        # cax-sco / cax-eqc: the hierarchy is closed, one step suffices.
        for c in list(round_types):
            nodes = round_types[c]
            for d in compiled.super_classes.get(c, ()):
                if d != c:
                    add_type(d, set(nodes))
        # cls-hv1 → new property assertions, for the next round.
        for restriction, (p, v) in compiled.has_value.items():
            nodes = round_types.get(restriction)
            if nodes:
                new = {(x, v) for x in nodes} - props[p]
                if new:
                    props[p] |= new
                    next_props[p] |= new
        delta_props = dict(next_props)
        delta_types = {}
    return props, types


def _closure_of(compiled: CompiledOntology, triples: Iterable[tuple[Term, Term, Term]]
                ) -> set[tuple[Term, Term, Term]]:
    props, types = _run(compiled, *_bucket(triples))
    closure = {(s, p, o) for p, pairs in props.items() for s, o in pairs}
    closure.update((x, RDF_TYPE, c) for c, nodes in types.items() for x in nodes)
    return closure


# ------------------------------------------------------------------------- per-triple rules (fast path)

#: A stand-in node: the rules for one class are worked out on the one-triple graph ``_SEED a C``.
_SEED = ox.NamedNode("urn:coopkg:compiled-rl:seed")

Triple3 = tuple[Term, Term, Term]


@dataclass(frozen=True)
class SeedRules:
    """The ontology's rules restated per data triple, for ontologies without property-to-property rules.

    Without ``owl:inverseOf``, symmetric, transitive or chain axioms, every remaining rule (prp-spo1,
    prp-dom, prp-rng, cls-hv1/2, cax-sco) has a single data premise. The closure of the data is then
    the union of the closures of its triples, and the closure of ``x p y`` depends only on ``p`` (and,
    for cls-hv2, on whether ``y`` is a restriction's value): ``x q y`` for the super-properties ``q``,
    and the closures of ``x a C`` for the domains and ``y a C`` for the ranges. The closure of
    ``x a C`` is worked out once per class by running the fixpoint :func:`_run` on ``{x a C}``.

    So the data only needs set unions per predicate and class, with no fixpoint, and only the
    predicates and classes that have a rule are read at all (labels, quotes' text... are not).
    """

    edge_targets: dict[Term, tuple[Term, ...]]
    """p → its super-properties other than itself (prp-spo1 / prp-eqp)."""
    subject_classes: dict[Term, frozenset[Term]]
    """p → the classes its subjects are members of (prp-dom)."""
    object_classes: dict[Term, frozenset[Term]]
    """p → the classes its IRI / blank-node objects are members of (prp-rng)."""
    value_classes: dict[Term, tuple[tuple[Term, Term], ...]]
    """p → ((v, R), …): ``x p v`` makes ``x`` a member of the restriction ``R`` (cls-hv2 via super-properties)."""
    class_types: dict[Term, frozenset[Term]]
    """C → every class a member of C belongs to (cax-sco, and domains of what cls-hv1 adds)."""
    class_edges: dict[Term, frozenset[Pair]]
    """C → the ``(q, v)`` every member of C gets (cls-hv1, with its super-properties)."""
    class_facts: dict[Term, frozenset[Triple3]]
    """C → what a member of C entails about other nodes (e.g. ``v a D`` for a hasValue value's range)."""


def _seed_rules(compiled: CompiledOntology) -> SeedRules | None:
    """The per-triple rules of ``compiled`` (cached on it), or None if it has property-to-property rules."""
    if compiled.inverses or compiled.symmetric or compiled.transitive or compiled.chains:
        return None
    if compiled.seed_rules is not None:
        return compiled.seed_rules
    classes = set(compiled.super_classes) | set(compiled.has_value)
    for targets in (*compiled.domains.values(), *compiled.ranges.values()):
        classes.update(targets)
    class_types: dict[Term, frozenset[Term]] = {}
    class_edges: dict[Term, frozenset[Pair]] = {}
    class_facts: dict[Term, frozenset[Triple3]] = {}
    for c in classes:
        props, types = _run(compiled, defaultdict(set), defaultdict(set, {c: {_SEED}}))
        class_types[c] = frozenset(d for d, nodes in types.items() if _SEED in nodes)
        class_edges[c] = frozenset((q, o) for q, pairs in props.items() for s, o in pairs if s == _SEED)
        class_facts[c] = frozenset(
            [(s, q, o) for q, pairs in props.items() for s, o in pairs if s != _SEED]
            + [(x, RDF_TYPE, d) for d, nodes in types.items() for x in nodes if x != _SEED])
    value_classes: dict[Term, list[tuple[Term, Term]]] = defaultdict(list)
    for restriction, (q, v) in compiled.has_value.items():
        for p, sups in compiled.super_properties.items():
            if q in sups:
                value_classes[p].append((v, restriction))
    rules = SeedRules(
        edge_targets={p: tuple(q for q in sups if q != p) for p, sups in compiled.super_properties.items()
                      if len(sups) > 1},
        subject_classes=dict(compiled.domains),
        object_classes=dict(compiled.ranges),
        value_classes={p: tuple(pairs) for p, pairs in value_classes.items()},
        class_types=class_types,
        class_edges=class_edges,
        class_facts=class_facts,
    )
    compiled.seed_rules = rules
    return rules


# The data side works on terms in N-Triples syntax (``str()`` of a pyoxigraph term, e.g. ``<http://…>``):
# Python strings hash once and pickle cheaply, a pyoxigraph term rehashes its text in Rust every time;
# and an entailment is then written by joining strings, not by building a pyoxigraph triple.
Key = str
KeyPair = tuple[str, str]

_TYPE_KEY = str(RDF_TYPE)
_BUILTIN_KEYS = tuple("<" + namespace for namespace in _BUILTIN)
_OBJECT = attrgetter("object")


def _noisy_subject(node: Key) -> bool:
    """coopkg.reasoning's filter on subjects: blank nodes, literals and built-in vocabulary terms are dropped."""
    return not node.startswith("<") or node.startswith(_BUILTIN_KEYS) or node.startswith("<<")


class _Source:
    """The data's triples (all graphs merged) for one predicate or class at a time, as keys.

    This implementation serves quads grouped by predicate beforehand; :class:`_StoreSource` reads a
    pyoxigraph Store, whose indexes make one predicate or class cheap to read on its own.
    """

    noisy: frozenset[Key] | None = None
    """All the data's noisy keys (blank nodes, built-in vocabulary terms ...) if known, else None."""

    def __init__(self, props: dict[Term, set[KeyPair]], types: dict[Term, set[Key]]) -> None:
        self._props = props
        self._types = types

    @classmethod
    def of_quads(cls, quads: Iterable[ox.Quad]) -> _Source:
        props: dict[Term, set[KeyPair]] = defaultdict(set)
        types: dict[Term, set[Key]] = defaultdict(set)
        for quad in quads:
            if quad.predicate == RDF_TYPE:
                types[quad.object].add(str(quad.subject))
            else:
                props[quad.predicate].add((str(quad.subject), str(quad.object)))
        return cls(props, types)

    def pairs(self, p: Term) -> set[KeyPair]:
        """The distinct ``(s, o)`` of ``s p o`` (``p`` is not ``rdf:type``)."""
        return self._props.get(p, set())

    def subjects(self, p: Term) -> set[Key]:
        return {s for s, _o in self.pairs(p)}

    def objects(self, p: Term) -> set[Key]:
        """The objects of ``p`` that are not literals."""
        return {o for _s, o in self.pairs(p) if not o.startswith('"')}

    def subjects_with(self, p: Term, value: Term) -> set[Key]:
        key = str(value)
        return {s for s, o in self.pairs(p) if o == key}

    def instances(self, c: Term) -> set[Key]:
        return self._types.get(c, set())


class _StoreSource(_Source):
    """A pyoxigraph Store, read with ``quads_for_pattern`` per predicate or class (answers cached)."""

    def __init__(self, store: ox.Store) -> None:
        super().__init__({}, {})
        self._store = store

    def _quads(self, p: Term, o: Term | None = None) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(None, p, o)  # type: ignore[arg-type]

    def pairs(self, p: Term) -> set[KeyPair]:
        pairs = self._props.get(p)
        if pairs is None:
            pairs = self._props[p] = {(str(q.subject), str(q.object)) for q in self._quads(p)}
        return pairs

    def subjects(self, p: Term) -> set[Key]:
        if p in self._props:
            return super().subjects(p)
        return {str(q.subject) for q in self._quads(p)}

    def objects(self, p: Term) -> set[Key]:
        if p in self._props:
            return super().objects(p)
        return {str(o) for o in map(_OBJECT, self._quads(p)) if type(o) is not ox.Literal}

    def subjects_with(self, p: Term, value: Term) -> set[Key]:
        if p in self._props:
            return super().subjects_with(p, value)
        return {str(q.subject) for q in self._quads(p, value)}

    def instances(self, c: Term) -> set[Key]:
        nodes = self._types.get(c)
        if nodes is None:
            nodes = self._types[c] = {str(q.subject) for q in self._quads(RDF_TYPE, c)}
        return nodes


class Entailments(Collection[Triple3]):
    """Entailed triples, held as N-Triples text: cheap to count and to write, parsed only when iterated.

    At millions of entailments, building (and freeing) a set of pyoxigraph tuples costs more than
    computing them, and what callers do with that many is mostly writing them out.
    """

    def __init__(self, chunks: list[bytes], count: int) -> None:
        self._chunks = chunks
        self._count = count

    def __len__(self) -> int:
        return self._count

    def ntriples(self) -> bytes:
        """The entailments as N-Triples (one per line, unsorted, each once)."""
        return b"".join(self._chunks)

    def triples(self) -> Iterator[ox.Triple]:
        """The entailments as pyoxigraph triples, parsed lazily."""
        for chunk in self._chunks:
            yield from ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES)  # type: ignore[misc]

    def __iter__(self) -> Iterator[Triple3]:
        """``(subject, predicate, object)`` tuples of pyoxigraph terms."""
        for triple in self.triples():
            yield triple.subject, triple.predicate, triple.object  # type: ignore[misc]

    def __contains__(self, triple: object) -> bool:
        """Linear: parses everything (use ``set(entailments)`` for many look-ups)."""
        return any(t == triple for t in self)

    def write(self, output: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the N-Triples to a path or binary file; returns the number of triples."""
        if isinstance(output, str | os.PathLike):
            Path(output).write_bytes(self.ntriples())
        else:
            for chunk in self._chunks:
                output.write(chunk)
        return self._count


def _lines(p: Term, pairs: set[KeyPair], noisy: frozenset[Key] | None = None) -> tuple[bytes, int]:
    """N-Triples for ``s p o`` over ``pairs``, without coopkg's noise (blank objects, noisy subjects).

    ``noisy``: every noisy key of the data, if the source knows them (then nothing is tested per pair
    when there are none, the usual case).
    """
    bad: Collection[Key]
    if noisy is None:
        bad = {s for s in {s for s, _o in pairs} if _noisy_subject(s)}  # one test per distinct subject
        dirty = bool(bad) or any(o.startswith("_:") for _s, o in pairs)
    else:
        bad, dirty = noisy, bool(noisy)
    if dirty or p == _SAME_AS:
        pairs = {(s, o) for s, o in pairs if s not in bad and not o.startswith("_:") and not (p == _SAME_AS and s == o)}
    if not pairs:
        return b"", 0
    return (" .\n".join(map(f" {p} ".join, pairs)) + " .\n").encode(), len(pairs)


def _type_lines(c: Term, nodes: set[Key], noisy: frozenset[Key] | None = None) -> tuple[bytes, int]:
    if noisy is None:
        nodes = {x for x in nodes if not _noisy_subject(x)}
    elif noisy:
        nodes = nodes - noisy
    if not nodes:
        return b"", 0
    suffix = f" {_TYPE_KEY} {c} .\n"
    return (suffix.join(nodes) + suffix).encode(), len(nodes)


@dataclass
class _Plan:
    """What to compute, split in independent jobs (each owns some predicates / all classes)."""

    rules: SeedRules
    known: _Source
    """The ontology's facts and own closure (never reported)."""
    copied_from: dict[Term, list[Term]]
    """q → the predicates p ⊑ q whose triples are restated with q (prp-spo1): one job per q."""
    typing_predicates: frozenset[Term]
    """Predicates the typing job also owns: those cls-hv1 or class facts produce."""


def _plan(rules: SeedRules, compiled: CompiledOntology) -> _Plan:
    copied_from: dict[Term, list[Term]] = defaultdict(list)
    for p, targets in rules.edge_targets.items():
        for q in targets:
            copied_from[q].append(p)
    typing_predicates = {q for edges in rules.class_edges.values() for q, _v in edges}
    typing_predicates.update(p for facts in rules.class_facts.values() for _s, p, _o in facts if p != RDF_TYPE)
    known = _Source.of_quads(ox.Quad(s, p, o) for s, p, o in [*compiled.facts, *compiled.own_closure])
    return _Plan(rules, known, dict(copied_from), frozenset(typing_predicates))


def _copies(plan: _Plan, source: _Source, q: Term) -> set[KeyPair]:
    """prp-spo1: the triples of the sub-properties of ``q`` restated with ``q``, minus the known ones."""
    pairs: set[KeyPair] = set()
    for p in plan.copied_from.get(q, ()):
        pairs |= source.pairs(p)
    if pairs:
        pairs -= source.pairs(q)
        pairs -= plan.known.pairs(q)
    return pairs


def _copy_job(plan: _Plan, source: _Source, q: Term) -> tuple[bytes, int]:
    return _lines(q, _copies(plan, source, q), source.noisy)


def _typing_job(plan: _Plan, source: _Source) -> tuple[bytes, int]:
    """All ``rdf:type`` entailments, and the triples of the predicates cls-hv1 produces."""
    rules = plan.rules
    # Each seed: a set of nodes (members of a class, subjects or objects of a predicate), the classes
    # they are all members of by that fact, and whether it is the stated members of that class.
    seeds: list[tuple[set[Key], frozenset[Term], bool]] = []
    for c, entailed in rules.class_types.items():
        if len(entailed) > 1 or rules.class_edges[c] or rules.class_facts[c]:
            seeds.append((source.instances(c), frozenset((c,)), True))
    for p, classes in rules.subject_classes.items():
        seeds.append((source.subjects(p), classes, False))
    for p, classes in rules.object_classes.items():
        seeds.append((source.objects(p), classes, False))
    for p, values in rules.value_classes.items():
        for v, restriction in values:
            seeds.append((source.subjects_with(p, v), frozenset((restriction,)), False))

    types: dict[Term, set[Key]] = defaultdict(set)
    edges: dict[Term, set[KeyPair]] = defaultdict(set)
    facts: set[Triple3] = set()
    for nodes, classes, stated in seeds:
        if not nodes:
            continue
        entailed = frozenset(d for c in classes for d in rules.class_types[c])
        new_edges = frozenset(e for c in classes for e in rules.class_edges[c])
        for c in classes:
            facts |= rules.class_facts[c]
        # Nodes stated members of a class whose own rules already entail all of this get nothing new
        # from it: drop them first (the spans that are coop:TextSpan anyway need no coop:quote domain).
        for cover in () if stated else classes:
            if rules.class_types[cover] >= entailed and rules.class_edges[cover] >= new_edges:
                nodes = nodes - source.instances(cover)
        for d in entailed:
            types[d] |= nodes
        for q, v in new_edges:
            value = str(v)
            edges[q].update((x, value) for x in nodes)
    for s, p, o in facts:
        if p == RDF_TYPE:
            types[o].add(str(s))
        else:
            edges[p].add((str(s), str(o)))

    chunks: list[bytes] = []
    count = 0
    noisy = source.noisy
    if noisy is not None:  # the ontology's constants join the data's nodes here
        noisy = noisy | frozenset(k for s, _p, o in facts for k in (str(s), str(o)) if _noisy_subject(k))
        noisy |= {str(v) for pairs in rules.class_edges.values() for _q, v in pairs if _noisy_subject(str(v))}
    for c, nodes in types.items():
        if isinstance(c, ox.NamedNode) and not c.value.startswith(_BUILTIN):  # owl:Thing, literals, blanks
            text, n = _type_lines(c, nodes - source.instances(c) - plan.known.instances(c), noisy)
            chunks.append(text)
            count += n
    for q in plan.typing_predicates:
        pairs = (edges.get(q, set()) - source.pairs(q) - plan.known.pairs(q)) | _copies(plan, source, q)
        text, n = _lines(q, pairs, noisy)
        chunks.append(text)
        count += n
    return b"".join(chunks), count


_JOB: tuple[_Plan, _Source] | None = None
"""The plan and data a forked worker computes from (inherited, not pickled: a Store cannot be)."""


def _run_job(job: Term | None) -> tuple[bytes, int]:
    assert _JOB is not None
    plan, source = _JOB
    return _typing_job(plan, source) if job is None else _copy_job(plan, source, job)


def _seed_entailments(plan: _Plan, source: _Source, workers: int) -> Entailments:
    """Run the jobs (the typing job, then one per restated predicate), in ``workers`` forked processes."""
    jobs: list[Term | None] = [None, *(q for q in plan.copied_from if q not in plan.typing_predicates)]
    global _JOB
    _JOB = (plan, source)
    try:
        if workers > 1 and "fork" in mp.get_all_start_methods():
            with mp.get_context("fork").Pool(workers) as pool:
                results = pool.map(_run_job, jobs, chunksize=1)
        else:
            results = [_run_job(job) for job in jobs]
    finally:
        _JOB = None
    return Entailments([text for text, _n in results if text], sum(n for _text, n in results))


def graph_entailer(compiled: CompiledOntology | None = None) -> Callable[[Iterable[ox.Quad]], Entailments] | None:
    """A function giving the entailments of one graph on its own, or None when that is not exact.

    When every rule has a single data premise (:class:`SeedRules`), the closure of a union of graphs
    is the union of their closures, so a build can reason release by release in its workers and only
    has to drop, from the union of the results, the triples some other graph states. With
    property-to-property rules (or schema triples in the data, checked by the caller) it cannot.
    """
    compiled = compiled or packaged_ontology()
    rules = _seed_rules(compiled)
    if rules is None:
        return None
    plan = _plan(rules, compiled)

    def entail_graph(quads: Iterable[ox.Quad]) -> Entailments:
        source = _Source.of_quads(quads)
        if _data_schema(source):
            raise ValueError("schema triples in the data: reason over the whole graph instead")
        return _seed_entailments(plan, source, 1)

    return entail_graph


def _data_schema(source: _Source) -> list[Triple3]:
    """Schema triples stated in the data itself (rare): they are compiled with the ontology."""
    lines = [f"{s} {p} {o} .\n" for p in _SUPPORTED_SCHEMA | _UNSUPPORTED_SCHEMA for s, o in source.pairs(p)]
    lines += [f"{s} {_TYPE_KEY} {c} .\n" for c in _TYPE_RULES | _UNSUPPORTED_TYPES for s in source.instances(c)]
    if not lines:
        return []
    return [(t.subject, t.predicate, t.object)  # type: ignore[misc]
            for t in ox.parse("".join(lines), format=ox.RdfFormat.N_TRIPLES)]


def _generic_entailments(compiled: CompiledOntology, quads: Iterable[ox.Quad]) -> Entailments:
    """The semi-naive fixpoint over all the data, for ontologies with inverse/symmetric/transitive/chain rules."""
    props, types = _bucket([(q.subject, q.predicate, q.object) for q in quads])  # type: ignore[misc]
    input_props = {p: set(pairs) for p, pairs in props.items()}
    input_types = {c: set(nodes) for c, nodes in types.items()}
    for s, p, o in compiled.facts:
        if p == RDF_TYPE:
            types[o].add(s)
        else:
            props[p].add((s, o))
    props, types = _run(compiled, props, types)
    known_props, known_types = _bucket([*compiled.facts, *compiled.own_closure])
    empty: frozenset[object] = frozenset()
    chunks, count = [], 0
    for p, pairs in props.items():
        if isinstance(p, ox.NamedNode):
            new = pairs - input_props.get(p, empty) - known_props.get(p, empty)
            text, n = _lines(p, {(str(s), str(o)) for s, o in new})
            chunks.append(text)
            count += n
    for c, nodes in types.items():
        if isinstance(c, ox.NamedNode) and not c.value.startswith(_BUILTIN):
            new_nodes = nodes - input_types.get(c, empty) - known_types.get(c, empty)
            text, n = _type_lines(c, {str(x) for x in new_nodes})
            chunks.append(text)
            count += n
    return Entailments(chunks, count)


def entail(data: RdfData | Iterable[ox.Quad | ox.Triple], compiled: CompiledOntology | None = None,
           workers: int = 1) -> Entailments:
    """The new triples OWL RL entails from ``data`` and the ontology, noise removed, as :class:`Entailments`.

    The fast entry point: give it a pyoxigraph ``Store`` holding the graph (named graphs kept; the
    union of all graphs is reasoned over). Only the predicates and classes some rule uses are read,
    one ``quads_for_pattern`` each, and the work is split in jobs (all ``rdf:type`` entailments; the
    restatement of each super-property), run by ``workers`` forked processes if ``workers > 1`` (measured
    no faster on 2 cores at 8.8M quads: the workers' reads of the shared Store are slower).
    ``len()`` of the result is the number of entailments, ``.write(path_or_file)`` writes them as
    N-Triples, iterating parses them into ``(s, p, o)`` tuples of pyoxigraph terms.

    ``data`` may also be an rdflib Graph/Dataset or an iterable of pyoxigraph quads or triples (read
    whole, in this process). Beware that a Store canonicalises literals (``"05"^^xsd:integer`` is read
    back as ``"5"``), so entailments copying such a literal differ in form from those computed on the
    rdflib graph or the parsed quads.

    If the data carries schema triples of its own (``rdfs:subClassOf`` ...), they are compiled together
    with the ontology's (not cached). The result equals :func:`coopkg.reasoning.entailments` with the
    owlrl engine for the ontology's vocabulary (``tests/test_compiled_rl.py``).
    """
    compiled = compiled or packaged_ontology()
    source: _Source
    if isinstance(data, ox.Store):
        source = _StoreSource(data)
    else:
        quads = list(_oxigraph_quads(data))  # type: ignore[arg-type]
        source = _Source.of_quads(quads)
    schema = _data_schema(source)
    if schema:
        compiled = compile_ontology([*compiled.facts, *schema])
    rules = _seed_rules(compiled)
    if rules is None:
        return _generic_entailments(compiled, data.quads_for_pattern(None, None, None)  # type: ignore[union-attr]
                                    if isinstance(data, ox.Store) else quads)
    return _seed_entailments(_plan(rules, compiled), source, workers)


def entailments_compiled(data: RdfData | Iterable[ox.Quad | ox.Triple],
                         compiled: CompiledOntology | None = None) -> set[tuple[Term, Term, Term]]:
    """The new triples OWL RL entails from ``data`` and the ontology, noise removed, as a set.

    Triples are ``(subject, predicate, object)`` tuples of pyoxigraph terms (``ox.Triple(*t)`` makes a
    pyoxigraph triple). ``data`` is an rdflib Graph/Dataset, a pyoxigraph Store, or an iterable of
    pyoxigraph quads or triples; all graphs are merged. See :func:`entail`, which avoids building the
    set (seconds at a million entailments) and is the one to call on big graphs.
    """
    return set(entail(data, compiled))
