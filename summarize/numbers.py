"""Numbers: find the figures printed in news text and normalise them.

Reads digits with separators ("5,000", machine-translated "5, 000"), English number words
("fifty-four", "a hundred"), vague quantities ("dozens"), the qualifier printed before a figure
("nearly 400") and ranges ("between 10 and 20"). Years, percentages, ordinals, ages ("a 9-year-old",
"aged 18 to 60") and dates are returned with their own `kind` so callers can skip them; so are
shares ("two-thirds of", "half of"), which are not counts. Ranges ("between 10 and 15", "10-15")
have qualifier `range`; an inverted pair ("158-54") is two numbers. Vague quantities carry the
smallest amount they imply as `low` ("dozens" 24). A number too large for a figure (above
`schema.MAX_FIGURE`) is no figure.
Qualifier, vague and "confirmed" phrases live in `summarize/data/lexicon_numbers.toml`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal, get_args

from summarize.phrases import WordStarts
from summarize.schema import MAX_FIGURE, Qualifier

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon_numbers.toml"

QuantityKind = Literal["count", "year", "percent", "ordinal", "date", "share", "age", "time"]
# An age is no count: "a 9-year-old girl", "five years old", "men aged 18 to 60".
_AGE_AFTER = re.compile(r"[- \t](?:year|month|week|day)s?[- \t]old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged[ \t]+$", re.IGNORECASE)
# a clock time ("13:10", a live blog's "10:20 New toll"): no count of anything
_CLOCK_AFTER = re.compile(r"[:.]\d\d(?!\d|[.,]\d)")
_CLOCK_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}:$")

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
# Fractions: "half a million", "two-thirds of", "a quarter of".
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip
YEAR_RANGE = range(1800, 2100)
MAX_DIGITS = 16  # more digits than any figure (MAX_FIGURE has 16): not a figure
INDEFINITE_ARTICLES = frozenset({"a", "an"})

# Building blocks of the figure pattern. Horizontal space only: a figure never spans lines.
_SP = r"[ \t\u00a0]+"
# After a number, a scale word in the plural is that scale ("two thousands", "3 millions": the
# English of many translated reports); on its own, "thousands" is a vague amount.
_SCALE_AFTER_NUMBER = r"(?:hundred|thousand|million|billion)"
_DIGITS = (
    r"(?<![\w.,])(?<![A-Za-z]-)"  # not part of a model name such as "S-300"
    r"(?:\d{1,3}(?:,[ \u00a0]?\d{3})+(?!\d)|\d+(?:\.\d+)?)(?!\w)"
    rf"(?:{_SP}{_SCALE_AFTER_NUMBER}s?\b)?"
)
_WORD = rf"\b(?:{'|'.join([*UNITS, *TENS, *SCALES])})\b"
_WORDS = (
    rf"(?:\ba{_SP}(?=(?:{'|'.join(SCALES)})\b))?{_WORD}"
    rf"(?:(?:{_SP}|-){_WORD}|(?:(?<=hundred)|(?<=thousand)|(?<=million)){_SP}and{_SP}{_WORD})*"
    rf"(?:{_SP}{_SCALE_AFTER_NUMBER}s\b)?"  # the singular is a _WORD already
)
# "half a million", "a quarter of a million", "half a dozen"
_FRACTION_OF_SCALE = (
    rf"\b(?:half|(?:a|one|three){_SP}quarters?{_SP}of){_SP}an?{_SP}"
    rf"(?:{'|'.join(SCALES)})\b"
)
_NUMBER = rf"(?:{_FRACTION_OF_SCALE}|{_DIGITS}|{_WORDS})"
# A share of a whole: "two-thirds of", "a third of", "half of", "half the". Not a count.
_SHARE = (
    r"\b(?:(?:two|three|four|five|seven|nine)[ \t-](?:thirds|quarters|fifths|tenths)\b"
    rf"|(?:a|one)[ \t-](?:third|quarter|fifth|tenth)(?={_SP}of\b)"
    rf"(?!{_SP}of{_SP}an?{_SP}(?:{'|'.join(SCALES)})\b)"
    rf"|half(?={_SP}(?:of|the|its|their|all)\b))"
)
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
    share: float | None = None  # for kind "share": the fraction (two-thirds 0.667)


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
    vague_lows: tuple[tuple[str, int], ...] = ()
    confirmed_phrases: tuple[str, ...] = ()
    higher_cues: tuple[str, ...] = ()

    def vague_low(self, phrase: str) -> int | None:
        return dict(self.vague_lows).get(" ".join(phrase.lower().split()))


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH) -> NumberLexicon:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    qualifiers: list[tuple[str, Qualifier]] = []
    for qualifier in get_args(Qualifier):
        qualifiers.extend(
            (phrase.lower(), qualifier) for phrase in raw["qualifiers"].get(qualifier, [])
        )
    confirmed = raw.get("confirmed", {})
    return NumberLexicon(
        qualifiers=tuple(qualifiers),
        vague_phrases=tuple(phrase.lower() for phrase in raw["vague"]["phrases"]),
        year_count_words=frozenset(word.lower() for word in raw["years"]["count_words"]),
        vague_lows=tuple(
            (" ".join(phrase.lower().split()), int(low))
            for phrase, low in raw["vague"].get("low", {}).items()
        ),
        confirmed_phrases=tuple(phrase.lower() for phrase in confirmed.get("phrases", [])),
        higher_cues=tuple(cue.lower() for cue in confirmed.get("higher_cues", [])),
    )


def _phrase_pattern(phrases: list[str]) -> str:
    """Alternation of lexicon phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    escaped = (_SP.join(re.escape(word) for word in phrase.split()) for phrase in ordered)
    return rf"(?<!\w)(?:{'|'.join(escaped)})(?!\w)"


