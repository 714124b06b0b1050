"""OWL RL entailments triple by triple: the compiled rules as text templates, applied while reading.

When every rule of the ontology has a single data premise (:class:`coopkg.compiled_rl.SeedRules`),
what a triple entails depends only on its predicate (and, for ``rdf:type``, its class; for
``owl:hasValue`` restrictions, its object). So each predicate and class is compiled once into the
N-Triples *text* its triples add: `` <q> `` infixes for the super-properties (``s q o``), and
`` <rdf:type> <D> .`` / `` <q> <v> .`` suffixes for the subject and the object. Entailing a triple is
then a dictionary look-up and a few string joins, with no Store, no pyoxigraph term and no set algebra
per class: the entailments of a graph are the candidates of its triples minus what the graph states
and what the ontology knows, exactly as :func:`coopkg.compiled_rl.entail` computes them
(``tests/test_triple_rl.py`` proves the equality).

Two uses:

* :meth:`TripleRules.entail_graph` reasons one release in a build worker (``coopkg build --infer``);
* :func:`entail_nquads` reads an N-Quads / N-Triples file line by line: reading a file into a Store
  costs more than reasoning over it, and only the triples some rule reads (or that could be entailed)
  are looked at. Lines are split on single spaces, which is exact for canonical N-Triples syntax
  (what coopkg, Oxigraph, Jena's riot and rdflib write); a file that is not in that form (tabs,
  ``\\u`` escapes, an explicit ``xsd:string`` ...) makes it return None, and the caller reasons through
  a Store instead.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from .compiled_rl import (
    _BUILTIN,
    _SAME_AS,
    _SUPPORTED_SCHEMA,
    _TYPE_KEY,
    _TYPE_RULES,
    _UNSUPPORTED_SCHEMA,
    _UNSUPPORTED_TYPES,
    CompiledOntology,
    Entailments,
    SeedRules,
    Term,
    _data_schema,
    _noisy_subject,
    _Plan,
    _plan,
    _seed_entailments,
    _seed_rules,
    _Source,
    packaged_ontology,
)

__all__ = ["TripleRules", "entail_nquads", "triple_rules"]

Key = str


@dataclass(frozen=True)
class _Consequences:
    """What a node gains from one fact about it: text to append to its key, and constant lines."""

    suffixes: tuple[str, ...]
    """`` <rdf:type> <D>`` and `` <q> <v>`` pieces: ``node + suffix`` is an entailed triple's key."""
    facts: frozenset[str]
    """Triples about other nodes (e.g. a hasValue value's own type), as keys."""


_NOTHING = _Consequences((), frozenset())


@dataclass(frozen=True)
class _PredicateRule:
    copies: tuple[str, ...]
    """`` <q> `` infixes for the super-properties of the predicate (prp-spo1)."""
    subject: _Consequences
    """From the domains (prp-dom) of the predicate and of its super-properties."""
    object: _Consequences
    """From the ranges (prp-rng), for IRI objects."""
    values: dict[Key, _Consequences]
    """Object key → what the subject gains from ``owl:hasValue`` restrictions on that value (cls-hv2)."""


