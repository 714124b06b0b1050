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

Several workers each read a run of lines (with one-premise rules the closure of the whole is the
union of the runs' closures); the parent merges what they entail, minus what any of them states.
:func:`infer_nquads_file` also writes the input plus its entailments as N-Quads, by copying an input
that is already in :func:`coopkg.graphio.write_graph`'s order rather than parsing and sorting it again.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import IO

import pyoxigraph as ox

from .compiled_rl import (
    _SUPPORTED_SCHEMA,
    _TYPE_KEY,
    _UNSUPPORTED_SCHEMA,
    Entailments,
    Term,
    _data_schema,
    _lines,
    _noisy_subject,
    _Plan,
    _plan,
    _seed_entailments,
    _seed_rules,
    _Source,
    _type_lines,
    packaged_ontology,
)
from .graphio import _FIRST

__all__ = ["entail_nquads", "infer_nquads_file"]

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

    def __init__(self, plan: _Plan, syntax: str | None = None) -> None:
        super().__init__({}, {})
        self.order = _Order(syntax) if syntax is not None else None
        """The order of the lines, followed if a syntax is given (see :func:`infer_nquads_file`)."""
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
        unfiltered: frozenset[Key] = frozenset()  # (noise is never entailed: no need to drop it here)
        lines = [_type_lines(c, nodes, unfiltered)[0] for c, nodes in self._types.items()]
        lines += [_lines(q, self.pairs(q), unfiltered)[0] for q in {*plan.copied_from, *plan.typing_predicates}]
        return b"".join(lines)

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


def object_end(rest: str) -> int:
    """Where the object ends in ``rest``, what follows the predicate of a canonical N-Quads line.

    The object is followed by a space (before the graph name or the final dot). A literal may hold
    spaces, but a graph name holds no quote, so the literal's closing quote is the last one.
    """
    return rest.index(" ", rest.rindex('"')) if rest[0] == '"' else rest.index(" ")


def readable_text_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is an N-Quads or N-Triples file (by extension) worth trying to read as text.

    Not ``-``, a directory, an unreadable or an empty file: those go the general way, which reports them.
    """
    from .graphio import format_from_path

    return (os.fspath(path) != "-" and format_from_path(path) in ("nquads", "nt")
            and os.path.isfile(path) and os.access(path, os.R_OK) and os.path.getsize(path) > 0)


def line_blocks(path: str | os.PathLike[str], start: int = 0, stop: int | None = None) -> Iterator[bytes]:
    """Bytes ``start:stop`` of the file in blocks of whole lines, each ending with a newline."""
    with open(path, "rb") as stream:
        stream.seek(start)
        left = stop - start if stop is not None else -1
        carry = b""
        while left and (block := stream.read(_CHUNK if left < 0 else min(_CHUNK, left))):
            left -= len(block) if left > 0 else 0
            data = carry + block
            cut = data.rfind(b"\n") + 1
            if cut:
                yield data[:cut]
            carry = data[cut:]
        if carry:
            yield carry + b"\n"


def _read(path: str | os.PathLike[str], source: _TextSource, start: int = 0, stop: int | None = None) -> bool:
    """Scan bytes ``start:stop`` of the file (whole lines) into ``source``; False if not canonical."""
    if not all(_scan_block(data, source) for data in line_blocks(path, start, stop)):
        return False
    source.done()
    return not _data_schema(source)


def _scan_block(data: bytes, source: _TextSource) -> bool:
    order = source.order
    if not _canonical(data) or (order is not None and b"_:" in data):  # (a parser may rename blank nodes)
        return False
    try:
        lines = data.decode("utf-8").split("\n")
        _scan(lines, source)
        if order is not None:
            deque(ox.parse(data, format=_SYNTAXES[order.syntax]), maxlen=0)  # the whole syntax checked, in Rust
            _order_scan(lines, order)
    except (_NotCanonical, ValueError, IndexError, SyntaxError):  # (UnicodeDecodeError is a ValueError)
        return False
    return order is None or order.ordered


@dataclass
class _Order:
    """Whether a run of lines is in the order :func:`coopkg.graphio.write_graph` writes N-Quads.

    That order is by graph name (the default graph first), then by line with ``rdf:type`` as the
    first predicate, each quad once. Also notes where the inferred graph's quads would go.
    """

    syntax: str
    """``"nquads"`` or ``"nt"``."""
    ordered: bool = True
    first: tuple[str, str] | None = None
    last: tuple[str, str] | None = None
    lines: int = 0
    after_inferred: int | None = None
    """Index (in the run) of the first line whose graph sorts after the inferred graph."""


_SYNTAXES = {"nquads": ox.RdfFormat.N_QUADS, "nt": ox.RdfFormat.N_TRIPLES}
_INFERRED_KEY = "<https://w3id.org/coopkg/id/graph/inferred>"  # = reasoning.INFERRED_GRAPH
_TYPE_FIRST = f" {_FIRST} "  # rdf:type as a predicate while sorting, as graphio.sorted_lines does


def _order_scan(lines: list[str], order: _Order) -> None:
    """Follow ``order`` through ``lines`` (the split of whole lines: the last item is empty)."""
    previous = order.last
    count = order.lines
    for line in lines[:-1]:
        s, p, rest = line.split(" ", 2)
        if rest[-2:] != " ." or line[0] == "#":
            raise _NotCanonical(line)
        graph = rest[object_end(rest) + 1:-2]
        key = (graph, s + _TYPE_FIRST + rest if p == _TYPE_KEY else line)
        if previous is None:
            order.first = key
        elif key <= previous or graph == _INFERRED_KEY:
            order.ordered = False
            return
        if order.after_inferred is None and graph > _INFERRED_KEY:
            order.after_inferred = count
        previous = key
        count += 1
    order.last = previous
    order.lines = count


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


_SHARE_JOB: tuple[str | os.PathLike[str], _Plan, list[int], str | None] | None = None
"""What the forked workers of :func:`entail_nquads` read (inherited, not pickled)."""


def _share_job(index: int) -> tuple[bytes, bytes, _Order | None] | None:
    """One run of lines: what it entails on its own, and what it states that could also be entailed."""
    assert _SHARE_JOB is not None
    path, plan, starts, syntax = _SHARE_JOB
    source = _TextSource(plan, syntax)
    if not _read(path, source, starts[index], starts[index + 1]):
        return None
    entailed = _seed_entailments(plan, source, 1).ntriples()
    return entailed, source.stated_lines(plan), source.order


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

    The file is first tried by :func:`coopkg.columnar_rl.entail_columns`, the same rules as joins in
    polars (~4× faster at 100k releases); this module's reader takes the files it refuses.

    :raises OSError: the file cannot be read.
    """
    from . import columnar_rl

    found_by_columns = columnar_rl.entail_columns(path)
    if found_by_columns is not None:
        return found_by_columns
    found = _entail(path, workers, None)
    return None if found is None else found[0]


def _entail(path: str | os.PathLike[str], workers: int, syntax: str | None
            ) -> tuple[Entailments, list[_Order]] | None:
    """:func:`entail_nquads`, also following the order of the lines if ``syntax`` is given."""
    global _SHARE_JOB
    compiled = packaged_ontology()
    rules = _seed_rules(compiled)
    if rules is None:
        return None
    plan = _plan(rules, compiled)
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        source = _TextSource(plan, syntax)
        if not _read(path, source):
            return None
        return _seed_entailments(plan, source, 1), [source.order] if source.order else []
    _SHARE_JOB = (path, plan, _line_starts(path, workers), syntax)
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
    orders = [share[2] for share in shares if share[2] is not None]  # type: ignore[index]
    if not entailed:
        return Entailments([], 0), orders
    return Entailments([b"\n".join(entailed) + b"\n"], len(entailed)), orders


# ------------------------------------------------------------------------------ N-Quads in, N-Quads out


def infer_nquads_file(source: str | os.PathLike[str], out: str | os.PathLike[str], workers: int = 1
                      ) -> tuple[int, int] | None:
    """Write ``source`` plus its entailments (in ``id:graph/inferred``) to ``out`` as N-Quads, streaming.

    What :func:`coopkg.reasoning.infer_quads` and :func:`coopkg.graphio.write_graph` give, byte for
    byte, when ``source`` (N-Quads or N-Triples) is already in the order ``write_graph`` writes, as
    every N-Quads file ``coopkg build`` writes is: the input is then copied as it is and the sorted
    entailments are inserted where their graph's name sorts. Nothing is parsed into Python terms, so
    a graph of millions of quads is inferred in the time of reasoning over it. The syntax is checked
    by pyoxigraph's parser on the way.

    Returns ``(input quads, inferred quads)``, or None with nothing written when the input does not
    qualify: not canonical N-Triples syntax, not in that order, with blank nodes, an inferred graph
    already, schema triples, or no quad at all. The caller then takes the general route.
    """
    from .graphio import atomic_output, format_from_path

    size = os.path.getsize(source)
    with open(source, "rb") as stream:
        stream.seek(max(size - 1, 0))
        if stream.read(1) != b"\n":
            return None  # empty, or a last line without its newline: not write_graph's bytes
    from . import columnar_rl

    syntax = "nt" if format_from_path(source, default="") == "nt" else "nquads"
    by_columns = columnar_rl.infer_columns(source, out, syntax)
    if by_columns is not None:
        return by_columns
    found = _entail(source, workers, syntax)
    if found is None:
        return None
    entailments, orders = found
    runs = [order for order in orders if order.lines]
    if not runs or any(a.last >= b.first for a, b in pairwise(runs)):  # type: ignore[operator]
        return None
    cut, before = None, 0
    for order in runs:
        if order.after_inferred is not None:
            cut = before + order.after_inferred
            break
        before += order.lines
    total = sum(order.lines for order in runs)
    with atomic_output(out) as handle, open(source, "rb") as stream:
        _copy_lines(stream, handle, total if cut is None else cut)
        handle.write(_inferred_block(entailments))
        while block := stream.read(_CHUNK):
            handle.write(block)
    return total, len(entailments)


def _copy_lines(stream: IO[bytes], handle: IO[bytes], count: int) -> None:
    """Copy the first ``count`` lines of ``stream`` to ``handle``, leaving ``stream`` just after them."""
    while count:
        start = stream.tell()
        block = stream.read(_CHUNK)
        if not block:  # pragma: no cover - the lines were counted in this file
            raise ValueError(f"{count} lines missing")
        lines = block.count(b"\n")
        if lines <= count:
            handle.write(block)
            count -= lines
            continue
        end = 0
        for _ in range(count):
            end = block.index(b"\n", end) + 1
        handle.write(block[:end])
        stream.seek(start + end)
        return


def _inferred_block(entailments: Entailments) -> bytes:
    """The entailments as N-Quads of the inferred graph, in :func:`coopkg.graphio.write_graph`'s order."""
    lines = entailments.ntriples().decode("utf-8").split("\n")[:-1]
    keys = []
    for line in lines:
        s, p, rest = line.split(" ", 2)
        keys.append(s + _TYPE_FIRST + rest if p == _TYPE_KEY else line)
    keys.sort()
    text = "".join(key + "\n" for key in keys).replace(_TYPE_FIRST, f" {_TYPE_KEY} ")
    return text.replace(" .\n", f" {_INFERRED_KEY} .\n").encode()
