"""The whole journey in one call: release files → facts → graph (→ entailments)."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from rdflib import RDF, Dataset

from .extractor import extract
from .facts import Release, ReleaseFacts
from .gazetteer import load_gazetteer
from .mapping import COOP, to_dataset
from .reader import read_releases

__all__ = ["BuildResult", "build", "extract_all"]


@dataclass
class BuildResult:
    """A built graph and the figures of its summary line."""

    dataset: Dataset
    facts: list[ReleaseFacts]
    seconds: float

    @property
    def releases(self) -> int:
        return len(self.facts)

    @property
    def meetings(self) -> int:
        return sum(len(f.meetings) for f in self.facts)

    @property
    def chairmanships(self) -> int:
        return sum(len(f.chairmanships) for f in self.facts)

    @property
    def triples(self) -> int:
        return len({(s, p, o) for s, p, o, _g in self.dataset.quads((None, None, None, None))})

    def count(self, cls_local_name: str) -> int:
        return len(set(self.dataset.subjects(RDF.type, COOP[cls_local_name])))


#: Below this many releases one process is faster than starting workers (each loads the gazetteer).
PARALLEL_THRESHOLD = 200


def _extract_one(release: Release) -> ReleaseFacts:
    return extract(release, load_gazetteer())


def extract_all(paths: Iterable[str | os.PathLike[str]], workers: int | None = None) -> list[ReleaseFacts]:
    """Read and extract every release under ``paths``, on all cores when there are many.

    Releases are independent, so extraction spreads over worker processes; the facts come back in
    the input order, so the output does not depend on the number of workers.
    """
    releases = read_releases(paths)
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(releases) < PARALLEL_THRESHOLD:
        gazetteer = load_gazetteer()
        return [extract(release, gazetteer) for release in releases]
    with ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_extract_one, releases, chunksize=32))


def build(paths: Iterable[str | os.PathLike[str]], infer: bool = False, workers: int | None = None,
          engine: str = "compiled") -> BuildResult:
    """Build the graph of the releases under ``paths``; with ``infer`` add the OWL RL entailments.

    ``engine`` chooses the reasoner (see :func:`coopkg.reasoning.infer`): ``compiled`` or ``owlrl``.
    """
    started = time.perf_counter()
    facts = extract_all(paths, workers)
    dataset = to_dataset(facts)
    if infer:
        from .reasoning import infer as owl_rl

        dataset = owl_rl(dataset, engine=engine)
    return BuildResult(dataset, facts, time.perf_counter() - started)
