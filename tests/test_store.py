"""Tests of the persistent knowledge store (coopkg.store) and its commands."""

from __future__ import annotations

import doctest
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from coopkg import graphio, pipeline
from coopkg import store as store_module
from coopkg.cli import main
from coopkg.errors import CoopkgError, InputError
from coopkg.mapping import REFERENCE_GRAPH
from coopkg.query import run_query
from coopkg.store import ONTOLOGY_GRAPH, STORE_GRAPH, KnowledgeStore
from coopkg.validation import validate

COOP = "https://w3id.org/coopkg/ontology#"
ID = "https://w3id.org/coopkg/id/"
PREFIX = f"PREFIX coop: <{COOP}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

R1 = (
    "date 2021-03-04\nToday in Minsk, the Minister of Internal Affairs of the Russian Federation Ivan Petrov "
    "held talks with the Minister of Internal Affairs of the Republic of Belarus Pavel Sidorov."
)
R1_CHANGED = (
    "date 2021-03-04\nToday in Moscow, the Minister of Internal Affairs of the Russian Federation Ivan Petrov "
    "held talks with the Minister of Internal Affairs of the Republic of Armenia Aram Hakobyan."
)
R2 = (
    "date 2022-05-10\nToday in Astana, the Minister of Internal Affairs of the Republic of Kazakhstan Arman "
    "Bekov met with the Secretary General of Interpol Jürgen Stock. The parties discussed cooperation in "
    "combating drug trafficking."
)
R3 = (
    "date 2020-01-15\nToday in Tashkent, the Minister of Internal Affairs of the Republic of Uzbekistan Bakhtiyor "
    "Rakhimov held talks with the Minister of Internal Affairs of the Kyrgyz Republic Ulan Niyazbekov on "
    "combating terrorism and extremism."
)

COUNTS = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    PREFIX + "SELECT (COUNT(?m) AS ?n) WHERE { ?m a coop:Meeting }",
    PREFIX + "SELECT (COUNT(?l) AS ?n) WHERE { ?x a coop:Agency ; rdfs:label ?l }",
    PREFIX + "SELECT ?c (COUNT(?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c ORDER BY ?c",
]


def write_releases(folder: Path, **texts: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        path = folder / f"{name.replace('_', '-')}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    return write_releases(tmp_path / "releases", r1=R1, r2=R2, r3=R3)


@pytest.fixture
def kg(tmp_path: Path, inputs: list[Path]) -> KnowledgeStore:
    store = KnowledgeStore.open(tmp_path / "kg.db")
    store.add_releases(inputs)
    yield store
    store.close()


def snapshot(store: KnowledgeStore) -> set[ox.Quad]:
    """Every quad in the database, bookkeeping and union included."""
    return set(store.oxigraph)


def graph_quads(store: KnowledgeStore, name: str) -> set[ox.Quad]:
    return set(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(name)))