class TripleRules:
    """The ontology's single-premise rules compiled to text templates (see the module docstring)."""

    def __init__(self, rules: SeedRules, compiled: CompiledOntology) -> None:
        self._rules = rules
        plan = _plan(rules, compiled)
        known = plan.known
        self.known: frozenset[Key] = frozenset(
            [f"{s} {_TYPE_KEY} {c}" for c, nodes in known._types.items() for s in nodes]
            + [f"{s} {p} {o}" for p, pairs in known._props.items() for s, o in pairs])
        predicates = (set(rules.edge_targets) | set(rules.subject_classes) | set(rules.object_classes)
                      | set(rules.value_classes))
        self.predicates: dict[Key, _PredicateRule] = {}
        for p in predicates:
            values: dict[Key, set[ox.NamedNode]] = {}
            for v, restriction in rules.value_classes.get(p, ()):
                values.setdefault(str(v), set()).add(restriction)
            self.predicates[str(p)] = _PredicateRule(
                copies=tuple(f" {q} " for q in rules.edge_targets.get(p, ())),
                subject=self._consequences(rules.subject_classes.get(p, frozenset())),
                object=self._consequences(rules.object_classes.get(p, frozenset())),
                values={v: self._consequences(frozenset(rs)) for v, rs in values.items()},
            )
        self.classes: dict[Key, _Consequences] = {
            str(c): self._consequences(frozenset((c,))) for c in rules.class_types}
        entailable = {_TYPE_KEY}
        for rule in self.predicates.values():
            entailable.update(infix.strip() for infix in rule.copies)
        for consequences in (*self.classes.values(), *(r.subject for r in self.predicates.values())):
            entailable.update(suffix.split(" ", 2)[1] for suffix in consequences.suffixes)
            entailable.update(fact.split(" ", 2)[1] for fact in consequences.facts)
        self.entailable: frozenset[Key] = frozenset(entailable)
        """Predicates whose stated triples may also be entailed (and must then not be reported)."""
        self.reflexive_check = str(_SAME_AS) in entailable
        """Whether some rule can entail ``owl:sameAs``, whose reflexive triples are noise."""

    @cache  # noqa: B019 - a handful of class sets, and the instance lives as long as the ontology
    def _consequences(self, classes: frozenset[ox.NamedNode]) -> _Consequences:
        rules = self._rules
        if not classes:
            return _NOTHING
        suffixes = [f" {_TYPE_KEY} {d}" for d in sorted({d for c in classes for d in rules.class_types[c]}, key=str)
                    if isinstance(d, ox.NamedNode) and not d.value.startswith(_BUILTIN)]
        suffixes += [f" {q} {v}" for q, v in sorted({e for c in classes for e in rules.class_edges[c]}, key=str)
                     if not isinstance(v, ox.BlankNode)]
        facts = set()
        for s, p, o in {f for c in classes for f in rules.class_facts[c]}:
            if _noisy_subject(str(s)) or isinstance(o, ox.BlankNode) or (p == _SAME_AS and s == o):
                continue
            if p == ox.NamedNode(_TYPE_KEY[1:-1]) and (not isinstance(o, ox.NamedNode) or o.value.startswith(_BUILTIN)):
                continue
            facts.add(f"{s} {p} {o}")
        return _Consequences(tuple(suffixes), frozenset(facts))

    def candidates(self, triples: Iterable[tuple[Key, Key, Key]], into: set[Key], stated: set[Key]) -> bool:
        """Add the keys of what ``triples`` entail to ``into``, and of the entailable ones they state to ``stated``.

        Returns False if the triples carry schema of their own (``rdfs:subClassOf`` ...), which the
        compiled rules do not know: the caller must then reason over the whole graph instead.
        """
        predicates, classes, entailable = self.predicates, self.classes, self.entailable
        for s, p, o in triples:
            if p in entailable:
                stated.add(f"{s} {p} {o}")
            if p == _TYPE_KEY:
                if o in _SCHEMA_TYPE_KEYS:
                    return False
                consequences = classes.get(o)
                if consequences is not None and not _noisy_subject(s):
                    into.update([s + suffix for suffix in consequences.suffixes])
                    into.update(consequences.facts)
                continue
            rule = predicates.get(p)
            if rule is None:
                if p in _SCHEMA_KEYS:
                    return False
                continue
            if not _noisy_subject(s):
                if rule.copies and not o.startswith("_:"):
                    copies = [s + infix + o for infix in rule.copies]
                    if self.reflexive_check and s == o:
                        copies = [c for c in copies if c.split(" ", 2)[1] != str(_SAME_AS)]
                    into.update(copies)
                if rule.subject.suffixes or rule.subject.facts:
                    into.update([s + suffix for suffix in rule.subject.suffixes])
                    into.update(rule.subject.facts)
                if rule.values:
                    consequences = rule.values.get(o)
                    if consequences is not None:
                        into.update([s + suffix for suffix in consequences.suffixes])
                        into.update(consequences.facts)
            if (rule.object.suffixes or rule.object.facts) and o[0] != '"':
                if not _noisy_subject(o):
                    into.update([o + suffix for suffix in rule.object.suffixes])
                into.update(rule.object.facts)
        return True

    def finish(self, candidates: set[Key], stated: set[Key]) -> Entailments:
        """The entailments: the candidates that are neither stated nor the ontology's, as N-Triples."""
        new = candidates - stated - self.known
        if not new:
            return Entailments([], 0)
        return Entailments([(" .\n".join(new) + " .\n").encode()], len(new))

    def entail_graph(self, quads: Iterable[ox.Quad]) -> Entailments:
        """The entailments of one graph on its own (a release, in a build worker).

        :raises ValueError: the graph states schema triples (reason over the whole graph instead).
        """
        candidates: set[Key] = set()
        stated: set[Key] = set()
        if not self.candidates(((str(q.subject), str(q.predicate), str(q.object)) for q in quads), candidates, stated):
            raise ValueError("schema triples in the data: reason over the whole graph instead")
        return self.finish(candidates, stated)


