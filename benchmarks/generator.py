"""Synthetic press releases for benchmarking, written from templates in the genre's style.

The releases imitate the English news pages of the Russian Ministry of Internal Affairs on international
police cooperation (see ``../shared/dev/releases``): bilateral talks between ministers, multilateral
sessions over a range of days, planned meetings, chairmanships taken over or handed on, and discussion
paragraphs naming crime areas. Countries, cities and agencies come from the project's reference data
(``data/*.ttl``); persons are invented by combining first names and surnames. **Everything is fictional.**

Generation is deterministic for a seed: release ``i`` depends only on ``(seed, i)``, so any prefix of a
100k corpus equals the smaller corpus with the same seed. Each release comes with the facts that were
planted in it (:class:`PlantedFacts`), so tests can check the extractor finds them.

>>> pools = load_pools()
>>> a, b = generate_release(7, pools, seed=1), generate_release(7, pools, seed=1)
>>> a.text == b.text and a.identifier == "syn-000007"
True
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

__all__ = [
    "GeneratedRelease",
    "NamePools",
    "PlantedChairmanship",
    "PlantedFacts",
    "PlantedMeeting",
    "generate_corpus",
    "generate_release",
    "iter_releases",
    "load_pools",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_COOP = "https://w3id.org/coopkg/ontology#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# ------------------------------------------------------------------------------------------ name pools

_FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "russian": ("Alexander", "Sergei", "Dmitry", "Andrei", "Mikhail", "Igor", "Oleg", "Viktor", "Nikolai",
                "Pavel", "Yuri", "Konstantin", "Vladimir", "Alexei", "Denis", "Gennady", "Irina", "Elena",
                "Tatiana", "Olga", "Yulia", "Natalia", "Maxim", "Roman", "Vadim", "Boris", "Anatoly"),
    "central_asian": ("Nurlan", "Bakhtiyar", "Erlan", "Rustam", "Timur", "Askar", "Sherzod", "Farrukh",
                      "Kairat", "Bakyt", "Ulugbek", "Dilshod", "Murat", "Azamat", "Daniyar", "Aibek",
                      "Saltanat", "Gulnara", "Jamshid", "Rakhmon", "Bekzhan"),
    "european": ("Thomas", "Markus", "Jan", "Pierre", "Luca", "Marco", "Jens", "Lars", "Mikael", "Stefan",
                 "Andreas", "Tomasz", "Piotr", "Janis", "Kristjan", "Matti", "Antonio", "Carlos", "Miguel",
                 "Petr", "Milan", "Dragan", "Ana", "Eva", "Katrin", "Sofia", "Henrik", "Martin", "Paolo"),
    "chinese": ("Wei", "Jun", "Ming", "Hao", "Lei", "Jian", "Qiang", "Yong", "Bo", "Tao", "Xiaoming",
                "Zhiwei", "Guoqiang", "Haitao", "Li"),
    "vietnamese": ("Minh", "Tuan", "Hung", "Dung", "Quang", "Thanh", "Long", "Hai"),
    "south_asian": ("Rajesh", "Amit", "Sanjay", "Vikram", "Anil", "Suresh", "Arjun", "Rahul", "Priya"),
    "caucasian": ("Giorgi", "Levan", "Davit", "Armen", "Tigran", "Vagif", "Elchin", "Ramil", "Zurab"),
    "latin": ("Jose", "Juan", "Luis", "Raul", "Alejandro", "Jorge", "Ricardo", "Fernando", "Mario"),
    "arabic": ("Ahmed", "Mohammed", "Omar", "Khalid", "Youssef", "Hassan", "Ali", "Tariq", "Saeed"),
}
_SURNAMES: dict[str, tuple[str, ...]] = {
    "russian": ("Volkov", "Sokolov", "Morozov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Belov",
                "Zaitsev", "Pavlov", "Semenov", "Golubev", "Vinogradov", "Bogdanov", "Vorobyov", "Fedorov",
                "Mikhailov", "Tarasov", "Belyaev", "Komarov", "Kiselev", "Makarov", "Andreev", "Kovalev",
                "Ilyin", "Gusev", "Titov", "Kuzmin", "Kudryavtsev", "Baranov", "Kulikov", "Alekseev",
                "Stepanov", "Yakovlev", "Sorokin", "Sergeev", "Romanov", "Zakharov", "Borisov", "Korolev"),
    "central_asian": ("Nurmagambetov", "Tokayev", "Abdullayev", "Karimov", "Rakhimov", "Yusupov", "Sultanov",
                      "Akhmetov", "Zhumabayev", "Mirzoyev", "Tursunov", "Ismoilov", "Bekmuratov",
                      "Dzhaksybekov", "Aliyev", "Kadyrov", "Nazarov", "Usmonov", "Sadykov", "Beishenaliev"),
    "european": ("Muller", "Schneider", "Fischer", "Weber", "Dubois", "Moreau", "Rossi", "Bianchi",
                 "Nielsen", "Andersson", "Johansson", "Virtanen", "Korhonen", "Kowalski", "Nowak",
                 "Tamm", "Ozols", "Kazlauskas", "Novak", "Horvat", "Petrovic", "Jovanovic", "Garcia",
                 "Fernandez", "Lindqvist", "Hansen", "Berg", "Bauer", "Wagner", "Ricci"),
    "chinese": ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun", "Ma",
                "Zhu", "Hu", "Guo", "Lin", "He", "Gao"),
    "vietnamese": ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang"),
    "south_asian": ("Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Reddy", "Nair", "Mehta"),
    "caucasian": ("Beridze", "Kapanadze", "Gelashvili", "Hakobyan", "Grigoryan", "Mammadov", "Huseynov",
                  "Hasanov", "Lomidze"),
    "latin": ("Rodriguez", "Gonzalez", "Martinez", "Lopez", "Perez", "Sanchez", "Ramirez", "Torres",
              "Flores", "Castillo"),
    "arabic": ("Al-Hashimi", "Al-Mansouri", "Haddad", "Khoury", "Nasser", "Al-Farsi", "Mansour", "Saleh"),
}
_NAME_GROUP_OF_COUNTRY: dict[str, str] = {
    "russia": "russian", "belarus": "russian", "ukraine": "russian", "moldova": "european",
    "kazakhstan": "central_asian", "uzbekistan": "central_asian", "kyrgyzstan": "central_asian",
    "tajikistan": "central_asian", "turkmenistan": "central_asian", "china": "chinese", "vietnam": "vietnamese",
    "laos": "vietnamese", "india": "south_asian", "georgia": "caucasian", "armenia": "caucasian",
    "azerbaijan": "caucasian", "cuba": "latin", "nicaragua": "latin", "spain": "latin",
    "malaysia": "south_asian", "singapore": "chinese", "myanmar": "vietnamese",
}

#: Ranks written before a Russian official's name, as in the releases.
_RANKS = ("Police Major General", "Police Lieutenant-General", "Police Colonel", "Major General of Police",
          "Lieutenant General of Police", "Police Colonel General")

#: Russian units whose chiefs open sessions (names as in ``data/agencies.ttl``).
_RUSSIAN_UNITS = ("Department of International Cooperation of the MIA of Russia",
                  "Main Directorate for Drug Control of the MIA of Russia",
                  "Main Directorate for Migration Affairs of the MIA of Russia",
                  "Main Directorate for Combating Extremism of the MIA of Russia",
                  "National Central Bureau of Interpol of the MIA of Russia")

#: International bodies for multilateral sessions and chairmanships (canonical names in ``agencies.ttl``),
#: with the short form used on second mention and the member states that may attend or chair.
_BODIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Council of Ministers of Internal Affairs of the CIS Member States", "Council",
     ("armenia", "azerbaijan", "belarus", "kazakhstan", "kyrgyzstan", "moldova", "tajikistan",
      "turkmenistan", "uzbekistan")),
    ("Baltic Sea Task Force on Organized Crime", "Task Force",
     ("denmark", "estonia", "finland", "germany", "latvia", "lithuania", "norway", "poland", "sweden")),
    ("Coordinating Council of the Heads of Competent Authorities for Countering Illicit Drug Trafficking of "
     "the CSTO Member States", "Coordinating Council",
     ("armenia", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan")),
    ("Coordinating Council of the Heads of Competent Authorities of the CSTO Member States on Countering "
     "Illegal Migration", "Coordinating Council",
     ("armenia", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan")),
    ("BRICS Anti-Drug Working Group", "Working Group", ("brazil", "india", "china", "south-africa")),
    ("Council of the Baltic Sea States", "CBSS",
     ("denmark", "estonia", "finland", "germany", "latvia", "lithuania", "norway", "poland", "sweden",
      "iceland")),
)

#: Discussion phrases per crime-area id, in the releases' wording.
_CRIME_PHRASES: dict[str, tuple[str, ...]] = {
    "organized-crime": ("transnational organized crime", "organized crime"),
    "drug-trafficking": ("illicit drug trafficking", "drug trafficking"),
    "illegal-migration": ("illegal migration",),
    "terrorism": ("terrorism", "international terrorism"),
    "extremism": ("extremism",),
    "cybercrime": ("cybercrime", "crimes committed with the use of information and communication technologies"),
    "human-trafficking": ("human trafficking", "trafficking in human beings"),
    "money-laundering": ("money laundering", "the laundering of criminal proceeds"),
    "economic-crime": ("economic crimes",),
    "corruption": ("corruption",),
    "vehicle-theft": ("vehicle theft", "the theft of motor vehicles"),
    "arms-trafficking": ("illicit arms trafficking",),
    "smuggling": ("smuggling",),
    "road-safety": ("road safety",),
}


@dataclass(frozen=True)
class Country:
    slug: str
    label: str
    formal: str  # "the Republic of Serbia", "Montenegro", "the Kingdom of Spain"
    ministry: str | None  # canonical name of its interior ministry in agencies.ttl
    cities: tuple[str, ...]


@dataclass(frozen=True)
class NamePools:
    """What the templates draw from: parsed once from ``data/*.ttl``."""

    partners: tuple[Country, ...]  # countries with an interior ministry and at least one city
    countries: dict[str, Country]
    russian_cities: tuple[str, ...]
    bodies: tuple[tuple[str, str, tuple[str, ...]], ...]
    units: tuple[str, ...]


@dataclass
class PlantedMeeting:
    status: str  # "held" | "planned"
    place: str | None
    start: str | None  # ISO date, None when only a month is given
    end: str | None = None
    participants: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@dataclass
class PlantedChairmanship:
    holder: str  # country label
    body: str  # agency canonical name
    start: str | None
    end: str | None


@dataclass
class PlantedFacts:
    """What a perfect extractor should find in the release (a subset of all it could find)."""

    kind: str
    publication_date: str | None
    meetings: list[PlantedMeeting] = field(default_factory=list)
    chairmanships: list[PlantedChairmanship] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    crime_areas: list[str] = field(default_factory=list)


@dataclass
class GeneratedRelease:
    identifier: str
    text: str
    facts: PlantedFacts

    @property
    def filename(self) -> str:
        return self.identifier + ".txt"


def _parse_turtle(path: Path) -> list[tuple[str, str, str]]:
    import rdflib

    graph = rdflib.Graph().parse(path, format="turtle")
    return [(str(s), str(p), str(o)) for s, p, o in graph]


def _formal_name(label: str, alt_labels: list[str]) -> str:
    """The long official form, e.g. "the Republic of Serbia", when the data has one."""
    for alt in sorted(alt_labels, key=len):
        if alt.startswith(("Republic of ", "Kingdom of ", "Federal Republic of ", "Socialist Republic of ",
                           "People's Republic of ", "Slovak Republic", "Italian Republic", "French Republic",
                           "Czech Republic", "Kyrgyz Republic", "Republic of the Union of ",
                           "United Mexican States", "Federative Republic of ")):
            return "the " + alt
    return label


@cache
def load_pools(data_dir: Path = DATA_DIR) -> NamePools:
    """Countries, cities, ministries and bodies from the reference data (parsed once)."""
    labels: dict[str, str] = {}
    alts: dict[str, list[str]] = {}
    country_of: dict[str, str] = {}
    types: dict[str, str] = {}
    for name in ("countries.ttl", "places.ttl", "agencies.ttl"):
        for s, p, o in _parse_turtle(data_dir / name):
            if p == _RDFS_LABEL:
                labels[s] = o
            elif p == _SKOS_ALT:
                alts.setdefault(s, []).append(o)
            elif p == _COOP + "country":
                country_of[s] = o.rsplit("/", 1)[1]
            elif p.endswith("#type") and o.startswith(_COOP):
                types[s] = o[len(_COOP):]
    cities: dict[str, list[str]] = {}
    ministries: dict[str, str] = {}
    agency_names = set()
    for iri, kind in types.items():
        if kind == "Place" and iri in country_of:
            cities.setdefault(country_of[iri], []).append(labels[iri])
        elif kind == "Agency":
            agency_names.add(labels.get(iri, ""))
            label = labels.get(iri, "")
            country = country_of.get(iri)
            if country and country != "russia" and label.startswith(
                    ("Ministry of the Interior of ", "Ministry of Internal Affairs of ", "Ministry of Public Security",
                     "Ministry of Home Affairs of ", "Federal Ministry of the Interior of ")):
                ministries.setdefault(country, label)
    countries: dict[str, Country] = {}
    for iri, kind in sorted(types.items()):
        if kind != "Country":
            continue
        slug = iri.rsplit("/", 1)[1]
        countries[slug] = Country(slug, labels[iri], _formal_name(labels[iri], alts.get(iri, [])),
                                  ministries.get(slug), tuple(sorted(cities.get(slug, []))))
    partners = tuple(c for c in countries.values() if c.ministry and c.cities and c.slug != "russia")
    bodies = tuple(b for b in _BODIES if b[0] in agency_names)
    units = tuple(u for u in _RUSSIAN_UNITS if u in agency_names) or ("MIA of Russia",)
    russian = tuple(c for c in countries["russia"].cities
                    if c in ("Moscow", "Saint Petersburg", "Kazan", "Sochi", "Kaliningrad", "Yekaterinburg",
                             "Novosibirsk", "Vladivostok", "Nizhny Novgorod", "Rostov-on-Don", "Samara",
                             "Krasnodar", "Murmansk", "Petrozavodsk", "Irkutsk", "Khabarovsk"))
    return NamePools(partners, countries, russian or countries["russia"].cities[:10], bodies, units)


# ------------------------------------------------------------------------------------------- helpers


_FEMALE = frozenset(("Irina", "Elena", "Tatiana", "Olga", "Yulia", "Natalia", "Saltanat", "Gulnara", "Ana", "Eva",
                     "Katrin", "Sofia", "Priya"))


def _person(rng: random.Random, country: str) -> str:
    group = _NAME_GROUP_OF_COUNTRY.get(country, "european")
    first, last = rng.choice(_FIRST_NAMES[group]), rng.choice(_SURNAMES[group])
    if first in _FEMALE and group in ("russian", "central_asian") and last.endswith(("ov", "ev", "in")):
        last += "a"  # Sokolova, Akhmetova, Ilyina
    return f"{first} {last}"


def _officeholder(country: str, office: str, published: date) -> str:
    """The person holding ``office`` in ``country`` when the release was published.

    Offices change hands every two years, so a name keeps its title and agency across the releases
    of a term, as in the real archive. (Drawing every name afresh would give the 100k corpus "persons"
    with a hundred titles, and joins over titles that explode.)
    """
    term = published.year // 2
    return _person(random.Random(f"coopkg-bench:person:{country}:{office}:{term}"), country)


def _minister_title(ministry: str) -> str:
    """"Ministry of the Interior of the Republic of Serbia" → "Minister of the Interior of ..."."""
    return ministry.replace("Ministry", "Minister", 1)


def _long(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _crime_sentence(rng: random.Random, areas: list[str]) -> str:
    phrases = [rng.choice(_CRIME_PHRASES[a]) for a in areas]
    listed = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
    return rng.choice((
        f"The parties discussed cooperation in countering {listed}.",
        f"The heads of the agencies reviewed the state of cooperation in combating {listed}.",
        f"Particular emphasis was placed on such pressing issues as {listed}.",
        f"The participants exchanged views on the situation with {listed} and agreed to step up the "
        "exchange of operational information.",
    ))


_FILLER = (
    "The parties noted the constructive and trusting nature of the dialogue between the law enforcement "
    "agencies of the two countries.",
    "The sides agreed to continue the practice of regular consultations at the level of experts.",
    "Following the talks, the parties signed a Plan of Cooperation between the ministries for the next "
    "three years.",
    "Special attention was paid to the training of personnel and the exchange of best practices.",
    "It was noted that the exchange of information through liaison officers has proved its effectiveness.",
)


def _header(rng: random.Random, published: date) -> tuple[str, bool]:
    """The ``date YYYY-MM-DD`` header in one of the forms the real files use (absent for ~10%)."""
    roll = rng.random()
    iso = published.isoformat()
    if roll < 0.10:
        return "", False
    if roll < 0.75:
        return f"date {iso}\n", True
    if roll < 0.90:
        return f"\n\ndate {iso}\n", True
    return f" date {iso} ", True


# ------------------------------------------------------------------------------------------ templates


def _bilateral(rng: random.Random, pools: NamePools, published: date) -> tuple[list[str], PlantedFacts]:
    partner = rng.choice(pools.partners)
    assert partner.ministry is not None
    russian = _officeholder("russia", "minister", published)
    foreign = _officeholder(partner.slug, "minister", published)
    home = rng.random() < 0.6
    city = rng.choice(pools.russian_cities) if home else rng.choice(partner.cities)
    areas = rng.sample(sorted(_CRIME_PHRASES), rng.randint(2, 4))
    opener = (f"Today in {city}, the Minister of Internal Affairs of the Russian Federation, General of the "
              f"Police of the Russian Federation {russian}, held talks with the "
              f"{_minister_title(partner.ministry)} {foreign}.")
    paragraphs = [
        opener,
        f"Opening the meeting, {russian} noted that the police services of Russia and {partner.label} have "
        "worked side by side for many years and that the dialogue between the ministries has always been "
        "frank and constructive.",
        _crime_sentence(rng, areas) + " " + rng.choice(_FILLER),
    ]
    meetings = [PlantedMeeting("held", city, published.isoformat(), None, [russian, foreign],
                               ["Russia", partner.label], areas)]
    if rng.random() < 0.5:
        nxt = published + timedelta(days=rng.randint(120, 400))
        next_city = rng.choice(partner.cities) if home else rng.choice(pools.russian_cities)
        paragraphs.append(f"The parties agreed that the next meeting will be held in {next_city} in "
                          f"{_MONTHS[nxt.month - 1]} {nxt.year}.")
        meetings.append(PlantedMeeting("planned", next_city, None))
    return paragraphs, PlantedFacts("bilateral", published.isoformat(), meetings, [], [russian, foreign],
                                    areas)


def _multilateral(rng: random.Random, pools: NamePools, published: date) -> tuple[list[str], PlantedFacts]:
    body, short, members = rng.choice(pools.bodies)
    members = tuple(m for m in members if m in pools.countries)
    attending = sorted(rng.sample(members, min(len(members), rng.randint(3, 6))))
    labels = [pools.countries[m].label for m in attending] + ["Russia"]
    labels.sort()
    city = rng.choice(pools.russian_cities) if rng.random() < 0.5 else rng.choice(
        [c for m in attending for c in pools.countries[m].cities] or list(pools.russian_cities))
    end = published - timedelta(days=rng.randint(0, 2))
    start = end - timedelta(days=rng.randint(1, 2))
    if start.month == end.month:
        when = f"On {start.day}–{end.day} {_MONTHS[end.month - 1]}"
    else:
        when = f"From {_MONTHS[start.month - 1]} {start.day} to {_MONTHS[end.month - 1]} {end.day}"
    unit = rng.choice(pools.units)
    chief = _officeholder("russia", f"chief of {unit}", published)
    areas = rng.sample(sorted(_CRIME_PHRASES), rng.randint(2, 4))
    paragraphs = [
        f"{when}, {city} hosted a meeting of the {body}.",
        "Delegations of law enforcement agencies of " + ", ".join(labels[:-1]) + " and " + labels[-1]
        + " took part in the meeting.",
        f"The meeting was opened by {rng.choice(_RANKS)} {chief}, Chief of the {unit}.",
        _crime_sentence(rng, areas),
    ]
    facts = PlantedFacts("multilateral", published.isoformat(),
                         [PlantedMeeting("held", city, start.isoformat(), end.isoformat(), [chief], labels, areas)],
                         [], [chief], areas)
    if rng.random() < 0.6:
        holder = pools.countries[rng.choice(attending)]
        year = end.year + 1
        chair_start, chair_end = date(year, 1, 1), date(year, 12, 31)
        if rng.random() < 0.5:
            sentence = (f"{holder.formal[0].upper() + holder.formal[1:]} has the chairmanship in the {short} "
                        f"from {_long(chair_start)}, to {_long(chair_end)}.")
        else:
            sentence = (f"The delegates noted that the chairmanship in the {short} passed from the Russian "
                        f"Federation to {holder.formal} from {_long(chair_start)}, to {_long(chair_end)}.")
        paragraphs.append(sentence)
        facts.chairmanships.append(PlantedChairmanship(holder.label, body, chair_start.isoformat(),
                                                       chair_end.isoformat()))
    if rng.random() < 0.5:
        nxt = published + timedelta(days=rng.randint(150, 300))
        next_city = rng.choice(pools.russian_cities)
        paragraphs.append(f"The next meeting of the {short} will be held in {next_city} in "
                          f"{_MONTHS[nxt.month - 1]} {nxt.year}.")
        facts.meetings.append(PlantedMeeting("planned", next_city, None))
    return paragraphs, facts


def _working(rng: random.Random, pools: NamePools, published: date) -> tuple[list[str], PlantedFacts]:
    partner = rng.choice(pools.partners)
    assert partner.ministry is not None
    deputy = _officeholder("russia", f"deputy minister {rng.randint(1, 4)}", published)
    guest = _officeholder(partner.slug, f"deputy minister {rng.randint(1, 2)}", published)
    held = published - timedelta(days=rng.randint(0, 3))
    areas = rng.sample(sorted(_CRIME_PHRASES), rng.randint(1, 3))
    paragraphs = [
        f"On {_MONTHS[held.month - 1]} {held.day}, in Moscow, Deputy Minister of Internal Affairs of the Russian "
        f"Federation {rng.choice(_RANKS)} {deputy} held a working meeting with the delegation of the "
        f"{partner.ministry} headed by Deputy {_minister_title(partner.ministry)} {guest}.",
        _crime_sentence(rng, areas),
        rng.choice(_FILLER),
    ]
    return paragraphs, PlantedFacts("working", published.isoformat(),
                                    [PlantedMeeting("held", "Moscow", held.isoformat(), None, [deputy, guest],
                                                    ["Russia", partner.label], areas)],
                                    [], [deputy, guest], areas)


_TEMPLATES = ((_bilateral, 0.45), (_multilateral, 0.35), (_working, 0.20))


def generate_release(index: int, pools: NamePools | None = None, seed: int = 0) -> GeneratedRelease:
    """Release number ``index`` of the corpus for ``seed`` (independent of every other index)."""
    pools = pools or load_pools()
    rng = random.Random(f"coopkg-bench:{seed}:{index}")
    published = date(2012, 1, 10) + timedelta(days=rng.randint(0, 13 * 365))
    template = rng.choices([t for t, _w in _TEMPLATES], weights=[w for _t, w in _TEMPLATES])[0]
    paragraphs, facts = template(rng, pools, published)
    header, dated = _header(rng, published)
    if not dated:
        facts.publication_date = None
        for meeting in facts.meetings:  # "Today" means nothing without a publication date
            if meeting.status == "held" and facts.kind == "bilateral":
                meeting.start = None
    return GeneratedRelease(f"syn-{index:06d}", header + "\n\n".join(paragraphs) + "\n", facts)


def iter_releases(count: int, seed: int = 0) -> Iterator[GeneratedRelease]:
    pools = load_pools()
    for index in range(count):
        yield generate_release(index, pools, seed)


def generate_corpus(count: int, out: str | Path, seed: int = 0, manifest: str | Path | None = None) -> int:
    """Write ``count`` releases to ``out`` (``syn-NNNNNN.txt``); optionally the planted facts as JSON lines.

    The folder's earlier ``syn-*.txt`` files are removed first (other files are left alone).

    :return: the number of files written.
    """
    if count < 1:
        raise ValueError(f"count must be at least 1, not {count}")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("syn-*.txt"):  # an earlier, larger corpus must not linger in this one
        stale.unlink()
    sink = open(manifest, "w", encoding="utf-8") if manifest else None  # noqa: SIM115
    try:
        for release in iter_releases(count, seed):
            (folder / release.filename).write_text(release.text, encoding="utf-8")
            if sink:
                sink.write(json.dumps({"id": release.identifier, **asdict(release.facts)}) + "\n")
    finally:
        if sink:
            sink.close()
    return count
