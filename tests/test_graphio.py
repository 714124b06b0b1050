"""Tests of coopkg.graphio: formats, deterministic output, atomic writes, one-line load errors."""

from __future__ import annotations

import doctest
import os
import random
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from coopkg import graphio
from coopkg.errors import CoopkgError, InputError

FIXTURES = Path(__file__).parent / "fixtures"
COOP = rdflib.Namespace("https://w3id.org/coopkg/ontology#")
ID = rdflib.Namespace("https://w3id.org/coopkg/id/")

# Every kind of term the graph uses: IRIs, plain/typed/language literals, non-ASCII text, a graph name.
QUADS = [
    (ID["meeting/r1-1"], rdflib.RDF.type, COOP.Meeting, ID["release/r1"]),
    (ID["meeting/r1-1"], COOP.status, COOP.Held, ID["release/r1"]),
    (ID["meeting/r1-1"], COOP.startDate, Literal("2021-03-04", datatype=rdflib.XSD.date), ID["release/r1"]),
    (ID["meeting/r1-1"], rdflib.RDFS.label, Literal("Talks in Minsk"), ID["release/r1"]),
    (
        ID["person/ivan-petrov"],
        COOP.title,
        Literal('Minister "of" Internal Affairs\nof Belarus'),
        ID["release/r1"],
    ),
    (ID["place/minsk"], rdflib.RDFS.label, Literal("Минск", lang="ru"), ID["graph/reference"]),
    (ID["place/minsk"], rdflib.RDFS.label, Literal("Minsk"), ID["graph/reference"]),
    (ID["place/minsk"], rdflib.RDFS.label, Literal("Minsk"), ID["release/r1"]),  # also in the reference graph
    (
        ID["span/r1-0-14"],
        COOP.beginIndex,
        Literal("0", datatype=rdflib.XSD.nonNegativeInteger),
        ID["release/r1"],
    ),
]


def make_dataset(quads: list[tuple] = QUADS) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    for s, p, o, g in quads:
        dataset.graph(g).add((s, p, o))
    return dataset


def graph_names(dataset: rdflib.Dataset) -> set[rdflib.term.Node | None]:
    # rdflib 7.6 reports the default graph as None or as urn:x-rdflib:default depending on the call.
    return {None if g == DATASET_DEFAULT_GRAPH_ID else g for *_, g in dataset.quads((None, None, None, None))}


def quad_set(dataset: rdflib.Dataset) -> set[tuple]:
    return {
        (s, p, o, None if g == DATASET_DEFAULT_GRAPH_ID else g)
        for s, p, o, g in dataset.quads((None, None, None, None))
    }


def triple_set(dataset: rdflib.Graph) -> set[tuple]:
    return {(s, p, o) for s, p, o, *_ in dataset.quads((None, None, None, None))}


def test_doctests() -> None:
    assert doctest.testmod(graphio).failed == 0


# ------------------------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("kg.ttl", "turtle"),
        ("kg.nt", "nt"),
        ("kg.nq", "nquads"),
        ("kg.trig", "trig"),
        ("kg.jsonld", "json-ld"),
        ("kg.rdf", "xml"),
        ("kg.owl", "xml"),
        ("kg.xml", "xml"),
        ("KG.TTL", "turtle"),
        ("-", "turtle"),
        ("kg.unknown", "turtle"),
    ],
)
def test_format_from_path(name: str, expected: str) -> None:
    assert graphio.format_from_path(name) == expected


def test_format_from_path_without_default_rejects_unknown_extension() -> None:
    with pytest.raises(InputError, match=r"cannot tell the RDF format of 'kg\.bin'"):
        graphio.format_from_path("kg.bin", default=None)


def test_rdf_syntax_accepts_aliases_and_extensions() -> None:
    assert graphio.rdf_syntax("ttl") is graphio.rdf_syntax(".ttl") is graphio.FORMATS[".ttl"]
    assert graphio.rdf_syntax("JSONLD").oxigraph == ox.RdfFormat.JSON_LD
    assert graphio.rdf_syntax("turtle").rdflib_name == "turtle"
    with pytest.raises(InputError, match="unknown RDF format 'n3x'"):
        graphio.rdf_syntax("n3x")


