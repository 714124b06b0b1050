"""Low-level text helpers for the extractor: sentences with offsets, masking, name shapes."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Guard", "Sentence", "is_plain_lower", "lower_view", "mask", "plain_lower", "split_sentences",
           "unwrap_lines"]

# Abbreviations after which a full stop does not end a sentence.
#: A capital that stands for a name, or the two letters that transliterate one Russian letter ("Oleg Ye. Shumilin").
INITIAL_LETTER = (r"(?:Shch|Ch|Kh|Sh|Ts|Ya|Ye|Yo|Yu|Zh|"
                  r"[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0106\u010C\u0110\u0141\u0143\u015A\u0160\u0179\u017B\u017D])")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:St|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|No|Nos|Art|Vol|vs|etc|approx|Jr|Sr|Prof|Inc|Ltd|Co|U\.S|e\.g|i\.e)"
    rf"|\b{INITIAL_LETTER}(?:\.{INITIAL_LETTER})*)\.$"
)
# (not after a month's abbreviation before its day: "On Sept. 11-12, 2014, ...")
_BREAK = re.compile(r"(?<=[.!?])(?!(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)\s+\d)(?!(?<=\bSept\.)\s+\d)"
                    r"[\u201d\"']?\s+(?=[\u201c\"'(\[]?[A-Z0-9\u00C0-\u024F])|\n\s*")


_NEWLINE = re.compile(r"\n(?=[ \t]*(\S))")
#: Words no headline or paragraph ends with: a line ending with one goes on in the next.
_OPEN_WORDS = frozenset(("a", "an", "and", "at", "between", "by", "for", "from", "in", "of", "on", "the", "to", "with"))


def _soft(match: re.Match[str]) -> str:
    text, end = match.string, match.start()
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    last = text[start:end]  # the word the line ends with ("" after a blank line)
    if last and (match.group(1).islower() or last[-1] in ",;" or last in _OPEN_WORDS):
        return " "
    return "\n"


def unwrap_lines(text: str, start: int = 0) -> str:
    """``text`` with its soft line breaks from ``start`` on made spaces: same length, so offsets hold.

    The genre's files have a paragraph per line, and :func:`split_sentences` takes every line break as a
    hard one. Text wrapped at a fixed width (mail, PDF conversions) breaks lines inside sentences: a
    line that goes on with a lowercase word continues the sentence before it, and so does one after a
    comma or a word no headline or paragraph ends with ("of", "the", "and" ...). A headline's break,
    before a capital, stays a break.
    """
    return text[:start] + _NEWLINE.sub(_soft, text[start:]) if "\n" in text[start:] else text


@dataclass(frozen=True)
class Sentence:
    """A sentence of a release with its offsets in the release text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split ``text[start:]`` into sentences; offsets are into ``text``.

    Lines are hard breaks (headlines, paragraphs); full stops after abbreviations and initials
    ("M.V. Tverdokhlebov", "St. Petersburg") are not.
    """
    sentences: list[Sentence] = []
    paragraph = 0
    cursor = start
    pieces: list[tuple[int, int, bool]] = []  # (start, end, paragraph break after)
    for match in _BREAK.finditer(text, start):
        quote = 1 if match.group(0)[:1] in "\u201d\"'" else 0
        pieces.append((cursor, match.start() + quote, "\n" in match.group(0)))
        cursor = match.end()
    pieces.append((cursor, len(text), False))
    buffer_start: int | None = None
    for piece_start, piece_end, para_break in pieces:
        if buffer_start is None:
            buffer_start = piece_start
        chunk = text[buffer_start:piece_end].rstrip()
        if not para_break and _NO_BREAK_BEFORE.search(chunk) and piece_end < len(text):
            continue
        body = text[buffer_start:piece_end]
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            s = buffer_start + lead
            sentences.append(Sentence(len(sentences), s, s + len(stripped), stripped, paragraph))
        if para_break:
            paragraph += 1
        buffer_start = None
    return sentences


# The characters that ``re.IGNORECASE`` matches to an ASCII letter besides its two cases: İ, ı, ſ, K (Kelvin).
_CASE_EXOTIC = re.compile("[\u0130\u0131\u017f\u212a]")


def lower_view(text: str) -> str | None:
    """``text.lower()`` when it shows exactly where ``re.I`` finds ASCII words in ``text``, else ``None``.

    Guards use it to skip a slow case-insensitive pattern when a word every match contains is absent
    (``word in lowered`` is a fast substring search), or to start the search where such a word first
    occurs. Offsets are kept (the length is checked).
    """
    if _CASE_EXOTIC.search(text):
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


# Latin (to Latin Extended-B) and general punctuation, without µ, İ, ı, ſ: each of these characters lowers to
# one character, the one ``re.IGNORECASE`` compares, and none is case-equivalent to another character.
# Checked exhaustively: a lower-case character of this set matches one of the set under re.I exactly when
# it is that one's ``lower()``; lowering keeps ``\w`` and ``\s``.
_CASE_PLAIN = re.compile("[\x00-\u00b4\u00b6-\u012f\u0132-\u017e\u0180-\u024f\u2000-\u206f]*")


def plain_lower(text: str) -> str | None:
    """``text.lower()`` when a case-sensitive pattern of lower-case phrases, run on it, finds exactly what
    the same pattern under ``re.IGNORECASE`` finds in ``text`` (at the same offsets); else ``None``.

    sre scans a case-sensitive alternation several times faster. The phrases must pass :func:`is_plain_lower`.
    """
    return text.lower() if _CASE_PLAIN.fullmatch(text) else None


def is_plain_lower(phrase: str) -> bool:
    """A phrase that :func:`plain_lower` text may be matched against case-sensitively."""
    return _CASE_PLAIN.fullmatch(phrase) is not None and phrase.lower() == phrase


class Guard:
    """Lower-case ASCII words, one of which occurs in every match of a pattern (at its start if ``leading``)."""

    __slots__ = ("_anchor", "leading", "words")

    def __init__(self, words: tuple[str, ...], leading: bool = False) -> None:
        self.words = words
        self.leading = leading
        # one case-sensitive alternation of literals: sre finds its first match with a fast scan
        self._anchor = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))

    def start(self, lowered: str | None) -> int:
        """Where a match can first start in the text that ``lowered`` views; -1 if nowhere.

        Without a view (``None``) nothing can be ruled out: 0.
        """
        if lowered is None:
            return 0
        hit = self._anchor.search(lowered)
        if hit is None:
            return -1
        return hit.start() if self.leading else 0

    def first(self, lowered: str) -> int:
        """Where one of the words first occurs in ``lowered`` (-1: nowhere); :meth:`start` without ``leading``."""
        hit = self._anchor.search(lowered)
        return -1 if hit is None else hit.start()

    def start_at(self, firsts: dict[str, int] | None) -> int:
        """:meth:`start`, from where each of the words first occurs in the lowered view (-1: nowhere).

        Several guards asking about one text share one ``str.find`` per word instead of a search each.
        """
        if firsts is None:
            return 0
        best = -1
        for word in self.words:
            at = firsts[word]
            if at >= 0 and (best < 0 or at < best):
                best = at
        if best < 0:
            return -1
        return best if self.leading else 0


def mask(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    """Blank out ``spans`` (absolute offsets) of ``text`` (which starts at ``offset``), keeping length."""
    chars = list(text)
    for s, e in spans:
        lo, hi = max(s - offset, 0), min(e - offset, len(chars))
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


_SEP = "\x00"  # a trie edge standing for "spaces or hyphens" in flexible phrases


def trie_pattern(phrases: list[str] | set[str], flexible: bool = False) -> str:
    """A regex body matching any of ``phrases``, longest first, built as a trie.

    Python's ``re`` tries the branches of ``a|b|c`` one by one; a trie shares prefixes, so a
    gazetteer of a thousand names is matched in one pass at close to the cost of one name. With
    ``flexible``, a space or hyphen in a phrase matches any run of spaces and hyphens.
    """
    trie: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        key = re.sub(r"[\s-]+", _SEP, phrase) if flexible else phrase
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        terminal = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            head = r"[\s-]+" if ch == _SEP else re.escape(ch)
            branches.append(head + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if terminal else body

    return emit(trie) or r"(?!x)x"
