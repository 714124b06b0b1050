"""Tests of the coopkg command line, driven through click's CliRunner as a user would drive it."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner, Result

from coopkg import cli, graphio
from coopkg.cli import main
from coopkg.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent
MINI_TTL = str(FIXTURES / "mini-kg.ttl")
MINI_TRIG = str(FIXTURES / "mini-kg.trig")
COOP = "https://w3id.org/coopkg/ontology#"
MEETINGS = f"""PREFIX coop: <{COOP}>
SELECT ?meeting ?status WHERE {{ ?meeting a coop:Meeting ; coop:status ?status }} ORDER BY ?meeting"""

RELEASE = """date 2021-03-04
Today in Minsk, the Minister of Internal Affairs of the Republic of Belarus Ivan Petrov met with the
Secretary General of Interpol Jürgen Stock. The parties discussed cooperation in combating drug trafficking
and agreed to hold the next meeting in Lyon in 2022.
"""


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def assert_error(result: Result, code: int = 2) -> str:
    """The CLI's error contract: the exit code, ONE line on stderr, no traceback, nothing on stdout."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("coopkg: error: ")
    assert "Traceback" not in result.output
    assert result.stdout == ""
    return lines[0]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Bad inputs of every kind."""
    empty = tmp_path / "empty.ttl"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.ttl"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)))
    invalid = tmp_path / "invalid.ttl"
    invalid.write_text("<http://e/a> <http://e/b> .\n")
    return {"missing": tmp_path / "missing.ttl", "empty": empty, "binary": binary, "invalid": invalid}


# ------------------------------------------------------------------------------------------ the group


COMMANDS = ["build", "validate", "infer", "query", "stats", "convert"]


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_every_help_has_an_example(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert result.stderr == ""


def test_group_lists_the_commands() -> None:
    result = run("--help")
    for command in COMMANDS:
        assert command in result.stdout


def test_no_arguments_shows_help() -> None:
    result = run()
    assert result.exit_code == 0
    assert "Usage: coopkg" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert re.fullmatch(r"coopkg \S+\n", result.stdout)


def test_cli_imports_the_library_lazily() -> None:
    """``coopkg --help`` must not pay for rdflib/pyshacl (nor break when a library module does)."""
    script = (
        "import sys, coopkg; before = {m for m in ('rdflib', 'pyshacl', 'owlrl') if m in sys.modules}; "
        "from coopkg.cli import main; "
        "print(sorted({m for m in ('rdflib', 'pyshacl', 'owlrl') if m in sys.modules} - before))"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_format_choices_match_the_library() -> None:
    assert set(cli.RDF_FORMATS) == set(graphio.FORMAT_NAMES)


@pytest.mark.parametrize(
    "args",
    [
        ["nope"],
        ["query"],
        ["query", MINI_TTL],
        ["stats", MINI_TTL, "--format", "yaml"],
        ["convert", MINI_TTL],
        ["build"],
        ["query", "--bogus", MINI_TTL, "ASK {}"],
    ],
)
def test_usage_errors_are_one_line(args: list[str]) -> None:
    message = assert_error(run(*args))
    assert "--help" in message


# ---------------------------------------------------------------------------------------------- query


def test_query_table() -> None:
    result = run("query", MINI_TTL, MEETINGS)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == "| meeting      | status       |"
    assert "| meeting:r1-1 | coop:Held    |" in result.stdout
    assert result.stderr == ""


def test_query_formats_parse() -> None:
    body = run("query", MINI_TTL, MEETINGS, "--format", "csv").stdout
    assert list(csv.reader(io.StringIO(body, newline="")))[1] == [
        "https://w3id.org/coopkg/id/meeting/r1-1",
        f"{COOP}Held",
    ]
    tsv = run("query", MINI_TTL, MEETINGS, "--format", "tsv").stdout
    assert tsv.splitlines()[0] == "?meeting\t?status"
    results = json.loads(run("query", MINI_TTL, MEETINGS, "--format", "json").stdout)
    assert len(results["results"]["bindings"]) == 2
    root = ET.fromstring(run("query", MINI_TTL, MEETINGS, "--format", "xml").stdout_bytes)
    assert root.tag.endswith("sparql")


def test_query_from_rq_file_and_trig_union(tmp_path: Path) -> None:
    path = tmp_path / "meetings.rq"
    path.write_text(MEETINGS)
    result = run("query", MINI_TRIG, str(path), "--format", "csv")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3


def test_query_text_from_stdin() -> None:
    result = run("query", MINI_TTL, "-", input="ASK { ?s ?p ?o }")
    assert result.exit_code == 0
    assert result.stdout == "Ask => Yes\n"


def test_query_graph_from_stdin() -> None:
    result = run(
        "query",
        "-",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "--format",
        "csv",
        input=Path(MINI_TTL).read_bytes(),
    )
    assert result.exit_code == 0
    assert result.stdout.split() == ["n", str(graphio.triple_count(graphio.load_graph(MINI_TTL)))]


def test_query_construct_formats() -> None:
    text = f"CONSTRUCT WHERE {{ ?m a <{COOP}Meeting> }}"
    turtle = run("query", MINI_TTL, text)
    assert turtle.exit_code == 0
    assert len(list(ox.parse(turtle.stdout_bytes, format=ox.RdfFormat.TURTLE))) == 2
    nt = run("query", MINI_TTL, text, "--format", "nt")
    assert len(nt.stdout.splitlines()) == 2
    jsonld = run("query", MINI_TTL, text, "--format", "json")
    assert json.loads(jsonld.stdout)


def test_query_format_not_suited_to_the_kind() -> None:
    message = assert_error(run("query", MINI_TTL, "CONSTRUCT WHERE { ?s ?p ?o }", "--format", "csv"))
    assert "CONSTRUCT" in message


@pytest.mark.parametrize(
    "text", ["SELEC ?x WHERE { ?x ?p ?o }", "SELECT * WHERE { ?m a coop:Meeting }", "SELECT ?x WHERE {"]
)
def test_malformed_sparql(text: str) -> None:
    message = assert_error(run("query", MINI_TTL, text))
    assert message.startswith("coopkg: error: malformed SPARQL query: ")


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "invalid"])
def test_query_bad_graph(files: dict[str, Path], kind: str) -> None:
    assert_error(run("query", str(files[kind]), "ASK {}"))


def test_query_missing_query_file(tmp_path: Path) -> None:
    message = assert_error(run("query", MINI_TTL, str(tmp_path / "missing.rq")))
    assert "no such file" in message


def test_both_from_stdin_is_an_error() -> None:
    assert_error(run("query", "-", "-", input=""))


# ---------------------------------------------------------------------------------------------- stats


def test_stats_table() -> None:
    result = run("stats", MINI_TTL)
    assert result.exit_code == 0
    assert "| coop:Meeting      |     2 |" in result.stdout
    assert "| meetings held     |     1 |" in result.stdout
    assert "| named graphs      |     0 |" in result.stdout


def test_stats_json() -> None:
    result = run("stats", MINI_TRIG, "--format", "json")
    assert result.exit_code == 0
    stats = json.loads(result.stdout)
    assert stats["named_graphs"] == 3
    assert stats["triples"] == 14
    assert stats["classes"]["coop:Release"] == 2
    assert stats["meetings"] == {"held": 1, "planned": 1}


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "invalid"])
def test_stats_bad_graph(files: dict[str, Path], kind: str) -> None:
    assert_error(run("stats", str(files[kind])))


# -------------------------------------------------------------------------------------------- convert


def test_convert_round_trip(tmp_path: Path) -> None:
    jsonld = tmp_path / "kg.jsonld"
    result = run("convert", MINI_TRIG, str(jsonld))
    assert result.exit_code == 0
    assert result.stderr == "converted " + str(jsonld) + ": 15 statements\n"
    json.loads(jsonld.read_text())
    back = tmp_path / "kg.trig"
    assert run("convert", str(jsonld), str(back)).exit_code == 0
    assert graphio.serialize(graphio.load_graph(back), "nquads") == graphio.serialize(
        graphio.load_graph(MINI_TRIG), "nquads"
    )


def test_convert_to_triples_writes_the_union(tmp_path: Path) -> None:
    out = tmp_path / "kg.nt"
    result = run("convert", MINI_TRIG, str(out))
    assert result.exit_code == 0
    assert len(out.read_text().splitlines()) == 14


def test_convert_with_explicit_formats_to_stdout() -> None:
    result = run("convert", "--from", "turtle", "--to", "nt", "-", "-", input=Path(MINI_TTL).read_bytes())
    assert result.exit_code == 0
    assert result.stdout_bytes == graphio.serialize(graphio.load_graph(MINI_TTL), "nt")
    assert result.stderr.startswith("converted <stdout>: ")


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "invalid"])
def test_convert_bad_input_writes_nothing(files: dict[str, Path], kind: str, tmp_path: Path) -> None:
    out = tmp_path / "out.nt"
    assert_error(run("convert", str(files[kind]), str(out)))
    assert not out.exists()


def test_convert_into_missing_directory(tmp_path: Path) -> None:
    message = assert_error(run("convert", MINI_TTL, str(tmp_path / "no" / "kg.nt")))
    assert "no such directory" in message
    assert list(tmp_path.iterdir()) == []


def test_failing_write_leaves_no_half_written_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "kg.nt"
    out.write_text("previous graph\n")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(graphio.os, "fsync", disk_full)
    message = assert_error(run("convert", MINI_TTL, str(out)), code=1)
    assert "no space left on device" in message
    assert out.read_text() == "previous graph\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.nt"]


# ---------------------------------------------------------------------------------- build (pipeline)


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "r1.txt").write_text(RELEASE, encoding="utf-8")
    return folder


SUMMARY = re.compile(
    r"built (.+): 1 release, [\d,]+ triples?, \d+ meetings?, \d+ chairmanships? in \d+\.\d s\n"
)


def test_build(releases: Path, tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    result = run("build", str(releases), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert SUMMARY.fullmatch(result.stderr), result.stderr
    assert result.stdout == ""
    graph = graphio.load_graph(out)
    release = rdflib.URIRef("https://w3id.org/coopkg/id/release/r1")
    quads = set(graph.quads((release, None, None, None)))
    assert (release, rdflib.DCTERMS.identifier, rdflib.Literal("r1")) in {q[:3] for q in quads}
    assert (
        release,
        rdflib.URIRef(COOP + "publicationDate"),
        rdflib.Literal("2021-03-04", datatype=rdflib.XSD.date),
    ) in {q[:3] for q in quads}


def test_build_trig_keeps_a_graph_per_release(releases: Path, tmp_path: Path) -> None:
    out = tmp_path / "kg.trig"
    assert run("build", str(releases / "r1.txt"), "-o", str(out)).exit_code == 0
    names = {str(name) for name in graphio.load_store(out).named_graphs()}
    assert "<https://w3id.org/coopkg/id/release/r1>" in names


def test_build_to_stdout(releases: Path) -> None:
    result = run("build", str(releases), "-o", "-", "--format", "nt")
    assert result.exit_code == 0
    assert SUMMARY.fullmatch(result.stderr)
    assert "built <stdout>" in result.stderr
    assert list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_TRIPLES))


def test_build_is_deterministic(releases: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    assert run("build", str(releases), "-o", str(first)).exit_code == 0
    assert run("build", str(releases), "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_build_missing_input(tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    assert_error(run("build", str(tmp_path / "missing.txt"), "-o", str(out)))
    assert not out.exists()


def test_build_binary_input(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    assert_error(run("build", str(path), "-o", str(tmp_path / "kg.ttl")))


def fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attributes: object) -> None:
    module = types.ModuleType(f"coopkg.{name}")
    module.__dict__.update(attributes)
    monkeypatch.setitem(sys.modules, f"coopkg.{name}", module)


def test_unexpected_error_is_one_line_exit_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken_build(paths: list[str], *_args: object, **_options: object) -> None:
        raise RuntimeError("the extractor fell over\nwith two lines")

    fake_module(monkeypatch, "pipeline", build=broken_build, build_file=broken_build)
    message = assert_error(run("build", str(tmp_path), "-o", str(tmp_path / "kg.ttl")), code=1)
    assert message == (
        "coopkg: error: unexpected RuntimeError: the extractor fell over with two lines "
        "(set COOPKG_DEBUG=1 for a traceback)"
    )


def test_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def interrupted(paths: list[str], *_args: object, **_options: object) -> None:
        raise KeyboardInterrupt

    fake_module(monkeypatch, "pipeline", build=interrupted, build_file=interrupted)
    assert assert_error(run("build", str(tmp_path), "-o", str(tmp_path / "kg.ttl")), code=130) == (
        "coopkg: error: interrupted"
    )


def test_streamed_build_summary_counts_quads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []

    def build_file(paths: list[str], out: str, fmt: str | None = None, workers: int | None = None,
                   infer: bool = False) -> object:
        calls.append((paths, out, fmt, workers, infer))
        return types.SimpleNamespace(releases=3, meetings=1, chairmanships=0, statements=1234, seconds=0.04)

    fake_module(monkeypatch, "pipeline", build_file=build_file)
    out = tmp_path / "kg.trig"
    result = run("build", "a", "-o", str(out), "-j", "3")
    assert result.exit_code == 0, result.stderr
    assert calls == [(["a"], str(out), None, 3, False)]
    assert run("build", "a", "-o", str(out), "--infer").exit_code == 0
    assert calls[-1] == (["a"], str(out), None, None, True)
    assert result.stderr == f"built {out}: 3 releases, 1,234 quads, 1 meeting, 0 chairmanships in 0.0 s\n"


def test_build_summary_with_a_fake_pipeline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []

    def build(paths: list[str], infer: bool = False, **_options: object) -> types.SimpleNamespace:
        calls.append((paths, infer))
        return types.SimpleNamespace(
            dataset=graphio.load_graph(MINI_TRIG), releases=32, meetings=61, chairmanships=9, seconds=1.23
        )

    fake_module(monkeypatch, "pipeline", build=build)
    out = tmp_path / "kg.ttl"
    result = run("build", "a", "b", "--infer", "--engine", "owlrl", "-o", str(out))  # owlrl: in memory
    assert result.exit_code == 0
    assert calls == [(["a", "b"], True)]
    assert result.stderr == f"built {out}: 32 releases, 14 triples, 61 meetings, 9 chairmanships in 1.2 s\n"


# ----------------------------------------------------------------------------------- validate (SHACL)


def report(conforms: bool) -> types.SimpleNamespace:
    return types.SimpleNamespace(
        conforms=conforms,
        results=[] if conforms else ["violation"],
        to_text=lambda: "Conforms: " + str(conforms),
        to_turtle=lambda: b"@prefix sh: <x#> .\n",
        to_json=lambda: json.dumps({"conforms": conforms}),
    )


@pytest.mark.parametrize(("conforms", "code"), [(True, 0), (False, 1)])
def test_validate_exit_codes_with_a_fake_validator(
    monkeypatch: pytest.MonkeyPatch, conforms: bool, code: int
) -> None:
    fake_module(monkeypatch, "validation", validate=lambda dataset, **_options: report(conforms),
                validate_file=lambda path, **_options: report(conforms))
    result = run("validate", MINI_TTL)
    assert result.exit_code == code
    assert result.stdout == f"Conforms: {conforms}\n"
    assert json.loads(run("validate", MINI_TTL, "--format", "json").stdout) == {"conforms": conforms}
    assert run("validate", MINI_TTL, "--format", "turtle").stdout == "@prefix sh: <x#> .\n"


def test_validate_real_shapes_agree_with_the_report() -> None:
    from coopkg.validation import validate

    expected = validate(graphio.load_graph(MINI_TTL))
    result = run("validate", MINI_TTL)
    assert result.exit_code == (0 if expected.conforms else 1)
    assert result.stdout.strip()
    assert json.loads(run("validate", MINI_TTL, "--format", "json").stdout) is not None
    assert list(
        ox.parse(run("validate", MINI_TTL, "--format", "turtle").stdout_bytes, format=ox.RdfFormat.TURTLE)
    )


def test_validate_finds_violations(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"""@prefix coop: <{COOP}> .
<https://w3id.org/coopkg/id/meeting/x-1> a coop:Meeting ;
    coop:status "held" ;
    coop:startDate "yesterday" ;
    coop:location "Minsk" .
