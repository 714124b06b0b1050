"""Read and write RDF files: format by extension, deterministic output, atomic writes.

Parsing and serialising go through pyoxigraph (its Rust parsers read ~0.7M triples/s, rdflib's
~20k/s); the library's working type stays :class:`rdflib.Dataset`, so this module also converts terms
between the two. Three promises matter to users:

* **Deterministic output.** The same triples give byte-identical files whatever order they were added
  in: quads are deduplicated, sorted by their N-Triples form (graph, subject, predicate, object;
  ``rdf:type`` first among predicates) and written by pyoxigraph's streaming writer with a fixed
  prefix table. Diffs of two builds show real
  changes only.
* **Triple formats get the union.** Turtle, N-Triples and RDF/XML cannot carry named graphs, so they
  receive the union of all graphs (each triple once); TriG, N-Quads and JSON-LD keep the graphs.
* **Atomic writes.** A file is written to a temporary sibling and moved over the target with
  :func:`os.replace`, so a failure never leaves a half-written file nor destroys an existing one.

>>> import rdflib
>>> g = rdflib.Graph()
>>> _ = g.add((rdflib.URIRef("https://w3id.org/coopkg/id/country/belarus"), rdflib.RDFS.label,
...            rdflib.Literal("Belarus")))
>>> print(serialize(g, "nt").decode(), end="")
<https://w3id.org/coopkg/id/country/belarus> <http://www.w3.org/2000/01/rdf-schema#label> "Belarus" .
"""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import CoopkgError, InputError

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "PREFIXES",
    "RdfData",
    "RdfSyntax",
    "atomic_output",
    "dataset_chunk",
    "dataset_header",
    "format_from_path",
    "load_graph",
    "load_quads",
    "load_store",
    "quiet_rdflib",
    "rdf_syntax",
    "rdflib_converter",
    "read_input_file",
    "serialize",
    "sorted_lines",
    "to_oxigraph_store",
    "to_rdflib_dataset",
    "triple_chunk",
    "triple_count",
    "write_graph",
]

#: Prefixes written in Turtle/TriG/RDF-XML output and used to show terms compactly in query tables.
#: Order is fixed: it is part of the byte-identical output.
PREFIXES: dict[str, str] = {
    "coop": "https://w3id.org/coopkg/ontology#",
    "release": "https://w3id.org/coopkg/id/release/",
    "meeting": "https://w3id.org/coopkg/id/meeting/",
    "chairmanship": "https://w3id.org/coopkg/id/chairmanship/",
    "agency": "https://w3id.org/coopkg/id/agency/",
    "person": "https://w3id.org/coopkg/id/person/",
    "country": "https://w3id.org/coopkg/id/country/",
    "place": "https://w3id.org/coopkg/id/place/",
    "crime-area": "https://w3id.org/coopkg/id/crime-area/",
    "span": "https://w3id.org/coopkg/id/span/",
    "participation": "https://w3id.org/coopkg/id/participation/",
    "extraction": "https://w3id.org/coopkg/id/extraction/",
    "id": "https://w3id.org/coopkg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "time": "http://www.w3.org/2006/time#",
    "sh": "http://www.w3.org/ns/shacl#",
}


@dataclass(frozen=True)
class RdfSyntax:
    """One RDF serialisation: its names for users, rdflib and pyoxigraph, and what it can carry."""

    name: str
    """Canonical name, accepted by ``--format`` (also rdflib's plugin name)."""
    label: str
    """Human name used in messages ("Turtle")."""
    oxigraph: ox.RdfFormat
    keeps_graphs: bool
    """True for dataset formats (named graphs kept); False means the union of all graphs is written."""
    uses_prefixes: bool

    @property
    def rdflib_name(self) -> str:
        """rdflib's plugin name for this syntax (the canonical names were chosen to match)."""
        return self.name