_SCHEMA_KEYS = frozenset(str(p) for p in _SUPPORTED_SCHEMA | _UNSUPPORTED_SCHEMA)
_SCHEMA_TYPE_KEYS = frozenset(str(c) for c in _TYPE_RULES | _UNSUPPORTED_TYPES)


def triple_rules(compiled: CompiledOntology | None = None) -> TripleRules | None:
    """The text templates of ``compiled`` (default: the packaged ontology), or None if a rule has two premises."""
    compiled = compiled or packaged_ontology()
    rules = _seed_rules(compiled)
    if rules is None:
        return None
    if not isinstance(compiled.text_rules, TripleRules):
        compiled.text_rules = TripleRules(rules, compiled)
    return compiled.text_rules


# ------------------------------------------------------------------------------------ N-Quads files

_CHUNK = 64 << 20
_XSD_STRING = b"XMLSchema#string>"
_CANONICAL_ESCAPES = (b'\\"', b"\\n", b"\\r")


def _canonical(data: bytes) -> bool:
    """Whether ``data`` (whole lines) is in the canonical N-Triples form :func:`_scan` relies on.

    Each test is one C-level pass (a few milliseconds per 100 MB for single bytes): no tab or carriage
    return (lines split on single spaces), no explicit ``xsd:string``, and no escape other than ``\\"``,
    ``\\n`` and ``\\r`` (``\\u`` escapes would make one IRI or literal two texts). With an escaped
    backslash the escape counts could overlap, so such data is not taken either.
    """
    if b"\t" in data or b"\r" in data or _XSD_STRING in data:
        return False
    backslashes = data.count(b"\\")
    if not backslashes:
        return True
    if b"\\\\" in data:
        return False
    return backslashes == sum(data.count(escape) for escape in _CANONICAL_ESCAPES)


class _NotCanonical(Exception):
    """A line :func:`_scan` cannot split exactly."""


