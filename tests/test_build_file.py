"""``build_file``: the streaming build writes exactly what the in-memory build writes, atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopkg import pipeline
from coopkg.errors import InputError
from coopkg.graphio import write_graph
from coopkg.pipeline import build, build_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "releases"
DEV = ROOT.parent / "shared" / "dev" / "releases"
FORMATS = ("trig", "nq", "ttl", "nt", "jsonld")


def _corpus() -> list[Path]:
    return [SEEDS, DEV] if DEV.is_dir() else [SEEDS]


def _in_memory_outputs(folder: Path, infer: bool) -> dict[str, bytes]:
    """What the in-memory build + whole-file writer give, per format: the reference for build_file."""
    dataset = build(_corpus(), infer=infer).dataset
    files = {}
    for ext in FORMATS:
        write_graph(dataset, folder / f"kg.{ext}")
        files[ext] = (folder / f"kg.{ext}").read_bytes()
    return files


@pytest.fixture(scope="module")
def reference_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _in_memory_outputs(tmp_path_factory.mktemp("reference"), infer=False)


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("workers", [1, 2])
def test_streamed_build_is_byte_identical_to_the_in_memory_build(
    ext: str, workers: int, reference_files: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 2)  # use the worker pool even on a small corpus
    out = tmp_path / f"kg.{ext}"
    written = build_file(_corpus(), out, workers=workers)
    assert out.read_bytes() == reference_files[ext]
    assert written.releases == len(list(SEEDS.glob("*.txt"))) + (len(list(DEV.glob("*.txt"))) if DEV.is_dir() else 0)
    lines = [line for line in out.read_bytes().splitlines() if line.strip()]
    if ext in ("nq", "nt"):
        assert written.statements == len(lines)


def test_counts_match_the_extracted_facts(tmp_path: Path) -> None:
    in_memory = build([SEEDS])
    written = build_file([SEEDS], tmp_path / "kg.trig")
    assert (written.releases, written.meetings, written.chairmanships) == (
        in_memory.releases, in_memory.meetings, in_memory.chairmanships)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_release_leaves_the_existing_output_untouched(
    workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "good.txt").write_text("date 2023-01-02\nToday in Minsk the ministers met.\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "kg.trig"
    out.write_text("previous build\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.txt: binary"):
        build_file([folder], out, workers=workers)
    assert out.read_text(encoding="utf-8") == "previous build\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.trig", "releases"]  # no temporary file left


def test_a_failure_while_mapping_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError("mapping failed")

    monkeypatch.setattr(pipeline, "release_statements", broken)
    out = tmp_path / "kg.nq"
    with pytest.raises(RuntimeError, match="mapping failed"):
        build_file([SEEDS], out, workers=1)
    assert list(tmp_path.iterdir()) == []


def test_two_releases_with_one_iri_are_an_error(tmp_path: Path) -> None:
    for name in ("a b", "a-b"):
        (tmp_path / f"{name}.txt").write_text("Today in Minsk the ministers met.\n", encoding="utf-8")
    with pytest.raises(InputError, match="same IRI"):
        build_file([tmp_path], tmp_path / "kg.trig")


def test_nquads_chunks_sort_like_the_whole_file_writer() -> None:
    import pyoxigraph as ox

    from coopkg.graphio import dataset_chunk, serialize

    g = ox.NamedNode("https://example.org/g")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    a, a1, b = (ox.NamedNode(f"https://example.org/{n}") for n in ("a", "a-1", "ab"))
    quads = [ox.Quad(a, b, ox.Literal("x y"), g), ox.Quad(a1, rdf_type, b, g), ox.Quad(a, rdf_type, a1, g),
             ox.Quad(a, b, ox.Literal("x"), g), ox.Quad(a, b, ox.Literal("x", language="en"), g),
             ox.Quad(b, a, rdf_type, g), ox.Quad(a, b, ox.Literal("x"), g)]
    assert dataset_chunk(quads, "nquads") == serialize(quads, "nquads")
    assert dataset_chunk(quads[:5], "nquads") == serialize(quads[:5], "nquads")


@pytest.mark.parametrize("ext", ["ttl", "nt", "trig"])
def test_releases_whose_slugs_prefix_each_other_are_sorted_together(ext: str, tmp_path: Path) -> None:
    """Nodes of releases "a" and "a-1" interleave (span/a-1-5-9 < span/a-16-40): the union stays sorted."""
    folder = tmp_path / "releases"
    folder.mkdir()
    text = ("date 2022-05-{day:02d}\nToday in Minsk, the Minister of Internal Affairs of the Russian Federation "
            "Ivan Kolokoltsev held talks with the Minister of the Interior of Belarus Ivan Kubrakov. "
            "The parties discussed the fight against drug trafficking.\n")
    for day, name in enumerate(("a", "a-1", "a-1-b", "a-10", "ab", "b"), start=1):
        (folder / f"{name}.txt").write_text(text.format(day=day), encoding="utf-8")
    expected = tmp_path / f"expected.{ext}"
    write_graph(build([folder]).dataset, expected)
    out = tmp_path / f"kg.{ext}"
    build_file([folder], out, workers=1)
    assert out.read_bytes() == expected.read_bytes()


@pytest.fixture(scope="module")
def inferred_reference_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _in_memory_outputs(tmp_path_factory.mktemp("inferred"), infer=True)


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("workers", [1, 2])
def test_release_by_release_reasoning_equals_whole_graph_reasoning(
    ext: str, workers: int, inferred_reference_files: dict[str, bytes], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 2)
    out = tmp_path / f"kg.{ext}"
    build_file(_corpus(), out, workers=workers, infer=True)
    assert out.read_bytes() == inferred_reference_files[ext]
    if ext in ("nq", "trig"):  # (TriG writes the name as id:graph\/inferred)
        assert b"graph/inferred" in out.read_bytes().replace(b"\\/", b"/")


@pytest.mark.parametrize("ext", ["trig", "nq", "ttl"])
def test_inferred_graph_of_prefix_families_is_sorted(ext: str, tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    text = ("date 2022-05-{day:02d}\nToday in Minsk, the Minister of Internal Affairs of the Russian Federation "
            "Ivan Kolokoltsev held talks with the Minister of the Interior of Belarus Ivan Kubrakov.\n")
    for day, name in enumerate(("x", "x-1", "x-10", "x-1-a", "y"), start=1):
        (folder / f"{name}.txt").write_text(text.format(day=day), encoding="utf-8")
    expected = tmp_path / f"expected.{ext}"
    write_graph(build([folder], infer=True).dataset, expected)
    out = tmp_path / f"kg.{ext}"
    build_file([folder], out, workers=1, infer=True)
    assert out.read_bytes() == expected.read_bytes()


def test_sorted_lines_writes_what_the_writer_writes() -> None:
    import pyoxigraph as ox

    from coopkg.graphio import serialize, sorted_lines

    g = ox.NamedNode("https://example.org/g")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    a, a1, b = (ox.NamedNode(f"https://example.org/{n}") for n in ("a", "a-1", "ab"))
    literals = [ox.Literal('say "hi"\nand\tgo \\ now'), ox.Literal("Miloš"), ox.Literal("x", language="en"),
                ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")),
                ox.Literal("\u0001 control")]
    statements = [(a, b, lit) for lit in literals] + [(a1, rdf_type, b), (a, rdf_type, a1), (b, a, rdf_type),
                                                      (a, b, literals[0])]
    body, count = sorted_lines(statements, g)
    assert body == serialize([ox.Quad(s, p, o, g) for s, p, o in statements], "nquads")
    assert count == len(statements) - 1
    assert sorted_lines(statements)[0] == serialize([ox.Triple(s, p, o) for s, p, o in statements], "nt")


def test_the_output_cannot_be_one_of_the_releases(tmp_path: Path) -> None:
    from coopkg.errors import InputError

    release = tmp_path / "r.txt"
    release.write_text("Today in Minsk, a meeting was held.", encoding="utf-8")
    with pytest.raises(InputError, match="one of the releases"):
        build_file([tmp_path], release)
    assert release.read_text(encoding="utf-8") == "Today in Minsk, a meeting was held."