_TURTLE = RdfSyntax("turtle", "Turtle", ox.RdfFormat.TURTLE, keeps_graphs=False, uses_prefixes=True)
_NTRIPLES = RdfSyntax("nt", "N-Triples", ox.RdfFormat.N_TRIPLES, keeps_graphs=False, uses_prefixes=False)
_NQUADS = RdfSyntax("nquads", "N-Quads", ox.RdfFormat.N_QUADS, keeps_graphs=True, uses_prefixes=False)
_TRIG = RdfSyntax("trig", "TriG", ox.RdfFormat.TRIG, keeps_graphs=True, uses_prefixes=True)
_JSONLD = RdfSyntax("json-ld", "JSON-LD", ox.RdfFormat.JSON_LD, keeps_graphs=True, uses_prefixes=False)
_RDFXML = RdfSyntax("xml", "RDF/XML", ox.RdfFormat.RDF_XML, keeps_graphs=False, uses_prefixes=True)

#: File extension → syntax. Unknown extensions fall back to a default (Turtle) where one is allowed.
FORMATS: dict[str, RdfSyntax] = {
    ".ttl": _TURTLE,
    ".nt": _NTRIPLES,
    ".nq": _NQUADS,
    ".trig": _TRIG,
    ".jsonld": _JSONLD,
    ".rdf": _RDFXML,
    ".owl": _RDFXML,
    ".xml": _RDFXML,
}

_BY_NAME: dict[str, RdfSyntax] = {
    "turtle": _TURTLE, "ttl": _TURTLE,
    "nt": _NTRIPLES, "ntriples": _NTRIPLES, "n-triples": _NTRIPLES,
    "nquads": _NQUADS, "nq": _NQUADS, "n-quads": _NQUADS,
    "trig": _TRIG,
    "json-ld": _JSONLD, "jsonld": _JSONLD,
    "xml": _RDFXML, "rdfxml": _RDFXML, "rdf/xml": _RDFXML, "rdf": _RDFXML, "owl": _RDFXML,
}  # fmt: skip

#: Every name :func:`rdf_syntax` accepts (canonical names and aliases).
FORMAT_NAMES: tuple[str, ...] = tuple(_BY_NAME)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_SNIFF_BYTES = 8192

_Term = ox.NamedNode | ox.BlankNode | ox.Literal
#: What the writers accept: rdflib graphs and datasets, pyoxigraph stores, or pyoxigraph quads/triples.
RdfData = rdflib.Graph | ox.Store | ox.Dataset | Iterable[ox.Quad | ox.Triple]


def rdf_syntax(fmt: str | RdfSyntax) -> RdfSyntax:
    """The syntax called ``fmt``: a name or alias (``ttl``, ``jsonld``...) or an extension (``.nq``).

    :raises InputError: if the name is unknown.
    """
    if isinstance(fmt, RdfSyntax):
        return fmt
    key = fmt.strip().lower()
    syntax = _BY_NAME.get(key) or FORMATS.get(key if key.startswith(".") else f".{key}")
    if syntax is None:
        known = ", ".join(s.name for s in dict.fromkeys(FORMATS.values()))
        raise InputError(f"unknown RDF format '{fmt}' (known: {known})")
    return syntax


def format_from_path(path: str | os.PathLike[str], default: str | None = "turtle") -> str:
    """The canonical format name for ``path``'s extension, e.g. ``kg.trig`` → ``'trig'``.

    ``-`` (standard input/output) and unknown extensions give ``default``; with ``default=None`` an
    unknown extension is an error.

    >>> format_from_path("out/kg.jsonld"), format_from_path("kg.NT"), format_from_path("-")
    ('json-ld', 'nt', 'turtle')

    :raises InputError: if the extension is unknown and there is no default.
    """
    syntax = FORMATS.get(Path(os.fspath(path)).suffix.lower()) if os.fspath(path) != "-" else None
    if syntax is not None:
        return syntax.name
    if default is None:
        raise InputError(
            f"cannot tell the RDF format of '{os.fspath(path)}' from its extension "
            f"(use one of {', '.join(FORMATS)})"
        )
    return rdf_syntax(default).name


# --------------------------------------------------------------------------------------------- reading


