"""The benchmark's release generator: deterministic, well-formed, and its planted facts are extractable.

No timing here: the benchmark itself is ``python -m benchmarks run`` (see ``benchmarks/README.md``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.generator import generate_corpus, generate_release, iter_releases, load_pools
from coopkg.pipeline import build
from coopkg.reader import read_releases

_HEADER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\b")


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    first = [r.text for r in iter_releases(20, seed=5)]
    assert first == [r.text for r in iter_releases(20, seed=5)]
    assert first != [r.text for r in iter_releases(20, seed=6)]
    # release i does not depend on the corpus size: a small corpus is a prefix of a big one
    assert generate_release(3, load_pools(), seed=5).text == first[3]


def test_generate_writes_n_files_with_valid_headers(tmp_path: Path) -> None:
    count = generate_corpus(40, tmp_path / "out", seed=2, manifest=tmp_path / "planted.jsonl")
    files = sorted((tmp_path / "out").glob("*.txt"))
    assert count == 40 and len(files) == 40
    assert len((tmp_path / "planted.jsonl").read_text().splitlines()) == 40
    dated = 0
    for release, path in zip(iter_releases(40, seed=2), files, strict=True):
        text = path.read_text(encoding="utf-8")
        assert path.name == release.filename
        match = _HEADER.match(text)
        if match:
            dated += 1
            assert match.group(1) == release.facts.publication_date
        else:
            assert release.facts.publication_date is None
    assert dated >= 30  # most files carry the header
    # and the reader agrees on every publication date
    for release in read_releases([tmp_path / "out"]):
        planted = generate_release(int(release.identifier.split("-")[1]), seed=2).facts.publication_date
        assert (release.publication_date.isoformat() if release.publication_date else None) == planted


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("releases")
    releases = list(iter_releases(50, seed=11))
    for release in releases:
        (folder / release.filename).write_text(release.text, encoding="utf-8")
    result = build([folder])
    return releases, {facts.release.identifier: facts for facts in result.facts}


def test_a_smaller_corpus_replaces_a_larger_one_and_a_count_below_one_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate_corpus(12, out, seed=1)
    (out / "notes.md").write_text("mine", encoding="utf-8")
    generate_corpus(5, out, seed=1)
    assert sorted(p.name for p in out.iterdir()) == ["notes.md", *(f"syn-{i:06d}.txt" for i in range(5))]
    with pytest.raises(ValueError, match="at least 1"):
        generate_corpus(-3, out)


def test_build_finds_the_planted_meetings(built) -> None:  # type: ignore[no-untyped-def]
    releases, extracted = built
    planted = found = 0
    for release in releases:
        meetings = extracted[release.identifier].meetings
        for meeting in release.facts.meetings:
            planted += 1
            found += any(m.status == meeting.status and m.place == meeting.place for m in meetings)
    assert planted >= 50
    assert found / planted >= 0.9


def test_build_finds_the_planted_persons_and_chairmanships(built) -> None:  # type: ignore[no-untyped-def]
    releases, extracted = built
    persons = [(r.identifier, p) for r in releases for p in r.facts.persons]
    found = sum(p in extracted[rid].persons for rid, p in persons)
    assert found / len(persons) >= 0.9
    chairs = [(r.identifier, c) for r in releases for c in r.facts.chairmanships]
    assert chairs
    found = sum(any(x.holder == c.holder and x.body == c.body for x in extracted[rid].chairmanships)
                for rid, c in chairs)
    assert found / len(chairs) >= 0.9
