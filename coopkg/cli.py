"""The ``coopkg`` command line: a thin click layer over the library.

Conventions (those of Jena's and Oxigraph's tools): results go to standard output, messages to
standard error; exit status 0 on success, 1 on failure (e.g. SHACL violations), 2 on a usage or input
error, 130 when interrupted. Every error is ONE line, ``coopkg: error: ...``, never a traceback
(set ``COOPKG_DEBUG=1`` to see one for an unexpected error).

Library modules are imported inside the commands: ``coopkg --help`` stays fast and keeps working
even when one of them is broken.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from .errors import CoopkgError

__all__ = ["main"]

#: Names accepted by ``--format`` for RDF output (kept equal to ``graphio.FORMAT_NAMES`` by a test;
#: spelled out here so that ``--help`` does not import rdflib).
RDF_FORMATS = (
    "turtle",
    "ttl",
    "nt",
    "ntriples",
    "n-triples",
    "nquads",
    "nq",
    "n-quads",
    "trig",
    "json-ld",
    "jsonld",
    "xml",
    "rdfxml",
    "rdf/xml",
    "rdf",
    "owl",
)
QUERY_FORMATS = (
    "table",
    "csv",
    "tsv",
    "json",
    "xml",
    *(name for name in RDF_FORMATS if name not in ("xml",)),
)

_PREFIX = "coopkg: error: "
# click >= 8.2 raises this for a bare `coopkg`; older versions print the help themselves.
_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


def _one_line(message: object) -> str:
    return " ".join(str(message).split()) or "unknown error"


def _fail(message: object, code: int) -> NoReturn:
    click.echo(_PREFIX + _one_line(message), err=True)
    sys.exit(code)


class _Interrupted(click.ClickException):
    exit_code = 130


class _Main(click.Group):
    """A group that turns every failure into one line on stderr and the right exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # before click's handler, which would print a blank line first
            raise _Interrupted("interrupted") from None

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        # rdflib logs an ill-typed literal ("2020-13-45"^^xsd:date) with its traceback; the validation
        # report names such literals already, so the log stays quiet
        logging.getLogger("rdflib").addHandler(logging.NullHandler())
        logging.getLogger("rdflib").propagate = False
        try:
            code = super().main(args, prog_name or "coopkg", complete_var, standalone_mode=False, **extra)
        except _NO_ARGS_IS_HELP as exc:  # a bare `coopkg` asks for help: not an error
            click.echo(exc.ctx.get_help())
            sys.exit(0)
        except CoopkgError as exc:
            _fail(exc, exc.exit_code)
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            _fail(exc.format_message() + hint, exc.exit_code)
        except click.ClickException as exc:  # including _Interrupted
            _fail(exc.format_message(), exc.exit_code)
        except (click.Abort, KeyboardInterrupt):
            _fail("interrupted", 130)
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(141)  # the reader went away (e.g. `| head`): not worth a message
        except Exception as exc:
            if os.environ.get("COOPKG_DEBUG"):
                raise
            _fail(f"unexpected {type(exc).__name__}: {exc} (set COOPKG_DEBUG=1 for a traceback)", 1)
        sys.exit(code if isinstance(code, int) else 0)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coopkg")
    except PackageNotFoundError:  # a source checkout that is not installed
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            import tomllib

            return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
        except (OSError, KeyError, ValueError):
            return "unknown"


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"coopkg {_version()}")
        ctx.exit()


def _emit(data: bytes | str) -> None:
    """Write a result to stdout (bytes are already UTF-8), ending with a newline as a terminal expects."""
    if isinstance(data, str) and not data.endswith("\n"):
        data += "\n"
    elif isinstance(data, bytes) and data and not data.endswith(b"\n"):
        data += b"\n"
    click.echo(data, nl=False)


def _where(path: str) -> str:
    return "<stdout>" if path == "-" else path