def read_input_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a user's input file, or an :class:`InputError` saying in one line why not."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"cannot read '{path}': no such file") from None
    except IsADirectoryError:
        hint = f" (a store? use --store {path})" if (Path(path) / "CURRENT").is_file() else ""  # RocksDB's file
        raise InputError(f"cannot read '{path}': is a directory{hint}") from None
    except PermissionError:
        raise InputError(f"cannot read '{path}': permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from None


def _read_source(path: str | os.PathLike[str]) -> tuple[str, bytes, str | None]:
    """The display name, bytes and base IRI of ``path`` (``-`` = standard input)."""
    if os.fspath(path) == "-":
        return "<stdin>", sys.stdin.buffer.read(), None
    path = Path(path)
    return str(path), read_input_file(path), path.resolve().as_uri()


def _check_content(name: str, data: bytes, syntax: RdfSyntax) -> None:
    if not data or data.isspace():  # (no copy of a large file, unlike strip())
        raise InputError(f"'{name}' is empty")
    # RDF/XML may legitimately be UTF-16 (NUL bytes); every other syntax is UTF-8 text.
    if syntax is not _RDFXML and b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError(f"'{name}' is not valid {syntax.label}: binary data, not an RDF text file")
    if syntax is _RDFXML:
        _check_well_formed_xml(name, data)


def _check_well_formed_xml(name: str, data: bytes) -> None:
    """Oxigraph's RDF/XML parser accepts a file cut off inside an element; expat does not."""
    from xml.parsers import expat

    try:
        expat.ParserCreate().Parse(data, True)
    except expat.ExpatError as exc:
        raise InputError(f"'{name}' is not valid RDF/XML: line {exc.lineno}, column {exc.offset}: "
                         f"{expat.ErrorString(exc.code)}") from None


_PARSER_PREFIX = re.compile(r"^Parser error (?:at|between) .*?: ", re.DOTALL)


def _syntax_error(name: str, syntax: RdfSyntax, exc: SyntaxError) -> InputError:
    """One line from pyoxigraph's parse error: ``'x.ttl' is not valid Turtle: line 3: ...``."""
    message = str(exc.msg if exc.msg is not None else exc)
    detail = " ".join(_PARSER_PREFIX.sub("", message).split())
    if "LoadDocumentCallback" in detail:
        detail = "remote @context documents are not fetched (inline the context)"
    location = ""
    if exc.lineno:
        location = f"line {exc.lineno}, column {exc.offset}: " if exc.offset else f"line {exc.lineno}: "
    return InputError(f"'{name}' is not valid {syntax.label}: {location}{detail}")


def _source_syntax(path: str | os.PathLike[str], fmt: str | None) -> RdfSyntax:
    return rdf_syntax(fmt) if fmt else rdf_syntax(format_from_path(path))


def load_quads(path: str | os.PathLike[str], fmt: str | None = None) -> list[ox.Quad]:
    """Parse ``path`` (``-`` = stdin) into pyoxigraph quads, without going through rdflib.

    Triples of triple-only formats land in the default graph. This is the fast path for tools that
    only convert or count.

    :param fmt: a format name overriding the extension.
    :raises InputError: one line, for a missing, unreadable, empty, binary or invalid file.
    """
    syntax = _source_syntax(path, fmt)
    name, data, base = _read_source(path)
    _check_content(name, data, syntax)
    try:
        return list(ox.parse(data, format=syntax.oxigraph, base_iri=base))
    except SyntaxError as exc:
        raise _syntax_error(name, syntax, exc) from None


def load_store(path: str | os.PathLike[str], fmt: str | None = None, *, union: bool = False) -> ox.Store:
    """Parse ``path`` straight into an in-memory pyoxigraph Store (for SPARQL over large files).

    The Store canonicalises literals (see :func:`to_oxigraph_store`); use :func:`load_quads` or
    :func:`load_graph` to keep the data exactly as written.

    :param union: hold only the union of the file's graphs (a set), in the default graph: the named
        graphs are not kept. What queries that cannot see named graphs need, and much faster to query
        (see :func:`coopkg.query.union_store`).
    :raises InputError: as :func:`load_graph`.
    """
    syntax = _source_syntax(path, fmt)
    name, data, base = _read_source(path)
    _check_content(name, data, syntax)
    store = ox.Store()
    try:
        if union and syntax.keeps_graphs:  # the triples of every graph, as N-Triples: parsed and written in Rust
            quads = ox.parse(data, format=syntax.oxigraph, base_iri=base)
            data = ox.serialize((quad.triple for quad in quads), format=ox.RdfFormat.N_TRIPLES) or b""  # type: ignore[union-attr]
            store.load(data, format=ox.RdfFormat.N_TRIPLES, lenient=True)  # (checked by the parser just now)
        else:
            store.load(data, format=syntax.oxigraph, base_iri=base)
    except SyntaxError as exc:
        raise _syntax_error(name, syntax, exc) from None
    return store


def load_graph(path: str | os.PathLike[str], fmt: str | None = None) -> rdflib.Dataset:
    """Load an RDF file into an :class:`rdflib.Dataset`, keeping its named graphs.

    The format follows the extension (see :data:`FORMATS`; unknown → Turtle) unless ``fmt`` is given;
    ``-`` reads standard input. Parsing is done by pyoxigraph, then terms are converted, so lexical
    forms are kept exactly (``"01"^^xsd:integer`` stays ``01``).

    :raises InputError: with a one-line message such as ``cannot read 'x.ttl': no such file``,
        ``'x.ttl' is empty`` or ``'x.ttl' is not valid Turtle: line 3, column 11: ...``.
    """
    return to_rdflib_dataset(load_quads(path, fmt))


def to_rdflib_dataset(quads: Iterable[ox.Quad]) -> rdflib.Dataset:
    """pyoxigraph quads as an :class:`rdflib.Dataset` (named graphs kept, lexical forms kept)."""
    dataset = rdflib.Dataset()
    graphs: dict[ox.NamedNode | ox.BlankNode, rdflib.Graph] = {}
    default = dataset.default_graph
    convert = rdflib_converter()

    def context(name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> rdflib.Graph:
        if isinstance(name, ox.DefaultGraph):
            return default
        graph = graphs.get(name)
        if graph is None:
            identifier = convert(name)
            assert isinstance(identifier, (rdflib.URIRef, rdflib.BNode))
            graph = graphs[name] = dataset.graph(identifier)
        return graph

    with quiet_rdflib():
        dataset.addN(
            (convert(q.subject), convert(q.predicate), convert(q.object), context(q.graph_name))
            for q in quads
        )
    return dataset


@contextmanager
def quiet_rdflib() -> Iterator[None]:
    """Silence rdflib's per-literal warnings (with tracebacks) for ill-typed values like "x"^^xsd:date.

    Such literals are legal RDF; SHACL validation is where they get reported.
    """
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


# ----------------------------------------------------------------------------------- term conversion


def rdflib_converter() -> Callable[[object], rdflib.term.Node]:
    """pyoxigraph term → rdflib term, each distinct term converted once (graphs repeat their terms)."""
    terms: dict[object, rdflib.term.Node] = {}

    def convert(term: object) -> rdflib.term.Node:
        node = terms.get(term)
        if node is None:
            node = terms[term] = _to_rdflib(term)
        return node

    return convert


def _to_rdflib(term: object) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return rdflib.Literal(term.value)  # RDF 1.1: a simple literal *is* an xsd:string
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value), normalize=False)
    raise InputError(f"unsupported RDF term {term} (RDF-star triple terms are not supported)")


