"""The ontology: it parses, declares the contract and design terms, documents them and stays in OWL 2 RL.

The contract lists below are the public names users' queries rely on (never renamed or dropped); they
are spelled out here so that a change to the ontology that loses one fails loudly.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, SH

from coopkg.resources import ontology_path, reference_paths, shapes_path

COOP = rdflib.Namespace("https://w3id.org/coopkg/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/coopkg/ontology")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
# a plain Namespace: rdflib's XSD object warns when pytest probes module attributes
XSD = rdflib.Namespace(str(rdflib.XSD))

CONTRACT_CLASSES = ["Release", "Meeting", "Chairmanship", "Agency", "Person", "Country", "Place", "CrimeArea"]
CONTRACT_OBJECT_PROPERTIES = [
    "mentions", "reportedIn", "status", "location", "participant", "participatingAgency",
    "participatingCountry", "topic", "holder", "chairedBody", "memberOf", "country",
]
CONTRACT_DATATYPE_PROPERTIES = ["publicationDate", "startDate", "endDate", "title"]
CONTRACT_INDIVIDUALS = ["Held", "Planned", "CrimeAreaScheme"]

DESIGN_CLASSES = ["MeetingStatus", "TextSpan", "Build"]
DESIGN_OBJECT_PROPERTIES = ["parentAgency", "evidence", "inRelease"]
DESIGN_DATATYPE_PROPERTIES = ["beginIndex", "endIndex", "quote", "demonym", "extractorVersion"]
DESIGN_INDIVIDUALS = ["ChairRole"]

DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual,
                     OWL.AnnotationProperty, OWL.Ontology}

#: Constructs outside OWL 2 RL wherever they appear, or that RL allows only in subclass position
#: (where this ontology does not need them): avoiding them altogether keeps the check cheap and sure.
NON_RL_TERMS = [OWL.unionOf, OWL.complementOf, OWL.oneOf, OWL.someValuesFrom, OWL.minCardinality,
                OWL.cardinality, OWL.minQualifiedCardinality, OWL.qualifiedCardinality,
                OWL.disjointUnionOf, OWL.ReflexiveProperty, OWL.hasSelf]


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path(), format="turtle")


def _coop_terms(graph: rdflib.Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(str(COOP))}


def test_ontology_is_strict_turtle() -> None:
    """pyoxigraph's parser is strict (as Protégé's is): the file must parse there too."""
    triples = list(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    assert len(triples) > 200


def test_header(ontology: rdflib.Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/coopkg/ontology/0.1.0")
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef("https://opensource.org/licenses/MIT")
    created = ontology.value(ONTOLOGY_IRI, DCTERMS.created)
    assert isinstance(created, Literal) and created.datatype == XSD.date
    for predicate in (DCTERMS.title, DCTERMS.description):
        value = ontology.value(ONTOLOGY_IRI, predicate)
        assert isinstance(value, Literal) and value.language == "en" and len(value) > 10


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (CONTRACT_CLASSES + DESIGN_CLASSES, OWL.Class),
        (CONTRACT_OBJECT_PROPERTIES + DESIGN_OBJECT_PROPERTIES, OWL.ObjectProperty),
        (CONTRACT_DATATYPE_PROPERTIES + DESIGN_DATATYPE_PROPERTIES, OWL.DatatypeProperty),
        (CONTRACT_INDIVIDUALS + DESIGN_INDIVIDUALS, OWL.NamedIndividual),
    ],
)
def test_contract_and_design_terms_declared(ontology: rdflib.Graph, names: list[str], kind: URIRef) -> None:
    missing = [name for name in names if (COOP[name], RDF.type, kind) not in ontology]
    assert not missing, f"not declared as {kind}: {missing}"


def test_every_coop_term_is_declared_and_documented(ontology: rdflib.Graph) -> None:
    problems = []
    for term in sorted(_coop_terms(ontology)):
        types = set(ontology.objects(term, RDF.type))
        if not types & DECLARATION_TYPES:
            problems.append(f"{term}: no OWL declaration")
        for predicate in (RDFS.label, RDFS.comment):
            values = [v for v in ontology.objects(term, predicate) if isinstance(v, Literal)]
            if not any(v.language == "en" for v in values):
                problems.append(f"{term}: no {predicate} in English")
        if ontology.value(term, RDFS.isDefinedBy) != ONTOLOGY_IRI:
            problems.append(f"{term}: rdfs:isDefinedBy is not the ontology")
    assert not problems, "\n".join(problems)


def test_meeting_status_individuals(ontology: rdflib.Graph) -> None:
    assert ontology.value(COOP.Held, RDFS.label) == Literal("held", lang="en")
    assert ontology.value(COOP.Planned, RDFS.label) == Literal("planned", lang="en")
    for status in (COOP.Held, COOP.Planned):
        assert (status, RDF.type, COOP.MeetingStatus) in ontology
    assert (COOP.Held, OWL.differentFrom, COOP.Planned) in ontology
    assert (COOP.CrimeAreaScheme, RDF.type, SKOS.ConceptScheme) in ontology
    assert (COOP.ChairRole, RDF.type, ORG.Role) in ontology


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (COOP.Release, SCHEMA.NewsArticle), (COOP.Release, PROV.Entity), (COOP.Meeting, SCHEMA.Event),
        (COOP.Chairmanship, ORG.Membership), (COOP.Agency, ORG.Organization),
        (COOP.Agency, SCHEMA.Organization), (COOP.Person, FOAF.Person), (COOP.Person, SCHEMA.Person),
        (COOP.Country, SCHEMA.Country), (COOP.Place, SCHEMA.Place), (COOP.CrimeArea, SKOS.Concept),
        (COOP.TextSpan, PROV.Entity), (COOP.Build, PROV.Activity),
    ],
)
def test_class_alignments(ontology: rdflib.Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in ontology
    assert (sup, RDF.type, OWL.Class) in ontology, "aligned class not declared for tools"


def test_chairmanship_role_restriction(ontology: rdflib.Graph) -> None:
    restrictions = [r for r in ontology.objects(COOP.Chairmanship, RDFS.subClassOf)
                    if (r, RDF.type, OWL.Restriction) in ontology]
    assert len(restrictions) == 1
    assert ontology.value(restrictions[0], OWL.onProperty) == ORG.role
    assert ontology.value(restrictions[0], OWL.hasValue) == COOP.ChairRole


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        ("publicationDate", SCHEMA.datePublished), ("publicationDate", DCTERMS.issued),
        ("mentions", SCHEMA.mentions), ("reportedIn", SCHEMA.subjectOf), ("startDate", SCHEMA.startDate),
        ("endDate", SCHEMA.endDate), ("location", SCHEMA.location), ("participant", SCHEMA.attendee),
        ("participatingAgency", SCHEMA.attendee), ("topic", SCHEMA.about), ("holder", ORG.member),
        ("chairedBody", ORG.organization), ("title", SCHEMA.jobTitle), ("memberOf", ORG.memberOf),
        ("parentAgency", ORG.subOrganizationOf), ("evidence", PROV.wasDerivedFrom),
        ("inRelease", PROV.wasDerivedFrom),
    ],
)
def test_property_alignments(ontology: rdflib.Graph, sub: str, sup: URIRef) -> None:
    assert (COOP[sub], RDFS.subPropertyOf, sup) in ontology
    kind = ontology.value(COOP[sub], RDF.type)
    assert (sup, RDF.type, kind) in ontology, "a super-property must be of the same kind (object/datatype)"


@pytest.mark.parametrize(
    ("prop", "domain", "range_"),
    [
        ("publicationDate", COOP.Release, XSD.date), ("status", COOP.Meeting, COOP.MeetingStatus),
        ("location", COOP.Meeting, COOP.Place), ("participant", COOP.Meeting, COOP.Person),
        ("participatingAgency", COOP.Meeting, COOP.Agency), ("participatingCountry", COOP.Meeting, COOP.Country),
        ("topic", COOP.Meeting, COOP.CrimeArea), ("chairedBody", COOP.Chairmanship, COOP.Agency),
        ("title", COOP.Person, XSD.string), ("memberOf", COOP.Person, COOP.Agency),
        ("inRelease", COOP.TextSpan, COOP.Release), ("beginIndex", COOP.TextSpan, XSD.nonNegativeInteger),
    ],
)
def test_domains_and_ranges(ontology: rdflib.Graph, prop: str, domain: URIRef, range_: URIRef) -> None:
    assert ontology.value(COOP[prop], RDFS.domain) == domain
    assert ontology.value(COOP[prop], RDFS.range) == range_


@pytest.mark.parametrize("prop", ["reportedIn", "startDate", "endDate", "country", "evidence"])
def test_union_domains_are_annotations_only(ontology: rdflib.Graph, prop: str) -> None:
    """These apply to several classes: OWL RL cannot state a union domain, so it is only annotated."""
    assert ontology.value(COOP[prop], RDFS.domain) is None
    assert len(list(ontology.objects(COOP[prop], SCHEMA.domainIncludes))) >= 2


def test_datatype_properties_have_datatype_ranges(ontology: rdflib.Graph) -> None:
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        for range_ in ontology.objects(prop, RDFS.range):
            assert str(range_).startswith(str(XSD)), f"{prop} has non-datatype range {range_}"
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        for range_ in ontology.objects(prop, RDFS.range):
            assert (range_, RDF.type, OWL.Class) in ontology, f"{prop} has undeclared range {range_}"


def test_no_term_is_both_object_and_datatype_property(ontology: rdflib.Graph) -> None:
    both = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) & set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty))
    assert not both


def test_rl_profile(ontology: rdflib.Graph) -> None:
    """No construct outside OWL 2 RL; domains, ranges and superclasses are named classes."""
    used = {t for triple in ontology for t in triple}
    assert not used & set(NON_RL_TERMS)
    for predicate in (RDFS.domain, RDFS.range):
        for _prop, cls in ontology.subject_objects(predicate):
            assert isinstance(cls, URIRef), f"{predicate} must be a named class in RL, got {cls!r}"
    for _sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if not isinstance(sup, URIRef):  # only owl:hasValue restrictions, allowed as RL superclasses
            assert ontology.value(sup, OWL.hasValue) is not None
    assert not list(ontology.subjects(RDF.type, OWL.FunctionalProperty)), \
        "cardinalities belong in the SHACL shapes (functional properties would make owlrl equate values)"


def test_ontology_is_consistent_under_owl_rl(ontology: rdflib.Graph) -> None:
    import owlrl

    closure = rdflib.Graph()
    for triple in ontology:
        closure.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
    errors = list(closure.objects(None, URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")))
    assert not errors


def test_every_coop_term_of_the_shapes_is_declared(ontology: rdflib.Graph) -> None:
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    used = _coop_terms(shapes)
    # terms inside SPARQL constraint texts too
    for text in shapes.objects(None, SH.select):
        used |= {COOP[name] for name in _names_in_sparql(str(text))}
    undeclared = sorted(t for t in used if not set(ontology.objects(t, RDF.type)) & DECLARATION_TYPES)
    assert not undeclared
    assert COOP.startDate in used  # the SPARQL scan found something


def test_every_coop_term_of_the_reference_data_is_declared(ontology: rdflib.Graph) -> None:
    used: set[URIRef] = set()
    for path in reference_paths():
        used |= _coop_terms(rdflib.Graph().parse(path, format="turtle"))
    undeclared = sorted(t for t in used if not set(ontology.objects(t, RDF.type)) & DECLARATION_TYPES)
    assert not undeclared


def _names_in_sparql(text: str) -> set[str]:
    import re

    return set(re.findall(r"\bcoop:([A-Za-z][A-Za-z0-9]*)", text))
