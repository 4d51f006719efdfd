"""The day an article's events happened, from its date line, its page date and its text.

`infer_event_date` reads, with bounded regular expressions (one pass each, linear in the text):

* explicit dates in the body ("on 27 September 2020", "September 27, 2020", "2020-10-02",
  "27/09/2020" when the day cannot be read as a month);
* the printed date line and the page's metadata date, as reference dates;
* days relative to the reference ("on Thursday", "yesterday", "last week", "late last month");
* offsets from the start of the conflict's current escalation ("for the fourth consecutive day",
  "on the sixth day of fighting", "six days after ... fighting", "after nearly a month of
  fighting", "in weeks of fighting"), with the escalations (`phases`) of each conflict in
  `summarize/data/conflicts.toml` and the words in `summarize/data/dates.toml`.

A date line the text contradicts (a 2023 page date over the sixth day of the 2020 war) is set
aside and said so in `note`. When the clues leave several days, the answer is None with a note:
a wrong day files the article in the wrong briefing, an unknown one only says so.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from summarize.conflicts import Conflict, Phase, find_conflict
from summarize.phrases import WordAnchored, first_words

if TYPE_CHECKING:
    from summarize.ingest import Article

DATES_PATH = Path(__file__).resolve().parent / "data" / "dates.toml"
MAX_CANDIDATE_DAYS = 400  # more days than this in the windows is ambiguous without counting
CONTRADICTION_DAYS = 30  # a date line this long after every day the text allows contradicts it
PHASE_SLACK_DAYS = 7  # a date line this close after a phase's end still belongs to it
ANCHOR_WEEK = 6  # "On Friday" after an explicit date: within the following week
CONTEXT_CHARS = 80  # how far back an outbreak verb is looked for before a date or "last month"

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "twentieth": 20,
    "thirtieth": 30,
}
DURATION_WORDS = ("after", "in", "during", "following", "amid")  # "in weeks of fighting"
MONTH_PARTS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31), "": (1, 31)}

# Each pattern below starts with a lookahead for the characters a match can start with, which
# halves a plain scan (a leading `\b` alone is slower still). Whole texts are not scanned
# plainly but through WordAnchored (below), which tries a pattern only where it can start; the
# lookaheads serve the searches in short stretches (`_ISO`, `_NUMERIC`, a date line).
_MONTH_START = "(?=[ADFJMNOS])"

_DMY = re.compile(rf"(?=\d)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+(\d{{4}})\b")
_MDY = re.compile(rf"{_MONTH_START}\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
_ISO = re.compile(r"(?=\d)(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_NUMERIC = re.compile(r"(?=\d)(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])")
_DAY_MONTH = re.compile(rf"(?=\d)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b")
_MONTH_DAY = re.compile(rf"{_MONTH_START}\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_MONTH_YEAR = re.compile(rf"{_MONTH_START}\b({_MONTH})\.?,?\s+(\d{{4}})\b")
_PAST_YEAR = re.compile(
    r"(?=[itosub])\b(?:in|the|of|since|until|before)\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_WEEKDAY = re.compile(r"(?=[MTWFS])\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_DAY_WORD = re.compile(r"(?=[ytl])\b(yesterday|today|tonight|last night)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?=[emlt])\b(?:(early|mid|late)[\s-]+)?(last|this|earlier this)\s+(week|month)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# Whole-text scans try the patterns only at the words they can open with (see WordAnchored).
_MONTH_WORDS = (
    *MONTHS,
    *(m[:3] for m in MONTHS if len(m) > 3),
    "sept",
)
_DMY_SCAN = WordAnchored(_DMY, (), digits=True)
_MDY_SCAN = WordAnchored(_MDY, _MONTH_WORDS)
_DAY_MONTH_SCAN = WordAnchored(_DAY_MONTH, (), digits=True)
_MONTH_DAY_SCAN = WordAnchored(_MONTH_DAY, _MONTH_WORDS)
_MONTH_YEAR_SCAN = WordAnchored(_MONTH_YEAR, _MONTH_WORDS)
_PAST_YEAR_SCAN = WordAnchored(_PAST_YEAR, ("in", "the", "of", "since", "until", "before"))
_WEEKDAY_SCAN = WordAnchored(_WEEKDAY, WEEKDAYS)
_DAY_WORD_SCAN = WordAnchored(_DAY_WORD, ("yesterday", "today", "tonight", "last"))
_RELATIVE_SCAN = WordAnchored(_RELATIVE, ("early", "mid", "late", "last", "this", "earlier"))


@dataclass(frozen=True)
class _Vocabulary:
    ordinal_day: WordAnchored
    offset_after: WordAnchored
    duration: WordAnchored
    outbreak: re.Pattern[str]
    ongoing: WordAnchored
    plural: dict[str, tuple[int, int]]
    unit: dict[str, int]
    qualifier: dict[str, tuple[float, float]]


def _starting(words: Sequence[str], digits: bool = False) -> str:
    """A lookahead for the first characters of `words` (and digits): see _MONTH_START."""
    firsts = "".join(re.escape(c) for c in sorted({w.casefold()[0] for w in words if w}))
    digit = r"\d" if digits else ""
    return f"(?=[{digit}{firsts}])"


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted({word.casefold() for word in words}, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


@functools.cache
def _vocabulary(path: Path = DATES_PATH) -> _Vocabulary:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    fight = _alternation(raw["fighting"])
    adjectives = _alternation(raw["adjectives"])
    numbers = r"\d{1,3}|" + _alternation(list(NUMBER_WORDS))
    ordinals = r"\d{1,3}(?:st|nd|rd|th)|" + _alternation(list(ORDINAL_WORDS))
    qualifiers = _alternation([q for q in raw["qualifier"] if q])
    flags = re.IGNORECASE
    outbreak_start = _starting(raw["outbreak"])
    return _Vocabulary(
        ordinal_day=WordAnchored(
            re.compile(
                rf"\b({ordinals})\s+(?:(?:consecutive|straight|successive)\s+day\b"
                rf"|day\s+of\s+(?:the\s+)?(?:(?:{adjectives})\s+)?(?:{fight})\b)",
                flags,
            ),
            ORDINAL_WORDS,
            digits=True,
        ),
        offset_after=WordAnchored(
            re.compile(
                rf"\b({numbers})\s+(day|week|month)s?\s+(?:after|into|since)\b"
                rf"[^.!?\n]{{0,120}}?\b(?:{fight})\b",
                flags,
            ),
            NUMBER_WORDS,
            digits=True,
        ),
        duration=WordAnchored(
            re.compile(
                rf"\b(?:after|in|during|following|amid)\s+(?:({qualifiers})\s+)?"
                rf"(?:({numbers})\s+)?"
                rf"(day|week|month)(s?)\s+of\s+(?:(?:{adjectives})\s+)?(?:{fight})\b",
                flags,
            ),
            DURATION_WORDS,
        ),
        # searched in short stretches before a date: a plain regex
        outbreak=re.compile(rf"{outbreak_start}\b(?:{_alternation(raw['outbreak'])})\b", flags),
        ongoing=WordAnchored(
            re.compile(rf"\b(?:{_alternation(raw['ongoing'])})\b", flags),
            first_words(raw["ongoing"]),
        ),
        plural={unit: (low, high) for unit, (low, high) in raw["plural"].items()},
        unit=dict(raw["unit"]),
        qualifier={name: (low, high) for name, (low, high) in raw["qualifier"].items()},
    )


class DateInference(BaseModel):
    """The event day (ISO) or None, how it was found, and what a reader should know about it."""

    model_config = ConfigDict(frozen=True)

    event_date: str | None
    basis: str  # "dateline", "published", "relative", "explicit", "escalation", "none"
    note: str | None = None


# --- reading the clues ------------------------------------------------------------------------


@dataclass
class _Clues:
    anchors: list[date] = field(default_factory=list)  # explicit dates of events
    published: list[date] = field(default_factory=list)  # "Published 3 May 2024": the page's date
    start_dates: list[date] = field(default_factory=list)  # explicit dates the fighting began
    start_days: list[tuple[int, int]] = field(default_factory=list)  # (month, day), no year
    past: list[tuple[date, date]] = field(default_factory=list)  # periods named as past
    weekdays: Counter[int] = field(default_factory=Counter)
    first_weekday: dict[int, int] = field(default_factory=dict)  # weekday -> first position
    day_words: list[str] = field(default_factory=list)  # yesterday, today, ...
    offsets: list[tuple[int, int, str]] = field(default_factory=list)  # days from start, phrase
    start_relative: list[tuple[str, str, str]] = field(default_factory=list)  # part, unit, phrase
    lede_relative: list[tuple[str, str, str]] = field(default_factory=list)  # part, when, unit
    ongoing: bool = False

    @property
    def weekday(self) -> int | None:
        """The weekday named most often (the earliest named on a tie)."""
        if not self.weekdays:
            return None
        return min(self.weekdays, key=lambda d: (-self.weekdays[d], self.first_weekday[d]))

    @property
    def escalation(self) -> bool:
        return bool(self.offsets or self.start_relative or self.start_dates or self.start_days)


def month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation ("Aug", "August")."""
    prefix = name.casefold()[:3]
    return next(index for index, month in enumerate(MONTHS, 1) if month.startswith(prefix))