""")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert result.stdout.strip()


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "invalid"])
def test_validate_bad_graph(files: dict[str, Path], kind: str) -> None:
    assert_error(run("validate", str(files[kind])))


# ---------------------------------------------------------------------------------- infer (OWL RL)


def test_infer(tmp_path: Path) -> None:
    out = tmp_path / "closed.ttl"
    result = run("infer", MINI_TTL, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert re.fullmatch(
        r"inferred .+: [\d,]+ input triples, [\d,]+ inferred triples? in \d+\.\d s\n", result.stderr
    )
    before = {q.triple for q in graphio.load_quads(MINI_TTL)}
    after = {q.triple for q in graphio.load_quads(out)}
    assert before <= after
    assert len(after) > len(before)


def test_infer_with_a_fake_reasoner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def infer_quads(quads: list[ox.Quad], **_options: object) -> list[ox.Quad]:
        return [*quads, ox.Quad(ox.NamedNode("https://w3id.org/coopkg/id/meeting/r1-1"),
                                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                ox.NamedNode("https://schema.org/Event"),
                                ox.NamedNode("https://w3id.org/coopkg/id/graph/inferred"))]

    fake_module(monkeypatch, "reasoning", infer_quads=infer_quads)
    out = tmp_path / "closed.trig"
    result = run("infer", MINI_TTL, "-o", str(out))
    assert result.exit_code == 0
    assert re.fullmatch(
        r"inferred .+closed.trig: 52 input quads, 1 inferred quad in \d+\.\d s\n", result.stderr
    )
    assert "<https://w3id.org/coopkg/id/graph/inferred>" in {
        str(g) for g in graphio.load_store(out).named_graphs()
    }


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "invalid"])
def test_infer_bad_graph(files: dict[str, Path], kind: str, tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    assert_error(run("infer", str(files[kind]), "-o", str(out)))
    assert not out.exists()


def test_input_error_class_exit_code() -> None:
    assert InputError.exit_code == 2


def test_query_endpoint_connection_refused() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = CliRunner().invoke(main, ["query", "--endpoint", f"http://127.0.0.1:{port}/sparql", "ASK {}"])
    assert result.exit_code == 1
    assert result.stderr == f"coopkg: error: cannot reach http://127.0.0.1:{port}/sparql: connection refused\n"


def test_query_endpoint_and_graph_are_exclusive() -> None:
    result = CliRunner().invoke(main, ["query", "kg.ttl", "ASK {}", "--endpoint", "http://127.0.0.1:9/sparql"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1


def test_validate_engines_agree(tmp_path: Path) -> None:
    from coopkg.graphio import write_graph
    from coopkg.pipeline import build

    kg = tmp_path / "kg.trig"
    write_graph(build([Path(__file__).resolve().parent.parent / "data" / "releases"]).dataset, kg)
    reports = {}
    for engine in ("compiled", "pyshacl"):
        result = CliRunner().invoke(main, ["validate", str(kg), "--format", "json", "--engine", engine])
        assert result.exit_code == 0, result.stderr
        reports[engine] = json.loads(result.stdout)
    assert reports["compiled"] == reports["pyshacl"]


def test_unknown_engine_is_a_usage_error(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    kg.write_text("<https://x/a> <https://x/b> <https://x/c> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["infer", str(kg), "-o", "-", "--engine", "hermit"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1


def test_infer_engines_write_the_same_file(tmp_path: Path) -> None:
    """The compiled path (pyoxigraph quads only) writes the bytes the owlrl path (through rdflib) writes."""
    kg = tmp_path / "kg.trig"
    assert run("build", str(ROOT / "data" / "releases"), "-o", str(kg)).exit_code == 0
    outputs = {}
    for engine in ("compiled", "owlrl"):
        out = tmp_path / f"closed-{engine}.trig"
        result = run("infer", str(kg), "-o", str(out), "--engine", engine)
        assert result.exit_code == 0, result.stderr
        outputs[engine] = out.read_bytes()
    assert outputs["compiled"] == outputs["owlrl"]
    assert b"schema:Event" in outputs["compiled"]


def test_infer_reads_nquads_as_text_with_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An N-Quads input is reasoned from its text (in forked workers when big), and an N-Quads output from
    coopkg's own N-Quads is streamed: the same bytes as from TriG, through parsed quads."""
    from coopkg import nquads_rl, reasoning

    calls: list[str] = []

    def counting(name: str) -> Callable[..., object]:
        real = getattr(nquads_rl, name)

        def counted(*args: object, **kwargs: object) -> object:
            calls.append(name)
            return real(*args, **kwargs)

        return counted

    for name in ("entail_nquads", "infer_nquads_file"):
        monkeypatch.setattr(nquads_rl, name, counting(name))
    monkeypatch.setattr(reasoning, "_PARALLEL_BYTES", 0)  # the bundled releases are small: split them anyway
    kg = {}
    for suffix in ("trig", "nq"):
        kg[suffix] = tmp_path / f"kg.{suffix}"
        assert run("build", str(ROOT / "data" / "releases"), "-o", str(kg[suffix])).exit_code == 0
    outputs = {}
    for source, target in (("trig", "trig"), ("nq", "trig"), ("trig", "nq"), ("nq", "nq")):
        out = tmp_path / f"closed-from-{source}.{target}"
        result = run("infer", str(kg[source]), "-o", str(out))
        assert result.exit_code == 0, result.stderr
        assert re.fullmatch(r"inferred .+: [\d,]+ input quads, [\d,]+ inferred quads in \d+\.\d s\n", result.stderr)
        outputs[source, target] = (out.read_bytes(), result.stderr.split(": ", 1)[1].split(" in ")[0])
    assert outputs["nq", "trig"] == outputs["trig", "trig"]
    assert outputs["nq", "nq"] == outputs["trig", "nq"]  # streamed, byte for byte
    assert calls == ["entail_nquads", "infer_nquads_file"]  # nq→trig reasons on text; nq→nq streams


