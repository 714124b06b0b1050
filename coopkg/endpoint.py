"""An external SPARQL store: push a graph over HTTP and query it there.

Two W3C protocols, spoken with the standard library only (:mod:`urllib`, no extra dependency):

* **Push** — `SPARQL 1.1 Graph Store HTTP Protocol <https://www.w3.org/TR/sparql11-http-rdf-update/>`_
  (GSP). Every named graph of the dataset (one per release, plus ``id:graph/reference``) is sent with
  ``PUT <graph store>?graph=<graph IRI>`` (GSP section 5.3, "HTTP PUT": the graph's content is
  *replaced*, so pushing the same build twice leaves the store as after one push, and re-pushing a
  release after a fix replaces its old facts). Graphs on the server that the dataset does not hold
  are left alone. The body is N-Triples (``application/n-triples``), written deterministically by
  :func:`coopkg.graphio.serialize`. Triples in the dataset's default graph go to the graph named by
  ``default_graph`` or else to the server's default graph (``?default``, GSP section 4.2) — which
  Virtuoso refuses, so push a build (named graphs) or name a graph.
* **Query** — `SPARQL 1.1 Protocol <https://www.w3.org/TR/sparql11-protocol/>`_ section 2.1.2, "query
  via URL-encoded POST" (``application/x-www-form-urlencoded``; GET with ``?query=`` is section
  2.1.1). ``Accept`` asks for `SPARQL 1.1 Query Results JSON
  <https://www.w3.org/TR/sparql11-results-json/>`_ for SELECT/ASK, and for N-Triples (then Turtle)
  for CONSTRUCT/DESCRIBE. The answer becomes the same :class:`coopkg.query.QueryOutcome` that a
  local query gives, so :func:`coopkg.query.format_results` prints it in every format.

The graph store URL. GSP lets each server choose it; :func:`graph_store_url_for` derives it from the
query endpoint for the common servers, and ``graph_store_url=`` overrides it:

==========================  ====================================  ===================================
query endpoint ends with    graph store (no credentials)          graph store (with credentials)
==========================  ====================================  ===================================
``/sparql`` (Virtuoso)      ``/sparql-graph-crud``                ``/sparql-graph-crud-auth``
``/sparql-auth`` (Virtuoso) ``/sparql-graph-crud-auth``           ``/sparql-graph-crud-auth``
``/query`` (Fuseki)         ``/data``                             ``/data``
==========================  ====================================  ===================================

Virtuoso's ``/sparql-graph-crud`` runs as its SQL user ``SPARQL``, which may write only after
``grant SPARQL_UPDATE to "SPARQL";`` (what ``scripts/virtuoso.sh`` does on its loopback test instance);
``/sparql-graph-crud-auth`` asks for HTTP *digest* authentication of a user with ``SPARQL_UPDATE``.

Credentials come from the environment, never from a command-line argument (which other users of the
machine can read in the process list): ``COOPKG_ENDPOINT_AUTH="user:password"`` (see
:func:`auth_from_env`). They are sent only when the server asks (``401`` with ``WWW-Authenticate``), in
the scheme it asks for: Basic (RFC 7617) or Digest (RFC 7616).

Virtuoso and the answers of a local query. Locally (:mod:`coopkg.query`) the default graph of a query
is the *set* union of all graphs. Virtuoso's default graph, for a query without ``FROM``, is also the
union of all its graphs, so the competency queries run unmodified — but as a *multiset*: a triple
stated in two release graphs (an agency's label, say) matches twice, so a plain ``SELECT`` can repeat
a row that a local query gives once. ``COUNT(DISTINCT ...)``, ``MIN``/``MAX`` and ``SELECT DISTINCT`` are
unaffected; the tests compare rows as sets. Virtuoso also sees its own system graphs (e.g. its
``virtrdf:`` schema): queries about ``coop:`` classes never match them. Literals come back with the
same lexical forms, datatypes (``xsd:date``...) and language tags; Virtuoso writes typed literals as
``"type": "typed-literal"`` (the 2007 draft of the JSON format), which is normalised here to
``"literal"``.

Every failure is one line: :class:`~coopkg.errors.InputError` for a bad URL, bad credentials syntax or
a query the endpoint calls malformed (HTTP 400); :class:`~coopkg.errors.CoopkgError` for an endpoint
that cannot be reached (``cannot reach http://127.0.0.1:8890/sparql: connection refused``), times
out, refuses the credentials or fails (HTTP 4xx/5xx).
"""