@pytest.mark.parametrize("extension", [".trig", ".nq", ".jsonld"])
def test_dataset_formats_round_trip_with_named_graphs(tmp_path: Path, extension: str) -> None:
    dataset = make_dataset()
    path = tmp_path / f"kg{extension}"
    graphio.write_graph(dataset, path)
    assert quad_set(graphio.load_graph(path)) == quad_set(dataset)


@pytest.mark.parametrize("extension", [".ttl", ".nt", ".rdf", ".owl", ".xml"])
def test_triple_formats_round_trip_the_union(tmp_path: Path, extension: str) -> None:
    dataset = make_dataset()
    path = tmp_path / f"kg{extension}"
    count = graphio.write_graph(dataset, path)
    loaded = graphio.load_graph(path)
    assert triple_set(loaded) == triple_set(dataset)
    assert count == len(triple_set(dataset)) == len(QUADS) - 1  # the duplicated label is written once
    assert graph_names(loaded) == {None}  # all in the default graph


def test_lexical_forms_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "kg.ttl"
    path.write_text('<http://e/a> <http://e/p> "01"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    ((_, _, literal, _),) = graphio.load_graph(path).quads((None, None, None, None))
    assert str(literal) == "01"
    assert b'"01"^^<http://www.w3.org/2001/XMLSchema#integer>' in graphio.serialize(
        graphio.load_graph(path), "nt"
    )


def test_default_graph_and_plain_graph_inputs() -> None:
    dataset = rdflib.Dataset()
    dataset.default_graph.add((ID["country/belarus"], rdflib.RDFS.label, Literal("Belarus")))
    assert b"<https://w3id.org/coopkg/id/country/belarus>" in graphio.serialize(dataset, "nquads")
    assert b"urn:x-rdflib:default" not in graphio.serialize(dataset, "nquads")
    graph = rdflib.Graph()
    graph.add((ID["country/belarus"], rdflib.RDFS.label, Literal("Belarus")))
    assert graphio.serialize(graph, "nt") == graphio.serialize(dataset, "nt")


def test_loaded_default_graph_is_the_dataset_default_graph(tmp_path: Path) -> None:
    path = tmp_path / "kg.nq"
    path.write_text(
        "<http://e/a> <http://e/p> <http://e/b> .\n<http://e/a> <http://e/p> <http://e/c> <http://e/g> .\n"
    )
    dataset = graphio.load_graph(path)
    assert (URIRef("http://e/a"), URIRef("http://e/p"), URIRef("http://e/b")) in dataset.graph(
        DATASET_DEFAULT_GRAPH_ID
    )
    assert len(dataset.graph(URIRef("http://e/g"))) == 1


def test_serialize_accepts_oxigraph_quads_losslessly(tmp_path: Path) -> None:
    dataset = make_dataset()
    path = tmp_path / "kg.nq"
    graphio.write_graph(dataset, path)
    quads = graphio.load_quads(path)
    assert len(quads) == len(QUADS)
    assert graphio.serialize(quads, "trig") == graphio.serialize(dataset, "trig")
    assert graphio.serialize([q.triple for q in quads], "nt") == graphio.serialize(dataset, "nt")


def test_oxigraph_store_holds_the_same_quads_up_to_literal_canonicalisation() -> None:
    """pyoxigraph's Store canonicalises literals ("01"^^xsd:integer → "1", xsd:nonNegativeInteger →
    xsd:integer): good enough for querying, which is all it is used for."""
    plain = [quad for quad in QUADS if quad[1] != COOP.beginIndex]
    store = graphio.to_oxigraph_store(make_dataset(plain))
    assert len(store) == len(plain)
    assert graphio.serialize(store, "trig") == graphio.serialize(make_dataset(plain), "trig")


def test_turtle_output_has_the_prefixes_and_reparses_to_the_same_triples() -> None:
    dataset = make_dataset()
    turtle = graphio.serialize(dataset, "turtle")
    for prefix, namespace in graphio.PREFIXES.items():
        assert f"@prefix {prefix}: <{namespace}> .".encode() in turtle
    reparsed = {quad.triple for quad in ox.parse(turtle, format=ox.RdfFormat.TURTLE)}
    expected = {
        quad.triple for quad in ox.parse(graphio.serialize(dataset, "nt"), format=ox.RdfFormat.N_TRIPLES)
    }
    assert reparsed == expected
    assert len(reparsed) == len(QUADS) - 1


def test_rdf_type_comes_first_in_turtle() -> None:
    turtle = graphio.serialize(make_dataset(), "turtle").decode()
    assert "meeting:r1-1 a coop:Meeting ;" in turtle


# ------------------------------------------------------------------------------------------ determinism


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "json-ld", "xml"])
def test_output_is_byte_identical_whatever_the_insertion_order(fmt: str) -> None:
    shuffled = QUADS[:]
    random.Random(7).shuffle(shuffled)
    first = graphio.serialize(make_dataset(QUADS), fmt)
    second = graphio.serialize(make_dataset(shuffled), fmt)
    third = graphio.serialize(make_dataset(list(reversed(QUADS))), fmt)
    assert first == second == third