def _count(n: int, noun: str) -> str:
    """``1 release``, ``2,345 triples``."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _store_option(help_text: str) -> Any:
    return click.option("--store", "store_dir", metavar="DIR", default=None, help=help_text)


_STORE_INPUT = _store_option("Read the persistent store in folder DIR instead of a GRAPH file.")


def _graph_or_store(graph: str | None, store_dir: str | None) -> None:
    """Exactly one data source: a GRAPH file or ``--store DIR``."""
    if graph is not None and store_dir is not None:
        raise click.UsageError("give a GRAPH file or --store DIR, not both")
    if graph is None and store_dir is None:
        raise click.UsageError("missing GRAPH (a graph file) or --store DIR")


def _open_store(store_dir: str, write: bool = False) -> Any:
    """A store opened for writing (created if absent), or an existing one read-only (a snapshot)."""
    from .store import KnowledgeStore

    return KnowledgeStore.open(store_dir, create=write, read_only=not write)


_REASONER_OPTION = click.option(
    "--engine",
    "engine",
    type=click.Choice(["compiled", "owlrl"], case_sensitive=False),
    default="compiled",
    show_default=True,
    help="OWL RL reasoner: 'compiled' (the ontology compiled to set rules; seconds on millions of "
    "triples) or 'owlrl' (the reference reasoner; minutes from ~100k triples). Same entailments.",
)

_VALIDATOR_OPTION = click.option(
    "--engine",
    "engine",
    type=click.Choice(["compiled", "pyshacl"], case_sensitive=False),
    default="compiled",
    show_default=True,
    help="SHACL validator: 'compiled' (the shapes as whole-graph SPARQL run by pyoxigraph) or "
    "'pyshacl' (the reference validator, slow on large graphs). Same results.",
)

_RDF_FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(RDF_FORMATS, case_sensitive=False),
    default=None,
    help="Output format (default: from OUT's extension: .ttl .nt .nq .trig .jsonld .rdf; else Turtle).",
)


@click.group(
    cls=_Main,
    name="coopkg",
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="""\b
Examples:
  coopkg build releases/ -o kg.trig
  coopkg validate kg.trig
  coopkg query kg.trig competency/cq01-meetings.rq --format csv
  coopkg stats kg.trig
  coopkg add releases/ --store kg.db          # a persistent store
  coopkg query --store kg.db competency/cq01-meetings.rq""",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
def main() -> None:
    """Build and use a knowledge graph of international police cooperation from press releases."""


@main.command(
    epilog="""\b
Examples:
  coopkg build releases/ -o kg.ttl
  coopkg build releases/ --infer -o kg.trig     # one named graph per release
  coopkg build a.txt b.txt -o - | head
  coopkg build releases/ --store kg.db          # the store then holds exactly these releases"""
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o", "--output", "out", default=None, metavar="OUT", help="File to write ('-' for standard output)."
)
@_store_option(
    "Also (or instead) make the persistent store in folder DIR hold exactly these releases "
    "(created if absent; releases not given are removed, in the same transaction)."
)
@click.option("--infer", is_flag=True, help="Add the OWL RL entailments (graph id:graph/inferred).")
@_REASONER_OPTION
@_RDF_FORMAT_OPTION
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes for extraction (default: one per core; large corpora only).")
def build(paths: tuple[str, ...], out: str | None, store_dir: str | None, infer: bool, engine: str,
          fmt: str | None, jobs: int | None) -> None:
    """Read release files or folders of them (.txt) and write the graph to OUT and/or a store.

    A release may start with a 'date YYYY-MM-DD' line: its publication date. TriG and N-Quads
    output is streamed to disk release by release (the format for very large corpora).
    """
    if out is None and store_dir is None:
        raise click.UsageError("missing -o OUT or --store DIR (or both)")
    if store_dir is not None and infer:
        raise click.UsageError("--infer cannot be used with --store (a store keeps the extracted facts only)")
    if store_dir is not None:
        _build_store(paths, out, store_dir, fmt, jobs)
        return
    assert out is not None
    from .graphio import format_from_path, rdf_syntax, triple_count, write_graph

    keeps_graphs = rdf_syntax(fmt or format_from_path(out)).keeps_graphs
    if not infer or engine.lower() == "compiled":
        from .pipeline import build_file

        written = build_file(list(paths), out, fmt, workers=jobs, infer=infer)
        _built(out, written, written.statements, "quad" if keeps_graphs else "triple")
        return
    from .pipeline import build as build_graph

    result = build_graph(list(paths), infer=infer, engine=engine.lower(), workers=jobs)
    count = write_graph(result.dataset, out, fmt)
    if keeps_graphs:  # count quads → count distinct triples
        count = triple_count(result.dataset)
    _built(out, result, count, "triple")


