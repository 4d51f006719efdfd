"""Numbers: find the figures printed in news text and normalise them.

Reads digits with separators ("5,000", machine-translated "5, 000"), English number words
("fifty-four", "a hundred"), vague quantities ("dozens"), the qualifier printed before a figure
("nearly 400") and ranges ("between 10 and 20"). Years, percentages, ordinals and dates are
returned with their own `kind` so callers can skip them. Qualifier and vague phrases live in
`summarize/data/lexicon_numbers.toml`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from summarize.schema import Qualifier

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon_numbers.toml"

QuantityKind = Literal["count", "year", "percent", "ordinal", "date"]

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
YEAR_RANGE = range(1800, 2100)
INDEFINITE_ARTICLES = frozenset({"a", "an"})

# Building blocks of the figure pattern. Horizontal space only: a figure never spans lines.
_SP = r"[ \t\u00a0]+"
_DIGITS = (
    r"(?<![\w.,])(?<![A-Za-z]-)"  # not part of a model name such as "S-300"
    r"(?:\d{1,3}(?:,[ \u00a0]?\d{3})+(?!\d)|\d+(?:\.\d+)?)(?!\w)"
    rf"(?:{_SP}(?:hundred|thousand|million|billion)\b)?"
)
_WORD = rf"\b(?:{'|'.join([*UNITS, *TENS, *SCALES])})\b"
_WORDS = (
    rf"(?:\ba{_SP}(?=(?:{'|'.join(SCALES)})\b))?{_WORD}"
    rf"(?:(?:{_SP}|-){_WORD}|(?:(?<=hundred)|(?<=thousand)|(?<=million)){_SP}and{_SP}{_WORD})*"
)
_NUMBER = rf"(?:{_DIGITS}|{_WORDS})"
_PERCENT = r"(?:[ \t]?%|[ \t]+per[ \t]?cent\b)"
_ORDINAL = (
    rf"\b(?:(?:{'|'.join(TENS)})-)?(?:{'|'.join(ORDINALS)})\b"
    r"|(?<![\w.,])\d+(?:st|nd|rd|th)\b"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_DATE = (
    rf"(?-i:{MONTHS}){_SP}{_DAY}(?:,?{_SP}\d{{4}}(?!\d))?"
    rf"|(?<![\w.,]){_DAY}{_SP}(?-i:{MONTHS})\b(?:,?{_SP}\d{{4}}(?!\d))?"
)


@dataclass(frozen=True)
class Quantity:
    """A normalised figure. Ranges set low/high and leave value None; vague ones have no number."""

    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier


@dataclass(frozen=True)
class QuantityMatch:
    """A figure found in a text: `start:end` covers the qualifier and the number as printed."""

    start: int
    end: int
    raw: str
    quantity: Quantity
    kind: QuantityKind


@dataclass(frozen=True)
class NumberLexicon:
    qualifiers: tuple[tuple[str, Qualifier], ...]
    vague_phrases: tuple[str, ...]
    year_count_words: frozenset[str]


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH) -> NumberLexicon:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    qualifiers: list[tuple[str, Qualifier]] = []
    for qualifier in get_args(Qualifier):
        qualifiers.extend(
            (phrase.lower(), qualifier) for phrase in raw["qualifiers"].get(qualifier, [])
        )
    return NumberLexicon(
        qualifiers=tuple(qualifiers),
        vague_phrases=tuple(phrase.lower() for phrase in raw["vague"]["phrases"]),
        year_count_words=frozenset(word.lower() for word in raw["years"]["count_words"]),
    )


def _phrase_pattern(phrases: list[str]) -> str:
    """Alternation of lexicon phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    escaped = (_SP.join(re.escape(word) for word in phrase.split()) for phrase in ordered)
    return rf"(?<!\w)(?:{'|'.join(escaped)})(?!\w)"


@functools.cache
def _figure_pattern(lexicon: NumberLexicon) -> re.Pattern[str]:
    qualifier = _phrase_pattern([phrase for phrase, _ in lexicon.qualifiers])
    vague = _phrase_pattern(list(lexicon.vague_phrases))
    return re.compile(
        rf"(?P<date>{_DATE})"
        rf"|(?P<ordinal>{_ORDINAL})"
        rf"|(?:(?P<qualifier>{qualifier}){_SP})?(?:"
        rf"between{_SP}(?P<low1>{_NUMBER}){_SP}and{_SP}(?P<high1>{_NUMBER})"
        rf"|(?<!from )(?P<low2>{_DIGITS})[ \t]?[-–—][ \t]?(?P<high2>{_DIGITS})"
        rf"|(?<!from )(?P<low3>{_NUMBER}){_SP}to{_SP}(?P<high3>{_NUMBER})"
        rf"|(?P<number>{_NUMBER})(?P<percent>{_PERCENT})?)"
        rf"|(?P<vague>{vague})",
        re.IGNORECASE,
    )


def _words_value(words: str) -> int:
    total, current = 0, 0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in UNITS or word in TENS:
            current += UNITS.get(word, 0) + TENS.get(word, 0)
        elif word in ("dozen", "hundred"):
            current = max(current, 1) * SCALES[word]
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
    return total + current


