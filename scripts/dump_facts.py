"""Print the facts extracted from release files (a debugging aid: no RDF involved).

    python scripts/dump_facts.py ../shared/dev/releases/dev-001.txt
"""

from __future__ import annotations

import sys

from coopkg.extractor import extract
from coopkg.reader import read_releases


def main(argv: list[str]) -> int:
    for release in read_releases(argv):
        facts = extract(release)
        print(f"== {release.identifier} date={release.publication_date}")
        for m in facts.meetings:
            print(f"  M {m.status} {m.start} {m.end} place={m.place} persons={m.participants}")
            print(f"      agencies={m.agencies}")
            print(f"      countries={m.countries} topics={m.topics}")
        for c in facts.chairmanships:
            print(f"  C {c.holder} ({c.holder_kind}) chairs {c.body} {c.start}..{c.end}")
        for p in facts.persons.values():
            print(f"  P {p.name} | {p.title} | {p.agency} | {p.country}")
        for a in facts.agencies.values():
            print(f"  A {a.name} | {sorted(a.aliases)} | {a.country} | ref={bool(a.reference)}")
        print(f"  CA {sorted(facts.crime_areas)}  places={sorted(facts.places)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