def _built(out: str, result: Any, statements: int, noun: str) -> None:
    """The summary line of a file build (``result`` has releases, meetings, chairmanships, seconds)."""
    click.echo(
        f"built {_where(out)}: {_count(result.releases, 'release')}, {_count(statements, noun)}, "
        f"{_count(result.meetings, 'meeting')}, {_count(result.chairmanships, 'chairmanship')} "
        f"in {result.seconds:.1f} s",
        err=True,
    )


def _build_store(paths: tuple[str, ...], out: str | None, store_dir: str, fmt: str | None,
                 workers: int | None) -> None:
    """``build --store``: build (streaming), load the store in bulk and put it in place of the old one."""
    from .graphio import format_from_path
    from .pipeline import build_file
    from .store import KnowledgeStore

    started = time.perf_counter()
    if out is not None and out != "-" and not Path(out).resolve().parent.is_dir():  # before the store changes
        from .errors import InputError

        raise InputError(f"cannot write '{out}': no such directory '{Path(out).resolve().parent}'")
    as_nquads = out is not None and out != "-" and (fmt or format_from_path(out)) == "nquads"
    if out is not None and not as_nquads:
        # the file first: a failed write then leaves the store as it was
        build_file(paths, out, fmt, workers)
    result = KnowledgeStore.rebuild(store_dir, paths, workers, graph_file=out if as_nquads else None)
    written = f"{_where(out)} and " if out is not None else ""
    click.echo(
        f"built {written}store {store_dir}: {_count(result.releases, 'release')} "
        f"({len(result.added)} new, {len(result.replaced)} replaced, {len(result.removed)} removed), "
        f"{_count(result.triples, 'triple')}, {_count(result.meetings, 'meeting')}, "
        f"{_count(result.chairmanships, 'chairmanship')} in {time.perf_counter() - started:.1f} s",
        err=True,
    )


@main.command(
    epilog="""\b
Examples:
  coopkg add releases/ --store kg.db
  coopkg add new/2024-05-01.txt --store kg.db    # re-adding a release replaces its facts"""
)
@click.argument("paths", nargs=-1, required=True, metavar="FILES...")
@click.option("--store", "store_dir", required=True, metavar="DIR",
              help="Folder of the persistent store (created if absent).")
def add(paths: tuple[str, ...], store_dir: str) -> None:
    """Add release files or folders (.txt) to a persistent store, in one transaction.

    A release already in the store (same file name) has its facts replaced; the others are untouched.
    If anything fails, the store is left as it was.
    """
    from .pipeline import extract_all

    started = time.perf_counter()
    facts = None
    if not Path(store_dir).exists():  # read first: a failed add must not leave a new empty store
        facts = extract_all(list(paths))
    with _open_store(store_dir, write=True) as store:  # else: a bad DIR fails before any work
        result = store.add_facts(extract_all(list(paths)) if facts is None else facts, started=started)
        total = store.triple_count()
        stored = len(store.releases())
    click.echo(
        f"added to store {store_dir}: {len(result.added)} new, {len(result.replaced)} replaced "
        f"({_count(result.triples, 'triple')}) in {result.seconds:.1f} s; "
        f"store: {_count(stored, 'release')}, {_count(total, 'triple')}",
        err=True,
    )