def assert_union_is_consistent(store: KnowledgeStore) -> None:
    """The maintained default graph is exactly the set union of the release and reference graphs."""
    db = store.oxigraph
    default = {q.triple for q in db.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    hidden = {str(STORE_GRAPH), str(ONTOLOGY_GRAPH)}
    named = {q.triple for q in db if not isinstance(q.graph_name, ox.DefaultGraph)
             and q.graph_name.value not in hidden}
    assert default == named


def count(outcome: object) -> list[tuple[str, ...]]:
    return [tuple(str(term) for term in row) for row in outcome.rows]  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------------------- library


def test_doctests() -> None:
    assert doctest.testmod(store_module).failed == 0


def test_add_then_query(kg: KnowledgeStore) -> None:
    assert kg.releases() == ["r1", "r2", "r3"]
    outcome = kg.query(PREFIX + "SELECT ?p WHERE { ?m a coop:Meeting ; coop:location ?p ; coop:reportedIn "
                       f"<{ID}release/r1> }}")
    assert [row[0].value for row in outcome.rows] == [f"{ID}place/minsk"]
    assert_union_is_consistent(kg)


def test_export_equals_the_file_build(kg: KnowledgeStore, inputs: list[Path]) -> None:
    built = pipeline.build(inputs).dataset
    for fmt in ("turtle", "trig", "nquads"):
        assert kg.export(fmt) == graphio.serialize(built, fmt), fmt


def test_count_queries_match_the_built_file(kg: KnowledgeStore, inputs: list[Path], tmp_path: Path) -> None:
    path = tmp_path / "kg.trig"
    graphio.write_graph(pipeline.build(inputs).dataset, path)
    for query in COUNTS:
        assert count(kg.query(query)) == count(run_query(path, query)), query


def test_queries_without_named_graphs_skip_the_graph_list_with_the_same_answers(
        kg: KnowledgeStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """A query that cannot address named graphs runs without the list of visible graphs (5x faster at 10k)."""
    from conftest import SHARED

    competency = sorted((SHARED / "competency").glob("*.rq"))
    queries = [*COUNTS, *(file.read_text(encoding="utf-8") for file in competency)]
    named = [g for g in kg.oxigraph.named_graphs() if g.value not in set(store_module._BOOKKEEPING)]
    for text in queries:
        found, expected = kg.query(text), store_module._execute(kg.oxigraph, text, named_graphs=named)
        assert (found.variables, Counter(found.rows)) == (expected.variables, Counter(expected.rows)), text
    options: list[dict[str, object]] = []
    monkeypatch.setattr(store_module, "_execute", lambda _store, _text, **kw: options.append(kw))
    kg.query(COUNTS[0])
    kg.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert options[0] == {} and "named_graphs" in options[1]


def test_readd_replaces_exactly_that_release(kg: KnowledgeStore, tmp_path: Path) -> None:
    others = {name: graph_quads(kg, f"{ID}release/{name}") for name in ("r2", "r3")}
    changed = write_releases(tmp_path / "v2", r1=R1_CHANGED)
    result = kg.add_releases(changed)
    assert (result.added, result.replaced) == ((), ("r1",))
    assert kg.releases() == ["r1", "r2", "r3"]
    for name, quads in others.items():
        assert graph_quads(kg, f"{ID}release/{name}") == quads
    ask = PREFIX + "ASK {{ ?m coop:location <{}place/{}> }}"
    assert not kg.query(ask.format(ID, "minsk")).boolean
    assert kg.query(ask.format(ID, "moscow")).boolean
    assert not kg.query(f"ASK {{ <{ID}person/pavel-sidorov> ?p ?o }}").boolean
    assert_union_is_consistent(kg)
    # and the whole store is what a fresh build of the current files gives
    current = [tmp_path / "releases" / "r2.txt", tmp_path / "releases" / "r3.txt", *changed]
    assert kg.export("trig") == graphio.serialize(pipeline.build(current).dataset, "trig")


def test_remove(kg: KnowledgeStore, inputs: list[Path]) -> None:
    assert kg.remove("r1") == ["r1"]
    assert kg.releases() == ["r2", "r3"]
    assert not kg.query(f"ASK {{ GRAPH <{ID}release/r1> {{ ?s ?p ?o }} }}").boolean
    assert not kg.query(f"ASK {{ <{ID}person/pavel-sidorov> ?p ?o }}").boolean
    assert_union_is_consistent(kg)
    # the reference graph is recomputed: the store equals a build of the remaining releases
    assert kg.export("trig") == graphio.serialize(pipeline.build(inputs[1:]).dataset, "trig")
    before = snapshot(kg)
    with pytest.raises(InputError, match="no release 'r1'"):
        kg.remove("r2", "r1")  # all or nothing
    assert snapshot(kg) == before
    kg.remove(f"{ID}release/r2", "r3")
    assert kg.releases() == []
    assert kg.triple_count() == 0
    assert_union_is_consistent(kg)


def test_a_release_whose_name_shares_a_stored_release_iri_is_refused(kg: KnowledgeStore, tmp_path: Path) -> None:
    [colliding] = write_releases(tmp_path / "other", R1=R2)  # "R1" has the IRI of the stored "r1"
    before = snapshot(kg)
    with pytest.raises(InputError, match=r"same IRI .* as the stored release 'r1'"):
        kg.add_releases([colliding])
    assert snapshot(kg) == before
    with pytest.raises(InputError, match="no release 'R1'"):
        kg.remove("R1")  # an identifier names only its own release
    assert snapshot(kg) == before
    assert kg.remove("r1") == ["r1"]


def test_persistence_across_reopen(kg: KnowledgeStore) -> None:
    before, path = snapshot(kg), kg.path
    kg.close()
    with KnowledgeStore.open(path, create=False) as reopened:
        assert snapshot(reopened) == before
        assert reopened.releases() == ["r1", "r2", "r3"]
    with KnowledgeStore.open(path, read_only=True) as reader:
        assert snapshot(reader) == before
        with pytest.raises(CoopkgError, match="read-only"):
            reader.remove("r1")


def test_failed_extraction_mid_add_leaves_the_store_unchanged(
    kg: KnowledgeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(kg)
    batch = write_releases(tmp_path / "batch", r1=R1_CHANGED, r4=R2.replace("Astana", "Bishkek"), r5=R3)
    real = pipeline.extract
    calls = []

    def failing(release: object, gazetteer: object = None) -> object:
        calls.append(release)
        if len(calls) == 2:
            raise RuntimeError("simulated crash")
        return real(release, gazetteer)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract", failing)
    with pytest.raises(RuntimeError, match="simulated crash"):
        kg.add_releases(batch)
    assert snapshot(kg) == before


def test_unreadable_release_leaves_the_store_unchanged(kg: KnowledgeStore, tmp_path: Path) -> None:
    before = snapshot(kg)
    write_releases(tmp_path / "batch", r1=R1_CHANGED, r4=R2)
    (tmp_path / "batch" / "r5.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError, match="binary"):
        kg.add_releases([tmp_path / "batch"])
    assert snapshot(kg) == before


def test_failure_inside_the_write_transaction_rolls_back(
    kg: KnowledgeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The update's last operation fails after the drops and inserts ran: none of them may stick."""
    before = snapshot(kg)
    real = store_module._insert
    monkeypatch.setattr(
        store_module, "_insert", lambda graphs, default: real(graphs, default) + f" ;\nCREATE GRAPH <{STORE_GRAPH}>"
    )
    with pytest.raises(CoopkgError, match="unchanged"):
        kg.add_releases(write_releases(tmp_path / "v2", r1=R1_CHANGED))
    assert snapshot(kg) == before


KILLER = textwrap.dedent(
    """
    import sys
    from coopkg.store import KnowledgeStore
    store = KnowledgeStore.open(sys.argv[1])
    versions = sys.argv[2:]
    n = 0
    while True:
        store.add_releases([versions[n % 2]])
        n += 1
        print("added", flush=True)
    """
)


def test_killed_process_leaves_a_consistent_store(tmp_path: Path, inputs: list[Path]) -> None:
    """SIGKILL at an arbitrary moment of repeated re-adds: the release is one version or the other."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs SIGKILL")
    v1 = tmp_path / "v1"
    v2 = tmp_path / "v2"
    write_releases(v1, r1=R1)
    write_releases(v2, r1=R1_CHANGED)
    path = tmp_path / "kg.db"
    with KnowledgeStore.open(path) as kg:
        kg.add_releases(inputs[1:])
    expected = {
        graphio.serialize(pipeline.build([*inputs[1:], v / "r1.txt"]).dataset, "trig") for v in (v1, v2)
    }
    for delay in (0.2,):
        process = subprocess.Popen(
            [sys.executable, "-c", KILLER, str(path), str(v1), str(v2)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": os.getcwd()},
        )
        assert process.stdout is not None
        assert process.stdout.readline() == b"added\n", process.stderr.read() if process.stderr else ""
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with KnowledgeStore.open(path, create=False) as kg:
            assert kg.export("trig") in expected
            assert_union_is_consistent(kg)


def test_validation_of_the_store_matches_the_file(kg: KnowledgeStore, inputs: list[Path]) -> None:
    from_store = validate(kg.dataset())
    from_file = validate(pipeline.build(inputs).dataset)
    assert (from_store.conforms, from_store.results) == (from_file.conforms, from_file.results)
    spans = list(kg.dataset().quads((None, graphio.rdflib.URIRef(COOP + "beginIndex"), None, None)))
    assert spans
    assert {str(o.datatype) for _s, _p, o, _g in spans} == {"http://www.w3.org/2001/XMLSchema#nonNegativeInteger"}


def test_layout(kg: KnowledgeStore) -> None:
    assert store_module.REFERENCE_GRAPH == REFERENCE_GRAPH  # the store's copy of the mapping's name
    names = {g.value for g in kg.oxigraph.named_graphs()}
    assert names == {f"{ID}release/r1", f"{ID}release/r2", f"{ID}release/r3", str(REFERENCE_GRAPH),
                     str(ONTOLOGY_GRAPH), str(STORE_GRAPH)}
    assert len(graph_quads(kg, str(ONTOLOGY_GRAPH))) > 100
    # bookkeeping and ontology stay out of queries unless asked for
    ontology_ask = f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
    assert not kg.query(ontology_ask).boolean
    assert kg.query(ontology_ask, with_ontology=True).boolean
    assert not kg.query(f"ASK {{ GRAPH <{STORE_GRAPH}> {{ ?s ?p ?o }} }}").boolean


def test_open_errors(tmp_path: Path, kg: KnowledgeStore) -> None:
    with pytest.raises(InputError, match="no coopkg store"):
        KnowledgeStore.open(tmp_path / "missing", create=False)
    assert not (tmp_path / "missing").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="not a coopkg store"):
        KnowledgeStore.open(tmp_path / "file")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "notes.txt").write_text("x")
    with pytest.raises(InputError, match="not a coopkg store"):
        KnowledgeStore.open(tmp_path / "folder")
    assert os.listdir(tmp_path / "folder") == ["notes.txt"]
    other = ox.Store(str(tmp_path / "other"))
    other.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("o")))
    del other
    with pytest.raises(InputError, match="not a coopkg store"):
        KnowledgeStore.open(tmp_path / "other")
    with pytest.raises(CoopkgError, match="in use"):
        KnowledgeStore.open(kg.path)  # the fixture holds the writer's lock
    empty = tmp_path / "empty"
    empty.mkdir()
    with KnowledgeStore.open(empty) as created:
        assert created.releases() == []


# ----------------------------------------------------------------------------------------------- CLI


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def assert_error(result: Result, code: int = 2) -> str:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("coopkg: error: "), result.stderr
    assert result.stdout == ""
    return lines[0]


@pytest.mark.parametrize("command", ["add", "remove", "export", "build", "query", "validate", "stats"])
def test_help_has_a_store_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and "--store" in result.stdout


def test_cli_add_query_remove_export(tmp_path: Path, inputs: list[Path]) -> None:
    db = str(tmp_path / "kg.db")
    result = run("add", str(tmp_path / "releases"), "--store", db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(f"added to store {db}: 3 new, 0 replaced (")
    assert len(result.stderr.splitlines()) == 1
    result = run("add", str(inputs[0]), "--store", db)
    assert "0 new, 1 replaced" in result.stderr

    built, built_trig = tmp_path / "built.ttl", tmp_path / "built.trig"
    assert run("build", str(tmp_path / "releases"), "-o", str(built)).exit_code == 0
    assert run("build", str(tmp_path / "releases"), "-o", str(built_trig)).exit_code == 0
    for query in COUNTS:
        from_store = run("query", "--store", db, query, "--format", "csv")
        assert from_store.exit_code == 0, from_store.stderr
        assert from_store.stdout == run("query", str(built_trig), query, "--format", "csv").stdout

    exported = tmp_path / "exported.ttl"
    result = run("export", "--store", db, "-o", str(exported))
    assert result.exit_code == 0, result.stderr
    assert exported.read_bytes() == built.read_bytes()
    assert run("export", "--store", db, "-o", "-", "--format", "nt").stdout_bytes == \
        graphio.serialize(graphio.load_graph(built), "nt")

    stats = run("stats", "--store", db, "--format", "json")
    assert stats.exit_code == 0
    assert stats.stdout == run("stats", str(built_trig), "--format", "json").stdout

    result = run("remove", "r1", "--store", db)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"removed from store {db}: 1 release")
    assert run("query", "--store", db, f"ASK {{ <{ID}release/r1> ?p ?o }}").stdout == "Ask => No\n"


def test_cli_build_store_holds_exactly_the_input(tmp_path: Path, inputs: list[Path]) -> None:
    db = str(tmp_path / "kg.db")
    assert run("add", str(inputs[0]), "--store", db).exit_code == 0
    out = tmp_path / "kg.trig"
    result = run("build", str(inputs[1]), str(inputs[2]), "--store", db, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "1 removed" in result.stderr
    exported = tmp_path / "exported.trig"
    assert run("export", "--store", db, "-o", str(exported)).exit_code == 0
    assert exported.read_bytes() == out.read_bytes()
    result = run("build", str(inputs[0]), "--store", db)
    assert result.exit_code == 0, result.stderr
    with KnowledgeStore.open(db, read_only=True) as kg:
        assert kg.releases() == ["r1"]
    nowhere = str(tmp_path / "missing" / "kg.trig")
    assert "no such directory" in assert_error(run("build", *map(str, inputs), "--store", db, "-o", nowhere))
    with KnowledgeStore.open(db, read_only=True) as kg:
        assert kg.releases() == ["r1"]  # the output's error came before the store changed
    unwritable = tmp_path / "taken.ttl"
    unwritable.mkdir()  # found only when the file is written
    assert "is a directory" in assert_error(run("build", *map(str, inputs), "--store", db, "-o", str(unwritable)))
    with KnowledgeStore.open(db, read_only=True) as kg:
        assert kg.releases() == ["r1"]
    nquads = tmp_path / "kg.nq"  # N-Quads: built once, the file and the store from the same build
    assert run("build", *map(str, inputs), "--store", db, "-o", str(nquads)).exit_code == 0
    assert nquads.read_bytes() == graphio.serialize(pipeline.build(inputs).dataset, "nquads")


def test_cli_validate_store(tmp_path: Path, inputs: list[Path]) -> None:
    db = str(tmp_path / "kg.db")
    run("add", *map(str, inputs), "--store", db)
    from_store = run("validate", "--store", db, "--format", "json")
    built = tmp_path / "kg.trig"
    run("build", *map(str, inputs), "-o", str(built))
    from_file = run("validate", str(built), "--format", "json")
    assert (from_store.exit_code, from_store.stdout) == (from_file.exit_code, from_file.stdout)


def test_cli_store_errors(tmp_path: Path, inputs: list[Path]) -> None:
    db = str(tmp_path / "kg.db")
    missing = str(tmp_path / "missing.db")
    assert "no coopkg store" in assert_error(run("query", "--store", missing, "ASK {}"))
    assert "no coopkg store" in assert_error(run("remove", "r1", "--store", missing))
    assert "no coopkg store" in assert_error(run("export", "--store", missing, "-o", "-"))
    assert "no coopkg store" in assert_error(run("validate", "--store", missing))
    assert not Path(missing).exists()
    assert "not both" in assert_error(run("query", str(inputs[0]), "ASK {}", "--store", missing))
    assert "--help" in assert_error(run("query", "ASK {}"))
    assert "--help" in assert_error(run("validate"))
    assert "--help" in assert_error(run("build", str(inputs[0])))
    assert "--infer" in assert_error(run("build", str(inputs[0]), "--store", db, "--infer"))
    assert "no such file" in assert_error(run("add", str(tmp_path / "nope.txt"), "--store", db))
    assert not Path(db).exists()  # a failed first add leaves no empty store behind
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "x").write_text("x")
    assert "not a coopkg store" in assert_error(run("add", str(inputs[0]), "--store", str(tmp_path / "folder")))
    assert run("add", str(inputs[0]), "--store", db).exit_code == 0
    assert "no release 'r9'" in assert_error(run("remove", "r9", "--store", db))
    assert "malformed SPARQL" in assert_error(run("query", "--store", db, "SELECT WHERE"))
    assert "update" not in run("query", "--store", db, "ASK { ?s ?p ?o }").stderr
    assert_error(run("query", "--store", db, f"DROP GRAPH <{ID}release/r1>"))
    with KnowledgeStore.open(db, read_only=True) as kg:
        assert kg.releases() == ["r1"]


def _without_ontology_blanks(store: KnowledgeStore) -> set[ox.Quad]:
    """Every quad, except that the ontology's blank nodes get fresh labels on each load."""
    return {q for q in store.oxigraph if not (q.graph_name == ox.NamedNode(str(store_module.ONTOLOGY_GRAPH))
                                             and (isinstance(q.subject, ox.BlankNode)
                                                  or isinstance(q.object, ox.BlankNode)))}


def test_rebuild_gives_the_store_one_transaction_gives(tmp_path: Path, inputs: list[Path]) -> None:
    """build --store loads in bulk into a new folder: the same database as add_releases(replace_all)."""
    with KnowledgeStore.open(tmp_path / "by-update.db") as expected:
        expected.add_releases(inputs, replace_all=True)
        want = _without_ontology_blanks(expected)
        ontology_size = len(graph_quads(expected, str(store_module.ONTOLOGY_GRAPH)))
    result = KnowledgeStore.rebuild(tmp_path / "bulk.db", inputs, workers=1)
    assert (result.added, result.replaced, result.removed) == (("r1", "r2", "r3"), (), ())
    with KnowledgeStore.open(tmp_path / "bulk.db", read_only=True) as built:
        assert _without_ontology_blanks(built) == want
        assert len(graph_quads(built, str(store_module.ONTOLOGY_GRAPH))) == ontology_size
        assert_union_is_consistent(built)
        assert result.triples == built.triple_count()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bulk.db", "by-update.db", "releases"]  # no scratch left


def test_rebuild_replaces_an_existing_store_in_one_exchange(tmp_path: Path, inputs: list[Path]) -> None:
    db = tmp_path / "kg.db"
    with KnowledgeStore.open(db) as store:
        store.add_releases(inputs[:2])
    result = KnowledgeStore.rebuild(db, inputs[1:])
    assert (result.added, result.replaced, result.removed) == (("r3",), ("r2",), ("r1",))
    with KnowledgeStore.open(db) as store:  # (writable: the lock went with the old folder)
        assert store.releases() == ["r2", "r3"]
        assert_union_is_consistent(store)
        store.add_releases(inputs[:1])  # and it takes incremental adds as before
        assert store.releases() == ["r1", "r2", "r3"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.db", "releases"]


def test_a_failed_rebuild_leaves_the_store_as_it_was(tmp_path: Path, inputs: list[Path]) -> None:
    db = tmp_path / "kg.db"
    with KnowledgeStore.open(db) as store:
        store.add_releases(inputs[:1])
        before = snapshot(store)
    broken = write_releases(tmp_path / "broken", r4="")[0]  # an empty release: an input error mid-build
    with pytest.raises(InputError):
        KnowledgeStore.rebuild(db, [*inputs, broken])
    with KnowledgeStore.open(db, read_only=True) as store:
        assert snapshot(store) == before
    busy = KnowledgeStore.open(db)
    try:
        with pytest.raises(CoopkgError, match="in use"):
            KnowledgeStore.rebuild(db, inputs)  # another writer holds it: refused before any work
    finally:
        busy.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken", "kg.db", "releases"]
    with pytest.raises(InputError, match="no folder"):
        KnowledgeStore.rebuild(tmp_path / "missing" / "kg.db", inputs)
    assert not (tmp_path / "missing").exists()


def test_a_rebuild_on_a_file_system_that_refuses_writes_is_one_line(
        tmp_path: Path, inputs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    db = tmp_path / "kg.db"
    with KnowledgeStore.open(db) as store:
        store.add_releases(inputs[:1])
        before = snapshot(store)

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / ".kg.db.x"))

    monkeypatch.setattr("tempfile.TemporaryDirectory", read_only)
    with pytest.raises(CoopkgError, match=r"store '.*kg.db' unchanged: Read-only file system") as error:
        KnowledgeStore.rebuild(db, inputs)
    assert "\n" not in str(error.value)
    monkeypatch.undo()
    with KnowledgeStore.open(db, read_only=True) as store:
        assert snapshot(store) == before


def test_rebuild_through_a_symlink_replaces_the_folder_it_points_to(tmp_path: Path, inputs: list[Path]) -> None:
    real = tmp_path / "real.db"
    with KnowledgeStore.open(real) as store:
        store.add_releases(inputs[:1])
    link = tmp_path / "kg.db"
    link.symlink_to(real.name)
    KnowledgeStore.rebuild(link, inputs)
    assert link.is_symlink() and os.readlink(link) == "real.db"
    with KnowledgeStore.open(real, read_only=True) as store:
        assert store.releases() == ["r1", "r2", "r3"]


def test_nquads_export_without_python_quads_is_the_same_file(kg: KnowledgeStore, tmp_path: Path) -> None:
    """write_nquads (dump + polars) writes the bytes export() does, derived integer types restored."""
    out = tmp_path / "fast.nq"
    count = kg.write_nquads(out)
    assert out.read_bytes() == kg.export("nquads")
    assert b"XMLSchema#nonNegativeInteger" in out.read_bytes()  # (the store holds them as xsd:integer)
    assert count == kg.export("nquads").count(b"\n")  # the quads written
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("tmp")) == []  # no scratch left


def test_cli_validate_store_reports_what_the_quads_give(tmp_path: Path, inputs: list[Path]) -> None:
    """validate --store goes through the store's N-Quads (write_nquads + validate_file): the same report,
    results and their releases included, as validating the store's quads directly."""
    from coopkg.validation import validate

    db = tmp_path / "kg.db"
    with KnowledgeStore.open(db) as store:
        store.add_releases(inputs)
        meeting, release = f"<{ID}meeting/r1-99>", f"<{ID}release/r1>"
        coop = "https://w3id.org/coopkg/ontology#"
        defect = f"{meeting} a <{coop}Meeting> ; <{coop}reportedIn> {release} ."
        store.oxigraph.update(f"INSERT DATA {{ GRAPH {release} {{ {defect} }} {defect} }}")  # no status
        expected = validate(list(store.quads()))
    assert not expected.conforms and any(r.release == "r1" for r in expected.results)
    result = run("validate", "--store", str(db), "--format", "json")
    assert result.exit_code == 1
    assert result.stdout.rstrip("\n") == expected.to_json().rstrip("\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.db", "releases"]  # no scratch left


def test_rebuild_swaps_by_two_renames_where_there_is_no_exchange_call(
        tmp_path: Path, inputs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    def no_library(*_args: object, **_kwargs: object) -> object:
        raise OSError("no C library here")

    db = tmp_path / "kg.db"
    KnowledgeStore.rebuild(db, inputs[:1])
    monkeypatch.setattr(ctypes, "CDLL", no_library)
    KnowledgeStore.rebuild(db, inputs[1:])
    with KnowledgeStore.open(db, read_only=True) as store:
        assert store.releases() == ["r2", "r3"]
        assert_union_is_consistent(store)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.db", "releases"]


def test_export_counts_quads_for_a_dataset_format_as_build_does(tmp_path: Path, inputs: list[Path]) -> None:
    db = str(tmp_path / "kg.db")
    assert run("add", *map(str, inputs), "--store", db).exit_code == 0
    built = run("build", *map(str, inputs), "-o", str(tmp_path / "built.trig"))
    for name in ("exported.trig", "exported.nq"):
        result = run("export", "--store", db, "-o", str(tmp_path / name))
        assert result.exit_code == 0
        quads = built.stderr.split(": ", 1)[1].split(",")[1].strip()  # "N quads"
        assert f"exported {tmp_path / name}: {quads}" in result.stderr, (built.stderr, result.stderr)