def _blank_node(node: rdflib.BNode) -> ox.BlankNode:
    try:
        return ox.BlankNode(str(node))
    except ValueError:  # rdflib allows ids that are not valid N-Triples labels: derive a stable one
        return ox.BlankNode("b" + hashlib.sha1(str(node).encode()).hexdigest()[:16])


def _to_oxigraph(term: object) -> _Term:
    try:
        if isinstance(term, rdflib.URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, rdflib.BNode):
            return _blank_node(term)
        if isinstance(term, rdflib.Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as exc:
        raise CoopkgError(f"cannot write RDF term {term!r}: {exc}") from None
    raise CoopkgError(f"cannot write RDF term {term!r}: not an IRI, blank node or literal")


def _graph_name(data: rdflib.Graph, context: object) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    identifier = context.identifier if isinstance(context, rdflib.Graph) else context
    if identifier is None or identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if (
        not isinstance(data, rdflib.Dataset)
        and isinstance(data, rdflib.ConjunctiveGraph)
        and identifier == data.default_context.identifier
    ):
        return ox.DefaultGraph()
    name = _to_oxigraph(identifier)
    assert not isinstance(name, ox.Literal)
    return name


def _rdflib_quads(data: rdflib.Graph) -> Iterator[ox.Quad]:
    terms: dict[rdflib.term.Node, _Term] = {}

    def convert(node: rdflib.term.Node) -> _Term:
        term = terms.get(node)
        if term is None:
            term = terms[node] = _to_oxigraph(node)
        return term

    if isinstance(data, rdflib.ConjunctiveGraph):  # Dataset is one too
        for s, p, o, c in data.quads((None, None, None, None)):
            yield ox.Quad(convert(s), convert(p), convert(o), _graph_name(data, c))
    else:
        for s, p, o in data:
            yield ox.Quad(convert(s), convert(p), convert(o), ox.DefaultGraph())


def _oxigraph_quads(data: RdfData) -> Iterator[ox.Quad]:
    """Quads of any supported input: rdflib Graph/Dataset, pyoxigraph Store/Dataset, or quads/triples."""
    if isinstance(data, rdflib.Graph):
        yield from _rdflib_quads(data)
        return
    for item in data:
        if isinstance(item, ox.Quad):
            yield item
        elif isinstance(item, ox.Triple):
            yield ox.Quad(item.subject, item.predicate, item.object, ox.DefaultGraph())
        else:
            raise TypeError(f"expected pyoxigraph Quad or Triple, got {type(item).__name__}")


def to_oxigraph_store(data: RdfData) -> ox.Store:
    """An in-memory pyoxigraph Store holding the same quads (named graphs kept), for fast SPARQL.

    Beware: the Store canonicalises literals (``"01"^^xsd:integer`` → ``"1"``, the derived integer
    types such as ``xsd:nonNegativeInteger`` → ``xsd:integer``). That is harmless for querying, but
    a Store is not a faithful source for writing files: :func:`serialize` the dataset instead.
    """
    if isinstance(data, ox.Store):
        return data
    store = ox.Store()
    store.extend(_oxigraph_quads(data))
    return store


# --------------------------------------------------------------------------------------------- writing


_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _predicate_key(predicate: ox.NamedNode) -> str:
    # rdf:type sorts first so that Turtle reads "id:x a coop:Meeting ; ..." as people write it.
    return "" if predicate == _RDF_TYPE else str(predicate)


def _quad_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return graph, str(quad.subject), _predicate_key(quad.predicate), str(quad.object)


def _triple_key(triple: ox.Triple) -> tuple[str, str, str]:
    return str(triple.subject), _predicate_key(triple.predicate), str(triple.object)


def _sorted_statements(data: RdfData, syntax: RdfSyntax) -> list[ox.Quad] | list[ox.Triple]:
    quads = _oxigraph_quads(data)
    if syntax.keeps_graphs:
        return sorted(set(quads), key=_quad_key)
    return sorted({quad.triple for quad in quads}, key=_triple_key)


def _serialize(data: RdfData, syntax: RdfSyntax) -> tuple[bytes, int]:
    statements = _sorted_statements(data, syntax)
    prefixes = PREFIXES if syntax.uses_prefixes else None
    body = ox.serialize(statements, format=syntax.oxigraph, prefixes=prefixes)
    assert body is not None
    return body, len(statements)


def serialize(data: RdfData, fmt: str) -> bytes:
    """Serialise ``data`` in format ``fmt`` (a name such as ``turtle``, ``trig``, ``nt``, ``json-ld``).

    Deterministic: the same set of quads gives byte-identical output, whatever the insertion order.
    Triple formats (Turtle, N-Triples, RDF/XML) get the deduplicated union of all graphs.

    :param data: an :class:`rdflib.Dataset` or :class:`rdflib.Graph`, a pyoxigraph ``Store``, or an
        iterable of pyoxigraph ``Quad``/``Triple``.
    :raises InputError: if ``fmt`` is unknown.
    :raises CoopkgError: if a term cannot be written (e.g. an IRI with a space).
    """
    return _serialize(data, rdf_syntax(fmt))[0]


def triple_count(data: RdfData) -> int:
    """Number of distinct triples in the union of all graphs (what a Turtle export would hold)."""
    return len({quad.triple for quad in _oxigraph_quads(data)})


def write_graph(data: RdfData, path: str | os.PathLike[str], fmt: str | None = None) -> int:
    """Write ``data`` to ``path`` (``-`` = standard output), atomically; return the statements written.

    The format is ``fmt`` or else follows the extension (Turtle by default). The whole output is
    serialised first, then written to a temporary file in the target's directory and moved over the
    target, so an error at any point leaves an existing file untouched and no temporary file behind.

    :return: the number of triples (triple formats) or quads (dataset formats) written.
    :raises InputError: unknown format, missing directory, permission denied.
    :raises CoopkgError: any other write failure (disk full...).
    """
    syntax = _source_syntax(path, fmt)
    body, count = _serialize(data, syntax)
    if os.fspath(path) == "-":
        _write_stdout(body)
    else:
        _atomic_write(Path(path), body)
    return count


def _write_stdout(body: bytes) -> None:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(body.decode("utf-8"))
    else:
        buffer.write(body)
    sys.stdout.flush()


def _atomic_write(path: Path, body: bytes) -> None:
    with atomic_output(path) as handle:
        handle.write(body)


def _write_error(path: Path, exc: OSError) -> CoopkgError:
    reason = "no space left on device" if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
    return CoopkgError(f"cannot write '{path}': {reason}")


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` only when the block ends without an error.

    The bytes go to a temporary sibling, moved over ``path`` with :func:`os.replace` at the end; on
    any error the temporary file is removed and an existing ``path`` is untouched. ``-`` collects
    the bytes in memory and writes them to standard output at the end, for the same reason.

    :raises InputError: missing directory, permission denied, ``path`` is a directory (raised on
        entry, before the caller does any work).
    :raises CoopkgError: any other write failure (disk full...).
    """
    if os.fspath(path) == "-":
        memory = io.BytesIO()
        yield memory
        _write_stdout(memory.getvalue())
        return
    if not os.fspath(path):
        raise InputError("cannot write '': the output path is empty")
    path = Path(path)
    if path.is_dir():
        raise InputError(f"cannot write '{path}': is a directory")
    try:
        special = not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        special = False  # a new file
    if special:  # a device or a pipe (``/dev/null``, ``>(gzip)``): written through, as a shell redirection would
        yield from _write_through(path)
        return
    shown, path = path, Path(os.path.realpath(path)) if path.is_symlink() else path  # replace a link's target
    directory = path.parent
    temporary = directory / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        # 0o666 & ~umask: the same permissions a plain open() would give a new file.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileNotFoundError:
        raise InputError(f"cannot write '{shown}': no such directory '{directory}'") from None
    except (PermissionError, IsADirectoryError, NotADirectoryError) as exc:
        raise InputError(f"cannot write '{shown}': {exc.strerror or exc}") from None
    except OSError as exc:
        raise CoopkgError(f"cannot write '{shown}': {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            try:
                yield handle
            except OSError as exc:
                raise _write_error(shown, exc) from None
            handle.flush()
            os.fsync(handle.fileno())
        with suppress(FileNotFoundError):  # keep the permissions of the file being replaced
            os.chmod(temporary, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(temporary, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise _write_error(shown, exc) from None
        raise


def _write_through(path: Path) -> Iterator[BinaryIO]:
    try:
        handle = open(path, "wb")  # noqa: SIM115 - closed below, after the caller's block
    except OSError as exc:
        raise InputError(f"cannot write '{path}': {exc.strerror or exc}") from None
    try:
        with handle:
            yield handle
    except OSError as exc:
        raise _write_error(path, exc) from None


def dataset_chunk(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """``quads`` of one graph (deduplicated, sorted) serialised in ``fmt`` without the prefix header.

    Concatenating :func:`dataset_header` and the chunks of successive graphs, in graph-name order,
    gives what :func:`write_graph` writes for the whole dataset (TriG and N-Quads only).
    """
    syntax = rdf_syntax(fmt)
    if not syntax.keeps_graphs or syntax is _JSONLD:
        raise ValueError(f"{syntax.label} cannot be written graph by graph")
    quads = list(quads)
    if len({quad.graph_name for quad in quads}) > 1:
        raise ValueError("dataset_chunk takes the quads of one graph")
    if syntax is _NQUADS:
        graph = quads[0].graph_name if quads else None
        return sorted_lines([(q.subject, q.predicate, q.object) for q in quads],
                            None if isinstance(graph, ox.DefaultGraph) else graph)[0]
    return _strip_header(_serialize(quads, syntax)[0], syntax)


_FIRST = "<\x01>"  # stands for rdf:type as a predicate while sorting: before any IRI, as in _quad_key


def sorted_lines(statements: Iterable[tuple[_Term, _Term, _Term]], graph: ox.NamedNode | ox.BlankNode | None = None
                 ) -> tuple[bytes, int]:
    """``(s, p, o)`` terms as N-Triples lines (N-Quads lines of ``graph``), deduplicated and sorted in
    the order :func:`write_graph` writes them; and their number.

    Comparing whole lines equals comparing (subject, predicate, object): every term is a complete
    N-Triples token, so a term that is a prefix of another one is followed by a space, which sorts
    before any character that can follow inside a token. A term's ``str()`` is its N-Triples form,
    and a term object that recurs (the ontology's predicates and classes) is formatted once: no
    pyoxigraph quad is made per statement (a third of the cost of a release in a large build).
    """
    statements = list(statements)  # holds every term, so the ids below are not reused meanwhile
    suffix = f" {graph} .\n" if graph is not None else " .\n"
    names: dict[int, str] = {}
    predicates: dict[int, str] = {}

    def name(term: _Term) -> str:
        key = id(term)
        text = names.get(key)
        if text is None:
            text = names[key] = str(term)
        return text

    def predicate(term: _Term) -> str:  # rdf:type sorts first, as a predicate only
        key = id(term)
        text = predicates.get(key)
        if text is None:
            text = predicates[key] = _FIRST if term == _RDF_TYPE else str(term)
        return text

    lines = {f"{name(s)} {predicate(p)} {name(o)}{suffix}" for s, p, o in statements}
    text = "".join(sorted(lines)).replace(f" {_FIRST} ", f" <{_RDF_TYPE.value}> ")
    return text.encode(), len(lines)


def triple_chunk(triples: Iterable[ox.Triple], fmt: str) -> bytes:
    """``triples`` (deduplicated, sorted) in Turtle or N-Triples, without the prefix header.

    A streaming writer that emits the chunks of disjoint sets of subjects in subject order gets the
    bytes :func:`write_graph` would write for all of them at once.
    """
    syntax = rdf_syntax(fmt)
    if syntax not in (_TURTLE, _NTRIPLES):
        raise ValueError(f"{syntax.label} cannot be written in chunks")
    if syntax is _NTRIPLES:
        return sorted_lines((t.subject, t.predicate, t.object) for t in triples)[0]
    return _strip_header(_serialize(list(triples), syntax)[0], syntax)


def _strip_header(body: bytes, syntax: RdfSyntax) -> bytes:
    if not body:  # nothing to write: pyoxigraph writes no prefixes either
        return b""
    header = dataset_header(syntax.name)
    if not body.startswith(header):  # pragma: no cover - a pyoxigraph change would show here
        raise CoopkgError(f"unexpected {syntax.label} writer output: no prefix header")
    return body[len(header):]


@cache
def dataset_header(fmt: str) -> bytes:
    """The prefix declarations a file in ``fmt`` starts with (empty for N-Quads)."""
    syntax = rdf_syntax(fmt)
    if not syntax.uses_prefixes:
        return b""
    probe = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"),
                    ox.NamedNode("urn:x:g") if syntax.keeps_graphs else ox.DefaultGraph())
    body = ox.serialize([probe], format=syntax.oxigraph, prefixes=PREFIXES)
    assert body is not None
    return b"".join(line for line in body.splitlines(keepends=True) if line.startswith(b"@prefix "))