@main.command(
    epilog="""\b
Examples:
  coopkg remove dev-001 --store kg.db
  coopkg remove dev-001 dev-002 --store kg.db    # all or nothing"""
)
@click.argument("ids", nargs=-1, required=True, metavar="ID...")
@click.option("--store", "store_dir", required=True, metavar="DIR", help="Folder of the persistent store.")
def remove(ids: tuple[str, ...], store_dir: str) -> None:
    """Delete releases (by identifier: the file name without .txt) and their facts from a store."""
    from .store import KnowledgeStore

    with KnowledgeStore.open(store_dir, create=False) as store:
        started = time.perf_counter()
        removed = store.remove(*ids)
        seconds = time.perf_counter() - started
        total = store.triple_count()
        stored = len(store.releases())
    click.echo(
        f"removed from store {store_dir}: {_count(len(removed), 'release')} in {seconds:.1f} s; "
        f"store: {_count(stored, 'release')}, {_count(total, 'triple')}",
        err=True,
    )


@main.command(
    epilog="""\b
Examples:
  coopkg export --store kg.db -o kg.trig        # one named graph per release
  coopkg export --store kg.db -o kg.ttl         # the union
  coopkg export --store kg.db -o - --format nt | head"""
)
@click.option("--store", "store_dir", required=True, metavar="DIR", help="Folder of the persistent store.")
@click.option(
    "-o", "--output", "out", required=True, metavar="OUT", help="File to write ('-' for standard output)."
)
@click.option("--with-ontology", is_flag=True, help="Include the ontology (graph id:graph/ontology).")
@_RDF_FORMAT_OPTION
def export(store_dir: str, out: str, with_ontology: bool, fmt: str | None) -> None:
    """Write a store's data to OUT, exactly as 'coopkg build' writes the same releases."""
    from .graphio import format_from_path, rdf_syntax, write_graph

    syntax = rdf_syntax(fmt or format_from_path(out))
    with _open_store(store_dir) as store:
        if syntax.name == "nquads" and not with_ontology and out != "-":  # the fast route (no quads in Python)
            count = store.write_nquads(out)
            click.echo(f"exported {_where(out)}: {_count(count, 'quad')}", err=True)
            return
        quads = list(store.quads(with_ontology))
    count = write_graph(quads, out, syntax.name)  # quads for TriG, N-Quads, JSON-LD (as build counts them)
    click.echo(f"exported {_where(out)}: {_count(count, 'quad' if syntax.keeps_graphs else 'triple')}", err=True)


@main.command(
    epilog="""\b
Examples:
  coopkg validate kg.ttl
  coopkg validate kg.ttl --format json > report.json
  coopkg validate kg.ttl || echo 'violations found'
  coopkg validate --store kg.db
  coopkg validate kg.ttl --engine pyshacl"""
)
@click.argument("graph", metavar="[GRAPH]", required=False)
@_STORE_INPUT
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["human", "turtle", "json"], case_sensitive=False),
    default="human",
    show_default=True,
    help="Report format.",
)
@_VALIDATOR_OPTION
@click.pass_context
def validate(ctx: click.Context, graph: str | None, store_dir: str | None, fmt: str, engine: str) -> None:
    """Check GRAPH (or a store) against the coopkg SHACL shapes; exit 1 if there are violations."""
    from .validation import validate as validate_graph
    from .validation import validate_file

    _graph_or_store(graph, store_dir)
    compiled = engine.lower() == "compiled"  # works on pyoxigraph quads: no rdflib graph of a large file
    if store_dir is not None and compiled:  # the store's N-Quads, validated as the built file is
        import tempfile

        beside = Path(store_dir).resolve().parent  # (room for a copy of the data, unlike a small /tmp)
        with _open_store(store_dir) as store, tempfile.TemporaryDirectory(
                prefix=".coopkg-validate.", dir=beside if os.access(beside, os.W_OK) else None) as scratch:
            exported = Path(scratch) / "store.nq"
            store.write_nquads(exported)
            report = validate_file(exported)
    elif store_dir is not None:
        with _open_store(store_dir) as store:
            dataset = store.dataset()
        report = validate_graph(dataset, engine=engine.lower())
    else:
        assert graph is not None
        report = validate_file(graph, engine=engine.lower())  # (N-Quads read as text when it can be)
    render = {"human": report.to_text, "turtle": report.to_turtle, "json": report.to_json}[fmt.lower()]
    _emit(render())
    if not report.conforms:
        ctx.exit(1)


