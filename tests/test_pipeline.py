"""The whole journey on the bundled seed releases and on the shared dev corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS

from coopkg.graphio import serialize, write_graph
from coopkg.mapping import COOP
from coopkg.pipeline import build
from coopkg.query import run_query

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "releases"
SHARED = ROOT.parent / "shared"
COMPETENCY = SHARED / "competency"

needs_shared = pytest.mark.skipif(not (SHARED / "competency").is_dir(), reason="../shared is not beside the repo")


@pytest.fixture(scope="module")
def seed_build():
    return build([SEEDS])


@pytest.fixture(scope="module")
def seed_file(seed_build, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kg") / "kg.ttl"
    write_graph(seed_build.dataset, path)
    return path


def _select(path: Path, query_file: str) -> list[dict[str, str]]:
    outcome = run_query(str(path), (COMPETENCY / query_file).read_text(encoding="utf-8"))
    return [{v: (term.value if term is not None else None) for v, term in zip(outcome.variables, row, strict=True)}
            for row in outcome.rows]


def test_seed_build_counts(seed_build) -> None:
    assert seed_build.releases == 2
    assert seed_build.meetings == 4
    assert seed_build.chairmanships == 1


def test_two_builds_are_byte_identical(seed_build) -> None:
    again = build([SEEDS])
    for fmt in ("turtle", "nt", "trig", "json-ld"):
        assert serialize(seed_build.dataset, fmt) == serialize(again.dataset, fmt)


def test_turtle_reparsed_by_pyoxigraph_gives_the_same_triples(seed_build, seed_file) -> None:
    ours = {(s, p, o) for s, p, o, _g in seed_build.dataset.quads((None, None, None, None))}
    theirs = list(ox.parse(path=str(seed_file), format=ox.RdfFormat.TURTLE))
    assert len({(t.subject, t.predicate, t.object) for t in theirs}) == len(ours)


def test_no_blank_nodes(seed_build) -> None:
    from rdflib import BNode

    assert not [q for q in seed_build.dataset.quads((None, None, None, None))
                if any(isinstance(t, BNode) for t in q[:3])]


@needs_shared
def test_cq1_meetings_with_their_release(seed_file) -> None:
    rows = _select(seed_file, "cq01-meetings.rq")
    by_release = {(r["release"], r["status"], r["start"], r["place"]) for r in rows}
    assert ("000_90fdd230b0fe3864", "held", "2020-01-01", "Stockholm") in by_release
    assert ("004_e8ba220d328341bb", "held", None, "Petrozavodsk") in by_release
    assert ("004_e8ba220d328341bb", "planned", "2016-05-03", "Saint Petersburg") in by_release


@needs_shared
def test_cq2_participants_with_titles(seed_file) -> None:
    rows = _select(seed_file, "cq02-participants.rq")
    people = {r["person"]: r for r in rows}
    assert people["Vladimir Kolokoltsev"]["title"] == "Minister of Internal Affairs of the Russian Federation"
    assert people["Mikael Damberg"]["agency"] == "Ministry for Home Affairs of the Kingdom of Sweden"
    assert {"Petr Popov", "Vasily Kukushkin"} <= set(people)


@needs_shared
def test_cq3_topics_by_partner(seed_file) -> None:
    rows = _select(seed_file, "cq03-topics-by-partner.rq")
    sweden = {r["area"] for r in rows if r["country"] == "Sweden"}
    assert {"organized-crime", "drug-trafficking", "illegal-migration", "terrorism"} <= sweden
    assert all(r["country"] != "Russia" for r in rows)


@needs_shared
def test_cq4_chairmanship_of_the_bstf(seed_file) -> None:
    rows = _select(seed_file, "cq04-chairmanships.rq")
    assert [(r["holder"], r["start"], r["end"]) for r in rows] == [("Russia", "2015-01-01", "2016-12-31")]
    assert "Task Force" in rows[0]["body"]


@needs_shared
def test_cq5_partners_of_the_russian_mia(seed_file) -> None:
    rows = _select(seed_file, "cq05-agency-partners.rq")
    assert "Ministry for Home Affairs of the Kingdom of Sweden" in {r["partner"] for r in rows}


@needs_shared
def test_cq6_timeline(seed_file) -> None:
    rows = _select(seed_file, "cq06-timeline.rq")
    assert {r["year"] for r in rows} == {"2020"}
    assert "Organized crime" in {r["area"] for r in rows}


@needs_shared
def test_cq7_release_mentions(seed_file) -> None:
    rows = _select(seed_file, "cq07-release-mentions.rq")
    kinds = {(r["release"], r["kind"]) for r in rows}
    for kind in ("person", "agency", "country", "place", "crime-area"):
        assert ("000_90fdd230b0fe3864", kind) in kinds


@needs_shared
def test_cq8_answers_after_inference(tmp_path: Path) -> None:
    result = build([SEEDS], infer=True)
    path = tmp_path / "kg.ttl"
    write_graph(result.dataset, path)
    rows = _select(path, "cq08-inferred.rq")
    assert int(rows[0]["organizations"]) >= 5
    assert int(rows[0]["events"]) == 4


@needs_shared
def test_every_competency_query_runs_on_the_build(seed_file) -> None:
    for query_file in sorted(COMPETENCY.glob("*.rq")):
        outcome = run_query(str(seed_file), query_file.read_text(encoding="utf-8"))
        assert outcome.kind == "select", query_file.name


# -- the dev corpus ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dev_build():
    if not (SHARED / "dev" / "releases").is_dir():
        pytest.skip("../shared/dev is not beside the repo")
    return build([SHARED / "dev" / "releases", SEEDS])


def test_one_node_per_real_world_entity_across_releases(dev_build) -> None:
    graph = dev_build.dataset
    quads = list(graph.quads((None, None, None, None)))
    mia_forms = {"Ministry of Internal Affairs of the Russian Federation", "MIA of Russia", "Russian MIA",
                 "Ministry of Internal Affairs of Russia"}
    mia = {s for s, p, o, _g in quads if p in (RDFS.label, SKOS.altLabel) and str(o) in mia_forms}
    assert len(mia) == 1
    # a person named in several releases is one node, reported by each
    zavarzin = {s for s, p, o, _g in quads if p == RDFS.label and str(o) == "Gennady Zavarzin"}
    assert len(zavarzin) == 1
    releases = {s for s, p, o, _g in quads if p == COOP.mentions and o in zavarzin}
    assert len(releases) >= 5
    countries = {s for s, p, o, _g in quads if p == RDF.type and o == COOP.Country}
    for label in ("Russia", "Kazakhstan", "China"):
        nodes = {s for s, p, o, _g in quads if p == RDFS.label and str(o) == label and s in countries}
        assert len(nodes) == 1, label


def _scores(dataset, gold: Path, tmp_path: Path) -> dict:
    """The shared scorer's figures for a built dataset against a folder of gold files."""
    kg = tmp_path / "kg.ttl"
    write_graph(dataset, kg)
    report = tmp_path / "report.json"
    subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "--graph", str(kg), "--gold", str(gold),
                    "--json", str(report)], check=True, capture_output=True)
    return json.loads(report.read_text())