@functools.cache
def _figure_pattern(lexicon: NumberLexicon) -> re.Pattern[str]:
    qualifier = _phrase_pattern(
        [phrase for phrase, _ in lexicon.qualifiers] + list(lexicon.confirmed_phrases)
    )
    vague = _phrase_pattern(list(lexicon.vague_phrases))
    # Every figure starts at the start of a word: saying so first lets the engine skip the
    # inside of words at once, which makes the scan several times faster.
    return re.compile(
        rf"(?<!\w)(?:(?P<date>{_DATE})"
        rf"|(?:(?P<share_qualifier>{qualifier}){_SP})?(?P<share>{_SHARE})"
        rf"|(?P<ordinal>{_ORDINAL})"
        rf"|(?:(?P<qualifier>{qualifier}){_SP})?(?:"
        rf"between{_SP}(?P<low1>{_NUMBER}){_SP}and{_SP}(?P<high1>{_NUMBER})"
        rf"|(?<!from )(?P<low2>{_DIGITS})[ \t]?[-–—][ \t]?(?P<high2>{_DIGITS})"
        rf"|(?<!from )(?P<low3>{_NUMBER}){_SP}to{_SP}(?P<high3>{_NUMBER})"
        rf"|(?P<number>{_NUMBER})(?P<percent>{_PERCENT})?)"
        rf"|(?P<vague>{vague}))",
        re.IGNORECASE,
    )


_TOKEN = re.compile(r"\w+")


@functools.cache
def _word_starts(lexicon: NumberLexicon) -> WordStarts | None:
    """The lower-case words a figure can begin with (a capitalised word or a digit can always
    begin one); None when a lexicon phrase begins with no word, so any place can."""
    phrases = [
        *(phrase for phrase, _ in lexicon.qualifiers),
        *lexicon.confirmed_phrases,
        *lexicon.vague_phrases,
    ]
    firsts = [_TOKEN.match(phrase) for phrase in phrases]
    if not all(firsts):
        return None
    return WordStarts(
        [first.group() for first in firsts if first is not None]
        + [*UNITS, *TENS, *SCALES, *ORDINALS, *FRACTIONS, "a", "an", "between"]
    )


def _words_value(words: str) -> int:
    total, current = 0, 0
    for found in re.findall(r"[a-z]+", words.lower()):
        word = found[:-1] if found.endswith("s") and found[:-1] in SCALES else found
        if word in UNITS or word in TENS:
            current += UNITS.get(word, 0) + TENS.get(word, 0)
        elif word in ("dozen", "hundred"):
            current = max(current, 1) * SCALES[word]
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
    return total + current


def _fraction_of_scale(words: str) -> int | None:
    """'half a million' -> 500000, 'a quarter of a million' -> 250000; None if not that form."""
    found = re.findall(r"[a-z]+", words.lower())
    if not found or found[-1] not in SCALES or not any(w in FRACTIONS for w in found):
        return None
    fraction = next(FRACTIONS[w] for w in found if w in FRACTIONS)
    if found[0] == "three":
        fraction *= 3
    return round(fraction * SCALES[found[-1]])