@main.command(
    epilog="""\b
Examples:
  coopkg infer kg.ttl -o kg-closed.ttl
  coopkg infer kg.trig -o kg-closed.trig
  coopkg infer kg.trig -o kg-closed.trig --engine owlrl"""
)
@click.argument("graph", metavar="GRAPH")
@click.option(
    "-o", "--output", "out", required=True, metavar="OUT", help="File to write ('-' for standard output)."
)
@_RDF_FORMAT_OPTION
@_REASONER_OPTION
def infer(graph: str, out: str, fmt: str | None, engine: str) -> None:
    """Add the OWL RL entailments of the coopkg ontology to GRAPH and write the result to OUT."""
    from .graphio import format_from_path, load_quads, rdf_syntax, triple_count, write_graph

    syntax = rdf_syntax(fmt or format_from_path(out))
    dataset = syntax.keeps_graphs  # quads are counted then, as build does
    noun = "quad" if dataset else "triple"
    start = time.perf_counter()
    if engine.lower() == "compiled" and syntax.name == "nquads":
        from .reasoning import infer_nquads_file

        streamed = infer_nquads_file(graph, out)  # None unless GRAPH is a canonical, ordered N-Quads file
        if streamed is not None:
            before, added = streamed
            _inferred(out, before, added, noun, time.perf_counter() - start)
            return

    quads = load_quads(graph)  # input errors first, whatever the state of the reasoner

    from .reasoning import infer_quads

    def count(statements: list[Any]) -> int:
        return len(set(statements)) if dataset else triple_count(statements)

    before = count(quads)
    start = time.perf_counter()
    closed = infer_quads(quads, engine=engine.lower(), source=graph)
    seconds = time.perf_counter() - start
    added = count(closed) - before
    write_graph(closed, out, fmt)
    _inferred(out, before, added, noun, seconds)


def _inferred(out: str, before: int, added: int, noun: str, seconds: float) -> None:
    click.echo(f"inferred {_where(out)}: {_count(before, 'input ' + noun)}, {_count(added, 'inferred ' + noun)} "
               f"in {seconds:.1f} s", err=True)


@main.command(
    epilog="""\b
Examples:
  coopkg query kg.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  coopkg query kg.ttl competency/cq01-meetings.rq --format csv > cq01.csv
  coopkg query kg.ttl 'CONSTRUCT WHERE { ?m a <https://w3id.org/coopkg/ontology#Meeting> }' --format nt
  coopkg query --store kg.db competency/cq01-meetings.rq
  coopkg query --endpoint http://127.0.0.1:8890/sparql competency/cq01-meetings.rq

\b
The default graph is the union of all named graphs; GRAPH ?g { } reaches a
single release. SELECT/ASK formats: table (default), csv, tsv, json, xml
(the W3C SPARQL results formats). CONSTRUCT/DESCRIBE: turtle (default), nt,
nquads, trig, json-ld (or json), xml (RDF/XML).

\b
With --endpoint the query runs on the server as written (its default graph is
the server's: in Virtuoso the union of all graphs, where a triple stated in two
release graphs counts twice: use SELECT DISTINCT or COUNT(DISTINCT ...)).
Credentials: COOPKG_ENDPOINT_AUTH=user:password in the environment."""
)
@click.argument("arguments", nargs=-1, metavar="[GRAPH] QUERY")
@_STORE_INPUT
@click.option(
    "--endpoint",
    "endpoint_url",
    metavar="URL",
    default=None,
    help="Query this SPARQL endpoint (SPARQL 1.1 Protocol) instead of a GRAPH file or store.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(QUERY_FORMATS, case_sensitive=False),
    default=None,
    help="Result format (default: table, or turtle for CONSTRUCT/DESCRIBE).",
)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=None,
              help="With --endpoint: seconds to wait for the answer  [default: 60].")
