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
    """Write a result to stdout, bytes as they are (already UTF-8), text with a final newline."""
    if isinstance(data, str) and not data.endswith("\n"):
        data += "\n"
    click.echo(data, nl=False)


def _where(path: str) -> str:
    return "<stdout>" if path == "-" else path


def _count(n: int, noun: str) -> str:
    """``1 release``, ``2,345 triples``."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


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
  coopkg query kg.trig competency/cq01.rq --format csv
  coopkg stats kg.trig""",
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
  coopkg build a.txt b.txt -o - | head"""
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o", "--output", "out", required=True, metavar="OUT", help="File to write ('-' for standard output)."
)
@click.option("--infer", is_flag=True, help="Add the OWL RL entailments (graph id:graph/inferred).")
@_RDF_FORMAT_OPTION
def build(paths: tuple[str, ...], out: str, infer: bool, fmt: str | None) -> None:
    """Read release files or folders of them (.txt) and write the graph to OUT.

    A release may start with a 'date YYYY-MM-DD' line: its publication date.
    """
    from .graphio import format_from_path, rdf_syntax, triple_count, write_graph
    from .pipeline import build as build_graph

    result = build_graph(list(paths), infer=infer)
    count = write_graph(result.dataset, out, fmt)
    if rdf_syntax(fmt or format_from_path(out)).keeps_graphs:  # count quads → count distinct triples
        count = triple_count(result.dataset)
    click.echo(
        f"built {_where(out)}: {_count(result.releases, 'release')}, {_count(count, 'triple')}, "
        f"{_count(result.meetings, 'meeting')}, {_count(result.chairmanships, 'chairmanship')} "
        f"in {result.seconds:.1f} s",
        err=True,
    )


@main.command(
    epilog="""\b
Examples:
  coopkg validate kg.ttl
  coopkg validate kg.ttl --format json > report.json
  coopkg validate kg.ttl || echo 'violations found'"""
)
@click.argument("graph", metavar="GRAPH")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["human", "turtle", "json"], case_sensitive=False),
    default="human",
    show_default=True,
    help="Report format.",
)
@click.pass_context
def validate(ctx: click.Context, graph: str, fmt: str) -> None:
    """Check GRAPH against the coopkg SHACL shapes; exit 1 if there are violations."""
    from .graphio import load_graph

    dataset = load_graph(graph)  # input errors first, whatever the state of the validator

    from .validation import validate as validate_graph

    report = validate_graph(dataset)
    render = {"human": report.to_text, "turtle": report.to_turtle, "json": report.to_json}[fmt.lower()]
    _emit(render())
    if not report.conforms:
        ctx.exit(1)


@main.command(
    epilog="""\b
Examples:
  coopkg infer kg.ttl -o kg-closed.ttl
  coopkg infer kg.trig -o kg-closed.trig"""
)
@click.argument("graph", metavar="GRAPH")
@click.option(
    "-o", "--output", "out", required=True, metavar="OUT", help="File to write ('-' for standard output)."
)
@_RDF_FORMAT_OPTION
def infer(graph: str, out: str, fmt: str | None) -> None:
    """Add the OWL RL entailments of the coopkg ontology to GRAPH and write the result to OUT."""
    from .graphio import load_graph, triple_count, write_graph

    dataset = load_graph(graph)  # input errors first, whatever the state of the reasoner

    from .reasoning import infer as infer_graph

    before = triple_count(dataset)
    start = time.perf_counter()
    closed = infer_graph(dataset)
    seconds = time.perf_counter() - start
    added = triple_count(closed) - before
    write_graph(closed, out, fmt)
    click.echo(
        f"inferred {_where(out)}: {_count(before, 'input triple')}, {_count(added, 'inferred triple')} "
        f"in {seconds:.1f} s",
        err=True,
    )


@main.command(
    epilog="""\b
Examples:
  coopkg query kg.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  coopkg query kg.ttl competency/cq01.rq --format csv > cq01.csv
  coopkg query kg.ttl 'CONSTRUCT WHERE { ?m a <https://w3id.org/coopkg/ontology#Meeting> }' --format nt

\b
The default graph is the union of all named graphs; GRAPH ?g { } reaches a
single release. SELECT/ASK formats: table (default), csv, tsv, json, xml
(the W3C SPARQL results formats). CONSTRUCT/DESCRIBE: turtle (default), nt,
nquads, trig, json-ld (or json), xml (RDF/XML)."""
)
@click.argument("graph", metavar="GRAPH")
@click.argument("query", metavar="QUERY")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(QUERY_FORMATS, case_sensitive=False),
    default=None,
    help="Result format (default: table, or turtle for CONSTRUCT/DESCRIBE).",
)
def query(graph: str, query: str, fmt: str | None) -> None:
    """Run a SPARQL QUERY (text, a .rq file, or '-' for stdin) over GRAPH."""
    from .errors import InputError
    from .query import format_results, load_query_text, run_query

    if graph == "-" and query == "-":
        raise InputError("GRAPH and QUERY cannot both be read from standard input")
    text = load_query_text(query)
    _emit(format_results(run_query(graph, text), fmt))


@main.command(
    epilog="""\b
Examples:
  coopkg explain meeting:dev-001-1 kg.ttl
  coopkg explain person:gennady-zavarzin kg.trig
  coopkg explain https://w3id.org/coopkg/id/chairmanship/dev-005-1 kg.ttl"""
)
@click.argument("node", metavar="IRI")
@click.argument("graph", metavar="GRAPH")
def explain(node: str, graph: str) -> None:
    """Print a node's facts and the release sentences behind each (IRI or prefixed name)."""
    from .explain import explain as explain_node
    from .explain import resolve_iri
    from .graphio import load_graph

    iri = resolve_iri(node)
    _emit(explain_node(load_graph(graph), iri))


@main.command(
    epilog="""\b
Examples:
  coopkg stats kg.trig
  coopkg stats kg.trig --format json"""
)
@click.argument("graph", metavar="GRAPH")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"], case_sensitive=False),
    default="table",
    show_default=True,
    help="Output format.",
)
def stats(graph: str, fmt: str) -> None:
    """Count triples, named graphs, instances of each coop: class and meetings by status."""
    from .query import graph_stats

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