def test_infer_streams_only_what_it_can_copy_exactly(tmp_path: Path) -> None:
    """Unordered, duplicated or blank-node N-Quads go the general way, with the same output."""
    kg = tmp_path / "kg.nq"
    assert run("build", str(ROOT / "data" / "releases"), "-o", str(kg)).exit_code == 0
    lines = kg.read_text(encoding="utf-8").splitlines(keepends=True)
    expected_out = tmp_path / "expected.nq"
    assert run("infer", str(kg), "-o", str(expected_out)).exit_code == 0
    expected = expected_out.read_bytes()
    variants = {
        "reversed": "".join(reversed(lines)),
        "duplicated": "".join(lines + lines[:3]),
        "no-final-newline": "".join(lines).rstrip("\n"),
    }
    for name, text in variants.items():
        path = tmp_path / f"{name}.nq"
        path.write_text(text, encoding="utf-8")
        out = tmp_path / f"closed-{name}.nq"
        assert run("infer", str(path), "-o", str(out)).exit_code == 0
        assert out.read_bytes() == expected, name
    broken = tmp_path / "broken.nq"
    unterminated = '<https://w3id.org/coopkg/id/x> <https://w3id.org/coopkg/ontology#quote> "open\n'
    broken.write_text("".join(lines[:5]) + unterminated, encoding="utf-8")
    graph = lines[-1].rsplit(" ", 2)[-2]
    bad_iri = tmp_path / "bad-iri.nq"  # in order and split like the others: only the parser sees the "{"
    bad_iri.write_text("".join(lines) + f'<zz{{bad}}> <https://w3id.org/coopkg/ontology#quote> "x" {graph} .\n',
                       encoding="utf-8")
    for path in (broken, bad_iri):
        out = tmp_path / f"closed-{path.stem}.nq"
        result = run("infer", str(path), "-o", str(out))
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert not out.exists()