def query(arguments: tuple[str, ...], store_dir: str | None, endpoint_url: str | None, fmt: str | None,
          timeout: float | None) -> None:
    """Run a SPARQL QUERY (text, a .rq file, or '-' for stdin) over GRAPH, a store or an endpoint."""
    from .errors import InputError
    from .query import format_results, load_query_text, run_query

    if not arguments:
        raise click.UsageError("missing QUERY")
    if len(arguments) > 2:
        raise click.UsageError(f"too many arguments: {' '.join(arguments[2:])}")
    graph, query = arguments if len(arguments) == 2 else (None, arguments[0])
    if endpoint_url is not None:
        if graph is not None or store_dir is not None:
            raise click.UsageError("give a GRAPH file, --store DIR or --endpoint URL, not several")
        from .endpoint import DEFAULT_TIMEOUT, auth_from_env, query_endpoint

        outcome = query_endpoint(endpoint_url, load_query_text(query), auth=auth_from_env(),
                                 timeout=timeout or DEFAULT_TIMEOUT)
        _emit(format_results(outcome, fmt))
        return
    if timeout is not None:
        raise click.UsageError("--timeout applies to --endpoint only")
    _graph_or_store(graph, store_dir)
    if graph == "-" and query == "-":
        raise InputError("GRAPH and QUERY cannot both be read from standard input")
    if store_dir is not None:
        with _open_store(store_dir) as store:  # input errors (no store) before reading stdin
            outcome = store.query(load_query_text(query))
    else:
        assert graph is not None
        outcome = run_query(graph, load_query_text(query))
    _emit(format_results(outcome, fmt))


@main.command(
    epilog="""\b
Examples:
  coopkg push kg.trig --endpoint http://127.0.0.1:8890/sparql
  COOPKG_ENDPOINT_AUTH=dba:secret coopkg push kg.trig --endpoint https://kg.example.org/sparql
  coopkg push kg.trig --endpoint http://localhost:3030/coop/query   # Fuseki: graph store /coop/data
  coopkg push kg.nq --endpoint URL --graph-store http://localhost:7878/store

\b
Every named graph of GRAPH (one per release, plus the reference graph) replaces
the graph of the same IRI on the server (SPARQL 1.1 Graph Store HTTP Protocol,
PUT ?graph=IRI): pushing twice changes nothing; other graphs on the server are
left alone. The Graph Store URL follows the endpoint: Virtuoso .../sparql ->
.../sparql-graph-crud (-auth with credentials), Fuseki .../query -> .../data.

\b
Credentials: COOPKG_ENDPOINT_AUTH=user:password in the environment (never an
option: others can read the command line). They are sent only when the server
asks, as HTTP Basic or Digest (Virtuoso's /sparql-graph-crud-auth uses Digest)."""
)
@click.argument("graph", metavar="GRAPH")
@click.option("--endpoint", "endpoint_url", required=True, metavar="URL", help="SPARQL query endpoint of the store.")
@click.option("--graph-store", "graph_store_url", metavar="URL", default=None,
              help="Graph Store Protocol URL (default: derived from --endpoint).")
