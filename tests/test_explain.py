"""Tests of coopkg.explain: a node's facts and the sentences behind them, from a file as from a graph."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from coopkg import graphio
from coopkg.cli import main
from coopkg.errors import InputError
from coopkg.explain import explain, explain_file, neighbourhood, resolve_iri
from coopkg.query import union_store

# My own release text (a paragraph per line, as the genre's files are): a meeting with two titled
# participants, crime areas, a place and a relative date.
RELEASE = (
    "date 2022-06-15\n"
    "Yesterday in Tashkent, the Minister of Internal Affairs of the Republic of Uzbekistan Pulat Bobojonov held "
    "talks with the Deputy Minister of Internal Affairs of the Russian Federation Igor Zubov. The sides discussed "
    "joint work against cybercrime and illegal migration.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("explain")
    (folder / "tashkent-talks.txt").write_text(RELEASE, encoding="utf-8")
    out = folder / "kg.nq"
    result = CliRunner().invoke(main, ["build", str(folder / "tashkent-talks.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, RELEASE  # (offsets count from the file's first character, its date line included)


def test_a_meeting_is_explained_by_its_sentence_with_offsets(built: tuple[Path, str]) -> None:
    path, release = built
    text = explain_file(path, resolve_iri("meeting:tashkent-talks-1"))
    assert text.splitlines()[0].startswith("meeting:tashkent-talks-1  coop:Meeting")
    assert "coop:location  Tashkent (place:tashkent)" in text
    quoted = [line for line in text.splitlines() if line.strip().startswith("[tashkent-talks ")]
    assert quoted, text
    for line in quoted:
        span, quote = line.strip()[1:].split("] ", 1)
        begin, end = map(int, span.split()[1].split("-"))
        assert " ".join(release[begin:end].split()) == quote.strip("\u201c\u201d")


def test_a_person_is_explained_through_the_meetings_naming_them(built: tuple[Path, str]) -> None:
    path, _body = built
    text = explain_file(path, resolve_iri("person:igor-zubov"))
    assert "coop:title  Deputy Minister of Internal Affairs of the Russian Federation" in text
    assert "coop:participant of " in text and "Zubov" in text.split("coop:participant of ", 1)[1]
    assert "mentioned in: tashkent-talks" in text


def test_a_node_not_in_the_file_is_an_input_error(built: tuple[Path, str]) -> None:
    with pytest.raises(InputError, match="is not in the graph"):
        explain_file(built[0], resolve_iri("person:nobody-at-all"))


def test_the_command_prints_the_same_and_fails_in_one_line(built: tuple[Path, str]) -> None:
    path, _body = built
    result = CliRunner().invoke(main, ["explain", "person:igor-zubov", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip("\n") == explain_file(path, resolve_iri("person:igor-zubov"))
    missing = CliRunner().invoke(main, ["explain", "person:nobody-at-all", str(path)])
    assert missing.exit_code == 2 and missing.stderr.count("\n") == 1 and "Traceback" not in missing.output


def test_a_store_explains_a_node_as_the_built_file_does(built: tuple[Path, str], tmp_path: Path) -> None:
    path, _body = built
    store = tmp_path / "kg.db"
    release = tmp_path / "tashkent-talks.txt"
    release.write_text(RELEASE, encoding="utf-8")
    assert CliRunner().invoke(main, ["add", str(release), "--store", str(store)]).exit_code == 0
    for node in ("person:igor-zubov", "meeting:tashkent-talks-1"):
        result = CliRunner().invoke(main, ["explain", node, "--store", str(store)])
        assert result.exit_code == 0, result.output
        assert result.stdout.rstrip("\n") == explain_file(path, resolve_iri(node))
    both = CliRunner().invoke(main, ["explain", "person:igor-zubov", str(path), "--store", str(store)])
    assert both.exit_code == 2 and "not both" in both.stderr


@pytest.mark.parametrize("text", ["https://w3id.org/coopkg/id/meeting/a b", "meeting:a b", "person:x<y>"])
def test_an_invalid_iri_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="not a valid IRI"):
        resolve_iri(text)


def test_the_neighbourhood_explains_every_node_as_the_whole_graph_does(dev_dataset: rdflib.Dataset,
                                                                       tmp_path: Path) -> None:
    """Exactness of :func:`neighbourhood`: every subject of the dev build, explained both ways."""
    path = tmp_path / "dev.nq"
    graphio.write_graph(dev_dataset, path)
    union = rdflib.Graph()
    for s, p, o, _g in dev_dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    store = union_store(path)
    nodes = sorted({s for s in union.subjects() if isinstance(s, rdflib.URIRef)})
    kinds = {str(n).split("/id/", 1)[1].split("/", 1)[0] for n in nodes if "/id/" in str(n)}
    assert {"meeting", "chairmanship", "person", "agency", "country", "release", "participation"} <= kinds
    for node in nodes:
        assert explain(neighbourhood(store, node), node) == explain(union, node), node