def test_output_is_byte_identical_across_processes(tmp_path: Path) -> None:
    """Hash randomisation (PYTHONHASHSEED) must not reach the output: sets are sorted before writing."""
    source = FIXTURES / "mini-kg.trig"
    script = (
        "import sys; from coopkg import graphio; "
        "sys.stdout.buffer.write(graphio.serialize(graphio.load_graph(sys.argv[1]), sys.argv[2]))"
    )
    for fmt in ("turtle", "trig", "xml"):
        outputs = {
            subprocess.run(
                [sys.executable, "-c", script, str(source), fmt],
                check=True,
                capture_output=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
            ).stdout
            for seed in ("1", "2")
        }
        assert len(outputs) == 1


# --------------------------------------------------------------------------------------- atomic writes


def test_write_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "kg.ttl"
    path.write_text("old")
    path.chmod(0o640)
    graphio.write_graph(make_dataset(), path)
    assert path.read_bytes() == graphio.serialize(make_dataset(), "turtle")
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl"]


def test_failing_write_leaves_existing_file_unchanged_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kg.ttl"
    path.write_text("previous graph")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(graphio.os, "fsync", disk_full)
    with pytest.raises(CoopkgError, match=r"cannot write '.*kg\.ttl': no space left on device"):
        graphio.write_graph(make_dataset(), path)
    assert path.read_text() == "previous graph"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl"]


