"""Release text → facts (plain objects): the language of the genre as rules.

The pipeline inside one release:

1. sentences with offsets (:mod:`coopkg.text`);
2. entity mentions: countries, places and agencies from the reference data, agencies from the
   shape of official names (``<Modifiers> <Head noun> of/for/on ...``), persons from titles and ranks
   written before or after a name;
3. crime areas from the vocabulary's cue phrases, outside agency and operation names;
4. meetings from cue verbs and nouns (held / planned), their slots filled from the sentence that
   introduces them and the sentences that follow;
5. chairmanships from their phrasing ("has the Chairmanship ... from ... to", "passed from ... to").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import DAYS_AFTER, MONTHS, NEXT_DAY, SAME_DAY, WEEKDAYS, DateMention, find_dates, year_period
from .facts import AgencyFact, Chairmanship, Meeting, PersonFact, Release, ReleaseFacts, Span
from .gazetteer import Gazetteer, fold, load_gazetteer, name_key
from .text import (
    INITIAL_LETTER,
    Guard,
    Sentence,
    is_plain_lower,
    lower_view,
    mask,
    plain_lower,
    split_sentences,
    trie_pattern,
    unwrap_lines,
)

__all__ = ["EXTRACTOR_VERSION", "extract"]

EXTRACTOR_VERSION = "0.1.0"

# ------------------------------------------------------------------------------------------------
# Vocabulary of the genre (language, not names)

ROLE_WORDS = {
    "minister", "ministers", "deputy", "chief", "head", "director", "director-general", "general",
    "colonel", "colonel-general", "lieutenant", "lieutenant-general", "major", "major-general",
    "captain", "spokesperson", "spokesman", "spokeswoman", "secretary", "secretary-general",
    "president", "vice-president", "inspector", "officer", "attaché", "attache", "chairman",
    "chairwoman", "chairperson", "chair", "councilor", "councillor", "counsellor", "commissioner", "ambassador",
    "prosecutor", "commander", "coordinator", "adviser", "advisor", "representative", "governor",
    "mayor", "superintendent", "commissar", "sergeant", "judge", "senator", "consul", "marshal",
    "admiral", "brigadier", "rector", "professor", "leader", "expert", "executive", "counterpart", "delegate",
    "envoy", "undersecretary", "under-secretary", "subsecretary", "chargé", "administrator", "premier", "akim",
}
RANK = re.compile(
    r"^(?:(?:(?:Police|Army|Militia|Internal Service|Staff)\s+)?(?:Senior\s+)?"
    r"(?:(?:Major|Lieutenant|Colonel|Brigadier|Brigade|Division|Army|Police)[\s-])?"
    r"(?:General|Colonel|Major|Captain|Lieutenant|Admiral|Marshal)"
    r"(?:\s+of\s+(?:the\s+)?(?:Police|Militia|Justice|Internal\s+Service|Army)(?:\s+of\s+the\s+[A-Z][\w ]+?)?)?"
    r"(?:\s+of\s+the\s+Russian\s+Federation)?"  # "Police General of the Russian Federation": Russia's rank
    # (Latin American police ranks, also in Spanish: "Comisario", "Comisario General", "Comisario Mayor")
    r"|First Commissioner|Commissioner General|(?:Federal\s+)?Police Delegate|Comisario(?:\s+(?:General|Mayor|"
    r"Inspector|Principal))?"
    # (French and Italian ones: "Commissaire divisionnaire", "Commissario Capo")
    r"|(?:Commissaire|Commandant)(?:\s+(?:[Dd]ivisionnaire|[Gg][\u00e9e]n[\u00e9e]ral|[Pp]rincipal|de\s+police))?"
    r"|Commissario(?:\s+Capo)?)$")
HEAD_NOUNS = {
    "ministry", "department", "directorate", "administration", "bureau", "committee", "council",
    "office", "service", "police", "guard", "customs", "agency", "center", "centre", "secretariat",
    "assembly", "group", "force", "university", "academy", "institute", "embassy", "consulate",
    "headquarters", "board", "organization", "organisation", "structure", "commission", "initiative",
    "division", "gendarmerie", "carabinieri", "interpol", "europol", "command", "inspectorate",
    "procuracy", "court", "secretariat-general", "unit", "commissariat", "inspection", "museum",
}
GENERIC_MODIFIERS = {"task", "working", "coordinating", "operational", "executive", "general", "main", "joint",
                     "permanent", "regional", "national", "central", "federal", "state", "expert", "steering",
                     "special", "international", "consultative", "advisory", "russian"}
TWO_WORD_HEADS = {("consulate", "general"), ("directorate", "general"), ("police", "district"), ("general", "staff")}
# the posts a name's "to the" may lead to: "the Council to the Minister of ..." is two phrases
_A_POST_TO = frozenset({"minister", "deputy", "chief", "head", "director", "president", "chairman", "chairperson",
                        "commissioner", "secretary", "representative", "commander", "rector"})
CONNECTORS = {"of", "the", "for", "on", "in", "and", "against", "at", "de", "del", "da", "di", "des",
              "du", "la", "le", "von", "van", "der", "to"}
_PATRONYMIC_PARTICLES = ("oglu", "ogly", "oğlu", "kyzy", "qizi", "gizi", "uulu")  # Turkic: "son of", "daughter of"
NAME_PARTICLES = {"al", "el", "bin", "binti", "bint", "ibn", "de", "da", "dos", "das", "del", "della", "van", "von",
                  "der", "den", "ter", "le", "la", "di", *_PATRONYMIC_PARTICLES}
# "Elshan Tofig oglu Gasimzade" is Elshan Gasimzade: the father's name and its particle are no part of the name
_PATRONYMIC = re.compile(rf"^(\S+)\s+\S+\s+(?:{'|'.join(_PATRONYMIC_PARTICLES)})\s+(\S.*)$")
# "the Department of Combating Migrant Smuggling", "... for the Protection of Cultural Heritage": the words after
# are the object of a body's name, not a person's name
_OBJECT_OF_A_BODY = frozenset({"combating", "combatting", "countering", "fighting", "counteracting", "preventing",
                               "protecting", "regulating", "monitoring", "controlling", "investigating"})
NON_NAME_WORDS = {
    "the", "today", "on", "in", "police", "general", "state", "federal", "national", "deputy", "first",
    "republic", "kingdom", "federation", "province", "region", "territory", "krai", "oblast", "district", "aimag",
    "prefecture", "prefectural", "provincial", "metropolitan", "county", "governorate", "canton", "interdistrict",
    "intermunicipal", "municipal", "persons", "velayat", "welayat", "viloyat", "sub-directorate",
    "subdirectorate", "games", "olympic", "paralympic", "olympiad", "universiade",
    "street", "avenue", "square", "prospekt", "embankment", "boulevard", "lane", "highway",  # "on Zhitnaya Street"
    "ministry", "minister", "affairs", "internal", "interior", "security", "public", "home", "law",
    "enforcement", "conference", "forum", "session", "meeting", "international", "regional", "main",
    "mia", "mvd", "university", "academy", "department", "directorate", "administration", "council",
    "committee", "bureau", "office", "service", "guard", "customs", "agency", "center", "centre",
    "chief", "head", "director", "secretary", "president", "colonel", "major", "lieutenant", "captain",
    "division", "brigadier", "inspector", "officer", "spokesperson", "attaché", "councilor", "cooperation",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "memorandum", "agreement", "program", "programme", "plan", "strategy", "operation", "group",
    "emirates", "member", "states", "heads", "government", "governments", "parliamentary", "senior", "militia",
    "executive", "assistant", "acting", "crime", "drug", "control", "migration", "counter", "anti",
    "coordinator", "representative", "commissioner", "chairman", "chairperson", "ambassador", "consulate", "embassy",
    "later", "earlier", "meanwhile", "besides", "moreover", "furthermore", "subsequently", "afterwards",
    "yesterday", "tomorrow", "sheikh", "sri", "dato", "datuk", "there", "then", "thereafter",
    "army", "navy", "justice", "territories", "authorities", "overseas",  # "General of the Army X", "Minister of ..."
    "comisario", "commissario", "commissaire", "capo",  # ranks before a name: "Comisario Pablo Ruiz"
    "divisionnaire", "commandant", "prince", "princess", "its",  # "Commissaire Divisionnaire X", "Prince X", "Its Dean"
    "airport", "station", "port", "checkpoint",  # "at Novosibirsk's Tolmachevo Airport"
    "palace", "monument", "memorial", "mausoleum", "cemetery", "tomb",  # "at the Viminale Palace"
    "beings",  # "the National Rapporteur on Trafficking in Human Beings, X"
    "advanced", "training", "research", "institute", "all-russian",  # "the All-Russian Advanced Training Institute"
    "eastern", "western", "northern", "southern", "central",  # "will travel to Eastern Siberia": no city
}
SPOKESPERSON = re.compile(r"spokes(?:person|man|woman)|official representative|press secretary|press service",
                          re.I)
VIDEO = re.compile(r"\bvideo ?conferenc|\bvideo link\b|\bvideo-link\b|\bvideoconferenc|\bonline format\b|"
                   r"\bvia video\b|\bby video\b|\bremotely\b", re.I)

EVENT_NOUN = (r"(?:meeting|meetings|talks|session|conference|convention|consultations|negotiations|forum|summit|"
              r"seminar|round table|roundtable|briefing|videoconference|video conference|event|course|"
              r"assembly|congress|symposium|workshop|exercise)")
# "On 4 December, the delegation travelled to Hyderabad, where it visited the National Police Academy": a dated
# visit to a body, whose officials the next sentences name
# the words that open a sentence about another day of a trip: "On 4 December", "On Wednesday", "On the 14th",
# "Later that day", "Two days later", "After the talks,", "On the last day of the visit"
_A_DAY_LEAD = (
    r"On\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"the\s+\d{1,2}(?:st|nd|rd|th))\b|"
    + "|".join(words[0].upper() + words[1:] for words in SAME_DAY + NEXT_DAY) + "|"
    r"(?:After|The day after) the (?:board |joint |official )?(?:meeting|talks|negotiations|consultations|session)"
    r"(?=,)|"
    r"On the (?:first|second|third|fourth|fifth|last|final) day(?=,)|"
    r"On the (?:first|second|third|fourth|fifth|last|final) day of (?:the|his|her|their) (?:\w+ )?"
    r"(?:visit|trip|stay|meeting|session|conference)")
_VISITED_BODY = re.compile(
    r"^\s*(?:" + _A_DAY_LEAD + "|Yesterday|Today|The day before|The previous day|On the eve|"
    # a stage told only in its order: "Then the delegation went to the Main Directorate ...", "After that, the
    # guests were shown the Situation Centre"
    r"Then|After that|Afterwards|Subsequently|Next,|At the end of the visit,)"
    r"[^.;]{0,160}?(?P<visited>\bvisited|\btoured|\bwent\s+to|"
    # (a stage to come whose visitor is told: "After that, he will visit the Narcotics Control Bureau")
    r"(?:(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bMinister\s)|(?<=\bdelegation\s))will\s+visit|"
    r"\bcontinued\s+(?:his|her|their|the)\s+(?:programme|program|visit)\s+at|"
    r"\b(?:is|are)\s+visiting|\b(?:got|(?:is|are)\s+getting)\s+acquainted\s+with\s+the\s+(?:work|activities|"
    r"(?:training\s+)?facilities|exposition|exhibits|collection)\s+of|"
    r"\b(?:was|were)\s+received\s+at|"  # "On June 6, the Minister was received at the headquarters of the Directorate"
    r"\b(?:was|were)\s+shown(?:\s+around)?|"  # "On the last day, the delegation was shown the Museum of ..."
    # "the guests worked in Saint Petersburg at the Main Directorate", "were in Kazan, where ... at the Institute"
    r"\b(?:worked|were|was)\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s+where\s+[^.;]{0,80}?)?\s+at)"
    # ("On the same day, A and B visited the exhibition of forensic technologies set up by ...")
    r"\s+(?:the\s+(?:headquarters\s+of\s+(?:the\s+)?)?[A-Z]|(?:the|an)\s+exhibition\b|"
    # ("visited the command centre of the Beijing Municipal Public Security Bureau", but not a unit of the body the
    # release is about: "the students visited the cynological centre of the Institute")
    r"the\s+(?:[a-z-]+\s+){0,2}?(?:centre|center|laboratory|unit)\s+of\s+(?:the\s+)?[A-Z][\w-]*\s+(?:[A-Z]|of\s))")
# "On the last day of the visit, the delegation went to Samarkand.", "Later that day, the Minister flew to Brest":
# a stage of a trip in another city, whose hosts the next sentence names
_THE_DELEGATION = re.compile(r"\b[Tt]he\s+(?:delegation|guests|visitors)\s+$")
_TRAVELLED_ON_A_DAY = re.compile(
    r"^\s*(?:" + _A_DAY_LEAD + r")[^.;]{0,120}?\b(?P<visited>(?:went|travell?ed|flew|proceeded|moved(?:\s+on)?)\s+to|"
    r"arrived\s+in)\s+"
    r"(?:the\s+(?:city|town)\s+of\s+)?"
    # (or a part of the country, whose town the next sentence names: "travelled to the Caribbean coast")
    r"(?:(?P<town>[A-Z][\w-]+(?:[\s-][A-Z][\w-]+)?)|the\s+[A-Z][\w-]+\s+(?:coast|region|border|province|provinces))"
    # ("flew to Bluefields on the Caribbean coast")
    r"(?:\s+(?:on|in|near)\s+the\s+(?:[\w-]+\s+){0,3}?(?:coast|region|border|province|north|south|east|west|"
    r"shore|island)(?:\s+of\s+the\s+country)?)?"
    r"\s*(?=[.;,]|$)")
# "a delegation of the University arrived in Moscow on a week-long visit", "the guests were welcomed by the Head":
# they begin a visit, unless one is being reported already (see _extract_meetings)
_ARRIVED_ON_A_VISIT = re.compile(r"\barrived\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}\s+(?:today\s+|yesterday\s+)?"
                                 r"(?:on|for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?visit\b")
_WELCOMED_BY = re.compile(r"\b(?:was|were)\s+(?:warmly\s+|cordially\s+)?(?:welcomed|greeted)\s+by\s+(?:the\s+|its\s+)?"
                          r"[A-Z]")
# "The visit opened on 18 March in Rome with consultations between experts of ...": the visit's first event
# ("The visit of the Russian delegation began in Ulaanbaatar on 24 September with a working meeting")
_PROGRAMME_BEGAN = re.compile(rf"\b(?:visit|programme|program|trip|stay)(?:\s+of\s+(?:the\s+|a\s+)?[\w-]+"
                              rf"(?:\s+[\w-]+){{0,3}}?)?\s+(?:began|opened|started|continued)\s+[^.;]{{0,80}}?"
                              rf"\bwith\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{EVENT_NOUN}\b", re.I)
HELD_CUES = [
    re.compile(r"\b(?:held|holds)\s+(?:bilateral\s+|a\s+series\s+of\s+|the\s+final\s+|a\s+|an\s+|the\s+)?"
               r"(?:(?!\d+\s)[\w-]+\s+){0,2}"
               r"(?:talks|meetings?|consultations|negotiations|briefing|videoconference|session|"
               r"conversation)\b",
               re.I),
    # (not "in the course of which ... were discussed ..., was completed": no course)
    # (also "consultations ... had been held in Tashkent", in a writer's past perfect)
    re.compile(rf"\b{EVENT_NOUN}\b(?!(?<=\bthe\scourse)\s+of\b)[^.;]{{0,600}}?\b(?:(?:was|were)\s+(?:\w+\s+)?"
               r"(?:held|opened|organi[sz]ed|conducted|attended)|had\s+been\s+held)\b", re.I),
    # (not "no meeting of the heads of the two ministries had taken place for five years")
    re.compile(rf"(?<!\b[Nn]o\s)\b{EVENT_NOUN}\b(?!(?<=\bthe\scourse)\s+of\b)[^.;]{{0,600}}?\b(?:took place|"
               r"(?:has|had) taken place|"
               r"(?:is|are) taking place|"
               r"has started|started|opened|began|runs|ran|lasted|came to an end|"
               r"(?:has\s+(?:been\s+)?)?(?:successfully\s+)?"
               r"(?:ended|concluded|closed|completed)(?!\s+(?:with|by)\b))\b",
               re.I),
    re.compile(r"\b(?:talks|consultations|negotiations)\s+(?:took place|were held|continued)\b", re.I),
    # "met (with) <someone>", not "was met with understanding" nor "met with the support of"
    re.compile(r"(?<!was )(?<!were )\b[Mm]et\s+(?:with\s+)?(?!(?:the\s+|a\s+|an\s+)?(?:understanding|support|approval|"
               r"interest|criticism|resistance|opposition|positive|great|mixed|warm)\b)[A-Za-z]"),
    # "hosted the annual session of ...", "Harbin hosted Russian-Chinese consultations"
    re.compile(rf"\bhosted(?:,[^,.;]{{1,60}},)?\s+"
               rf"(?:(?:[\w-]+\s+){{0,3}}?(?:a|an|the)\s+[^.;]{{0,120}}?|(?:[\w-]+\s+){{0,3}}?)"
               rf"\b{EVENT_NOUN}\b", re.I),
    re.compile(r"\b(?:received|hosted)\s+(?:today\s+)?(?:in\s+[A-Z][\w-]+\s+)?(?:a|the)\s+(?:\w+\s+){0,2}"
               r"(?:delegation|guests|visitors)\b", re.I),
    # "he was received by the Minister ...", "... was received at the Police Directorate by the Director ...",
    # "... was received on November 6 in Buenos Aires by ..."
    re.compile(r"\b(?:was|were)\s+received\s+(?:(?:at|in|on)\s+[^.;]{0,160}?\s|(?:today|yesterday)\s+)?"
               r"by\s+(?:the\s+|its\s+)?[A-Z]"),
    # "received at the central office of the Ministry Colonel X, the newly appointed liaison officer of ..."
    re.compile(r"\b(?:received|hosted)\s+(?:today\s+)?(?:in\s+[A-Z][\w-]+\s+)?"
               # ("received at the MIA of Russia headquarters in Moscow the Ambassador ...")
               r"(?:(?:at|in)\s+(?:the|its|his|her)\s+(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){0,4}?"
               r"(?:central\s+office|headquarters|(?:main\s+)?building|premises)"
               r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){1,6}?|\s+in\s+[A-Z][\w-]+\s+|\s+)"
               r"|(?:[A-Z][\w-]*\s+)?)"
               r"(?:(?:the|a|an)\s+)?(?:new(?:ly[- ]appointed)?\s+|recently\s+appointed\s+)?"
               r"(?:First\s+|Deputy\s+|Police\s+|Military\s+|Prime\s+)*(?:Minister|Ambassador|Head|"
               r"Chief|Director|President|Secretary|Commissioner|Inspector|Commander|Commandant|Chairman|Governor|"
               r"Prosecutor|Rector|Attach\u00e9|Attache|Consul|Counsell?or|Envoy|representatives?|"
               r"Colonel|General(?!\s+(?:Assembly|Secretariat|Staff|Directorate|Administration|Department|Council))|"
               r"Lieutenant|Major|Commissaire|Comisario|Commissario|[Ll]iaison\s+[Oo]fficer|"
               r"[Pp]olice\s+[Aa]ttach[\u00e9e])\b(?!['\u2019]s)"),
    # ("the delegates of all eight states attended a seminar on ...": another event; "... attended the meeting" is
    # the one reported)
    re.compile(rf"\b(?:(?:took part|participated|spoke|delivered a speech|(?:is|are) taking part|"
               rf"(?:is|are) participating)(?:,[^,.;]{{1,40}},)?\s+(?:in|at)\s+(?:the|a|an)|attended\s+(?:a|an))\s+"
               rf"[^.;]{{0,80}}?\b{EVENT_NOUN}\b", re.I),
    re.compile(rf"\bdelegation\s+to\s+the\s+[^.;]{{0,80}}?\b{EVENT_NOUN}\b", re.I),
    # ("the previous meeting of the Working Group, held last year in Wiesbaden")
    re.compile(rf"\b{EVENT_NOUN}\b[^.;]{{0,120}}?\bheld\s+(?:(?:yesterday|today|last\s+(?:year|month|week)|"
               rf"earlier\s+this\s+(?:year|month))\s+)?(?:in|on|from|by|at)\b", re.I),
    # "the heads of the agencies gathered in Minsk for a meeting of the Council"
    re.compile(rf"\b(?:gathered|convened|came together)\b[^.;]{{0,80}}?\b{EVENT_NOUN}\b", re.I),
    # "Russian and Italian police officers discussed ... at a meeting in Rome"
    # ("The draft documents were agreed yesterday at consultations of experts", "prepared at online consultations")
    # ("The programme of the visit was finalised today in Moscow at a working meeting between A and B")
    re.compile(r"\b(?:discussed|agreed|signed|exchanged|considered|reviewed|approved|adopted|summed up|presented|"
               r"outlined|briefed|finali[sz]ed|(?:(?<=\bwas\s)|(?<=\bwere\s))prepared)\b"
               rf"[^.;]{{0,160}}?\b(?:(?:at|during)\s+(?:(?:a|an|the|their)\s+(?:[\w-]+\s+){{0,2}}?{EVENT_NOUN}\b|"
               r"(?:[\w-]+\s+)?(?:consultations|talks|negotiations)\b)|"
               # "On July 6, the implementation of the roadmap was reviewed by videoconference"
               r"(?:by|via)\s+(?:a\s+)?video\s?conference\b)", re.I),
    # "at the Interpol Asian Regional Conference (Bishkek, Kyrgyz Republic, September 10-12, 2019)"
    re.compile(r"\b(?:at|in)\s+the\s+(?:[A-Z][\w-]*\s+){1,6}(?:Conference|Forum|Summit|Session|Assembly|Congress|"
               r"Meeting)\s*\("),
    # "X talked with the Director of Police ...", "had a conversation with"
    # ("talked to the Chief of the University", not "talked to Serbian police officers studying there")
    # "A and B co-chaired a meeting of the heads of law enforcement agencies of the border regions"
    re.compile(rf"\b(?:co-chaired|chaired|presided\s+over)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{EVENT_NOUN}\b", re.I),
    # ("had a conversation via videoconference with the Minister")
    re.compile(r"\b(?:talked\s+to\s+(?:the|its|his|her|their)\s+|(?:talked|conversed|had\s+(?:a\s+)?(?:(?:working|"
               r"bilateral|separate|brief|short)\s+)?(?:conversation|talks|meeting))"
               r"(?:\s+(?:via|by)\s+(?:videoconference|video\s+conference|"
               r"video\s+link))?\s+with\s+(?:(?:the|its|his|her|their)\s+)?)[A-Z]"),
    # "During a meeting with the Director General ..., the sides discussed ...", "The Agreement was signed in Muscat
    # on 11 October 2016 in the course of talks between the Minister ... and ..."
    # ("The Agreement was signed in Hanoi on 14 November 2019, following talks between the Minister ...")
    # ("the visit ... ended in Kirkenes with a meeting with the Chief of Police ...")
    # ("The invitation was handed to X on 15 May in Ulaanbaatar by Y, during his consultations with the Minister")
    re.compile(r"\b(?:during|at|in the course of|following|after|with)\s+(?:(?:a|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:meeting|talks|consultations|"
               r"conversation|negotiations)\s+with|(?:the\s+)?(?:talks|negotiations)\s+between)\s+(?:the\s+)?[A-Z]",
               re.I),
    # "the G20 summit hosted by Russia in Saint Petersburg on September 5-6"
    re.compile(rf"\b{EVENT_NOUN}\s+(?:was\s+)?hosted\s+by\b", re.I),
    # "the Training Center in Managua opened a new advanced training course"
    # (not "opened the session": the one just reported)
    # (not "held a number of bilateral meetings": a round announced, each told after)
    re.compile(rf"\b(?:opened|launched|organi[sz]ed|held)\s+(?:a|an)\s+(?!number\s+of\b|series\s+of\b)"
               rf"(?:[\w-]+\s+){{0,4}}?{EVENT_NOUN}\b", re.I),
    # "The joint meeting was prepared the day before by experts of the two ministries, who worked in Grodno",
    # "The draft decisions had been worked out two days earlier in Brest, at a session of the Working Group"
    re.compile(r"\b(?:was|were|had\s+been)\s+(?:prepared|worked\s+out|drafted)\s+(?:[^.;]{0,40}?\s)?"
               r"(?:by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?experts\b|at\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:session|meeting)\s+of\b)"),
    # "the videoconference of 4 July between the BKA and the NCB", "At a videoconference on 18 February, he and X
    # agreed ...": one held on that day
    re.compile(r"\b(?:[Tt]he|[Tt]heir|[Aa])\s+video\s?conference\s+(?:of|on|held\s+on)\s+(?:\d{1,2}\s+[A-Z][a-z]+|"
               r"[A-Z][a-z]+\s+\d{1,2}\b)"),
    # "On April 13-14, a Kazakh delegation headed by X visited Moscow, where the parties agreed on a roadmap"
    # ... "visited Isilkul, where officers of the Department of the MIA of Russia for the Isilkul District showed the
    # guests ..."
    re.compile(r"\bvisited\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+where\s+(?:(?:the\s+)?(?:parties|sides|delegations|"
               r"they)\s+(?:agreed|discussed|signed|held|adopted|approved)\b|(?:officers|officials|representatives|"
               r"the\s+(?:leadership|heads?|chiefs?|management))\s+of\s+the\s+[A-Z])"),
    _VISITED_BODY,
    _TRAVELLED_ON_A_DAY,
    _ARRIVED_ON_A_VISIT,
    _WELCOMED_BY,
    _PROGRAMME_BEGAN,
    # "Thursday was devoted to the Law Enforcement University of Mongolia": a visit to it that day ("The final day of
    # the visit was spent at the University")
    re.compile(r"^\s*(?:(?:On\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|The\s+(?:next|following|last|final|"
               r"second|third|fourth|fifth)\s+day(?:\s+of\s+the\s+(?:visit|trip|programme|program))?)\s+was\s+"
               r"(?:(?:devoted|dedicated)\s+to\s+(?:a\s+visit\s+to\s+|visiting\s+)?|spent\s+(?:at|in)\s+)the\s+[A-Z]"),
    # "A ceremony marking the transfer of equipment donated by X to Y took place today in Dushanbe" (but "The official
    # welcome ceremony took place in ..." is part of the visit reported)
    # ... "The opening ceremony was attended by the Deputy Minister ..." (of a centre, a course)
    re.compile(r"\b[Tt]he\s+(?:opening|closing|inauguration|graduation)\s+ceremony\s+was\s+attended\s+by\b|"
               r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?ceremony\b(?:[^.;]{0,240}?\b(?:took|has\s+taken)\s+place|"
               # "a ceremony of handing over equipment donated by X to Y was held in Dushanbe"
               r"\s+(?:of|marking)\s+(?:the\s+)?(?:handing|handover|transfer|donation)\b[^.;]{0,240}?\bwas\s+held|"
               # "a ceremony was held to hand over special vehicles donated by X to Y", "a ceremony was held at the
               # Embassy in Rome to return to Russia three icons stolen ..."
               # ... and "a ceremony was held to mark the end of the regional training course"
               r"\s+was\s+held\s+(?:(?:at|in)\s+[^.;]{0,120}?\s)?(?:to|for)\s+(?:hand\s+over|return|"
               r"the\s+(?:handover|handing\s+over|transfer|return)\s+of|"
               r"mark\s+the\s+(?:end|completion|conclusion|close)\s+of)\b)"),
    # "Ten officers of the National Police Agency of Mongolia have completed a two-week internship at ..."
    # ("... have completed a professional development programme at the Institute")
    re.compile(r"\b(?:completed|finished|underwent|(?:is|are)\s+undergoing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:internship|course|training|(?:development|training|study|educational)\s+program(?:me)?)\b"),
    # "On Wednesday, the programme of the visit continued in Saint Petersburg": a stage in that city that day, whose
    # hosts the next sentences name
    re.compile(r"^\s*On\s+[^.;,]{3,20},\s+the\s+(?:programme|program)\s+of\s+the\s+(?:[\w-]+\s+)?visit\s+"
               r"continued\s+in\s+[A-Z]"),
    # "the Volgograd Academy of the MIA of Russia held a ceremonial graduation of foreign cadets"
    re.compile(r"\bheld\s+a\s+(?:[\w-]+\s+){0,2}?graduation\b"),
    # "The next day, A and B gave a joint press conference" (on the day of the talks, part of them)
    re.compile(r"\b(?:gave|held)\s+a\s+(?:joint\s+)?press\s+conference\b"),
]
# "Tomorrow, the Hungarian delegation will travel to Vladimir, where officers of ... will show the guests ...":
# a stage of the visit on a day to come, in that city
# (a city: not "On Monday, the equipment will go to the units", "... will go to work")
_WILL_TRAVEL = re.compile(r"^\s*(?:then,?\s+)?(?:tomorrow|on\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2}|"
                          r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                          # ("On the final day of the visit, the Russian delegation will travel to Naples")
                          r"the\s+(?:first|second|third|fourth|last|final)\s+day(?:\s+of\s+(?:the|his|her|their)\s+"
                          r"(?:\w+\s+)?(?:visit|trip|stay))?)|the\s+(?:next|following)\s+day)\b"
                          r"[^.;]{0,120}?\bwill\s+(?:then\s+|also\s+)?(?:travel|fly|go|proceed|head|continue|"
                          r"move\s+on)\s+to\s+"
                          r"(?!(?:the|a|an|their|his|her|its|work|units?)\b)\w", re.I)
# the one who travels, in the sentence after: "In Denpasar, he will meet with ...", "There, they will visit ..."
# (or the city he goes on to: "On 18 April, the delegation will travel to Hokkaido. In Sapporo, the Minister is
# scheduled to meet ...")
_THE_TRAVELLER = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]here)\b|^\s*In\s+[A-Z][\w-]+,")
_THE_VISITORS_WILL = re.compile(r"\s*(?:On\s+[^.;]{1,40}?,?\s+|(?:Then|After\s+that|Next|There|Later\s+that\s+day|"
                                r"The\s+(?:next|following)\s+day|"
                                r"In\s+the\s+(?:morning|afternoon|evening)|In\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),?\s*)?"
                                r"(?:[Tt]he\s+(?:(?P<state>[A-Z][a-z]+)\s+)?"
                                r"(?:delegation|police\s+officers|officials|side|guests|visitors|colleagues)|"
                                r"[Tt]hey|[Ii]t)\s+"
                                r"(?:will|(?:is|are)\s+(?:also\s+)?expected\s+to)\s+(?:also\s+)?"
                                r"(?:hold\s+(?:talks|a\s+meeting|meetings|consultations)|meet|visit|be\s+received|"
                                r"travel|fly|go|remain|stay)\b")
_GUESTS_WILL_BE_RECEIVED = re.compile(r"\s*(?:The\s+(?:[A-Z][a-z]+\s+)?(?:delegation|guests|visitors)|They)\s+will\s+"
                                      r"(?:also\s+)?be\s+received\s+(?:there\s+)?by\b")
# a sentence about the city just named: "... will take place in Nha Trang. There, X will meet with Y"
_THERE_LEAD = re.compile(r"\s*There\b")
# "The Memorandum is expected to be signed by the heads of the two agencies in Moscow in the first quarter of next
# year", "... is to be signed during the visit of X to Moscow": a meeting to sign it
_TO_BE_SIGNED = re.compile(r"\b(?:is|are)\s+(?:expected\s+|planned\s+|scheduled\s+|due\s+)?to\s+be\s+signed\b"
                           r"[^.;]{0,100}?\b(?:in|during)\s", re.I)
# "The Chief of the National Police, X, is also expected to take part in the talks": the talks announced
_EXPECTED_TO_JOIN = re.compile(rf"\b(?:is|are)\s+(?:also\s+)?expected\s+to\s+(?:take\s+part|participate)\s+in\s+"
                               rf"the\s+(?:[\w-]+\s+)?{EVENT_NOUN}\b", re.I)
PLANNED_CUES = [
    # (an adverb only before an event's verbs: "Moscow will also host a meeting", not "will also visit units")
    # ("... have been postponed and will now take place in Moscow on 13 March")
    re.compile(r"\b(?:will|shall|would)\s+(?:next\s+|(?:also|then|again|soon|now)\s+(?=(?:be\s+held|take\s+place|host|"
               r"hold|meet|convene)\b))?(?:be\s+held|take\s+place|"
               r"host|hold|meet|convene|"
               r"be\s+organi[sz]ed|be\s+hosted|gather|visit|take\s+part\s+in|participate\s+in|attend|"
               # ("on 5 November X and the members of his delegation will be received in Moscow by the Minister")
               r"be\s+received\s+(?:(?:in|at)\s+[^.;]{0,60}?)?by|"
               # ("a delegation of the Ministry would pay a return visit to Hanoi in the autumn")
               r"pay\s+a\s+return\s+visit\s+to|"
               r"(?:take|undergo)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:course|internship)|"
               # ("will undergo advanced training at ... from March 2 to March 27": dated, a course planned)
               r"undergo\s+(?:[\w-]+\s+){0,2}?training(?=[^.;]{0,120}?\b(?:from|on)\s+(?:\d|[a-z]+\s+\d))|"
               # ("X will lay a wreath at the Memorial and then hold talks with Y")
               r"[a-z]+\s[^.;]{0,80}?\band\s+(?:then\s+)?hold\s+(?:talks|a\s+meeting|consultations|negotiations))\b",
               re.I),
    # ("On the sidelines of the session, X is also scheduled to meet Y")
    # ("On the sidelines of the meeting, X is expected to hold bilateral talks with Y")
    re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:to\s+be\s+held|scheduled|planned|expected\s+to\s+take\s+place|"
               r"to\s+take\s+place|expected\s+to\s+(?:hold|meet)\b(?!\s+(?:the|its|their)\s+(?:obligations|"
               r"commitments|deadline)))\b", re.I),
    # "On 14 March, the 62nd session of the Commission on Narcotic Drugs will open in Vienna" ("The session will
    # last until 22 March": its end, see _extract_meetings)
    # (the event the subject: not "the talks were devoted to security during the Games, which will open in May")
    # ("Tomorrow, an advanced training course for officers of the ASEAN member states will open at the University")
    # (... "for officers of Afghanistan, Kyrgyzstan and Tajikistan will open": a list of names)
    re.compile(rf"\b{EVENT_NOUN}\b(?:\s+(?:of|for|on)\s+(?:[^.;,]|,\s(?=\w+(?:\s\w+)?(?:,|\s+and\s))){{0,120}}?)?"
               r"\s+will\s+"
               r"(?:open|begin|start|be\s+opened)\b", re.I),
    re.compile(r"\bto\s+be\s+held\b", re.I),
    re.compile(rf"\b(?:is|are)\s+to\s+be\s+\w+\s+at\s+the\s+{EVENT_NOUN}\b", re.I),
    re.compile(rf"\b(?:agreed|decided|proposal|proposed|intend|plan)\s+(?:to|that)\s+(?:hold|organi[sz]e|"
               rf"convene)\s+(?:the|a|an|their|its)?\s*(?:\w+\s+){{0,4}}?{EVENT_NOUN}\b", re.I),
    # (not "preside until its next session": that is when something else ends)
    re.compile(rf"(?<!until )(?<!until the )(?<!until its )(?<!before the )(?<!till the )\bnext\s+(?:\w+\s+){{0,2}}?"
               rf"(?:{EVENT_NOUN}|round)\b", re.I),
    re.compile(rf"\b(?:decision|decided|agreed|agreement|proposal|proposed|invitation|intention|intend|plans?)\b"
               rf"[^.;]{{0,40}}?\bto\s+(?:hold|organi[sz]e|convene)\s+[^.;]{{0,60}}?\b{EVENT_NOUN}\b", re.I),
    # "agreed to meet again in Beijing", "agreed to continue the dialogue in Moscow in 2012", "agreed to continue
    # the work at a meeting of experts in Quito"
    re.compile(r"\b(?:agreed|decided)\s+to\s+(?:meet\b|continue\s+(?:the\s+|their\s+)?(?:dialogue|consultations|"
               r"talks|discussion|work)\s+(?:in\s+(?!(?:the|a|an|this|that|order|future|writing|person)\b)\w|"
               rf"at\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){{0,2}}?{EVENT_NOUN}\b))", re.I),
    # "agreed to conduct a similar operation in 2009 and to review its results at a meeting in Uralsk"
    re.compile(rf"\b(?:agreed|decided)\s+to\s+[^.;]{{0,100}}?\bat\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{EVENT_NOUN}\b",
               re.I),
    # "instructors would travel to Luanda on 15-17 September to hold a seminar"
    # ... "would travel to Jakarta in May for consultations on ..."
    # ... "will arrive in Pskov for a working meeting with the leadership of the Directorate"
    # ... "the Russian Minister will travel to Naples to meet the Chief of the Italian State Police"
    re.compile(rf"\b(?:will|would|shall)\s+(?:(?:travel|go|come)\s+to|arrive\s+in)\s+[^.;]{{0,80}}?\b(?:(?:to\s+(?:hold|"
               rf"conduct|organi[sz]e|take\s+part\s+in|participate\s+in)\s+(?:a|an|the)|for(?:\s+(?:a|an|the))?)\s+"
               rf"(?:[\w-]+\s+){{0,3}}?{EVENT_NOUN}|to\s+meet\s+(?:with\s+)?(?:the|his|her|its|their)\s|"
               # ("On 14 March, X will arrive in Moscow on an official visit at the invitation of Y")
               rf"on\s+(?:a|an)\s+(?:official\s+|working\s+|state\s+)?visit)\b", re.I),
    # "will travel to Irkutsk, where he is to meet the leadership of the Main Directorate"
    re.compile(rf"\b(?:is|are)\s+to\s+(?:meet|visit|hold\s+talks|take\s+part\s+in|attend|"
               rf"hold\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{EVENT_NOUN})\b", re.I),
    # "On Tuesday, the delegation will continue its programme in Moscow with consultations at the Service"
    re.compile(rf"\bwill\s+continue\s+(?:its|their|his|her|the)\s+(?:programme|program|visit|stay|work)\b"
               rf"[^.;]{{0,60}}?\bwith\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{EVENT_NOUN}\b", re.I),
    # "The plan of the chairmanship provides for a meeting of the Council in Kazan on June 2-3", "provides for
    # holding the first meeting of the Task Force in Kaliningrad"
    # ("The programme of the visit provides for talks in Jakarta on February 25")
    # "The first event of the Presidency will be the meeting of the Committee in Kaliningrad" (not "the conference
    # would be the first event of this level held in Russia")
    re.compile(rf"\bwill\s+be\s+(?:the|a|an)\s+(?:(?!of\b)[\w-]+\s+){{0,2}}?{EVENT_NOUN}\b"
               r"(?!\s+of\s+(?:this|its|such)\b)", re.I),
    re.compile(rf"\b(?:provides|provide|provided)\s+for\s+(?:(?:holding|organi[sz]ing|convening)\s+)?(?:(?:a|an|the)\s+"
               rf"(?:[\w-]+\s+){{0,3}}?{EVENT_NOUN}|(?:[\w-]+\s+)?(?:talks|consultations|negotiations|meetings))\b",
               re.I),
    _WILL_TRAVEL,
    _TO_BE_SIGNED,
    # "The details will be worked out next month in Smolensk, at a meeting of the working group"
    re.compile(rf"\bwill\s+be\s+(?:discussed|worked\s+out|considered|agreed|finali[sz]ed|approved|signed)\b"
               rf"[^.;]{{0,80}}?\bat\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){{0,2}}?{EVENT_NOUN}\b", re.I),
    _EXPECTED_TO_JOIN,
    # a stage of a visit's programme: "On Tuesday, the guests will remain in Moscow to visit the Academy and meet its
    # Chief" ("On 14 June, X will stay in Rome and meet the Chief of Police"), "The visit will end on Thursday with a
    # round table on ..."
    re.compile(rf"\bwill\s+(?:remain|stay)\s+in\s+\w+(?:\s+\w+)?\s+(?:to|and)\s+(?:will\s+)?(?:visit|meet|hold|"
               rf"get\s+acquainted)\b|"
               # ("the visit will begin in New Delhi on Monday with talks between A and B")
               rf"\bwill\s+(?:end|conclude|close|begin|start|open)\s+(?:(?:on|in)\s+[^.;]{{0,40}}?\s)?with\s+"
               rf"(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{EVENT_NOUN}\b", re.I),
    # "There X and his colleagues will get acquainted with the security system and hold a meeting with the Chief"
    # ("On the last day, the Minister will return to Belgrade and take part in the graduation ceremony")
    re.compile(r"\b(?:will|is\s+to|are\s+to)\s+[^.;]{0,120}?\band\s+(?:hold\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:meeting|talks|consultations)|meet\s+with|take\s+part\s+in|attend|visit)\b", re.I),
    # "The programme also includes a meeting in Belgrade between A and B"
    re.compile(rf"\b(?:programme|program|agenda)\s+(?:of\s+the\s+visit\s+)?(?:also\s+)?(?:includes|envisages)\s+"
               rf"(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{EVENT_NOUN}\b", re.I),
    # "Tomorrow, in Managua, the Training Center of the MIA of Russia will be officially opened": its opening (not
    # "The conference will be opened by the Minister": who opens an event)
    re.compile(r"\b(?:centre|center|office|bureau|school|museum|institute|academy)\b[^.;]{0,80}?\s+will\s+be\s+"
               r"(?:officially\s+|solemnly\s+|ceremonially\s+)?opened\b(?!\s+by\b)", re.I),
    # "The first course at the Center will run from 7 to 18 October" (but "The course will run until 7 December":
    # the days of the course reported, see _attach_context)
    re.compile(rf"\b(?:first|next|second|third|new|another)\s+(?:[\w-]+\s+){{0,2}}?{EVENT_NOUN}\b"
               rf"(?:\s+(?:of|for|on|at)\s+[^.;,]{{0,120}}?)?\s+will\s+run\s+(?:from|until|till|through)\b", re.I),
    # "Tomorrow, the Moscow University of the MIA of Russia will open a two-week advanced training course on ..."
    re.compile(rf"\bwill\s+(?:open|launch|organi[sz]e|conduct)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,4}}?{EVENT_NOUN}\b", re.I),
]
NOT_A_MEETING = re.compile(r"\b(?:operation|operations|exercise|campaign|raid|raids|joint\s+patrols?|"
                           r"operational(?:\s+and\s+|-)preventive|preventive\s+(?:event|action)s?)\b", re.I)
# the event nouns that make a sentence about an operation report a meeting as well ("the operation was discussed at
# the meeting"); "event", "course" and "exercise" name the operation itself ("the operational and preventive event")
MEETING_NOUN = re.compile(r"\b(?:meeting|talks|session|conference|convention|consultations|negotiations|forum|summit|"
                          r"seminar|round table|briefing|assembly|congress|symposium|workshop|videoconference|"
                          r"video conference)\b", re.I)
SIDELINES = re.compile(r"\bon the sidelines\b|\bon the margins\b|\bduring (?:a|the) (?:coffee )?break\b", re.I)
PARTICIPATION = re.compile(
    r"\b(?:took part|take part|taking part|participated|attended|representatives? of|delegations? of|"
    r"delegations? from|joined|comprised|organi[sz]ed by|together with|with the participation|brought together|"
    r"gathered|hosted by|expected to take part|national experts|liaison officers|were present|"
    r"connected to each other|alongside|represented by|was represented|"
    r"(?:experts|officials|students|trainees) (?:of|from)|(?:was|were) completed by|"
    r"(?:students|trainees|graduates) represented|"
    # "The Russian delegation, which included officers of the MIA, the FMS and the MFA": its bodies
    r"delegation,?\s+(?:which\s+)?(?:also\s+)?included\s+(?:officers|representatives|experts|officials|specialists|"
    r"employees|members)\s+of|"
    # "Eighteen officers of A, B and C are studying ...": a course's students
    # ("Police officers from A, B and C have completed a course", "Twenty officers of A and B studied ...")
    r"officers\s+(?:of|from)\s+[^.;]{0,200}?\b(?:(?:are|were)\s+(?:studying|being\s+trained|trained)|studied|"
    r"(?:have|has)\s+(?:completed|finished|undergone))|"
    r"confirmed (?:their|its) participation)\b", re.I)
OBSERVERS = re.compile(r"\bobservers?\b", re.I)
AGENDA = re.compile(r"\bagenda\b|\bdevoted to\b|\bwill discuss\b|\bwill focus\b|\bto discuss\b|\bwill be discussed\b",
                    re.I)
QUOTED_NAME = re.compile(r"[\u201c\"\u00ab][A-Z][^\u201d\"\u00bb]{1,79}[\u201d\"\u00bb]")

# ------------------------------------------------------------------------------------------------
# Mentions


@dataclass
class Mention:
    kind: str  # agency | country | place | person
    start: int
    end: int
    key: str
    surface: str
    nested: bool = False


@dataclass
class _Context:
    """Per-release working state shared by the extraction steps."""

    release: Release
    gaz: Gazetteer
    text: str
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)
    agencies: dict[str, AgencyFact] = field(default_factory=dict)
    persons: dict[str, PersonFact] = field(default_factory=dict)
    person_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, person key)
    title_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)  # acronym seen in this release -> agency key
    cue_hits: list[tuple[int, str]] | None = None  # crime-area cues found in the masked text, by offset
    cue_starts: list[int] = field(default_factory=list)  # the offsets of ``cue_hits``
    tokens: dict[int, list[Token]] = field(default_factory=dict)  # sentence index -> its tokens
    # meeting cues of a sentence or clause, by its text (each is asked several times)
    words_memo: dict[str, dict[str, int] | None] = field(default_factory=dict)
    event_memo: dict[str, re.Match[str] | None] = field(default_factory=dict)
    planned_memo: dict[str, bool] = field(default_factory=dict)
    held_memo: dict[str, re.Match[str] | None] = field(default_factory=dict)
    index: _MentionIndex | None = None  # the final mentions, indexed once the meetings are looked for
    dated_days: list[tuple[int, date]] | None = None  # (offset, day) of each day written with its year
    told_days: list[tuple[int, date]] | None = None  # (offset, last day) of each date told, for "on the 17th"
    text_dates: list[DateMention] | None = None  # every date the whole text tells, read once for the two above

    def in_sentence(self, sentence: Sentence, kind: str | None = None, nested: bool = True) -> list[Mention]:
        return [m for m in self.mentions
                if sentence.start <= m.start < sentence.end and (kind is None or m.kind == kind)
                and (nested or not m.nested)]


_ABSENT_WORDS = ("behalf", "greeting", "wishes", "regards", "message", "letter", "congratulation", "instruction",
                 "convey")
_ABSENT = re.compile(r"(?i:on behalf of|greetings (?:of|from)|wishes to|regards to|message (?:of|from)|"
                     r"letter (?:of|from)|congratulations (?:of|from)|instructions? (?:of|from)|"
                     r"conveyed? [^.;]{0,40}?\bto)\s+(?:the\s+)?(?:(?:[A-Z][\w.'\u2019-]*|of|the|and)[ ,]+)*$")


class _MentionIndex:
    """The final mentions and person spans of a release, by kind and offset.

    The meeting and chairmanship rules ask, sentence by sentence, which agencies, countries and persons
    a stretch of text names; each question was a scan (and a sort) of every mention.
    """

    def __init__(self, ctx: _Context) -> None:
        self.by_kind: dict[str, list[Mention]] = {}
        for m in ctx.mentions:
            self.by_kind.setdefault(m.kind, []).append(m)
        # by offset; a stable sort keeps the order of mentions that start together
        self.agencies = sorted(self.by_kind.get("agency", []), key=lambda m: m.start)
        self.agency_starts = [m.start for m in self.agencies]
        self.countries = sorted(self.by_kind.get("country", []), key=lambda m: m.start)
        self.country_starts = [m.start for m in self.countries]
        self.country_at = set(self.country_starts)
        self.person_spans = sorted(ctx.person_spans)
        self.person_starts = [s for s, _e, _k in self.person_spans]
        self.first_mention: dict[str, int] = {}
        self.named_at: dict[str, list[int]] = {}  # person key → where each mention starts, sorted
        for s, _e, key in self.person_spans:
            self.first_mention.setdefault(key, s)
            self.named_at.setdefault(key, []).append(s)
        self.spokesperson = {key: bool(person.title and SPOKESPERSON.search(person.title))
                             for key, person in ctx.persons.items()}
        # mentions of people who are not there: "on behalf of the President X", "best wishes to Y"
        self.absent: set[int] = set()
        if any(word in ctx.text for word in _ABSENT_WORDS):
            self.absent = {s for s, _e, _k in self.person_spans if _ABSENT.search(ctx.text, max(0, s - 160), s)}
        self._agency_spans = [(a.start, a.end) for a in self.by_kind.get("agency", [])]
        self._place_ends = [p.end for p in self.by_kind.get("place", [])]
        self._in_agency: dict[int, bool] = {}
        spans = [(m.start, m.end) for m in ctx.mentions if m.kind in ("agency", "country", "person")]
        self.names_masked = mask(ctx.text, spans + [(s, e) for s, e, _ in ctx.person_spans])

    def in_agency(self, offset: int) -> bool:
        """Whether an agency's name covers ``offset``."""
        inside = self._in_agency.get(offset)
        if inside is None:
            inside = self._in_agency[offset] = any(s <= offset < e for s, e in self._agency_spans)
        return inside

    def place_just_before(self, offset: int) -> bool:
        """Whether a place's name ends less than 4 characters before ``offset``."""
        return any(end <= offset and offset - end < 4 for end in self._place_ends)


# ------------------------------------------------------------------------------------------------
# Gazetteer scanning


_SCANNERS: dict[int, list[tuple[str, re.Pattern[str], dict[str, str]]]] = {}
# id of a case-insensitive pattern -> the same pattern, case-sensitive, to run on ``plain_lower`` text (sre
# scans a case-sensitive alternation several times faster). By id: a pattern hashes its whole source.
_FOR_LOWERED: dict[int, re.Pattern[str]] = {}
# id of a case-sensitive name pattern -> the same without its leading ``(?<![\w-])``: sre then jumps to the
# characters that can start a name instead of trying every position (see :func:`_name_matches`)
_HEADLESS: dict[int, re.Pattern[str]] = {}
_NOT_AFTER_WORD = r"(?<![\w-])"


def _alternation(names: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    phrases = {n for n in names if n}
    body = rf"(?:{trie_pattern(phrases)})(?![\w-])"
    pattern = re.compile(_NOT_AFTER_WORD + body, flags)
    if flags & re.I:
        if all(is_plain_lower(p) for p in phrases):
            _FOR_LOWERED[id(pattern)] = re.compile(_NOT_AFTER_WORD + body, flags & ~re.I)
    else:
        _HEADLESS[id(pattern)] = re.compile(body, flags)
    return pattern


def _name_matches(pattern: re.Pattern[str], text: str, pos: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos)``, faster for a pattern with a headless form.

    The headless form finds the leftmost candidate; one preceded by a word character or hyphen is a
    position where ``pattern`` fails, so the search goes on from the next character.
    """
    headless = _HEADLESS.get(id(pattern))
    if headless is None:
        yield from pattern.finditer(text, pos)
        return
    search = headless.search
    while (match := search(text, pos)) is not None:
        at = match.start()
        if at > 0 and _WORD_OR_HYPHEN.match(text, at - 1):
            pos = at + 1
            continue
        yield match
        pos = match.end()


def _scanner_for(pattern: re.Pattern[str], text: str, lowered: str | None) -> tuple[re.Pattern[str], str]:
    """The pattern and subject to scan ``text`` with: the lowered text when that finds the same matches."""
    fast = _FOR_LOWERED.get(id(pattern)) if lowered is not None else None
    return (fast, lowered) if fast is not None and lowered is not None else (pattern, text)


def _scanners(gaz: Gazetteer) -> list[tuple[str, re.Pattern[str], dict[str, str]]]:
    cached = _SCANNERS.get(id(gaz))
    if cached is not None:
        return cached
    tables: list[tuple[str, re.Pattern[str], dict[str, str]]] = []
    countries: dict[str, str] = {}
    for entry in gaz.countries.values():
        for name in entry.names:
            countries[_typo(name)] = entry.key
            if not name.startswith("the "):
                countries[_typo("the " + name)] = entry.key
    tables.append(("country", _alternation(countries), countries))
    places = {_typo(n): e.key for e in gaz.places.values() for n in e.names}
    tables.append(("place", _alternation(places), places))
    # names match whatever their case ("of the CIS member states"), acronyms only as written
    agencies = {_typo(n).lower(): e.key for e in gaz.agencies.values() for n in e.names if not _is_acronym(n)}
    acronyms = {_typo(n): e.key for e in gaz.agencies.values() for n in e.names if _is_acronym(n)}
    tables.append(("agency", _alternation(agencies, re.I), agencies))
    tables.append(("agency", _alternation(acronyms), acronyms))
    _SCANNERS[id(gaz)] = tables
    return tables


def _typo(text: str) -> str:
    """Typographic variants that keep the length: curly apostrophes, non-breaking spaces."""
    return text.replace("\u2019", "'").replace("\u00a0", " ")


def _scan_gazetteer(ctx: _Context) -> None:
    text = _typo(ctx.text)
    start = ctx.release.body_start
    lowered = plain_lower(text)
    for kind, case_pattern, table in _scanners(ctx.gaz):
        pattern, subject = _scanner_for(case_pattern, text, lowered)
        for match in _name_matches(pattern, subject, start):
            surface = text[match.start():match.end()]
            key = table.get(surface) if surface in table else table.get(surface.lower())
            if key is None or (kind == "agency" and not surface[:1].isupper()):
                continue
            if kind == "country" and surface.startswith("the "):
                # keep the article out of the span (it is not part of the name)
                ctx.mentions.append(Mention(kind, match.start() + 4, match.end(), key, surface[4:]))
            else:
                ctx.mentions.append(Mention(kind, match.start(), match.end(), key, surface))
            if kind == "agency":
                _scan_nested(ctx, pattern, table, text, subject, match.start(), match.end())


_WORD_START = re.compile(r"(?<!\S)\S")


def _scan_nested(ctx: _Context, pattern: re.Pattern[str], table: dict[str, str], text: str, subject: str,
                 start: int, end: int) -> None:
    """Agencies named inside another's name ("MIA of Russia" in "... Directorate of the MIA of Russia").

    ``pattern`` runs on ``subject`` (``text`` or its lowered view, same offsets).
    """
    for word in _WORD_START.finditer(text[start:end]):
        inner_start = start + word.start()
        match = pattern.match(subject, inner_start, end if inner_start > start else end - 1)
        if not match:
            continue
        surface = text[match.start():match.end()]
        if not surface[:1].isupper():
            continue
        key = table.get(surface) or table.get(surface.lower())
        if key:
            ctx.mentions.append(Mention("agency", match.start(), match.end(), key, surface, nested=True))


# ------------------------------------------------------------------------------------------------
# Tokens and capitalised runs

# an initial: a capital, or the two letters that stand for one Russian letter ("Oleg Ye. Shumilin")
_INITIAL = rf"(?:{INITIAL_LETTER}\.)"
_TOKEN = re.compile(rf"{_INITIAL}{{1,3}}(?=\s?[A-Z\u00C0-\u00DE])|[^\W\d_](?:[\w'\u2019]|-(?=[^\W_]))*"
                    r"|\d+(?:st|nd|rd|th)?")


_INITIALS = re.compile(rf"{_INITIAL}{{1,3}}")


class Token:
    """A word of a sentence; ``cap`` and ``low`` are computed once (they are read in every rule)."""

    __slots__ = ("cap", "end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.cap = text[:1].isupper()
        self.low = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    @property
    def initials(self) -> bool:
        return _INITIALS.fullmatch(self.text) is not None


_ARTICLE_OF_A_NAME = re.compile(r"\b(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-[A-Z]")


def _tokens(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]``; filled in here, without ``Token.__init__`` (a call per word costs)."""
    tokens: list[Token] = []
    new = Token.__new__
    append = tokens.append
    # "al-Hashimi" is a name word as "Al-Hashimi" is (looked for per word only where the text has one)
    articles = text.find("-", start, end) >= 0 and _ARTICLE_OF_A_NAME.search(text, start, end) is not None
    for match in _TOKEN.finditer(text, start, end):
        tok = new(Token)
        tok.text = word = match[0]
        tok.start, tok.end = match.span()
        tok.cap = word[0].isupper() or (articles and _ARTICLE_OF_A_NAME.match(word) is not None)  # (never empty)
        tok.low = word.lower()
        append(tok)
    return tokens


def _sentence_tokens(ctx: _Context, sentence: Sentence) -> list[Token]:
    """The tokens of a sentence, computed once per release (persons and agencies both walk them)."""
    tokens = ctx.tokens.get(sentence.index)
    if tokens is None:
        tokens = ctx.tokens[sentence.index] = _tokens(ctx.text, sentence.start, sentence.end)
    return tokens


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


# a ministry named by a list of fields: "Minister of Labour" + "Migration and Employment of the Population of X"
_A_FIELD = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
_OF_A_FIELD = re.compile(r"\bMinist(?:er|ry)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+Affairs)?"
                         r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*$")
_PORTFOLIO_LIST = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+and\s+[A-Z][a-z]+\b")


# "the Migration Service under the Ministry of ...": one name, whose head noun ("Service") ends before "under"
_UNDER_A_BODY = re.compile(r"under the (?:Ministry|Government|President|Cabinet)\b")
_CORE_ENDS = CONNECTORS | {"under"}


def _fields_go_on(text: str, run: list[Token], tok: Token, names: _Spans) -> bool:
    """"Ministry of Labour, Migration and Employment of X": a list of fields after the comma goes on with the name
    (not a list of known bodies or states: "the Ministry of the Interior, Europol and Interpol")."""
    if len(run) >= 4 and run[-2].low == "the":
        run = run[:-2] + run[-1:]  # "Ministry of the Interior, Building and Community"
    if len(run) < 3 or run[-2].low not in ("of", "for") or run[-3].low not in ("ministry", "minister"):
        return False
    fields = _PORTFOLIO_LIST.match(text, tok.start)
    return fields is not None and not names.overlaps(tok.start, fields.end())


def _runs(text: str, tokens: list[Token], names: _Spans) -> list[list[Token]]:
    """Maximal runs of capitalised words joined by connectors and single spaces (name-like phrases)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        if current:
            gap = _gap(text, current[-1], tok)
            joined = gap in (" ", "") or (gap.strip() == "" and "\n" not in gap and len(gap) < 8) \
                or (gap == ", " and _fields_go_on(text, current, tok, names))
            if not joined or not (tok.cap or tok.low in CONNECTORS or tok.text[:1].isdigit()
                                  or (tok.low == "under" and current[-1].low in HEAD_NOUNS
                                      and _UNDER_A_BODY.match(text, tok.start))) \
                    or (tok.low == "the" and current[-1].cap and not current[-1].low.endswith("ing")):
                # "at the office of the Ministry the Ambassador ...": two names (not "for Combating the Illegal Use")
                runs.append(current)
                current = []
        if not current and not tok.cap:
            continue
        current.append(tok)
    if current:
        runs.append(current)
    cleaned = []
    for run in runs:
        while run and not run[-1].cap:
            run = run[:-1]
        if run:
            cleaned.append(run)
    return cleaned


# ------------------------------------------------------------------------------------------------
# Agencies from the shape of official names


def _is_head(tokens: list[Token]) -> bool:
    if not tokens:
        return False
    if tokens[-1].low in HEAD_NOUNS:
        return True
    return len(tokens) >= 2 and (tokens[-2].low, tokens[-1].low) in TWO_WORD_HEADS


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and word.isalnum()


def _split_at_and_the(text: str, run: list[Token]) -> list[list[Token]]:
    """Two names joined by "and": "X and the Y", "Finnish Border Guard and Finnish Customs"."""
    parts: list[list[Token]] = [[]]
    i = 0
    while i < len(run):
        tok = run[i]
        if tok.low == "and" and i + 1 < len(run) and run[i + 1].low == "the":
            parts.append([])
            i += 2
            continue
        if tok.low == "and" and i + 2 < len(run) and run[i + 1].low == "of" and run[i + 2].low == "the":
            parts.append([])  # "a delegation of the X and of the Y"
            i += 3
            continue
        if tok.low == "and" and i + 2 < len(run) and run[i + 1].low == "of" and run[i + 2].cap and \
                _is_head(parts[-1]):
            parts.append([])  # "Representatives of the Finnish Border Guard and of Norwegian Customs"
            i += 2
            continue
        if tok.low == "and" and len(parts[-1]) >= 2 and _is_head(parts[-1]) and i + 1 < len(run) and \
                run[i + 1].cap and _is_head(_core_tokens(run[i + 1:])):
            parts.append([])
            i += 1
            continue
        if tok.low == "to" and i + 2 < len(run) and run[i + 1].low == "the" and (
                run[i + 2].low in _A_POST_TO) and not any(t.low in _ACCREDITED for t in parts[-1]):
            parts.append([])  # "handed over the chairmanship of the Council to the Minister of ...": a post
            i += 2
            continue
        if tok.low == "to" and i + 2 < len(run) and run[i + 1].low == "the" and _names_a_body(parts[-1]) and \
                _names_a_body(run[i + 2:]) and not any(t.low in _ACCREDITED for t in parts[-1]):
            parts.append([])  # "from the National Police of X to the National Police of Y" (not "the Mission of
            # Russia to the EU")
            i += 2
            continue
        after = _core_tokens(run[i + 1:]) if tok.low == "and" and i + 1 < len(run) and run[i + 1].cap else []
        if len(after) >= 2 and _is_head(after) and _is_head(_core_tokens(parts[-1])) and \
                parts[-1][-1].low not in CONNECTORS:
            # "the Border Directorate of the FSB of Russia for the Amur Region and Blagoveshchensk Customs" (but
            # "Ministry of the Interior and Administration" is one)
            parts.append([])
            i += 1
            continue
        parts[-1].append(tok)
        i += 1
    return [p for p in parts if p]


def _names_a_body(tokens: list[Token]) -> bool:
    """Whether capitalised words with a head noun start the tokens ("National Police of Colombia")."""
    core = _core_tokens(tokens)
    return bool(core) and core[0].cap and (any(t.low in HEAD_NOUNS and t.cap for t in core) or (
        len(core) == 1 and _is_acronym(core[0].text)))  # ("a liaison officer of the MIA of Russia to the Embassy")


def _core_tokens(tokens: list[Token]) -> list[Token]:
    core: list[Token] = []
    for tok in tokens:
        if tok.low in _CORE_ENDS and not tok.cap:
            break
        core.append(tok)
    return core


_OPENING_QUOTES = frozenset('"\u201c\u00ab\u201e')


def _pattern_agencies(ctx: _Context) -> None:
    text = ctx.text
    known = _Spans((m.start, m.end) for m in ctx.mentions if m.kind == "agency")
    countries = _Spans((m.start, m.end) for m in ctx.mentions if m.kind in ("country", "place"))
    known_or_country = _Spans((m.start, m.end) for m in ctx.mentions if m.kind in ("agency", "country", "place"))
    # the offsets inside persons' names (short spans): a set lookup per token instead of a scan of the spans
    in_person = {offset for s, e, _key in ctx.person_spans for offset in range(s, e)}
    for sentence in ctx.sentences:
        tokens = _sentence_tokens(ctx, sentence)
        for run in _runs(text, tokens, known_or_country):
            if run[0].low == "on" and text[run[0].start - 1:run[0].start] in _OPENING_QUOTES:
                continue  # the Federal Law "On Police": a law's title
            for part in _split_at_and_the(text, run):
                _agencies_in_run(ctx, part, known, countries, in_person)


_BILATERAL_BODY = re.compile(
    r"\b(?:[A-Z][a-z]+-)+[A-Z][a-z]+\s+(?:joint\s+|intergovernmental\s+|coordination\s+|working\s+)?"
    r"(?:working group|coordination group|commission|group|committee|council)"
    r"(?:\s+(?:on|for)\s+[a-z][a-z\s-]*?)?(?=[,.;:]|\s+(?:will|would|is|are|was|were|which|that|meets|met|has|"
    r"have|had|to|took|held|opened|discussed|considered|reviewed|adopted|approved|summed)\b|\s+in\s+[A-Z])")


def _bilateral_bodies(ctx: _Context) -> None:
    known = [(m.start, m.end) for m in ctx.mentions if m.kind == "agency"]
    for match in _BILATERAL_BODY.finditer(ctx.text, ctx.release.body_start):
        if any(s < match.end() and match.start() < e for s, e in known):
            continue
        ctx.mentions.append(Mention("agency", match.start(), match.end(), "", match.group(0)))


_NAMED_AFTER_NAME = re.compile(r"\s+named\s+after\s+(?:(?:[A-Z][a-z]+|of)\s+){0,6}?(?:[A-Z][a-z]?\.\s*){1,3}"
                               r"[A-Z][\w'-]+")


def _named_after(ctx: _Context) -> None:
    """"the Karaganda Academy of the MIA of Kazakhstan named after B. Beisenov": the name goes on (for a name the
    reference data does not know; it knows "... named after V.Ya. Kikot" whole)."""
    if "named after" not in ctx.text:
        return
    for mention in ctx.mentions:
        if mention.kind == "agency" and not mention.key and not mention.nested:
            more = _NAMED_AFTER_NAME.match(ctx.text, mention.end)
            if more:
                mention.end = more.end()
                mention.surface = ctx.text[mention.start:mention.end]


_COORDINATED = re.compile(
    r"\b(?:Ministries|Ministers|ministries|ministers)\s+of\s+(?P<field>the\s+Interior|Interior|Internal\s+Affairs|"
    r"Public\s+Security|Home\s+Affairs|Justice|Foreign\s+Affairs)\s+of\s+(?P<list>(?:the\s+)?[A-Z]"
    # (not into a clause: "the Council of Ministers of Internal Affairs of the CIS Member States, in which the heads
    # of the police services of Armenia and Belarus took part")
    r"(?:(?!,\s+(?:in\s+|at\s+)?(?:which|where|who)\b)[^.;:()])*?"
    r"\s+and\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")


def _coordinated_agencies(ctx: _Context) -> None:
    """"the Ministries of Internal Affairs of Belarus, Kazakhstan and Kyrgyzstan": one ministry each."""
    for match in _COORDINATED.finditer(ctx.text, ctx.release.body_start):
        field_name = re.sub(r"\s+", " ", match.group("field"))
        lo, hi = match.start("list"), match.end("list")
        for m in [m for m in ctx.mentions if m.kind == "country" and lo <= m.start < hi]:
            official = ctx.gaz.countries[m.key].official if m.key in ctx.gaz.countries else m.key
            surface = f"Ministry of {field_name} of {official}"
            ctx.mentions.append(Mention("agency", m.start, m.end, "", surface, nested=False))


_FEW_SPANS = 24


class _Spans:
    """Text spans, asked which of them cover or overlap a stretch: a bisect near it, not a scan of all.

    The rules ask this for every word of a release; scanning every span made a long release quadratic.
    A span that reaches an offset starts at most ``longest`` characters before it.
    """

    __slots__ = ("_longest", "_spans", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _e in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._spans.insert(at, (start, end))
        self._longest = max(self._longest, end - start)

    def near(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans starting from ``lo - longest`` to before ``hi``: all that can reach into [lo, hi)."""
        if len(self._spans) <= _FEW_SPANS:  # a release's usual few: a scan costs less than two bisects
            return self._spans
        return self._spans[bisect_left(self._starts, lo - self._longest):bisect_left(self._starts, hi)]

    # (loops, not any() over a generator: these are asked for every word of a release)
    def covers(self, start: int, end: int) -> bool:
        for s, e in self.near(start, start + 1):  # noqa: SIM110 (see above)
            if s <= start and end <= e:
                return True
        return False

    def overlaps(self, start: int, end: int) -> bool:
        for s, e in self.near(start, end):  # noqa: SIM110 (see above)
            if s < end and start < e:
                return True
        return False

    def holds(self, offset: int) -> bool:
        for s, e in self.near(offset, offset + 1):  # noqa: SIM110 (see above)
            if s <= offset < e:
                return True
        return False


# the heads of names that say where they are accredited ("Permanent Mission of Russia to the EU")
_ACCREDITED = frozenset({"embassy", "consulate", "mission", "representation", "office", "ambassador", "delegation"})


_MONTH_AND_DAY_WORDS = frozenset((*MONTHS, *WEEKDAYS))
_WHERE_OR_WHEN = re.compile(r"\b(?:in|to|" + "|".join(sorted(word.capitalize() for word in _MONTH_AND_DAY_WORDS))
                            + r")\b")  # (months and days as written in a run: capitalised)


# parts of the world, which no body is named after: "the key partners of the MIA of Russia in Latin America"
_WORLD_REGION = re.compile(r"(?:the\s+)?(?:(?:Latin|Central|South|North|Southeast|South-East|East|West|Western|"
                           r"Eastern|Northern|Southern)\s+)?(?:Europe|Asia|Africa|America|Middle\s+East|Balkans|"
                           r"Caucasus|Caribbean|Asia-Pacific\s+[Rr]egion)\b")


def _without_where_and_when(ctx: _Context, run: list[Token]) -> list[Token]:
    """A run cut where the words after a name say where or when, not what.

    "... of the Republic of Uzbekistan in Tashkent", "Europol in The Hague on May 18", "the presidency of
    the Working Group to Austria", "Representative of the MIA of Russia in Serbia" (but "the Embassy of
    Russia in Austria" keeps its state).
    """
    if len(run) < 3 or not _WHERE_OR_WHEN.search(ctx.text, run[1].start, run[-1].end):
        return run
    accredited_where = False  # (the first "in" or "to" after "Embassy": its state; "... in Rome" after that: where)
    for i, tok in enumerate(run[1:], start=1):
        if tok.low in _MONTH_AND_DAY_WORDS:
            cut = i - 1 if run[i - 1].low in CONNECTORS else i
            run = run[:cut]
            break
        if tok.low not in ("in", "to") or i + 1 >= len(run):
            continue
        if not accredited_where and any(t.low in _ACCREDITED for t in run[:i]):
            accredited_where = True
            continue
        if i >= 2 and run[i - 1].low == "headquarters" and run[i - 2].low == "police":
            continue  # the Polish "Voivodeship Police Headquarters in Olsztyn" is named after its seat
        after = {run[i + 1].start, run[i + 2].start if run[i + 1].low == "the" and i + 2 < len(run) else -1}
        kinds = ("place", "country")  # (also "the visit of the Chief of the Indonesian National Police to Moscow")
        if any(m.kind in kinds and m.start in after for m in ctx.mentions) or (
                tok.low == "in" and _WORLD_REGION.match(ctx.text, run[i + 1].start)):
            run = run[:i]
            break
    while run and not run[-1].cap:
        run = run[:-1]
    return run


def _without_trailing_rank(run: list[Token]) -> list[Token]:
    """"... Drugs Control of the MIA of Russia Police Lieutenant General" (before a name): the rank is the person's."""
    for cut in _rank_cuts([t.text for t in run], first=1):
        if run[cut - 1].low not in ROLE_WORDS and run[cut - 1].low not in CONNECTORS:
            return run[:cut]
    return run


def _agencies_in_run(ctx: _Context, run: list[Token], known: _Spans, countries: _Spans, in_person: set[int]) -> None:
    # a person's name ends an agency name: "Head of the X of Russia Colonel A. Petrov and Head of the Y"
    segment: list[Token] = []
    for tok in run:
        if tok.start in in_person:
            if segment:
                _agencies_in_segment(ctx, segment, known, countries)
            segment = []
        else:
            segment.append(tok)
    if segment:
        _agencies_in_segment(ctx, segment, known, countries)


def _joins_known(candidate: list[Token], known: _Spans) -> bool:
    """Whether the words are a known name, "and"/"to" (the), and the start of another known name; or a bare head
    word or a year, "to", and a known name ("entrusted the chairmanship of the Council for 2017 to the MIA")."""
    for i, tok in enumerate(candidate[1:-1], start=1):
        if tok.low not in ("and", "to"):
            continue
        if not known.covers(candidate[0].start, candidate[i - 1].end) and not (
                tok.low == "to" and (i == 1 or candidate[i - 1].text.isdigit())):
            continue
        after = candidate[i + 2] if candidate[i + 1].low == "the" and i + 2 < len(candidate) else candidate[i + 1]
        if any(s == after.start for s, _e in known.near(after.start, after.start + 1)):
            return True
    return False


def _of_a_state(ctx: _Context, rest: list[Token]) -> bool:
    """"of (the) Republic of Slovenia": the words are "of" and a state's name, nothing more."""
    if not rest or rest[0].low != "of":
        return False
    rest = rest[2:] if len(rest) > 1 and rest[1].low == "the" else rest[1:]
    return bool(rest) and ctx.gaz.country(ctx.text[rest[0].start:rest[-1].end]) is not None


_VENUE_KINDS = frozenset({"conference", "congress", "exhibition", "business", "trade", "convention", "concert"})
_OFFICE_OF_A_POST = re.compile(r"['\u2019]s\s+Office\b")


def _agencies_in_segment(ctx: _Context, run: list[Token], known: _Spans, countries: _Spans) -> None:
    while run and run[0].low in ("the", "a", "an", "and"):
        run = run[1:]
    while run and not run[-1].cap:
        run = run[:-1]
    if not run:
        return
    run = _without_where_and_when(ctx, run)
    run = _without_trailing_rank(run)
    if not run:
        return
    starts = [0] + [i + 1 for i, t in enumerate(run[:-1]) if t.low in ("of", "for", "at", "the")
                    and (i + 1 < len(run) and run[i + 1].cap)]
    first = True
    for begin in starts:
        candidate = run[begin:]
        core: list[Token] = []
        for tok in candidate:
            if tok.low in _CORE_ENDS and not tok.cap:
                break
            core.append(tok)
        span = (candidate[0].start, candidate[-1].end)
        if known.covers(*span):
            first = False
            continue
        if countries.covers(*span):
            continue
        valid = _is_head(core) and (len(core) >= 2 or len(candidate) > len(core))
        if not valid and len(core) == 1 and _is_acronym(core[0].text) and len(candidate) > 1:
            valid = candidate[1].low in ("of", "for")
        if not valid or ((core[0].low in ROLE_WORDS or core[0].low.rstrip("s") in ROLE_WORDS) and not (
                # "General Prosecutor's Office", "General Commissariat of National Police": not a rank
                core[0].low == "general" and (len(core) >= 3 or core[1].low in HEAD_NOUNS))
                and not _OFFICE_OF_A_POST.search(ctx.text, core[0].start, core[-1].end)):
            continue  # (but "Prosecutor General's Office of Mongolia" is a body)
        if candidate[-1].low in ROLE_WORDS:
            continue  # "MIA of Russia Chief" is a person's title
        if len(core) == 1 and core[0].low == "police" and len(candidate) > 1 \
                and not _of_a_state(ctx, candidate[1:]):
            continue  # "Chief of Police of the X District": "Police" is part of the title ("Police of Y" a body)
        if begin >= 2 and run[begin - 1].low in ("of", "for") and run[begin - 2].low == "minister":
            continue  # "Minister of Police of the Republic of South Africa": his ministry's field, not a body
        if begin >= 2 and run[begin - 1].low in ("of", "the") and any(
                t.low == "general" and not (k and run[k - 1].low in ROLE_WORDS)
                for k, t in enumerate(run[:begin]) if k >= begin - 3):
            continue  # "General of the Police of ..." is a rank ("Director General of the X Centre" is a title)
        if len(candidate) == len(core) and all(t.low in HEAD_NOUNS or t.low in GENERIC_MODIFIERS for t in core):
            continue  # "the Task Force", "the Council": a reference to a body named elsewhere
        if any(t.low in ("member", "states") for t in core):
            continue
        if len(core) >= 2 and core[-1].low in ("center", "centre", "hall") and core[-2].low in _VENUE_KINDS:
            continue  # "the Qingdao International Conference Center hosted ...": a building, not a body
        if len(candidate) > len(core) and candidate[len(core)].low == "for" and known.covers(core[0].start,
                                                                                         core[-1].end) \
                and not any(t.low in HEAD_NOUNS for t in candidate[len(core):]):
            continue  # "Vice-President of Interpol for Europe": a known body and the part of the world a post covers
        if _joins_known(candidate, known):
            continue  # "Interpol and UNODC", "from the Ministry of X to the Ministry of Y": two names, each known
        surface = ctx.text[span[0]:span[1]]
        ctx.mentions.append(Mention("agency", span[0], span[1], "", surface, nested=not first))
        known.add(*span)
        first = False


# ------------------------------------------------------------------------------------------------
# Persons


_NAME_WORD = re.compile(rf"^{_INITIAL}{{1,3}}$|^[^\W\d_][\w'\u2019-]*$")


def _non_name_words(gaz: Gazetteer) -> set[str]:
    words = set(NON_NAME_WORDS) | ROLE_WORDS
    for entry in gaz.countries.values():
        # demonyms only: a state's name word may be a first name ("Lucia", "Georgia"); country
        # mentions themselves stop a name where they are found in the text
        for name in entry.demonyms:
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", name))
    for entry in gaz.agencies.values():
        for name in entry.names:  # (not acronyms: "GRECO" does not make "Bruno Greco" less of a name)
            if not _is_acronym(name):
                words.update(w.lower() for w in re.findall(r"[^\W\d_]+", name) if len(w) > 2)
    return words - NAME_PARTICLES - _place_words(gaz)


def _place_words(gaz: Gazetteer) -> set[str]:
    """Single-word city names: they may also be first names ("Vladimir"), so they are weighed apart."""
    return {name.lower() for entry in gaz.places.values() for name in entry.names if " " not in name}


_NON_NAME_CACHE: dict[int, tuple[set[str], frozenset[str]]] = {}


def _name_before(tokens: list[Token], index: int, non_name: set[str], text: str,
                 place_words: frozenset[str] = frozenset(),
                 blocked: _Spans | None = None) -> tuple[int, int] | None:
    """The person name ending at token ``index`` (inclusive): (first token index, last token index)."""
    j = index
    count = 0
    while j >= 0 and count < 4:
        tok = tokens[j]
        if j < index and _gap(text, tok, tokens[j + 1]) not in (" ",):
            break
        if tok.low in NAME_PARTICLES and j < index and count >= 1:
            j -= 1
            continue
        if not tok.cap or tok.low in non_name or tok.low.rstrip("'s") in non_name or not _NAME_WORD.match(tok.text) \
                or ("-" in tok.low and tok.low.rsplit("-", 1)[1] in ROLE_WORDS):  # "Sub-Inspector"
            break
        if blocked is not None and blocked.holds(tok.start):
            break
        if tok.text.isupper() and len(tok.text) > 1 and not tok.initials:
            break
        count += 1
        j -= 1
    first = j + 1
    while first <= index and ((tokens[first].low in NAME_PARTICLES and not _leads_a_name(tokens, first, index))
                              or tokens[first].low in _HONORIFIC_WORDS
                              or (tokens[first].low == "tan" and first < index and tokens[first + 1].low == "sri")):
        first += 1  # "Tan Sri Dato' Sri Ahmad Razali", "Shri Arvind Kumar": the honorific is not the name
    while index - first >= 2 and tokens[first].low in place_words:
        first += 1  # "... in Moscow Rodrigo Assunção Teles": the city is not part of the name
    words = [t for t in tokens[first:index + 1] if t.low not in NAME_PARTICLES or (t.cap and t is tokens[first])]
    if len(words) < 2 and not (len(words) == 2 and words[0].initials):
        return None
    if words[-1].initials or len(words[-1].text) < 2:
        return None
    return first, index


def _leads_a_name(tokens: list[Token], first: int, index: int) -> bool:
    """A capitalised particle that starts a name of three words with no lower-case particle: the Vietnamese "Le Quy
    Vuong", "Le Van Tam" (not "Van den Berg", a Dutch surname told again)."""
    return tokens[first].cap and index - first >= 2 and not any(
        t.low in NAME_PARTICLES and not t.cap for t in tokens[first + 1:index + 1])


def _clause_before(text: str, sentence: Sentence, position: int) -> str:
    return text[sentence.start:position]


_ROLE_LAST = re.compile(r"^[A-Z]{2,}\b[^,;]*\s(?:Spokesperson|Spokesman|Spokeswoman|Chief|Head|Director|"
                        r"Representative)$")
_ROLE_IN = re.compile(  # (and "the Prefect of Naples": a post, where a bare "Prefect" is an Italian police rank)
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=len, reverse=True)) + r"|prefect(?=\s+of\b))\b",
    re.I)


# the pieces of the words before a name, and the "led by" that may open one (precompiled: called per name)
_TITLE_PIECES = re.compile(r"([,;]\s*|\s+and\s+(?!Plenipotentiary\b)(?=(?:the\s+)?[A-Z]))")
_LED_BY = re.compile(r"^.*\b(?:led|headed|chaired|opened|represented|attended)\s+by\s+")


_AND_RANK = re.compile(r"\sand\s+(?:the\s+)?[A-Z][\w -]*$")  # the rank right before the name follows an "and"
_ENDS_IN_A_NAME = re.compile(r"[A-Z][\w-]*\s+(?:in|of|against|for|on)\s+$")
_BRACKETED = re.compile(r"\s*\(([^()]+)\)$")
_SECOND_OF_PAIR = re.compile(r"([A-Z][\w'\u2019-]+)\s+and\s*$")  # "... Ivan Petrov and " before a name


def _title_before(segment: str) -> tuple[str | None, bool]:
    """The role written before a name: (title, rank_seen). Ranks are dropped, the role kept."""
    if _SECOND_OF_PAIR.search(segment):
        return None, False  # "Police Colonel Ivan Petrov and <name>": what precedes is the first one's
    if _ENDS_IN_A_NAME.search(segment):
        return None, False  # "the Task Force against Trafficking in <Human Beings>": a body's name goes on
    segment = _HONORIFICS.sub("", segment.rstrip(" ,")).rstrip(" ,")  # "... General Sheikh <name>": not a title
    bracket = _BRACKETED.search(segment)
    rank_in_brackets = bool(bracket and RANK.match(bracket.group(1)))
    if rank_in_brackets or (bracket and "," in bracket.group(1)):  # "the Minister of X (Lieutenant General of
        # Militia) <name>", "the President of the Federal Criminal Police Office (Bundeskriminalamt, BKA) <name>"
        segment = segment[:bracket.start()]  # type: ignore[union-attr]
    parts = _TITLE_PIECES.split(segment)  # piece, separator, piece, ...
    joined: list[tuple[str, str]] = [("", parts[0].strip())]  # (separator before, piece)
    for separator, piece in zip(parts[1::2], parts[2::2], strict=True):
        piece = piece.strip()
        if separator.strip() == "and" and not _ROLE_IN.search(piece) and not RANK.match(piece):
            # "... Office on Drugs and Crime <name>", "... Organized Crime and Other Dangerous Types ...": one title
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} and {piece}")
        else:
            joined.append((separator, piece))
    pieces = [joined[0][1]]
    for at, (separator, piece) in enumerate(joined[1:], start=2):
        # ("Minister of Home Affairs, Immigration, Safety and Security of X": a field before the list's last two)
        listed = _PORTFOLIO_LIST.match(piece) or (_A_FIELD.fullmatch(piece) and at < len(joined) and joined[at][
            0].startswith(",") and _PORTFOLIO_LIST.match(joined[at][1]))
        if separator.startswith(",") and listed and _OF_A_FIELD.search(pieces[-1]) and not _ROLE_IN.search(piece):
            pieces[-1] = f"{pieces[-1]}, {piece}"  # "Minister of Labour, Migration and Employment of X": one title
        else:
            pieces.append(piece)
    rank_seen = rank_in_brackets
    title = None
    for piece in reversed(pieces[-3:]):
        core = _LED_BY.sub("", piece)
        core = _strip_lead(core)
        if not core:
            break
        rank_part = _strip_trailing_rank(core)
        if RANK.match(core) or not rank_part:
            rank_seen = True
            if core != piece.strip() or _AND_RANK.search(segment):
                break  # "..., and Major General X", "Y and Police Colonel X": what precedes is someone else's
            continue
        if rank_part != core:
            rank_seen = True
            core = rank_part
        if _ROLE_IN.search(core):
            title = core
            lead = _VISIT_TO_A_STATE_OF.match(title)
            if lead and not _ROLE_IN.search(lead.group(0)):
                title = title[lead.end():]  # "the official visit to the Russian Federation of the Minister of X, Y"
            handed = _HANDED_TO_A_POST.match(title)
            if handed:  # "handed over the chairmanship of the Council to the Minister of X, Y": Y's post
                title = title[handed.end():]
        break
    return title, rank_seen


_VISIT_TO_A_STATE_OF = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}of\s+the\s+(?=(?:First\s+|Deputy\s+)*(?:Minister|Head|Chief|"
                                  r"Director|Commissioner|Ambassador|Secretary|Commander|President|Chairman)\b)")


_HANDED_TO_A_POST = re.compile(r".*?\bto\s+the\s+(?=(?:First\s+|Deputy\s+)*(?:Minister|Head|Chief|Director|"
                               r"Commissioner|Secretary|Commander|President|Chairman)\b)")


# the letters a RANK match can start with: other words are not tried (a join and a match each)
_RANK_INITIALS = frozenset("PAIMLCBDGSF")


def _rank_cuts(words: list[str], first: int = 0) -> Iterator[int]:
    """Each index from ``first`` on where the rest of the words is a rank."""
    for cut in range(first, len(words)):
        if words[cut][0] in _RANK_INITIALS and RANK.match(" ".join(words[cut:])):
            yield cut


def _strip_trailing_rank(core: str) -> str:
    words = core.split()
    for cut in _rank_cuts(words):
        if words[cut] == "General" and cut and words[cut - 1].lower() in ROLE_WORDS:
            return core  # "Secretary General", "Prosecutor General of ...": a title, not a rank
        return " ".join(words[:cut])
    return core


_LEAD = re.compile(
    r"^(?:.*?\b(?:with|between|by|and|to|from|of|that|as|when|while|said|told|noted|for)\s+)?"
    r"(?:the|a|an|its|his|her)\s+"
    r"(?=[A-Za-z])|^(?:the|a|an|its|his|her)\s+")


_CLAUSE_VERB = re.compile(r"\b(?:with|held|met|received|hosted|visited|talks|said|noted)\b")


_LOWER_ROLES = frozenset({"officer", "attaché", "attache", "adviser", "advisor", "coordinator", "expert", "inspector",
                          "consul", "counsellor", "councillor", "commissioner"})


_LEADING_TIME = re.compile(r"^(?:Today|Yesterday|Tomorrow|On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                           r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}))\s+(?:(?:the|a|an)\s+)?(?=[A-Z])")


def _strip_lead(piece: str) -> str:
    """Drop the words before a title ("... held talks with the Minister of ..." → "Minister of ...")."""
    piece = re.sub(r"^(?:(?:and|or|with|by|between|of|to|from|for|the|a|an|his|her|their|its)\s+)+", "", piece)
    piece = _LEADING_TIME.sub("", piece)  # "Today Minister X", "On Tuesday Deputy Minister X": no comma after the day
    anchor = list(re.finditer(r"\b(?:official representative|spokesperson|head|chief|director)\s+of\b", piece))
    if anchor and _CLAUSE_VERB.search(piece, anchor[-1].end()):
        anchor = []  # "head of the Russian MIA held talks with Minister ...": the title is the counterpart's
    if anchor and not re.search(r"[A-Z]", piece[:anchor[-1].start()].split()[-1] if piece[:anchor[-1].start()].split()
                                else "x"):
        return piece[anchor[-1].start():].strip(" ,")
    piece = re.sub(r"^(?:the|a|an)\s+", "", piece)
    # cut everything up to the last lower-case word that is not a connector before the title proper
    words = list(re.finditer(r"\S+", piece))
    cut = 0
    for i, w in enumerate(words):
        word = w.group(0).strip("“”\"'(")
        if word[:1].islower() and word.lower() not in CONNECTORS and word != "–" and word.lower() not in (
                "official", "representative", "spokesperson", "head", "chief", "director", "deputy",
                "counterpart", "colleague", "under", "delegate", "envoy", "d'affaires", "d\u2019affaires",
                "divisionnaire") and not (
                word in _LOWER_ROLES or (i + 1 < len(words) and words[i + 1].group(0) in _LOWER_ROLES)):
            cut = i + 1  # (but "the police liaison officer at the Embassy": one modifier and a role word are kept)
    if cut:
        piece = " ".join(w.group(0) for w in words[cut:])
        piece = re.sub(r"^(?:(?:of|with|by|between|and|to|from|for|the|a|an|its|his|her|their)\s+)+", "", piece)
    return piece.strip(" ,")


# after a person's name, its title between commas (or semicolons), then this name: the title is the first's
_AFTER_PREVIOUS = re.compile(r"[,;]\s+[A-Z][^,;.]*?\b(?:of|for)\b[^,;.]*[,;]\s+(?:and\s+)?")
_AFTER_TITLE = re.compile(r"^,\s+((?:who\s+heads\s+(?:the\s+)?|the\s+)?(?:[A-Z]|head of the [A-Z]|"
                          r"(?:[a-z]+\s+)?(?:officer|attaché|adviser|advisor|coordinator|expert|representative)"
                          r"\s+(?:of|at)\s+the\s+[A-Z])"
                          r"[^,.;]*?)"
                          r"(?=,|\.|;|$| and (?:Police|Major|the)\b)")


# "the Moscow Region", "Leningrad Oblast": a city's name that names a region
_REGION_WORD = re.compile(r"\s+(?:Region|Oblast|Province|Territory|Krai|Governorate)\b")


def _particle_goes_on(text: str, tokens: list[Token], i: int) -> bool:
    """"Ribeiro dos Santos", "Fauzi bin Ismail", "Gerrit van den Berg": lower-case particles between two name words
    continue the name."""
    if i + 1 >= len(tokens) or tokens[i].cap or tokens[i].low not in NAME_PARTICLES:
        return False
    if _gap(text, tokens[i - 1], tokens[i]) != " " or _gap(text, tokens[i], tokens[i + 1]) != " ":
        return False
    return tokens[i + 1].cap or _particle_goes_on(text, tokens, i + 1)


# the head nouns of units' names: the capitalised words right before one are not a person's name
_UNIT_NOUNS = frozenset(HEAD_NOUNS | {"squad", "team", "brigade", "section", "branch"})
_HONORIFIC_WORDS = frozenset({"sri", "seri", "dato", "dato'", "datuk", "shri", "smt", "excellency", "sheikh", "sheikha",
                              "his", "her", "dr", "mr", "mrs", "ms", "prof", "prefect", "prince", "princess"})
_HONORIFICS = re.compile(r"(?:\s+(?:Tan Sri|Dato'?|Datuk|Seri|Sri|Sheikh|Sheikha|Prince|Princess|Haji|Dr\.?|Mr\.?|"
                         r"Mrs\.?|Ms\.?|"
                         r"His Excellency|Her Excellency|H\.E\.|Shri|Smt\.?|"
                         r"Prof\.?|(?:Vice\s+)?Prefect))+$")  # (the Italian police rank "Prefect")


def _detect_persons(ctx: _Context) -> None:
    text = ctx.text
    if id(ctx.gaz) not in _NON_NAME_CACHE:
        _NON_NAME_CACHE[id(ctx.gaz)] = (_non_name_words(ctx.gaz), frozenset(_place_words(ctx.gaz)))
    non_name, place_words = _NON_NAME_CACHE[id(ctx.gaz)]
    names = [(m.start, m.end) for m in ctx.mentions if m.kind in ("agency", "country")]
    taken, blocked = _Spans(names), _Spans(names)  # blocked: agencies and countries only
    places = _Spans((m.start, m.end) for m in ctx.mentions if m.kind == "place")
    bare_spans: tuple[_Spans, _Spans] | None = None  # (built when first needed: most releases never ask)
    for sentence in ctx.sentences:
        tokens = _sentence_tokens(ctx, sentence)
        previous: int | None = None  # where the sentence's last person found so far ends
        i = 0
        while i < len(tokens):
            # a name ends where the next token is not a name word joined by a single space
            tok = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            ends_here = tok.cap and (nxt is None or _gap(text, tok, nxt) != " " or not nxt.cap
                                     or nxt.low in non_name) and not _particle_goes_on(text, tokens, i + 1)
            if not ends_here:
                i += 1
                continue
            found = _name_before(tokens, i, non_name, text, place_words, blocked)
            if not found:
                i += 1
                continue
            first, last = found
            start, end = tokens[first].start, tokens[last].end
            if first > 0 and _gap(text, tokens[first - 1], tokens[first]) == " " and (
                    tokens[first - 1].low in _OBJECT_OF_A_BODY or (
                        tokens[first - 1].low in ("of", "for") and first > 1 and tokens[first - 2].cap
                        and _gap(text, tokens[first - 2], tokens[first - 1]) == " ")):
                i += 1  # "of Combating Migrant Smuggling", "Protection of Cultural Heritage": a body's object
                continue
            if taken.overlaps(start, end) or places.covers(start, end):
                i += 1  # (a city's whole name, "Buenos Aires, the Deputy Minister ...", is not a person's, nor is
                continue  # the start of one: "the Director of the Ho Chi Minh City Police Department")
            if tok.low in _UNIT_NOUNS or (nxt is not None and nxt.cap and nxt.low in _UNIT_NOUNS
                                          and _gap(text, tok, nxt) == " "):
                i += 1  # "the Turin Mobile Squad", "the Special Branch Counter-Terrorism Division": a unit's name
                continue
            name = text[start:end]
            if " " in name and tokens[last - 1].low in NAME_PARTICLES:
                name = _PATRONYMIC.sub(r"\1 \2", name)
            before = _clause_before(text, sentence, start)
            if ("named after" in before and _NAMED_AFTER.search(before)) or (
                    "to " in before and _A_MONUMENT_TO.search(before)):
                i += 1  # "the Academy ... named after Major General of Militia E.A. Aliev": a name in a body's name
                continue  # (and "laid a wreath at the monument to General José Artigas": no one of the release)
            title, rank_seen = _title_before(before)
            if previous is not None and _AFTER_PREVIOUS.fullmatch(text, previous, start):
                title, rank_seen = None, False  # "A, Minister of X, B, Minister of Y": that title was A's
            after_match = _AFTER_TITLE.match(text[end:sentence.end])
            after_title = None
            if after_match and (_ROLE_IN.search(after_match.group(1).split(" of ")[0] + " ")
                                or after_match.group(1).startswith("who heads ")
                                # "Darya Ivanova, MIA of Russia Spokesperson, told ...": a body, then the role
                                or _ROLE_LAST.search(after_match.group(1))):
                after_title = after_match.group(1)
                if after_title.startswith("who heads "):
                    after_title = "Chief of " + after_title[len("who heads "):]
                    if not after_title.startswith("Chief of the "):
                        after_title = after_title.replace("Chief of ", "Chief of the ", 1)
                after_title = re.sub(r"^the\s+", "", after_title)
            if title is None and after_title is None and not rank_seen:
                bare = _bare_name_cue(ctx, before, end) or _second_of_a_pair(ctx, start)
                if bare:
                    bare_spans = bare_spans or _name_and_place_spans(ctx)
                if not (bare and bare_spans and _clear_of_names(start, end, *bare_spans)):
                    i += 1
                    continue
            _add_person(ctx, name, start, end, title or after_title, sentence,
                        title_span=_title_span(text, before, title, sentence, start, end, after_title,
                                               after_match))
            taken.add(start, end)
            previous = end
            i += 1
    _link_rementions(ctx, non_name)
    # "Vladimir" is a city too: inside a person's name, or right before a surname, it is not a place
    ctx.mentions = [m for m in ctx.mentions
                    if not (m.kind == "place" and (any(s <= m.start < e for s, e, _ in ctx.person_spans)
                                                   or _followed_by_surname(ctx, m)
                                                   or _REGION_WORD.match(ctx.text, m.end)))]


# "... named after Major General of Militia ": the name that follows is part of a body's name
_NAMED_AFTER = re.compile(r"\bnamed\s+after\s+(?:(?:[A-Z][\w.-]*|of)\s+){0,6}$")
_A_MONUMENT_TO = re.compile(r"\b(?:monument|memorial|statue|bust|grave|tomb)\s+(?:to|of)\s+(?:(?:[A-Z][\w.-]*|of)\s+)"
                            r"{0,4}$")

# a name with no title is a person's where it opens the sentence as the subject of what officials do,
# or names whom they met with
_SENTENCE_LEAD = re.compile(r"\s*(?:(?:On|In|At|During|Today|Yesterday|Earlier|Later|on|in|at)\b[^,;.]{0,60},\s*)"
                            r"{0,2}$")
_PERSON_VERB = re.compile(r"\s+(?:(?:also|has|had|then)\s+)?(?:held|met|talked|had (?:talks|a meeting|a conversation)|"
                          r"took part|participated|said|says|noted|stressed|emphasi[sz]ed|underlined|thanked|signed|"
                          r"visited|spoke|told|addressed|welcomed|expressed|informed|briefed|presented|handed|"
                          r"congratulated|attended|received|opened|chaired|pointed out|drew attention|proposed|"
                          r"suggested|invited|assured|reported)\b")
# "The Ministers of Internal Affairs of Russia and Belarus, Vladimir Kolokoltsev and Ivan Kubrakov, held ..."
_AFTER_PLURAL_ROLE = re.compile(r"\b(?:Ministers|Heads|Chiefs|Directors|Ambassadors|Commissioners|Chairmen)\b"
                                r"[^.;:]{0,120},\s+(?:[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+\s+and\s+)?$")
# (and "is scheduled to meet X", "a delegation of the Police of Estonia led by (Prefect) X", "will be received at the
# Prefecture by the Prefect, X")
_MET_WITH = re.compile(r"\b(?:(?:met|meeting|meetings|talks|negotiations|consultations|conversation|talked|spoke|"
                       r"to\s+meet)\s+with|to\s+meet|by\s+the\s+Prefect,|"
                       r"(?:delegation|group|team)[^.;:]{0,120}\b(?:led|headed)\s+by(?:\s+Prefect)?)\s+$")


def _bare_name_cue(ctx: _Context, before: str, end: int) -> bool:
    """"Vladimir Kolokoltsev held talks with ...", "... met with Jürgen Stock": where a name with no title
    is a person's (see :func:`_clear_of_names` for the rest)."""
    return bool((_SENTENCE_LEAD.fullmatch(before) and _PERSON_VERB.match(ctx.text, end)) or _MET_WITH.search(before)
                or _AFTER_PLURAL_ROLE.search(before))


def _second_of_a_pair(ctx: _Context, start: int) -> bool:
    """"Police Colonel Ivan Petrov and Anna Berg": a name joined by "and" to a person's just found."""
    pair = _SECOND_OF_PAIR.search(ctx.text, max(0, start - 60), start)
    if pair is None:
        return False
    return any(e == pair.end(1) for _s, e, _k in ctx.person_spans)


def _clear_of_names(start: int, end: int, names: _Spans, places: _Spans) -> bool:
    """Not a place ("Saint Petersburg hosted") nor an agency's or country's name."""
    return not names.overlaps(start, end) and not any(
        s < end and start < e and not _first_name_city(s, e, start, end) for s, e in places.near(start, end))


def _first_name_city(s: int, e: int, start: int, end: int) -> bool:
    """A city named at ``s:e`` that is the first name of the name at ``start:end`` ("Vladimir")."""
    return s == start and e < end


def _name_and_place_spans(ctx: _Context) -> tuple[_Spans, _Spans]:
    """The spans of the names a person's name cannot overlap (agencies, countries), and of places."""
    return (_Spans((m.start, m.end) for m in ctx.mentions if m.kind not in ("place", "person")),
            _Spans((m.start, m.end) for m in ctx.mentions if m.kind == "place"))


def _followed_by_surname(ctx: _Context, mention: Mention) -> bool:
    follow = re.match(r" ([A-Z][a-z\u00C0-\u024F'-]+)\b", ctx.text[mention.end:mention.end + 40])
    if not follow:
        return False
    word = follow.group(1)
    return not (ctx.gaz.place(word) or ctx.gaz.country(word) or word.lower() in NON_NAME_WORDS
                or word.lower() in HEAD_NOUNS or word.lower() in GENERIC_MODIFIERS or word.lower() in ROLE_WORDS
                or any(m.start == mention.end + 1 and m.kind in ("agency", "place", "country") for m in ctx.mentions))


def _title_span(text: str, before: str, title: str | None, sentence: Sentence, start: int, end: int,
                after_title: str | None, after_match: re.Match[str] | None) -> tuple[int, int] | None:
    if title:
        pos = before.rfind(title.split(" ")[0])
        if pos >= 0:
            return sentence.start + pos, start
    if after_title and after_match:
        return end, end + after_match.end()
    return None


# precompiled (``re.sub`` with a literal pattern pays a cache lookup per call)
_WHITESPACE = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z]{2,10}\)$")  # "Director of the Bureau ... (BCOCC)"
_INITIALS_FIRST = re.compile(r"^(?:[A-Z]\.)+")


def _person_key(name: str) -> str:
    return _WHITESPACE.sub(" ", name.replace("\u2019", "'")).strip()


def _surname(name: str) -> str:
    return name.split()[-1]


def _add_person(ctx: _Context, name: str, start: int, end: int, title: str | None, sentence: Sentence,
                title_span: tuple[int, int] | None) -> None:
    key = _person_key(name)
    existing = _match_known_person(ctx, key)
    if existing and existing != key:
        # a fuller form replaces initials ("M.V. Tverdokhlebov" → "Mikhail Tverdokhlebov")
        if _INITIALS_FIRST.match(existing) and not _INITIALS_FIRST.match(key):
            person = ctx.persons.pop(existing)
            person.name = key
            ctx.persons[key] = person
            ctx.person_spans[:] = [(s, e, key if k == existing else k) for s, e, k in ctx.person_spans]
            ctx.title_spans[key] = ctx.title_spans.pop(existing, [])
        else:
            key = existing
    person = ctx.persons.setdefault(key, PersonFact(key))
    if title and not person.title:
        person.title = _TRAILING_ACRONYM.sub("", _LEADING_ARTICLE.sub("", _WHITESPACE.sub(" ", title).strip(
            " ,\u201c\u201d\"")))
    ctx.person_spans.append((start, end, key))
    if title_span:
        ctx.title_spans.setdefault(key, []).append(title_span)


def _its_body(ctx: _Context, agencies: list[Mention], spans: list[tuple[int, int]],
              sentence_starts: list[int]) -> str | None:
    """"A delegation of the Federal Police of Brazil headed by its Director General, X", "the Academy, where its
    Head X ...": the body the sentence named last before "its"."""
    for start, _end in spans:
        if not ctx.text.endswith("its ", 0, start):
            continue
        sentence_start = sentence_starts[max(0, bisect_right(sentence_starts, start) - 1)]
        named = [m for m in agencies if sentence_start <= m.start and m.end <= start - 4 and not m.nested]
        if named:
            return max(named, key=lambda m: m.end).key
    return None


def _match_known_person(ctx: _Context, key: str) -> str | None:
    if key in ctx.persons:
        return key
    surname = fold(_surname(key))
    initial = fold(key)[:1]
    for known in ctx.persons:
        if fold(_surname(known)) == surname and (fold(known)[:1] == initial or known.endswith(" " + key)):
            return known  # "Morales Aráuz" after "Francisco Javier Morales Aráuz": the family names alone
    return None


def _link_rementions(ctx: _Context, non_name: set[str]) -> None:
    """Later mentions of a person already named: full name, or surname alone."""
    text = ctx.text
    known = list(ctx.persons)
    if not known:
        return
    taken = _Spans((s, e) for s, e, _ in ctx.person_spans)
    forms: dict[str, str] = {}
    for key in known:
        forms[key] = key
        plain = re.sub(r"^(?:[A-Z]\.)+\s*", "", key)
        forms.setdefault(plain, key)
        parts = key.split()
        if len(parts) >= 2:
            forms.setdefault(" ".join(parts[1:]) if parts[0].endswith(".") else parts[-1], key)
    for key in [k for k in known if re.match(r"^(?:[A-Z]\.)+\s*\S", k)]:
        surname = key.split()[-1]
        full = re.search(rf"\b({key[0]}[a-z\u00C0-\u024F]+)\s+{re.escape(surname)}\b", text)
        if full:
            fuller = f"{full.group(1)} {surname}"
            ctx.persons[fuller] = ctx.persons.pop(key)
            ctx.persons[fuller].name = fuller
            ctx.person_spans[:] = [(s, e, fuller if k == key else k) for s, e, k in ctx.person_spans]
            ctx.title_spans[fuller] = ctx.title_spans.pop(key, [])
            forms[fuller] = fuller
            forms = {f: (fuller if k == key else k) for f, k in forms.items()}
    found = _find_phrases(text, forms, ctx.release.body_start)
    others, places = _name_and_place_spans(ctx) if found else (_Spans(), _Spans())
    for start, end in found:
        if taken.holds(start) or others.holds(start):
            continue
        if any(s <= start < e and not _first_name_city(s, e, start, end) for s, e in places.near(start, start + 1)):
            continue
        ctx.person_spans.append((start, end, forms[text[start:end]]))
    ctx.person_spans.sort()


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _find_phrases(text: str, phrases: Iterable[str], pos: int = 0) -> list[tuple[int, int]]:
    """Spans of ``phrases`` as whole words, leftmost-longest and without overlaps.

    What ``_alternation(phrases).finditer(text, pos)`` finds, without compiling a pattern for a
    handful of names (the persons of one release): a compile costs more than the scan.
    """
    found: list[tuple[int, int]] = []
    boundary = _WORD_OR_HYPHEN.match
    for phrase in phrases:
        if not phrase:
            continue
        i = text.find(phrase, pos)
        while i >= 0:
            j = i + len(phrase)
            if not (i > 0 and boundary(text, i - 1)) and not boundary(text, j):
                found.append((i, -j))
            i = text.find(phrase, i + 1)
    spans: list[tuple[int, int]] = []
    last = -1
    for i, neg_end in sorted(found):
        if i >= last:
            spans.append((i, -neg_end))
            last = -neg_end
    return spans


# ------------------------------------------------------------------------------------------------
# Agency resolution: one key per real-world agency


_DEMONYM_HEAD = re.compile(r"^(?P<dem>[A-Z][a-z]+)\s+(?P<rest>(?:[A-Z][\w-]*\s*)+)$")


_STATE_FORM = re.compile(r"\bof\s+the\s+(?:[A-Z][\w']*\s+){0,2}?(?:Republic|Kingdom|Sultanate|Principality|"
                         r"Federation|Emirate|State)\s+of\s+$")


# a state's mission abroad belongs to the state that sends it ("Embassy of Korea in the Russian Federation")
_A_MISSION = re.compile(r"(?:the\s+)?(?:Embassy|(?:General\s+)?Consulate(?:\s+General)?|Permanent\s+Mission)\s+of\b")


def _render_with_country(name: str, gaz: Gazetteer) -> tuple[str, str | None]:
    """Rewrite the state inside an agency name in its official long form; return (name, country)."""
    best: tuple[int, int, str] | None = None
    scan = _scanners(gaz)[0]
    sender_first = _A_MISSION.match(name) is not None
    for match in scan[1].finditer(_typo(name)):
        key = scan[2].get(match.group(0))
        if key is None:
            continue
        if best is None or (not sender_first and match.end() - match.start() > best[1] - best[0]):
            best = (match.start(), match.end(), key)
    if best is None:
        return name, None
    start, end, key = best
    official = gaz.countries[key].official
    prefix = name[:start]
    form = _STATE_FORM.search(prefix)
    if form and " of " in official:  # "of the Republic of Türkiye" (a form the data lacks): one state form
        prefix = prefix[:form.start()] + "of the "
    if prefix.endswith("the ") and official.startswith("the "):
        official = official[4:]
    elif not prefix.endswith("the ") and not official.startswith("the ") and name[start:end].startswith("the "):
        official = "the " + official
    if not prefix.endswith(("of ", "the ", "in ", "for ")):
        return name, key  # the state is a modifier ("Russian-Finnish"), leave the name as written
    return prefix + official + name[end:], key


def _resolve_agency(ctx: _Context, surface: str) -> str | None:
    """Canonical key of an agency surface form, via the reference data or minted from its name.

    The agency is registered in the release's facts; ``None`` when the form names no agency.
    """
    key = _lookup_agency(ctx, surface)
    if key is not None and key not in ctx.agencies:
        entry = ctx.gaz.agencies.get(key)
        fact = ctx.agencies.setdefault(key, AgencyFact(key))
        if entry:
            fact.reference, fact.country, fact.parent = entry.iri, entry.country, entry.parent
    return key


_THE = re.compile(r"^(?:the|The)\s+")


def _lookup_agency(ctx: _Context, surface: str) -> str | None:
    gaz = ctx.gaz
    surface = _WHITESPACE.sub(" ", surface.replace("\u2019", "'")).strip()
    surface = _THE.sub("", surface)
    if surface in ctx.acronyms:
        return ctx.acronyms[surface]
    hit = gaz.agency(surface)
    if hit:
        return hit
    demonym = _DEMONYM_HEAD.match(surface)
    if demonym and demonym["dem"] in gaz.country_by_demonym:
        country = gaz.country_by_demonym[demonym["dem"]]
        rest = demonym["rest"].strip()
        rewritten = f"{rest} of {gaz.countries[country].official}"
        hit = gaz.agency(rewritten) or gaz.agency(f"{rest} of {country}")
        if hit:
            return hit
        same_country = [k for k, a in ctx.agencies.items()
                        if a.country == country and fold(k).startswith(fold(rest))]
        if same_country:
            return same_country[0]
        if len(rest.split()) == 1:
            return None  # "the Russian Ministry" names no agency by itself
        rendered, _ = _render_with_country(rewritten, gaz)
        return _mint(ctx, rendered, country, surface)
    rendered, country = _render_with_country(surface, gaz)
    hit = gaz.agency(rendered) or _known_with_its_state(gaz, surface)
    if hit:
        return hit
    police = _POLICE_OF.match(surface)
    if police and gaz.country(police["state"]):
        # "the Inspector-General of Police of Malaysia" after "the Royal Malaysia Police": the state's police named
        state = gaz.country(police["state"])
        named = [k for k, a in ctx.agencies.items() if a.country == state and _A_POLICE_FORCE.search(k)]
        if len(named) == 1:
            return named[0]
    return _mint(ctx, rendered, country, surface)


_POLICE_OF = re.compile(r"^Police\s+of\s+(?:the\s+)?(?P<state>.+)$")
_A_POLICE_FORCE = re.compile(r"^(?:(?!\b(?:of|for)\b).)*\bPolice(?:\s+(?:Force|Service))?$")


def _known_with_its_state(gaz: Gazetteer, surface: str) -> str | None:
    """"Drug Enforcement Administration of the United States": a known agency, named with its own state."""
    at = surface.rfind(" of ")
    while at > 0:
        state = gaz.country(_THE.sub("", surface[at + 4:]))
        known = gaz.agency(surface[:at]) if state else None
        if known and gaz.agencies[known].country == state:
            return known
        at = surface.rfind(" of ", 0, at)
    return None


_RUSSIAN_REGION = re.compile(r"\b(?:Region|Territory|Krai|Oblast|Republic of (?:Karelia|Tatarstan|Bashkortostan|"
                             r"Dagestan|Chechnya|Crimea|Buryatia|Sakha|Komi|Mordovia|Udmurtia|Chuvashia|Adygea|"
                             r"Altai|Ingushetia|Kalmykia|Khakassia|Tuva|Mari El|North Ossetia[\w– -]*|"
                             r"Kabardino-Balkaria|Karachay-Cherkessia))\b")


def _mint(ctx: _Context, name: str, country: str | None, surface: str) -> str:
    key = name
    for existing in ctx.agencies:
        if name_key(existing) == name_key(name):
            key = existing
            break
    else:
        # the same body named in full before: "the Police Department of Aktobe Region" after "... of Aktobe Region
        # of the Republic of Kazakhstan" (a state's unit), "the Coordination Council" after "the Coordination
        # Council of Heads of ... of the CSTO Member States" (the only one, for a name of two words or more)
        longer = [(k, a) for k, a in ctx.agencies.items() if a.reference is None and k.startswith(name + " of ")] \
            if country is None else []
        fuller = [k for k, a in longer if a.country]
        named_in_full = [k for k, _a in longer] if " " in name else []
        if fuller or len(named_in_full) == 1:
            key = (fuller or named_in_full)[0]
    fact = ctx.agencies.setdefault(key, AgencyFact(key))
    if surface != key:
        fact.aliases.add(surface)
    if fact.country is None:
        fact.country = country
        if country is None and ("MIA of Russia" in name or _RUSSIAN_REGION.search(name)
                                or "Ministry of Internal Affairs of Russia" in name):
            fact.country = "Russia"
        elif country is None:  # "Public Security Bureau of Manzhouli": the state of the city it serves
            city = re.search(r"\bof (?:the City of )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)$", name)
            place = ctx.gaz.place(city.group(1)) if city else None
            fact.country = ctx.gaz.places[place].country if place else None
    return key


_IN_PARENTHESES = re.compile(r"\(([A-Z][A-Za-z]{1,29})\)")


_HEAD_GOES_ON = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


def _register_agencies(ctx: _Context) -> None:
    """Turn agency mentions into AgencyFacts with canonical keys."""
    # acronyms, or one-word names in the state's language, given in parentheses right after a name: "... Organized
    # Crime (BSTF)", "the Federal Criminal Police Office of Austria (Bundeskriminalamt)": that agency's other name
    for match in _IN_PARENTHESES.finditer(ctx.text):
        acronym = match.group(1)
        if not _is_acronym(acronym) and not acronym.isupper() and len(acronym) < 10:  # (Interpol, Europol: bodies)
            continue
        before = [m for m in ctx.mentions if m.kind == "agency" and m.end in (match.start() - 1, match.start())]
        if before and acronym not in ctx.acronyms:
            # the longest name, or the longest that starts with the acronym's letter: "the Working Group ... of the
            # Conference on Interaction and Confidence-Building Measures in Asia (CICA)" is CICA's working group
            fits = [m for m in before if re.sub(r"^(?:the|The)\s+", "", m.surface)[:1] == acronym[:1]]
            mention = max(fits or before, key=lambda m: m.end - m.start)
            key = _resolve_agency(ctx, mention.surface)
            if key:
                ctx.acronyms[acronym] = key
    longest: Mention | None = None  # the longest agency name starting where the one at hand does
    for mention in sorted(ctx.mentions, key=lambda m: (m.start, -m.end)):
        if mention.kind != "agency":
            continue
        if longest is not None and longest.kind == "agency" and longest.start == mention.start \
                and _HEAD_GOES_ON.match(ctx.text, mention.end):
            # "the Narcotics Control Bureau of the Ministry of Public Security of China": that bureau, not India's
            # "Narcotics Control Bureau" the reference data knows by the same first words
            mention.kind = "dropped"
            continue
        longest = mention
        key = _resolve_agency(ctx, mention.surface)
        if key is None:
            mention.kind = "dropped"
            continue
        mention.key = key
        entry = ctx.gaz.agencies.get(key)
        fact = ctx.agencies.setdefault(key, AgencyFact(key))
        if entry:
            fact.reference = entry.iri
            fact.country = entry.country
            fact.parent = entry.parent
        if mention.surface not in (key,) and name_key(mention.surface) != name_key(key):
            fact.aliases.add(re.sub(r"^(?:the|The)\s+", "", mention.surface))
    for acronym, key in ctx.acronyms.items():
        if key in ctx.agencies:
            ctx.agencies[key].aliases.add(acronym)
    ctx.mentions = [m for m in ctx.mentions if m.kind != "dropped"]


def _core(name: str) -> str:
    return re.split(r"\s+(?:of|for|on|in|against)\s+", name, maxsplit=1)[0].lower()


def _head_reference(ctx: _Context, head: str, before: int, later_ok: bool = True) -> str | None:
    """Resolve "the Council", "the Task Force", "the University" to an agency named earlier (or, if
    ``later_ok``, later).

    An agency whose own head noun is ``head`` ("Baltic Sea Task Force ...") wins over one that merely
    contains it ("Operational Committee of the Baltic Sea Task Force ...").
    """
    head_l = head.lower()
    cores = [m for m in ctx.mentions if m.kind == "agency" and _core(m.key).endswith(head_l)
             and (later_ok or m.start < before)]
    # a bare "the Administration" is the "Administration of the MIA ... for the Pskov Region" (named so, whatever
    # its key), not the "Latgale Regional Administration" named after it
    bare = [m for m in ctx.mentions if m.kind == "agency" and not m.nested and _core(m.surface) == head_l
            and (later_ok or m.start < before)]
    if bare and cores and not any(_core(m.key) == head_l for m in cores):
        cores = bare
    if cores:
        earlier = [m for m in cores if m.start < before]
        return (earlier[-1] if earlier else cores[0]).key
    best = None
    for m in ctx.mentions:
        if m.kind == "agency" and m.start < before and re.search(rf"\b{re.escape(head_l)}\b", m.key.lower()):
            best = m
    if best is None and later_ok:
        for m in ctx.mentions:
            if m.kind == "agency" and re.search(rf"\b{re.escape(head_l)}\b", m.key.lower()):
                return m.key
    return best.key if best else None


_HEAD_REFERENCE = re.compile(
    r"\b[Tt]he\s+((?:(?:Coordinating|Operational|Executive|General|Main|Russian|National|"
    r"Central|Working|Joint|Expert|Contact)\s+)?(?:Council|Committee|Task Force|University|Academy|Bureau|Assembly|"
    r"Administration|Directorate|Secretariat|Organization|Centre|Center|Group|Ministry|Commission))\b(?!\s+of\b)")


def _head_references(ctx: _Context) -> None:
    text = ctx.text
    taken = _Spans((m.start, m.end) for m in ctx.mentions)
    for match in _HEAD_REFERENCE.finditer(text, ctx.release.body_start):
        if taken.holds(match.start(1)):
            continue
        head = match.group(1)
        words = head.split()
        # (the last word alone only for a body named before: "the Main Directorate" is not the "Anti-Narcotics
        # Directorate of ..." named after it)
        key = _head_reference(ctx, head, match.start()) or _head_reference(
            ctx, words[-1], match.start(), later_ok=len(words) == 1)
        if key is None:
            continue
        ctx.mentions.append(Mention("agency", match.start(1), match.end(1), key, head, nested=False))
        ctx.agencies[key].aliases.add(head)


# ------------------------------------------------------------------------------------------------
# Persons: agency and country from the title


_FIELD_MINISTER = re.compile(r"\b(?:First\s+)?(?:Deputy\s+)?(?P<field>Interior|Internal Affairs|Home Affairs|"
                             r"Public Security|Justice|Foreign Affairs|Foreign)\s+Minister\s+of\s+(?P<state>.+)$")
# "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Russian Federation": the
# embassy that title heads (the guideline's rule for a ministry named by its minister's title only)
_AMBASSADOR_OF = re.compile(r"\bAmbassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?\s+of\s+(?P<sender>.+?)"
                            r"\s+(?:to|in)\s+(?P<host>.+)$")


def _embassy_of(ctx: _Context, title: re.Match[str]) -> str | None:
    """The embassy an ambassador heads: the one of his state the release names, else one named from his title."""
    sender = ctx.gaz.country(_THE.sub("", title["sender"]))
    if sender is None or ctx.gaz.country(_THE.sub("", title["host"])) is None:
        return None
    named = next((key for key, fact in ctx.agencies.items() if key.startswith("Embassy ") and fact.country == sender),
                 None)
    return named or _resolve_agency(ctx, f"Embassy of {title['sender']} in {title['host']}")


# "Consul General of Japan in Yuzhno-Sakhalinsk" heads the Consulate General of Japan in Yuzhno-Sakhalinsk
_CONSUL_GENERAL_OF = re.compile(r"\bConsul\s+General\s+of\s+(?P<sender>.+?)\s+in\s+(?P<host>.+)$")


def _consulate_of(ctx: _Context, title: re.Match[str]) -> str | None:
    """The consulate a consul general heads: named from his title, when it names his state and a city."""
    if ctx.gaz.country(_THE.sub("", title["sender"])) is None or title["host"] not in ctx.gaz.places:
        return None
    return _resolve_agency(ctx, f"Consulate General of {title['sender']} in {title['host']}")


_BARE_MINISTER = re.compile(r"^(?:State Secretary\s*[\u2013-]\s*)?(?:First\s+)?(?:Deputy\s+)?Minister"
                            r"(?:\s+of\s+Internal\s+Affairs)?$")
_DELEGATION = re.compile(r"\bdelegation\s+of\s+(?:the\s+)?$")


# ("led by Minister of Interior, Major General X": a title with its "of")
_LED_BY_NAMES = re.compile(r"\b(?:led|headed)\s+by\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|of|the|and|for)[ ,]+){0,10}$")


def _delegation_agency(ctx: _Context, key: str) -> str | None:
    """"a delegation of the Ministry of X led by Deputy Minister Y": Y belongs to the Ministry of X."""
    for start, _end, k in ctx.person_spans:
        if k != key:
            continue
        window = ctx.text[max(0, start - 260):start]
        led = _LED_BY_NAMES.search(window)
        if not led:
            continue
        before = max(0, start - 260) + led.start()
        agencies = [m for m in ctx.mentions if m.kind == "agency" and not m.nested and m.end <= before
                    and not re.search(r"[.;]", ctx.text[m.end:before])]
        if not agencies:
            continue
        last = max(agencies, key=lambda m: m.end)
        named = [m for m in agencies if m.end < last.start and ctx.text[m.end:last.start].strip() == "("]
        last = named[0] if named else last  # ("a delegation of the South African Police Service (SAPS) led by")
        # (the body named last before "led by", if a delegation's: not "a delegation of the MIA of Russia and
        # representatives of the Federal Ministry of Austria led by X")
        if _DELEGATION.search(ctx.text[max(0, last.start - 40):last.start]):
            return last.key
    return None


_DEMONYM_MINISTER = re.compile(r"\b(?P<dem>[A-Z][a-z]+)\s+(?:First\s+)?(?:Deputy\s+)?"
                               r"(?P<field>Interior|Internal Affairs|Home Affairs|Public Security|Justice|Foreign)"
                               r"\s+Minister\b")


def _demonym_ministry(ctx: _Context, demonym: str, field_name: str) -> str | None:
    """"Russian Deputy Interior Minister" → the Russian interior ministry, known or minted."""
    country = ctx.gaz.country_by_demonym[demonym]
    official = ctx.gaz.countries[country].official
    full = {"Interior": "the Interior", "Foreign": "Foreign Affairs"}.get(field_name, field_name)
    for form in (f"{demonym} {field_name} Ministry", f"Ministry of {full} of {official}",
                 f"Ministry of Internal Affairs of {official}" if field_name == "Interior" else ""):
        if form and ctx.gaz.agency(form):
            return _resolve_agency(ctx, form)
    return _resolve_agency(ctx, f"Ministry of {full} of {official}")


_MINISTER = re.compile(r"\b(?:First\s+)?(?:Deputy\s+)?Minister(?:\s+of\s+State)?\s+(?P<rest>(?:of|for)\s+.+)$")


_SIDE_OF = re.compile(r"\b(?:[Oo]n|[Tt]he) (?:the )?([A-Z][a-z]+) (?:side|delegation)\b")


def _side_of(ctx: _Context, start: int | None, sentence_starts: list[int]) -> str | None:
    """The country of "On the Vietnamese side, ..." in the words of the sentence before ``start``."""
    if start is None:
        return None
    sentence = ctx.sentences[max(0, bisect_right(sentence_starts, start) - 1)]
    sides = _SIDE_OF.findall(ctx.text, sentence.start, start)
    return ctx.gaz.country_by_demonym.get(sides[-1]) if sides else None


# the portfolio of a minister's deputy or assistant, after the ministry's name
_PORTFOLIO = re.compile(r"\s+for\s+(?:International|Foreign|Legal|Economic|Financial|Personnel|Administrative|"
                        r"Logistics?|Technical|Operational|Public\s+Security|Public\s+Order|"
                        # (also "for Security and Law Enforcement Affairs")
                        r"[A-Z][a-z]+(?:\s+(?:and|[A-Z][a-z]+)){0,4}\s+Affairs)"
                        r"\b[\w\s]*$")  # "... for Intelligence Affairs": the deputy's portfolio, not the ministry


def _agency_inside(agencies: list[Mention], agency_starts: list[int], spans: list[tuple[int, int]]) -> str | None:
    """The longest agency named inside the first of the title spans that names one."""
    for s, e in spans:
        inside = [m for m in agencies[bisect_left(agency_starts, s):bisect_right(agency_starts, e)] if m.end <= e + 1]
        if inside:
            return max(inside, key=lambda m: (m.end - m.start, m.start)).key
    return None


_ACCREDITED_AT = re.compile(r"\s+(?:accredited|attached|posted|seconded)\s+(?:at|to|in)\s+the\b")


def _person_affiliations(ctx: _Context) -> None:
    agencies = sorted((m for m in ctx.mentions if m.kind == "agency"), key=lambda m: m.start)  # stable
    agency_starts = [m.start for m in agencies]
    first_named: dict[str, int] = {}  # (tables built once: a release may name thousands of people)
    for start, _end, key in sorted(ctx.person_spans):
        first_named.setdefault(key, start)
    sentence_starts = [sentence.start for sentence in ctx.sentences]
    for key, person in ctx.persons.items():
        # (a title's own body comes before "accredited at the Embassy ...": the Embassy is where it serves)
        spans = [(s, cut.start()) if (cut := _ACCREDITED_AT.search(ctx.text, s, e)) else (s, e)
                 for s, e in ctx.title_spans.get(key, [])]
        side = _side_of(ctx, first_named.get(key), sentence_starts)
        # the spans of the title kept come first: a later "the Chairman of the Council, X" is another post's
        own = [span for span in spans if person.title and person.title in _WHITESPACE.sub(" ", ctx.text[slice(*span)])]
        agency = _agency_inside(agencies, agency_starts, own or spans)
        if agency is None:
            agency = _delegation_agency(ctx, key)
        if agency is None and person.title:
            minister = _MINISTER.search(person.title)
            demonym_title = _DEMONYM_MINISTER.search(person.title)
            field_minister = _FIELD_MINISTER.search(person.title)
            if field_minister:
                # "Interior Minister of Italy": the field names the ministry, the state follows
                full = {"Interior": "the Interior", "Foreign": "Foreign Affairs"}.get(field_minister["field"],
                                                                                     field_minister["field"])
                agency = _resolve_agency(ctx, f"Ministry of {full} of {field_minister['state']}")
            elif _BARE_MINISTER.match(person.title):
                if side is None or side == "Russia":
                    # "Deputy Minister Igor Zubov" in an MIA release: the publisher's own ministry
                    agency = _resolve_agency(ctx, "MIA of Russia")
                else:  # "On the Vietnamese side, ... Deputy Minister X": a ministry of that side's
                    agency = next((name for name, fact in ctx.agencies.items()
                                   if name.startswith("Ministry") and fact.country == side), None)
                    person.country = side
            elif minister and (person.title[:minister.start()].endswith("Prime ")
                               or ctx.gaz.country(_THE.sub("", minister["rest"][3:]))):
                agency = None  # "Prime Minister of the Russian Federation": a government's head, not a ministry's
            elif minister:
                rest = _PORTFOLIO.sub("", minister["rest"])  # "Assistant Minister of Interior for International ..."
                stateless = rest != minister["rest"] and not ctx.gaz.country(_THE.sub("", rest.rsplit(" of ", 1)[-1]))
                # "Federal Minister of the Interior of the Republic of Austria" heads the Federal Ministry
                federal = "Federal " if person.title[:minister.start()].endswith("Federal ") else ""
                agency = None if stateless else _resolve_agency(ctx, f"{federal}Ministry {rest}")
            elif demonym_title and demonym_title["dem"] in ctx.gaz.country_by_demonym:
                agency = _demonym_ministry(ctx, demonym_title["dem"], demonym_title["field"])
            elif re.search(r"\bSpokes(?:person|man|woman)\b|official representative", person.title, re.I):
                agency = None
            elif ambassador := _AMBASSADOR_OF.search(person.title):
                agency = _embassy_of(ctx, ambassador)
            elif consul := _CONSUL_GENERAL_OF.search(person.title):
                agency = _consulate_of(ctx, consul)
            elif re.search(r"\bAmbassador\b", person.title):
                agency = None  # a bare "Ambassador": not guessed from the host state
            else:
                head = re.search(r"\bof the ([A-Z][\w ]+)$", person.title)
                if head:  # "Chief of the Directorate": one named before him (not the Ecuadorian one he met)
                    noun = head.group(1).split()[-1]
                    body = noun.lower() in HEAD_NOUNS
                    agency = _head_reference(ctx, noun, first_named.get(key, len(ctx.text)) if body else len(ctx.text),
                                             later_ok=not body)
        if agency is None and own:
            agency = _agency_inside(agencies, agency_starts, [span for span in spans if span not in own])
        if agency is None:
            # "Inspector Tendai Moyo of the Zimbabwe Republic Police"
            for _s, e, k in ctx.person_spans:
                if k == key:
                    follow = re.match(r"\s+of\s+(?:the\s+)?", ctx.text[e:e + 12])
                    if follow:
                        nxt = [m for m in ctx.mentions if m.kind == "agency" and m.start == e + follow.end()]
                        if nxt:
                            agency = nxt[0].key
                            break
        if agency is None:
            agency = _its_body(ctx, agencies, spans, sentence_starts)
        if agency is None and person.title and SPOKESPERSON.search(person.title):
            inside = [m for s, e in spans for m in ctx.mentions if m.kind == "agency" and s <= m.start < e]
            agency = inside[0].key if inside else None
        person.agency = agency
        if agency:
            person.country = ctx.agencies[agency].country
        if side and side != "Russia" and person.country is None:
            # "The Chinese side was represented by the Deputy Director of the Bureau of X, Li Wei": China's
            person.country = side
            if agency and ctx.agencies[agency].country is None and ctx.agencies[agency].reference is None:
                ctx.agencies[agency].country = side
        if person.country is None and person.title:
            found = sorted((m for s, e in spans for m in ctx.mentions if m.kind == "country" and s <= m.start < e),
                           key=lambda m: m.start)
            if found:
                person.country = found[0].key  # "Ambassador of X to Y" represents X
            else:
                demonyms = [ctx.gaz.country_by_demonym[w] for w in re.findall(r"[A-Z][a-z]+", person.title)
                            if w in ctx.gaz.country_by_demonym]
                person.country = demonyms[0] if demonyms else None


# ------------------------------------------------------------------------------------------------
# Crime areas


_CUES: dict[int, tuple[re.Pattern[str], dict[str, str]]] = {}


_SPACES_HYPHENS = re.compile(r"[\s-]+")


def _cue_key(text: str) -> str:
    return _SPACES_HYPHENS.sub(" ", text.lower())


def _cue_pattern(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every cue phrase of the vocabulary, and the phrase → vocabulary id table."""
    cached = _CUES.get(id(gaz))
    if cached is None:
        table = {_cue_key(cue): entry.notation for entry in gaz.crime_areas.values() for cue in entry.cues}
        source = rf"(?<![\w-])(?:{trie_pattern(set(table), flexible=True)})(?![\w-])"
        cached = (re.compile(source, re.I), table)
        if all(is_plain_lower(cue) for cue in table):
            _FOR_LOWERED[id(cached[0])] = re.compile(source)
        _CUES[id(gaz)] = cached
    return cached


_WINDOWS: dict[int, list[tuple[tuple[str, ...], re.Pattern[str], str]]] = {}
# between the words of a window cue: at most five words of the same clause ("the legalization of criminally
# obtained proceeds", "thefts of expensive foreign cars")
_WINDOW_GAP = r"(?:[\s-]+[^\s.,;:!?()\u201c\u201d\"]+){0,5}?[\s-]+"


def _window_word(word: str) -> str:
    stem = word.rstrip("*")
    body = r"[\s-]+".join(re.escape(part) for part in stem.split())
    if stem.isupper() and len(stem) > 1:
        body = f"(?-i:{body})"  # "IT", "ICT": not "it"
    return body + (r"[\w-]*" if word.endswith("*") else "")


def _window_cues(gaz: Gazetteer) -> list[tuple[tuple[str, ...], re.Pattern[str], str]]:
    """The vocabulary's window cues (``coop:cueWindow``): the lower-case stems one of which every match starts
    with (a cheap test before the search), the pattern, and the vocabulary id."""
    cached = _WINDOWS.get(id(gaz))
    if cached is None:
        cached = []
        for entry in gaz.crime_areas.values():
            for window in entry.windows:
                groups = [[w.strip() for w in group.split("|") if w.strip()] for group in window.split("...")]
                source = _WINDOW_GAP.join("(?:" + "|".join(_window_word(w) for w in group) + ")" for group in groups)
                stems = tuple(sorted({w.rstrip("*").lower() for w in groups[0]}))
                cached.append((stems, re.compile(rf"(?<![\w-]){source}(?![\w-])", re.I), entry.notation))
        _WINDOWS[id(gaz)] = cached
    return cached


def _window_hits(gaz: Gazetteer, masked: str) -> list[tuple[int, str]]:
    """Where the window cues match: tried only where one of their first words starts (found by ``str.find``, much
    faster than a case-insensitive scan)."""
    lowered = plain_lower(masked)
    if lowered is None:  # (not plain ASCII: offsets of a lowered copy may shift)
        return [(m.start(), notation) for _stems, pattern, notation in _window_cues(gaz)
                for m in pattern.finditer(masked)]
    hits: list[tuple[int, str]] = []
    for stems, pattern, notation in _window_cues(gaz):
        starts: set[int] = set()
        for stem in stems:
            at = lowered.find(stem)
            while at >= 0:
                starts.add(at)
                at = lowered.find(stem, at + 1)
        hits.extend((at, notation) for at in sorted(starts) if pattern.match(masked, at))
    return hits


def _crime_text(ctx: _Context) -> str:
    """The text with agency names and quoted operation names blanked (they name no subject)."""
    spans = [(m.start, m.end) for m in ctx.mentions if m.kind == "agency"]
    spans += [(m.start(), m.end()) for m in QUOTED_NAME.finditer(ctx.text)]
    return mask(ctx.text, spans)


def _areas(ctx: _Context, masked: str, start: int, end: int) -> list[str]:
    """Crime areas cued between ``start`` and ``end``, in order of first cue.

    The vocabulary is scanned once per release (all cue matches, by offset); each call is a lookup.
    """
    if ctx.cue_hits is None:
        pattern, table = _cue_pattern(ctx.gaz)
        pattern, subject = _scanner_for(pattern, masked, plain_lower(masked))
        hits = ((m.start(), _cue_key(masked[m.start():m.end()])) for m in pattern.finditer(subject))
        ctx.cue_hits = [(position, table[key]) for position, key in hits if key in table]
        windows = _window_hits(ctx.gaz, masked)
        if windows:  # (a fixed phrase and a window cue may find the same area at one offset: both are kept)
            ctx.cue_hits = sorted(ctx.cue_hits + windows)
        ctx.cue_starts = [position for position, _notation in ctx.cue_hits]
    # the hits are in offset order: only those from ``start`` to ``end`` are looked at
    found: list[str] = []
    for _position, notation in itertools.islice(ctx.cue_hits, bisect_left(ctx.cue_starts, start),
                                                bisect_left(ctx.cue_starts, end)):
        if notation not in found:
            found.append(notation)
    return found


# ------------------------------------------------------------------------------------------------
# Meetings


@dataclass
class _Draft:
    meeting: Meeting
    sentence: Sentence
    principal_agencies: list[str] = field(default_factory=list)
    principal_persons: list[str] = field(default_factory=list)
    sidelines: bool = False
    background: bool = False  # an earlier event mentioned in passing: later sentences are not about it
    siblings: list[_Draft] = field(default_factory=list)  # the other meetings of "held meetings with A and B"
    experts: bool = False  # the experts' talks that prepare a meeting: not where a delegation's members go


@dataclass
class _Pending:
    """What a sentence said (date, place, people) for the meetings that follow it: a date or place told
    without a cue, a visit's days, a round of bilateral talks announced before each is told."""

    start: date | None
    end: date | None
    place: str | None
    persons: list[str]
    agencies: list[str]
    told_in: int = -1  # the sentence that said it


def _sentence_dates(ctx: _Context, sentence: Sentence, lo: int | None = None,
                    hi: int | None = None) -> list[DateMention]:
    lo = sentence.start if lo is None else lo
    hi = sentence.end if hi is None else hi
    published = ctx.release.publication_date
    anchor = None if published else _year_anchor(ctx, hi, sentence)  # (a year written later in the sentence too)
    told = _month_told(ctx, lo) if _ORDINAL_DAY.search(ctx.text, lo, hi) else None
    return [DateMention(d.kind, d.begin + lo, d.finish + lo, d.start, d.end, d.relative, d.explicit_year)
            for d in find_dates(ctx.text[lo:hi], published, anchor, told)]


_ORDINAL_DAY = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b")


def _month_told(ctx: _Context, offset: int) -> date | None:
    """The last day told before ``offset``: "From 15 to 17 May 2024 ... On the 16th" is in May."""
    if ctx.told_days is None:
        ctx.told_days = [(d.begin, d.end or d.start) for d in _text_dates(ctx) if d.start]
    return next((day for begin, day in reversed(ctx.told_days) if begin < offset), None)


def _text_dates(ctx: _Context) -> list[DateMention]:
    """Every date the whole release tells, found once for both readers of it (a day without its year in a release
    without a date line, and an ordinal day alone)."""
    if ctx.text_dates is None:
        ctx.text_dates = find_dates(ctx.text, ctx.release.publication_date)
    return ctx.text_dates


_IN_A_MONTH_OF_A_YEAR = re.compile(r"\s*In\s+(?:(?P<month>January|February|March|April|May|June|July|August|"
                                   r"September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d),")


def _year_anchor(ctx: _Context, offset: int, sentence: Sentence) -> date | None:
    """In a release without a date line, the first day written with its year before ``offset`` that dates an
    event: the days told after it without a year are near it ("From 22 to 25 October 2012, ... On October 23,
    ..."), not near a day recalled later ("which has presided over the SCO since July 4, 2023")."""
    if ctx.dated_days is None:
        ctx.dated_days = [(d.begin, d.start) for d in _text_dates(ctx) if d.explicit_year and d.start
                          and not _NOT_EVENT_DATE.search(ctx.text, max(0, d.begin - 60), d.begin)]
    first = ctx.dated_days[0] if ctx.dated_days else None
    if first and first[0] < offset:
        return first[1]
    lead = ctx.sentences[0] if ctx.sentences and not ctx.dated_days else None
    told = _IN_A_MONTH_OF_A_YEAR.match(lead.text) if lead is not None and lead.end <= offset else None
    if told:  # "In July 2006, a delegation ... paid a visit to Russia. ... On 10 July, ...": that year's
        return date(int(told["year"]), MONTHS[told["month"].lower()] if told["month"] else 7, 1)
    # else one written later in the same paragraph: "A course opened on 8 November ... The classes will continue
    # until 26 November 2021."
    end = next((later.start for later in ctx.sentences[sentence.index + 1:] if later.paragraph != sentence.paragraph),
               len(ctx.text))
    later = next((day for begin, day in ctx.dated_days if offset <= begin < end), None)
    if later is None and len({day.year for _begin, day in ctx.dated_days}) == 1:
        # (or the only year the release writes with a day, in any later paragraph: "On October 18, the closing day
        # of the session ... The session, held on 15-18 October 2019, ...")
        later = next((day for begin, day in ctx.dated_days if offset <= begin), None)
    return later


# what the words before a date say it dates (precompiled: asked of every date of a meeting's clause)
# (also "... on January 1 and will last until")
_CHAIR_WHICH_BEGAN = re.compile(r"\b(?:chairmanship|presidency)\b[^.;]{0,100},\s+which\s+(?:began|started|"
                                r"commenced|runs|ran|will\s+run|lasts|lasted|will\s+last)\b[^.;,]{0,60}$|"
                                # "chaired by Russia, which acts as the country-coordinator of the Group from ..."
                                r",\s+which\s+(?:acts|acted|serves|served)\s+as\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                r"(?:chair\w*|president|coordinator|country-coordinator)\b[^.;,]{0,60}$", re.I)
_NOT_EVENT_DATE = re.compile(r"\b(?:chair\w*|presidency)\b(?!\s+in\s+[A-Z][\w-]+\s+on\s*$)"
                             r"(?![^.;]*\b(?:be\s+held|take\s+place)\b)[^.;]*$|\bsince\s*$|"
                             # (but "hosted by the chairmanship in Turku on 15 May", "the meeting of the Council,
                             # which the Minister will chair, is to be held in Kazan on 14-15 May")
                             # (not "The results of the operation were summed up on Friday at a meeting")
                             r"\boperation\b(?![^.;]*\bsummed\s+up\b)[^.;]*$|\bconducted\b[^.;]*$", re.I)
_EVENT_DATE = re.compile(r"\b(?:meeting|talks|session|conference)\b[^.;]*$", re.I)


def _event_dates(ctx: _Context, sentence: Sentence, lo: int, hi: int) -> list[DateMention]:
    """Date expressions that can date an event: not a chairmanship's period, not an operation's."""
    out = []
    for d in _sentence_dates(ctx, sentence, lo, hi):
        before = ctx.text[max(lo, d.begin - 60):d.begin]
        if _NOT_EVENT_DATE.search(before) and not _EVENT_DATE.search(before) and not _A_COURSE_CONDUCTED.search(
                ctx.text[max(lo, d.begin - 200):d.begin]):
            continue
        if "which" in before and _CHAIR_WHICH_BEGAN.search(ctx.text, max(lo, d.begin - 200), d.begin):
            continue  # "within the chairmanship of Tajikistan in the SCO, which began on 10 November 2020": its term
        out.append(d)
    # "Yesterday, X held talks with Y, who is in Russia on an official visit from 10 to 13 October": the visit's days
    # date the stay, the other day the talks
    stay = [d for d in out if _ON_A_STAY.search(ctx.text, max(lo, d.begin - 80), d.begin)] if "visit" in \
        ctx.text[lo:hi] else []
    return [d for d in out if d not in stay] if stay and len(stay) < len([d for d in out if d.is_precise]) else out


_ON_A_STAY = re.compile(r"\bwho\s+(?:is|was|are|were)\s+(?:in\s+[A-Z][\w-]+\s+)?on\s+(?:an?\s+)?(?:[\w-]+\s+)?visit\s+"
                        r"(?:from|on|until|till|through)?\s*$")


# "The course for officers of ..., conducted at the Training Centre in Managua from 4 to 29 July": the course's days
_A_COURSE_CONDUCTED = re.compile(r"\b(?:course|seminar|training|workshop)\b(?:(?!\boperation)[^.;])*\bconducted\b"
                                 r"(?:(?!\boperation)[^.;])*$", re.I)


_PLACE_PREFERRED = re.compile(r"(?:\bin|\bhosted|\bto|city of|town of|\bat|\()\s*(?:the\s+)?$")
_PLACE_HOSTED = re.compile(r"\s+(?:hosted|will host)")
_UNKNOWN_CITY = re.compile(r"(?:\b(?:held|take place|took place)\s+(?:in|on|during)\s+[^,.;()]{0,30}?\b"
                           r"(?:(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\s+in|"
                           r"\b(?:[Ii]n\s+)?[Tt]he (?:[A-Z][a-z]+ )?(?:city|town|village|settlement) of|\bToday in|"
                           r"\bheld in|\btook place in|\btake place in|\bmeeting in|\btravell?ed to|\btalks in|"
                           r"\bvisit to the city of|\b(?:will|would|shall) (?:travel|fly|go) to|"
                           # "visited Isilkul, where ..."
                           r"\bvisited(?=\s+[A-Z][a-z\u00C0-\u024F]+(?:[- ][A-Z][a-z]+)?,\s+where\b)|"
                           r"\b(?:will|would|shall) meet in)"
                           r"\s+([A-Z\u00C0-\u00DE][a-z\u00C0-\u024F]+(?:[- ][A-Z][a-z]+)?)\b")  # (also "Ölgii")
_UNKNOWN_HOST = re.compile(r"(?:^|\.\s+|,\s+)([A-Z\u00C0-\u00DE][a-z\u00C0-\u024F]+(?:[- ][A-Z][a-z\u00C0-\u024F]+)?)"
                           r"\s+hosted\b")


def _meeting_place(ctx: _Context, sentence: Sentence, lo: int, hi: int) -> str | None:
    index = ctx.index
    assert index is not None
    places = [m for m in index.by_kind.get("place", []) if lo <= m.start < hi and not index.in_agency(m.start)
              and not (m.start in index.country_at and _IN_A_LIST.search(ctx.text, max(lo, m.start - 3), m.start))
              and not ctx.text.endswith("Lake ", max(lo, m.start - 5), m.start)  # (a lake is no venue)
              # "... in Russia, which will take over the chairmanship after the Bishkek summit": another event's city
              and not (_NAMES_AN_EVENT.match(ctx.text, m.end) and ctx.text.find(", which ", lo, m.start) >= 0)
              # "before his departure for Cairo", "before returning to Moscow": where the traveller goes next
              and not _DEPARTING_FOR.search(ctx.text, max(lo, m.start - 30), m.start)
              and not _seat_in_brackets(ctx, m.start, m.end)]
    if places:
        preferred = [m for m in places if _PLACE_PREFERRED.search(ctx.text[max(lo, m.start - 20):m.start])]
        hosted = [m for m in places if _PLACE_HOSTED.match(ctx.text[m.end:m.end + 15])]
        pick = (hosted or preferred or places)[0]
        return pick.key
    # "in the Kazakh capital", "in the capital of Tajikistan": the reference data knows the city
    capital = _CAPITAL.search(ctx.text, lo, hi) if ctx.text.find("capital", lo, hi) >= 0 else None
    if capital:
        state = ctx.gaz.country(capital["dem"] or capital["host"] or _THE.sub("", capital["state"]))
        if state in ctx.gaz.capital_of:
            return ctx.gaz.capital_of[state]
    # a city the reference data does not know: "in Joensuu", "Kirkenes hosted"
    masked = index.names_masked[lo:hi]
    match = _UNKNOWN_CITY.search(masked) if " " in masked else None
    if match and match.group(1).lower() not in NON_NAME_WORDS:
        return match.group(1)
    match = _UNKNOWN_HOST.search(masked) if "hosted" in masked else None
    if match and not NON_NAME_WORDS.intersection(re.split(r"[- ]", match.group(1).lower())) and \
            match.group(1).split()[0] not in ("It", "This", "That", "The"):
        return match.group(1)  # "Kirkenes hosted", "Velikiye Luki hosted"
    # "in Glasgow (United Kingdom)", "in Hunchun (Jilin Province, People's Republic of China)": a city of that state
    for match in _CITY_OF_STATE.finditer(ctx.text, lo, hi) if "(" in masked else ():
        state = match.group(2).rsplit(",", 1)[-1].strip()
        if match.group(1).lower() not in NON_NAME_WORDS and ctx.gaz.country(_THE.sub("", state)):
            return match.group(1)
    return None


def _seat_in_brackets(ctx: _Context, start: int, end: int) -> bool:
    """"experts of the SECI Regional Center for Combating Trans-border Crime (Bucharest)": where the body sits."""
    if ctx.text[start - 2:start] != " (" or ctx.text[end:end + 1] != ")":
        return False
    assert ctx.index is not None
    return any(a.end == start - 2 for a in ctx.index.agencies)


# (not "flew to X"; but "before returning to Moscow, the Minister visited ...")
_DEPARTING_FOR = re.compile(r"\b(?:(?:departure|departing|leaving|left)\s+for|"
                            r"(?:before|after)\s+(?:returning|(?:his|her|their)\s+return)\s+to)\s+(?:the\s+)?$")
_NAMES_AN_EVENT = re.compile(r"\s+(?:summit|conference|forum|session|meeting|congress|assembly)\b")
_CITY_OF_STATE = re.compile(r"\bin\s+([A-Z][a-z\u00C0-\u024F]+(?:[- ][A-Z][a-z\u00C0-\u024F]+)?)\s+\(([^()]{2,70})\)")


_CAPITAL = re.compile(r"\b(?:in|to|at|visited|hosted by)\s+the\s+(?:(?P<dem>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+capital\b|"
                      r"capital\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}))|"
                      r"\b[Tt]he\s+(?P<host>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+capital\s+(?:hosted|will host|hosts)\b")
_IN_A_LIST = re.compile(r"(?:,|\band)\s*$")  # "... of Brunei, Singapore and Thailand": a city-state as a state
_EVENT_WORD = rf"\b{EVENT_NOUN}\b"
_EVENT = re.compile(_EVENT_WORD, re.I)
_EVENT_GUARD = Guard(tuple(EVENT_NOUN[3:-1].split("|")), leading=True)

# The cues are tried on every sentence and clause, and alternations under re.I are slow to scan for;
# a guard (words every match contains) and the first event noun rule most of them out cheaply.
# Event use: 0 = none, 1 = the pattern needs an event noun, 2 = its matches start at one.
_NO_EVENT, _NEEDS_EVENT, _STARTS_AT_EVENT = 0, 1, 2


class _Cue:
    """A cue pattern with what lets a search skip it: its guard and its use of an event noun."""

    __slots__ = ("event", "guard", "pattern")

    def __init__(self, pattern: re.Pattern[str], guard: Guard | None) -> None:
        self.pattern = pattern
        self.guard = guard
        if pattern.pattern.startswith(_EVENT_WORD):
            self.event = _STARTS_AT_EVENT
        else:
            self.event = _NEEDS_EVENT if _EVENT_WORD in pattern.pattern else _NO_EVENT

    def search(self, text: str, firsts: dict[str, int] | None, event: re.Match[str] | None) -> re.Match[str] | None:
        """``pattern.search(text)``, skipped or started later when the guard or the event noun allow.

        ``firsts``: where each guard word first occurs in the lowered text (see :func:`_cue_words`).
        """
        mode = self.event
        if mode != _NO_EVENT and event is None:
            return None
        pos = self.guard.start_at(firsts) if self.guard else 0
        if pos < 0:
            return None
        if mode == _STARTS_AT_EVENT:
            pos = max(pos, event.start())  # type: ignore[union-attr]
        return self.pattern.search(text, pos)


def _words(*words: str, leading: bool = True) -> Guard:
    return Guard(words, leading)


# one entry per pattern of HELD_CUES / PLANNED_CUES, in the same order
_HELD = [_Cue(p, g) for p, g in zip(HELD_CUES, [
    _words("held", "holds"),
    _words("was", "were", "had been", leading=False),
    _words("took place", "taken place", "taking place", "started", "opened", "began", "runs", "ran", "lasted",
           "came to an end", "ended", "concluded", "closed", "completed", leading=False),
    _words("talks", "consultations", "negotiations"),
    _words("met"),
    _words("hosted"),
    _words("received", "hosted"),
    _words("received", leading=False),
    _words("received", "hosted"),
    _words("took part", "participated", "spoke", "delivered a speech", "is taking part", "are taking part",
           "is participating", "are participating", "attended"),
    _words("delegation"),
    _words("held", leading=False),
    _words("gathered", "convened", "came together"),
    _words("discussed", "agreed", "signed", "exchanged", "considered", "reviewed", "approved", "adopted",
           "summed up", "presented", "outlined", "briefed", "finalised", "finalized", "prepared"),
    _words("conference", "forum", "summit", "session", "assembly", "congress", "meeting", leading=False),
    _words("chaired", "presided"),
    _words("talked with", "talked to", "conversed with", "conversation with", "talks with", "meeting with",
           "conversation via", "conversation by", leading=False),
    _words("meeting with", "talks with", "conversation with", "negotiations with", "consultations with",
           "talks between", "negotiations between", leading=False),
    _words("hosted by", leading=False),
    _words("opened", "launched", "organized", "organised", "held"),
    _words("prepared", "worked out", "drafted", leading=False),
    _words("videoconference", "video conference", leading=False),
    _words("visited"),
    _words("visited", "visiting", "worked in", "were in", "was in", "acquainted with", "received at", "continued",
           "went to", "toured", "shown",
           leading=False),
    _words("went to", "travelled to", "traveled to", "flew to", "proceeded to", "moved on to", "moved to",
           "arrived in", leading=False),
    _words("arrived in"),
    _words("welcomed by", "greeted by", leading=False),
    _words("visit", "programme", "program", "trip", "stay"),
    _words("devoted to", "dedicated to", "spent at", "spent in", leading=False),
    _words("ceremony", leading=False),
    _words("completed", "finished", "underwent", "undergoing", leading=False),
    _words("continued in", leading=False),
    _words("held"),
    _words("gave", "held"),
], strict=True)]
_PLANNED = [_Cue(p, g) for p, g in zip(PLANNED_CUES, [
    _words("will", "shall", "would"),
    _words("held", "scheduled", "planned", "place", "expected to", leading=False),
    _words("will open", "will begin", "will start", "will be opened", leading=False),
    _words("held", leading=False),
    Guard(_EVENT_GUARD.words),
    _words("agreed", "decided", "proposal", "proposed", "intend", "plan"),
    _words("next"),
    _words("decision", "decided", "agreed", "agreement", "proposal", "proposed", "invitation", "intention",
           "intend", "plan"),
    _words("agreed", "decided"),
    _words("agreed", "decided"),
    _words("will", "would", "shall"),
    _words("is to", "are to"),
    _words("will continue"),
    _words("will be"),
    _words("provides for", "provide for", "provided for"),
    _words("travel to", "fly to", "go to", "proceed to", "head to", "continue to", "move on to", leading=False),
    _words("to be signed", leading=False),
    _words("will be"),
    _words("expected to", leading=False),
    _words("will"),
    _words("will", "is to", "are to"),
    _words("includes", "envisages", leading=False),
    _words("opened", leading=False),
    _words("will run", leading=False),
    _words("will"),
], strict=True)]




def _for_lowered(cue: _Cue) -> _Cue:
    """The cue, case-sensitive, for ``plain_lower`` text: sre scans it faster than under ``re.I``."""
    source = cue.pattern.pattern
    assert cue.pattern.flags & re.I and not re.search(r"[A-Z]", source), "only lower-case cues can be lowered"
    return _Cue(re.compile(source, cue.pattern.flags & ~re.I), cue.guard)


_PLANNED_LOWERED = [_for_lowered(cue) for cue in _PLANNED]


_GUARD_WORDS = tuple(sorted({word for cue in (*_HELD, *_PLANNED) if cue.guard for word in cue.guard.words}
                            | set(_EVENT_GUARD.words)))


def _cue_words(ctx: _Context, text: str) -> dict[str, int] | None:
    """Where each guard word first occurs in the lowered ``text`` (-1: nowhere); ``None`` without a lowered view.

    Computed once per sentence or clause for all the guards of the cues.
    """
    if text in ctx.words_memo:
        return ctx.words_memo[text]
    lowered = lower_view(text)
    firsts = None if lowered is None else {word: lowered.find(word) for word in _GUARD_WORDS}
    ctx.words_memo[text] = firsts
    return firsts


def _event_noun(ctx: _Context, text: str) -> re.Match[str] | None:
    """The first event noun of ``text`` (memoised per release: sentences and clauses are asked repeatedly)."""
    if text not in ctx.event_memo:
        pos = _EVENT_GUARD.start_at(_cue_words(ctx, text))
        ctx.event_memo[text] = _EVENT.search(text, pos) if pos >= 0 else None
    return ctx.event_memo[text]


def _is_planned(ctx: _Context, text: str) -> bool:
    memo = ctx.planned_memo.get(text)
    if memo is None:
        firsts, event = _cue_words(ctx, text), _event_noun(ctx, text)
        lowered = plain_lower(text)
        if lowered is None:
            memo = any(cue.search(text, firsts, event) for cue in _PLANNED)
        else:
            # only whether a cue matches counts: the case-sensitive forms on the lowered text (same offsets)
            memo = any(cue.search(lowered, firsts, event) for cue in _PLANNED_LOWERED)
        ctx.planned_memo[text] = memo
    return memo


def _held_cue(ctx: _Context, text: str) -> re.Match[str] | None:
    if text in ctx.held_memo:
        return ctx.held_memo[text]
    firsts, event = _cue_words(ctx, text), _event_noun(ctx, text)
    found = None
    for cue in _HELD:
        found = cue.search(text, firsts, event)
        if found:
            break
    ctx.held_memo[text] = found
    return found


def _persons_in(ctx: _Context, lo: int, hi: int) -> list[str]:
    index = ctx.index
    assert index is not None
    out: list[str] = []
    first, last = bisect_left(index.person_starts, lo), bisect_left(index.person_starts, hi)
    for start, _e, key in index.person_spans[first:last]:
        if key not in out and not index.spokesperson[key] and start not in index.absent:
            out.append(key)
    return out


_EVENT_OF = re.compile(rf"\b{EVENT_NOUN}\s+of\s+[^.;,]*?\bof\s+the\s+$", re.I)
_MEMBER_STATES = re.compile(r"\s+(?:Member States|member states|countries)")
_CHANNELS = re.compile(r"\s+channels?\b")


def _agencies_in(ctx: _Context, lo: int, hi: int, member_states_ok: bool = False) -> list[str]:
    index = ctx.index
    assert index is not None
    out: list[str] = []
    first, last = bisect_left(index.agency_starts, lo), bisect_left(index.agency_starts, hi)
    for m in index.agencies[first:last]:
        tail = ctx.text[m.end:m.end + 20]
        if not member_states_ok and _MEMBER_STATES.match(tail) and not _EVENT_OF.search(
                ctx.text, max(lo, m.start - 140), m.start):
            continue  # "the BRICS countries" as a group of states; but "a meeting of ... of the SCO member states"
        if _CHANNELS.match(tail):
            continue  # "through Interpol channels": a means, not a party
        if m.key not in out:
            out.append(m.key)
    return out


_AFTER_PLACE = re.compile(r"[A-Z][\w-]+\s*\(\s*$|[A-Z][\w-]+,\s*$")
_PAIR = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b")
_SIDE = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+)\s+(?:delegation|side|police officers|delegates|"
                   r"colleagues|[Cc]hairmanship|[Pp]residency)\b")
_SIDE_WORDS = ("delegat", "side", "police officers", "colleagues", "hairmanship", "residency")
# "Russian and Italian police officers", "the Armenian, Belarusian, Kazakh and Kyrgyz delegations"
_TWO_SIDES = re.compile(r"\b((?:[A-Z][a-z]+,\s+)*[A-Z][a-z]+) and ([A-Z][a-z]+)\s+(?:[\w-]+\s+){0,2}(?:experts|"
                        r"delegations|officials|officers|police|sides|specialists)\b")


def _countries_in(ctx: _Context, lo: int, hi: int) -> list[str]:
    index = ctx.index
    assert index is not None
    out: list[str] = []
    first, last = bisect_left(index.country_starts, lo), bisect_left(index.country_starts, hi)
    for m in index.countries[first:last]:
        if m.key not in out:
            inside_agency = index.in_agency(m.start)
            after_place = _AFTER_PLACE.search(ctx.text[max(lo, m.start - 30):m.start]) \
                and index.place_just_before(m.start)
            if not inside_agency and not after_place:
                out.append(m.key)
    window = ctx.text[lo:hi]
    # the words tested with ``in`` occur in every match of the pattern they guard
    if "-" in window:
        for match in _PAIR.finditer(window):
            _add_demonyms(ctx, out, match.groups())
    if any(word in window for word in _SIDE_WORDS):
        for match in _SIDE.finditer(window):
            _add_demonyms(ctx, out, [match.group(1)])
    if " and " in window:
        for match in _TWO_SIDES.finditer(window):
            _add_demonyms(ctx, out, [*re.split(r",\s+", match.group(1)), match.group(2)])
    return out


def _add_demonyms(ctx: _Context, out: list[str], words: Iterable[str]) -> None:
    for word in words:
        key = ctx.gaz.country_by_demonym.get(word)
        if key and key not in out:
            out.append(key)


def _add_unique(target: list[str], values: Iterable[str]) -> None:
    for v in values:
        if v and v not in target:
            target.append(v)


def _fill_parties(ctx: _Context, meeting: Meeting) -> None:
    if meeting.status == "planned" and meeting.place in ctx.gaz.places and (meeting.countries or meeting.agencies) \
            and not any(ctx.agencies[a].country is None for a in meeting.agencies if a in ctx.agencies):
        # "The next meeting will be held in Tashkent": the host of talks between states is a party to them (not
        # to an Interpol session it hosts, nor to a forum whose parties the release does not name)
        host = ctx.gaz.places[meeting.place].country
        if host:
            _add_unique(meeting.countries, [host])
    for key in meeting.participants:
        person = ctx.persons[key]
        if person.agency:
            _add_unique(meeting.agencies, [person.agency])
        if person.country:
            _add_unique(meeting.countries, [person.country])
    for key in meeting.agencies:
        agency = ctx.agencies.get(key)
        if agency and agency.country:
            _add_unique(meeting.countries, [agency.country])
        elif agency:
            # "Russian-Hungarian Working Group ...": the parties are in the name
            for pair in re.finditer(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b", key):
                _add_demonyms(ctx, meeting.countries, pair.groups())


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Split an announcement listing several events ("the first ... in Sochi ..., the second – in Moscow"), or
    a report from what it agreed to hold ("held a meeting with X ..., and agreed to hold consultations in Y")."""
    text = sentence.text
    cut = [m.start() for m in re.finditer(r"(?:[:;]|,)\s+the\s+(?:second|third|next)\b|\s[\u2013\u2014-]\s+in\s+"
                                          r"|\bIn addition\b|,?\s+and\s+(?:agreed|decided)\s+to\s+hold\b"
                                          # "The speech of X was devoted to ..., and it was announced that the next
                                          # meeting would be held in Brazil"
                                          r"|,\s+and\s+it\s+was\s+(?:announced|agreed|decided)\s+that\s+the\s+next\b"
                                          # "... in Kaliningrad on October 11-12, and an international conference
                                          # ... in Saint Petersburg in the spring"
                                          r"|,\s+and\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:conference|meeting|session|"
                                          r"forum|seminar|summit|workshop)\b", text)]
    later = _TO_BE_HELD_LATER.search(text)
    if later:  # "X held talks with Y, during which they discussed the meeting of Z, which is planned to be held in
        # Harbin": the talks, and from "the meeting of Z" on, the meeting planned
        event = [m.start() for m in _EVENT_PHRASE.finditer(text, 0, later.start())]
        if event and event[-1] > 0 and _held_past(text[:event[-1]]):
            cut.append(event[-1])
    quoted = _SAID_AFTER_QUOTE.search(text) if "said" in text or "noted" in text or "told" in text else None
    limit = quoted.start() + 1 if quoted else len(text)  # '"... in Belarus," the spokesperson of X said': not X's
    # ('"...," X said, and it was agreed that the next meeting would be held in Orenburg': the agreement is one)
    agreed = _AND_AFTER_SAID.search(text, quoted.start()) if quoted else None
    tail = [(sentence.start + agreed.end(), sentence.end)] if agreed else []
    cut = [c for c in cut if 0 < c < limit]
    if not cut:
        return [(sentence.start, sentence.start + limit), *tail]
    bounds = [0, *sorted(set(cut)), limit]
    return [(sentence.start + a, sentence.start + b) for a, b in itertools.pairwise(bounds) if b > a] + tail


_AND_AFTER_SAID = re.compile(r"\b(?:said|noted|told\s+\w+),\s+and\s+(?=it\s+was\s+(?:agreed|decided)\b)")
# '"... in Belarus," the official representative of X said': the attribution after a quotation
_SAID_AFTER_QUOTE = re.compile(r"[,.]?[\"\u201d],?\s+(?:the\s+)?[^\"\u201c\u201d]{0,200}?\b(?:said|noted|told)\b"
                               r"[^\"\u201c\u201d]*$")
_TO_BE_HELD_LATER = re.compile(r",\s+which\s+(?:is|are)\s+(?:planned|scheduled|expected|due)\s+to\s+be\s+held\b|"
                               r",\s+which\s+will\s+(?:be\s+held|take\s+place)\b|"
                               r",\s+(?:scheduled|planned)\s+(?:for|to\s+(?:be\s+held|take\s+place))\b")
_EVENT_PHRASE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|conference|forum|consultations|seminar|"
                           r"summit|talks)\b")
_COORDINATED_EVENTS = re.compile(
    r"\bthe\s+((?:[\w-]+\s+){0,4}?(?:conference|meeting|session|forum|seminar|summit))\s+and\s+the\s+"
    r"((?:[\w-]+\s+){0,4}?(?:conference|meeting|session|forum|seminar|summit))\b", re.I)


_DIGIT = re.compile(r"\d")


# "The Kazan conference", "The seminar": an event by its noun (not "The meeting": any)
_THE_EVENT_NAMED = re.compile(r"\s*The\s+(?:(?P<city>[A-Z][\w-]+)\s+)?(?P<noun>conference|forum|seminar|summit|course|"
                              r"congress|assembly|exercise|workshop|symposium|session)\b")

_THE_HOST_WILL = re.compile(r"\s*(?:(?:The\s+(?:[A-Z][a-z]+\s+)?(?:delegation|guests|visitors)|They)\s+will\s+"
                            r"(?:also\s+)?be\s+(?:welcomed|met|greeted)\s+(?:there\s+)?by\b|"
                            r"(?:Its|Their)\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Chief|Head|Director|Rector|Commander|"
                            r"Chairman|President)\b[^.;]{0,120}?\bwill\b|"
                            # "There, the Provincial Commissioner ..., X, will acquaint him with ..."
                            r"There,?\s+(?:the\s+)?[A-Z][^.;]{0,160}?\bwill\s+(?:\w+\s+)?(?:him|her|them)\b)")
_OF_THE_CITY_EVENT = re.compile(r"\b(?:of|for)\s+the\s+(?P<city>[A-Z][\w-]+)\s+(?:meeting|session|conference|forum|"
                                r"summit|seminar|talks)\b")


def _event_spoken_of(drafts: list[_Draft], current: _Draft | None, named: re.Match[str]) -> _Draft | None:
    """The held event told before the meeting reported that "The Kazan conference" names, if the reported one is
    not of that kind."""
    noun = re.compile(rf"\b{named['noun']}\b", re.I)
    if current is None or noun.search(current.sentence.text):
        return None
    return next((d for d in reversed(drafts) if d is not current and d.meeting.status == "held"
                 and noun.search(d.sentence.text) and (named["city"] is None or d.meeting.place == named["city"])),
                None)


def _opens_paragraph(ctx: _Context, sentence: Sentence) -> bool:
    return sentence.index == 0 or ctx.sentences[sentence.index - 1].paragraph != sentence.paragraph


def _told_apart(ctx: _Context, draft: _Draft, sentence: Sentence) -> bool:
    """Whether ``sentence`` goes on about an earlier event, on a day of its own, whose paragraph opened with it (not
    "The parties recalled that the Group met in Dushanbe on 12 May 2019. The Russian side ...", nor "The decisions
    adopted at the session held in Minsk on 3 May ...")."""
    return _opens_paragraph(ctx, draft.sentence) and draft.sentence.paragraph == sentence.paragraph \
        and draft.meeting.start is not None \
        and not _PAST_EVENT.search(draft.sentence.text) and not _RECALLED.search(draft.sentence.text)


_RECALLED = re.compile(r"\b(?:recalled|reminded|remembered|recalling)\b")


def _moves_on(ctx: _Context, draft: _Draft, sentence: Sentence) -> bool:
    """Whether a sentence without a meeting cue tells of other days in another city than the meeting before."""
    meeting, text = draft.meeting, sentence.text
    if " to " in text and _THEN_TRAVELLED.search(text):  # "The delegation then went on to Budapest."
        place = _meeting_place(ctx, sentence, sentence.start, sentence.end)
        return place is not None and place != meeting.place
    if meeting.start is None or not (_DIGIT.search(text) or "day" in text):
        return False  # (a day needs its number, or "today", "Wednesday": cheap to rule out)
    dates = [d for d in _event_dates(ctx, sentence, sentence.start, sentence.end) if d.is_precise
             and (d.relative in (None, "today", "yesterday") or d.kind == "weekday")]
    if not dates or not dates[0].start:
        return False
    if dates[0].start <= (meeting.end or meeting.start) and not (
            _days_before(dates[0].start, meeting.start) in range(1, _TRIP_DAYS + 1) and _A_TRIP_STAGE.search(text)):
        return False  # (an earlier day recalls: "took over the chairmanship at the Astana summit on July 4, 2024"; but
        # "Yesterday, the delegation visited Saint Petersburg": the trip's stage before)
    place = _meeting_place(ctx, sentence, sentence.start, sentence.end)
    return place is not None and place != meeting.place


_BY_IN_A_YEAR = re.compile(r"(?:,\s*|,?\s+and\s+)by\s+(?P<h>(?:the\s+)?[A-Z][^,;.]*?)\s+in\s+(?P<y>(?:19|20)\d\d)\b")
_IN_A_YEAR_BY = re.compile(r"(?:,\s*|\s+and\s+)in\s+((?:19|20)\d\d)\s+by\s+(?P<h>(?:the\s+)?[A-Z][^,;.]*?)"
                           r"(?=\s+and\s+in\s+|[,.;]|$)")
_FROM_A_DAY = re.compile(r"\bfrom\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b")
_THERE = re.compile(r"\b(?:take\s+place|be\s+held|meet)\s+there\b")
_THEN_TRAVELLED = re.compile(r"\b(?:then|later|afterwards|next)\s+(?:went\s+on|moved\s+on|flew|travell?ed|proceeded|"
                             r"went|headed)\s+to\s+(?:the\s+city\s+of\s+)?[A-Z][\w-]+(?:[\s-][A-Z][\w-]+)?\s*[.;]?\s*$")
_A_TRIP_STAGE = re.compile(r"\b(?:visited|travell?ed\s+to|went\s+to|(?:was|were)\s+in)\s+[A-Z]")
# (also after words of why or how: "Because of the epidemiological situation, the event will take place in a mixed
# format")
_WHEN_IT_WILL_BE = re.compile(r"\s*(?:(?:Because|Due|Owing|In\s+view|Given)\b[^,.;]{0,60},\s+)?"
                              r"(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:course|seminar|event|conference|meeting|session|"
                              r"forum|training|workshop)|[Ii]t)\s+will\s+(?:be\s+held|take\s+place|run|last)\b")


def _when_and_where(ctx: _Context, meeting: Meeting, sentence: Sentence, lo: int, hi: int) -> None:
    """The days (and city) a later sentence gives an event already announced."""
    dates = [d for d in _event_dates(ctx, sentence, lo, hi) if d.is_precise]
    if dates:
        meeting.start, meeting.end = dates[0].start, dates[0].end
    meeting.place = meeting.place or _meeting_place(ctx, sentence, lo, hi)
    meeting.evidence.append(Span(lo, hi))


# precompiled: asked of every sentence
# ("The opening ceremony will be attended by the Deputy Minister ...")
# ("its delegation would be led by X")
_REPRESENTED = re.compile(r"\b(?:will|would)\s+be\s+(?:represented|headed|led|opened|attended)\s+(?:there\s+)?by\b|"
                          # ("It will be chaired by A and B", "It will be organized by the Main Directorate ...", "It
                          # will bring together experts of the five countries and will be chaired by X")
                          r"(?:\b[Tt]he\s+(?:[\w-]+\s+)?(?:meeting|session|conference)|^\s*It)\s+"
                          r"(?:will\s+[^.;]{0,100}?\s+and\s+)?"
                          r"will\s+be\s+(?:hosted|chaired|co-chaired|organi[sz]ed)\s+by\b|"
                          r"\bwill\s+(?:lead|head)\s+the\b|"
                          # ("X will present a report on the situation ...", "Y will address the participants")
                          r"\bwill\s+(?:present|deliver|make)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|keynote|"
                          r"presentation|speech)\b|\bwill\s+address\s+the\s+(?:participants|meeting|session|"
                          r"conference|forum)\b")
# ("Andrei Kuvshinov confirmed that a Russian delegation would take part in it.")
_TO_THE_EVENT = re.compile(r"\b(?:take part|participate|attend)\s+(?:in\s+)?(?:the\s+(?:session|meeting|conference|"
                           r"event|forum|assembly|summit|talks|negotiations|consultations)\b(?!\s+of)|it\b)")
_PHONE = re.compile(r"\b(?:tele)?phone\s+(?:talks|conversations?|calls?|conference)\b|\bby\s+(?:tele)?phone\b|"
                    r"\bover\s+the\s+(?:tele)?phone\b")
_DELEGATION_INCLUDED = re.compile(r"\bdelegation\s+(?:also\s+)?(?:included|comprised|consisted)\b")
_HELD_THERE = re.compile(r"\b(?:held|took\s+place|met)\b[^.;]{0,60}?\bthere\s*[.;,]")
_HIS_TALKS = re.compile(r"\s*(?:His|Her)\s+(?:talks|meeting|negotiations|consultations)\s+with\b")
_PREPARED_VISIT = re.compile(r"\b(?:preparations?\s+for|preparing)\s+the\s+(?:[\w-]+\s+)?visit\s+of\b")
_HE_WILL = re.compile(r"\b(?:he|she)\s+(?:will|would)\b")
_POSTPONED = re.compile(r"\b(?:has|have|had)\s+been\s+postponed\b")
_MET_SOMEONE = re.compile(r"(?:met|held\s+(?:talks|a\s+meeting|meetings|consultations))\s+with\b")
_WILL_MEET = re.compile(r"\b(?:will|would|shall)\s+(?:next\s+|again\s+|also\s+)?meet\b")
_THE_EVENT_IS_HELD = re.compile(r"\s*The\s+(?:event|meeting|session|conference|forum|seminar)\s+is\s+"
                                r"(?:being\s+)?held\b")
_WOULD_WILL = re.compile(r"\b(?:would|will)\b")
_CHAIR_NOUN = re.compile(r"\b(?:chairmanship|chair|presidency)\b", re.I)


# the cues of an arrival and a welcome: they begin a visit, unless one is being reported already
_VISIT_BEGINS = (_ARRIVED_ON_A_VISIT, _WELCOMED_BY)


_WILL_VISIT_A_STATE = re.compile(r"\bwill\s+(?:also\s+)?(?:visit|(?:pay|make)\s+(?:a|an)\s+(?:official\s+|working\s+)?"
                                 r"visit\s+to)\s+(?:the\s+)?"
                                 r"(?P<state>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)")  # ("the Republic of Kenya")


def _visit_to_a_state_to_come(ctx: _Context, sentence: Sentence) -> bool:
    """Whether the sentence announces only a visit to a state over several days ("From 14 to 17 October, a delegation
    of X will visit the Russian Federation"): the frame of the stages told next, as a visit made is."""
    frame = _WILL_VISIT_A_STATE.search(sentence.text)
    return frame is not None and ctx.gaz.country(frame["state"]) is not None \
        and not _is_planned(ctx, sentence.text[frame.end():]) \
        and any(d.start and d.end for d in _event_dates(ctx, sentence, sentence.start, sentence.end))


def _extract_meetings(ctx: _Context, masked: str) -> list[Meeting]:
    drafts: list[_Draft] = []
    current: _Draft | None = None  # the held meeting the following sentences talk about
    resume: _Draft | None = None  # the meeting reported, while its experts' stage is current
    last_planned: _Draft | None = None
    protagonist = _protagonist(ctx)
    pending: _Pending | None = None
    visit: _Pending | None = None  # a stay of several days in one city, told without a meeting cue
    visit_to_come = False  # (announced: "From 1 to 4 September, a delegation ... will visit Russia")
    first_stage_to_come = False  # (no stage of the visit announced told yet)
    bilateral_round: _Pending | None = None  # "held a number of bilateral meetings": who, when and where
    phoned = "phone" in ctx.text and bool(_PHONE.search(ctx.text))
    for sentence in ctx.sentences:
        s_text = sentence.text
        planned_here = _is_planned(ctx, s_text)
        framed = planned_here and "visit" in s_text and _visit_to_a_state_to_come(ctx, sentence)
        if framed:
            planned_here = False  # a visit's frame, whose stages the next sentences tell
        held_match = _held_cue(ctx, s_text)
        if held_match and not planned_here and _WOULD_WILL.search(s_text, 0, held_match.end()):
            held_match = None  # "the conference would be the first event held ...": not a report
        if held_match and current is not None and held_match.re in _VISIT_BEGINS:
            held_match = None  # "The participants were welcomed by ...": the hosts of the event being reported
        if held_match and last_planned is not None and last_planned.sentence.index == sentence.index - 1 and \
                _THE_EVENT_IS_HELD.match(s_text):
            held_match = None  # "Moscow will host a meeting ... The event is held within the framework of ...": it
        if not (planned_here or held_match) and last_planned is not None and "until" in s_text and \
                last_planned.sentence.index >= sentence.index - 2 and last_planned.meeting.start and \
                not last_planned.meeting.end and _ABOUT_IT.match(s_text) and _LASTS_UNTIL.search(s_text):
            # "On 14 March, the session will open in Vienna. The session will last until 22 March.": about the event
            # announced, which _attach_context gives its end as it does the event reported
            _attach_context(ctx, last_planned, sentence, masked, _persons_in(ctx, sentence.start, sentence.end))
            continue
        if phoned and _PHONE.search(s_text):
            planned_here, held_match = False, None  # "held telephone talks with ...": a call is not a meeting
        if (planned_here or held_match) and _CHAIR_NOUN.search(s_text) \
                and not _event_noun(ctx, s_text) and not (planned_here and _WILL_MEET.search(s_text)) \
                and not (held_match and not planned_here and _MET_SOMEONE.match(held_match[0])):
            # "will hold the chairmanship": not a meeting (but "X met with liaison officers ... and presented the plan
            # of events for the Russian chairmanship": he met them)
            planned_here, held_match = False, None
        sentence_persons = _persons_in(ctx, sentence.start, sentence.end)
        if "ith" in s_text and bilateral_round is not None and _ROUND_ITEM.match(s_text) and not planned_here:
            # "X held a number of bilateral meetings. With the Minister of Y, ... were discussed.": one of them
            item = _round_item(ctx, bilateral_round, sentence, sentence_persons, masked)
            if item is not None:
                drafts.append(item)
                current = item
                continue
        if _BILATERAL_ROUND.search(s_text) and not planned_here:
            dates = [d for d in _event_dates(ctx, sentence, sentence.start, sentence.end) if d.is_precise]
            bilateral_round = _Pending(
                dates[0].start if dates else _its_day(ctx, current) if current else None, None,
                _meeting_place(ctx, sentence, sentence.start, sentence.end) or (
                    current.meeting.place if current else None),
                sentence_persons[:1] or ([protagonist] if protagonist else []), [])
        elif held_match or planned_here:
            bilateral_round = None
        if not (planned_here or held_match):
            held_match = _uncued_meeting(ctx, sentence, sentence_persons, current, phoned)
        if not held_match and resume is not None and current is not None and current.experts \
                and "expert" not in s_text.lower() and all(p in resume.meeting.participants for p in sentence_persons):
            # after the experts' stage that prepared it, the main meeting again (and what it plans: "Tomorrow, the
            # delegation will travel to Vladimir", "the parties agreed to hold the next round in Budapest")
            current, resume = resume, None
        if not (planned_here or held_match):
            # a sentence about the meeting being reported: its people and parties take part in it
            target = current
            if current is not None and _DELEGATION_INCLUDED.search(s_text):
                # "The Russian delegation also included ...": the delegation to the main event, not to a side talk
                target = next((d for d in drafts if d.meeting.status == "held" and not d.background
                               and not d.experts), current)
            if last_planned is not None and (current is None or (
                    last_planned.sentence.index > current.sentence.index and not _TOOK_PART.search(s_text))):
                # (but "Delegations of ... took part" is about the meeting held, not the one it prepared)
                if last_planned.sentence.index == sentence.index - 1 and _THE_HOST_WILL.match(s_text):
                    # "The guests will be welcomed by the Head of the University, X", "Its Chief, X, will present
                    # ...": the host of the stage just announced
                    _add_unique(last_planned.meeting.participants, sentence_persons)
                    last_planned.meeting.evidence.append(Span(sentence.start, sentence.end))
                    continue
                if AGENDA.search(s_text):
                    # ("The agenda of the Qingdao meeting includes ...": the event announced in Qingdao, if another
                    # was announced since)
                    city = _OF_THE_CITY_EVENT.search(s_text)
                    agenda_of = next((d for d in reversed(drafts) if d.meeting.status == "planned"
                                      and d.meeting.place == city["city"]), last_planned) if city else last_planned
                    _add_unique(agenda_of.meeting.topics, _areas(ctx, masked, sentence.start, sentence.end))
                    agenda_of.meeting.evidence.append(Span(sentence.start, sentence.end))
                    continue
                represented = _REPRESENTED.search(s_text)
                if (PARTICIPATION.search(s_text) or re.match(r"\s*The (?:event|conference|meeting)\b", s_text)
                        or represented) and not OBSERVERS.search(s_text):
                    _add_unique(last_planned.meeting.agencies, _agencies_in(ctx, sentence.start, sentence.end))
                    _add_unique(last_planned.meeting.countries, _countries_in(ctx, sentence.start, sentence.end))
                    if represented or _TO_THE_EVENT.search(s_text):  # "X will lead the Russian delegation", "X
                        # will also take part in the negotiations"
                        _add_unique(last_planned.meeting.participants, sentence_persons)
                    last_planned.meeting.evidence.append(Span(sentence.start, sentence.end))
                    continue
            recalled = drafts[-1] if drafts and drafts[-1].background else None
            if recalled is not None and recalled.sentence.index == sentence.index - 1 and _THEY.match(s_text) \
                    and set(recalled.meeting.participants) - set(current.meeting.participants if current else ()):
                # "On Thursday, on the eve of the ceremony, X held talks with Y. They discussed ...": those talks (not
                # a meeting recalled without its people: "... briefed them on the meeting held in Malaga in May")
                _attach_context(ctx, recalled, sentence, masked, sentence_persons)
                continue
            named = _THE_EVENT_NAMED.match(s_text) if current is not None and s_text.lstrip().startswith("The") \
                else None
            spoken_of = _event_spoken_of(drafts, current, named) if named else None
            if spoken_of is not None:
                # "The Kazan conference, organized by the MIA of Russia, brought together ...": the conference told
                # before, not the meeting reported since
                _attach_context(ctx, spoken_of, sentence, masked, sentence_persons)
                if _opens_paragraph(ctx, sentence):
                    current = spoken_of
                continue
            if recalled is not None and recalled.meeting.status == "held" and \
                    _told_apart(ctx, recalled, sentence):
                # "On Tuesday and Wednesday, Bishkek hosted a meeting of the Working Group. The Russian side was
                # represented by ...": an earlier event told in a paragraph of its own is what that paragraph is about
                _attach_context(ctx, recalled, sentence, masked, sentence_persons)
                continue
            if target is not None and target is current and _back_to_the_talks(drafts, current, sentence):
                # "Earlier this month, a joint seminar ... was held in Minsk. Its participants studied ... \n\n The
                # parties also approved ...": the two who met again, not the seminar's nameless participants
                target = current = _main_event(drafts, current)
            if target is not None and target is current and _moves_on(ctx, target, sentence):
                # "On November 11-12, the guests were in Saint Petersburg": a later stage of a visit, which the
                # next sentences are about
                target = current = None
            if target is not None:
                _attach_context(ctx, target, sentence, masked, sentence_persons)
                pending = None
            if target is None:  # (a sentence with no date or place keeps the one before: "On 27 March, in
                # Tashkent, the Memorandum ... was signed. The document was signed by ... Before the signing, talks
                # were held")
                dates = [d for d in _event_dates(ctx, sentence, sentence.start, sentence.end) if d.is_precise]
                place = _meeting_place(ctx, sentence, sentence.start, sentence.end)
                if place and len({m.key for m in ctx.index.by_kind.get("place", [])  # type: ignore[union-attr]
                                  if sentence.start <= m.start < sentence.end}) >= 3:
                    place = None  # "cars stolen in Moscow, Krasnodar and Rostov-on-Don": where crimes were, no venue
                if dates or place:
                    pending = _Pending(dates[-1].start if dates else None, dates[-1].end if dates else None, place,
                                       sentence_persons or _official_of_a_state(ctx, sentence),
                                       _agencies_in(ctx, sentence.start, sentence.end), sentence.index)
                    completed = _COMPLETED_A_VISIT.search(s_text) if pending.start and not pending.end else None
                    if completed:  # "Today a delegation ... completed a three-day working visit to Russia": the days
                        # before today too
                        pending.start, pending.end = pending.start - timedelta(
                            days=_COUNTS[completed["n"].lower()] - 1), pending.start  # type: ignore[operator]
                    begins = _A_VISIT_TO_BEGIN.search(s_text) if pending.start and not pending.end else None
                    if begins:  # "On Monday, X will begin a three-day working visit to France": the days to come
                        if dates[-1].kind == "weekday":
                            pending.start = _to_come(pending.start, ctx.release.publication_date)  # type: ignore
                        pending.end = pending.start + timedelta(  # type: ignore[operator]
                            days=_COUNTS[begins["n"].lower()] - 1)
                    if pending.start and pending.end:
                        visit = pending  # "On April 12-13, a delegation ... visited Moscow": where its days are spent
                        visit_to_come = _WOULD_WILL.search(s_text) is not None
                        first_stage_to_come = framed or begins is not None or (  # ("On 16-18 November, X will
                            # pay an official visit to the Republic of Turkey")
                            (to_a_state := _WILL_VISIT_A_STATE.search(s_text)) is not None
                            and ctx.gaz.country(to_a_state["state"]) is not None)
                        if not visit.persons and sentence.index and _THE_VISIT_LASTED.search(s_text):
                            # "A delegation headed by X has completed a working visit to Russia. The programme of the
                            # visit, which lasted from 8 to 11 July, ...": the guests the sentence before named
                            before = ctx.sentences[sentence.index - 1]
                            visit.persons = _persons_in(ctx, before.start, before.end)
                elif sentence_persons and _ON_A_VISIT.search(s_text):
                    # "A delegation of X headed by Y is on a working visit to Russia": the guests the next
                    # sentences speak of, on days they tell
                    visit = _Pending(None, None, None, sentence_persons,
                                     _agencies_in(ctx, sentence.start, sentence.end))
            continue
        operation = NOT_A_MEETING.search(s_text)
        if operation and not MEETING_NOUN.search(s_text) and NOT_A_MEETING.search(
                ctx.index.names_masked, sentence.start, sentence.end) and not (  # (not in "the Operations Department")
                planned_here and (_WILL_MEET.search(s_text, 0, operation.start()) or _WILL_TRAVEL.match(s_text))) \
                and not (held_match and (held_match.group(0) == "summed up the results"
                                         or (held_match.re is _VISITED_BODY and held_match.start("visited")
                                             < operation.start()))):
            continue  # (but "experts would meet in Kyakhta to work out the procedure for joint patrols": a meeting;
            # "Tomorrow, the delegation will travel to Novi Sad to observe an exercise": a stage of the visit; and
            # "A and B summed up the results of the joint operation": they met)
        clauses = _clauses(sentence) if planned_here else [(sentence.start, sentence.end)]
        shared_agencies: list[str] = []
        for lo, hi in clauses:
            clause = ctx.text[lo:hi]
            status = "planned" if _is_planned(ctx, clause) and not _held_past(clause) else "held"
            if lo != sentence.start and not (_is_planned(ctx, clause) or _held_cue(ctx, clause)):
                status = "planned"  # a continuation of an announcement: same kind of event
            if status == "planned" and last_planned is not None and (
                    _TO_THE_EVENT.search(clause) or _REPRESENTED.search(clause)) \
                    and _meeting_place(ctx, sentence, lo, hi) in (None, last_planned.meeting.place):
                # "A Russian delegation will take part in the session.", "The Russian delegation in Cholpon-Ata will
                # be headed by ...": the event just announced
                _add_unique(last_planned.meeting.countries, _countries_in(ctx, lo, hi))
                _add_unique(last_planned.meeting.agencies, _agencies_in(ctx, lo, hi, member_states_ok=True))
                _add_unique(last_planned.meeting.participants, _persons_in(ctx, lo, hi))
                last_planned.meeting.evidence.append(Span(lo, hi))
                continue
            if status == "planned" and last_planned is not None and _WHEN_IT_WILL_BE.match(clause) and (
                    (last_planned.sentence.index == sentence.index - 1 and last_planned.meeting.start is None) or (
                    # ("... will arrive in Pskov tomorrow for a working meeting ... The meeting will take place within
                    # the framework of the cooperation plan": the one announced, nothing new said of when or where)
                    sentence.index - 3 <= last_planned.sentence.index and last_planned.meeting.start
                    and _meeting_place(ctx, sentence, lo, hi) in (None, last_planned.meeting.place)
                    and not [d for d in _event_dates(ctx, sentence, lo, hi) if d.is_precise])):
                # "... would take part in a course at the University. The course will be held from 5 to 30
                # September.": when (and where) the event just announced will be
                _when_and_where(ctx, last_planned.meeting, sentence, lo, hi)
                continue
            if status == "held" and lo == sentence.start and hi < sentence.end and current is not None and \
                    not _held_cue(ctx, clause):
                # "The speech of X was devoted to ..., and it was announced that the next meeting will be held in
                # Brazil": the words before the announcement are about the meeting being reported
                # (after talks on the sidelines, "The interlocutors discussed ..." is still about those talks)
                reported = current if not current.sidelines or _THEY.match(clause) else _main_event(drafts, current)
                _attach_context(ctx, reported, Sentence(sentence.index, lo, hi, clause, sentence.paragraph), masked,
                                _persons_in(ctx, lo, hi))
                continue
            draft = _new_draft(ctx, sentence, lo, hi, status, masked, current, drafts, protagonist, pending)
            pending = None
            if draft is None or (draft.sidelines and not draft.meeting.participants and not draft.meeting.agencies
                                 and not draft.meeting.countries):
                continue  # ("expert consultations were held on the sidelines of the meeting": nobody to tell of)
            if draft.background and draft.meeting.start is None and not draft.meeting.participants and \
                    _PREVIOUS_EVENT.search(clause) and _meeting_place(ctx, sentence, lo, hi) is None:
                continue  # "the decisions adopted at the previous session": a past event named in passing
            found = draft.meeting
            published = ctx.release.publication_date
            if visit is not None and visit.start and visit.end and (visit.end - visit.start).days < 7 and (
                    (found.start in (None, visit.start) and published is None) or (
                    status == "planned" and visit_to_come and found.start
                    and not visit.start <= found.start <= visit.end)):
                # "From 9 to 13 October 2017, a delegation ... was in Russia. ... On Wednesday, the delegation
                # travelled to Nizhny Novgorod": without a date line, the Wednesday of those days ("The visit will last
                # from 11 to 14 March. ... On Monday, X will hold talks", told on a Monday: the Monday of those days)
                named = [d.relative for d in _event_dates(ctx, sentence, lo, hi) if d.kind == "weekday" and d.relative]
                found.start = (_weekday_within(named[0], visit.start, visit.end) if named else None) or found.start
            # (of a visit still to come too: "On the last day of the visit, the Minister will return to Belgrade and
            # take part in ...", not "the next meeting will be held in Moscow" agreed on the last day of one past;
            # without a date line, a visit the release announces)
            if visit is not None and (status == "held" or (published is None and visit_to_come) or (
                    published and visit.start and visit.start >= published)) and (
                    _visit_day_word(clause) in ("last", "final") or _FINAL_DAY_LEAD.match(clause)) and visit.end \
                    and (found.start is None or found.start == visit.start):
                found.start = visit.end  # "On the last day of the visit, the delegation travelled to Semarang"
            if status == "planned" and visit_to_come and visit is not None and visit.persons and \
                    _TALKS_WILL_BE_HELD.search(clause) and not set(visit.persons) & set(found.participants):
                # "After the ceremony, talks will be held at the Serbian Ministry of Interior with X": the visitor's
                found.participants[:0] = visit.persons
            if status == "planned" and first_stage_to_come and (found.place or found.participants):
                if found.start is None and visit is not None and visit.start:  # "In Paris, the Minister will hold
                    # talks with X": the visit's first day (not "It will be the first event of the year"); "The next
                    # day, X will visit ...": the day after it
                    found.start = visit.start + timedelta(days=max((DAYS_AFTER.get(d.relative or "", 0) for d in (
                        _event_dates(ctx, sentence, lo, hi))), default=0))
                first_stage_to_come = False
            if found.place is None and not _held_remotely(clause):
                found.place = _seat_of_host(ctx, lo, hi)  # "a course at the Volgograd Academy of the MIA": Volgograd
            if status == "held" and visit is not None and found.place is None and found.start and visit.start and \
                    visit.start <= found.start <= visit.end and not _held_remotely(clause):  # type: ignore[operator]
                found.place = visit.place  # "On April 13, they held a meeting at the Main Directorate ..."
            if status == "held" and visit is not None and not draft.background and (
                    (visit.start is None and _THE_GUESTS.search(clause)) or (
                    visit.start and found.start and visit.start <= found.start <= visit.end  # type: ignore[operator]
                    and _VISITORS.search(clause)) or (
                    # "After that, the guests were shown the Situation Centre": a stage of the visit told in order
                    visit.start and found.start is None and _THE_GUESTS.search(clause)
                    and _VISITED_BODY.match(clause))) and not (set(visit.persons) & set(found.participants)
                                                               and set(visit.agencies) <= set(found.agencies)):
                _join_visitors(ctx, found, visit)  # "On October 23, the guests were received by ..." (their bodies
                # too, when "the guests" named their head already)
                if protagonist in found.participants and protagonist not in visit.persons and \
                        ctx.persons[protagonist].name not in clause and _VISITED_BODY.match(clause):
                    found.participants.remove(protagonist)  # "On Thursday, the delegation visited ...": the guests
            if status == "planned" and lo == sentence.start and sentence.index and _WHEN_IT_WILL_BE.match(clause) \
                    and _ACCEPTED_THE_INVITATION.search(ctx.sentences[sentence.index - 1].text):
                # "X has accepted the invitation of Y to take part in the meeting of the Ministers ... The meeting
                # will be held in Qingdao": the two of them, and their bodies, at the event the invitation named
                before = ctx.sentences[sentence.index - 1]
                _add_unique(found.participants, _persons_in(ctx, before.start, before.end))
                _add_unique(found.agencies, _agencies_in(ctx, before.start, before.end, member_states_ok=True))
                _add_unique(found.countries, _countries_in(ctx, before.start, before.end))
                found.evidence.append(Span(before.start, before.end))
            if status == "planned":
                _add_unique(shared_agencies, draft.meeting.agencies)
                if not draft.meeting.agencies:
                    draft.meeting.agencies = list(shared_agencies)
            if status == "held" and current is not None and current.meeting.status == "held" and \
                    _GUESTS_WELCOMED.match(clause) and found.start in (None, current.meeting.start) and \
                    found.place in (None, current.meeting.place):
                _absorb(current, draft)  # the guests' hosts join their visit
                continue
            if status == "planned" and last_planned is not None and last_planned.sentence.index == sentence.index - 1 \
                    and found.start in (None, last_planned.meeting.start) \
                    and ((_WILL_TRAVEL.match(last_planned.sentence.text) and _THE_TRAVELLER.search(clause))
                         or (_THE_PROGRAMME_PROVIDES.match(clause) and found.start is None
                             and found.place in (None, last_planned.meeting.place))
                         or (found.start == last_planned.meeting.start and found.start is not None
                             and "arrive" in last_planned.sentence.text
                             and _WILL_ARRIVE_ON_A_VISIT.search(last_planned.sentence.text))
                         or (_THERE_LEAD.match(clause) and last_planned.meeting.place and found.start is None)
                         or (_GUESTS_WILL_BE_RECEIVED.match(clause) and last_planned.meeting.start
                             and found.place in (None, last_planned.meeting.place) and found.start is None)):
                # ("On Wednesday, the guests will visit the University. The delegation will be received by its Head,
                # X": that stage's host)
                # "On February 26, the Minister will travel to Bali ... In Denpasar, he will meet with X": the meeting
                # of that stage (on its day: "On Wednesday, they will fly to Kazan. On 11 June they will be received
                # by X"), in the city it names ("The final part of the visit will take place in Nha Trang.
                # There, X will meet with Y")
                last_planned.meeting.place = found.place or last_planned.meeting.place
                _absorb(last_planned, draft)
                continue
            for copy in (two for one in _split_counterparts(ctx, draft, lo, hi)
                         for two in _split_coordinated(one, clause)):
                merged = _merge_into(drafts, copy)
                kept = merged or copy
                if merged is None:
                    if status == "held" and copy.meeting.place is None and copy.meeting.start and \
                            not _held_remotely(clause):
                        # "On 20 October, X met with Y" during an event held in New Delhi from 18 to 21 October: there
                        copy.meeting.place = _venue_of_the_days(drafts, copy.meeting.start)
                    drafts.append(copy)
                if status == "held":
                    if not kept.background:
                        # (an experts' stage dated before the meeting reported: the next sentences about the
                        # experts tell it, the others the meeting again)
                        resume = current if kept.experts and current is not None and kept.meeting.start and \
                            current.meeting.start and kept.meeting.start < current.meeting.start else None
                        current = kept
                else:
                    last_planned = kept
    _same_trip_places(ctx, drafts)
    meetings = []
    for draft in drafts:
        _fill_parties(ctx, draft.meeting)
        _settle_year(draft.meeting, ctx.release.publication_date)
        _participant_evidence(ctx, draft.meeting)
        meetings.append(draft.meeting)
    return meetings


# "the second day", "the last day": a day of the visit or event told
_NTH_DAY = r"the (?:second|third|fourth|last|final) day\b"
# (after a lead: "In Managua, on Monday", "Back in Managua, at the end of the visit on Thursday")
_ON_A_DAY = re.compile(r"\s*(?:(?:Back\s+)?[Ii]n\s+[A-Z][\w -]{1,30},\s+)?"
                       r"(?:[Aa]t\s+the\s+(?:end|close)\s+of\s+the\s+(?:visit|stay|trip),?\s+)?[Oo]n\s+"
                       r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+|"
                       r"[A-Z][a-z]+\s+\d{1,2}\b|" + _NTH_DAY + ")|"
                       # "On their return to Managua the same evening, A and B signed ..."
                       r"\s*On\s+(?:(?:their|his|her|the\s+delegation['\u2019]s)\s+return|returning)\s+to\s+[A-Z]")
_TOOK_PART = re.compile(r"\b(?:took\s+part|participated|attended|were\s+represented)\b")
# the people of the meeting told in the sentence before: "They discussed ...", "The interlocutors agreed ..."
_THEY = re.compile(r"\s*(?:They|The\s+(?:parties|sides|interlocutors|two\s+(?:officials|ministers|heads|chiefs)))\b")


def _uncued_meeting(ctx: _Context, sentence: Sentence, persons: list[str], current: _Draft | None,
                    phoned: bool) -> re.Match[str] | None:
    """A meeting told without a cue word, found by what its people did: the words that tell it, or None.

    Each test asks for cheap words first, because most sentences have no cue and come here."""
    text = sentence.text
    if current is None and len(persons) >= 2 and not phoned:
        talked = _TALKED.search(text)  # "A and B discussed ...": they met, though no cue says so
        if talked:
            return talked
    if current is None and "summed up" in text and _ON_A_DAY.match(text) and len(
            _countries_in(ctx, sentence.start, sentence.end)) >= 2:
        # "On October 27 in Blagoveshchensk, law enforcement officers of Russia and China summed up the results of
        # the joint operation": they met that day
        return _TALKED.search(text)
    if (current is None or _ON_A_DAY.match(text)) and len(persons) >= 2 and not phoned:
        # "On October 5, in Baku, A and B signed a Memorandum ...": they met to sign it (a day of its own after
        # another meeting: "On Tuesday, the delegation visited Sapporo, where A and B signed a memorandum")
        signed = _SIGNED.search(text)
        if signed and len(_persons_in(ctx, sentence.start, sentence.start + signed.start())) >= 2:
            return signed
    if len(persons) >= 2 and "discussed" in text and not (phoned and _PHONE.search(text)):
        with_someone = _DISCUSSED_WITH.search(text)  # "X discussed the priorities ... with the Chairman ..., Y"
        if with_someone and _persons_in(ctx, sentence.start + with_someone.end(), sentence.end):
            return with_someone
    if "recalled" in text:  # (also in a letter that reports no meeting of its own)
        recalled = _RECALLED_THEIR_MEETING.search(text)  # an earlier meeting of the two, in passing
        if recalled:
            return recalled
    if current is not None and len(persons) >= 2 and not phoned and SIDELINES.search(text):
        return _TALKED.search(text)  # "On the sidelines of the meeting, A and B discussed ...": they met
    return None


# the visiting delegation, referred to during its visit: "the guests", "the Brazilian police officers"
_VISITING_GROUP = r"(?:guests|visitors|delegation|delegates|police officers)\b"
_A_VISITING_GROUP = rf"(?:[A-Z][a-z]+\s+)?{_VISITING_GROUP}"  # "guests", "Lao delegation"
_VISITORS = re.compile(rf"\bthe\s+{_A_VISITING_GROUP}|"
                       r"\bthe\s+[A-Z][a-z]+\s+(?:Minister|Deputy Minister|side)\b|"  # "the Bahraini Minister"
                       # "On the second day, talks were held at the General Police Agency with its Head": the guests'
                       r"\b(?:talks|consultations|negotiations)\s+were\s+held\s+(?:at|with)\s+the\b")
# the guests of a visit told without its days: "the guests", "the Lao delegation" (not "the Deputy Minister", who
# may be the host)
_THE_GUESTS = re.compile(rf"\b[Tt]he\s+{_A_VISITING_GROUP}")
_VISITORS_OF_A_STATE = re.compile(rf"\bthe\s+([A-Z][a-z]+)\s+{_VISITING_GROUP}")


_STATE_AND_POST = r"([A-Z][a-z]+)\s+((?:Deputy\s+)?Minister|Ambassador)\b(?!\s+of\b)"  # "Italian Minister"
_AN_OFFICIAL_OF_A_STATE = r"\b[Tt]he\s+" + _STATE_AND_POST
_OFFICIAL_OF_A_STATE = re.compile(_AN_OFFICIAL_OF_A_STATE)
_A_FOREIGN_OFFICIAL = re.compile(r"\b[Tt]he\s+(?!Russian\b)" + _STATE_AND_POST)
_OFFICIAL_WILL = re.compile(_AN_OFFICIAL_OF_A_STATE + r"\s+will\b")  # "the Italian Minister will visit ..."


def _official_of_a_state(ctx: _Context, sentence: Sentence) -> list[str]:
    """The person "the Italian Minister" (or Ambassador) refers to: the one named before with that title and
    state, if only one is."""
    said = _OFFICIAL_OF_A_STATE.search(sentence.text) if "the " in sentence.text else None
    state = _state_of_demonym(ctx, said[1]) if said else None
    if said is None or state is None:
        return []
    named = [key for key in _persons_in(ctx, 0, sentence.start) if ctx.persons[key].country == state
             and (ctx.persons[key].title or "").startswith(said[2])]
    return named if len(named) == 1 else []


_HEADS_OF_THE_TWO = re.compile(r"\bthe\s+(?:heads\s+of\s+the\s+two\s+(?:ministries|agencies|services|departments)|"
                               r"(?:two\s+)?[Mm]inisters)\b")
# ("has returned home after a four-day working visit to Russia")
_A_VISIT_MADE = re.compile(r"\b(?:visited\s+(?:the\s+Russian\s+Federation|Russia|Moscow)\b|(?:(?:paid|made)\s+(?:a|an)|"
                           r"(?:returned\s+(?:home\s+)?(?:from|after))\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?)\s*"
                           r"(?:official\s+|working\s+|state\s+)?visit\s+to\s+"
                           r"(?:the\s+Russian\s+Federation|Russia)\b)")
# "X will visit Moscow from 16 to 18 October. The programme of the visit provides for talks with Y": that visit's
_THE_PROGRAMME_PROVIDES = re.compile(r"\s*The\s+programme\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?visit\s+"
                                     r"(?:provides\s+for|includes)\b")
# "Tomorrow, X will arrive in Belgrade on a working visit. ... on 6 October in Belgrade the Minister will hold talks
# with Y": the talks of that day are what the arrival announced
_WILL_ARRIVE_ON_A_VISIT = re.compile(r"\bwill\s+arrive\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+on\s+(?:a|an)\s+"
                                     r"(?:[\w-]+\s+)?visit\b")
_A_VISIT_ANNOUNCED = re.compile(r"\bwill\s+(?:(?:pay|make)\s+(?:a|an)\s+(?:official\s+|working\s+|state\s+)?visit\b|"
                                r"arrive\s+in\s+(?:Moscow|Russia)\s+on\s+(?:a|an)\s+(?:[\w-]+\s+)?visit\b|"
                                r"visit\s+(?:the\s+Russian\s+Federation|Russia)\b)")


_THE_GUESTS_MET = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:guests|delegation|visitors)\s+(?:were\s+received\b|"
                             r"met\s+with\b|held\s+(?:talks|a\s+meeting)\s+with\b)")


def _visit_told_before(ctx: _Context, sentence: Sentence,
                       visit: re.Pattern[str]) -> tuple[Sentence, re.Match[str]] | None:
    """The last sentence before ``sentence`` that tells a visit, and where it does."""
    for before in reversed(ctx.sentences[:sentence.index]):
        if "visit" in before.text and (told := visit.search(before.text)):
            return before, told
    return None


def _announced_guest(ctx: _Context, sentence: Sentence, held: bool = False) -> str | None:
    """The one a visit announced before ``sentence`` brings: "From 18 to 21 March, the Minister ..., X, will pay an
    official visit to Russia at the invitation of ..., Y": X (or, ``held``, a visit made: "On June 4-7, a delegation
    ... headed by X visited the Russian Federation")."""
    found = _visit_told_before(ctx, sentence, _A_VISIT_MADE if held else _A_VISIT_ANNOUNCED)
    if found is None:
        return None
    before, announced = found
    named = _persons_in(ctx, before.start, before.start + announced.start())
    return named[-1] if named else None


_THE_TWO_MINISTERS_WILL = re.compile(r"(?<!of )\b[Tt]he\s+(?:two\s+)?[Mm]inisters\s+will\b")
_A_MINISTER_S_TITLE = re.compile(r"Minister\b(?!\s+(?:Counsellor|Plenipotentiary)\b)")


def _the_two_ministers(ctx: _Context, sentence: Sentence) -> list[str]:
    """The two ministers named before ``sentence`` ("the two Ministers"), if exactly two are."""
    named = [p for p in _persons_in(ctx, 0, sentence.start) if _A_MINISTER_S_TITLE.match(ctx.persons[p].title or "")]
    return named if len(named) == 2 else []


def _announced_visitors(ctx: _Context, sentence: Sentence) -> list[str]:
    """The two named in the last sentence before ``sentence`` that announces a visit (the guest and the host), if
    it names exactly two."""
    found = _visit_told_before(ctx, sentence, _A_VISIT_ANNOUNCED)
    named = _persons_in(ctx, found[0].start, found[0].end) if found else []
    return named if len(named) == 2 else []


_A_VISIT_ABROAD = re.compile(r"\b(?:returned\s+from|(?:paid|made)|(?:is|was)\s+on)\s+(?:a|an|his|her|its|their)\s+"
                             r"(?:[\w-]+\s+){0,2}?visit\s+to\s+(?:the\s+)?(?!Russia\b|Russian\s+Federation\b)[A-Z]")
_THE_GUESTS_VISITED = re.compile(r"\b(?:the\s+(?:[A-Z][a-z]+\s+)?(?:guests|visitors|(?P<delegation>delegation))|"
                                 r"(?P<foreign>foreign)\s+(?:delegates|guests|participants))\s+(?:also\s+)?$")


def _foreign_visitors(ctx: _Context, subject: str) -> bool:
    """Whether the words name visitors of another state than Russia: "the Australian police officers"."""
    named = _VISITORS_OF_A_STATE.search(subject)
    return named is not None and _state_of_demonym(ctx, named[1]) not in (None, "Russia")


_HOST_VERB = re.compile(r"\s+(?:held|hosted|hosts|organi[sz]ed|conducted|"
                        r"will\s+(?:host|hold|organi[sz]e|conduct|open))\b")
_CITY_WORDS = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")


def _city_in_name(ctx: _Context, body: Mention) -> str | None:
    """The city a body's name starts with: "the Volgograd Academy", "the Nizhny Novgorod Academy", "Moscow ..."."""
    words = _CITY_WORDS.match(ctx.text, body.start, body.end)
    for name in (words[0], words[0].split()[0]) if words else ():
        city = ctx.gaz.place(name)
        if city:
            return city
    return None


def _seat_of_host(ctx: _Context, lo: int, hi: int) -> str | None:
    """The city an event is held in when it is held "at the" body named after that city ("at the Volgograd
    Academy of the MIA of Russia", "at the Moscow University ...", "will visit the ..." ) or by it ("the Omsk
    Academy ... held")."""
    index = ctx.index
    assert index is not None
    for m in index.agencies[bisect_left(index.agency_starts, lo):bisect_left(index.agency_starts, hi)]:
        if not ctx.text.endswith(("at the ", "visited the ", "visiting the ", "visit the "), max(lo, m.start - 13),
                                 m.start) \
                and not _HOST_VERB.match(ctx.text, m.end):
            continue  # neither "at (visited) the Volgograd Academy" nor "the Volgograd Academy ... held a course"
        city = _city_in_name(ctx, m)
        if city:
            return city
        named_in = _IN_A_CITY.search(ctx.text, m.start, m.end)  # "at the Embassy of Indonesia in Moscow"
        if named_in and ctx.gaz.place(named_in[1]) and not any(
                s <= m.start < e for spans in ctx.title_spans.values() for s, e in spans):
            return ctx.gaz.place(named_in[1])  # (not "the Legal Attaché of the FBI at the Embassy ... in Moscow")
    bare = _AT_THE_BODY.search(ctx.text, lo, hi)
    return _seat_named_before(ctx, bare[1], bare.start()) if bare else None


# "The next course will be held at the Institute": the body named before by its full name
_AT_THE_BODY = re.compile(r"\bat\s+the\s+(Institute|Academy|University|College|School|Centre|Center)\b"
                          r"(?!\s+(?:of|for)\b|\s+[A-Z])")


def _seat_named_before(ctx: _Context, noun: str, before: int) -> str | None:
    """The city of the first body named before ``before`` with the head noun ``noun``: "the Far Eastern Law
    Institute of the MIA of Russia in Khabarovsk", "the Volgograd Academy"."""
    index = ctx.index
    assert index is not None
    for m in index.agencies[:bisect_left(index.agency_starts, before)]:
        if not re.search(rf"\b{noun}\b", ctx.text[m.start:m.end]):
            continue
        city = _city_in_name(ctx, m)
        if city:
            return city
        after = _IN_A_CITY_AFTER.match(ctx.text, m.end)
        return ctx.gaz.place(after[1]) if after else None
    return None


_IN_A_CITY_AFTER = re.compile(r"\s+in\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")


_IN_A_CITY = re.compile(r"\s+in\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$")


def _join_visitors(ctx: _Context, meeting: Meeting, visit: _Pending) -> None:
    """The visitors whom a visit's sentence named take part in each meeting that refers to them."""
    _add_unique(meeting.participants, visit.persons)
    _add_unique(meeting.agencies, visit.agencies)
    for key in visit.agencies:
        agency = ctx.agencies.get(key)
        if agency and agency.country:
            _add_unique(meeting.countries, [agency.country])


# (also "... headed by Y has completed a visit to Russia", which the next sentences tell day by day)
_ON_A_VISIT = re.compile(r"\b(?:(?:is|are)\s+(?:now\s+)?(?:on|paying)|"
                         r"(?:has|have)\s+(?:completed|concluded|ended|paid))\s+(?:a|an|its|his|her|their)\s+"
                         r"(?:[\w-]+\s+){0,2}?visit\s+(?:to|in)\b")
_JOINED = re.compile(r"\b(?:joined|took part|participated|was connected|were connected)\b[^;,.]{0,60}$")


def _held_remotely(clause: str) -> bool:
    """Whether the clause tells of a meeting by video: not "Moscow hosted the meeting ...; the delegation of
    Azerbaijan joined it via videoconference" (one party remote, the meeting in Moscow)."""
    return any(not _JOINED.search(clause, max(0, m.start() - 80), m.start()) for m in VIDEO.finditer(clause))


def _its_day(ctx: _Context, draft: _Draft) -> date | None:
    """The day "the same day" after ``draft`` means: "Today, X spoke at the conference held on April 23-25. On
    the same day ...": today; else the day the meeting began."""
    meeting, published = draft.meeting, ctx.release.publication_date
    if meeting.start and meeting.end and published and meeting.start <= published <= meeting.end and \
            re.search(r"\b[Tt]oday\b", draft.sentence.text):
        return published
    return meeting.start


def _same_trip_places(ctx: _Context, drafts: list[_Draft]) -> None:
    """A held meeting told without a place took place where the one before it did, within a few days: the
    release follows one trip ("talks in Hanoi on May 5 ... On May 6, he met with ...") unless it says it moved.
    Not a videoconference."""
    last_placed: dict[str, Meeting] = {}  # (a trip held, or one to come: "On Tuesday, he will meet ...")
    for draft in drafts:
        meeting = draft.meeting
        if meeting.status == "planned" and not meeting.start:
            continue
        placed = last_placed.get(meeting.status)
        if meeting.place:
            if meeting.start or placed is None:
                last_placed[meeting.status] = meeting  # (not an undated one recalled between: "an earlier meeting in
            continue  # Moscow")
        if placed is None or any(_held_remotely(ctx.text[ev.start:ev.end]) for ev in meeting.evidence):
            continue
        if meeting.start and placed.start and abs((meeting.start - (placed.end or placed.start)).days) > _TRIP_DAYS:
            continue
        meeting.place = _journey_between(ctx, placed, meeting) or placed.place
        if meeting.place != placed.place:
            last_placed[meeting.status] = meeting


_TRIP_DAYS = 3  # the days apart two meetings of one trip can be
# "Then the Russian delegation will fly to Hyderabad": the trip to come moves on
_WILL_TRAVEL_TO = re.compile(r"\bwill\s+(?:then\s+)?(?:(?:fly|travel|go|proceed|move\s+on)\s+to|leave\s+for)\s+"
                             r"(?:the\s+city\s+of\s+)?"
                             r"([A-Z][\w-]+(?:\s+(?:(?:de|do|da|del|di|la|el)\s+)?[A-Z][\w-]+){0,2})\s*[.,;]")


def _journey_between(ctx: _Context, placed: Meeting, meeting: Meeting) -> str | None:
    """The city a trip to come moves on to between two of its meetings, if the release says so."""
    if meeting.status != "planned" or not placed.evidence or not meeting.evidence:
        return None
    lo, hi = placed.evidence[0].end, meeting.evidence[0].start
    journeys = list(_WILL_TRAVEL_TO.finditer(ctx.text, lo, hi)) if "will" in ctx.text[lo:hi] else []
    if not journeys:
        return None
    journey = journeys[-1]
    name = journey.group(1)
    return ctx.gaz.place(name) or (name if not ctx.gaz.country(name) and not NON_NAME_WORDS.intersection(
        name.lower().split()) else None)


_ROUND_ITEM = re.compile(r"\s*(?:With\s+(?:the\s+)?[A-Z]|(?:During|At)\s+(?:the|a)\s+(?:meeting|talks|conversation)\s+"
                         r"with\b)")


def _round_item(ctx: _Context, bilateral_round: _Pending, sentence: Sentence, persons: list[str],
                masked: str) -> _Draft | None:
    """One of the bilateral meetings a round announced: its counterpart is the sentence's new person."""
    counterparts = [p for p in persons if p not in bilateral_round.persons]
    if not counterparts:
        return None
    meeting = Meeting(status="held", start=bilateral_round.start, place=bilateral_round.place,  # type: ignore[arg-type]
                      participants=[*bilateral_round.persons, *counterparts],
                      topics=_areas(ctx, masked, sentence.start, sentence.end),
                      evidence=[Span(sentence.start, sentence.end)])
    return _Draft(meeting, sentence, principal_persons=list(meeting.participants), sidelines=True)


def _participant_evidence(ctx: _Context, meeting: Meeting) -> None:
    """For each participant, the meeting's sentences that name them (else the one that reports it)."""
    spans = sorted(set(meeting.evidence))
    assert ctx.index is not None
    for key in meeting.participants:
        at = ctx.index.named_at.get(key, [])
        naming = [span for span in spans if bisect_left(at, span.start) < bisect_left(at, span.end)]
        meeting.participant_evidence[key] = naming or spans[:1]


# "experts of the two ministries met in Omsk": people other than the release's official
_OTHERS = re.compile(r"\b(?:experts|representatives|officials|specialists|officers|employees|delegations|heads)\b")
_OWN_MINISTRY = re.compile(r"\bMIA\b|Internal Affairs|\bMVD\b")


def _protagonist(ctx: _Context) -> str | None:
    """The Russian official the release is about: "he", "the head of the Russian delegation".

    The first titled Russian named, preferring one of the publisher's own (the MIA or one of its units) to,
    say, a diplomat of the Foreign Ministry in the same delegation.
    """
    officials = [key for _s, _e, key in ctx.person_spans if ctx.persons[key].country == "Russia"
                 and ctx.persons[key].title and not SPOKESPERSON.search(ctx.persons[key].title or "")]
    own = [key for key in officials if _OWN_MINISTRY.search(ctx.persons[key].agency or "")]
    return (own or officials or [None])[0]


# several meetings: "meetings" in the plural, or talks said to be separate ("held talks with" is one meeting)
_SEPARATE_MEETINGS = re.compile(r"\b(?:held|had)\s+(?:(?:separate\s+)?(?:bilateral\s+|working\s+)?meetings|"
                                r"separate\s+(?:bilateral\s+)?talks|bilateral\s+(?:consultations|talks))\s+with\b|"
                                # "held bilateral talks with A and with B"
                                r"\b(?:talks|meetings?|consultations)\s+with\b(?=[^.;]+?\s+and\s+(?:also\s+)?with\b)|"
                                r"\b(?:bilateral|separate|working)\s+meetings\s+(?:took place|were held)\s+with\b")


def _split_counterparts(ctx: _Context, draft: _Draft, lo: int, hi: int) -> list[_Draft]:
    """"X held bilateral meetings with A and B" (people, or the delegations of states): a meeting with each."""
    match = _SEPARATE_MEETINGS.search(ctx.text, lo, hi)
    meeting = draft.meeting
    if not match:
        return [draft]
    index = ctx.index
    assert index is not None
    first, last = bisect_left(index.person_starts, match.end()), bisect_left(index.person_starts, hi)
    after = {k for _s, _e, k in index.person_spans[first:last]}
    hosts = [p for p in meeting.participants if p not in after]
    host_agencies = {ctx.persons[p].agency for p in hosts}
    host_countries = {ctx.persons[p].country for p in hosts}
    # each counterpart: (person or None, agency, country)
    sides = [(p, ctx.persons[p].agency, ctx.persons[p].country) for p in meeting.participants if p in after]
    if not sides:  # "with the delegations of Brazil, Indonesia and Saudi Arabia"
        states = _countries_in(ctx, match.end(), hi)
        sides = [(None, None, c) for c in states if c not in host_countries]
    if not sides:  # "with the delegations of the Royal Malaysia Police, the Philippine National Police and ..."
        bodies = [a for a in _agencies_in(ctx, match.end(), hi) if a not in host_agencies]
        sides = [(None, a, ctx.agencies[a].country) for a in bodies]
    if len(sides) < 2:
        return [draft]
    copies = []
    for person, agency, country in sides:
        drop_agencies = {a for _p, a, _c in sides} - host_agencies - {agency}
        drop_countries = {c for _p, _a, c in sides} - host_countries - {country}
        people = [*hosts, person] if person else list(hosts)
        copy = Meeting(status=meeting.status, start=meeting.start, end=meeting.end, place=meeting.place,
                       participants=people, agencies=[a for a in meeting.agencies if a not in drop_agencies],
                       countries=[c for c in meeting.countries if c not in drop_countries],
                       topics=list(meeting.topics), evidence=list(meeting.evidence))
        if country and country not in copy.countries:
            copy.countries.append(country)
        copies.append(_Draft(copy, draft.sentence, [a for a in draft.principal_agencies if a not in drop_agencies],
                             people, draft.sidelines, draft.background, experts=draft.experts))
    for copy in copies:
        copy.siblings = [other for other in copies if other is not copy]
    return copies


def _split_coordinated(draft: _Draft, clause: str) -> list[_Draft]:
    """"the BSTF anniversary conference and the OPC meeting to be held ...": two events."""
    match = _COORDINATED_EVENTS.search(clause)
    if not match or draft.meeting.status != "planned":
        return [draft]
    second = Meeting(status=draft.meeting.status, start=draft.meeting.start, end=draft.meeting.end,
                     place=draft.meeting.place, participants=list(draft.meeting.participants),
                     agencies=list(draft.meeting.agencies), countries=list(draft.meeting.countries),
                     topics=list(draft.meeting.topics), evidence=list(draft.meeting.evidence))
    return [draft, _Draft(second, draft.sentence, list(draft.principal_agencies), list(draft.principal_persons),
                          draft.sidelines, draft.background, experts=draft.experts)]


def _held_past(clause: str) -> bool:
    """Whether an announcement's clause reports a past event: "The decision to hold it in Russia was taken at the
    80th session of the General Assembly in Hanoi"."""
    return bool(re.search(r"\b(?:was|were)\s+held\b|\btook place\b|\bheld talks\b|\bmet with\b|"
                          r"\bhosted\s+(?:a|an|the)\b|"  # ("Vilnius hosted a meeting ..., the last one to be held")
                          r"\b(?:was|were)\s+(?:taken|made|adopted|reached)\s+(?:at|during)\s+the\b", clause)) \
        and not re.search(r"\bnext\b|\bwill\b|\bis to be\b|\bare to be\b|\bscheduled\b", clause)


def _settle_year(meeting: Meeting, published: date | None) -> None:
    """A day written without its year belongs to the year that fits the tense."""
    if published is None or meeting.start is None:
        return
    if meeting.status == "held" and meeting.start > published + timedelta(days=31) and meeting.start.year > \
            published.year:  # "the videoconference of 19 April" in a November release: the April before
        _shift_years(meeting, -1)
    if meeting.status == "planned" and meeting.start < published - timedelta(days=31):
        _shift_years(meeting, 1)


def _shift_years(meeting: Meeting, years: int) -> None:
    assert meeting.start is not None
    meeting.start = meeting.start.replace(year=meeting.start.year + years)
    if meeting.end:
        meeting.end = meeting.end.replace(year=meeting.end.year + years)


_VISITED_A_BODY = re.compile(r"\bvisited\s+the\s+(?:headquarters\s+of\s+the\s+)?[A-Z]")
_BY_LETTER = re.compile(r"\b(?:letter|message|telegram)s?\s+of\s+(?:thanks|gratitude|congratulation)|"
                        r"\b(?:sent|addressed|wrote)\s+(?:a\s+)?(?:letter|message|telegram)\b")


def _attach_context(ctx: _Context, draft: _Draft, sentence: Sentence, masked: str, persons: list[str]) -> None:
    meeting = draft.meeting
    if meeting.status == "held":
        areas = _areas(ctx, masked, sentence.start, sentence.end)
        for talks in (draft, *draft.siblings):  # "The parties discussed ...": each of the bilateral meetings
            _add_unique(talks.meeting.topics, areas)
    new_people = [p for p in persons if _first_mention(ctx, p) >= sentence.start]
    if not meeting.participants and not meeting.agencies and _VISITED_A_BODY.search(sentence.text):
        # "On Wednesday, the programme of the visit continued in Saint Petersburg. X visited the Main Directorate,
        # where its Chief Y ...": the stage's visitor and hosts
        _add_unique(meeting.participants, persons)
        _add_unique(meeting.agencies, _agencies_in(ctx, sentence.start, sentence.end))
    prepared = _PREPARED_VISIT.search(sentence.text) if "visit of" in sentence.text else None
    if prepared:  # "The meeting was devoted to the preparations for the visit of the Minister ..., X": X comes later
        new_people = [p for p in new_people if ctx.text.find(ctx.persons[p].name, sentence.start + prepared.end())
                      < 0 or ctx.text.find(ctx.persons[p].name, sentence.start) < sentence.start + prepared.end()]
    if not _BY_LETTER.search(sentence.text):  # (not "the Minister sent a letter of thanks to the Director ...")
        _add_unique(meeting.participants, new_people)
    if meeting.place is None and draft.sentence.index == sentence.index - 1 and \
            (town := _IN_A_TOWN_LEAD.match(sentence.text)) and \
            _TRAVELLED_ON_A_DAY.match(draft.sentence.text):
        _stage_in_the_town_named(ctx, draft, sentence, town)
    parties_end = _parties_end(sentence)
    if PARTICIPATION.search(sentence.text) and parties_end > sentence.start:
        _add_unique(meeting.agencies, _agencies_in(ctx, sentence.start, parties_end))
        _add_unique(meeting.countries, _countries_in(ctx, sentence.start, parties_end))
        _add_unique(meeting.participants, persons)
    about_it = _ABOUT_IT.match(sentence.text) is not None
    if about_it and meeting.start and not meeting.end:  # "The course will last until 17 February"
        until = _LASTS_UNTIL.search(sentence.text)
        dates = [d for d in _event_dates(ctx, sentence, sentence.start, sentence.end) if d.is_precise]
        if until and dates and dates[0].begin >= sentence.start + until.end() - 1 and dates[0].start > meeting.start:
            meeting.end = dates[0].start
    if meeting.start is None and not about_it and draft.sentence.index == sentence.index - 1 \
            and _A_COURSE.search(draft.sentence.text) and not _PHONE.search(sentence.text):
        # "X has completed a training course. From 10 to 21 September 2018, its students studied in Saint
        # Petersburg": the days the next sentence opens with, and its place, are the undated course's
        first = next((d for d in _event_dates(ctx, sentence, sentence.start, sentence.end) if d.is_precise), None)
        about_it = first is not None and (first.begin <= sentence.start + 6
                                          or _CLASSES_BEGAN.match(sentence.text) is not None)
        if about_it:  # (and whom it names: "officers of the Myanmar Police Force studied in Saint Petersburg")
            _add_unique(meeting.agencies, _agencies_in(ctx, sentence.start, sentence.end))
            _add_unique(meeting.countries, _countries_in(ctx, sentence.start, sentence.end))
    if meeting.start and not meeting.end and (about_it or draft.sentence.index == sentence.index - 1):
        # "... ended today in Kazan. The event took place from 24 to 26 April" (or "From 10 to 12 May, the heads of
        # police services discussed ..."): its days, of which today is one
        days = next((d for d in _event_dates(ctx, sentence, sentence.start, sentence.end) if d.start and d.end), None)
        if days and (about_it or days.begin <= sentence.start + 6) and \
                days.start <= meeting.start <= days.end:  # type: ignore[operator]
            meeting.start, meeting.end = days.start, days.end
    if meeting.start is None and about_it:
        dates = [d for d in _event_dates(ctx, sentence, sentence.start, sentence.end) if d.is_precise]
        if dates:
            meeting.start, meeting.end = dates[0].start, dates[0].end
            if len(dates) > 1 and not dates[0].end and _UNTIL.search(ctx.text, dates[0].finish, dates[1].begin):
                meeting.end = dates[1].start  # "The session opened on March 14 and will last until March 22"
    if meeting.start is None and meeting.place is None and sentence.index == 1 and draft.sentence.index == 0 and \
            sentence.paragraph != draft.sentence.paragraph and draft.sentence.text.rstrip()[-1:] not in _SENTENCE_ENDS:
        # a headline ("Russian police delegation holds consultations at Europol headquarters") and the lead of its
        # body, if it tells the city: "On 12-13 March 2013, a delegation ... visited the European Police Office in The
        # Hague" (not "... paid a working visit to the Netherlands", the frame of the talks told next)
        meeting.place = None if _held_remotely(sentence.text) else _meeting_place(
            ctx, sentence, sentence.start, sentence.end)
        dates = [d for d in _event_dates(ctx, sentence, sentence.start, sentence.end) if d.is_precise]
        if meeting.place and dates:
            meeting.start, meeting.end = dates[0].start, dates[0].end
    if meeting.place is None and about_it and not _held_remotely(sentence.text):
        meeting.place = _meeting_place(ctx, sentence, sentence.start, sentence.end)  # "The meeting took place in X"
    if meeting.place is None and not _held_remotely(sentence.text):
        arrived = re.search(r"\barrived in\s+([A-Z][\w-]+)", sentence.text)
        if arrived and ctx.gaz.place(arrived.group(1)):
            meeting.place = ctx.gaz.place(arrived.group(1))
    meeting.evidence.append(Span(sentence.start, sentence.end))


# "On 23 November, the delegation travelled to the Caribbean coast. In Bluefields, the Chief ... told the Russian
# colleagues ...": the town of the stage told just before
_IN_A_TOWN_LEAD = re.compile(r"\s*(?:In|At)\s+([A-Z][\w-]+(?:[ -][A-Z][\w-]+)?),")
_THE_VISITORS_HOSTED = re.compile(r"\b(?:the\s+(?:Russian\s+)?(?:colleagues|delegation|guests|visitors)|them)\b")


def _delegation_s_head(ctx: _Context, stage: _Draft, sentence: Sentence) -> str | None:
    """Who "the delegation" that travelled to ``stage``'s city is: the head of the Russian delegation the release
    is about, or the guest of a visit to Russia reported before ``sentence``."""
    travelled = _TRAVELLED_ON_A_DAY.match(stage.sentence.text)
    if travelled is None or not _THE_DELEGATION.search(stage.sentence.text, 0, travelled.start("visited")):
        return None
    protagonist = _protagonist(ctx)
    if protagonist and ctx.persons[protagonist].country == "Russia":
        return _announced_guest(ctx, sentence, held=True) or protagonist
    return protagonist


def _town_named(ctx: _Context, name: str, start: int, end: int) -> str | None:
    """A town the reference data lack, told where a stage's town is ("In Bluefields, ..."): the capitalised words at
    ``start:end``, unless they are common words, a state or a body."""
    if NON_NAME_WORDS.intersection(re.split(r"[- ]", name.lower())) or ctx.gaz.country(name) or \
            _agencies_in(ctx, start, end):
        return None
    return name


def _stage_in_the_town_named(ctx: _Context, draft: _Draft, sentence: Sentence, town: re.Match[str]) -> None:
    """A stage whose journey named only a region: the town, the hosts and, for "the delegation", its head."""
    meeting = draft.meeting
    meeting.place = _meeting_place(ctx, sentence, sentence.start, sentence.start + town.end()) or _town_named(
        ctx, town.group(1), sentence.start + town.start(1), sentence.start + town.end(1))
    if meeting.place is None:
        return
    _add_unique(meeting.agencies, _agencies_in(ctx, sentence.start, sentence.end))
    head = _delegation_s_head(ctx, draft, sentence) if _THE_VISITORS_HOSTED.search(sentence.text) else None
    if head and head not in meeting.participants:
        meeting.participants.insert(0, head)


_A_COURSE = re.compile(r"\b(?:course|internship|training|(?:development|study|educational)\s+program(?:me)?)\b")
# "Classes began on 14 October 2024 and will continue until 25 October": the course's days
_CLASSES_BEGAN = re.compile(r"\s*(?:The\s+(?:[cC]lasses|[sS]tudies|[lL]essons|[tT]raining)|Classes|Studies|Lessons|"
                            r"Training)\s+"
                            r"(?:began|started|will\s+(?:begin|start)|lasted|ran|took\s+place|were\s+held)\b")
# a sentence about the event reported: "The course will last until ...", "The forum, held from 18 to 21 November"
_ABOUT_IT = re.compile(r"\s*(?:Classes|Studies|The\s+(?:[\w-]+\s+)?(?:course|internship|programme|program|classes|"
                       r"studies|event|conference|meeting|session|talks|consultations|negotiations|"
                       r"forum|seminar|summit|"
                       r"assembly|congress|workshop|symposium|convention))\b")


_AND_OBSERVERS = re.compile(r"[,;]\s+(?:and|while|whereas)\s+[^,;]*\bobservers?\b|;[^;]*\bobservers?\b|"
                            r",\s+as\s+(?:did|were|(?P<well>well\s+as))\s+[^;]*\bobservers?\b", re.I)


def _parties_end(sentence: Sentence) -> int:
    """Where the parties a sentence names end: before ", and X attended as an observer"; nowhere (the
    sentence's start) when the sentence is about observers alone ("... took part as observers")."""
    if not OBSERVERS.search(sentence.text):
        return sentence.end
    tail = _AND_OBSERVERS.search(sentence.text)
    if tail and tail["well"] and not PARTICIPATION.search(sentence.text, 0, tail.start()):
        tail = None  # "A, B and C, as well as experts of D, took part as observers": observers all
    return sentence.start + tail.start() if tail else sentence.start


_UNTIL = re.compile(r"\b(?:until|till|through)\b")
_LASTS_UNTIL = re.compile(r"\b(?:last|lasts|run|runs|continue|continues|be held)\s+(?:until|till|through)\s")


def _first_mention(ctx: _Context, key: str) -> int:
    assert ctx.index is not None
    return ctx.index.first_mention.get(key, len(ctx.text))


# ("A and B signed, in the presence of the Minister of State X, a Memorandum ...")
_SIGNED = re.compile(r"\bsigned(?:,\s+[^,.;]{1,120},)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?i:Memorandum|Agreement|"
                     r"Protocol|Plan|Program|"
                     r"Programme|Roadmap|Joint Statement|Action Plan)\b")
_DISCUSSED_WITH = re.compile(r"\bdiscussed\b[^.;]{0,160}?\bwith\s+(?:his|her|their|the)?\s*")
# ("Separate bilateral meetings with the heads of the delegations of Brazil and Mexico are also planned")
_ALSO_MET = re.compile(r"\balso\s+(?:met|held\s+(?:\w+\s+)?talks|had\s+(?:a\s+)?(?:\w+\s+)?meeting)\s+with\b|"
                       r"\bmeetings?\s+with\s+[^.;]{0,80}?\b(?:is|are)\s+also\s+(?:planned|scheduled)\b")
_TALKED = re.compile(r"\b(?:discussed|have discussed|held a discussion|exchanged views|summed up the results)\b")
# the literal patterns of a draft, precompiled (asked of every clause that reports a meeting)
_ALSO_HELD = re.compile(r"\b(?:[Mm]eetings?|[Tt]alks|[Cc]onsultations)\s+(?:were|was)\s+also\s+held\s+with\b|"
                        r"\b[Aa]\s+separate\s+meeting\s+was\s+held\s+with\b|"
                        r"\balso\s+(?:held|had)\s+(?:a\s+)?(?:meetings?|talks|consultations)\s+with\s+the\s+"
                        r"(?:management|leadership|heads?|representatives)\b")
_PAST_EVENT = re.compile(r"\b(?:reached|achieved|adopted|made|taken|signed)\s+(?:at|during|in the course of)\s+"
                         r"(?:the|a|their)\b|\blast year\b|"
                         r"\b(?:previous|last)\s+(?:joint\s+|bilateral\s+|working\s+)?(?:meeting|session|round)\b")
# the experts' talks that prepare a meeting: a stage of it, which the next sentences may tell
# (a session: "The meeting ... was attended by" after "preceded by the meeting of the Expert Group" is the main one)
_PRECEDED_BY = re.compile(r"\b(?:was|were|had\s+been)\s+preceded\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:session|sitting)\b")
_EXPERT_STAGE = re.compile(r"\b(?:expert|experts['\u2019]?)[\s-]+(?:consultations|talks|meetings?|sessions?|level)\b|"
                           r"\b(?:consultations|(?:a\s+)?(?:session|meeting))\s+(?:of|between|among)\s+(?:the\s+)?"
                           # (and "of the Working Group's experts", "of the Council's working group of experts")
                           r"(?:senior\s+|[A-Z][\w-]*\s+[A-Z][\w-]*['\u2019]s\s+|[A-Z][\w-]*['\u2019]s\s+working\s+"
                           r"group\s+of\s+)?experts\b|"
                           r"\bexperts\s+(?:of\s+[^.;,]{0,120}?\s)?(?:held|conducted)\s+"
                           r"(?:an?\s+)?(?:working\s+|joint\s+)?"
                           r"(?:consultations|talks|meetings?)\b|"
                           r"\bexperts\s+of\s+the\s+two\s+(?:ministries|agencies|sides)\s+met\b|"
                           r"\bprepared\s+(?:[^.;]{0,40}?\s)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?experts\b|"
                           # "The session was prepared by the Council's Working Group of Experts, which met on ..."
                           r"\b(?:prepared|preceded)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?[Ww]orking\s+"
                           r"[Gg]roup\s+of\s+[Ee]xperts\b")


def _days_before(day: date | None, later: date | None) -> int:
    """How many days ``day`` is before ``later`` (0 if either is unknown)."""
    return (later - day).days if day and later else 0


_RECEIVED_BY = re.compile(r"\b(?:was|were)\s+(?:also\s+)?received\s+by\b")
_A_DAY_LEADS = re.compile(r"\s*(?:" + _A_DAY_LEAD + ")")
_WILL_BE_RECEIVED_BY = re.compile(r"\bwill\s+(?:also\s+)?be\s+received\s+by\b")
_HELD_IN = re.compile(r"\bheld\s+(?:(?:last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month))\s+)?"
                      r"(?:in|on|from)\b")
_BRIEFED = re.compile(r"\b(?:briefed|informed|told|recalled|noted|spoke about)\b")
_BILATERAL_VERB = re.compile(r"\b(?:met|talked with|held talks|held consultations|"
                             r"held (?:a |an )?(?:bilateral |working |separate )?(?:talks|meetings?|conversation)|"
                             r"had (?:a )?(?:conversation|talks|meeting) with|"
                             r"(?:meetings?|talks|negotiations|consultations) (?:took place|was held|were held)"
                             r"(?: in [A-Z][\w-]+)? with|"
                             r"received|hosted|spoke at|(?:[Dd]uring|[Aa]t) (?:a|the|his) (?:meeting|talks) with|"
                             r"took part|addressed|participated|"
                             # ("On 13 October, the Minister will hold talks with X")
                             r"will (?:also )?(?:hold talks|hold consultations|meet))\b")
# "the heads of ... of X and Y", "officers of X and Y"
_HEADS_OF = re.compile(r"\b(?:heads|experts|officials|officers|leadership|leaders)\s+of\b")
_DELEGATIONS = re.compile(r"\bdelegations?\b")
_PARTIES = re.compile(r"\bbetween\b")  # "a meeting between the heads of the police of Russia and Kyrgyzstan"


_IN_ADDITION = re.compile(r"\s*(?:In addition|Besides|Also|Furthermore|Moreover),\s")
_BILATERAL_ROUND = re.compile(r"\b(?:held|had)\s+(?:a\s+number\s+of|several|a\s+series\s+of)\s+(?:bilateral\s+)?"
                              r"(?:meetings|talks|contacts|consultations)\b")
_EVE = re.compile(r"\b(?:[Tt]he day before|[Oo]n the eve of) the (?:joint\s+|official\s+)?(?P<noun>meeting|session|"
                  r"conference|forum|summit|event|assembly)\b|"
                  r"\bprepared\s+(?:on\s+)?the\s+(?:day\s+before|previous\s+day)\b|"
                  # "The ground for the talks was prepared on the eve, when experts ... met", "The documents had been
                  # finalized on the eve of the meeting", "a seminar held in Beijing the day before"
                  r"\b(?:prepared|finali[sz]ed|worked\s+out)\s+on\s+the\s+eve\b|"
                  r"\bheld\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?the\s+day\s+before\b")
# "on the sidelines of the session": the event whose sidelines they are
_SIDELINES_EVENTS = r"(session|meeting|conference|forum|summit|assembly|exhibition|congress)"
_SIDELINES_OF = re.compile(r"\b(?:sidelines|margins)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?" + _SIDELINES_EVENTS + r"\b",
                           re.I)
_SIDELINES_EVENT = re.compile(rf"\b{_SIDELINES_EVENTS}\b", re.I)
def _day_before(day: date | None) -> date | None:
    return day - timedelta(days=1) if day else None


def _of_another_trip(draft: _Draft, current: _Draft | None) -> bool:
    """Whether ``draft`` is a meeting recalled in passing from days apart from the current one's trip."""
    return draft.background and current is not None and _days_before(
        draft.meeting.start, current.meeting.start) not in range(_TRIP_DAYS + 1)


# "The day before, X held talks ..." after a dated meeting: the day before that meeting, not before the release
_EVE_LEAD = re.compile(r"\s*(?:The day before|The previous day|On the eve),")
# "The day after the board meeting, the Minister travelled to Grodno": the day after the meeting told last
_DAY_AFTER_LEAD = re.compile(r"\s*The day after the (?:board |joint |official )?(?:meeting|talks|negotiations|"
                             r"consultations|session),")
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+([A-Z][a-z]+)\s+(?:counterparts?|colleagues?)\b")
# "held since October 15, came to an end today", "which opened in Vienna on March 18, completes its work today"
_SINCE = re.compile(r"\b(?:since|(?:opened|began|started)(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+on)\s+$")
_THE_VISIT_LASTED = re.compile(r"\b[Tt]he\s+(?:programme\s+of\s+the\s+)?visit,?\s+which\s+(?:lasted|took\s+place)\b")
_COMPLETED_A_VISIT = re.compile(r"\b(?:completed|concluded|ended|finished)\s+(?:a|an|its|his|her|their)\s+"
                                r"(?P<n>two|three|four|five|[2-5])-day\s+(?:[\w-]+\s+)?visit\b")
_TALKS_WILL_BE_HELD = re.compile(r"\b(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations)\s+will\s+(?:also\s+)?be\s+held\b")
_A_VISIT_TO_BEGIN = re.compile(r"\bwill\s+(?:begin|start)\s+(?:a|an|his|her|its|their)\s+"
                               r"(?P<n>two|three|four|five|[2-5])-day\s+(?:[\w-]+\s+)?visit\b")
_ENDED = re.compile(r"\b(?:came to an end|ended|concluded|closed|complete[sd]?\s+its\s+(?:[\w-]+\s+)?work)\b")
# "on the second day of the visit", "On the second day, ..."
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}  # of days, of years
_N_DAYS = re.compile(r"\b(two|three|four|five|[2-5])-day\b", re.I)
_VISIT_DAY = re.compile(r"[Tt]he (first|second|third|fourth|fifth|last|final|opening|closing) day(?: of|$)")
_ORDINAL_DAYS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


# "On the first day of the meeting, A held talks with B": that meeting's first day, even after it was told
_AN_EVENT_OF_DAYS = r"(?:meeting|session|conference|forum|summit|seminar)"
_FIRST_DAY_OF_EVENT = re.compile(rf"the first day of the {_AN_EVENT_OF_DAYS}\b")
_DAY_OF_AN_EVENT_LEAD = re.compile(rf"\s*On the (?:first|second|third|last|final|opening|closing) day of the "
                                   rf"{_AN_EVENT_OF_DAYS}\b")
# "On the final day, X toured the Museum" after "From 9 to 11 April, a delegation paid a working visit": its last day
# ("At the end of the visit, X was received by Y": on its last day too)
_FINAL_DAY_LEAD = re.compile(r"\s*(?:On the (?:last|final) day|"
                             r"At the (?:end|close|conclusion) of the (?:visit|stay|trip)),")


def _on_the_final_day(clause: str) -> bool:
    """"On the final day of the visit, ...", "On the last day, ...": a day of its own after those told before."""
    return _visit_day_word(clause) in ("last", "final") or _FINAL_DAY_LEAD.match(clause) is not None


def _visit_day_word(clause: str) -> str | None:
    """"second" in "On the second day of the visit", "last" in "On the last day of his visit"."""
    found = _VISIT_DAY.search(clause) if "day of" in clause else None  # (not "the second day,": of what is told)
    return found[1] if found else None
_SAME_DAY = SAME_DAY + NEXT_DAY


_RECEIVED_THERE = re.compile(r"\s*(?:It|He|She|They|The\s+(?:[A-Z][a-z]+\s+)?(?:delegation|guests))\s+(?:was|were)\s+"
                             r"received\b")
# "There he met with the Chief of ...": the one who travelled to the city just named
# (or at a body of that city: "At the Police Department of Almaty, he met with its Chief")
_THERE_HE = re.compile(r"\s*(?:There|At\s+the\s+[A-Z][^,.;]{1,100}),?\s+"
                       r"(?:he|she|they|the\s+(?:guests|delegation|visitors))\s+"
                       r"(?:met|held|talked|visited)\b")
_AFTER_THAT_LEAD = re.compile(r"\s*(?:After that|Afterwards|Later),?\s")
_THEN_NEXT = re.compile(r"^\s*Then\b|\bthen\s+(?:visited|met|went|travelled|traveled|held|talked|paid|toured)\b")


def _city_of_a_body(ctx: _Context, place: str, lo: int, hi: int) -> bool:
    """Whether every mention of ``place`` between the offsets follows an agency's name: "the National Central
    Bureau of Interpol in Nicosia" names where the bureau is, not where its head met anyone."""
    index = ctx.index
    assert index is not None
    mentions = [m for m in index.by_kind.get("place", []) if lo <= m.start < hi and m.key == place]
    agency_ends = {m.end for m in index.agencies}
    return bool(mentions) and all(
        ctx.text[m.start - 4:m.start] == " in " and m.start - 4 in agency_ends for m in mentions)


def _to_come(day: date, published: date | None) -> date:
    """A weekday said of an event to come: ``day`` (the last such weekday up to the release's), or the same
    weekday a week on if ``day`` is before the release's."""
    return day + timedelta(days=7) if published and day < published else day


def _after_the_stage_before(drafts: list[_Draft], weekday: str, day: date) -> date:
    """The day of a stage to come named by its weekday: ``day``, or the same weekday in the week after the stage
    announced before, if that stage comes later ("On Monday, December 2, ... On Thursday, ...", told in November)."""
    before = next((d.meeting for d in reversed(drafts) if d.meeting.status == "planned" and d.meeting.start
                   and not d.background), None)
    if before is None or before.start is None or day >= before.start:
        return day
    last = before.end or before.start
    return _weekday_within(weekday, last + timedelta(days=1), last + timedelta(days=7)) or day


def _weekday_within(weekday: str, first: date, last: date) -> date | None:
    """The day named ``weekday`` among the days from ``first`` to ``last`` (a week at most)."""
    day = first + timedelta(days=(WEEKDAYS.index(weekday) - first.weekday()) % 7)
    return day if day <= last else None


def _new_draft(ctx: _Context, sentence: Sentence, lo: int, hi: int, status: str, masked: str,
               current: _Draft | None, drafts: list[_Draft], protagonist: str | None,
               pending: _Pending | None) -> _Draft | None:
    clause = ctx.text[lo:hi]
    experts = bool(_EXPERT_STAGE.search(clause))
    meeting = Meeting(status=status)  # type: ignore[arg-type]
    dates = _event_dates(ctx, sentence, lo, hi)
    precise = [d for d in dates if d.is_precise]
    # ("On the first day" counts from a visit told without a meeting: "From 9 to 11 April, a delegation ... paid a
    # working visit. On the first day, ..."; after a meeting told, it is that meeting's)
    same_day = [d for d in dates if d.relative in _SAME_DAY or (
        _VISIT_DAY.match(d.relative or "") and not (drafts and d.relative.startswith("the first day")
                                                    and not _FIRST_DAY_OF_EVENT.match(d.relative)))]
    visit_day = _VISIT_DAY.match(same_day[0].relative or "") if same_day else None
    # (the day before the last event told, not before one recalled from an earlier trip)
    told_last = next((d for d in reversed(drafts) if not _of_another_trip(d, current)), None)
    eve = _EVE.search(clause) or (_EVE_LEAD.match(clause) or _DAY_AFTER_LEAD.match(clause)
                                  if told_last and told_last.meeting.status == "held" else None)
    if eve and eve.groupdict().get("noun") not in (None, "meeting", "event"):
        # "On the eve of the conference": the conference told before, even one recalled since the meeting reported
        told_last = next((d for d in reversed(drafts) if d.meeting.start and d.meeting.status == "held"
                          and re.search(rf"\b{eve['noun']}\b", d.sentence.text, re.I)), told_last)
    if eve and not (told_last and told_last.meeting.start):  # (not from the meeting recalled without its day)
        told_last = next((d for d in reversed(drafts) if d.meeting.start and d.meeting.status == "held"
                          and not d.background), told_last)
    written = [d for d in precise if d.kind in ("day", "range")] if eve else []
    if eve and written:  # "On the eve of the session, on March 13, ...": the day written
        meeting.start, meeting.end = written[0].start, written[0].end
    elif eve and told_last and told_last.meeting.start:
        # "The day before the meeting, X held talks with Y": the day before that meeting, in its city
        # ("The day after the board meeting, the Minister travelled to Grodno": the day after its last day)
        meeting.start = (told_last.meeting.end or told_last.meeting.start) + timedelta(days=1) \
            if eve.re is _DAY_AFTER_LEAD else told_last.meeting.start - timedelta(days=1)
    elif precise:
        # ("today" over a day named with it; but "on July 16, the day after the final match" is July 16)
        pick = next((d for d in precise if d.relative and not d.relative.startswith("the ")), precise[0]) \
            if len(precise) > 1 else precise[0]
        if pick.relative and pick.start:  # "Today, the session held from 28 November to 1 December completed its
            # work": the days it was held
            pick = next((d for d in precise if d.end and d.start and d.start <= pick.start <= d.end), pick)
        moved = _POSTPONED.search(clause) if len(precise) > 1 and "postponed" in clause else None
        if moved:  # "His talks with X, which had been scheduled for 2 March, have been postponed and will now take
            # place on 13 March": the day they moved to
            pick = next((d for d in precise if d.begin >= lo + moved.end()), pick)
        meeting.start, meeting.end = pick.start, pick.end
        if status == "held" and pick.kind == "weekday" and pick.relative in WEEKDAYS and drafts and pick.start:
            # "On Monday, December 26, the guests held talks ... On Tuesday, the delegation visited ...", told in
            # January: the Tuesday after the stage told before, not the one before the release
            before = drafts[-1].meeting
            if before.status == "held" and before.start and not drafts[-1].background and \
                    (pick.start - (before.end or before.start)).days > _TRIP_DAYS + 3:
                meeting.start = _weekday_within(pick.relative, (before.end or before.start) + timedelta(days=1),
                                                (before.end or before.start) + timedelta(days=6)) or meeting.start
        count = _ORDINAL_DAYS.get(visit_day[1]) if visit_day else None
        if count is not None and pick.start and pick.end:  # "on an official visit from 8 to 10 September, on the
            # first day of his stay": that day of the days told
            meeting.start, meeting.end = pick.start + timedelta(days=count), None
        published = ctx.release.publication_date
        if status == "planned" and pick.kind == "weekday" and pick.start and published and pick.start < published:
            # "On Tuesday, the delegation will continue its programme ...": the Tuesday to come
            meeting.start = _to_come(pick.start, published)
            meeting.end = pick.end + timedelta(days=7) if pick.end else None  # (the days after it too)
        if pick.relative and _ENDED.search(clause):  # "held since October 15, came to an end today": both ends
            since = next((d for d in _sentence_dates(ctx, sentence, lo, hi)
                          if d.start and _SINCE.search(ctx.text, lo, d.begin)), None)
            if since and pick.start and since.start < pick.start:  # type: ignore[operator]
                meeting.start, meeting.end = since.start, pick.start
        days = _N_DAYS.search(clause) if pick.relative and pick.start and meeting.end is None else None
        if days and _ENDED.search(clause) and len(precise) == 1:  # "completed its two-day work today": the days
            # before it too
            meeting.start, meeting.end = pick.start - timedelta(days=_COUNTS[days[1].lower()] - 1), pick.start
        if meeting.end is None and len(precise) > 1 and _ENDED.search(clause):
            # "which opened in Hanoi on Wednesday, closed today", "... opened on 19 November, closed on 21 November":
            # from the opening day to the closing one
            since = next((d for d in precise if not d.end and _SINCE.search(
                ctx.text[max(lo, d.begin - 80):d.begin] + ("on " if ctx.text.startswith("on ", d.begin) else ""))),
                None)  # (a weekday's mention starts with its "on")
            closing = next((d for d in precise if since and d.begin > since.begin and not d.end), None)
            if since and closing and since.start < closing.start <= since.start + timedelta(days=31):  # type: ignore
                meeting.start, meeting.end = since.start, closing.start
    elif visit_day and (drafts or pending):
        # "On the second day of the visit": counted from the visit's first meeting (else from the first day of the
        # visit told before: "From 9 to 11 April, a delegation ... paid a working visit. On the first day, ...")
        first = next((d.meeting.start for d in drafts if d.meeting.status == "held" and d.meeting.start),
                     pending.start if pending else None)
        count = _ORDINAL_DAYS.get(visit_day[1])
        if count is not None:
            meeting.start = first + timedelta(days=count) if first else None
        else:  # "On the final day of the conference": the last of the days of the event told (of a visit whose days
            # were told: its end, see _extract_meetings)
            meeting.start = next((d.meeting.end for d in drafts if d.meeting.status == "held" and d.meeting.end
                                  and not d.background), None)
    elif same_day and drafts:
        # (the day of the last meeting of its kind: a proposal told between does not move "the same day", nor does
        # a meeting recalled from an earlier trip: "the consultations held in Seoul on 28 April 2015")
        # (nor one recalled without its day: "A and B last met in Moscow in October last year. ... Later that day")
        kind = [d for d in reversed(drafts) if d.meeting.status == status and not _of_another_trip(d, current)]
        told = next((d for d in kind if not (d.background and d.meeting.start is None)),
                    kind[0] if kind else drafts[-1])
        if status == "planned" and told.meeting.start is None:
            # (a programme's item told without its day does not move "the following day": "On 5 June, X will hold
            # talks ... The programme also includes a meeting with Y. The following day, X will travel to Novi Sad")
            told = next((d for d in kind if d.meeting.start and not d.background), told)
        meeting.start = _its_day(ctx, told)
        shift = DAYS_AFTER.get(same_day[0].relative or "", 0)  # ("two days later": two after its last day)
        if meeting.start and shift:
            meeting.start = (told.meeting.end if shift > 0 and told.meeting.end else meeting.start) + timedelta(
                days=shift)
    elif status == "held" and drafts and drafts[-1].meeting.status == "held" and drafts[-1].meeting.end is None \
            and (("hen" in clause and _THEN_NEXT.search(clause)) or _AFTER_THE_CEREMONY.match(clause)):
        meeting.start = drafts[-1].meeting.start  # "X then visited the University", "After the ceremony, ...": its day
    elif status == "planned" and drafts and drafts[-1].meeting.status == "planned" and \
            drafts[-1].meeting.end is None and _AFTER_THAT_LEAD.match(clause) and \
            _meeting_place(ctx, sentence, lo, hi) in (None, drafts[-1].meeting.place):  # (not a journey elsewhere)
        meeting.start = drafts[-1].meeting.start  # "The next day, X will hold a meeting with Y ... After that, he will
        # visit the Bureau": that day
    elif status == "held" and _AFTER_THE_CEREMONY.match(clause) and (ceremony := next(
            (d for d in reversed(drafts) if d.meeting.status == "held" and not d.background), None)) is not None \
            and ceremony.meeting.end is None:
        # (past a course announced since: "Yesterday, the Centre was opened ... The first course will be held from
        # 19 to 30 September ... After the ceremony, A and B held talks")
        meeting.start = ceremony.meeting.start
    video = _held_remotely(clause)
    meeting.place = None if video else _meeting_place(ctx, sentence, lo, hi)
    if meeting.place is None and sentence.index and (
            (status == "planned" and _THERE.search(clause))
            or (status == "held" and not video and _HELD_THERE.search(clause))):
        # "X invited her colleague to Rome. The next meeting will take place there in 2020"; "... will host in Saint
        # Petersburg the conference. The day before, the organizing committee held its first meeting there", "The
        # delegation then went on to Budapest. On 23 November, ... took place there": the city the sentence before
        # named
        before = ctx.sentences[sentence.index - 1]
        assert ctx.index is not None
        named = [m.key for m in ctx.index.by_kind.get("place", []) if before.start <= m.start < before.end]
        meeting.place = named[-1] if named else None
    if (same_day or eve) and drafts and meeting.place is None and not video and not (
            same_day and same_day[0].relative in NEXT_DAY):
        meeting.place = drafts[-1].meeting.place  # "Later that day, he met with ...": still in that city
    participants = _persons_in(ctx, lo, hi)
    held_match = _held_cue(ctx, clause) if status == "held" else None
    background = False
    if held_match and current is not None and _HELD_IN.search(held_match.group(0)) and \
            _BRIEFED.search(clause[:held_match.start() + 1]):
        # "X briefed ... on the outcome of the meeting ... held in Málaga": a past event in passing
        background = True
        event_at = lo + held_match.start()
        _add_unique(current.meeting.participants, [p for p in participants if _first_mention(ctx, p) < event_at])
        participants = [p for p in participants if ctx.text.find(p, event_at) >= 0 and
                        _first_mention(ctx, p) >= event_at]
    meeting.participants = list(participants)
    if status == "planned" and not participants and _HEADS_OF_THE_TWO.search(clause):
        # "The talks between the heads of the two ministries are scheduled for next Tuesday": the two the
        # announcement of the visit named ("At the invitation of A, B will pay an official visit to Russia")
        meeting.participants = _announced_visitors(ctx, sentence)
    two = _THE_TWO_MINISTERS_WILL.search(clause) if status == "planned" and "inisters will" in clause else None
    if two and not [p for p in meeting.participants if 0 <= clause.find(ctx.persons[p].name) < two.start()]:
        # "Then the two Ministers will be received by the Governor, X": the two named before, and X (not "the
        # Ministers agreed to hold the next meeting in Almaty": who will attend it is not said)
        meeting.participants[:0] = [p for p in _the_two_ministers(ctx, sentence) if p not in meeting.participants]
    visiting_guest = None
    if status == "planned" and sentence.index and _HIS_TALKS.match(clause):
        # "... the visit of the Minister of Public Security of Vietnam, X, to Russia. His talks with Y ... will take
        # place on 13 March": X, the last named before
        before = ctx.sentences[sentence.index - 1]
        named = [p for p in _persons_in(ctx, before.start, before.end) if p not in meeting.participants]
        meeting.participants[:0] = named[-1:]
    if status == "planned" and (visitors := _THE_VISITORS_WILL.match(clause)):
        # "On Monday, the Namibian delegation will hold talks with X", "On Tuesday, the guests will visit the
        # University": the guest of the visit announced (or the head of "the Russian police officers")
        guest = _announced_guest(ctx, sentence)
        if visitors["state"] and (guest is None or ctx.persons[guest].country not in (None, _state_of_demonym(
                ctx, visitors["state"]))):
            guest = _protagonist(ctx) if visitors["state"] == "Russian" else None
            guest = guest if guest and ctx.persons[guest].country == "Russia" else None
        if guest and guest not in participants:
            meeting.participants.insert(0, guest)
            visiting_guest = guest
    if status == "planned" and _OFFICIAL_WILL.search(clause):
        # "Tomorrow the Italian Minister will visit the Moscow University": the Italian Minister named before
        # (also beside those named: "the Russian Minister will travel to Naples to meet the Chief of Police, X")
        official = _official_of_a_state(ctx, sentence)
        meeting.participants = official if not participants else [
            *[p for p in official[:1] if p not in participants], *participants]
    elif status == "held" and "the " in clause and _A_FOREIGN_OFFICIAL.search(clause):
        # "Today, the Egyptian Minister talked to the Chief of the University": the Minister named before
        _add_unique(meeting.participants, _official_of_a_state(ctx, Sentence(sentence.index, lo, hi, clause,
                                                                             sentence.paragraph)))
    for counterpart in _COUNTERPART.finditer(clause):  # "held talks with his Tajik counterpart": the Tajik named
        state = ctx.gaz.country_by_demonym.get(counterpart.group(1))
        named = [key for key, person in ctx.persons.items() if state and person.country == state]
        if named and not [p for p in meeting.participants if ctx.persons[p].country == state]:
            meeting.participants.append(named[0])
    # "... held bilateral talks with X on the sidelines. The First Deputy Minister also met with Y.": one more
    told = next((d for d in reversed(drafts) if not d.background), None)  # (not one recalled in passing since)
    sidelines = bool(SIDELINES.search(clause)) or bool(told and told.sidelines and _ALSO_MET.search(clause))
    # the event whose sidelines these are: the last held one ("The next meeting will be held in Astana." between)
    # (talks planned on the sidelines of an event announced: that event, "On November 29, on the sidelines of the
    # conference, X is scheduled to hold talks with Y")
    # (nor the experts' session that prepared it: "The meeting was preceded by a session of senior experts")
    parent = next((d for d in reversed(drafts) if d.meeting.status == status and not d.background
                   and not (sidelines and d.experts)), current if status == "held" else None)
    of_event = _SIDELINES_OF.search(clause) if sidelines else None
    if of_event:  # "on the sidelines of the session": the session (else a meeting, a forum ...), not talks told since
        events = [d for d in reversed(drafts) if d.meeting.status == status and not d.sidelines and not d.experts
                  and not d.background]
        parent = next((d for d in events if re.search(rf"\b{of_event[1]}", d.sentence.text, re.I)), None) or \
            next((d for d in events if _SIDELINES_EVENT.search(d.sentence.text)), parent)
    bilateral = _BILATERAL_VERB.search(clause)
    if bilateral and bilateral[0].startswith("will") and (not _A_DAY_LEADS.match(clause) or _HE_WILL.search(
            clause, 0, bilateral.end())):
        bilateral = None  # (a stage to come on a day of its own: "On 13 October, the Minister will hold talks with X";
        # not "On Friday, Tan Sri Azman will visit the University, where he will meet ...": who "he" is, is told)
    # (not beside the guest "the guests" are: "the guests will visit the Institute, where they will be met by ...")
    if bilateral and protagonist and protagonist not in participants and visiting_guest is None:
        subject = clause[:bilateral.start()]
        refers = re.search(r"\b(?:he|she|the (?:Russian |First )?(?:Deputy )?Minister|the State Secretary|"
                           r"the head of the Russian (?:delegation|MIA|Ministry|police|Interior Ministry)|"
                           r"the Russian (?:side|delegation)|the heads of the two (?:ministries|agencies))\b", subject,
                           re.I)
        # "he", "she": the protagonist, or the one the sentence before named ("The Italian Minister went on to
        # Saint Petersburg. There she was received by ...")
        told_before = pending.persons if pending is not None and re.search(r"\b(?:he|she|they)\b", subject) else []
        named_too = refers is not None and refers.group(0).lower() not in ("he", "she") and " and " in subject
        others = _OTHERS.search(subject) and not (refers and refers.group(0).lower().startswith("the heads of"))
        if (named_too or not [p for p in participants if p in subject]) and not others and (
                refers or (re.search(r"\bmet\b|\bheld\b|\bwith\b", bilateral[0])
                           # (not "For the first time, the Working Group met in its enlarged composition")
                           and not _A_BODY_MET.search(subject))):
            # (also "the Deputy Minister and Gurgen Tadevosyan held talks": both)
            meeting.participants[:0] = [p for p in told_before or [protagonist] if p not in meeting.participants]
    visited = _VISITED_BODY.search(clause)
    if visited is None and (travelled := _TRAVELLED_ON_A_DAY.search(clause)) and not _THE_DELEGATION.search(
            clause, 0, travelled.start("visited")):
        visited = travelled  # (but "the delegation travelled to ...": whose, the next sentences tell)
    if visited is not None and visited.re is _TRAVELLED_ON_A_DAY and visited["town"] and meeting.place is None \
            and not video:  # "flew to Bluefields on the Caribbean coast": a town the reference data do not list
        meeting.place = _town_named(ctx, visited["town"], lo + visited.start("town"), lo + visited.end("town"))
    if visited and protagonist and protagonist not in meeting.participants and not [
            p for p in participants if 0 <= clause.find(ctx.persons[p].name) < visited.start("visited")] \
            and not _foreign_visitors(ctx, clause[:visited.start("visited")]):
        official = _official_of_a_state(ctx, sentence) if _OFFICIAL_OF_A_STATE.search(
            clause, 0, visited.start("visited")) else []
        # "the delegation ... visited the Academy": the visitor; "the Egyptian Minister ... visited": the one named;
        # "After the meeting, the ministers visited ...": the two who met
        both = (current.principal_persons or current.meeting.participants)[:2] if current is not None and \
            _THE_MINISTERS.search(clause, 0, visited.start("visited")) else []
        guests = _THE_GUESTS_VISITED.search(clause, 0, visited.start("visited"))
        if guests:
            # "After that, the guests got acquainted with the work of the duty unit ...", "On Tuesday, the delegation
            # visited the Main Directorate": the guest of the visit to Russia reported (the Russian protagonist is
            # their host), or no one named ("foreign delegates")
            guest = _announced_guest(ctx, sentence, held=status == "held") if not guests["foreign"] else None
            both = [guest] if guest else []  # (already there: "The next day, the delegation will visit ...")
            official = [] if both else official
            abroad = status == "held" and not guests["foreign"] and _A_VISIT_ABROAD.search(ctx.text, 0, sentence.start)
            if not (both or guests["delegation"] or ctx.persons[protagonist].country != "Russia" or abroad):
                protagonist = None  # (but "The next day, the guests visited the Institute" during a Russian
                # delegation's visit abroad: its head)
        for visitor in reversed(both or [official[0] if official else protagonist]):
            if visitor and visitor not in meeting.participants:
                meeting.participants.insert(0, visitor)
    elif visited and status == "held" and (state_guests := _THE_GUESTS_VISITED.search(
            clause, 0, visited.start("visited"))) and _foreign_visitors(ctx, clause[:visited.start("visited")]):
        # "On the second day of the visit, the Kazakh guests went to the Central Museum": the guest of the visit made
        guest = _announced_guest(ctx, sentence, held=True) if not state_guests["foreign"] else None
        if guest and guest not in meeting.participants:
            meeting.participants.insert(0, guest)
    if status == "held" and "the " in clause.lower() and (met := _THE_GUESTS_MET.search(clause)) and not [
            p for p in meeting.participants if 0 <= clause.find(ctx.persons[p].name) < met.start()]:
        # "On 10 July, the Chinese guests were received in Moscow by X", "the guests met with Y": the guest of the
        # visit to Russia the release told
        guest = _announced_guest(ctx, sentence, held=True)
        if guest and guest not in meeting.participants:
            meeting.participants.insert(0, guest)
    agencies = _agencies_in(ctx, lo, hi, member_states_ok=status == "planned")
    phrase = SIDELINES.search(clause) if sidelines else None
    if phrase is not None:  # "On the sidelines of the Council meeting, ...": the Council hosts the other event
        comma = clause.find(",", phrase.end())
        if comma > 0 and (held_match is None or held_match.start() > comma):
            hosting = _agencies_in(ctx, lo + phrase.start(), lo + comma)
            agencies = [a for a in agencies if a not in hosting or a in _agencies_in(ctx, lo + comma, hi)]
    meeting.agencies = list(agencies)
    meeting.countries = _countries_in(ctx, lo, hi) if (PARTICIPATION.search(clause) or status == "planned"
                                                       or _DELEGATIONS.search(clause) or _PARTIES.search(clause)
                                                       or _TWO_SIDES.search(clause) or _HEADS_OF.search(clause)
                                                       or ("-" in clause and _PAIR.search(clause))) else []
    meeting.evidence.append(Span(lo, hi))
    if status == "held":
        meeting.topics = _areas(ctx, masked, lo, hi)
    else:
        meeting.topics = _areas(ctx, masked, lo, hi) if re.search(
            r"\b(?:on|devoted to|agenda|discuss|anti-\w+)\b", clause) else []
    recalled = _RECALLED_MEETING.search(clause) if status == "held" and (
        "had" in clause or "last met" in clause or "recalled" in clause) else None
    if recalled:  # "X recalled that the two had last met in November 2024 in Glasgow, on the sidelines of ...":
        background = True  # an earlier meeting, not the one reported, nor held on its day
        if current is not None and _THE_TWO.search(clause):  # "the two officials": the two who meet now
            _add_unique(meeting.participants, current.meeting.participants[:2])
        elif current is None and "their" in recalled.group(0) and len(meeting.participants) < 2:
            # a letter: "A sent a letter to B ... A recalled the atmosphere of their meeting in Athens": A and B
            _add_unique(meeting.participants, _persons_in(ctx, ctx.sentences[0].start, ctx.sentences[0].end)[:2])
    if sidelines and parent is not None and not recalled:
        if meeting.place and parent.meeting.place and _city_of_a_body(ctx, meeting.place, lo, hi):
            meeting.place = None  # "... met with the Head of the NCB of Interpol in Nicosia": where he serves
        meeting.place = meeting.place or parent.meeting.place
        if meeting.start is None and parent.meeting.end is None:
            meeting.start = parent.meeting.start
    elif status == "held" and not video and meeting.place is None and _IN_ADDITION.match(clause) and parent \
            and parent.meeting.status == "held":
        meeting.place = parent.meeting.place  # "In addition, bilateral meetings took place with ...": same venue
    elif status == "held" and not video and meeting.place is None and meeting.start is None and pending is None:
        # one of the "number of bilateral meetings" the release announced: held where that event was
        announced = next((d for d in reversed(drafts) if d.meeting.place and _BILATERAL_ROUND.search(
            ctx.text, d.sentence.start, d.sentence.end)), None)
        meeting.place = announced.meeting.place if announced else None
    if status == "held" and pending is not None and not sidelines:
        if meeting.start is None and pending.start:
            meeting.start, meeting.end = pending.start, pending.end
            if meeting.end and _PROGRAMME_BEGAN.search(clause):  # "The programme began in New Delhi with talks":
                meeting.end = None  # the first day of the days told
        meeting.place = meeting.place or (None if video else pending.place)
        # (not to the experts' talks: "The programme began on 13 September with consultations between experts")
        if (not participants and not experts) or re.search(
                r"\b(?:the Ministers|the parties|the sides|the heads|police officers|"
                r"(?:he|she|they) (?:was|were) received|"
                r"(?:received|welcomed|hosted) the (?:[A-Z]?[a-z]+ )?(?:guests|delegation)|"
                r"the (?:[A-Z][a-z]+ )?delegation (?:was|were) received)\b", clause, re.I):
            _add_unique(meeting.participants, pending.persons)
        _add_unique(meeting.agencies, pending.agencies)
    if status == "planned" and pending is not None and pending.place and meeting.place is None and not video \
            and not sidelines and (meeting.participants or precise) and pending.told_in == sentence.index - 1:
        meeting.place = pending.place  # "The programme will open in Pretoria. On Monday, X will hold talks ..."
        if meeting.start is None and pending.start and not pending.end:
            # "On Thursday, the delegation will be in Rio. There they will visit ...": the Thursday to come
            told = ctx.sentences[pending.told_in]
            weekday = [d for d in _event_dates(ctx, told, told.start, told.end) if d.kind == "weekday"]
            meeting.start = _to_come(pending.start, ctx.release.publication_date) if weekday else pending.start
            if weekday and weekday[-1].relative in WEEKDAYS:
                meeting.start = _after_the_stage_before(drafts, weekday[-1].relative, meeting.start)
            if same_day:  # "The programme will open on 20 February in New Delhi. The next day, X will hold talks"
                meeting.start += timedelta(days=DAYS_AFTER.get(same_day[0].relative or "", 0))
    if status == "held" and meeting.start is None and not sidelines and current is None and \
            re.search(r"\btoday\b", clause, re.I) and ctx.release.publication_date:
        meeting.start = ctx.release.publication_date
    has_new = bool(precise or meeting.place or [p for p in participants if p != protagonist] or agencies
                   or same_day)
    if status == "planned":
        announced = drafts[-1] if drafts and drafts[-1].meeting.status == "planned" else None
        if announced is not None and not precise and not meeting.place and (
                ("expected" in clause and _EXPECTED_TO_JOIN.search(clause)) or (
                    # "The programme will open on Monday in Moscow with talks at the Ministry. The Uzbek Minister will
                    # be received by the Minister, X": those talks' host
                    # (but "There it will be received by ...", "The guests will be received by ...": see
                    # _extract_meetings)
                    # (nor "On the final day of the visit, the delegation will be received by ...": a day of its own)
                    announced.sentence.index == sentence.index - 1 and _WILL_BE_RECEIVED_BY.search(clause)
                    and not _THERE_LEAD.match(clause) and not _GUESTS_WILL_BE_RECEIVED.match(clause)
                    and not _A_DAY_LEADS.match(clause))):
            if _OFFICIAL_WILL.search(clause):  # ("The Uzbek Minister": the one named before)
                _add_unique(announced.meeting.participants, _official_of_a_state(ctx, sentence))
            _attach_context(ctx, announced, sentence, masked, participants)  # one more who will take part
            _add_unique(announced.meeting.participants, participants)
            return None
        if not _planned_is_event(ctx, meeting, lo, clause, current, drafts):
            return None
    else:
        # ("..., and the meeting was organized as part of the Russian Presidency programme": the one reported)
        # ("The opening ceremony was attended by X": of the course reported, if one is; "The conference of the ASEAN
        # National Police (ASEANAPOL) was opened by X": of the body whose conference is reported)
        definite = _DEFINITE_EVENT.match(clause) or _THE_EVENT_WAS_PART.search(clause) or \
            _THE_CEREMONY_ATTENDED.match(clause) or (
                current is not None and agencies and agencies[0] in current.meeting.agencies and not precise
                and _THE_EVENT_OF.match(clause))  # (not "The meeting of the Council itself, held on 22 and 23 ...")
        if definite and current is not None and _VISITED_BODY.match(clause) and clause.lstrip().startswith("After"):
            # "After the meeting, the ministers visited the Department ..., whose Chief ...": a visit of its own,
            # that day, in that city
            definite = None
            meeting.start = meeting.start or current.meeting.end or current.meeting.start
            meeting.place = meeting.place or current.meeting.place
        referring = _REFERRING_TO_EVENT.search(clause)
        new_place = meeting.place and current is not None and current.meeting.place is not None \
            and meeting.place != current.meeting.place
        # "The Russian delegation was received by ...": the same visit (but "At the end of the visit, X was received by
        # Y": on its last day)
        received = _RECEIVED_BY.search(clause) if not _FINAL_DAY_LEAD.match(clause) else None
        # "Today's talks were preceded by expert consultations held on Monday and Tuesday": the days before
        # (or "The meeting was preceded by a two-day session of the Working Group, which opened on Tuesday")
        earlier = next((d for d in precise if _days_before(d.start, current.meeting.start) in range(1, 8)), None) \
            if current is not None and (experts or _PRECEDED_BY.search(clause)) else None
        # ("The joint meeting was prepared the day before by experts": dated from the meeting, a stage too)
        stage = earlier is not None or bool(experts and eve and current is not None and meeting.start and
                                            meeting.start == _day_before(current.meeting.start))
        if earlier is not None:
            meeting.start, meeting.end = earlier.start, earlier.end
        until = bool(precise) and all(_UNTIL_A_DAY.search(ctx.text, max(lo, d.begin - 12), d.begin) for d in precise)
        opened = [d.start for d in precise if d.start and _WHICH_OPENED.search(
            ctx.text, max(lo, d.begin - 80), d.begin)] if current is not None and "opened" in clause else []
        if opened and current.meeting.start and not current.meeting.end and \
                0 < (current.meeting.start - opened[0]).days < 7:  # type: ignore[union-attr]
            # "Today, the conference completed its work in Tashkent. The three-day forum, which opened on Wednesday,
            # brought together ...": from that day to today
            current.meeting.start, current.meeting.end = opened[0], current.meeting.start  # type: ignore[union-attr]
        if current is not None and referring and until and not sidelines and not new_place:
            # "Twenty-two officers ... are taking part in the course, which will last until 25 November": its end
            _attach_context(ctx, current, sentence, masked, participants)
            last = precise[-1].start
            if current.meeting.start and not current.meeting.end and last and last > current.meeting.start:
                current.meeting.end = last
            return None
        if current is not None and not sidelines and not new_place and not stage and not (
                same_day and same_day[0].relative in NEXT_DAY) and (
                definite or ((referring or received) and not precise and not same_day)):
            _attach_context(ctx, current, sentence, masked, participants)
            return None
        if current is not None and not has_new and not sidelines:
            _attach_context(ctx, current, sentence, masked, participants)
            return None
        # ("On Wednesday, the delegation travelled to Nizhny Novgorod. It was received at the Main Directorate ...
        # by its Chief, X": the stage, in the city it named)
        received_there = current is not None and current.meeting.place is not None and \
            meeting.place in (None, current.meeting.place) and _RECEIVED_THERE.match(clause) is not None and \
            _TRAVELLED_ON_A_DAY.match(current.sentence.text) is not None
        # (not a stage on a day of its own: "On Thursday, the guests visited the Academy", without a date line)
        if current is not None and not sidelines and not precise and (not meeting.place or received_there) \
                and not same_day and not current.background and not any(d.kind == "weekday" for d in dates) and (
                    (participants and not current.meeting.participants) or received_there or (
                    _TRAVELLED_ON_A_DAY.match(current.sentence.text)
                    and (set(current.meeting.participants) <= set(participants or current.meeting.participants)
                         or _THERE_HE.match(clause)))):
            # "Rome hosted the consultations. The Russian delegation, headed by X, held talks with Y": who took part
            # ("On the third day, the delegation flew to Harbin. X met with Y": the stage's meeting; "... the Minister
            # travelled to Grodno. There he met with Y": the traveller too)
            _attach_context(ctx, current, sentence, masked, participants)
            _add_unique(current.meeting.participants, participants)
            if _THERE_HE.match(clause):  # ("At the Police Department of Almaty, he met with its Chief")
                _add_unique(current.meeting.agencies, meeting.agencies)
                traveller = _delegation_s_head(ctx, current, sentence)
                if traveller and traveller not in current.meeting.participants:
                    current.meeting.participants.insert(0, traveller)
            _add_unique(current.principal_persons, participants)
            _add_unique(current.principal_agencies, [a for a in (ctx.persons[p].agency for p in participants) if a])
            return None
        if not has_new and current is None and not _event_noun(ctx, clause):
            return None
        if status == "held":  # ("recalled the videoconference of 19 April" in a November release: an earlier one)
            _settle_year(meeting, ctx.release.publication_date)
        if current is not None and meeting.start and current.meeting.start and \
                meeting.start < current.meeting.start and not sidelines and not stage and not (
                    eve and _VISITED_BODY.match(clause)):
            background = True  # an earlier event recalled: the release goes on about the current one
        if (current is not None or _is_planned(ctx, sentence.text)) and not sidelines and _PAST_EVENT.search(clause):
            # "the agreements reached during the meeting ... last year"; "The decision to hold it in Russia was taken
            # at the 80th session ... in Hanoi in November last year", of an event announced
            background = True
        if current is not None and not sidelines and not precise and _ALSO_HELD.search(clause) and (
                meeting.place is None or meeting.place == current.meeting.place):
            # "Meetings were also held with the management of X": a side meeting of the visit, where it took place,
            # with the visiting side; the release goes on about the visit
            background = True
            meeting.place = meeting.place or current.meeting.place
            home = [a for a in current.principal_agencies
                    if ctx.agencies.get(a) and ctx.agencies[a].country == "Russia"]
            _add_unique(meeting.agencies, home)
            if home:
                _add_unique(meeting.countries, ["Russia"])
        if background and current is not None and not meeting.participants and _THEIR_EVENT.search(clause):
            # "Both Ministers spoke highly of the results of their videoconference of February 26": the two again
            main = _main_event(drafts, current)
            _add_unique(meeting.participants, (main.principal_persons or main.meeting.participants)[:2])
        if (background or stage) and current is not None and not meeting.agencies and _OF_THE_TWO.search(clause):
            # "The previous meeting of the heads of the two ministries took place in Ulaanbaatar", "The meeting was
            # prepared the day before by experts of the two ministries": the two of the meeting reported
            _add_unique(meeting.agencies, _main_event(drafts, current).principal_agencies[:2])
            _add_unique(meeting.countries, [c for c in (ctx.agencies[a].country for a in meeting.agencies
                                                        if a in ctx.agencies) if c])
    principal = list(agencies)
    for key in meeting.participants:
        agency = ctx.persons[key].agency
        if agency and agency not in principal:
            principal.append(agency)
    return _Draft(meeting, sentence, principal, list(meeting.participants), sidelines, background, experts=experts)


_THE_MINISTERS = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:ministers|heads\s+of\s+(?:the\s+)?delegations)\b", re.I)
_THEIR_EVENT = re.compile(r"\btheir\s+(?:video\s?conference|meeting|talks)\s+(?:of|on|in)\s+[A-Z0-9]")
_OF_THE_TWO = re.compile(r"\b(?:of|between)\s+the\s+two\s+(?:ministries|agencies|departments|services)\b")
# the event a sentence speaks of as the one just reported: "The seminar was opened by ...", "took part in the talks"
_REPORTED_EVENT = (r"meeting|talks|session|conference|event|forum|consultations|negotiations|briefing|seminar|summit|"
                   r"workshop|round table|symposium|congress|videoconference|video conference|conversation")
_A_BODY_MET = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+)*(?:Group|Council|Committee|Commission|Task\s+Force|Board)\s*$")
_THE_EVENT_WAS_PART = re.compile(r",\s+and\s+the\s+(?:meeting|session|conference|event|talks)\s+(?:was|were)\s+"
                                 r"(?:organi[sz]ed|held)\s+(?:as\s+part\s+of|within|under)\b")
_DEFINITE_EVENT = re.compile(r"\s*[\"\u201c]?(?:(?:On|From|For|In) the [A-Z][a-z]+ side,\s*|"
                             r"(?:Along with|Together with|Besides|Apart from|On the part of) [^,]{1,60},\s*|"
                             # "For the first time, the meeting was attended ...", "As in previous years, the ..."
                             r"(?:For the first time|As (?:in|at) previous (?:years|meetings|sessions)|This year|"
                             # "According to her, the talks ... were attended on the Russian side by ..."
                             r"According to (?:her|him|them|the [\w ]{1,40}?)),\s*)?"
                             r"(?:The|the|This|That|Opening the|At the|During the|After the|In the course of the)\s+"
                             r"(?:(?:work|[A-Z][a-z]+ part|part)\s+of\s+the\s+)?"
                             rf"(?:[\w-]+\s+){{0,2}}?(?i:{_REPORTED_EVENT}|course|internship)\b(?!\s+of\b)")
# "took part in the meeting", "the Working Group meeting was organized by the Ministry ..."
_UNTIL_A_DAY = re.compile(r"\b(?:until|till)\s+$")
# (the event reported, named just before: "The three-day forum, which opened on Wednesday", not "preceded by a
# session of the Working Group on Combating Organized Crime, which opened on Tuesday")
_WHICH_OPENED = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:forum|conference|congress|session|assembly|summit|"
                           r"meeting|seminar|course|convention),\s+which\s+(?:had\s+)?opened\s+(?:on\s+)?$")
_REFERRING_TO_EVENT = re.compile(rf"\b(?:in|at|to)\s+the\s+(?:work\s+of\s+the\s+)?(?:{_REPORTED_EVENT}|course)\b"
                                 r"(?!\s+of\b)|"
                                 rf"\bthe\s+(?:[A-Z][\w-]*\s+){{1,4}}(?:{_REPORTED_EVENT})\s+(?:was|were)\s+"
                                 r"(?:organi[sz]ed|opened|hosted|held)\b")
_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:officials|ministers|heads|chiefs|leaders|men|women)\b|"
                      r"\b(?:the\s+)?interlocutors\s+recalled\s+their\b", re.I)
# "The interlocutors recalled their meeting in Ashgabat in March": an earlier meeting of the two
# ("recalled the constructive atmosphere of their meeting in Athens", "recalled that at their meeting in Paris")
_RECALLED_THEIR = (r"\brecalled\s+(?:that\s+(?:at|during)\s+|the\s+(?:[\w-]+\s+){1,3}?of\s+)?(?:their|the)\s+"
                   r"(?:previous\s+|last\s+|earlier\s+|first\s+)?(?:meeting|talks)\s+in\s+[A-Z]")
_RECALLED_THEIR_MEETING = re.compile(_RECALLED_THEIR)
_RECALLED_MEETING = re.compile(r"\b(?:recalled|reminded|noted|said)\s+(?:[\w ]{0,30}?\s)?that\s+[^.;]{0,80}?"
                               r"\bhad\s+(?:last\s+|already\s+|previously\s+|first\s+)?(?:met|held)\b|"
                               # "A and B last met in person in November 2019 in Dushanbe"
                               r"\blast\s+met\b(?!\s+(?:today|yesterday|on\s+\w+day)\b)|" + _RECALLED_THEIR)
_ACCEPTED_THE_INVITATION = re.compile(r"\baccepted\s+(?:an|the)\s+invitation\b[^.;]{0,160}?\bto\s+"
                                      r"(?:take\s+part|participate|attend)\b")
_INVITED = re.compile(r"\binvit(?:ed|es|ing)\b[^.;]{0,80}?\bto (?:take part|participate|attend)\b")
# parts of a course's programme: "Practical classes will be held at the airport" is no event of its own
_PROGRAMME_PART = re.compile(r"\b(?:classes|lectures|lessons|exams|examinations|tests|practical training)\b", re.I)
# events the police will keep safe, not meet at: "the security of the major international events to be held in ..."
# (but "a seminar on the security of major sporting events, which ... will hold in Brasília" is one)
_SECURED_EVENT = re.compile(r"\b(?:security|safety)\s+(?:of|at|during)\s+(?:the\s+)?[^.;]{0,80}?"
                            r"\b(?:events?|games|championships?|cup|olympics|festivals?|celebrations?)\s+"
                            r"(?:to\s+be|that\s+will\s+be|which\s+will\s+be)\s+held\b", re.I)


def _venue_of_the_days(drafts: list[_Draft], day: date) -> str | None:
    """The city of an event of several days told before that includes ``day``."""
    return next((d.meeting.place for d in drafts if d.meeting.status == "held" and d.meeting.place
                 and d.meeting.start and d.meeting.end and d.meeting.start <= day <= d.meeting.end), None)


def _back_to_the_talks(drafts: list[_Draft], current: _Draft, sentence: Sentence) -> bool:
    """Whether "The parties ..." opening a paragraph after an earlier event told without its people is about the
    talks reported first."""
    if current.meeting.participants or sentence.paragraph == current.sentence.paragraph or not _THEY.match(
            sentence.text):
        return False
    main = _main_event(drafts, current)
    earlier = current.meeting.start is None or (
        main.meeting.start is not None and current.meeting.start < main.meeting.start)
    return main is not current and len(main.meeting.participants) >= 2 and earlier


def _main_event(drafts: list[_Draft], fallback: _Draft) -> _Draft:
    """The first held event reported that is neither a talk on its sidelines nor one recalled: what "the next
    conference" follows up, and what a speaker before an announcement spoke at."""
    return next((d for d in drafts if d.meeting.status == "held" and not d.sidelines and not d.background), fallback)


def _during_a_session(ctx: _Context, draft: _Draft, drafts: list[_Draft]) -> bool:
    """Whether the held talks of two took place on a day of a session of several states (or of an international
    body) reported before."""
    talks = draft.meeting
    return len(talks.countries) <= 2 and talks.start is not None and any(
        d is not draft and d.meeting.status == "held" and not d.background and _many_sided(ctx, d.meeting)
        and d.meeting.start and d.meeting.start <= talks.start <= (d.meeting.end or d.meeting.start)
        for d in drafts)


def _many_sided(ctx: _Context, meeting: Meeting) -> bool:
    """A meeting of three or more states, or of an international body (an agency of no state)."""
    return len(meeting.countries) >= 3 or any(_international(ctx, a) for a in meeting.agencies)


# "Sochi would host the XXII Olympic Winter Games": a city's future sporting event, no police meeting
_HOSTS_GAMES = re.compile(r"\bhost\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:Games|Olympics|Olympiad|Championship|Cup|"
                          r"Universiade|Expo)\b|"
                          # "law and order during the World Cup, which will be held in eleven Russian cities"
                          # ... "ahead of the 2014 World Cup, which Brazil will host next summer"
                          r"\b(?:Games|Olympics|Olympiad|Championship|Cup|Universiade|Expo),?\s+(?:(?:which|that)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:will|would)|to)\s+(?:be\s+held|take\s+place|host)\b")


_REGULAR_CONTACTS = re.compile(r"\bregular\s+(?:[\w-]+\s+)?(?:consultations|meetings|contacts|exchanges)\b")


def _planned_is_event(ctx: _Context, meeting: Meeting, lo: int, clause: str, current: _Draft | None,
                      drafts: list[_Draft]) -> bool:
    """Fill a planned meeting's parties from the meeting it follows up; False if it announces no event."""
    if (_PROGRAMME_PART.search(clause) and not _event_noun(ctx, clause)) or _SECURED_EVENT.search(clause) \
            or _HOSTS_GAMES.search(clause):
        return False
    if current is not None and re.search(r"\bnext\b", clause) and (
            current.sidelines or (_during_a_session(ctx, current, drafts)
                                  and not re.search(r"\b(?:round|consultations|talks)\b", clause))):
        # "The next European Regional Conference will be held in Croatia" after a talk on its sidelines (or on one
        # of its days: "On June 19, A met with B"): the conference follows up the conference, not the talk
        current = _main_event(drafts, current)
    elif current is not None and (re.search(r"\bnext\s+meeting\s+of\s+the\s+[Mm]inisters\b", clause) or (
            re.search(r"\bnext\b", clause) and (_VISITED_BODY.match(current.sentence.text)
                                                 or re.search(r"\bvisited\b", current.sentence.text)
                                                 or _TRAVELLED_ON_A_DAY.match(current.sentence.text)))):
        # "the next meeting of the Ministers" after the guest's visit to a university (or any "next" after a visit
        # to a body told last, or after a stage in another city): the talks the visit was part of
        current = _main_event(drafts, current)
    if _INVITED.search(clause):
        # "X invited his colleague to take part in the Forum to be held in Moscow": who will come is not said
        meeting.participants = []
        return bool(meeting.place or meeting.start or _event_noun(ctx, clause))
    if re.search(r"\b(?:next|their next|its next)\b", clause) and current is not None and not meeting.agencies \
            and re.match(r"\s*Its\b", clause):
        bodies = _agencies_in(ctx, current.sentence.start, current.sentence.end + 10_000)
        body = [a for a in bodies if re.search(r"Group|Council|Committee|Commission", a)]
        meeting.agencies = body[-1:] if body else []
    if not meeting.agencies and current is not None and not re.search(
            r"\b(?:Council|Group|Committee|Commission|Assembly)\b", clause):
        # (no principal named where the meeting was reported: "Harbin hosted consultations. The delegations ...")
        inherited = current.principal_agencies or list(dict.fromkeys(
            a for a in (ctx.persons[p].agency for p in current.meeting.participants) if a and a.startswith("Ministry")))
        if not inherited and _OF_THE_TWO.search(clause):
            # "The Memorandum is expected to be signed by the heads of the two agencies in Moscow": the agencies of
            # the two who met at the meeting reported
            main = _main_event(drafts, current)
            inherited = main.principal_agencies[:2] or list(dict.fromkeys(
                a for a in (ctx.persons[p].agency for p in main.meeting.participants[:2]) if a))
        if meeting.countries and not _venue_only(ctx, lo, lo + len(clause)):
            # "the next round of Russian-Chinese consultations": the parties named, not the last talks' (but "will
            # be held in 2024 in the Republic of Belarus" names where, not who)
            named = [a for draft in drafts for a in draft.principal_agencies
                     if ctx.agencies.get(a) and ctx.agencies[a].country in meeting.countries]
            inherited = named or inherited
        _add_unique(meeting.agencies, inherited)
        for key in inherited:
            agency = ctx.agencies.get(key)
            if agency and agency.country:
                _add_unique(meeting.countries, [agency.country])
    # "The Ministers agreed to hold their next meeting in Moscow", "The ministers ... They agreed to meet again in
    # Islamabad": the two who met
    if current is not None and (re.search(r"\bThe Ministers\b.*\btheir next\b", clause) or (
            _THEY_MEET_AGAIN.match(clause) and re.search(r"\b[Mm]inisters\b", current.sentence.text + " "
                                                          + ctx.text[max(0, lo - 200):lo]))):
        _add_unique(meeting.participants, current.principal_persons)
    if re.search(r"\breadiness to visit\b|\binvited to visit\b|\bto visit\b", clause) and not meeting.place \
            and not _THERE_LEAD.match(clause):  # ("There X is scheduled to meet Y and to visit ...": a stage's city)
        return False
    if _REGULAR_CONTACTS.search(clause) and not (meeting.place or meeting.start):
        return False  # "to continue close cooperation and to hold regular working consultations": no event
    if not (meeting.place or meeting.start or meeting.agencies or re.search(r"\bconvene\b", clause)
            or _THERE_LEAD.match(clause)  # ("There he will meet X": in the city just named)
            # ("On the final day of the visit, the delegation will be received by X": on a day of the visit)
            or (meeting.participants and _A_DAY_LEADS.match(clause))):
        return bool(_event_noun(ctx, clause))
    return True


def _venue_only(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether every state named between the offsets is named as where ("in the Republic of Belarus")."""
    return all(_IN_BEFORE.search(ctx.text, max(lo, m.start - 8), m.start)
               for m in ctx.mentions if m.kind == "country" and lo <= m.start < hi)


_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")


_THE_EVENT_OF = re.compile(rf"\s*The\s+(?:{_REPORTED_EVENT})\s+of\s+the\s+[A-Z]")
_THE_CEREMONY_ATTENDED = re.compile(r"\s*The\s+(?:opening|closing|inauguration|graduation)\s+ceremony\s+was\s+"
                                    r"attended\s+by\b")
_AFTER_THE_CEREMONY = re.compile(r"\s*(?:After|Following)\s+the\s+(?:[\w-]+\s+)?(?:ceremony|signing|concert|"
                                 r"tournament|exercises?|competition|match|graduation)\b")
_FIRST_DAY_LEAD = re.compile(r"\s*On\s+the\s+first\s+day,")
_NTH_DAY_LEAD = re.compile(r"\s*On " + _NTH_DAY)


_SENTENCE_ENDS = ".!?\"\u201d:"


def _merge_into(drafts: list[_Draft], draft: _Draft) -> _Draft | None:
    """The same event reported twice (a headline and its body): keep one meeting."""
    new = draft.meeting
    for old_draft in drafts:
        old = old_draft.meeting
        if old.status != new.status or draft.sidelines or old_draft.sentence.index == draft.sentence.index \
                or draft.background or (old_draft.experts != draft.experts and old.start and new.start) \
                or _AFTER_THE_CEREMONY.match(draft.sentence.text):
            continue  # events listed side by side in one sentence are distinct; an aside is its own event; the
            # experts' stage is not the ministers' talks of the same day ("Later that day, the heads ... held talks");
            # "After the ceremony, X and Y held a working meeting": a meeting of their own
        same_place = old.place and new.place and old.place == new.place
        same_date = old.start and new.start and old.start == new.start
        if old.end and new.start and old.start and old.start < new.start <= old.end and same_place and \
                _NTH_DAY_LEAD.match(draft.sentence.text) and _VISITED_BODY.match(draft.sentence.text) \
                and not set(new.participants) - set(old.participants) \
                and not set(new.agencies) - set(old.agencies):
            _absorb(old_draft, draft)  # "On the second day, the delegations visited the checkpoint": nobody new
            return old_draft
        if old.end and old.start and new.start is None and old.place and new.place in (None, old.place) and \
                _FIRST_DAY_LEAD.match(draft.sentence.text) and _VISITED_BODY.match(draft.sentence.text) \
                and not set(new.participants) - set(old.participants):
            draft.meeting.agencies, draft.principal_agencies = [], []  # "On the first day, the Russian delegation
            _absorb(old_draft, draft)  # also visited the command centre of the Bureau": a part of the two-day
            return old_draft  # meeting, and a unit of a party to it
        clash = (old.start and new.start and old.start != new.start) or \
                (old.place and new.place and old.place != new.place)
        if clash:
            continue
        if new.start is None and new.status == "held" and _on_the_final_day(draft.sentence.text) \
                and not _on_the_final_day(old_draft.sentence.text):
            continue  # "On the final day of the visit, in Havana, A and B signed the Plan": not their talks of the
            # first day
        shared = set(old.participants) & set(new.participants)
        if (set(old.participants) - shared) and (set(new.participants) - shared):
            continue  # the same day and city, but talks with someone else
        if len(new.participants) == 2 and len(old.participants) > 2 and "ilateral" in draft.sentence.text \
                and _BILATERAL_TALKS.search(draft.sentence.text):
            continue  # "On the second day of the session, A held bilateral talks with B": two of its participants
        if len(new.participants) == 2 and len(old.countries) >= 3 and _TALKS_WITH.search(draft.sentence.text):
            continue  # "On June 18, A held talks with B" during a session of many states: the two met on their own
        if old.end and _DAY_OF_AN_EVENT_LEAD.match(draft.sentence.text) and (
                set(new.participants) - set(old.participants) or _TALKS_WITH.search(draft.sentence.text)):
            continue  # "On the first day of the conference, A held talks with B": a meeting of their own
        if set(new.agencies) - set(old.agencies) and _VISITED_BODY.search(draft.sentence.text):
            continue  # "The same day, the Minister visited the University ...": another body, whose heads come next
        if _THE_SAME_DAY_AN_EVENT.match(draft.sentence.text) and _VISITED_BODY.match(old_draft.sentence.text):
            continue  # "On 8 June, the delegation will visit the Complex. On the same day, a round table will be held
            # at the Complex with experts of ...": an event of its own
        # a headline ("A delegation of the MIA took part in the session of X") and the body that dates and places it
        # (its people, if the body names none: "The MIA of Russia held consultations ...", read as its head of
        # delegation's, then "Today, consultations between the MIA of Russia and ... were held by video")
        headline = old_draft.sentence.index == 0 and not (
            old.start or old.place or (set(old.participants) - shared and new.participants)) \
            and bool(set(old.agencies) & set(new.agencies) or (  # ("Russian and Indonesian police discussed ...")
                not old.agencies and old.countries and set(old.countries) <= set(new.countries))) \
            and not draft.background
        # a headline line ("Igor Sinitsyn held talks in New Delhi", no full stop) and the first event its body reports
        titled = len(drafts) == 1 and old_draft.sentence.index == 0 and not draft.background and \
            draft.sentence.paragraph != old_draft.sentence.paragraph and \
            old_draft.sentence.text.rstrip()[-1:] not in _SENTENCE_ENDS
        # "On 11 April, X visited the headquarters of the Federal Police. He met with its Chief, Y.": that visit
        its_head = old_draft.sentence.index == draft.sentence.index - 1 and bool(shared) and \
            _MET_ITS_HEAD.match(draft.sentence.text) is not None
        # "Today the meeting of the Working Group came to an end. For the first time, the Working Group met in its
        # enlarged composition: ...": the body just reported met, nothing new said of when, where or who
        again = old_draft is drafts[-1] and new.status == "held" and not (new.start or new.place or new.participants) \
            and bool(new.agencies) and set(new.agencies) <= set(old.agencies) and not draft.background
        # "Next Thursday, Brest will host a joint board meeting ... A Plan ... is expected to be signed in Brest": at
        # that meeting
        signing = same_place and new.status == "planned" and not new.participants \
            and _TO_BE_SIGNED.search(draft.sentence.text) is not None
        # "X will pay an official visit to Tehran next Tuesday and Wednesday. During the visit, the Russian Minister
        # will hold talks with Y": the talks of that visit
        during = new.status == "planned" and bool(shared) and not (new.start or new.place) \
            and _DURING_THE_VISIT.match(draft.sentence.text) is not None
        if len(shared) >= 2 or (same_place and same_date) or (same_place and not new.participants
                                                              and new.status == "held") or headline or its_head \
                or again or signing or titled or during:
            _absorb(old_draft, draft)
            return old_draft
    return None


_THE_SAME_DAY_AN_EVENT = re.compile(r"\s*(?:On\s+)?[Tt]he\s+same\s+day,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                                   r"(?:round\s+table|seminar|workshop|conference|briefing|master\s+class)\b")
_DURING_THE_VISIT = re.compile(r"\s*During\s+(?:the|his|her|their)\s+(?:official\s+|working\s+)?visit,")
_MET_ITS_HEAD = re.compile(r"\s*(?:He|She|They|There,?\s+(?:he|she|they))\s+(?:also\s+)?met\s+with\s+its\s+"
                           r"(?:[A-Z][\w-]*\s+)?(?:Chief|Head|Director|Commander|Rector|Chairman|President)\b")
_THEY_MEET_AGAIN = re.compile(r"\s*(?:They|The\s+(?:two\s+)?ministers)\s+agreed\s+to\s+meet\s+again\b")
_PREVIOUS_EVENT = re.compile(rf"\b(?:previous|last|past|earlier)\s+{EVENT_NOUN}\b", re.I)
# ("That evening, X met the Director of ...", "had a working meeting with")
_TALKS_WITH = re.compile(r"\b(?:(?:held\s+(?:bilateral\s+)?(?:talks|a\s+meeting|consultations)|had\s+(?:a\s+)?"
                         r"(?:[\w-]+\s+)?meeting|met)\s+with\b|met\s+the\s+[A-Z])")
_BILATERAL_TALKS = re.compile(r"\b[Bb]ilateral\s+(?:talks|meeting|meetings|consultations|negotiations)\b")


def _absorb(old_draft: _Draft, draft: _Draft) -> None:
    """Report ``draft`` as part of ``old_draft``: what the one lacks the other gives, the parties are joined."""
    old, new = old_draft.meeting, draft.meeting
    old.start = old.start or new.start
    old.end = old.end or new.end
    old.place = old.place or new.place
    _add_unique(old.participants, new.participants)
    _add_unique(old.agencies, new.agencies)
    _add_unique(old.countries, new.countries)
    _add_unique(old.topics, new.topics)
    old.evidence.extend(new.evidence)
    _add_unique(old_draft.principal_agencies, draft.principal_agencies)
    _add_unique(old_draft.principal_persons, draft.principal_persons)


# "The guests were welcomed by the Head of the University": their hosts, on the visit just reported
_GUESTS_WELCOMED = re.compile(r"\s*(?:(?:Today|Yesterday|There),?\s+)?[Tt]he\s+(?:[A-Z][a-z]+\s+)?"
                              r"(?:guests|delegation|visitors|delegates)\s+(?:was|were)\s+(?:warmly\s+|cordially\s+)?"
                              r"(?:welcomed|greeted|received)\b")


# ------------------------------------------------------------------------------------------------
# Chairmanships

_CHAIR_WORD = r"(?:[Cc]hairmanship(?:-in-[Oo]ffice)?|[Cc]hairship|[Pp]residency)"
_GENERIC_BODY = r"(?:association|organi[sz]ation|grouping|bloc|forum)"  # a body the sentence named before
_HOLDS = (r"(?:has|had|holds|held|hold|holding|assumed|assume|assumes|took over|takes over|will take over|will assume|"
          r"will hold|has taken over|has assumed|have taken over|is to take over|is to assume)")
# "India has successfully completed its BRICS chairmanship in 2021": held it then
_HOLDS_OR_ENDS = r"(?:" + _HOLDS + r"|(?:has\s+)?(?:successfully\s+)?completed)"
_PASSED = (r"(?:passed|passes|was\s+handed\s+over|was\s+transferred|was\s+passed|was\s+entrusted|will\s+pass|"
           r"would\s+pass|would\s+be\s+(?:passed|handed\s+over|transferred))")
# "the SCO chairmanship": a body's name (a run of capitalised words) right before the chair word
_BODY_BEFORE = r"\b(?:[Tt]he\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})\s+(?:rotating\s+)?"


def _holder_at(ctx: _Context, lo: int, hi: int, prefer_last: bool = False) -> tuple[str, str] | None:
    found = sorted((m for m in ctx.mentions if m.kind in ("country", "agency") and lo <= m.start < hi
                    and not m.nested), key=lambda m: (m.start, -m.end))
    if prefer_last and found:
        # the holder is the name closest to the verb; a country inside an agency name is not it, nor an international
        # body in an aside ("Armenia, the presiding country in the CSTO in 2022, also chairs the Council")
        holders = [m for m in found if not (m.kind == "agency" and _international(ctx, m.key))] or found
        last = max(holders, key=lambda m: m.end)
        return last.key, last.kind
    if not found:
        window = ctx.text[lo:hi]
        dem = re.search(r"\b([A-Z][a-z]+)\s+(?:" + _CHAIR_WORD + r"|side\b)", window)
        if dem and dem.group(1) in ctx.gaz.country_by_demonym:
            return ctx.gaz.country_by_demonym[dem.group(1)], "country"
        return None
    pick = found[-1] if prefer_last else found[0]
    return pick.key, pick.kind


def _holder_in(ctx: _Context, s: int, match: re.Match[str], group: str, prefer_last: bool = False
               ) -> tuple[str, str] | None:
    """The holder named by one group of a match on the sentence starting at offset `s`."""
    return _holder_at(ctx, s + match.start(group), s + match.end(group), prefer_last)


def _as_a_state_to(ctx: _Context, giver: tuple[str, str] | None,
                   taker: tuple[str, str] | None) -> tuple[str, str] | None:
    """A national agency that hands a chair to a state hands it as its state (a chair passes from state to state)."""
    agency = ctx.agencies.get(giver[0]) if giver and giver[1] == "agency" and taker and taker[1] == "country" else None
    return (agency.country, "country") if agency is not None and agency.country else giver


def _international(ctx: _Context, key: str) -> bool:
    """Whether ``key`` names an agency of no state: an international body."""
    agency = ctx.agencies.get(key)
    return agency is not None and agency.country is None


def _holder_of_person(ctx: _Context, lo: int, hi: int) -> tuple[str, str] | None:
    """The agency (else the state) of the first person named between the offsets: a minister holds the chair
    for his ministry."""
    for person in _persons_in(ctx, lo, hi):
        fact = ctx.persons[person]
        if fact.agency:
            return fact.agency, "agency"
        if fact.country:
            return fact.country, "country"
    return None


_WHICH_LEADS = re.compile(_CHAIR_WORD + r"\s+of\s+(?P<holder>(?:the\s+)?[A-Z][^,;.]*?),\s+which\s+"
                          r"(?:leads|heads|chairs|presides\s+(?:over|in))\s+(?P<body>(?:the\s+)?[A-Z][^,;.]*?)"
                          r"(?=\s+(?:in|for|from|since|until|throughout|during)\b|[,.;]|$)")
_TAKEN_OVER_FROM = re.compile(
    r"(?P<b>[^,;]+?)\s+(?:(?P<took>has\s+taken|took|takes|has\s+assumed|assumed)\s+over\s+the\s+" + _CHAIR_WORD +
    r"\s+(?:of|in)\s+(?P<body>[^,;]+?)\s+(?:for\s+[^,;]+\s+)?|"  # (the last "from": "for the period from ... from A")
    r"(?:holds|is\s+holding|has\s+held|has\s+been\s+holding)\s+the\s+" + _CHAIR_WORD +
    r"\s+(?:of|in)\s+(?P<body2>[^,;]+?)(?:\s+(?:in|for)\s+(?:19|20)\d\d)?,\s+having\s+taken\s+it\s+over\s+)"
    r"from\s+(?P<a>[^,;]+?),\s+which\s+(?:chaired|presided\s+over|led|held)\s+(?:it|the\s+\w+)\b")
_WHEN_HANDED = re.compile(r",\s+when\s+it\s+will\s+(?:be\s+(?:handed\s+over|passed|transferred)|pass)\s+to\s+"
                          r"(?P<b>[^,;.]+)")
_TAKING_OVER_FROM = re.compile(r",\s+(?:taking|having\s+taken)\s+(?:it\s+)?over\s+from\s+(?P<a>[^,;.]+?)"
                               r"(?:,\s+(?:which|whose)\s+[^,;.]*)?(?=[,.;]|$)")
_TOOK_OVER_FROM_WHICH = re.compile(
    r"\s(?:took|takes|has\s+taken|have\s+taken)\s+over\s+the\s+(?:rotating\s+)?" + _CHAIR_WORD + r"\s+from\s+"
    r"(?P<a>[^,;]+?),\s+which\s+(?:had\s+|has\s+)?(?:chaired|presided\s+over|led|headed)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][^,;.]*?)(?=\s+(?:in|for|from|since|until|throughout|during)\b|[,.;]|$)")
_WHICH_CHAIRED = re.compile(r",\s+(?:which|who)\s+(?:has\s+|had\s+)?(?:chaired|held|headed|presided\s+over)\s+"
                            r"(?P<body>(?:the\s+)?[A-Z][^,]*?)(?=\s+(?:in|since|for|from|during|throughout)\b|,|$)")


def _body_at(ctx: _Context, lo: int, hi: int) -> str | None:
    found = sorted((m for m in ctx.mentions if m.kind == "agency" and lo <= m.start < hi and not m.nested),
                   key=lambda m: (m.start, -m.end))
    return found[0].key if found else None


# (not ", and will last until ...": the same term)
_NEW_CLAUSE = re.compile(r"[,;]\s+(?!and\s+(?:will\s+|would\s+)?(?:last|lasts|end|ends|continue|continues|run|runs)\b)"
                         r"(?:a|an|the|[A-Z])|"
                         # "A meeting ..., held as part of Russia's chairmanship in BRICS in 2024, ended today": the
                         # main clause's verb, whose day is the meeting's
                         r",\s+(?:ended|began|opened|closed|took\s+place|was\s+held|were\s+held|hosted|will\s+host)\b")


def _clause_end(text: str, start: int, at: int) -> int:
    """The offset where the clause going on at ``at`` (of ``text``, which starts at ``start``) ends: a
    chairmanship "within ..., a meeting took place on August 27-28" does not take the meeting's dates."""
    comma = _NEW_CLAUSE.search(text, at)
    return start + (comma.start() if comma else len(text))


def _period(ctx: _Context, sentence: Sentence, lo: int, hi: int) -> tuple[date | None, date | None]:
    window = ctx.text[lo:hi]
    if ctx.release.publication_date and _THIS_YEAR_FIRST.match(window):  # "Belarus, which presides over the CIS this
        # year, and ... the summit to be held in Minsk tomorrow": the year, not a day told after it
        return year_period(ctx.release.publication_date.year)
    ranges = [d for d in _sentence_dates(ctx, sentence, lo, hi) if d.is_precise]
    since = re.search(r"\bsince\b", window)
    until = re.search(r"\b(?:until|till|will end on|ends on|ended on|will hand)\b", window)  # ("will hand it over
    # to China on 4 July 2024": the end of the term begun before)
    if ranges:
        d = ranges[0]
        if d.end:
            return d.start, d.end
        if len(ranges) > 1 and until and ranges[0].finish <= lo + until.start() < ranges[1].begin:
            return d.start, ranges[1].start  # "which began on 1 January 2021 and will last until 30 June 2021"
        if until and not since and lo + until.start() < d.begin:  # "until 30 June 2024"
            published = ctx.release.publication_date
            if d.start and published and d.start < published and not d.explicit_year and \
                    re.search(r"\bwill\b", window[:d.begin - lo]):
                return None, _a_year_on(d.start) + timedelta(days=1)  # ("which will last until 31 December", told
                # on 15 January: the December to come)
            return None, d.start
        if _ONE_YEAR.search(window):  # "on January 1, 2024, for a period of one year"
            return d.start, _a_year_on(d.start)
        years = _N_YEARS.search(window)
        if years and d.start:  # "from 1 January 2019 for the next two years"
            return d.start, _a_year_on(d.start, _COUNTS[years[1]])
        year_end = _UNTIL_THE_END_OF.search(window)
        if year_end and d.start:  # "has chaired it since 1 January 2009 and will do so until the end of 2010"
            return d.start, date(int(year_end[1]), 12, 31)
        if d.start and _UNTIL_YEAR_END.search(window, d.finish - lo):
            return d.start, date(d.start.year, 12, 31)  # "which began on 1 January 2024 and will last until the
            # end of the year"
        half = _HALF_YEAR.search(window)
        if half and half[1] == "second" and d.start and d.start.month == 7:  # "on July 1 for the second half"
            return d.start, date(d.start.year, 12, 31)
        return d.start, None
    years = _YEAR_SPAN.search(window)  # "in 2024-2025", "for the period 2023–2024"
    if years and (not years[5] or int(years[6]) == int(years[5]) + 1):
        first, last = (years[1], years[2]) if years[1] else (years[3], years[4]) if years[3] else (years[5], years[6])
        return year_period(int(first))[0], year_period(int(last))[1]
    year_end = _UNTIL_THE_END_OF.search(window)
    if year_end:  # "will chair the Council until the end of 2019"
        return None, year_period(int(year_end.group(1)))[1]
    if ctx.release.publication_date and _UNTIL_YEAR_END.search(window):  # "until the end of the year": the release's
        return None, date(ctx.release.publication_date.year, 12, 31)
    year = re.search(r"\b(?:[Ff]or|[Ii]n|[Tt]hroughout|[Dd]uring|the\s+whole\s+of)\s+(?:the\s+year\s+)?"
                     r"((?:19|20)\d\d)\b", window)
    if year:
        return year_period(int(year.group(1)))
    half = _HALF_YEAR.search(window)  # "in the first half of 2011", "for the second half of the year"
    if half:
        year_of = int(half[2]) if half[2] else ctx.release.publication_date.year if ctx.release.publication_date \
            else None
        if year_of:
            return (date(year_of, 1, 1), date(year_of, 6, 30)) if half[1] == "first" else (
                date(year_of, 7, 1), date(year_of, 12, 31))
    if _THIS_YEAR.search(window):  # "which holds the chairmanship of ASEAN this year": the release's year, or
        # with no date line, the year of the sentence's event ("From 3 to 5 June 2019, ... this year")
        published = ctx.release.publication_date
        dated = [d.start.year for d in _sentence_dates(ctx, sentence) if d.explicit_year and d.start]
        said = _IN_A_YEAR.search(sentence.text)  # "In 2025, the Council is chaired ... this year"
        year = published.year if published else dated[0] if dated else int(said[1]) if said else None
        if year:
            return year_period(year)
    relative = _RELATIVE_YEAR.search(window)
    if relative and ctx.release.publication_date:  # "Last year, the chairmanship was held by ..."
        step = -1 if relative[1].lower() in ("last", "previous") else 1
        return year_period(ctx.release.publication_date.year + step)
    return None, None


_UNTIL_THE_END_OF = re.compile(r"\buntil\s+the\s+end\s+of\s+((?:19|20)\d\d)\b")
_UNTIL_YEAR_END = re.compile(r"\buntil\s+the\s+end\s+of\s+(?:the|this|the\s+current)\s+year\b")
_HALF_YEAR = re.compile(r"\b(first|second)\s+half\s+of\s+(?:((?:19|20)\d\d)|(?:the|this)\s+year)\b")
_IN_A_YEAR = re.compile(r"^\s*(?:In|For)\s+((?:19|20)\d\d)\b")
_RELATIVE_YEAR = re.compile(r"\b(?:[Tt]he\s+)?([Ll]ast|[Nn]ext|[Pp]revious|[Ff]ollowing|[Cc]oming)\s+year\b")


_ONE_YEAR = re.compile(r"\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?(?:one|a)\s+year\b")


_N_YEARS = re.compile(r"\bfor\s+(?:the\s+(?:next|following|coming)\s+|a\s+(?:period|term)\s+of\s+)?"
                      r"(two|three|four|2|3|4)\s+years\b")


def _day_to_come(ctx: _Context, mention: DateMention) -> date | None:
    """The day of a hand-over to come: "the chairmanship will pass to Kyrgyzstan on 1 September", in a February
    release, is the September after it, whatever year the sentence before named."""
    day, published = mention.start, ctx.release.publication_date
    if day is None or mention.explicit_year or published is None or day >= published:
        return day
    try:
        return day.replace(year=published.year + (day.replace(year=published.year) < published))
    except ValueError:  # February 29
        return day


def _a_year_on(start: date, years: int = 1) -> date:
    """The last day of a term of ``years`` years that starts on ``start``."""
    try:
        return start.replace(year=start.year + years) - timedelta(days=1)
    except ValueError:  # February 29
        return date(start.year + years, 2, 28)


_THIS_YEAR = re.compile(r"\b(?:this|the current) year\b")
_THIS_YEAR_FIRST = re.compile(r"\s+(?:in\s+|during\s+|throughout\s+)?(?:this|the current) year\b")


# ("for a two-year term, 2020-2021")
_YEAR_SPAN = re.compile(r"\b(?:[Ff]or|[Ii]n|[Tt]hroughout|[Dd]uring)\s+"
                        r"(?:the\s+period\s+(?:of\s+)?|a\s+two-year\s+term,?\s+)?"
                        r"((?:19|20)\d\d)\s*[-\u2010-\u2015]\s*"
                        r"((?:19|20)\d\d)\b|"
                        r"\b[Ff]rom\s+((?:19|20)\d\d)\s+(?:to|till|until|through)\s+((?:19|20)\d\d)\b|"
                        # "in 2020 and 2021", "For the following two years, 2020 and 2021, ..." (two years in a row)
                        r"\b(?:[Ff]or|[Ii]n|[Tt]hroughout|[Dd]uring)\s+(?:the\s+(?:following|next|coming)\s+two\s+"
                        r"years,\s+)?((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b")


_UNDER_A_CHAIR = re.compile(r"\bunder\s+the\s+(?P<dem>[A-Z][a-z]+)\s+" + _CHAIR_WORD + r"\b(?!\s+(?:of|in)\b)")
_DEMONYM_CHAIR_OF = re.compile(r"\b(?P<dem>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+" + _CHAIR_WORD +
                               r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;.]*?|" + _GENERIC_BODY + r")"
                               r"(?=\s+(?:in|for|from|since|until|is|was|will)\b|[,.;]|$)")
# "the Russian chairmanship in BRICS", "the chairmanship of the Republic of India in the SCO", "... in the association"
_CHAIR_IN = re.compile(r"\b(?:(?:the\s+)?(?P<dem>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+)?" + _CHAIR_WORD +
                       r"(?:\s+of\s+(?P<holder>(?:the\s+)?[A-Z][^,;.]*?))?\s+in\s+(?:the\s+)?"
                       r"(?:bodies\s+of\s+(?:the\s+)?)?(?P<body>[A-Z][^,;.]*|" + _GENERIC_BODY + r"\b)")
_WHICH_BEGAN = re.compile(r",?\s+which\s+(?:(?:the\s+)?[A-Z][\w ]{0,50}?\s+)?(?:began|started|assumed|took\s+over|"
                          r"exercises|holds|(?:will\s+be|is|was)\s+exercised|will\s+exercise|runs|covers|lasts|"
                          r"(?:has\s+)?ended|will\s+end|ends)\b(?:[^,;.]|,\s*(?=\d))*")
_AND_IN_A_YEAR_WILL_CHAIR = re.compile(r",?\s+and\s+in\s+((?:19|20)\d\d)\s+(?P<h>(?:the\s+)?[A-Z][^,;.]*?)\s+will\s+"
                                       r"(?:chair|preside\s+over|head)\s+(?:it|the\s+[A-Z])")
# ("The Russian Federation took over the Presidency from the Federal Republic of Germany on 1 July": its end)
_TOOK_THE_CHAIR_ON = re.compile(r"(?P<holder>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*)\s+"
                                r"(?:took\s+over|assumed)\s+"
                                r"the\s+(?:rotating\s+)?" + _CHAIR_WORD + r"\s+(?:from\s+(?P<giver>(?:the\s+)?"
                                r"[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*)\s+)?on\s+")
_AND_HOLD_IT_UNTIL = re.compile(r",?\s+and\s+(?:will\s+)?(?:hold|keep|chair)\s+it\s+until\s+")
# "under the chairmanship of Kazakhstan, which holds the rotating chairmanship for 2022-2023": of the body spoken of
_WHICH_HOLDS_THE_CHAIR = re.compile(r",\s+which\s+(?:holds|held|has\s+held|will\s+hold|is\s+holding)\s+the\s+"
                                    r"(?:rotating\s+)?" + _CHAIR_WORD + r"(?=\s+(?:for|in|from|since|until)\s+"
                                    r"(?:the\s+(?:year\s+)?)?(?:\d|[A-Z][a-z]+\s+\d))")
_CHAIR_BELONGS = re.compile(_CHAIR_WORD + r"\s+(?:of|in)\s+(?P<body>(?:the\s+)?[A-Z][^,;.:]*?)\s+(?:belongs|belonged|"
                            r"will\s+belong)\s+to\s+(?P<holder>(?:the\s+)?[A-Z][^,;.]*?)"
                            r"(?=\s+(?:in|from|until|for|since)\b|[,.;]|$)")
_BODY_IS_CO_CHAIRED = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?P<body>(?:[A-Z][\w-]*\s+){0,6}?(?:Working\s+Group|Group|"
                                 r"Commission|Council|Committee|Sub-?[Cc]ommission)|[Ww]orking\s+[Gg]roup)\s+"
                                 r"(?:is|has\s+been)\s+co-chaired\s+by\b")
_WHICH_CLAUSE = re.compile(r",\s+which\s+[^.;]*")
_WHICH_LEADS_IT = re.compile(r",\s+which\s+(?:will\s+)?(?:lead|chair|preside|hold|head)s?\b[^.;]*")
_BARE_CHAIR_PASSES = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:rotating\s+)?(?:" + _CHAIR_WORD + r"|chair)(?:\s+for\s+(?:19|20)\d\d)?\s+"
    r"(?:(?:" + _PASSED + r"|went|will\s+be\s+(?:passed|handed\s+over|transferred)|will\s+rotate|rotated)\s+to|"
    r"(?:will\s+be|would\s+be|was|has\s+been)\s+(?:assumed|taken\s+over)\s+by)\s+(?P<b>.+?)(?:[.,;]|$)|"
    r"\bit\s+(?:will\s+be|would\s+be|was)\s+(?:assumed|taken\s+over)\s+by\s+(?P<b2>.+?)(?:[.,;]|$)")
# "The Russian Chairmanship will end on ...", "the Kyrgyz chairmanship, which began in June 2018, will end on ..."
_WHOSE_CHAIR_ENDS = re.compile(r"(?P<holder>[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*),\s+whose\s+"
                               + _CHAIR_WORD + r"\s+(?:in|of)\s+(?P<body>(?:the\s+)?[A-Z][^,;.]*?)\s+"
                               r"(?:ends|will\s+end|expires|will\s+expire)\b")
_CHAIR_ENDS = re.compile(r"\b(?P<dem>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)(?P<of>['\u2019]s)?\s+" + _CHAIR_WORD +
                         r"(?:\s+(?:in|of)\s+(?:the\s+)?[A-Z][^,;.]*?)?"
                         r"(?:,\s+which\s+[^,;.]*,)?"
                         r"\s+(?P<verb>will end|ends|ended|will begin|began|starts|started|"
                         r"(?:will\s+last|lasts|lasted|will\s+continue|continues)\s+until)\b")
_AT_THE_END_OF_YEAR = re.compile(r"\bat\s+the\s+end\s+of\s+(?:((?:19|20)\d\d)|(?:this|the\s+current)\s+year|"
                                 r"(?P<that>that|the\s+same)\s+year)\b")
_CHAIR_COVERS = re.compile(r"\b[Tt]he\s+(?P<dem>[A-Z][a-z]+)\s+" + _CHAIR_WORD + r"\s+(?:will\s+cover|covers|covered|"
                           r"will\s+span|spans|spanned)\s+(?:the\s+years\s+)?(?P<first>(?:19|20)\d\d)\b"
                           r"(?:\s*(?:and|to|[-\u2010-\u2015])\s*(?P<last>(?:19|20)\d\d)\b)?")
_CHAIR_WILL_BE_S = re.compile(r"\b(?:[Tt]he\s+)?(?:next\s+|new\s+)?(?:rotating\s+)?" + _CHAIR_WORD +
                              r"(?:\s+(?:of|in)\s+(?P<body>(?:the\s+)?[A-Z][^,;.:]*?))?"
                              r"\s+(?:will\s+be|is|was|would\s+be)\s+"
                              r"(?P<holder>(?:the\s+)?[A-Z][\w ]*?)['\u2019]s\b")
_WHOSE_BODY = re.compile(r",\s+whose\s+(?:[Mm]inistry|[Ss]ervice|[Aa]gency|[Dd]epartment|[Oo]ffice|[Pp]olice)$")
_HAVING_TAKEN_OVER = re.compile(r",\s+having\s+taken\s+(?:it\s+|the\s+\w+\s+)?over\s+from\s+(?P<a>[^,;]+?)"
                                r"(?:,\s+which\s+(?:had\s+|has\s+)?(?:chaired|presided\s+over|held)\b[^;]*?)?,\s*$")
# ("the Council entrusted its chairmanship until the end of the year to the MIA of Belarus": the body the subject is)
_SUBJECT_BODY = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*\s+$")
_ENTRUSTED = re.compile(r"\b(?:entrust|entrusted|entrusting)\s+(?:the\s+|its\s+)?(?:rotating\s+)?" + _CHAIR_WORD +
                        r"(?:\s+(?:of|in)\s+(?P<body>[^,;.]+?))?(?:\s+(?:for|until)\s+[^,;.]+?)?\s+to\s+(?P<b>[^,;.]+)")
_IT_WILL_TAKE_IT_OVER = re.compile(r"\s*(?:It|The\s+[A-Z][a-z]+\s+(?:ministry|side|police|service|agency))\s+will\s+"
                                   r"(?:take\s+over|assume|hold|exercise)\s+(?:the|its|this)\s+" + _CHAIR_WORD)
_CURRENTLY_CHAIRED_BY = re.compile(r",\s+(?:currently|presently)\s+(?:chaired|presided\s+over)\s+by\s+(?P<a>[^,;.]+)")
_HELD_BEFORE_BY = re.compile(r"\s*(?:Before\s+that|Previously|Until\s+then|Prior\s+to\s+that),?\s+(?:the\s+)?"
                             + _CHAIR_WORD + r"\s+(?:had\s+been|was)\s+(?:held|exercised)\s+by\s+(?P<a>[^,;.]+)")
_EXERCISED_BY = re.compile(r"\b(?:exercised|held|chaired)(?:\s+(?:during|in|throughout)\s+[^,;]{0,30}?)?\s+by\s+"
                           r"(?P<a>[^,;]+)")
_CHAIR_CUES = ("Chair", "chair", "Presid", "presid", "Elected", "elected")  # a sentence without them is skipped
_BODY_ENDS = r"(?=\s+(?:in|for|from|since|until|during|throughout)\s|[,.;]|$)"  # a period may follow
_CHAIR_POST = r"(?:the\s+)?(?:new\s+)?(?:[Cc]hairman|[Cc]hair|[Cc]hairperson|[Pp]resident)\s+of"
# "X was elected Chairman of the Council", "the MIA of Kazakhstan was elected to chair the Council in 2018"; "the
# Conference elected X, Deputy Director of Y, as Chairman of the Committee"
_ELECTED = re.compile(r"(?P<who>.+?)\s+(?:was|has been|is)\s+(?:unanimously\s+)?elected\s+(?:(?:as\s+)?" + _CHAIR_POST +
                      r"|to\s+(?:chair|head|lead))\s+(?P<body>(?:the\s+)?(?:[A-Z][^,;.]*?|" + _GENERIC_BODY + r"))" +
                      _BODY_ENDS + "|"
                      # ("elected the representative of the Hellenic Police as Chair of the Committee")
                      r"\belected\s+(?P<who2>(?:the\s+)?[A-Z][^;]*?|the\s+representative\s+of\s+[^;]*?)\s+"
                      r"(?:as\s+" + _CHAIR_POST + r"|to\s+chair)"
                      r"\s+(?P<body2>(?:the\s+)?[A-Z][^,;.]*?)" + _BODY_ENDS + "|"
                      # ("The Working Group then elected the Main Directorate ... as its chair for a two-year term")
                      r"(?P<body3>\b[Tt]he\s+[A-Z][^,;.]*?)\s+(?:then\s+|also\s+|unanimously\s+)?elected\s+"
                      r"(?P<who3>(?:the\s+)?[A-Z][^,;.]*?)\s+as\s+its\s+(?:chair|chairman|chairperson|president)\b")


_AT_THE_END = re.compile(r"\b[Aa]t the (?:end|close|conclusion|closing) of\b|\b[Oo]n the (?:closing|final|last) day\b|"
                         r"\b[Aa]t the (?:closing|final|concluding) (?:session|meeting|sitting|plenary|ceremony)\b|"
                         r"\b(?:[Ff]ollowing|[Aa]fter) the (?:meeting|session|talks|event)\b")


_A_STATE_SIDE = re.compile(r"\b([A-Z][a-z]+)\s+side\b")


def _state_of_side(ctx: _Context, words: str) -> str | None:
    """The state of "the Armenian side" named in the words, if any."""
    side = _A_STATE_SIDE.search(words)
    return ctx.gaz.country_by_demonym.get(side[1]) if side else None


def _state_of_demonym(ctx: _Context, words: str) -> str | None:
    """The state of "South African" or, of "During Kazakh", of its last word."""
    by_demonym = ctx.gaz.country_by_demonym
    return by_demonym.get(words) or by_demonym.get(words.rsplit(None, 1)[-1])


def _meeting_day(meetings: list[Meeting], sentence: str, s: int, e: int, last: bool = False) -> date | None:
    """The day of the meeting a sentence at ``s:e`` reports about: its last day "at the end of the meeting" (or
    when ``last``: a chair is elected as a session closes)."""
    for meeting in meetings:
        if any(ev.start <= s < ev.end or s <= ev.start < e for ev in meeting.evidence):
            return (meeting.end or meeting.start) if last or _AT_THE_END.search(sentence) else meeting.start
    return None


_GOES_TO = (r"(?:" + _PASSED + r"|went|will\s+be\s+(?:passed|handed\s+over|transferred)|will\s+go)\s+to\s+"
            r"(?P<b>.+?)(?:[.,;]|$)")
_FROM_A_GIVER = re.compile(r"\s+from\s+(?P<a>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*)")
_BODY_CHAIR_GOES_TO = re.compile(_BODY_BEFORE + _CHAIR_WORD + r"\s+" + _GOES_TO)
_BODY_CHAIR_OF_HOLDER = re.compile(_BODY_BEFORE + _CHAIR_WORD + r"\s+of\s+(?P<holder>(?:the\s+)?[A-Z][^,;.]*?)"
                                   r"(?=\s+(?:in|for|from|since|until|during)\b|[.;,]|$)")
_HANDED_TO = re.compile(_CHAIR_WORD + r"\b[^.;]*?\b(?:handed\s+over|passed|transferred)\s+to\b")
_AFTER_WHICH = re.compile(r",\s+(?:after\s+which,?\s+|(?:as|and\s+that)\s+(?=[^,;.]*\b(?:chair|presid|taken\s+over)))")


# "...; its chairmanship will end on December 31, 2020", "...; the Russian chairmanship will last until ...": the
# term of the clause before goes on
_THE_SAME_TERM = re.compile(r"\s*(?:its|their|the\s+[A-Z][a-z]+\s+(?:chairmanship|presidency|chair))\b")


_A_CHAIR_WORD = re.compile(r"\b" + _CHAIR_WORD + r"\b")
# (not ", and will last until ...": the same term goes on)
_AND_ALSO_A_CHAIR = re.compile(r",\s+and\s+(?!(?:will|would|shall|has|have|had|is|was|lasts?|ends?|continues?|"
                               r"runs?)\b)")


def _two_clauses(sentence: Sentence, first_end: int, second_start: int) -> tuple[Sentence, Sentence]:
    """The sentence cut in two where a separator (offsets in its text) stands between the clauses."""
    text = sentence.text
    return (Sentence(sentence.index, sentence.start, sentence.start + first_end, text[:first_end], sentence.paragraph),
            Sentence(sentence.index, sentence.start + second_start, sentence.end, text[second_start:],
                     sentence.paragraph))


def _chair_clauses(sentences: list[Sentence]) -> Iterator[Sentence]:
    """The sentences that speak of a chair (a sentence without a cue word is skipped), those with ", after
    which," as two: "A's chairmanship ... will last until December 31, 2024, after which, from January 1, 2025,
    the chairmanship will pass to B" states two terms, each in its clause (also "..., and that on 1 July it will
    be taken over by B", whose clause has no cue word of its own)."""
    for sentence in sentences:
        text = sentence.text
        if not any(word in text for word in _CHAIR_CUES):
            continue
        semicolon = text.find(";")
        if semicolon > 0 and any(word in text[:semicolon] for word in _CHAIR_CUES) \
                and any(word in text[semicolon:] for word in _CHAIR_CUES) \
                and not _THE_SAME_TERM.match(text, semicolon + 1):
            # "... the chairmanship of Kazakhstan in the CSTO in 2024; the Republic of Belarus chaired the
            # Organization last year": two terms, each in its clause (not "; its chairmanship will end on ...")
            yield from _two_clauses(sentence, semicolon, semicolon + 1)
            continue
        also = _AND_ALSO_A_CHAIR.search(text) if ", and " in text else None
        comma = text.find(",", also.end()) if also else -1  # (its chair word in its first clause)
        if also and _A_CHAIR_WORD.search(text, 0, also.start()) and _A_CHAIR_WORD.search(
                text, also.end(), comma if comma > 0 else len(text)):
            # "... congratulated him on Kazakhstan's chairmanship of the SCO, which began on 4 July 2023, and informed
            # him about the events of Russia's chairmanship of BRICS in 2024": a second term in a clause of its own
            yield from _two_clauses(sentence, also.start(), also.end())
            continue
        cut = _AFTER_WHICH.search(text) if "after which" in text or " as " in text or "and that" in text else None
        if cut is None or not _DIGIT.search(text, cut.end()):  # (without a day of its own, the clause after
            # takes the day before it: "will be completed on 24 June, after which the presidency will pass to X")
            yield sentence
            continue
        yield from _two_clauses(sentence, cut.start(), cut.end())


_A_GENERIC_BODY = re.compile(r"(?:the\s+)?" + _GENERIC_BODY)


_AN_EVENT_WORD = re.compile(r"\b(?:meeting|session|sitting|conference|talks|event|forum)s?\b", re.I)


def _body_ending_at(ctx: _Context, end: int) -> str | None:
    """The international body whose whole name ends at ``end`` ("the Council of ... States, currently chaired by")."""
    named = [m for m in ctx.mentions if m.kind == "agency" and m.end == end and _international(ctx, m.key)]
    return min(named, key=lambda m: m.start).key if named else None


def _body_named_before(ctx: _Context, lo: int, hi: int) -> str | None:
    """The last international body named between the offsets: what "it" in "will chair it" stands for."""
    named = [m for m in ctx.mentions if m.kind == "agency" and lo <= m.start < hi and not m.nested
             and _international(ctx, m.key)]
    # (the Council, not the CIS inside its name: "the Council of Heads of Migration Authorities of the CIS ...")
    whole = [m for m in named if not any(o.start <= m.start and m.end <= o.end and o is not m for o in named)]
    return max(whole, key=lambda m: m.start).key if whole else None


def _chaired_body(ctx: _Context, m: re.Match[str], s: int) -> str | None:
    """The body a chair phrase's ``body`` group names (``s``: where its sentence starts): an agency named there, else
    the one its head refers to; a generic "the association" is the one named just before it."""
    lo = s + m.start("body")
    return _body_at(ctx, lo, s + m.end("body")) or _head_body(
        ctx, m.group("body"), lo if _A_GENERIC_BODY.fullmatch(m.group("body")) else s)


def _extract_chairmanships(ctx: _Context, meetings: list[Meeting]) -> list[Chairmanship]:
    out: list[Chairmanship] = []

    def add(holder: tuple[str, str] | None, body: str | None, start: date | None, end: date | None,
            span: Span) -> None:
        if holder is None or body is None or holder[0] == body:
            return
        for c in out:
            if c.holder == holder[0] and c.body == body:
                c.start = c.start or start
                c.end = c.end or end
                c.evidence.append(span)
                return
        out.append(Chairmanship(holder[0], holder[1], body, start, end, [span]))  # type: ignore[arg-type]

    def body_spoken_of(before: int) -> str | None:
        """The body of the last chair told, else the last body named before ``before``."""
        return out[-1].body if out else _body_named_before(ctx, 0, before)

    def ends_or_begins(sentence: Sentence, m: re.Match[str]) -> None:
        """"The Russian Chairmanship will end on December 31, 2016": of a holder named before."""
        # ("Russia's chairmanship will end on December 31, 2024": a state's name)
        holder_key = ctx.gaz.country(m.group("dem")) if m.group("of") else _state_of_demonym(ctx, m.group("dem"))
        if holder_key is None:
            return
        dates = [d for d in _sentence_dates(ctx, sentence, sentence.start + m.end("verb")) if d.is_precise] or \
            [d for d in _sentence_dates(ctx, sentence) if d.is_precise]
        here = Span(sentence.start, sentence.end)
        body = body_spoken_of(sentence.start)
        # ("will end on 1 September", in a February release: the September to come)
        day = (_day_to_come(ctx, dates[0]) if "will" in m.group("verb") else dates[0].start) if dates else None
        if dates and body and not any(c.holder == holder_key for c in out) and "until" not in m.group("verb"):
            # of a chair not told before: "... elected Kazakhstan to chair the Council in 2025-2026. Russia's
            # chairmanship will end on December 31, 2024."
            ending = "end" in m.group("verb")
            add((holder_key, "country"), body, None if ending else day, day if ending else None, here)
            return
        for c in list(out):
            if c.holder == holder_key and dates:
                if "end" in m.group("verb") or "until" in m.group("verb"):  # "will last until 30 June"
                    c.end = c.end or day
                    # "..., when it will be handed over to the Republic of India": India's from then
                    then = _WHEN_HANDED.search(sentence.text, m.end())
                    if then:
                        lo = sentence.start + then.start("b")
                        add(_holder_at(ctx, lo, lo + len(then.group("b"))), c.body, day, None, here)
                else:
                    c.start = c.start or day
                if here not in c.evidence:
                    c.evidence.append(here)

    for sentence in _chair_clauses(ctx.sentences):
        s, e = sentence.start, sentence.end
        st = sentence.text
        span = Span(s, e)
        m = _TOOK_THE_CHAIR_ON.search(st) if " on " in st else None
        if m and (body := body_spoken_of(s)):
            # "Kyrgyzstan took over the chairmanship on June 10, 2018, and will pass it ...": of the body the
            # release spoke of, from that day
            holder = _holder_in(ctx, s, m, "holder", prefer_last=True)
            days = [d for d in _sentence_dates(ctx, sentence, s + m.end(), s + m.end() + 30) if d.is_precise]
            if holder and days:
                add(holder, body, days[0].start, None, span)
                if m.group("giver"):
                    add(_holder_in(ctx, s, m, "giver"), body, None, days[0].start, span)
        m = _WHICH_HOLDS_THE_CHAIR.search(st) if "which" in st else None
        if m and (body := body_spoken_of(s + m.start())):
            holder = _holder_at(ctx, s + max(0, m.start() - 80), s + m.start(), prefer_last=True)
            term = _period(ctx, sentence, s + m.end(), e)
            if holder and (term[0] or term[1]):
                add(holder, body, *term, span)
        m = _CURRENTLY_CHAIRED_BY.search(st) if "ly chaired by" in st or "ly presided" in st else None
        body = _body_ending_at(ctx, s + m.start()) if m else None
        if m and body:  # "the Council of Ministers ..., currently chaired by the Ministry of X": no term said
            add(_holder_in(ctx, s, m, "a"), body, None, None, span)
        m = _HELD_BEFORE_BY.match(st) if out and " by " in st else None
        if m:  # "Before that, the chairmanship had been held by the Republic of Armenia": until the chair just told
            add(_holder_in(ctx, s, m, "a"), out[-1].body, None, out[-1].start, span)
            continue
        m = _CHAIR_BELONGS.search(st) if "belong" in st else None
        if m:  # "in 2024 the chairmanship of the Council belongs to the Republic of Tajikistan"
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(ctx, m.group("body"), s)
            lo = s + st.rfind(":", 0, m.start()) + 1
            add(_holder_in(ctx, s, m, "holder"), body, *_period(ctx, sentence, lo, e),
                span)
            continue
        m = _BODY_IS_CO_CHAIRED.search(st) if "co-chaired" in st else None
        if m:  # "The Working Group is co-chaired by the Deputy Minister ... X and the Vice Minister ... Y": their
            # agencies chair it (not "The meeting was co-chaired by ...": one meeting)
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _body_named_before(
                ctx, 0, s + m.end("body"))
            lo = s + m.end()
            persons = _persons_in(ctx, lo, e)
            holders = [_holder_of_person(ctx, ctx.text.find(ctx.persons[p].name, lo), e) for p in persons[:2]] \
                if len(persons) >= 2 else [(a.key, "agency") for a in ctx.mentions if a.kind == "agency"
                                           and lo <= a.start < e and not a.nested][:2]
            for holder in holders:
                add(holder, body, None, None, span)
            if len(holders) == 2:
                continue
        ends = _CHAIR_ENDS.search(st)
        if ends:  # of a holder an earlier sentence named (the rules below may stop at this one) ...
            ends_or_begins(sentence, ends)
        m = _WHOSE_CHAIR_ENDS.search(st) if "whose" in st else None
        if m:  # "organized by Armenia, whose chairmanship in the CSTO ends in December": Armenia's, until the day
            # told (a month alone gives none)
            body = _chaired_body(ctx, m, s)
            days = [d for d in _sentence_dates(ctx, sentence, s + m.end(), e) if d.is_precise and not d.end]
            add(_holder_at(ctx, s, s + m.end("holder"), prefer_last=True), body, None,
                days[0].start if days else None, span)
        # "<person> was elected chairman of <body>": the chair is held for the person's state
        m = _ELECTED.search(st) if "elected" in st else None
        if m and _HANDED_TO.search(m.group("who") or ""):
            m = None  # "the chairmanship ... was handed over to the MIA of Moldova, and its Minister X was elected
            # Chairman of the Council": the hand-over tells the chair, with whom it passed from
        if m:
            named, who_is = ("body", "who") if m.group("body") else ("body2", "who2") if m.group("body2") else \
                ("body3", "who3")
            body = _body_at(ctx, s + m.start(named), s + m.end(named)) or _head_body(
                ctx, m.group(named), s + m.start(named) if _A_GENERIC_BODY.fullmatch(m.group(named)) else s)
            who = _persons_in(ctx, s + m.start(who_is), s + m.end(who_is))
            holder = None
            if who and who_is == "who2" and ctx.persons[who[-1]].agency:
                holder = (ctx.persons[who[-1]].agency, "agency")  # "elected X, Deputy Director of Y, as Chairman"
            elif who and ctx.persons[who[-1]].country:
                holder = (ctx.persons[who[-1]].country, "country")
            elif who and ctx.persons[who[-1]].agency:
                holder = (ctx.persons[who[-1]].agency, "agency")
            else:
                holder = _holder_in(ctx, s, m, who_is, prefer_last=True)
            # the term the sentence states after the body ("to chair the Council in 2018"), else from the day of
            # the meeting that elected
            before = _TAKING_OVER_FROM.search(st, m.end(named))
            start, end = _period(ctx, sentence, s + m.end("who3" if named == "body3" else named),
                                 s + before.start() if before else e)
            start = start or _meeting_day(meetings, st, s, e, last=True)
            add(holder, body, start, end, span)
            if before:  # "..., taking over from Singapore": until then
                add(_holder_in(ctx, s, before, "a"), body, None, start, span)
            continue
        # "B has taken over the chairmanship of the Task Force for 2020-2021 from A, which chaired it in
        # 2018-2019", "B holds the chairmanship of BRICS, having taken it over from A, which chaired ... in 2023"
        m = _TAKEN_OVER_FROM.search(st) if " from " in st and " over " in st else None
        if m:
            named = "body" if m.group("took") else "body2"
            body = _body_at(ctx, s + m.start(named), s + m.end(named)) or _head_body(ctx, m.group(named), s)
            taker_end = m.start("a") if m.group("took") else m.end(named)
            add(_holder_in(ctx, s, m, "b", prefer_last=True), body,
                *_period(ctx, sentence, s, s + taker_end), span)
            add(_holder_in(ctx, s, m, "a"), body,
                *_period(ctx, sentence, s + m.end("a"), _clause_end(st, s, m.end("a") + 1)), span)
            continue
        # "B took over the chairmanship from A, which presided over the Council in 2025": A's term, and B holds it
        m = _TOOK_OVER_FROM_WHICH.search(st) if " from " in st and " over " in st else None
        if m:
            body = _chaired_body(ctx, m, s)
            add(_holder_at(ctx, s, s + m.start(), prefer_last=True), body, None, None, span)
            add(_holder_in(ctx, s, m, "a"), body,
                *_period(ctx, sentence, s + m.end("body"), _clause_end(st, s, m.end("body"))), span)
            continue
        # "the chairmanship of the Council passed from A to B", "the SCO chairmanship passed from A to B"
        m = re.search(_CHAIR_WORD + r"\s+(?:of|in)\s+(?P<body>.+?)\s+" + _PASSED + r"\s+"
                      r"from\s+(?P<a>.+?)\s+to\s+(?P<b>.+?)(?:[.,;]|$)", st) or \
            re.search(_BODY_BEFORE + _CHAIR_WORD + r"\s+" + _PASSED + r"\s+from\s+(?P<a>.+?)\s+to\s+(?P<b>.+?)"
                      r"(?:[.,;]|$)", st)
        if m:
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(ctx, m.group("body"), s)
            # the day the sentence says ("On 15 September, the chairmanship passed ..."), else its meeting's
            days = [d.start for d in _sentence_dates(ctx, sentence, s, s + m.start()) if d.is_precise and not d.end]
            # (or the term the sentence gives the new holder: "... to Brazil from January 1, 2013, to December 31")
            after = _period(ctx, sentence, s + m.start("b"), e) if _FROM_A_DAY.search(st, m.start("b")) \
                else (None, None)
            when = days[-1] if days else after[0] or _meeting_day(meetings, st, s, e)
            if when is None:
                dates = [d for d in _sentence_dates(ctx, sentence) if d.is_precise]
                when = dates[0].start if dates else None
            add(_holder_in(ctx, s, m, "a"), body, None, when, span)
            # "... to B, which will lead the Community in 2016-2017": B's term ends with the clause's
            which = _WHICH_LEADS_IT.match(st, m.end("b"))
            term = _period(ctx, sentence, s + which.start(), s + which.end()) if which else (None, None)
            years = _N_YEARS.search(st, m.start("b"))  # ("... to Lithuania for the next two years")
            add(_holder_in(ctx, s, m, "b"), body, when or term[0],
                term[1] or (after[1] if after[0] == when else None) or (
                    _a_year_on(when, _COUNTS[years[1]]) if years and when else None), span)
            continue
        # "the ministers decided to entrust the chairmanship in the Council for 2017 to the MIA of Russia"
        m = _ENTRUSTED.search(st) if "ntrust" in st else None
        # ("the members of the Coordinating Council entrusted the chairmanship to X": the Council's)
        subject = _SUBJECT_BODY.search(st, 0, m.start()) if m and not m.group("body") else None
        if m and (m.group("body") or " its " in m.group(0) or subject):
            body = (_body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(ctx, m.group("body"), s)) \
                if m.group("body") else _head_body(ctx, subject[0], s) if subject else None
            start, end = _period(ctx, sentence, s + (m.start("body") if m.group("body") else m.start()), e)
            after = ctx.sentences[sentence.index + 1] if sentence.index + 1 < len(ctx.sentences) else None
            if start is None and end is None and after and _IT_WILL_TAKE_IT_OVER.match(after.text):
                start, end = _period(ctx, after, after.start, after.end)  # "It will take over the chairmanship on
                # 1 January 2023 for two years": the term of the one just entrusted with it
            add(_holder_in(ctx, s, m, "b") or _holder_of_person(ctx, s + m.start("b"), e),
                body, start or _meeting_day(meetings, st, s, e), end, span)
            continue
        # "Hungary handed over the presidency of the Working Group to Austria"
        # "on July 1, Portugal will hand over the chairmanship of the European Committee to Serbia"
        m = re.search(r"(?P<a>.*?)\s+(?:handed over|hands over|will hand over|passed|transferred)\s+(?:the\s+)?" +
                      _CHAIR_WORD + r"\s+(?:of|in)\s+(?P<body>.+?)\s+to\s+(?P<b>.+?)(?:[.,;]|$)", st)
        if m:
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(ctx, m.group("body"), s)
            # "... to B, which will chair it until December 31, 2020": B's term ends then; the hand-over is on
            # the day told before it, else its meeting's
            which = _WHICH_LEADS_IT.match(st, m.end("b"))
            dates = [d for d in _sentence_dates(ctx, sentence, s, s + which.start() if which else e) if d.is_precise]
            when = dates[0].start if dates else _meeting_day(meetings, st, s, e)
            term = _period(ctx, sentence, s + which.start(), s + which.end()) if which else (None, None)
            # (or "Hamdan Jaafar handed over the chairmanship", named before with his agency)
            giver = _holder_in(ctx, s, m, "a", prefer_last=True) or _holder_of_person(
                ctx, s + m.start("a"), s + m.end("a"))
            taker = _holder_in(ctx, s, m, "b")
            which = _WHICH_CHAIRED.search(m.group("a"))
            if which:  # "the Commissioner of the Royal Brunei Police Force, who had presided over ASEANAPOL ...,
                # handed over the chairmanship of the organization": he gives, ASEANAPOL is chaired
                lo, hi = s + m.start("a"), s + m.start("a") + which.start()
                giver = _holder_at(ctx, lo, hi, prefer_last=True) or _holder_of_person(ctx, lo, hi)
                if _A_GENERIC_BODY.fullmatch(m.group("body")):
                    body = _body_at(ctx, lo + which.start("body"), lo + which.end("body")) or body
            giver = _as_a_state_to(ctx, giver, taker)  # "... to the Lao side": from state to state
            add(giver, body, None, when, span)
            add(taker, body, when or term[0], term[1], span)
            continue
        # "the chairmanship in the Council was transferred to the Republic of Uzbekistan", "... will pass to China"
        m = re.search(r"(?:" + _CHAIR_WORD + r"|\bchair)\s+(?:of|in)\s+(?P<body>.+?)\s+" + _GOES_TO, st)
        if m is None:  # "the BSEC Chairmanship-in-Office will pass to Azerbaijan": of a body named before the word
            m = _BODY_CHAIR_GOES_TO.search(st)
            m = m if m and _body_at(ctx, s + m.start("body"), s + m.end("body")) else None
        if m:
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(ctx, m.group("body"), s)
            when = _meeting_day(meetings, st, s, e)
            start, end = _period(ctx, sentence, s, e)
            future = re.search(r"\b(?:will|would)\b", m.group(0))
            if not (start and end) and not future:
                # passed at the meeting: from its day (but "For 2018, ... passed to": the year)
                start, end = start or when, None
            # "the presidency of the Council: exercised by Azerbaijan since 2022, it passed to Russia"
            before = _EXERCISED_BY.search(st, m.start("body"), m.end("body"))
            own_term = _period(ctx, sentence, s + m.start("body"), s + m.end("body")) if before else (None, None)
            if before and (own_term[0] or own_term[1]):
                # "The chairmanship of the Council, which in 2025 was held by A, has passed to B for the year 2026":
                # each its own term
                add(_holder_in(ctx, s, before, "a"), body, *own_term, span)
                start, end = _period(ctx, sentence, s + m.start("b"), e)
            elif before:
                add(_holder_in(ctx, s, before, "a"), body, None, start or when, span)
            taker = _holder_in(ctx, s, m, "b")
            giver = _FROM_A_GIVER.search(m.group("b"))
            if giver:  # "which passed to the Chinese side from the Republic of Kazakhstan at the summit on July 4"
                lo = s + m.start("b")
                taker = _holder_at(ctx, lo, lo + giver.start()) or taker
                add(_holder_at(ctx, lo + giver.start("a"), lo + giver.end("a")), body, None, start or when, span)
            if not future and (start or when):
                for c in out:  # the holder the release named before hands it over then
                    if c.body == body and c.end is None and taker and c.holder != taker[0]:
                        c.end = start or when
            add(taker, body, start or when, end, span)
            continue
        # "On 4 July 2024, the chairmanship will pass to China": of the body whose chair the release spoke of
        # "From January 1, 2021, the chairmanship will be assumed by Denmark", "its chairmanship for 2018 was
        # entrusted to X"
        m = _BARE_CHAIR_PASSES.search(st)
        told = bool(out)  # (else the body named before it: "For 2017 the chair passed to Mongolia", of the Group)
        if m and (body := out[-1].body if out else _body_named_before(ctx, 0, s + m.start())):
            dates = [d for d in _sentence_dates(ctx, sentence) if d.is_precise]
            # (the day nearest the phrase: "X has chaired it since January 1; from January 1, 2020, the chair will
            # rotate to Y")
            nearest = min(dates, key=lambda d: s + m.start() - d.finish if d.finish <= s + m.start()
                          else d.begin - (s + m.end())) if dates else None
            when = _day_to_come(ctx, nearest) if nearest and "will" in m.group(0) else \
                nearest.start if nearest else None
            taker = "b" if m.group("b") else "b2"
            came_from = re.search(r"\s+from\s+(?:the\s+)?[A-Z]", m.group(taker))
            taker_end = s + m.start(taker) + came_from.start() if came_from else s + m.end(taker)
            holder = _holder_at(ctx, s + m.start(taker), taker_end)
            for c in out:
                if c.body == body and c.end is None and when and (holder is None or c.holder != holder[0]):
                    c.end = when  # (the holders before: not the one it passes to, named before as chairing)
            # (its term told after it, else anywhere in the sentence: "approved the Concept for 2023-2027 and agreed
            # that the chair will pass to Kyrgyzstan for 2024-2025")
            start, end = _period(ctx, sentence, s + m.start(), e)
            start, end = (start, end) if start and end else _period(ctx, sentence, s, e)
            add(holder, body, *((start, end) if start and end else (when, None)), span)
            if came_from:  # "passed to Russia from the Republic of Kazakhstan, which headed the Council in 2025"
                which = _WHICH_CLAUSE.match(st, m.end(taker))
                add(_holder_at(ctx, taker_end, s + m.end(taker)), body,
                    *(_period(ctx, sentence, s + which.start(), s + which.end()) if which else (None, when)), span)
            if told:
                continue  # (a chair not told before may be told later in the sentence: "X has chaired the Council since
                # January 1; from January 1, 2020, the chair will rotate to Y")
        # "Belarus handed the chairmanship over to Kazakhstan" (the body: the one the sentence or its meeting names;
        # also "Tajikistan, which had presided over the Council since 2020, passed the chairmanship to Kyrgyzstan")
        m = re.search(r"(?P<a>.*?)\s+(?P<verb>handed|hands|will\s+hand|passed|passes|will\s+pass|transferred)\s+"
                      r"(?:over\s+)?(?:(?:the\s+)?" + _CHAIR_WORD +
                      r"|(?P<it>it))\s+(?:over\s+)?(?P<term>for\s+(?:19|20)\d\d\s+)?to\s+(?P<b>.+?)(?:[.,;]|$)", st)
        if m and m.group("it") and not _WHICH_CHAIRED.search(m.group("a")) and not out and not re.search(
                _CHAIR_WORD, m.group("a")):  # (but "A held the BRICS chairmanship in 2019 and handed it over")
            m = None  # "will hand it over": "it" is a chair after "X, which has chaired the Task Force, ..." or one
            # the release spoke of ("The Russian chairmanship will last until ..., after which Russia will hand it")
        if m:
            giver = _holder_in(ctx, s, m, "a", prefer_last=True)
            if giver is not None and re.search(rf"\b{re.escape(giver[0])}\s+{_CHAIR_WORD}", m.group("a")):
                # "Russia held the BRICS chairmanship in 2020 and handed it over to India at the end of that year":
                # Russia gives, BRICS is chaired
                giver = _holder_in(ctx, s, m, "a")
            named = [a.key for a in ctx.mentions if a.kind == "agency" and s <= a.start < s + m.end("a")
                     and not a.nested and (giver is None or a.key != giver[0])]
            if giver and giver[1] == "agency" and _international(ctx, giver[0]):
                # "X, whose country had held the presidency of the Council ..., handed over": the body, not the giver
                named, giver = [giver[0]], None
            which = _WHICH_CHAIRED.search(m.group("a"))
            if which:  # "X, which chaired the Council in 2021, will hand over ...": X gives, the Council is chaired
                giver = _holder_at(ctx, s + m.start("a"), s + m.start("a") + which.start(), prefer_last=True) \
                    or _holder_of_person(ctx, s + m.start("a"), s + m.start("a") + which.start())
                named = [b for b in [_body_at(ctx, s + m.start("a") + which.start("body"), s + m.start("a")
                                              + which.end("body")) or _head_body(ctx, which.group("body"), s)] if b]
            it_chair = out[-1].body if m.group("it") and not which and out else None
            # ("The event was held under the Serbian Chairmanship-in-Office of the BSEC, which ... On 1 July 2020,
            # Serbia will hand over the chairmanship to Turkey": the chair told of the giver)
            its_own = next((c.body for c in reversed(out) if giver and c.holder == giver[0]), None) \
                if not which else None
            body = (named[0] if named else None) or it_chair or its_own or next(
                (a for mt in meetings if any(ev.start <= s < ev.end for ev in mt.evidence) for a in mt.agencies
                 if not a.startswith("Ministry")), None)
            dates = [d for d in _sentence_dates(ctx, sentence, s + m.end("a")) if d.is_precise] \
                if m.group("it") else [d for d in _sentence_dates(ctx, sentence) if d.is_precise]
            if which:  # (not the giver's own term: "Russia, which had chaired the Council since 1 October 2017,
                # handed over the chairmanship to X at the end of the meeting": on the meeting's day; the clause
                # ends at the first comma after the body, and a date that begins before it is the term's)
                comma = st.find(",", m.start("a") + which.end("body"))
                clause_end = s + (comma if 0 <= comma < m.end("a") else m.end("a"))
                dates = [d for d in dates if not s + m.start("a") + which.start() <= d.begin < clause_end]
            # (a hand-over to come on no day said, "will pass it to Russia in the summer of 2019": not today's)
            when = dates[0].start if dates else None if m.group("verb").startswith("will") and _sentence_dates(
                ctx, sentence, s + m.end("a")) else _meeting_day(meetings, st, s, e)
            own_term = _period(ctx, sentence, s + m.start("a"), s + m.end("a")) if not which else (None, None)
            year_end = _AT_THE_END_OF_YEAR.search(st, m.end("a"))
            if year_end and year_end["that"] and not own_term[1]:
                year_end = None
            if year_end and not dates:  # "will hand it over to Finland at the end of this year": on 31 December
                year = int(year_end[1]) if year_end[1] else own_term[1].year if year_end["that"] and own_term[1] \
                    else ctx.release.publication_date.year if ctx.release.publication_date else None
                when = date(year, 12, 31) if year else when
            # "The Armenian side, which chaired the Council in 2016, handed over ..."
            side = _state_of_side(ctx, m.group("a"))
            if (giver is None or giver[0] == body) and side:
                giver = (side, "country")
            # "will hand over the chairmanship for 2022 to B": the term stated before the new holder
            start, end = _period(ctx, sentence, s + (m.start("term") if m.group("term") else m.start("b")), e)
            given = (None, when if not (start and end) else start)
            if own_term[0] and own_term[1] and year_end and year_end["that"]:
                given = own_term
            if which:  # "which chaired the Council in 2021": its own term (which "has chaired the SCO since 4 July
                # 2023 and will hand the chairmanship over to China on 4 July 2024": until then)
                term = _period(ctx, sentence, s + m.start("a") + which.end("body"), s + m.end("a"))
                given = term if term[0] or term[1] else given
                if given[0] and given[1] is None and start and end is None and start > given[0]:
                    given = (given[0], start)
                elif given[0] and given[1] is None and not start and when and when > given[0] and \
                        not m.group("verb").startswith("will"):
                    given = (given[0], when)  # "which had chaired the Council since ..., handed over": until then
            if year_end and not dates and when:  # (not "this year": the giver's last one)
                given, (start, end) = (given[0], given[1] or when), (date(when.year + 1, 1, 1), None)
            # "... to the host of the event, the Minister of X, Y": who is named after the comma
            taker = _holder_in(ctx, s, m, "b") or _holder_of_person(ctx, s + m.start("b"), e) \
                or _holder_at(ctx, s + m.start("b"), e)
            if giver is None or giver[0] == body:
                # "The Minister of X, Y, whose country had held the presidency of the CMIA, handed over the
                # chairmanship to the Kyrgyz Republic": the minister's ministry, or his state for a state
                giver = _as_a_state_to(ctx, _holder_of_person(ctx, s + m.start("a"), s + m.end("a")), taker)
            add(giver, body, *given, span)
            add(taker, body, start or when, end, span)
            continue
        # "The Finnish chairmanship will cover 2013 and 2014": of the body whose chair the release spoke of
        m = _CHAIR_COVERS.search(st)
        if m and out:
            state = _state_of_demonym(ctx, m.group("dem"))
            last = m.group("last") or m.group("first")
            add((state, "country") if state else None, out[-1].body, date(int(m.group("first")), 1, 1),
                date(int(last), 12, 31), span)
            continue
        # "The next chairmanship in the Organization will be Kyrgyzstan's"
        m = _CHAIR_WILL_BE_S.search(st)
        if m and (m.group("body") or out):
            body = (_body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(
                ctx, m.group("body"), s + m.start("body"))) if m.group("body") else out[-1].body  # (the one before)
            add(_holder_in(ctx, s, m, "holder", prefer_last=True), body,
                *_period(ctx, sentence, s + m.end(), _clause_end(st, s, m.end())), span)
            continue
        # "under the chairmanship of the Republic of Finland, which leads the Task Force in 2019-2020"
        m = _WHICH_LEADS.search(st)
        if m:
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(ctx, m.group("body"), s)
            state = _state_of_side(ctx, m.group("holder"))  # "of the Uzbek side, which presides in"
            add((state, "country") if state else _holder_in(ctx, s, m, "holder"), body,
                *_period(ctx, sentence, s + m.end("body"), _clause_end(st, s, m.end("body"))), span)
            continue
        # "the chairmanship in BRICS, which Russia holds in 2024"
        m = re.search(_CHAIR_WORD + r"\s+(?:of|in)\s+(?P<body>(?:the\s+)?[A-Z][^,;.]*?),?\s+which\s+"
                      r"(?P<holder>[^,;.]+?)\s+(?:holds|held|has\s+held|will\s+hold|assumed|took\s+over)\b", st)
        if m:
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(ctx, m.group("body"), s)
            start, end = _period(ctx, sentence, s + m.end("holder"), e)
            add(_holder_in(ctx, s, m, "holder"), body, start, end, span)
        # "The presidency of the Council was assumed by the Russian Federation on July 1, 2023"
        # ("In 2020, the chair of the Council ... is held by the Main Directorate for Migration")
        m = re.search(r"(?:" + _CHAIR_WORD + r"|\bchair)\s+(?:of|in)\s+(?P<body>[^,;]+?)\s+"
                      r"(?:was|is|has\s+been|will\s+be)\s+(?:assumed|taken\s+over|held|exercised)\s+by\s+"
                      r"(?P<b>[^,;.]+)", st)  # (not "..., the meeting was held by")
        if m:
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(ctx, m.group("body"), s)
            # the period of the clause that says it: "... will end on 14 June, and that from 15 June the presidency"
            clause = max(st.rfind(", ", 0, m.start()), 0)
            start, end = _period(ctx, sentence, s + clause, e)
            if start is None and end is None:
                start, end = _period(ctx, sentence, s, e)
            add(_holder_in(ctx, s, m, "b"), body, start, end, span)
            continue
        # "Russia's chairmanship of BRICS started on January 1, 2024", "within Russia's BRICS chairmanship in 2024, ..."
        m = re.search(r"(?P<holder>[A-Z][\w ]*?)['\u2019]s\s+(?:rotating\s+)?" + _CHAIR_WORD +
                      r"\s+(?:of|in)\s+(?P<body>(?:the\s+)?(?:[A-Z][^,;.]*?|" + _GENERIC_BODY + r"))"
                      r"(?=\s+(?:started|began|starts|begins|will|"
                      r"ended|ends|from|for|in|since|until|this)\b|[,.;]|$)", st) or \
            re.search(r"(?P<holder>[A-Z][\w ]*?)['\u2019]s\s+(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+"
                      r"(?:rotating\s+)?" + _CHAIR_WORD + r"\b", st)
        if m:
            holder = _holder_in(ctx, s, m, "holder", prefer_last=True)
            body = _chaired_body(ctx, m, s)
            start, end = _period(ctx, sentence, s + m.end("body"), _clause_end(st, s, m.end()))
            began = _WHICH_BEGAN.match(st, m.end("body")) if not (start or end) else None
            if began:  # "Russia's chairship in BRICS, which covers the whole of 2024"
                start, end = _period(ctx, sentence, s + began.start(), s + began.end())
            if start and not end and re.search(r"\b(?:ended|ends|will end)\b", st[m.end("body"):]):
                start, end = None, start
            add(holder, body, start, end, span)
            continue
        # "under the BSEC Chairmanship-in-Office of the Republic of Armenia, which runs from 1 January to 30 June"
        m = _BODY_CHAIR_OF_HOLDER.search(st)
        body = _body_at(ctx, s + m.start("body"), s + m.end("body")) if m else None
        if m and body:
            add(_holder_in(ctx, s, m, "holder"), body,
                *_period(ctx, sentence, s + m.end("holder"), _clause_end(st, s, m.end("holder"))), span)
        # "the chairmanship of the Republic of India in the SCO" / "the Russian Chairmanship in the BSTF"
        for m in _CHAIR_IN.finditer(st):
            holder = None
            if m.group("holder"):
                holder = _holder_in(ctx, s, m, "holder")
            elif m.group("dem"):
                state = _state_of_demonym(ctx, m.group("dem"))
                holder = (state, "country") if state else None
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(
                ctx, m.group("body"), s + m.start("body"))
            if holder and body:  # "the Russian chairmanship in BRICS in 2024": the year within the phrase
                start, end = _period(ctx, sentence, s + m.start("body"), s + m.end("body"))
                began = _WHICH_BEGAN.match(st, m.end("body"))
                if began and not (start or end):  # "..., which began on January 1, 2024"
                    start, end = _period(ctx, sentence, s + began.start(), s + began.end())
                    if start and not end and re.search(r"\bend", began.group(0)):
                        start, end = None, start
                add(holder, body, start, end, span)
        # "during the Russian chairmanship of the CSTO in 2023"
        for m in _DEMONYM_CHAIR_OF.finditer(st):
            state = _state_of_demonym(ctx, m.group("dem"))
            body = _chaired_body(ctx, m, s) if state else None  # (also "of the association": the one named before)
            if state and body:
                start, end = _period(ctx, sentence, s + m.end("body"), e)
                add((state, "country"), body, start, end, span)
        # "a meeting of the Task Force ..., the last one under the Polish chairmanship, which began on July 1, 2015,
        # and will end on June 30": the chair of the body named before, with its term
        for m in _UNDER_A_CHAIR.finditer(st):
            if not _WHICH_BEGAN.match(st, m.end()):
                continue  # (a meeting "under the Chinese chairmanship" may be of a body of the one chaired)
            state = _state_of_demonym(ctx, m.group("dem"))
            bodies = sorted((a for a in ctx.mentions if a.kind == "agency" and s <= a.start < s + m.start()
                             and not a.nested), key=lambda a: a.start) if state else []
            # (not the Council of its name, nor its acronym in parentheses)
            outer = [a for a in bodies if ctx.text[a.start - 1] != "(" and not any(
                b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start for b in bodies)]
            # ("It was the last meeting held under the Estonian chairmanship, which began on ...": of the body
            # spoken of before)
            body = outer[-1].key if outer else body_spoken_of(s) if state else None
            if body:
                add((state, "country"), body, *_period(ctx, sentence, s + m.end(), e), span)
        # "<holder> has/assumed/will hold the chairmanship of/in <body> [period]"
        # ("which holds in turn the chairmanship of the Council in 2021")
        m = re.search(r"(?P<verb>\b" + _HOLDS_OR_ENDS + r"\s+(?:in\s+turn\s+|currently\s+)?(?:the\s+|its\s+)?)"
                      r"(?:rotating\s+)?(?:" + _CHAIR_WORD +
                      r"|chair)\s+(?:of|in|over)\s+(?P<body>(?:the\s+)?(?:[A-Z].*?|" + _GENERIC_BODY + r"))"
                      r"(?=\s+(?:from|for|since|until|in|this|on\s+(?:\d|[A-Z][a-z]+\s+\d))\b|[,.;]|$)", st) or \
            re.search(r"(?P<verb>\b" + _HOLDS_OR_ENDS + r"\s+(?:the\s+|its\s+)?)"
                      r"(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+"
                      r"(?:rotating\s+)?(?:" + _CHAIR_WORD + r"|chair)\b", st)  # ("will take over the BRICS chair")
        if m:
            # "A, having taken over from B, which had presided over it in 2020-2023, assumed the chairmanship": A
            aside = _HAVING_TAKEN_OVER.search(st, 0, m.start("verb"))
            holder = _holder_at(ctx, s, s + (aside.start() if aside else m.start("verb")), prefer_last=True)
            body = _body_at(ctx, s + m.start("body"), s + m.end("body")) or _head_body(
                ctx, m.group("body"), s + m.start("body"))
            if aside:  # ... and B's own term
                lo = s + aside.end("a")
                add(_holder_at(ctx, s + aside.start("a"), lo), body, *_period(ctx, sentence, lo, s + aside.end()),
                    span)
            # the period the verb's clause states ("which holds the chairmanship of ASEAN this year"), else the
            # sentence's ("From January 1, 2024, Kazakhstan holds ..."): not the day of a meeting named first
            # ("took over the chairmanship of the CSTO from Belarus on January 1, 2024", "took over the SCO
            # chairmanship from Kazakhstan on July 4, 2024")
            previous = re.match(r"\s+from\s+(?P<prev>(?:the\s+)?[A-Z][^,;.]*?)(?=\s+(?:on|in|for|since)\b|[,.;]|$)",
                                st[m.end():])
            # ("... from the Kyrgyz Republic, which chaired the Commonwealth in 2023": the giver's own term)
            which = _WHICH_CLAUSE.match(st, m.end() + previous.end("prev")) if previous else None
            clause_end = min(_clause_end(st, s, m.end("body")), s + which.start()) if which else \
                _clause_end(st, s, m.end("body"))
            # "has held the chairmanship of the Council since 1 January, having taken it over from the Tajik side,
            # whose chairmanship ended on 31 December 2023": the giver's term is told after
            taking = _TAKING_OVER_FROM.search(st, m.end("body")) if not previous else None
            clause_end = min(clause_end, s + taking.start()) if taking else clause_end
            start, end = _period(ctx, sentence, s + m.start("verb"), clause_end)
            if start is None and end is None:
                start, end = _period(ctx, sentence, s, s + which.start()) if which else _period(ctx, sentence, s, e)
            elif start is None and end is not None:  # "On 1 January 2024, Russia assumed the chairmanship of BRICS,
                # which will last until 31 December": the day told before the verb begins it
                before = [d.start for d in _sentence_dates(ctx, sentence, s, s + m.start("verb"))
                          if d.is_precise and d.start and not d.end and d.start < end]
                start = before[-1] if before else None
            until = _AND_HOLD_IT_UNTIL.search(st, m.end("body")) if end is None and start else None
            if until:  # "will take over the chair of the Task Force on January 1, 2015, and hold it until ...": then
                days = [d for d in _sentence_dates(ctx, sentence, s + until.end(), e) if d.is_precise]
                end = days[0].start if days and days[0].start and days[0].start > start else None  # type: ignore
            add(holder, body, start, end, span)
            if taking:
                term = _period(ctx, sentence, s + taking.end("a"), s + taking.end())
                add(_holder_in(ctx, s, taking, "a"), body, *(term if term[0] or term[1] else (None, start)), span)
            if previous:
                lo = s + m.end() + previous.start("prev")
                term = _period(ctx, sentence, s + which.start(), s + which.end()) if which else (None, None)
                add(_holder_at(ctx, lo, lo + len(previous.group("prev"))), body,
                    *(term if term[0] and term[1] else (None, start)), span)
            continue
        # "<holder>, which chairs / has chaired / will chair <body> from ... to ..." ; "<holder> chairs <body>"
        m = re.search(r"(?P<pre>.*?)(?:,\s+which|,\s+who)?\s+(?:(?:has|had)\s+chaired|chairs|chaired|will\s+chair|"
                      r"is\s+chairing|has\s+been\s+chairing|presides\s+over|(?:has|had)\s+presided\s+over|"
                      r"has\s+been\s+presiding\s+over|will\s+preside\s+over|"
                      # "The Kyrgyz Republic will be the next country to chair the SCO"
                      r"(?:will\s+be|is)\s+the\s+next(?:\s+(?:country|state|member\s+state|member))?\s+to\s+"
                      r"(?:chair|preside\s+over))\s+"
                      r"(?P<body>(?:the\s+)?(?:[A-Z][^,;.]*?|" + _GENERIC_BODY + r")|it)"
                      r"(?=\s+(?:from|since|until|for|in|throughout|during|this|next|last|previous)\b|[,.;]|$)", st)
        if m and m.group("body") == "it" and (_AN_EVENT_WORD.search(m.group("pre")) or not _body_named_before(
                ctx, s, s + m.start("body"))):
            m = None  # "The next meeting of the Council ..., and the Minister will chair it": a meeting; but "The
            # Council decided that Kazakhstan will chair it next year": the body
        if m and not re.search(r"\bmeetings?\b|\bdiscussion\b|\bsession\b", m.group("body")):
            # "X, which, in connection with the chairmanship of Y in the CSTO, presides over ...": X
            aside = [w.start() for w in re.finditer(r",\s+(?:which|who),", m.group("pre"))]
            holder = _holder_at(ctx, s, s + (aside[-1] if aside else m.end("pre")), prefer_last=True)
            whose = _WHOSE_BODY.search(m.group("pre"))
            if whose:  # "the Minister of X, Y, whose Ministry has presided over ...": the person's agency
                named = _persons_in(ctx, s, s + whose.start())
                holder = (ctx.persons[named[-1]].agency, "agency") if named and ctx.persons[named[-1]].agency \
                    else holder
            body = _body_named_before(ctx, s, s + m.start("body")) if m.group("body") == "it" else \
                _chaired_body(ctx, m, s)
            rest_lo = s + m.end("body")
            # "In 2024, Russia will chair the CIS, taking over from Kyrgyzstan, which presided over the CIS in 2023":
            # the one before has its own term, told after
            before = _TAKING_OVER_FROM.search(st, m.end("body"))
            start, end = _period(ctx, sentence, rest_lo, s + before.start() if before else e)
            if start is None and end is None:  # "Since July 1, 2018, Belarus has been chairing ..."
                start, end = _period(ctx, sentence, s, s + m.end("pre"))
            state = ctx.agencies[holder[0]].country if holder and holder[1] == "agency" and \
                holder[0] in ctx.agencies else None
            held = next((c for c in out if c.body == body and c.holder == state), None) if state else None
            if held is not None:  # "The new Chairman, the Head of <a Kazakh body>, X, will chair the Council until
                # the end of 2019": the chair Kazakhstan took, not another one
                held.start, held.end = held.start or start, held.end or end
                held.evidence.append(span)
                continue
            if before:
                term = _period(ctx, sentence, s + before.end("a"), s + before.end())
                add(_holder_in(ctx, s, before, "a"), body,
                    *(term if term[0] or term[1] else (None, start)), span)
            if end is None and re.search(r"\bhad\s+(?:chaired|presided)", st[m.end("pre"):m.start("body")]):
                # "He succeeded a representative of X, who had chaired the Committee since 2010": until the day the
                # holder named before took it
                end = next((c.start for c in out if c.body == body and c.start and holder
                            and c.holder != holder[0]), None)
            add(holder, body, start, end, span)
            then = _AND_IN_A_YEAR_WILL_CHAIR.search(st, m.end("body"))
            if then:  # "Russia will chair the CIS throughout 2024, and in 2025 Tajikistan will chair it": its year
                lo = s + then.start("h")
                add(_holder_at(ctx, lo, lo + len(then.group("h"))), body, *year_period(int(then.group(1))), span)
            continue
        # "In 2021, the Council was chaired by <holder>"
        # ("The meeting was chaired by X": X chaired a meeting, not a body; "It was chaired by X: in 2025, the Council
        # was presided over by the MIA": the second)
        chaired = next(((m, body) for m in _CHAIRED_BY.finditer(st) if not _EVENT.search(m.group("body"))
                        and (body := _body_at(ctx, s + m.start("body"), s + m.end("body"))
                             or _head_body(ctx, m.group("body"), s))), None)
        if chaired:
            m, body = chaired
            # "... by A in 2026 and by B in 2027": each its year
            second = re.search(r"\s+and\s+by\s+", m.group("holder"))
            chain = _BY_IN_A_YEAR.match(st, m.end("holder"))  # ("by A in 2022, by B in 2023 and by C in 2024")
            cut = s + m.start("holder") + second.start() if second else s + m.end("holder") if chain else e
            holder = _holder_at(ctx, s + m.start("holder"), cut if second else s + m.end("holder"))
            start, end = _period(ctx, sentence, s + (st.rfind(":", 0, m.start()) + 1), cut)
            add(holder, body, start, end, span)
            if second:
                lo = s + m.start("holder") + second.end()
                add(_holder_at(ctx, lo, s + m.end("holder")), body, *_period(ctx, sentence, lo, e), span)
            while chain:
                lo = s + chain.start("h")
                add(_holder_at(ctx, lo, lo + len(chain.group("h"))), body, *year_period(int(chain.group("y"))), span)
                chain = _BY_IN_A_YEAR.match(st, chain.end())
            # "In 2025 the Council will be chaired by A, in 2026 by B and in 2027 by C": each its year
            then = _IN_A_YEAR_BY.match(st, m.end("holder"))
            while then:
                lo = s + then.start("h")
                add(_holder_at(ctx, lo, lo + len(then.group("h"))), body, *year_period(int(then.group(1))), span)
                then = _IN_A_YEAR_BY.match(st, then.end())
            if m.group("before"):  # "..., which takes over from the Royal Thai Police": until then (or in the
                # term told of it: "which took over from the Main Directorate, the chair of the Group in 2014-2015")
                term = _period(ctx, sentence, s + m.start("before"), e)
                add(_holder_in(ctx, s, m, "before"), body,
                    *(term if term[0] and term[1] else (None, start)), span)
            continue
        if ends:  # ... or this one
            ends_or_begins(sentence, ends)
        # "From ..., Tajikistan will hold the chairmanship" is handled above; without a body, no fact
    _ends_the_year_before(ctx, out)
    return out


_ON_NEW_YEARS_DAY = re.compile(r"\b[Oo]n\s+(?:January\s+1|1\s+January)\b")


def _ends_the_year_before(ctx: _Context, chairs: list[Chairmanship]) -> None:
    """A term that ends as the next holder's begins on January 1 ended on December 31: "from January 1, 2020, the
    chair will rotate to B", "... will pass from A to B" (but a hand-over told on that day keeps it: "B took over the
    chairmanship from A on January 1, 2024")."""
    starts = {(c.body, c.start) for c in chairs if c.start and (c.start.month, c.start.day) == (1, 1)}
    for c in chairs:
        if c.end and (c.end.month, c.end.day) == (1, 1) and (c.body, c.end) in starts and not any(
                _ON_NEW_YEARS_DAY.search(ctx.text, span.start, span.end) for span in c.evidence):
            c.end = c.end - timedelta(days=1)


# (the body: the capitalised words before the verb, not "The conference decided that ... the Committee")
_CHAIRED_BY = re.compile(r"(?P<body>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of|for|on|and|the|in|[A-Z][\w'\u2019-]*))*?)"
                         r"(?:\s+itself)?\s+(?:was|is|will\s+be|would\s+be|has\s+been)\s+"
                         r"(?:chaired|presided over)\s+by\s+(?P<holder>[^,;.]+)"
                         r"(?:,\s+which\s+(?:takes|took|has\s+taken|will\s+take)\s+over\s+from\s+(?P<before>[^,;.]+))?")


def _head_body(ctx: _Context, phrase: str, before: int) -> str | None:
    # "the bodies of the Union"; "The discussion" (a sentence's first word: no "The" to look for in names)
    phrase = re.sub(r"^(?:[Tt]he\s+)?(?:bodies\s+of\s+(?:the\s+)?)?", "", phrase.strip())
    words = phrase.split()
    if not words:
        return None
    if re.fullmatch(_GENERIC_BODY, phrase):
        # "Russia's chairmanship in the association": the international body named last before, or the body
        # that one is part of ("the BRICS Anti-Drug Working Group ... the association": BRICS)
        named = [m for m in ctx.mentions if m.kind == "agency" and m.start < before
                 and _international(ctx, m.key)]
        if not named:
            return None
        key = max(named, key=lambda m: (m.start, -m.end)).key
        seen = {key}
        while (parent := ctx.agencies[key].parent) in ctx.agencies and parent not in seen:
            key = parent
            seen.add(key)
        return key
    key = ctx.gaz.agency(phrase) or ctx.acronyms.get(phrase)
    if key:
        return key
    for n in (2, 1):
        if len(words) >= n:
            found = _head_reference(ctx, " ".join(words[:n]), before + 10_000)
            if found:
                return found
    return None


# ------------------------------------------------------------------------------------------------
# Entry point


def extract(release: Release, gazetteer: Gazetteer | None = None) -> ReleaseFacts:
    """Extract the facts of one release."""
    gaz = gazetteer or load_gazetteer()
    text = unwrap_lines(release.text, release.body_start)
    ctx = _Context(release, gaz, text, split_sentences(text, release.body_start))
    _scan_gazetteer(ctx)
    _detect_persons(ctx)
    _pattern_agencies(ctx)
    _bilateral_bodies(ctx)
    _coordinated_agencies(ctx)
    _named_after(ctx)
    _register_agencies(ctx)
    _head_references(ctx)
    _person_affiliations(ctx)
    for s, e, key in ctx.person_spans:
        ctx.mentions.append(Mention("person", s, e, key, text[s:e]))
    ctx.index = _MentionIndex(ctx)
    masked = _crime_text(ctx)
    meetings = _extract_meetings(ctx, masked)
    chairmanships = _extract_chairmanships(ctx, meetings)
    facts = ReleaseFacts(release)
    facts.persons = ctx.persons
    facts.agencies = ctx.agencies
    facts.countries = {m.key for m in ctx.mentions if m.kind == "country"}
    facts.places = {m.key for m in ctx.mentions if m.kind == "place"} | {m.place for m in meetings if m.place}
    facts.crime_areas = set(_areas(ctx, masked, release.body_start, len(text)))
    for meeting in meetings:
        facts.crime_areas.update(meeting.topics)
    facts.meetings = meetings
    facts.chairmanships = chairmanships
    return facts
