"""SHACL shapes and :mod:`coopkg.validation`: each fixture in ``fixtures/shapes`` breaks one rule.

The invalid fixtures are minimal graphs that are valid except for one defect, so each test can require
that exactly the expected shapes report a violation, not merely that something failed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyshacl
import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import SH

from coopkg.graphio import load_graph
from coopkg.resources import shapes_path
from coopkg.validation import ValidationReport, ValidationResult, validate

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
COOP = rdflib.Namespace("https://w3id.org/coopkg/ontology#")
COOPSH = rdflib.Namespace("https://w3id.org/coopkg/shapes#")
CONTRACT_CLASSES = ["Release", "Meeting", "Chairmanship", "Agency", "Person", "Country", "Place", "CrimeArea"]


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(shapes_path(), format="turtle")


def _validate(name: str) -> ValidationReport:
    return validate(load_graph(FIXTURES / name))


def _shape_names(results: list[ValidationResult], severity: str) -> set[str]:
    return {r.shape.split("#")[-1] for r in results if r.severity == severity}


# ------------------------------------------------------------------------------------ the shapes file


def test_shapes_graph_is_valid_shacl(shapes: rdflib.Graph) -> None:
    """pyshacl's meta-validation (SHACL-SHACL) checks the shapes themselves."""
    conforms, _graph, text = pyshacl.validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True,
                                              advanced=True)
    assert conforms, text