def test_interrupted_write_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kg.nt"

    def interrupt(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(graphio.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        graphio.write_graph(make_dataset(), path)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_term_fails_before_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kg.ttl"
    path.write_text("previous graph")
    graph = rdflib.Graph()
    graph.add((URIRef("http://e/a b"), rdflib.RDFS.label, Literal("x")))
    with pytest.raises(CoopkgError, match="cannot write RDF term"):
        graphio.write_graph(graph, path)
    assert path.read_text() == "previous graph"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl"]


def test_write_into_missing_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such directory"):
        graphio.write_graph(make_dataset(), tmp_path / "missing" / "kg.ttl")


def test_write_over_a_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        graphio.write_graph(make_dataset(), tmp_path)


def test_write_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    graphio.write_graph(make_dataset(), "-", "nt")
    assert capsysbinary.readouterr().out == graphio.serialize(make_dataset(), "nt")


# ------------------------------------------------------------------------------------------ load errors


def assert_one_line(error: pytest.ExceptionInfo[InputError]) -> str:
    message = str(error.value)
    assert "\n" not in message and message
    return message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        graphio.load_graph(tmp_path / "x.ttl")
    assert assert_one_line(error) == f"cannot read '{tmp_path / 'x.ttl'}': no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        graphio.load_graph(tmp_path)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        graphio.load_graph(path)
    assert assert_one_line(error) == f"'{path}' is empty"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "x.ttl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as error:
        graphio.load_graph(path)
    assert assert_one_line(error).startswith(f"'{path}' is not valid Turtle: binary data")


def test_invalid_turtle_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "x.ttl"
    path.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n')
    with pytest.raises(InputError) as error:
        graphio.load_graph(path)
    assert assert_one_line(error).startswith(f"'{path}' is not valid Turtle: line 3, column ")


@pytest.mark.parametrize(
    ("name", "label", "content"),
    [
        ("x.nt", "N-Triples", "<http://e/a> <http://e/b> .\n"),
        ("x.trig", "TriG", "<http://e/g> { <http://e/a> <http://e/b> <http://e/c> \n"),
        ("x.jsonld", "JSON-LD", '{"@id": "http://e/a", '),
        ("x.rdf", "RDF/XML", "<rdf:RDF"),
        ("remote.jsonld", "JSON-LD", '{"@context": "https://schema.org/", "@id": "http://e/a", "name": "x"}'),
        ("x.ttl", "Turtle", "\udcff".encode("utf-8", "surrogateescape").decode("latin-1")),
    ],
)
def test_invalid_files_of_every_format(tmp_path: Path, name: str, label: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="latin-1")
    with pytest.raises(InputError) as error:
        graphio.load_graph(path)
    assert assert_one_line(error).startswith(f"'{path}' is not valid {label}: ")


def test_load_store_and_quads_share_the_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        graphio.load_store(tmp_path / "x.trig")
    with pytest.raises(InputError, match="no such file"):
        graphio.load_quads(tmp_path / "x.trig")


def test_load_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    class Stdin:
        buffer = io.BytesIO(b"<http://e/a> <http://e/p> <http://e/b> .\n")

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert len(graphio.load_graph("-")) == 1


def test_format_override(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_text("<http://e/a> <http://e/p> <http://e/b> <http://e/g> .\n")
    dataset = graphio.load_graph(path, "nquads")
    assert len(dataset.graph(URIRef("http://e/g"))) == 1


def test_relative_iris_resolve_against_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.ttl"
    path.write_text("<a> <http://e/p> <b> .\n")
    ((s, _, _, _),) = graphio.load_graph(path).quads((None, None, None, None))
    assert str(s) == (tmp_path / "a").resolve().as_uri()


def test_triple_count_is_the_union() -> None:
    assert graphio.triple_count(make_dataset()) == len(QUADS) - 1


def test_write_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.ttl"
    target.write_text("old")
    link = tmp_path / "link.ttl"
    link.symlink_to(target.name)
    with graphio.atomic_output(link) as handle:
        handle.write(b"new")
    assert link.is_symlink() and os.readlink(link) == "real.ttl"
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.ttl", "real.ttl"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_write_to_a_named_pipe_goes_through_it(tmp_path: Path) -> None:
    import threading

    pipe = tmp_path / "out.nt"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    with graphio.atomic_output(pipe) as handle:
        handle.write(b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert pipe.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.nt"]


def test_rdf_xml_cut_off_inside_an_element_is_invalid_for_every_loader(tmp_path: Path) -> None:
    whole = graphio.serialize(make_dataset(), "xml")
    cut = whole[:whole.rindex(b"</rdf:Description>") - 3]  # inside the text of the last description
    path = tmp_path / "cut.rdf"
    path.write_bytes(cut)
    for load in (graphio.load_graph, graphio.load_quads, graphio.load_store):
        with pytest.raises(InputError) as error:
            load(path)
        assert assert_one_line(error).startswith(f"'{path}' is not valid RDF/XML: line ")
    path.write_bytes(whole)
    assert len(graphio.load_quads(path)) > 0


def test_an_empty_output_path_is_named_as_such() -> None:
    with pytest.raises(InputError, match="the output path is empty"), graphio.atomic_output(""):
        pass
