"""The N-Quads file reasoners give exactly what compiled_rl.entail gives.

Both readers: polars' joins (coopkg.columnar_rl, tried first) and the line-by-line text reader
(coopkg.nquads_rl, which takes what the first refuses). On whole N-Quads / N-Triples files, read in
one block or in many, by one process or several; files a reader cannot split exactly are refused
(None), never misread.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from coopkg import columnar_rl, nquads_rl
from coopkg.compiled_rl import entail
from coopkg.graphio import _oxigraph_quads
from coopkg.nquads_rl import entail_nquads

FIXTURE = Path(__file__).parent / "fixtures" / "reasoning" / "small.trig"
COOP = "https://w3id.org/coopkg/ontology#"
ID = "https://w3id.org/coopkg/id/"


def _corpus(name: str, request: pytest.FixtureRequest) -> list[ox.Quad]:
    if name == "fixture":
        return list(ox.parse(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG))
    dataset: rdflib.Dataset = request.getfixturevalue(f"{name}_dataset")
    return list(_oxigraph_quads(dataset))


def _lines(entailments: object) -> set[bytes]:
    return set(entailments.ntriples().splitlines())  # type: ignore[attr-defined]


@pytest.fixture(params=["columns", "text"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> object:
    """The reader under test, called as ``reader(path, workers)``.

    ``columns``: :func:`columnar_rl.entail_columns` itself (so a refusal cannot hide behind the
    fallback); ``text``: :func:`entail_nquads` with the columnar reader refusing everything.
    """
    if request.param == "columns":
        return lambda path, workers=1: columnar_rl.entail_columns(path)
    monkeypatch.setattr(columnar_rl, "entail_columns", lambda path: None)
    monkeypatch.setattr(columnar_rl, "infer_columns", lambda source, out, syntax: None)
    return entail_nquads


@pytest.mark.parametrize("corpus", ["seed", "dev", "fixture"])
def test_file_reader_equals_entail(corpus: str, reader: object, request: pytest.FixtureRequest,
                                   tmp_path: Path) -> None:
    """N-Quads and N-Triples files, read as text, in one block or in many: the Store's entailments."""
    quads = _corpus(corpus, request)
    store = ox.Store()
    store.extend(quads)
    expected = _lines(entail(store))
    assert expected
    nquads = tmp_path / "kg.nq"
    nquads.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    ntriples = tmp_path / "kg.nt"
    ntriples.write_bytes(ox.serialize({q.triple for q in quads}, format=ox.RdfFormat.N_TRIPLES))
    for path in (nquads, ntriples):
        result = reader(path)  # type: ignore[operator]
        assert result is not None
        assert _lines(result) == expected
        assert len(result) == len(expected)
    small_blocks = pytest.MonkeyPatch()
    small_blocks.setattr(nquads_rl, "_CHUNK", 1000)  # lines cut across blocks
    try:
        result = reader(nquads, workers=2)  # type: ignore[operator]
    finally:
        small_blocks.undo()
    assert result is not None and _lines(result) == expected


def _meeting_file(tmp_path: Path, extra: str = "", line: str | None = None) -> Path:
    """A tiny N-Quads file of our own: a meeting reported in a release, with a quoted span."""
    text = (
        f'<{ID}meeting/m> <{COOP}reportedIn> <{ID}release/r> <{ID}graph/r> .\n'
        f'<{ID}span/s> <{COOP}quote> "He said \\"well\\" and left\\n" <{ID}graph/r> .\n'
        f'<{ID}span/s> <{COOP}inRelease> <{ID}release/r> <{ID}graph/r> .\n'
        f'<{ID}meeting/m> <{COOP}startDate> "2020-01-02"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
        "# a comment line\n"
        f"{extra}"
    )
    path = tmp_path / "small.nq"
    path.write_text(text + (line if line is not None else ""), encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_small_file_with_escapes_literals_noise_and_no_final_newline(workers: int, reader: object,
                                                                     tmp_path: Path) -> None:
    noise = (
        f"_:b1 <{COOP}reportedIn> <{ID}release/r> .\n"  # a blank subject: nothing is entailed about it
        f"<{ID}meeting/m> <{COOP}topic> _:b2 .\n"  # a blank object: not restated as schema:about
        f"<http://www.w3.org/2002/07/owl#Thing> <{COOP}reportedIn> <{ID}release/r> .\n"  # built-in vocabulary
    )
    path = _meeting_file(tmp_path, noise, line=f'<{ID}person/p> <{COOP}title> "Minister"@en <{ID}graph/r> .')
    result = reader(path, workers=workers)  # type: ignore[operator]
    assert result is not None
    store = ox.Store()
    store.load(path=path, format=ox.RdfFormat.N_QUADS)
    assert _lines(result) == _lines(entail(store)) == _lines(entail(list(store)))
    found = {(s.value, p.value) for s, p, _o in result}
    assert (f"{ID}meeting/m", "https://schema.org/startDate") in found
    assert (f"{ID}person/p", "https://schema.org/jobTitle") in found
    assert not any(isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode) for s, _p, o in result)
    assert not any(s.value.startswith("http://www.w3.org/2002/07/owl#") for s, _p, _o in result)