def _exact_value(number: str) -> int | None:
    """The integer a printed number stands for, None when it has too many digits for a figure."""
    digits = re.match(r"[\d.,\s\u00a0]+", number)
    if digits is None:
        fraction = _fraction_of_scale(number)
        return fraction if fraction is not None else _words_value(number)
    plain_digits = re.sub(r"[,\s\u00a0]", "", digits.group())
    if len(plain_digits.replace(".", "")) > MAX_DIGITS:
        return None
    try:
        value = Decimal(plain_digits)
    except InvalidOperation:
        return None
    scale = number[digits.end() :].strip().lower().removesuffix("s")
    return int((value * SCALES.get(scale, 1)).to_integral_value())


def number_value(number: str) -> int:
    """The integer a printed number stands for: '5, 000' -> 5000, 'fifty-four' -> 54.

    Capped at MAX_FIGURE: a run of hundreds of digits is not a figure and never overflows.
    """
    value = _exact_value(number)
    return MAX_FIGURE if value is None else min(value, MAX_FIGURE)


def _is_figure(value: int | None) -> bool:
    return value is not None and value <= MAX_FIGURE


def _ordinal_value(raw: str) -> int:
    digits = re.match(r"\d+", raw)
    if digits is not None:
        return int(digits.group()) if len(digits.group()) <= MAX_DIGITS else MAX_FIGURE
    return sum(ORDINALS.get(part, 0) + TENS.get(part, 0) for part in raw.lower().split("-"))


def _looks_like_year(number: str) -> bool:
    return re.fullmatch(r"\d{4}", number) is not None and int(number) in YEAR_RANGE


def _followed_by_count_word(text: str, end: int, lexicon: NumberLexicon) -> bool:
    next_words = re.match(r"(?:[ \t]+([A-Za-z]+))(?:[ \t]+([A-Za-z]+))?", text[end : end + 40])
    if next_words is None:
        return False
    return any(word and word.lower() in lexicon.year_count_words for word in next_words.groups())


def _sentence_around(text: str, start: int, end: int) -> str:
    before = max(text.rfind(mark, 0, start) for mark in ".!?\n")
    after = [i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0]
    return text[before + 1 : min(after) if after else len(text)]


def _qualifier(
    printed: str | None, match: re.Match[str], text: str, lexicon: NumberLexicon
) -> Qualifier:
    if not printed:
        return "exact"
    normalised = " ".join(printed.lower().split())
    if normalised in lexicon.confirmed_phrases:
        # "confirmed 300" is a floor only when the text says the true figure is higher.
        sentence = _sentence_around(text, match.start(), match.end()).lower()
        rest = sentence.replace(match.group().lower(), " ")
        return "at_least" if any(cue in rest for cue in lexicon.higher_cues) else "exact"
    return dict(lexicon.qualifiers)[normalised]


