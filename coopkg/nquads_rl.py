"""OWL RL entailments of an N-Quads / N-Triples file, read as text instead of through a Store.

At millions of quads, loading a pyoxigraph Store costs more than reasoning (~4 µs per quad, and 1–2 µs
more to read each quad back into Python). But the rules of an ontology whose rules all have one data
premise (:class:`coopkg.compiled_rl.SeedRules`) only ask a few things of each predicate: the subjects
of a property with a domain, the objects of one with a range, the ``(s, o)`` pairs of one that is
restated under a super-property or could itself be entailed, and the members of each class. So the
file is read line by line and only that is kept, as N-Triples term texts, in a
:class:`_TextSource`; :func:`coopkg.compiled_rl._seed_entailments` then runs on it unchanged. The
result equals :func:`coopkg.compiled_rl.entail` on a Store holding the file
(``tests/test_nquads_rl.py``).

Lines are split on single spaces, which is exact for canonical N-Triples syntax (what coopkg,
Oxigraph, Jena's riot and rdflib write). A file not in that form (tabs, ``\\u`` escapes, an explicit
``xsd:string``, RDF-star ...) makes :func:`entail_nquads` return None, and the caller reasons
through a Store instead.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import defaultdict

import pyoxigraph as ox

from .compiled_rl import (
    _SUPPORTED_SCHEMA,
    _TYPE_KEY,
    _UNSUPPORTED_SCHEMA,
    Entailments,
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

__all__ = ["entail_nquads"]

Key = str


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
