"""Date expressions of the genre, resolved against the publication date.

"May 3-6, 2016", "on 14–16 October 2019", "November 30 – December 1", "the 21st of May",
"from 6 to 9 November 2018", "between 11 and 13 October", "on May 12 and 13", "the 11th and 12th of July",
"from May 3 to May 6",
"from January 1, 2015, to December 31, 2016", "On September 19" (the occurrence nearest the release), "today",
"the day before", "on Tuesday". A month, season or year alone gives no day: it is reported as
``vague`` and never turned into an invented date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .text import Guard, lower_view

__all__ = ["DAYS_AFTER", "MONTHS", "NEXT_DAY", "SAME_DAY", "WEEKDAYS", "DateMention", "find_dates", "year_period"]

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
# ... and the abbreviations news agencies use ("Sept. 11-12, 2014"), written in lower case so that the
# case-sensitive patterns for lowered text need no change (every month pattern is compiled with re.I)
_MON = (r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December|"
        r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)")
#: A month's number from its name or abbreviation: the first three letters are enough.
_MONTH_OF_PREFIX = {name[:3]: number for name, number in MONTHS.items()}
_DASH = r"\s*[-\u2010-\u2015]\s*"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
# "from ... to ...", "between ... and ...", either day after its weekday: "from Tuesday, February 27, to Friday,
# March 1"
_ON_A_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"  # (the patterns are re.I)
_FROM = r"\b(?:from|between)\s+" + _ON_A_WEEKDAY
_DAY = r"(?:the\s+)?(?P<{0}>\d{{1,2}})(?:st|nd|rd|th)?"  # "7", "the 7th"
_TO = r"\s+(?:to|till|until|through|and)\s+" + _ON_A_WEEKDAY
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _m(name: str) -> str:
    return _MON.format(name)


def _y(name: str) -> str:
    return _YEAR.format(name)


# Most specific first; each alternative names its groups so one resolver reads them all.
#: What "the second day of the ..." counts the days of: a visit, or an event of several days.
_DAYS_OF = ("visit", "stay", "trip", "meeting", "session", "conference", "forum", "seminar", "summit", "talks",
            "consultations")
#: The day of the event told before ("later that day"), and the day after it: the reader knows that day from
#: the text, not from the release's date. The extractor reads the same words to date one event from another.
SAME_DAY = ("on the same day", "the same day", "later that day", "later in the day", "earlier that day",
            "earlier in the day", "on that day", "that evening", "that afternoon", "that morning", "the same evening",
            "in the afternoon", "in the evening")
#: How many days after the event told before: "the next day", "two days later" (before it: negative).
DAYS_AFTER = {"the next day": 1, "the following day": 1, "the next morning": 1, "the following morning": 1,
              "a day later": 1, "two days later": 2, "three days later": 3,
              # ... or before it: "The draft had been worked out two days earlier in Brest"
              "a day earlier": -1, "two days earlier": -2, "three days earlier": -3}
NEXT_DAY = tuple(DAYS_AFTER)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # from January 1, 2015, to December 31, 2016 / from May 3 to May 6 / from 3 June to 14 June 2019
    ("range", re.compile(
        rf"{_FROM}{_m('m1')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+{_y('y1')},?)?{_TO}"
        rf"{_m('m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_y('y2')})?", re.I)),
    ("range", re.compile(
        rf"{_FROM}(?P<d1>\d{{1,2}})\s+{_m('m1')}(?:\s+{_y('y1')})?,?{_TO}"
        rf"(?P<d2>\d{{1,2}})\s+{_m('m2')}(?:\s+{_y('y2')})?", re.I)),
    # from 6 to 9 November 2018 / between 11 and 13 October / from the 7th to the 9th of December
    ("range", re.compile(rf"{_FROM}{_DAY.format('d1')}{_TO}{_DAY.format('d2')}\s+(?:of\s+)?{_m('m2')}"
                         rf"(?:,?\s+{_y('y2')})?", re.I)),
    # from May 3 to 6 / between October 11 and 13, 2019
    ("range", re.compile(rf"{_FROM}{_m('m2')}\s+(?P<d1>\d{{1,2}}){_TO}(?P<d2>\d{{1,2}})\b(?!\s*{_m('mx')})"
                         rf"(?:,?\s+{_y('y2')})?", re.I)),
    # November 30 – December 1, 2021 / 30 November – 1 December 2021: a range across months, written with a dash
    ("range", re.compile(rf"\b{_m('m1')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_y('y1')})?{_DASH}"
                         rf"{_m('m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_y('y2')})?", re.I)),
    ("range", re.compile(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_m('m1')}(?:\s+{_y('y1')})?{_DASH}"
                         rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_m('m2')}(?:,?\s+{_y('y2')})?", re.I)),
    # on May 12 and 13 / April 5 through 7 / on 12 and 13 May 2023 / the 11th and 12th of July: one event's days
    ("range", re.compile(rf"\b{_m('m2')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|through|thru)\s+"
                         rf"(?P<d2>\d{{1,2}})\b(?!\s*{_m('mx')})(?:,?\s+{_y('y2')})?", re.I)),
    ("range", re.compile(rf"\b{_DAY.format('d1')}\s+(?:and|through)\s+{_DAY.format('d2')}\s+(?:of\s+)?{_m('m2')}"
                         rf"(?:,?\s+{_y('y2')})?", re.I)),
    # May 3-6, 2016 / June 18–19
    ("range", re.compile(rf"\b{_m('m2')}\s+(?P<d1>\d{{1,2}}){_DASH}(?P<d2>\d{{1,2}})\b(?:,?\s+{_y('y2')})?", re.I)),
    # 14-16 October 2019 / 10–12 September / the 3rd-5th of June
    ("range", re.compile(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{_DASH}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                         rf"{_m('m2')}(?:,?\s+{_y('y2')})?", re.I)),
    # September 19, 2019 / September 19
    ("day", re.compile(rf"\b{_m('m1')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[-\u2010-\u2015]\s*\d)"
                       rf"(?:,?\s+{_y('y1')})?", re.I)),
    # 19 September 2019 / 11 September / the 21st of May
    ("day", re.compile(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y1')})?", re.I)),
    # 12.03.2021: day, month and year in figures, as Russian texts write them
    ("day", re.compile(rf"\b(?P<d1>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.{_y('y1')}\b")),
    # "On the 17th, on the sidelines of the conference": a day of the month told before (or of the release's)
    ("ordinal", re.compile(r"\bthe\s+(?P<od>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![-\u2010-\u2015\w])"
                           r"(?!\s+(?:of\b|(?:[a-z]+\s+){0,2}(?:anniversary|session|meeting|conference|century|"
                           r"time|round|edition|year|day|plenary|congress|summit|forum|graduation|course|"
                           r"birthday)\b))")),
    ("relative", re.compile(r"\b(?P<rel>today|yesterday|tomorrow|the day before|the previous day|the day after|"
                            + "|".join(SAME_DAY + NEXT_DAY) + r"|this morning|this week|"
                            # "On the second day, X visited"
                            r"the (?:first|second|third|fourth|fifth|last|final|opening|closing) day(?=,)|"
                            r"the (?:first|second|third|fourth|fifth|last|final|opening|closing) day of "
                            r"(?:the|his|her|their|its) "
                            r"(?:working |official )?(?:" + "|".join(_DAYS_OF) + r"))\b",
                            re.I)),
    # "on Tuesday", "on Tuesday and Wednesday" (two days in a row)
    # "next Tuesday": the first one after the release
    # ... and "Thursday was devoted to the University" (a day named as the subject)
    # "last Friday": the one before the release's day (not "on the last Friday of March")
    # ... "is scheduled for Tuesday"
    ("weekday", re.compile(r"\b(?:(?P<pre>on|(?<=scheduled\s)for|(?P<nx>next)|(?<!the\s)(?P<ls>last))\s+)?"
                           r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:\s+and\s+(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\b"
                           r"(?(pre)|(?=\s+(?:was|were)\s+(?:devoted|dedicated|spent)\b))", re.I)),
    # month or season only: no day, never an invented date
    ("vague", re.compile(rf"\b(?:in\s+|early\s+|late\s+|mid-)?(?:{_m('mv')}|spring|summer|autumn|fall|winter)"
                         rf"(?:\s+{_y('yv')})?\b", re.I)),
    ("year", re.compile(rf"\b(?:in|for|since)\s+{_y('yy')}\b(?![-\u2010-\u2015]\d)", re.I)),
]

_MONTH_WORDS = (*MONTHS, "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
                "dec.")
_WEEKDAY_WORDS = tuple(WEEKDAYS)
_RELATIVE_WORDS = ("today", "yesterday", "tomorrow", "the day before", "the previous day", "the day after",
                   *SAME_DAY, *NEXT_DAY, "this morning", "this week", "the first day", "the second day",
                   "the third day", "the fourth day", "the fifth day", "the opening day", "the closing day",
                   "the last day", "the final day")


class _Guard(Guard):
    """What every match of a date pattern contains, so that most texts skip it or search less of it.

    Besides the words of :class:`Guard`: ``digit``, every match has a digit (at its start if ``leading_digit``).
    """

    __slots__ = ("digit", "leading_digit")

    def __init__(self, words: tuple[str, ...], leading: bool = False, digit: bool = False,
                 leading_digit: bool = False) -> None:
        super().__init__(words, leading)
        self.digit = digit
        self.leading_digit = leading_digit


_SEASON_WORDS = (*_MONTH_WORDS, "spring", "summer", "autumn", "fall", "winter")
# one guard per entry of _PATTERNS, in the same order
_GUARDS: list[_Guard] = [
    _Guard(("from", "between"), leading=True, digit=True),
    _Guard(("from", "between"), leading=True, digit=True),
    _Guard(("from", "between"), leading=True, digit=True),
    _Guard(("from", "between"), leading=True, digit=True),
    _Guard(_MONTH_WORDS, leading=True, digit=True),
    _Guard(_MONTH_WORDS, digit=True, leading_digit=True),
    _Guard(_MONTH_WORDS, leading=True, digit=True),
    _Guard(_MONTH_WORDS, digit=True, leading_digit=True),
    _Guard(_MONTH_WORDS, leading=True, digit=True),
    _Guard(_MONTH_WORDS, digit=True, leading_digit=True),
    _Guard(_MONTH_WORDS, leading=True, digit=True),
    _Guard(_MONTH_WORDS, digit=True, leading_digit=True),
    _Guard((".19", ".20"), digit=True),
    _Guard(("the",), digit=True),
    _Guard(_RELATIVE_WORDS, leading=True),
    _Guard(_WEEKDAY_WORDS),
    _Guard(_SEASON_WORDS),
    _Guard(("in", "for", "since"), leading=True, digit=True),
]
assert len(_GUARDS) == len(_PATTERNS)
_DIGIT = re.compile(r"\d")
_ON_THE = re.compile(r"\b(?:on|by|until|till|to|from|since|before|after|through)\s+$")
_THEN_PUNCTUATION = re.compile(r"\s*[,.;]")


# guards with the same words share one search of a text: the index of each guard's word list
_WORD_LISTS: dict[tuple[str, ...], int] = {}
_WORD_SLOTS = [_WORD_LISTS.setdefault(guard.words, len(_WORD_LISTS)) for guard in _GUARDS]


def _start(guard: _Guard, lowered: str | None, digit: int, slot: int, firsts: list[int | None]) -> int:
    """Where a match of the guarded pattern can first start; -1 if it cannot occur in the text.

    ``firsts[slot]``: where the guard's words first occur in ``lowered`` (-1: nowhere), once searched.
    """
    pos = 0
    if guard.digit:
        if digit < 0:
            return -1
        if guard.leading_digit:
            pos = digit
    if lowered is None:
        return pos
    first = firsts[slot]
    if first is None:
        first = firsts[slot] = guard.first(lowered)
    if first < 0:
        return -1
    return max(pos, first if guard.leading else 0)


def _for_lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, case-sensitive, for text that ``lower_view`` lowered (sre scans it twice as fast)."""
    source = pattern.pattern
    for name in (*MONTHS, *WEEKDAYS):
        source = source.replace(name.capitalize(), name)
    assert not re.search(r"[A-Z]", source.replace("(?P<", "")), "a cased letter would need re.I"
    return re.compile(source)