class _TextSource(_Source):
    """The data read from text: per predicate, only what the rules ask of it, gathered while reading.

    Pairs ``(s, o)`` for the predicates that are restated or may be entailed, subject sets for domains,
    object sets for ranges, subject sets per ``owl:hasValue`` value; and every noisy key met (blank
    nodes, built-in vocabulary terms), so that the common case, none, needs no test per entailment.
    """

    def __init__(self, plan: _Plan) -> None:
        super().__init__({}, {})
        rules = plan.rules
        pairs = {*rules.edge_targets, *plan.copied_from, *plan.typing_predicates, *_SUPPORTED_SCHEMA,
                 *_UNSUPPORTED_SCHEMA}
        self._subject_sets: dict[Term, set[Key]] = {p: set() for p in rules.subject_classes}
        self._object_sets: dict[Term, set[Key]] = {p: set() for p in rules.object_classes}
        self._value_sets: dict[tuple[Term, Key], set[Key]] = {
            (p, str(v)): set() for p, values in rules.value_classes.items() for v, _r in values}
        self._props = {p: set() for p in pairs}
        self._types = defaultdict(set)
        self.found_noise: set[Key] = set()
        self.actions: dict[Key, _Action] = {}
        for p in {*pairs, *self._subject_sets, *self._object_sets, *rules.value_classes}:
            values = {v: nodes for (q, v), nodes in self._value_sets.items() if q == p}
            self.actions[str(p)] = (self._props.get(p), self._subject_sets.get(p), self._object_sets.get(p),
                                    values or None)

    def done(self) -> None:
        self.noisy = frozenset(self.found_noise)
        self._types = {ox.NamedNode(c[1:-1]): nodes for c, nodes in self._types.items()}  # type: ignore[assignment]

    def stated_lines(self, plan: _Plan) -> bytes:
        """The N-Triples lines this data states of the classes and predicates rules entail (after :meth:`done`)."""
        lines = []
        for c, nodes in self._types.items():
            suffix = f" {_TYPE_KEY} {c} .\n"
            lines.append(suffix.join(nodes) + suffix)
        for q in {*plan.copied_from, *plan.typing_predicates}:
            pairs = self._props.get(q)
            if pairs:
                lines.append(" .\n".join(map(f" {q} ".join, pairs)) + " .\n")
        return "".join(lines).encode()

    def subjects(self, p: Term) -> set[Key]:
        found = self._subject_sets.get(p)
        return found if found is not None else super().subjects(p)

    def objects(self, p: Term) -> set[Key]:
        found = self._object_sets.get(p)
        return found if found is not None else super().objects(p)

    def subjects_with(self, p: Term, value: Term) -> set[Key]:
        found = self._value_sets.get((p, str(value)))
        return found if found is not None else super().subjects_with(p, value)


_Action = tuple[set[tuple[Key, Key]] | None, set[Key] | None, set[Key] | None, dict[Key, set[Key]] | None]
_W3 = "<http://www.w3.org/"  # every built-in vocabulary (_BUILTIN) is under it


def _scan(lines: list[str], source: _TextSource) -> None:
    """Add the lines' triples to ``source`` (see :class:`_TextSource`), as N-Triples term texts."""
    type_key = _TYPE_KEY
    actions = source.actions
    types = source._types
    noise = source.found_noise
    for line in lines:
        if not line or line[0] == "#":
            continue
        s, p, rest = line.split(" ", 2)
        if s[0] != "<" or s[1] == "<" or s.startswith(_W3):
            if s[:2] == "<<" or not (s[0] == "<" or s.startswith("_:")):
                raise _NotCanonical(line)
            if _noisy_subject(s):
                noise.add(s)
        if p == type_key:
            if rest[0] != "<" or rest[1] == "<":
                raise _NotCanonical(line)
            types[rest[:rest.index(">") + 1]].add(s)
            continue
        action = actions.get(p)
        if action is None:
            if p[0] != "<" or p[-1] != ">":
                raise _NotCanonical(line)
            continue
        pairs, subjects, objects, values = action
        if subjects is not None:
            subjects.add(s)
        if pairs is None and objects is None and values is None:
            continue
        first = rest[0]
        if first == '"':
            end = rest.rindex('"')  # a graph name holds no quote: this closes the literal
            o = rest[:rest.index(" ", end)]
            if "@" in o[end:] and not o[end:].islower():
                raise _NotCanonical(line)
        else:
            if first == "<":
                if rest[1] == "<":
                    raise _NotCanonical(line)
                o = rest[:rest.index(">") + 1]
            elif first == "_":
                o = rest[:rest.index(" ")]
            else:
                raise _NotCanonical(line)
            if (first == "_" or o.startswith(_W3)) and _noisy_subject(o):
                noise.add(o)
            if objects is not None:
                objects.add(o)
        if pairs is not None:
            pairs.add((s, o))
        if values is not None:
            found = values.get(o)
            if found is not None:
                found.add(s)