@functools.cache
def _dateparser_parse(text: str) -> date | None:
    import dateparser  # type: ignore[import-untyped]  # slow to import; needed for dates only

    settings = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY",
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if isinstance(parsed, datetime) else None


def parse_date_text(text: str | None) -> date | None:
    """The date printed in a date line or a metadata field ("Thursday, November 30, 2023")."""
    if not text or len(text) > 200:
        return None
    iso = _ISO.search(text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    found = _MDY.search(text) or _DMY.search(text)
    return _dateparser_parse(found.group()) if found else None


def _numeric_date(match: re.Match[str]) -> date | None:
    """27/09/2020 or 09/27/2020 when only one reading is a date; None when both are."""
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    elif first == second:
        day = month = first
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _after_outbreak(text: str, position: int) -> bool:
    """An outbreak verb ("broke out", "began") earlier in the same sentence, close by."""
    before = text[max(0, position - CONTEXT_CHARS) : position]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    return _vocabulary().outbreak.search(before) is not None


def _about_another_year(text: str, position: int) -> bool:
    """The sentence around `position` names a year ("In April 2016, ... four days of fighting"):
    its offsets count another escalation, not the one reported."""
    before = text[max(0, position - 300) : position]
    ends = list(_SENTENCE_END.finditer(before))
    start = position - len(before) + (ends[-1].end() if ends else 0)
    end_match = _SENTENCE_END.search(text, position, position + 300)
    end = end_match.start() if end_match else min(len(text), position + 300)
    return _YEAR.search(text, start, end) is not None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.casefold()]