_LOWERED_PATTERNS = [_for_lowered(pattern) for _, pattern in _PATTERNS]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, with ``start``/``end`` dates when it names days."""

    kind: str  # range | day | relative | weekday | vague | year
    begin: int
    finish: int
    start: date | None = None
    end: date | None = None
    relative: str | None = None
    explicit_year: bool = False

    @property
    def is_precise(self) -> bool:
        return self.start is not None


def _month_number(name: str) -> int:
    return _MONTH_OF_PREFIX[name[:3].lower()]


def _safe(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(start: date, end: date | None, published: date) -> tuple[date, date | None]:
    """A day written without a year is the occurrence nearest the release: "On 30 December" in a
    release of 2 January is last year's, "on 15 January" in one of 20 December is next year's."""
    gap = (start - published).days
    shift = -1 if gap > 183 else 1 if gap < -183 else 0
    if not shift:
        return start, end
    moved = _safe(start.year + shift, start.month, start.day)
    moved_end = _safe(end.year + shift, end.month, end.day) if end else None
    if moved is None or (end is not None and moved_end is None):  # 29 February: keep the release's year
        return start, end
    return moved, moved_end


def _resolve(kind: str, match: re.Match[str], published: date | None, year_anchor: date | None = None) -> DateMention:
    groups = {k: v for k, v in match.groupdict().items() if v}
    explicit = "y1" in groups or "y2" in groups
    if kind in ("range", "day"):
        published = published or year_anchor  # (a weekday or "today" needs the release's own date)
        base_year = published.year if published else None
        y2 = int(groups["y2"]) if "y2" in groups else None
        y1 = int(groups["y1"]) if "y1" in groups else y2
        y2 = y2 if y2 is not None else y1
        y1 = y1 if y1 is not None else base_year
        y2 = y2 if y2 is not None else base_year
        m2 = _month_number(groups["m2"]) if "m2" in groups else None
        m1 = int(groups["mn"]) if "mn" in groups else _month_number(groups["m1"]) if "m1" in groups else m2
        m2 = m2 or m1
        assert m1 is not None and m2 is not None
        start = _safe(y1, m1, int(groups["d1"]))
        end = _safe(y2, m2, int(groups["d2"])) if "d2" in groups else None
        if start and end and end < start and "y1" not in groups and end.month < start.month:
            start = _safe(y1 - 1, m1, int(groups["d1"])) if y1 else None
        if not explicit and published and start:
            start, end = _nearest_year(start, end, published)
        return DateMention(kind, match.start(), match.end(), start, end if end != start else None,
                           explicit_year=explicit)
    if kind == "relative":
        rel = groups["rel"].lower()
        offset = {"yesterday": -1, "the day before": -1, "the previous day": -1, "tomorrow": 1,
                  "the day after": 1}.get(rel, 0)
        # the day of, before or after the event told before ("later that day", "the previous day", "the second
        # day of the visit"): the reader of the text knows it, not the date
        same = rel.endswith((" day", *_DAYS_OF)) or rel in NEXT_DAY or rel in SAME_DAY
        start = None if same or published is None else published + timedelta(days=offset)
        return DateMention(kind, match.start(), match.end(), start, relative=rel)
    if kind == "weekday":
        if published is None:  # (the day named, which a reader may place in the days of a visit told)
            return DateMention(kind, match.start(), match.end(), relative=groups["wd"].lower())
        wanted = WEEKDAYS.index(groups["wd"].lower())
        if groups.get("nx"):
            ahead = published + timedelta(days=(wanted - published.weekday()) % 7 or 7)
            following = groups.get("wd2") and (WEEKDAYS.index(groups["wd2"].lower()) - wanted) % 7 == 1
            return DateMention(kind, match.start(), match.end(), ahead,  # ("next Tuesday and Wednesday": both)
                               ahead + timedelta(days=1) if following else None, relative=groups["wd"].lower())
        back = (published.weekday() - wanted) % 7 or (7 if groups.get("ls") else 0)
        start = published - timedelta(days=back)
        end = None
        if groups.get("wd2") and back >= 1 and (WEEKDAYS.index(groups["wd2"].lower()) - wanted) % 7 == 1:
            end = start + timedelta(days=1)  # "on Tuesday and Wednesday": two days in a row, the release after both
        return DateMention(kind, match.start(), match.end(), start, end, relative=groups["wd"].lower())
    if kind == "year":
        return DateMention(kind, match.start(), match.end(), relative=groups["yy"], explicit_year=True)
    if kind == "ordinal":  # (its month is settled by find_dates, which sees the dates told before)
        return DateMention(kind, match.start(), match.end(), relative=groups["od"])
    return DateMention(kind, match.start(), match.end())


def find_dates(text: str, published: date | None = None, year_anchor: date | None = None,
               month_told: date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, left to right, without overlaps (most specific wins).

    ``year_anchor``: without a publication date, a day written without its year is the occurrence nearest
    this date (a release with no date line that told "From 22 to 25 October 2012" before "On October 23").
    ``month_told``: a day told before the text, whose month "on the 17th" means if the text tells none first.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = lower_view(text)
    first_digit = _DIGIT.search(text)
    digit = first_digit.start() if first_digit else -1
    # without the rare letters that re.I treats specially, matching the lowered text is the same
    subject = text if lowered is None else lowered
    firsts: list[int | None] = [None] * len(_WORD_LISTS)
    for (kind, pattern), lowered_pattern, guard, slot in zip(_PATTERNS, _LOWERED_PATTERNS, _GUARDS, _WORD_SLOTS,
                                                             strict=True):
        pos = _start(guard, lowered, digit, slot, firsts)
        if pos < 0:
            continue
        for match in (pattern if lowered is None else lowered_pattern).finditer(subject, pos):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            if kind == "ordinal" and not (_ON_THE.search(subject, max(0, match.start() - 8), match.start())
                                          or _THEN_PUNCTUATION.match(subject, match.end())):
                continue  # (not "the 1st Deputy Minister": "on the 5th", "The next day, the 18th, ...")
            taken.append((match.start(), match.end()))
            found.append(_resolve(kind, match, published, year_anchor))
    found.sort(key=lambda d: d.begin)
    if any(d.kind == "weekday" for d in found):
        found = _weekday_with_its_date(found, subject)
    if published and "since" in subject:
        found = [_since_past(d, subject, published) for d in found]
    if published and "year" in subject:
        found = [_in_the_year_said(d, subject, published) for d in found]
    if any(d.kind == "ordinal" for d in found):
        found = _month_of_ordinals(found, month_told or published)
    return found


_APPOSITION = re.compile(r",?\s+(?:the\s+)?$")


def _weekday_with_its_date(found: list[DateMention], text: str) -> list[DateMention]:
    """"On Monday, December 26": the day the date says (the weekday only names it), not the Monday nearest the
    release."""
    kept: list[DateMention] = []
    for mention in found:
        before = kept[-1] if kept else None
        if before is not None and before.kind == "weekday" and mention.kind in ("day", "range") and mention.start \
                and _APPOSITION.fullmatch(text, before.finish, mention.begin):
            kept[-1] = DateMention(mention.kind, before.begin, mention.finish, mention.start, mention.end,
                                   before.relative, mention.explicit_year)  # (still told as a weekday)
            continue
        kept.append(mention)
    return kept


_SINCE = re.compile(r"\bsince\s+$")


def _since_past(mention: DateMention, text: str, published: date) -> DateMention:
    """"has chaired it since 1 January" in a release of October: the January before the release, not the nearest."""
    if mention.kind != "day" or mention.explicit_year or mention.start is None or mention.start <= published \
            or not _SINCE.search(text, max(0, mention.begin - 6), mention.begin):
        return mention
    start = _safe(mention.start.year - 1, mention.start.month, mention.start.day)
    return mention if start is None else DateMention(mention.kind, mention.begin, mention.finish, start, None,
                                                     mention.relative)


_YEAR_SAID = re.compile(r",?\s+(?:of\s+)?(?:the\s+)?(last|previous|this|current|next|following)\s+year\b")
_YEARS_AWAY = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "following": 1}


def _in_the_year_said(mention: DateMention, text: str, published: date) -> DateMention:
    """"on 11 December last year", "on May 3 next year": the year counted from the release's, not the nearest."""
    said = _YEAR_SAID.match(text, mention.finish) if mention.kind in ("day", "range") and mention.start \
        and not mention.explicit_year else None
    if said is None or mention.start is None:
        return mention
    year = published.year + _YEARS_AWAY[said[1]]
    start = _safe(year, mention.start.month, mention.start.day)
    end = _safe(year + (mention.end.year - mention.start.year), mention.end.month, mention.end.day) \
        if mention.end else None
    if start is None or (mention.end and end is None):
        return mention
    return DateMention(mention.kind, mention.begin, said.end(), start, end, mention.relative, explicit_year=True)


def _month_of_ordinals(found: list[DateMention], told: date | None) -> list[DateMention]:
    """"the 4th" after "July 2nd", "on the 25th" after "from the 14th to the 25th of November": a day of the
    month the text told last, else of ``told`` (a day told before it, or the release's); unknown without one."""
    settled: list[DateMention] = []
    for mention in found:
        if mention.kind == "ordinal":
            day = _safe(told.year, told.month, int(mention.relative or 0)) if told else None
            mention = DateMention("day", mention.begin, mention.finish, day) if day else mention
        elif mention.start:
            told = mention.end or mention.start
        settled.append(mention)
    return settled


def year_period(year: int) -> tuple[date, date]:
    """A calendar year as a period ("for 2022", "in 2021" of a chairmanship)."""
    return date(year, 1, 1), date(year, 12, 31)