def test_validate_engines_report_the_same_for_a_file_and_a_store(tmp_path: Path) -> None:
    """The compiled path reads pyoxigraph quads (file or store); pyshacl reads rdflib: same report."""
    kg = tmp_path / "kg.nq"
    assert run("build", str(ROOT / "data" / "releases"), "-o", str(kg)).exit_code == 0
    text = kg.read_text(encoding="utf-8").replace('"^^<http://www.w3.org/2001/XMLSchema#date>',
                                                  '-99"^^<http://www.w3.org/2001/XMLSchema#date>', 1)
    kg.write_text(text, encoding="utf-8")
    store = tmp_path / "kg.db"
    assert run("build", str(ROOT / "data" / "releases"), "--store", str(store)).exit_code == 0
    for source in (["--format", "json", str(kg)], ["--format", "json", "--store", str(store)]):
        reports = {engine: run("validate", *source, "--engine", engine) for engine in ("compiled", "pyshacl")}
        assert reports["compiled"].stdout == reports["pyshacl"].stdout
        assert reports["compiled"].exit_code == reports["pyshacl"].exit_code
    assert reports["compiled"].exit_code == 0  # the store holds the clean build
    assert json.loads(run("validate", "--format", "json", str(kg)).stdout)["conforms"] is False


def test_an_ill_typed_literal_is_reported_without_a_traceback(tmp_path: Path) -> None:
    graph = tmp_path / "bad.ttl"
    graph.write_text('@prefix coop: <https://w3id.org/coopkg/ontology#> .\n'
                     '<https://w3id.org/coopkg/id/release/x> a coop:Release ; coop:publicationDate '
                     '"2020-13-45"^^<http://www.w3.org/2001/XMLSchema#date> .\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "coopkg", "validate", str(graph)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "Failed to convert" not in done.stderr
    assert "2020-13-45" in done.stdout


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv", "table"])
def test_query_results_end_with_a_newline(fmt: str) -> None:
    result = run("query", MINI_TTL, MEETINGS, "--format", fmt)
    assert result.exit_code == 0
    assert result.stdout_bytes.endswith(b"\n") and not result.stdout_bytes.endswith(b"\n\n")


def test_a_graph_with_an_unknown_extension_is_read_as_turtle_by_every_command(tmp_path: Path) -> None:
    graph = tmp_path / "kg.data"
    graph.write_bytes(Path(MINI_TTL).read_bytes())
    for args in (["validate", str(graph)], ["infer", str(graph), "-o", str(tmp_path / "out.ttl")],
                 ["stats", str(graph)], ["query", str(graph), "ASK { ?s ?p ?o }"]):
        result = run(*args)
        assert result.exit_code in (0, 1), (args, result.stderr)
        assert "unknown RDF format" not in result.stderr


def test_a_folder_given_as_a_graph_is_named_as_such_with_a_hint_for_a_store(tmp_path: Path) -> None:
    assert "is a directory" in run("validate", str(tmp_path)).stderr
    release = tmp_path / "r.txt"
    release.write_text("Today in Minsk, talks were held.", encoding="utf-8")
    store = tmp_path / "kg.db"
    assert run("add", str(release), "--store", str(store)).exit_code == 0
    assert f"use --store {store}" in run("validate", str(store)).stderr