def test_every_contract_class_is_targeted(shapes: rdflib.Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    assert {COOP[name] for name in CONTRACT_CLASSES} <= targeted


def test_shapes_are_named_documented_and_explained(shapes: rdflib.Graph) -> None:
    shape_nodes = (set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
                   | set(shapes.subjects(RDF.type, SH.SPARQLConstraint)))
    assert len(shape_nodes) > 40
    problems = []
    for node in sorted(shape_nodes):
        if not isinstance(node, URIRef):
            problems.append(f"blank shape {node!r}: reports would name it unstably")
            continue
        for predicate in (RDFS.label,) + (() if (node, RDF.type, SH.SPARQLConstraint) in shapes
                                          else (RDFS.comment,)):
            if not any(isinstance(v, Literal) for v in shapes.objects(node, predicate)):
                problems.append(f"{node}: no {predicate}")
        is_sparql_shape = (node, SH.sparql, None) in shapes
        needs_message = (node, RDF.type, SH.PropertyShape) in shapes or (node, RDF.type, SH.SPARQLConstraint) \
            in shapes
        if needs_message and not is_sparql_shape and (node, SH.message, None) not in shapes:
            problems.append(f"{node}: no sh:message")
    # every property shape in use is one of the named ones
    for prop in shapes.objects(None, SH.property):
        if not isinstance(prop, URIRef):
            problems.append(f"anonymous property shape {prop!r}")
    assert not problems, "\n".join(problems)


def test_crime_area_ids_are_the_contract_ones(shapes: rdflib.Graph) -> None:
    values = shapes.value(COOPSH["CrimeArea-notation"], SH["in"])
    ids = {str(v) for v in rdflib.collection.Collection(shapes, values)}
    assert ids == {
        "organized-crime", "drug-trafficking", "illegal-migration", "terrorism", "extremism", "cybercrime",
        "human-trafficking", "money-laundering", "economic-crime", "corruption", "vehicle-theft",
        "arms-trafficking", "smuggling", "road-safety",
    }


# ---------------------------------------------------------------------------------------- validation


def test_valid_graph_conforms_without_results() -> None:
    report = _validate("valid.trig")
    assert report.conforms
    assert report.results == []
    assert report.summary() == "0 violations, 0 warnings in 0 releases"


def test_dataset_and_union_graph_validate_alike() -> None:
    dataset = load_graph(FIXTURES / "invalid-holder-kind.ttl")
    union = rdflib.Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    assert validate(dataset).results == validate(union).results


@pytest.mark.parametrize(
    ("fixture", "expected_shapes", "message_hint"),
    [
        ("invalid-malformed-date.ttl", {"Meeting-startDate"}, "valid xsd:date"),
        ("invalid-plain-string-date.ttl",
         {"Release-publicationDate", "Meeting-startDate", "Meeting-endDate"}, "xsd:date"),
        ("invalid-end-before-start.ttl", {"DateOrderShape"}, "Ends on 2021-06-08, before its start date 2021-06-10"),
        ("invalid-holder-kind.ttl", {"ChairHolderKindShape"}, "neither a coop:Country nor a coop:Agency"),
        ("invalid-held-after-publication.ttl", {"HeldMeetingDateShape"},
         "starts on 2021-07-15, after its release was published on 2021-06-15"),
        ("invalid-missing-status.ttl", {"Meeting-status"}, "exactly one coop:status"),
        ("invalid-crime-area-scheme.ttl", {"CrimeArea-inScheme", "Meeting-topicInScheme"}, "CrimeAreaScheme"),
        ("invalid-notation.ttl", {"CrimeArea-notation"}, "14 vocabulary ids"),
        ("invalid-capital.ttl", {"Country-capital"}, "one coop:Place"),
    ],
)
def test_invalid_graph_fails_for_its_own_reason(fixture: str, expected_shapes: set[str], message_hint: str) -> None:
    report = _validate(fixture)
    assert not report.conforms
    assert _shape_names(report.results, "Violation") == expected_shapes
    assert any(message_hint in r.message for r in report.results), [r.message for r in report.results]


def test_malformed_date_result_details() -> None:
    (result,) = [r for r in _validate("invalid-malformed-date.ttl").results if r.severity == "Violation"]
    assert result.focus == "https://w3id.org/coopkg/id/meeting/fx-101-1"
    assert result.path == str(COOP.startDate)
    assert result.value == '"2021-13-45"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert result.release == "fx-101"


def test_warnings_alone_still_conform() -> None:
    report = _validate("warnings-only.ttl")
    assert report.conforms
    assert _shape_names(report.results, "Violation") == set()
    assert _shape_names(report.results, "Warning") == {
        "PlannedMeetingDateShape", "LongMeetingShape", "EmptyMeetingShape", "Person-titlePresent"}
    assert report.summary() == "0 violations, 4 warnings in 1 release"
    assert "sh:conforms true" in report.to_turtle()


def test_release_of_each_focus_node() -> None:
    report = _validate("warnings-only.ttl")
    by_shape = {r.shape.split("#")[-1]: r for r in report.results}
    assert by_shape["LongMeetingShape"].release == "fx-101"  # via coop:reportedIn
    assert by_shape["Person-titlePresent"].release == "fx-101"  # via coop:mentions
    release = _validate("invalid-plain-string-date.ttl").results
    assert {r.release for r in release} == {"fx-102"}  # the release itself, and its meeting


def test_results_are_sorted_violations_first() -> None:
    report = validate(_merged("invalid-notation.ttl", "warnings-only.ttl", "invalid-holder-kind.ttl"))
    assert report.results == sorted(report.results, key=ValidationResult.sort_key)
    severities = [r.severity for r in report.results]
    assert severities == sorted(severities, key=["Violation", "Warning"].index)
    assert report.summary() == "2 violations, 4 warnings in 1 release"


# ------------------------------------------------------------------------------------------ renderings


def test_to_text_groups_by_shape_and_ends_with_summary() -> None:
    text = _validate("warnings-only.ttl").to_text()
    lines = text.splitlines()
    assert lines[0] == "Conforms: yes"
    assert lines[-1] == "0 violations, 4 warnings in 1 release"
    assert "Meeting longer than 31 days (coopsh:LongMeetingShape): 1 result" in lines
    long_line = next(i for i, line in enumerate(lines) if "LongMeetingShape" in line)
    assert lines[long_line + 1].strip().startswith("Warning: meeting:fx-101-2 coop:endDate = ")
    assert "[release fx-101]" in lines[long_line + 1]
    assert "more than 31 days" in lines[long_line + 2]


def test_to_text_shows_violations_before_warnings() -> None:
    text = validate(_merged("invalid-holder-kind.ttl", "warnings-only.ttl")).to_text()
    assert text.index("Violation:") < text.index("Warning:")
    assert text.startswith("Conforms: no\n")


def test_to_json_is_sorted_and_complete() -> None:
    report = _validate("invalid-end-before-start.ttl")
    document = json.loads(report.to_json())
    assert document["conforms"] is False
    assert document["violations"] == 1 and document["warnings"] == 0
    assert document["releases"] == ["fx-101"]
    (result,) = document["results"]
    assert result == {
        "severity": "Violation",
        "focus": "https://w3id.org/coopkg/id/meeting/fx-101-1",
        "path": str(COOP.endDate),
        "value": '"2021-06-08"^^<http://www.w3.org/2001/XMLSchema#date>',
        "message": result["message"],
        "shape": str(COOPSH.DateOrderShape),
        "release": "fx-101",
        "values": [],  # (a value is named)
    }
    assert list(result) == sorted(result)


def test_to_turtle_is_the_report_graph_and_deterministic() -> None:
    first = _validate("invalid-crime-area-scheme.ttl").to_turtle()
    # same triples added in the opposite order: bnode labels and pyshacl's order change, output must not
    graph = load_graph(FIXTURES / "invalid-crime-area-scheme.ttl")
    reversed_graph = rdflib.Graph()
    for s, p, o, _g in sorted(graph.quads((None, None, None, None)), key=lambda q: q[:3], reverse=True):
        reversed_graph.add((s, p, o))
    second = validate(reversed_graph).to_turtle()
    assert first == second
    parsed = rdflib.Graph().parse(data=first, format="turtle")
    (report,) = parsed.subjects(RDF.type, SH.ValidationReport)
    assert parsed.value(report, SH.conforms) == Literal(False)
    assert len(list(parsed.objects(report, SH.result))) == 2
    assert set(parsed.objects(None, SH.sourceShape)) >= {COOPSH["CrimeArea-inScheme"], COOPSH["Meeting-topicInScheme"]}


def _merged(*names: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in names:
        for s, p, o, _g in load_graph(FIXTURES / name).quads((None, None, None, None)):
            graph.add((s, p, o))
    return graph


@pytest.mark.parametrize("route", ["compiled", "pyshacl", "file"])
def test_a_meeting_whose_release_link_is_deleted_is_placed_by_its_iri(route: str, tmp_path: Path) -> None:
    from coopkg.validation import release_by_iri

    data = _plain(load_graph(FIXTURES / "warnings-only.ttl"))
    meeting = URIRef("https://w3id.org/coopkg/id/meeting/fx-101-1")
    data.remove((meeting, COOP.reportedIn, None))
    report = _validate_by(route, data, tmp_path)
    [missing] = [r for r in report.results if r.path == str(COOP.reportedIn)]
    assert (missing.focus, missing.release) == (str(meeting), "fx-101")
    releases = {"https://w3id.org/coopkg/id/release/fx-1": "fx-1", "https://w3id.org/coopkg/id/release/fx-10": "fx-10"}
    assert release_by_iri("https://w3id.org/coopkg/id/participation/fx-10-2-anna-berg", releases) == "fx-10"
    assert release_by_iri("https://w3id.org/coopkg/id/person/fx-10", releases) is None  # shared, not per release


@pytest.mark.parametrize("route", ["compiled", "pyshacl", "file"])
def test_too_many_values_are_listed(route: str, tmp_path: Path) -> None:
    data = _plain(load_graph(FIXTURES / "warnings-only.ttl"))
    meeting = URIRef("https://w3id.org/coopkg/id/meeting/fx-101-1")
    dates = [Literal("2021-05-02", datatype=rdflib.XSD.date), Literal("2021-05-03", datatype=rdflib.XSD.date)]
    data.remove((meeting, COOP.startDate, None))
    for day in dates:
        data.add((meeting, COOP.startDate, day))
    report = _validate_by(route, data, tmp_path)
    [clash] = [r for r in report.results if r.path == str(COOP.startDate) and r.severity == "Violation"]
    assert clash.value is None
    assert clash.values == tuple(day.n3() for day in dates)
    assert 'values: "2021-05-02"^^xsd:date, "2021-05-03"^^xsd:date' in report.to_text()


def _plain(dataset: rdflib.Dataset) -> rdflib.Graph:
    """The union of a fixture's graphs as a plain Graph, to edit."""
    union = rdflib.Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _validate_by(route: str, data: rdflib.Graph, tmp_path: Path) -> ValidationReport:
    """``validate`` with an engine, or (``"file"``) ``validate_file`` of the graph written as N-Quads."""
    from coopkg import graphio
    from coopkg.validation import validate_file

    if route != "file":
        return validate(data, engine=route)
    path = tmp_path / "data.nq"
    graphio.write_graph(data, path)
    return validate_file(path)