@needs_shared
def test_dev_corpus_score_stays_above_the_target(dev_build, tmp_path: Path) -> None:
    """Issue 3's floor: overall F1 >= 0.95, every category >= 0.90, no invented persons or agencies."""
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in [*(SHARED / "dev" / "gold").glob("*.json"), *(SHARED / "gold").glob("*.json")]:
        (gold / path.name).write_bytes(path.read_bytes())
    figures = _scores(dev_build.dataset, gold, tmp_path)
    assert figures["overall"]["f1"] >= 0.95, figures["overall"]
    for category, values in figures.items():
        assert values["f1"] >= 0.90, (category, values)
    assert figures["persons"]["fp"] == 0
    assert figures["agencies"]["p"] >= 0.97


@needs_shared
def test_probe_releases_score_stays_above_their_floor(tmp_path: Path) -> None:
    """The project's 2,932 probe releases in the real releases' style (tests/fixtures/probes): F1 0.933 set by
    set when written down; the floor catches a rule that breaks phrasing the dev corpus does not have."""
    import importlib.util

    # scored as `python scripts/score_dev.py --probes` scores them: set by set, the counts summed
    spec = importlib.util.spec_from_file_location("score_dev", ROOT / "scripts" / "score_dev.py")
    assert spec is not None and spec.loader is not None
    score_dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score_dev)
    report = tmp_path / "probes.json"
    assert score_dev.main(["--probes", "--shared", str(SHARED), "--json", str(report)]) == 0
    figures = json.loads(report.read_text())
    probes = ROOT / "tests" / "fixtures" / "probes"
    assert figures["overall"]["releases"] == len(list((probes / "gold").glob("*.json")))
    assert figures["overall"]["f1"] >= 0.93, figures["overall"]
    for category, values in figures.items():
        assert values["f1"] >= 0.85, (category, values)
    assert figures["persons"]["fp"] == 0


def test_every_country_and_every_person_is_one_node(dev_build) -> None:
    """Persons named in several releases (possibly with initials) and every country: one IRI each."""
    from collections import defaultdict

    from coopkg.gazetteer import fold

    quads = list(dev_build.dataset.quads((None, None, None, None)))
    typed = defaultdict(set)
    for s, p, o, _g in quads:
        if p == RDF.type:
            typed[o].add(s)
    labels = defaultdict(set)
    for s, p, o, _g in quads:
        if p == RDFS.label:
            labels[s].add(str(o))
    for cls in (COOP.Country, COOP.Person, COOP.Place):
        seen: dict[str, set] = defaultdict(set)
        for node in typed[cls]:
            assert len(labels[node]) == 1, (node, labels[node])
            key = fold(next(iter(labels[node])))
            if cls == COOP.Person:  # "M.V. Tverdokhlebov" and "Mikhail Tverdokhlebov" are one person
                key = f"{key.split()[-1]} {key[0]}"
            seen[key].add(node)
        assert all(len(nodes) == 1 for nodes in seen.values()), {k: v for k, v in seen.items() if len(v) > 1}
    persons_in_several = [p for p in typed[COOP.Person]
                          if len({s for s, pr, o, _g in quads if pr == COOP.mentions and o == p}) > 1]
    assert len(persons_in_several) >= 5


def test_validation_of_the_build_and_of_a_malformed_date(seed_build) -> None:
    from rdflib import XSD, Literal

    from coopkg.validation import validate

    assert validate(seed_build.dataset).conforms
    broken = build([SEEDS]).dataset
    release = next(g for g in broken.graphs() if "000-90fdd230b0fe3864" in str(g.identifier))
    meeting = next(release.subjects(RDF.type, COOP.Meeting))
    release.set((meeting, COOP.startDate, Literal("2020-13-45", datatype=XSD.date)))
    report = validate(broken)
    assert not report.conforms
    [result] = [r for r in report.results if r.severity == "Violation"]
    assert result.release == "000_90fdd230b0fe3864"
    assert "startDate" in (result.path or "")


def test_parallel_extraction_gives_the_same_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    import coopkg.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    one = build([SEEDS], workers=1)
    two = build([SEEDS], workers=2)
    assert serialize(one.dataset, "nquads") == serialize(two.dataset, "nquads")
