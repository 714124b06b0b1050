"""coopkg: a knowledge graph of international law-enforcement cooperation, built from press releases.

The journey, one module per stage::

    read_releases → extract → to_dataset → (infer) → validate / write_graph / run_query

>>> from coopkg import parse_release, extract
>>> facts = extract(parse_release("r1", "date 2021-03-04\\nToday in Minsk, the Minister of Internal "
...     "Affairs of the Russian Federation Ivan Petrov held talks with the Minister of Internal Affairs "
...     "of the Republic of Belarus Pavel Sidorov."))
>>> [(m.status, m.start.isoformat(), m.place) for m in facts.meetings]
[('held', '2021-03-04', 'Minsk')]
>>> sorted(facts.persons)
['Ivan Petrov', 'Pavel Sidorov']

Names are imported lazily so that ``coopkg --help`` does not pay for rdflib, pyshacl or owlrl.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "CoopkgError": "errors",
    "InputError": "errors",
    "Release": "facts",
    "ReleaseFacts": "facts",
    "Meeting": "facts",
    "Chairmanship": "facts",
    "PersonFact": "facts",
    "AgencyFact": "facts",
    "Span": "facts",
    "read_releases": "reader",
    "read_release": "reader",
    "parse_release": "reader",
    "extract": "extractor",
    "EXTRACTOR_VERSION": "extractor",
    "to_dataset": "mapping",
    "build": "pipeline",
    "BuildResult": "pipeline",
    "load_graph": "graphio",
    "serialize": "graphio",
    "write_graph": "graphio",
    "infer": "reasoning",
    "validate": "validation",
    "ValidationReport": "validation",
    "run_query": "query",
    "QueryGraph": "query",
    "build_file": "pipeline",
    "format_results": "query",
    "KnowledgeStore": "store",
    "AddResult": "store",
}

__all__ = [
    "EXTRACTOR_VERSION",
    "AddResult",
    "AgencyFact",
    "BuildResult",
    "Chairmanship",
    "CoopkgError",
    "InputError",
    "KnowledgeStore",
    "Meeting",
    "PersonFact",
    "QueryGraph",
    "Release",
    "ReleaseFacts",
    "Span",
    "ValidationReport",
    "__version__",
    "build",
    "build_file",
    "extract",
    "format_results",
    "infer",
    "load_graph",
    "parse_release",
    "read_release",
    "read_releases",
    "run_query",
    "serialize",
    "to_dataset",
    "validate",
    "write_graph",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .errors import CoopkgError, InputError
    from .extractor import EXTRACTOR_VERSION, extract
    from .facts import AgencyFact, Chairmanship, Meeting, PersonFact, Release, ReleaseFacts, Span
    from .graphio import load_graph, serialize, write_graph
    from .mapping import to_dataset
    from .pipeline import BuildResult, build, build_file
    from .query import QueryGraph, format_results, run_query
    from .reader import parse_release, read_release, read_releases
    from .reasoning import infer
    from .store import AddResult, KnowledgeStore
    from .validation import ValidationReport, validate


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'coopkg' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