def _read(path: str | os.PathLike[str], source: _TextSource, start: int = 0, stop: int | None = None) -> bool:
    """Scan bytes ``start:stop`` of the file (whole lines) into ``source``; False if not canonical."""
    with open(path, "rb") as stream:
        stream.seek(start)
        left = stop - start if stop is not None else -1
        carry = b""
        while left and (block := stream.read(_CHUNK if left < 0 else min(_CHUNK, left))):
            left -= len(block) if left > 0 else 0
            data = carry + block
            cut = data.rfind(b"\n") + 1
            data, carry = data[:cut], data[cut:]
            if not _scan_block(data, source):
                return False
        if carry and not _scan_block(carry + b"\n", source):
            return False
    source.done()
    return not _data_schema(source)


def _scan_block(data: bytes, source: _TextSource) -> bool:
    if not _canonical(data):
        return False
    try:
        _scan(data.decode("utf-8").split("\n"), source)
    except (_NotCanonical, ValueError, IndexError):
        return False
    return True


def _line_starts(path: str | os.PathLike[str], parts: int) -> list[int]:
    """Offsets cutting the file in ``parts`` runs of whole lines, about equal in size (first 0, last its size)."""
    size = os.path.getsize(path)
    starts = [0]
    with open(path, "rb") as stream:
        for k in range(1, parts):
            stream.seek(max(starts[-1], size * k // parts))
            stream.readline()  # to the end of the line the cut falls in
            starts.append(min(stream.tell(), size))
    return [*starts, size]


_SHARE_JOB: tuple[str | os.PathLike[str], _Plan, list[int]] | None = None
"""What the forked workers of :func:`entail_nquads` read (inherited, not pickled)."""


def _share_job(index: int) -> tuple[bytes, bytes] | None:
    """One run of lines: what it entails on its own, and what it states that could also be entailed."""
    assert _SHARE_JOB is not None
    path, plan, starts = _SHARE_JOB
    source = _TextSource(plan)
    if not _read(path, source, starts[index], starts[index + 1]):
        return None
    entailed = _seed_entailments(plan, source, 1).ntriples()
    return entailed, source.stated_lines(plan)


def entail_nquads(path: str | os.PathLike[str], workers: int = 1) -> Entailments | None:
    """The entailments of an N-Quads or N-Triples file (all graphs merged), read as text.

    The same result as :func:`coopkg.compiled_rl.entail` on a Store holding the file, without
    building the Store (which costs more than the reasoning): only what the rules ask of each
    predicate is kept, as term texts (see :class:`_TextSource`). Returns None when the file is not in
    canonical form (see the module docstring) or states schema triples of its own, for which the
    caller reasons over a Store instead.

    ``workers`` > 1 cuts the file in as many runs of lines, reasoned in forked processes. With rules
    of one premise, the closure of the whole is the union of the closures of the runs; what a run
    entails but another run states is then dropped, which is why each run also reports its statements
    of the predicates and classes that can be entailed.

    :raises OSError: the file cannot be read.
    :raises UnicodeDecodeError: the file is not UTF-8.
    """
    global _SHARE_JOB
    compiled = packaged_ontology()
    rules = _seed_rules(compiled)
    if rules is None:
        return None
    plan = _plan(rules, compiled)
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        source = _TextSource(plan)
        if not _read(path, source):
            return None
        return _seed_entailments(plan, source, 1)
    _SHARE_JOB = (path, plan, _line_starts(path, workers))
    try:
        with mp.get_context("fork").Pool(workers) as pool:  # (ended by terminate: workers never free their sets)
            shares = pool.map(_share_job, range(workers), chunksize=1)
    finally:
        _SHARE_JOB = None
    if any(share is None for share in shares):
        return None
    entailed: set[bytes] = set()
    for share in shares:
        entailed.update(share[0].split(b"\n"))  # type: ignore[index]
    for share in shares:
        entailed.difference_update(share[1].split(b"\n"))  # type: ignore[index]
    entailed.discard(b"")
    if not entailed:
        return Entailments([], 0)
    return Entailments([b"\n".join(entailed) + b"\n"], len(entailed))