def number_value(number: str) -> int:
    """The integer a printed number stands for: '5, 000' -> 5000, 'fifty-four' -> 54."""
    digits = re.match(r"[\d.,\s\u00a0]+", number)
    if digits is None:
        return _words_value(number)
    value = float(re.sub(r"[,\s\u00a0]", "", digits.group()))
    scale = number[digits.end() :].strip().lower()
    return round(value * SCALES.get(scale, 1))


def _ordinal_value(raw: str) -> int:
    digits = re.match(r"\d+", raw)
    if digits is not None:
        return int(digits.group())
    return sum(ORDINALS.get(part, 0) + TENS.get(part, 0) for part in raw.lower().split("-"))


def _looks_like_year(number: str) -> bool:
    return re.fullmatch(r"\d{4}", number) is not None and int(number) in YEAR_RANGE


def _followed_by_count_word(text: str, end: int, lexicon: NumberLexicon) -> bool:
    next_words = re.match(r"(?:[ \t]+([A-Za-z]+))(?:[ \t]+([A-Za-z]+))?", text[end : end + 40])
    if next_words is None:
        return False
    return any(word and word.lower() in lexicon.year_count_words for word in next_words.groups())


def _match_to_quantity(
    match: re.Match[str], text: str, lexicon: NumberLexicon
) -> tuple[Quantity, QuantityKind]:
    printed_qualifier = match.group("qualifier")
    qualifier: Qualifier = "exact"
    if printed_qualifier:
        normalised = " ".join(printed_qualifier.lower().split())
        qualifier = dict(lexicon.qualifiers)[normalised]
    if match.group("date"):
        day = re.search(r"(?<!\d)\d{1,2}(?!\d)", match.group("date"))
        return Quantity(int(day.group()) if day else None, None, None, "exact"), "date"
    if match.group("ordinal"):
        return Quantity(_ordinal_value(match.group("ordinal")), None, None, "exact"), "ordinal"
    if match.group("vague"):
        return Quantity(None, None, None, "vague"), "count"
    low_text = match.group("low1") or match.group("low2") or match.group("low3")
    high_text = match.group("high1") or match.group("high2") or match.group("high3")
    if low_text and high_text:
        is_years = _looks_like_year(low_text) and _looks_like_year(high_text)
        range_qualifier: Qualifier = qualifier if printed_qualifier else "approximately"
        quantity = Quantity(None, number_value(low_text), number_value(high_text), range_qualifier)
        return quantity, "year" if is_years and not printed_qualifier else "count"
    number = match.group("number")
    quantity = Quantity(number_value(number), None, None, qualifier)
    if match.group("percent"):
        return quantity, "percent"
    if (
        _looks_like_year(number)
        and not printed_qualifier
        and not _followed_by_count_word(text, match.end(), lexicon)
    ):
        return quantity, "year"
    return quantity, "count"


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every figure in `text`, in order, with offsets into `text`."""
    lexicon = load_lexicon()
    found = []
    for match in _figure_pattern(lexicon).finditer(text):
        quantity, kind = _match_to_quantity(match, text, lexicon)
        found.append(QuantityMatch(match.start(), match.end(), match.group(), quantity, kind))
    return found


def parse_quantity(raw: str) -> Quantity | None:
    """Normalise one figure string ('nearly 400' -> 400, approximately); None if it has none."""
    found = find_quantities(raw)
    counts = [match for match in found if match.kind == "count"]
    chosen = counts or found
    return chosen[0].quantity if chosen else None


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())


def _vague_phrase(raw: str) -> str | None:
    for match in find_quantities(raw):
        if match.quantity.qualifier == "vague":
            return _squash(match.raw)
    return None


def _is_single_item(raw_text: str) -> bool:
    """'a combat plane', 'an Azeri warplane': one item counted by the indefinite article."""
    words = raw_text.split()
    return len(words) > 1 and words[0].lower() in INDEFINITE_ARTICLES


def quote_supports_figure(
    quote: str, value: int | None, low: int | None, high: int | None, raw_text: str
) -> bool:
    """True when the figure's number (for a vague figure: its wording) is printed in `quote`.

    Numbers are compared after normalisation ("5, 000" == 5000, "twenty" == 20); a vague figure
    needs its raw text or the same vague phrase ("dozens") in the quote.
    """
    raw_in_quote = bool(raw_text.strip()) and _squash(raw_text) in _squash(quote)
    found = [
        match for match in find_quantities(quote) if match.kind in ("count", "year", "percent")
    ]
    if value is None and low is None and high is None:
        wanted = _vague_phrase(raw_text)
        vague_in_quote = {_vague_phrase(m.raw) for m in found if m.quantity.qualifier == "vague"}
        return raw_in_quote or (wanted is not None and wanted in vague_in_quote)
    if value == 1 and low is None and high is None and raw_in_quote and _is_single_item(raw_text):
        return True
    numbers = {
        number
        for match in found
        for number in (match.quantity.value, match.quantity.low, match.quantity.high)
        if number is not None
    }
    if (low is not None and low not in numbers) or (high is not None and high not in numbers):
        return False
    if value is None or value in numbers:
        return True
    # A best value inside a printed range ("between 10 and 20" -> 15) is supported by the range.
    return low is not None and high is not None and low <= value <= high