def _share_value(raw: str) -> float:
    words = re.findall(r"[a-z]+", raw.lower())
    counts = {"two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
    fraction = next(FRACTIONS[w] for w in words if w in FRACTIONS)
    return round(fraction * counts.get(words[0], 1), 3)


def _match_to_quantity(
    match: re.Match[str], text: str, lexicon: NumberLexicon
) -> tuple[Quantity, QuantityKind] | None:
    """The quantity a match stands for; None when it is no figure (too large)."""
    if match.group("date"):
        day = re.search(r"(?<!\d)\d{1,2}(?!\d)", match.group("date"))
        return Quantity(int(day.group()) if day else None, None, None, "exact"), "date"
    if match.group("share"):
        qualifier = _qualifier(match.group("share_qualifier"), match, text, lexicon)
        share = _share_value(match.group("share"))
        return Quantity(None, None, None, qualifier, share), "share"
    if match.group("ordinal"):
        return Quantity(_ordinal_value(match.group("ordinal")), None, None, "exact"), "ordinal"
    if match.group("vague"):
        low = lexicon.vague_low(match.group("vague"))
        return Quantity(None, low, None, "vague"), "count"
    number = match.group("number")
    if (
        number
        and re.fullmatch(r"\d{1,2}", number)
        and (
            (match.group().endswith(number) and _CLOCK_AFTER.match(text, match.end()))
            or _CLOCK_BEFORE.search(text, max(0, match.start() - 3), match.start())
        )
    ):
        return Quantity(int(number), None, None, "exact"), "time"
    printed_qualifier = match.group("qualifier")
    qualifier = _qualifier(printed_qualifier, match, text, lexicon)
    if _AGE_AFTER.match(text, match.end()) or _AGE_BEFORE.search(
        text, max(0, match.start() - 8), match.start()
    ):
        number = match.group("number")
        return Quantity(_exact_value(number) if number else None, None, None, "exact"), "age"
    low_text = match.group("low1") or match.group("low2") or match.group("low3")
    high_text = match.group("high1") or match.group("high2") or match.group("high3")
    if low_text and high_text:
        low, high = _exact_value(low_text), _exact_value(high_text)
        if not (_is_figure(low) and _is_figure(high)):
            return None
        is_years = _looks_like_year(low_text) and _looks_like_year(high_text)
        quantity = Quantity(None, low, high, "range")
        return quantity, "year" if is_years and not printed_qualifier else "count"
    number = match.group("number")
    value = _exact_value(number)
    if not _is_figure(value):
        return None
    quantity = Quantity(value, None, None, qualifier)
    if match.group("percent"):
        return quantity, "percent"
    if (
        _looks_like_year(number)
        and not printed_qualifier
        and not _followed_by_count_word(text, match.end(), lexicon)
    ):
        return quantity, "year"
    return quantity, "count"


def _is_inverted_range(match: re.Match[str]) -> bool:
    """'158-54' is two numbers (a score, a vote, a list), not a range."""
    for low, high in (("low1", "high1"), ("low2", "high2"), ("low3", "high3")):
        if match.group(low) and match.group(high):
            low_value, high_value = _exact_value(match.group(low)), _exact_value(match.group(high))
            return low_value is not None and high_value is not None and low_value > high_value
    return False


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every figure in `text`, in order, with offsets into `text`."""
    lexicon = load_lexicon()
    pattern = _figure_pattern(lexicon)
    found: list[QuantityMatch] = []
    position = 0
    for start in _figure_starts(text, _word_starts(lexicon)):
        if start < position or (match := pattern.match(text, start)) is None:
            continue
        position = max(match.end(), match.start() + 1)
        if _is_inverted_range(match):
            # Read the first number alone, then go on from just after it.
            first = next(g for g in ("low1", "low2", "low3") if match.group(g))
            begin = match.start() if first == "low2" else match.start(first)
            single = pattern.match(text, begin, match.end(first))
            if single is None:
                continue
            match, position = single, match.end(first)
        result = _match_to_quantity(match, text, lexicon)
        if result is not None:
            quantity, kind = result
            found.append(QuantityMatch(match.start(), match.end(), match.group(), quantity, kind))
    return found


def _figure_starts(text: str, starts: WordStarts | None) -> Iterator[int]:
    """Where in `text` a figure can begin, in order: every figure begins a word (anywhere, when
    a lexicon phrase begins with no word)."""
    if starts is None:
        return iter(range(len(text)))
    return (word.start() for word in starts.finditer(text))


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

    Numbers are compared after normalisation ("5, 000" == 5000, "twenty" == 20, "half a
    million" == 500000); a vague figure needs its raw text or the same vague phrase ("dozens")
    in the quote, whatever `low` it carries.
    """
    raw_in_quote = bool(raw_text.strip()) and _squash(raw_text) in _squash(quote)
    found = [
        match for match in find_quantities(quote) if match.kind in ("count", "year", "percent")
    ]
    wanted = _vague_phrase(raw_text)
    if value is None and high is None and (low is None or wanted is not None):
        vague_in_quote = {_vague_phrase(m.raw) for m in found if m.quantity.qualifier == "vague"}
        if wanted is None and low is None:
            return raw_in_quote
        return raw_in_quote or (wanted is not None and wanted in vague_in_quote)
    if value == 1 and low is None and high is None and raw_in_quote and _is_single_item(raw_text):
        return True
    numbers = {
        number
        for match in found
        if match.quantity.qualifier != "vague"
        for number in (match.quantity.value, match.quantity.low, match.quantity.high)
        if number is not None
    }
    if (low is not None and low not in numbers) or (high is not None and high not in numbers):
        return False
    if value is None or value in numbers:
        return True
    # A best value inside a printed range ("between 10 and 20" -> 15) is supported by the range.
    return low is not None and high is not None and low <= value <= high