from __future__ import annotations

import base64
import html
import http.client
import json
import os
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import pyoxigraph as ox
import rdflib

from . import graphio
from .errors import CoopkgError, InputError
from .query import QueryOutcome

__all__ = [
    "AUTH_ENV",
    "DEFAULT_TIMEOUT",
    "EndpointHTTPError",
    "PushResult",
    "auth_from_env",
    "graph_store_url_for",
    "push",
    "query_endpoint",
    "query_form",
]

#: The environment variable holding ``user:password`` for the endpoint.
AUTH_ENV = "COOPKG_ENDPOINT_AUTH"
#: Seconds to wait for one HTTP answer.
DEFAULT_TIMEOUT = 60.0

Auth = tuple[str, str]

_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_SELECT_ACCEPT = f"{_RESULTS_JSON}, application/json;q=0.9"
_GRAPH_ACCEPT = f"{_NTRIPLES}, text/turtle;q=0.9, application/rdf+xml;q=0.5"
#: Response media type → pyoxigraph parser for CONSTRUCT/DESCRIBE answers.
_GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,  # N-Triples before RDF 1.1
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/rdf+n3": ox.RdfFormat.N3,
    "text/n3": ox.RdfFormat.N3,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
_JSON_TYPES = frozenset({_RESULTS_JSON, "application/json"})
_MAX_DETAIL = 200

# A query's prologue (comments, BASE, PREFIX, Virtuoso's "define" pragmas) before its form keyword.
_PROLOGUE = re.compile(
    r"""\s+|\#[^\n]*|(?i:prefix)\s*[^\s:]*:\s*<[^>]*>|(?i:base)\s*<[^>]*>|(?i:define)\s[^\n]*""",
)
_FORM = re.compile(r"(?i:(select|ask|construct|describe))\b")


# ------------------------------------------------------------------------------------------ credentials


def auth_from_env(environ: Mapping[str, str] | None = None) -> Auth | None:
    """The ``(user, password)`` in ``COOPKG_ENDPOINT_AUTH`` (``user:password``), or ``None`` if unset.

    The password may contain colons; the user may not (RFC 7617, section 2).

    >>> auth_from_env({"COOPKG_ENDPOINT_AUTH": "dba:s3cret:x"})
    ('dba', 's3cret:x')
    >>> auth_from_env({}) is None
    True

    :raises InputError: if the variable is set but is not ``user:password``.
    """
    value = (os.environ if environ is None else environ).get(AUTH_ENV, "")
    if not value:
        return None
    user, colon, password = value.partition(":")
    if not colon or not user:
        raise InputError(f"{AUTH_ENV} must be 'user:password'")
    return user, password


# ------------------------------------------------------------------------------------------------- HTTP


def _check_url(url: str, what: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None or parts.password is not None:  # the URL is not echoed: it holds a secret
        raise InputError(f"{what} URL holds credentials: give them as {AUTH_ENV}=user:password instead")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{what} must be an http:// or https:// URL, not '{url}'")
    return url


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is reported, not followed: urllib would re-send a POSTed query as a GET without it."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> None:
        raise CoopkgError(f"{req.full_url.split('?')[0]} redirects (HTTP {code}) to {newurl.split('?')[0]}: "
                          "use that URL")


def _opener(auth: Auth | None, url: str) -> urllib.request.OpenerDirector:
    """An opener that answers a ``401`` challenge with ``auth`` (Digest or Basic, as asked).

    Once Basic credentials have been accepted, the opener sends them with every later request to
    ``url`` (a push is one request per graph: each would otherwise be sent twice).
    """
    handlers: list[urllib.request.BaseHandler] = [_NoRedirects()]
    if auth is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, *auth)
        # Digest's handler runs first (order 490): it leaves Basic challenges to the Basic handler.
        handlers += [urllib.request.HTTPDigestAuthHandler(passwords), _BasicAfterChallenge(passwords)]
    return urllib.request.build_opener(*handlers)