@pytest.mark.parametrize("line", [
    f'<{ID}person/p>\t<{COOP}title> "Minister" .\n',  # a tab between terms
    f'<{ID}person/p>  <{COOP}title> "Minister" .\n',  # two spaces
    f'<{ID}person/p> <{COOP}title> "Minist\\u0065r" .\n',  # an escape with another canonical form
    f'<{ID}person/p> <{COOP}title> "Minister"^^<http://www.w3.org/2001/XMLSchema#string> .\n',
    f'<{ID}person/p> <{COOP}title> "Minister"@EN .\n',  # language tags are compared lower-cased
    f'<{ID}meeting/m> <{COOP}topic> << <{ID}a> <{ID}b> <{ID}c> >> .\n',  # RDF-star
    f"<{COOP}Thing> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <{COOP}Meeting> .\n",  # own schema
])
def test_files_it_cannot_read_exactly_are_refused(line: str, reader: object, tmp_path: Path) -> None:
    assert reader(_meeting_file(tmp_path, line)) is None  # type: ignore[operator]
    assert reader(_meeting_file(tmp_path)) is not None  # type: ignore[operator]  # the same file without that line


@pytest.mark.parametrize("line", [
    f"_:b <{COOP}reportedIn> <{ID}release/r> .\n<{ID}x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> _:c .\n",
    f'<{ID}person/p> <{COOP}title> "Minister" <{ID}graph/r>\n',  # no final dot: the object's end is unknown
    "   \n",  # a line of blanks
])
def test_the_columnar_reader_refuses_what_it_cannot_split(line: str, tmp_path: Path) -> None:
    """Lines the text reader also refuses; the columnar one must not guess either."""
    path = _meeting_file(tmp_path, line)
    assert columnar_rl.entail_columns(path) is None


@pytest.mark.parametrize("data", [b"\x00", b"\xff\xfe"])
def test_the_columnar_reader_refuses_bytes_that_are_not_text(data: bytes, tmp_path: Path) -> None:
    path = _meeting_file(tmp_path)
    path.write_bytes(path.read_bytes() + data + b"\n")
    assert columnar_rl.entail_columns(path) is None


def test_an_empty_file_entails_nothing(reader: object, tmp_path: Path) -> None:
    path = tmp_path / "empty.nq"
    path.write_bytes(b"")
    result = reader(path)  # type: ignore[operator]
    assert result is not None and len(result) == 0 and result.ntriples() == b""


def test_windows_line_ends_give_the_same_entailments(tmp_path: Path) -> None:
    """CRLF: the columnar reader takes it (the text reader refuses any carriage return); the same answer."""
    path = _meeting_file(tmp_path)
    expected = _lines(entail_nquads(path))
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    result = columnar_rl.entail_columns(path)
    assert result is not None and _lines(result) == expected


@pytest.mark.parametrize(("corpus", "suffix", "workers"), [("seed", "nq", 1), ("dev", "nq", 2), ("dev", "nt", 2)])
def test_streamed_inference_writes_what_write_graph_writes(corpus: str, suffix: str, workers: int, reader: object,
                                                           request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """An ordered N-Quads / N-Triples file plus its entailments, copied: write_graph's bytes for infer_quads.

    Through the columnar reader (which must take the file) and through the text reader.
    """
    from coopkg.graphio import load_quads, write_graph
    from coopkg.nquads_rl import infer_nquads_file
    from coopkg.reasoning import infer_quads

    source = tmp_path / f"kg.{suffix}"
    write_graph(_corpus(corpus, request), source)
    expected = tmp_path / "expected.nq"
    write_graph(infer_quads(load_quads(source)), expected)
    out = tmp_path / "streamed.nq"
    if request.node.callspec.params["reader"] == "columns":
        by_columns = tmp_path / "columns.nq"
        assert columnar_rl.infer_columns(source, by_columns, suffix.replace("nq", "nquads")) is not None
        assert by_columns.read_bytes() == expected.read_bytes()
    counts = infer_nquads_file(source, out, workers=workers)
    assert counts is not None
    assert out.read_bytes() == expected.read_bytes()
    assert sum(counts) == len(expected.read_bytes().splitlines())
    assert infer_nquads_file(expected, tmp_path / "again.nq") is None  # it has an inferred graph already
    assert not (tmp_path / "again.nq").exists()


def test_streamed_inference_refuses_files_out_of_order(seed_dataset: object, tmp_path: Path) -> None:
    """Copying the input is exact only for write_graph's order: anything else is left to the general route."""
    from coopkg.graphio import write_graph
    from coopkg.nquads_rl import infer_nquads_file

    source = tmp_path / "kg.nq"
    write_graph(list(_oxigraph_quads(seed_dataset)), source)
    lines = source.read_bytes().splitlines(keepends=True)
    variants = {
        "swapped": lines[1:2] + lines[:1] + lines[2:],
        "repeated": lines[:1] + lines,
        "blank node": [*lines, b'_:b <https://w3id.org/coopkg/ontology#note> "x" <https://w3id.org/coopkg/id/z> .\n'],
        "comment": [b"# a comment\n", *lines],
    }
    for name, variant in variants.items():
        path = tmp_path / f"{name.replace(' ', '-')}.nq"
        path.write_bytes(b"".join(variant))
        assert columnar_rl.infer_columns(path, tmp_path / "out.nq", "nquads") is None, name
        assert infer_nquads_file(path, tmp_path / "out.nq") is None, name
        assert not (tmp_path / "out.nq").exists()
