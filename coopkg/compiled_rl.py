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

Terms are pyoxigraph terms throughout (hashable, compared in Rust), and the work is done on Python sets
grouped by predicate / class rather than triple by triple, which is what makes 2M triples fit in
seconds. The result is then cut down exactly as :mod:`coopkg.reasoning` cuts owlrl's closure (input
triples, the ontology's own consequences and noise removed), so the two engines are interchangeable;
``tests/test_compiled_rl.py`` proves it on the seed and dev builds.

An ontology axiom this compiler does not implement (``owl:allValuesFrom``, ``owl:FunctionalProperty``,
``owl:sameAs``, a union, ...) raises :class:`UnsupportedAxiomError` instead of being silently skipped:
the equality proof would otherwise go stale the day the ontology grows.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from .errors import CoopkgError
from .graphio import RdfData, _oxigraph_quads
from .resources import ontology_path

__all__ = ["CompiledOntology", "UnsupportedAxiomError", "compile_ontology", "entailments_compiled"]

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


def _is_noise(s: Term, p: Term, o: Term) -> bool:
    """coopkg.reasoning's filter: blank/literal subjects, built-in vocabularies, reflexive sameAs."""
    if not isinstance(s, ox.NamedNode) or not isinstance(p, ox.NamedNode) or isinstance(o, ox.BlankNode):
        return True
    if s.value.startswith(_BUILTIN):
        return True
    if p == _SAME_AS and s == o:
        return True
    return p == RDF_TYPE and (isinstance(o, ox.Literal) or o.value.startswith(_BUILTIN))


def entailments_compiled(data: RdfData | Iterable[ox.Quad | ox.Triple],
                         compiled: CompiledOntology | None = None) -> set[tuple[Term, Term, Term]]:
    """The new triples OWL RL entails from ``data`` and the ontology, noise removed.

    Triples are ``(subject, predicate, object)`` tuples of pyoxigraph terms (``ox.Triple(*t)`` makes a
    pyoxigraph triple; tuples are several times cheaper to build at a million entailments).

    ``data`` is an rdflib Graph/Dataset, a pyoxigraph Store, or an iterable of pyoxigraph quads or
    triples; all graphs are merged. The result equals :func:`coopkg.reasoning.entailments` with the
    owlrl engine for the ontology's vocabulary. If the data carries schema triples of its own
    (``rdfs:subClassOf`` ...), they are compiled together with the ontology's.
    """
    compiled = compiled or packaged_ontology()
    props: dict[Term, set[Pair]] = defaultdict(set)
    types: dict[Term, set[Term]] = defaultdict(set)
    for quad in _oxigraph_quads(data):  # type: ignore[arg-type]
        p = quad.predicate
        if p == RDF_TYPE:
            types[quad.object].add(quad.subject)
        else:
            props[p].add((quad.subject, quad.object))
    # Schema triples in the data itself (rare): compile them together with the ontology (not cached).
    schema = [(s, p, o) for p in props if p in _SUPPORTED_SCHEMA or p in _UNSUPPORTED_SCHEMA
              for s, o in props[p]]
    schema += [(s, RDF_TYPE, c) for c in types if c in _TYPE_RULES or c in _UNSUPPORTED_TYPES for s in types[c]]
    if schema:
        compiled = compile_ontology([*compiled.facts, *schema])
    input_props = {p: set(pairs) for p, pairs in props.items()}
    input_types = {c: set(nodes) for c, nodes in types.items()}
    ontology_props, ontology_types = _bucket(compiled.facts)
    own_props, own_types = _bucket(compiled.own_closure)
    for p, pairs in ontology_props.items():
        props[p] |= pairs
    for c, nodes in ontology_types.items():
        types[c] |= nodes
    props, types = _run(compiled, props, types)
    empty: frozenset[object] = frozenset()
    noisy: dict[Term, bool] = {}

    def noisy_subject(node: Term) -> bool:  # the subject half of _is_noise, once per node
        flag = noisy.get(node)
        if flag is None:
            flag = noisy[node] = not isinstance(node, ox.NamedNode) or node.value.startswith(_BUILTIN)
        return flag

    result: set[tuple[Term, Term, Term]] = set()
    for p, pairs in props.items():
        new = pairs - input_props.get(p, empty) - ontology_props.get(p, empty) - own_props.get(p, empty)
        if not new or not isinstance(p, ox.NamedNode):
            continue
        result.update((s, p, o) for s, o in new
                      if not noisy_subject(s) and not isinstance(o, ox.BlankNode) and not (p == _SAME_AS and s == o))
    for c, nodes in types.items():
        if not isinstance(c, ox.NamedNode) or c.value.startswith(_BUILTIN):  # owl:Thing, literals, blanks
            continue
        new_nodes = nodes - input_types.get(c, empty) - ontology_types.get(c, empty) - own_types.get(c, empty)
        result.update((x, RDF_TYPE, c) for x in new_nodes if not noisy_subject(x))
    return result