@click.option("--default-graph", metavar="IRI", default=None,
              help="Graph receiving triples outside named graphs (e.g. of a .ttl file).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds per HTTP request.")
def push(graph: str, endpoint_url: str, graph_store_url: str | None, default_graph: str | None,
         timeout: float) -> None:
    """Send GRAPH (a .trig/.nq build) to an external SPARQL store, one named graph per release."""
    from .endpoint import auth_from_env
    from .endpoint import push as push_graphs
    from .graphio import load_graph

    result = push_graphs(load_graph(graph), endpoint_url, auth=auth_from_env(), graph_store_url=graph_store_url,
                         default_graph=default_graph, timeout=timeout)
    click.echo(result.summary(), err=True)


@main.command(
    epilog="""\b
Examples:
  coopkg explain meeting:dev-001-1 kg.ttl
  coopkg explain person:gennady-zavarzin kg.trig
  coopkg explain https://w3id.org/coopkg/id/chairmanship/dev-005-1 kg.ttl
  coopkg explain person:gennady-zavarzin --store kg.db"""
)
@click.argument("node", metavar="IRI")
@click.argument("graph", metavar="[GRAPH]", required=False)
@_STORE_INPUT
def explain(node: str, graph: str | None, store_dir: str | None) -> None:
    """Print a node's facts and the release sentences behind each (IRI or prefixed name)."""
    from .explain import explain, explain_file, neighbourhood, resolve_iri

    _graph_or_store(graph, store_dir)
    iri = resolve_iri(node)
    if store_dir is not None:
        with _open_store(store_dir) as store:  # its default graph is the union of the releases' graphs
            _emit(explain(neighbourhood(store.oxigraph, iri), iri))
        return
    assert graph is not None
    _emit(explain_file(graph, iri))


@main.command(
    epilog="""\b
Examples:
  coopkg stats kg.trig
  coopkg stats kg.trig --format json
  coopkg stats --store kg.db"""
)
@click.argument("graph", metavar="[GRAPH]", required=False)
@_STORE_INPUT
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"], case_sensitive=False),
    default="table",
    show_default=True,
    help="Output format.",
)
def stats(graph: str | None, store_dir: str | None, fmt: str) -> None:
    """Count triples, named graphs, instances of each coop: class and meetings by status."""
    from .query import graph_stats

    _graph_or_store(graph, store_dir)
    if store_dir is not None:
        with _open_store(store_dir) as store:
            result = store.stats()
    else:
        assert graph is not None
        result = graph_stats(graph)
    if fmt.lower() == "json":
        _emit(json.dumps(result.as_dict(), indent=2))
    else:
        _emit(result.to_table())


@main.command(
    epilog="""\b
Examples:
  coopkg convert kg.ttl kg.jsonld
  coopkg convert kg.trig kg.nt            # the union of all named graphs
  coopkg convert --from turtle --to nt - - < kg.txt"""
)
@click.argument("source", metavar="IN")
@click.argument("target", metavar="OUT")
@click.option(
    "--from",
    "from_fmt",
    type=click.Choice(RDF_FORMATS, case_sensitive=False),
    default=None,
    help="Input format (default: from IN's extension).",
)
@click.option(
    "--to",
    "to_fmt",
    type=click.Choice(RDF_FORMATS, case_sensitive=False),
    default=None,
    help="Output format (default: from OUT's extension).",
)
def convert(source: str, target: str, from_fmt: str | None, to_fmt: str | None) -> None:
    """Convert an RDF file between Turtle, N-Triples, N-Quads, TriG, JSON-LD and RDF/XML.

    Formats without named graphs (Turtle, N-Triples, RDF/XML) receive the union of all graphs.
    """
    from .graphio import load_quads, write_graph

    count = write_graph(load_quads(source, from_fmt), target, to_fmt)
    click.echo(f"converted {_where(target)}: {_count(count, 'statement')}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