def _ordinal(word: str) -> int:
    word = word.casefold()
    return int(word[:-2]) if word[:-2].isdigit() else ORDINAL_WORDS[word]


_PAGE_STAMP = re.compile(
    r"\b(published|posted|updated|modified|last updated|last modified)\b[^\n.]{0,24}$"
    r"|©[^\n]{0,24}$",
    re.IGNORECASE,
)


def _read_clues(text: str) -> _Clues:
    vocabulary = _vocabulary()
    clues = _Clues()
    taken: list[tuple[int, int]] = []
    for pattern in (_DMY_SCAN, _MDY_SCAN, _ISO, _NUMERIC):
        for match in pattern.finditer(text):
            if pattern is _NUMERIC:
                found = _numeric_date(match)
            elif pattern is _ISO:
                found = parse_date_text(match.group())
            else:
                found = _dateparser_parse(match.group())
            taken.append(match.span())
            if found is None:
                continue
            stamp = _PAGE_STAMP.search(text, max(0, match.start() - 40), match.start())
            if stamp is not None:
                # A page stamp dates the page, not the events: "published" bounds them from
                # above, "updated" says nothing about them (pages are updated years later).
                if stamp.group(1).casefold() in ("published", "posted"):
                    clues.published.append(found)
                continue
            if _after_outbreak(text, match.start()):
                clues.start_dates.append(found)
            else:
                clues.anchors.append(found)

    def free(match: re.Match[str]) -> bool:
        return not any(start < match.end() and match.start() < end for start, end in taken)

    for pattern, day_group, month_group in ((_DAY_MONTH_SCAN, 1, 2), (_MONTH_DAY_SCAN, 2, 1)):
        for match in pattern.finditer(text):
            if free(match) and _after_outbreak(text, match.start()):
                clues.start_days.append((month_number(match[month_group]), int(match[day_group])))
    for match in _MONTH_YEAR_SCAN.finditer(text):
        if free(match):
            taken.append(match.span())
            year, month = int(match[2]), month_number(match[1])
            last = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
            clues.past.append((date(year, month, 1), last))
    for match in _PAST_YEAR_SCAN.finditer(text):
        if free(match):
            year = int(match[1])
            clues.past.append((date(year, 1, 1), date(year, 12, 31)))
    for match in _WEEKDAY_SCAN.finditer(text):
        weekday = WEEKDAYS.index(match[1].casefold())
        clues.weekdays[weekday] += 1
        clues.first_weekday.setdefault(weekday, match.start())
    clues.day_words = [match[1].casefold() for match in _DAY_WORD_SCAN.finditer(text)]
    lede_end = _SENTENCE_END.search(text, len(text) - len(text.lstrip()))
    for match in _RELATIVE_SCAN.finditer(text):
        part, when, unit = (match[1] or "").casefold(), match[2].casefold(), match[3].casefold()
        if when == "last" and _after_outbreak(text, match.start()):
            clues.start_relative.append((part, unit, match.group()))
        elif lede_end is None or match.start() < lede_end.start():
            clues.lede_relative.append((part, " ".join(when.split()), unit))
    for match in vocabulary.ordinal_day.finditer(text):
        if _about_another_year(text, match.start()):
            continue
        day = _ordinal(match[1]) - 1  # the first day is the start itself
        clues.offsets.append((max(0, day - 1), day + 1, match.group()))
    for match in vocabulary.offset_after.finditer(text):
        if _about_another_year(text, match.start()):
            continue
        days = _count(match[1]) * vocabulary.unit[match[2].casefold()]
        slack = max(1, days // 7)
        clues.offsets.append((days - slack, days + slack, match.group()))
    for match in vocabulary.duration.finditer(text):
        qualifier, number, unit, plural = match[1], match[2], match[3].casefold(), match[4]
        if (number is None and not plural) or _about_another_year(text, match.start()):
            continue
        if number is None:
            low, high = vocabulary.plural[unit]
        else:
            days = _count(number) * vocabulary.unit[unit]
            low_factor, high_factor = vocabulary.qualifier[" ".join((qualifier or "").split())]
            low, high = int(days * low_factor), round(days * high_factor)
        clues.offsets.append((low, high, match.group()))
    clues.ongoing = bool(clues.offsets) or vocabulary.ongoing.search(text) is not None
    return clues


# --- phases and windows -----------------------------------------------------------------------


@functools.cache
def _words_pattern(words: tuple[str, ...]) -> WordAnchored:
    """Any of `words` as a whole word, case-insensitively: one compiled pattern per word list."""
    alternatives = "|".join(re.escape(w) for w in words) or r"(?!x)x"
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return WordAnchored(pattern, first_words(words))


def _mentions(text: str, words: Sequence[str]) -> bool:
    return _words_pattern(tuple(words)).search(text) is not None


def _candidate_phases(text: str, clues: _Clues, conflict: Conflict) -> list[Phase]:
    """The escalations the text can be about, most specific clue first."""
    phases = [p for p in conflict.phases if not p.places or _mentions(text, p.places)]
    cued = [p for p in phases if p.cues and _mentions(text, p.cues)]
    phases = cued or phases
    one_day = timedelta(days=1)
    started = [
        p
        for p in phases
        if any(abs(p.start - day) <= one_day for day in clues.start_dates)
        or any(
            p.start.month == month and abs(p.start.day - day) <= 1
            for month, day in clues.start_days
        )
    ]
    phases = started or phases
    if clues.past:
        latest_past = max(end for _, end in clues.past)
        current = [
            p
            for p in phases
            if p.end is None
            or (p.end > latest_past and not any(p.start <= e and s <= p.end for s, e in clues.past))
        ]
        phases = current or phases
    return phases


def _month_after(day: date) -> tuple[date, date]:
    first = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


def _window(phase: Phase, clues: _Clues, upper: date | None) -> tuple[date, date] | None:
    """The days of `phase` the text's offsets allow (None when they allow none)."""
    low = phase.start
    high = phase.end or upper or phase.start + timedelta(days=36500)
    if upper is not None:
        high = min(high, upper)
    for first, last, _ in clues.offsets:
        low = max(low, phase.start + timedelta(days=first))
        high = min(high, phase.start + timedelta(days=last))
    for part, unit, _ in clues.start_relative:
        if unit == "month":
            first_day, last_day = MONTH_PARTS[part]
            if not first_day <= phase.start.day <= last_day:
                return None
            month_low, month_high = _month_after(phase.start)
        else:
            month_low = phase.start + timedelta(days=7 - phase.start.weekday())
            month_high = month_low + timedelta(days=6)
        low, high = max(low, month_low), min(high, month_high)
    if clues.anchors:
        anchor = max(clues.anchors)
        low = max(low, anchor)
        high = min(high, anchor + timedelta(days=ANCHOR_WEEK if clues.weekday is not None else 0))
    return (low, high) if low <= high else None


@dataclass(frozen=True)
class _Reading:
    """What the text alone says: candidate days, or the windows when there are too many."""

    days: tuple[date, ...]
    windows: tuple[tuple[date, date, str], ...]  # low, high, what the window comes from
    basis: str

    @property
    def latest(self) -> date | None:
        return max((high for _, high, _ in self.windows), default=None)


def _days(windows: Sequence[tuple[date, date, str]], weekday: int | None) -> tuple[date, ...]:
    total = sum((high - low).days + 1 for low, high, _ in windows)
    if total > MAX_CANDIDATE_DAYS:
        return ()
    found = {
        low + timedelta(days=n)
        for low, high, _ in windows
        for n in range((high - low).days + 1)
        if weekday is None or (low + timedelta(days=n)).weekday() == weekday
    }
    return tuple(sorted(found))


def _read_text(text: str, clues: _Clues, conflict: Conflict | None, upper: date | None) -> _Reading:
    """The days the text allows on its own (escalation offsets, explicit dates, weekdays)."""
    windows: list[tuple[date, date, str]] = []
    basis = "none"
    phases = conflict.phases if conflict is not None else ()
    cued = any(p.cues and _mentions(text, p.cues) for p in phases)
    if conflict is not None and phases and (clues.escalation or cued or clues.ongoing):
        for phase in _candidate_phases(text, clues, conflict):
            window = _window(phase, clues, upper)
            if window is not None:
                windows.append((*window, f"the {phase.name}"))
        basis = "escalation"
    if not windows and clues.anchors:
        anchor = max(clues.anchors)
        if upper is None or anchor <= upper:
            span = ANCHOR_WEEK if clues.weekday is not None else 0
            high = anchor + timedelta(days=span)
            windows = [(anchor, min(high, upper) if upper else high, f"{anchor.isoformat()}")]
            basis = "explicit"
    return _Reading(_days(windows, clues.weekday), tuple(windows), basis)


def _phase_of(day: date, conflict: Conflict | None) -> Phase | None:
    if conflict is None:
        return None
    slack = timedelta(days=PHASE_SLACK_DAYS)
    return next(
        (p for p in conflict.phases if p.start <= day and (p.end is None or day <= p.end + slack)),
        None,
    )


def _contradiction(
    reference: date, clues: _Clues, reading: _Reading, conflict: Conflict | None
) -> str | None:
    """What the text says against the reference date, or None when nothing does."""
    if clues.anchors and max(clues.anchors) > reference:
        return max(clues.anchors).isoformat()
    latest = reading.latest
    if latest is None or not (clues.escalation or clues.anchors or clues.ongoing):
        return None
    long_before = reference - latest > timedelta(days=CONTRADICTION_DAYS)
    if clues.escalation and long_before:
        return _describe(reading)
    bounded = conflict is not None and conflict.phases and all(p.end for p in conflict.phases)
    if bounded and clues.ongoing and _phase_of(reference, conflict) is None:
        return _describe(reading)
    return None


def _describe(reading: _Reading) -> str:
    if len(reading.days) == 1:
        return reading.days[0].isoformat()
    return "; ".join(
        f"{what}, {low.isoformat()} to {high.isoformat()}" for low, high, what in reading.windows
    )


def _from_text(reading: _Reading, clues: _Clues, prefix: str) -> DateInference:
    if len(reading.days) == 1:
        return DateInference(
            event_date=reading.days[0].isoformat(), basis=reading.basis, note=prefix or None
        )
    if not reading.windows:
        note = "no date line, page date or dated clue in the text"
        return DateInference(
            event_date=None, basis="none", note=f"{prefix}; {note}" if prefix else note
        )
    if reading.days:
        shown = ", ".join(day.isoformat() for day in reading.days[:4])
        more = ", ..." if len(reading.days) > 4 else ""
        note = f"event date ambiguous: {len(reading.days)} candidate days ({shown}{more})"
    else:
        note = f"event date ambiguous: {_describe(reading)}"
        if clues.weekday is not None and sum((hi - lo).days for lo, hi, _ in reading.windows) < 7:
            note = (
                f"event date unknown: no {WEEKDAYS[clues.weekday].title()} in {_describe(reading)}"
            )
    return DateInference(
        event_date=None, basis="none", note=f"{prefix}; {note}" if prefix else note
    )


def latest_weekday(weekday: int, reference: date) -> date:
    """The latest `weekday` (0 = Monday) on or before `reference`."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def relative_window(part: str, when: str, unit: str, reference: date) -> tuple[date, date]:
    """The days "late last month", "last week", "earlier this month"... cover, seen from
    `reference` (weeks run Monday to Sunday)."""
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday())
        if when == "last":
            return monday - timedelta(days=7), monday - timedelta(days=1)
        return monday, reference
    first = reference.replace(day=1)
    if when != "last":
        return first, reference
    last_month_end = first - timedelta(days=1)
    low, high = MONTH_PARTS[part]
    start = last_month_end.replace(day=low)
    return start, last_month_end.replace(day=min(high, last_month_end.day))


def _against_reference(reference: date, clues: _Clues, basis: str) -> DateInference:
    if clues.weekday is not None:
        day = latest_weekday(clues.weekday, reference)
        return DateInference(event_date=day.isoformat(), basis="relative")
    if "yesterday" in clues.day_words:
        return DateInference(
            event_date=(reference - timedelta(days=1)).isoformat(), basis="relative"
        )
    if clues.lede_relative and not clues.day_words:
        part, when, unit = clues.lede_relative[0]
        low, high = relative_window(part, when, unit, reference)
        words = " ".join(w for w in (part, when, unit) if w)
        note = f"event date ambiguous: '{words}' is {low.isoformat()} to {high.isoformat()}"
        return DateInference(event_date=None, basis="none", note=note)
    return DateInference(event_date=reference.isoformat(), basis=basis)


def infer_event_date(
    text: str,
    *,
    dateline: str | None,
    published: str | None,
    conflict: str | Conflict | None,
) -> DateInference:
    """The day the article's events happened, by the rules in the module docstring."""
    table = conflict if isinstance(conflict, Conflict) else find_conflict(conflict)
    if dateline and dateline in text:  # the date line is a reference, not a clue in the text
        text = text.replace(dateline, " " * len(dateline), 1)
    clues = _read_clues(text)
    stamped = max(clues.published) if clues.published else None
    references = [
        (day, label, basis)
        for day, label, basis in (
            (parse_date_text(dateline), "date line", "dateline"),
            (parse_date_text(published) or stamped, "page date", "published"),
        )
        if day is not None
    ]
    notes: list[str] = []
    unbounded = _read_text(text, clues, table, None)
    for reference, label, basis in references:
        against = _contradiction(reference, clues, unbounded, table)
        if against is None:
            result = _against_reference(reference, clues, basis)
            if notes:
                note = "; ".join([*notes, *([result.note] if result.note else [])])
                result = result.model_copy(update={"note": note})
            return result
        notes.append(f"{label} {reference.isoformat()} contradicts the text (events of {against})")
    return _from_text(unbounded, clues, "; ".join(notes))


def infer_article_date(article: Article, conflict: str | None) -> DateInference:
    """`infer_event_date` for an ingested article (its readable text, date line, page date)."""
    return infer_event_date(
        article.content(), dateline=article.dateline, published=article.published, conflict=conflict
    )