class _BasicAfterChallenge(urllib.request.HTTPBasicAuthHandler):
    """Basic credentials sent up front once a Basic challenge has been answered with success.

    Never before: a server that asks for Digest must not be sent the password in Basic form.
    """

    def __init__(self, passwords: urllib.request.HTTPPasswordMgr) -> None:
        super().__init__(passwords)
        self._accepted = False

    def http_error_401(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any) -> Any:
        response = super().http_error_401(req, fp, code, msg, headers)
        if response is not None and 200 <= response.status < 300:
            self._accepted = True
        return response

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        if self._accepted and not req.has_header("Authorization"):
            user, password = self.passwd.find_user_password(None, req.full_url)
            if user is not None:
                token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
                req.add_unredirected_header("Authorization", f"Basic {token}")
        return req

    https_request = http_request


@dataclass(frozen=True)
class _Response:
    status: int
    content_type: str
    body: bytes


def _send(
    opener: urllib.request.OpenerDirector,
    request: urllib.request.Request,
    *,
    what: str,
    timeout: float,
    authenticated: bool,
) -> _Response:
    """Send ``request``; turn every failure into one line naming ``what`` (the URL shown to users)."""
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            return _Response(response.status, content_type, response.read())
    except urllib.error.HTTPError as exc:
        raise _http_error(exc, what, authenticated) from None
    except urllib.error.URLError as exc:
        raise CoopkgError(f"cannot reach {what}: {_reason(exc.reason, timeout)}") from None
    except ValueError as exc:  # e.g. urllib's "does not support the following scheme: 'Negotiate'"
        raise CoopkgError(f"cannot use {what}: {' '.join(str(exc).split())}") from None
    except TimeoutError as exc:  # a read that times out after the connection
        raise CoopkgError(f"cannot reach {what}: {_reason(exc, timeout)}") from None
    except OSError as exc:
        raise CoopkgError(f"cannot reach {what}: {_reason(exc, timeout)}") from None
    except http.client.HTTPException as exc:  # e.g. a server that closes without a status line
        raise CoopkgError(f"cannot reach {what}: bad HTTP answer ({type(exc).__name__})") from None


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    if isinstance(reason, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error: {reason.reason or reason}"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror[0].lower() + reason.strerror[1:]
    return " ".join(str(reason).split()) or type(reason).__name__


def _detail(body: bytes) -> str:
    """The gist of an error page, on one line: Virtuoso's ``<xmp>`` text, or the text without tags."""
    text = body.decode("utf-8", "replace")
    match = re.search(r"<xmp>(.*?)</xmp>", text, re.DOTALL | re.IGNORECASE)
    if match:
        text = match.group(1)
    elif "<" in text:
        text = re.sub(r"(?is)<(head|title|style|script)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    text = " ".join(html.unescape(text).split())
    # Virtuoso appends the whole query to its error messages: the user has it already.
    text = re.split(r"\s*SPARQL query:\s", text, maxsplit=1)[0]
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


class EndpointHTTPError(CoopkgError):
    """An HTTP error status from the endpoint: the message is for users; ``status`` (the HTTP code) and
    ``detail`` (the gist of the server's error page) are for callers."""

    def __init__(self, message: str, status: int, detail: str) -> None:
        super().__init__(message)
        self.status = status
        self.detail = detail


def _http_error(exc: urllib.error.HTTPError, what: str, authenticated: bool) -> EndpointHTTPError:
    try:
        body = exc.read()
    except OSError:
        body = b""
    detail = _detail(body)
    status = f"HTTP {exc.code} {exc.reason}".rstrip()
    suffix = f": {detail}" if detail else ""
    if exc.code in (401, 403):
        hint = "the credentials in " + AUTH_ENV + " were refused" if authenticated else f"set {AUTH_ENV}=user:password"
        return EndpointHTTPError(f"{what} refused access ({status}; {hint}){suffix}", exc.code, detail)
    if exc.code == 404:
        return EndpointHTTPError(f"no such endpoint: {what} ({status})", exc.code, detail)
    return EndpointHTTPError(f"{what} failed: {status}{suffix}", exc.code, detail)


# ------------------------------------------------------------------------------------------------ push


@dataclass(frozen=True)
class PushResult:
    """What :func:`push` sent: the graphs (in the order sent), their triples, and the time taken."""

    endpoint: str
    graph_store_url: str
    graphs: tuple[str, ...]
    """IRIs of the graphs replaced (``""`` stands for the server's default graph)."""
    triples: int
    """Triples sent, summed over the graphs (a triple in two graphs counts twice)."""
    created: int
    """Graphs the server reported as new (``201 Created``, GSP section 5.3); the others were replaced."""
    seconds: float

    def summary(self) -> str:
        """One line for the CLI: ``pushed 32 graphs (5,012 triples) to URL in 1.2 s``."""
        return (
            f"pushed {len(self.graphs)} graph{'s' if len(self.graphs) != 1 else ''} "
            f"({self.triples:,} triple{'s' if self.triples != 1 else ''}) to {self.graph_store_url} "
            f"in {self.seconds:.1f} s"
        )


def graph_store_url_for(endpoint_url: str, *, authenticated: bool = False) -> str:
    """The Graph Store Protocol URL that goes with the SPARQL query endpoint ``endpoint_url``.

    Follows the servers' conventions (see the module docstring): Virtuoso's ``/sparql`` →
    ``/sparql-graph-crud`` (``-auth`` when credentials are given), Fuseki's ``/query`` → ``/data``.

    >>> graph_store_url_for("http://127.0.0.1:8890/sparql")
    'http://127.0.0.1:8890/sparql-graph-crud'
    >>> graph_store_url_for("http://127.0.0.1:8890/sparql/", authenticated=True)
    'http://127.0.0.1:8890/sparql-graph-crud-auth'
    >>> graph_store_url_for("http://localhost:3030/coop/query")
    'http://localhost:3030/coop/data'

    :raises InputError: for another kind of URL: then the graph store URL must be given.
    """
    _check_url(endpoint_url, "the SPARQL endpoint")
    parts = urllib.parse.urlsplit(endpoint_url)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if last == "sparql":
        last = "sparql-graph-crud-auth" if authenticated else "sparql-graph-crud"
    elif last == "sparql-auth":
        last = "sparql-graph-crud-auth"
    elif last == "query":
        last = "data"
    else:
        raise InputError(
            f"cannot tell the Graph Store URL of '{endpoint_url}' (known: .../sparql for Virtuoso, "
            f".../query for Fuseki): give it explicitly"
        )
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{head}/{last}", "", ""))


def _graphs(data: rdflib.Graph) -> list[tuple[str, rdflib.Graph]]:
    """``(graph IRI, graph)`` pairs in IRI order; ``""`` for a non-empty default graph."""
    if isinstance(data, rdflib.ConjunctiveGraph):  # a Dataset is one too
        pairs: list[tuple[str, rdflib.Graph]] = []
        graphs = data.graphs() if isinstance(data, rdflib.Dataset) else data.contexts()
        for graph in graphs:
            identifier = graph.identifier
            if identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID or (
                not isinstance(data, rdflib.Dataset) and graph is data.default_context
            ):
                if len(graph):
                    pairs.append(("", graph))
                continue
            if isinstance(identifier, rdflib.BNode):
                raise InputError("cannot push a graph named by a blank node: graph names must be IRIs")
            if len(graph):
                pairs.append((str(identifier), graph))
        return sorted(pairs, key=lambda pair: pair[0])
    return [("", data)] if len(data) else []


def push(
    dataset: rdflib.Graph,
    endpoint_url: str,
    *,
    auth: Auth | None = None,
    graph_store_url: str | None = None,
    default_graph: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> PushResult:
    """Replace, on the store behind ``endpoint_url``, every named graph of ``dataset`` with its triples.

    One ``PUT {graph_store_url}?graph={IRI}`` per graph (SPARQL 1.1 Graph Store HTTP Protocol, section
    5.3), body in N-Triples (``application/n-triples``). Graphs are sent in IRI order and the first
    failure stops the push (the graphs sent before it stay replaced: PUT is idempotent, so pushing
    again after fixing the cause is safe).

    :param dataset: an :class:`rdflib.Dataset` (a build: one graph per release) or a plain Graph.
    :param endpoint_url: the SPARQL query endpoint, e.g. ``http://127.0.0.1:8890/sparql``.
    :param auth: ``(user, password)``, e.g. :func:`auth_from_env`; answered to Basic or Digest
        challenges only.
    :param graph_store_url: the GSP endpoint; by default :func:`graph_store_url_for` ``endpoint_url``.
    :param default_graph: the IRI of the graph that receives the dataset's default-graph triples (by
        default the server's default graph, ``?default``, GSP section 4.2).
    :raises InputError: bad URL; nothing to push.
    :raises CoopkgError: unreachable endpoint, refused credentials, any HTTP error (with the graph).
    """
    started = time.perf_counter()
    _check_url(endpoint_url, "the SPARQL endpoint")
    store_url = _check_url(
        graph_store_url or graph_store_url_for(endpoint_url, authenticated=auth is not None), "the Graph Store URL"
    )
    pairs = _graphs(dataset)
    if not pairs:
        raise InputError("nothing to push: the graph is empty")
    if default_graph is not None:
        _check_graph_iri(default_graph)
        pairs = sorted(((iri or default_graph, graph) for iri, graph in pairs), key=lambda pair: pair[0])
    opener = _opener(auth, store_url)
    sent: list[str] = []
    triples = created = 0
    for iri, graph in pairs:
        body = graphio.serialize(graph, "nt")
        count = body.count(b"\n")
        query = urllib.parse.urlencode({"graph": iri}) if iri else "default"
        request = urllib.request.Request(
            f"{store_url}?{query}",
            data=body,
            method="PUT",
            headers={"Content-Type": f"{_NTRIPLES}; charset=utf-8", "Content-Length": str(len(body))},
        )
        try:
            response = _send(opener, request, what=store_url, timeout=timeout, authenticated=auth is not None)
        except CoopkgError as exc:
            target = (
                f"graph <{iri}>" if iri else "the default graph (triples outside named graphs: name a graph for them)"
            )
            done = f" ({len(sent)} of {len(pairs)} graphs pushed before it)" if sent else ""
            raise CoopkgError(f"pushing {target} failed{done}: {exc}") from None
        sent.append(iri)
        triples += count
        created += response.status == 201
    return PushResult(endpoint_url, store_url, tuple(sent), triples, created, time.perf_counter() - started)


def _check_graph_iri(iri: str) -> None:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", iri):
        raise InputError(f"'{iri}' is not an absolute IRI")


# ----------------------------------------------------------------------------------------------- query


def query_form(query_text: str) -> Literal["select", "ask", "construct", "describe"] | None:
    """The form of ``query_text`` (SPARQL 1.1 Query, section 16), read after its prologue; ``None``
    if it is none of the four (an update, or text the endpoint will judge).

    >>> query_form("PREFIX ex: <http://ex.org/#a>  # a comment\\nconstruct { ?s ?p ?o } WHERE { ?s ?p ?o }")
    'construct'
    >>> query_form("INSERT DATA { <a:b> <a:c> <a:d> }") is None
    True
    """
    position = 0
    while match := _PROLOGUE.match(query_text, position):
        if match.end() == position:
            break
        position = match.end()
    form = _FORM.match(query_text, position)
    return form.group(1).lower() if form else None  # type: ignore[return-value]


def query_endpoint(
    url: str,
    query_text: str,
    *,
    auth: Auth | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    method: Literal["POST", "GET"] = "POST",
) -> QueryOutcome:
    """Run ``query_text`` on the SPARQL endpoint ``url``; the outcome :mod:`coopkg.query` gives locally.

    SPARQL 1.1 Protocol section 2.1: ``POST`` with a URL-encoded ``query`` (2.1.2, the default: no
    length limit) or ``GET ?query=`` (2.1.1). ``Accept`` is the SPARQL 1.1 Query Results JSON Format
    for SELECT/ASK, N-Triples/Turtle for CONSTRUCT/DESCRIBE; the answer is read by its
    ``Content-Type``.

    :param auth: ``(user, password)`` answered to a Basic or Digest challenge.
    :raises InputError: bad URL, empty query, or a query the endpoint rejects as malformed (HTTP 400).
    :raises CoopkgError: unreachable endpoint, timeout, refused credentials, other HTTP errors, or an
        answer that cannot be read.
    """
    _check_url(url, "the SPARQL endpoint")
    if not query_text.strip():
        raise InputError("the SPARQL query is empty")
    form = query_form(query_text)
    if form in ("select", "ask"):
        accept = _SELECT_ACCEPT
    elif form in ("construct", "describe"):
        accept = _GRAPH_ACCEPT
    else:
        accept = f"{_SELECT_ACCEPT}, {_GRAPH_ACCEPT.replace(_NTRIPLES, _NTRIPLES + ';q=0.8')}"
    payload = urllib.parse.urlencode({"query": query_text})
    if method == "GET":
        separator = "&" if urllib.parse.urlsplit(url).query else "?"
        request = urllib.request.Request(f"{url}{separator}{payload}", headers={"Accept": accept})
    else:
        request = urllib.request.Request(
            url,
            data=payload.encode("ascii"),
            method="POST",
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        )
    try:
        response = _send(_opener(auth, url), request, what=url, timeout=timeout, authenticated=auth is not None)
    except EndpointHTTPError as exc:
        if exc.status != 400:
            raise
        # SPARQL 1.1 Protocol section 2.1.4: 400 Bad Request = a malformed query.
        raise InputError(f"malformed SPARQL query (says {url}): {exc.detail or 'HTTP 400'}") from None
    return _outcome(response, url, form)


def _outcome(response: _Response, url: str, form: str | None) -> QueryOutcome:
    if response.content_type in _JSON_TYPES or form in ("select", "ask"):  # a graph is no answer to these
        return _results_outcome(response.body, url)
    syntax = _GRAPH_TYPES.get(response.content_type)
    if syntax is None:
        raise CoopkgError(f"{url} answered with unexpected content type '{response.content_type}'")
    try:
        triples = tuple(quad.triple for quad in ox.parse(response.body, format=syntax))
    except SyntaxError as exc:
        raise CoopkgError(f"{url} answered with an unreadable graph: {' '.join(str(exc).split())}") from None
    return QueryOutcome("graph", triples=triples)


class _BlankNodes:
    """Blank node labels made valid and kept distinct within one result set (Virtuoso writes
    ``nodeID://b1234``, which is no blank node label: SPARQL 1.1 Query section 19.8, BLANK_NODE_LABEL)."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.used: set[str] = set()

    def __call__(self, value: str) -> str:
        label = self.labels.get(value)
        if label is None:
            label = re.sub(r"[^A-Za-z0-9_]", "_", value) or "b"
            label = label if label[0].isalpha() else f"b{label}"
            while label in self.used:
                label += "_"
            self.labels[value] = label
            self.used.add(label)
        return label


def _normalise_term(term: dict[str, object], blank_nodes: _BlankNodes) -> dict[str, object]:
    """A JSON results term in the W3C form: ``typed-literal`` (the 2007 draft, Virtuoso) → ``literal``,
    blank node labels made valid."""
    if term.get("type") == "bnode":
        term = {**term, "value": blank_nodes(str(term.get("value", "")))}
    if term.get("type") == "typed-literal":
        term = {**term, "type": "literal"}
    if term.get("type") == "literal" and term.get("datatype") == "http://www.w3.org/2001/XMLSchema#string":
        term = {key: value for key, value in term.items() if key != "datatype"}
    return term


def _results_outcome(body: bytes, url: str) -> QueryOutcome:
    """A SELECT/ASK outcome from SPARQL 1.1 Query Results JSON (sections 3.1–3.3 of that spec)."""
    try:
        document = json.loads(body)
        if not isinstance(document, dict):
            raise ValueError("not a JSON object")
        if "boolean" in document:
            boolean = document["boolean"]
            if not isinstance(boolean, bool):
                raise ValueError("'boolean' is not true or false")
            data = json.dumps({"head": {}, "boolean": boolean}).encode()
            return QueryOutcome("ask", boolean=boolean, _results=data)
        variables = tuple(str(name) for name in document["head"]["vars"])
        blank_nodes = _BlankNodes()
        bindings = [
            {name: _normalise_term(term, blank_nodes) for name, term in binding.items()}
            for binding in document["results"]["bindings"]
        ]
        data = json.dumps(
            {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}, ensure_ascii=False
        ).encode("utf-8")
        ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)  # check every term now
        outcome = QueryOutcome("select", variables=variables, _results=data)
        _ = outcome.rows
        return outcome
    except (ValueError, KeyError, TypeError, AttributeError, SyntaxError) as exc:
        raise CoopkgError(f"{url} answered with unreadable SPARQL JSON results: {exc}") from None
