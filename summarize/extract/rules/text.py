"""Reading the article body: regions outside boilerplate, sentences as bounded windows, clauses.

Every later step works on windows of at most `MAX_WINDOW` characters, so the work per window is
bounded and the work per article is linear in its length, whatever the text looks like.
"""

from __future__ import annotations

import bisect
import itertools
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarize.errors import TimeBudgetError
from summarize.ingest import Article

MAX_WINDOW = 600  # characters; a longer sentence is read as several windows
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE_STOP = re.compile(r"([\w.]{1,30})[.!?…]*$")
_HAS_WORD = re.compile(r"\w")
_CLAUSE_BREAK = re.compile(
    # (not the comma of "2,000", which breaks no clause)
    r"(?<!\d),|,(?!\d)|[;:()\u2013\u2014\"“”]|\s-\s|\b(?:that|who|which|whom|whose|while|whereas|but)\b"
)
_SOFT_BREAK = re.compile(r"[,;:]\s|\s")
_CLOSING = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")


# Hard-wrapped text (wire copy, e-mail, text dumps of PDFs) breaks every sentence at a fixed
# width; its line breaks inside a paragraph are read as spaces.
_WRAPPED_MIN, _WRAPPED_MAX = 40, 100  # a wrapping width's bounds, in characters
_RAGGED = 25  # how much shorter than the widest a wrapped line may be
_ITEM_START = re.compile(r"\s*(?:[-•*>»›|▶◦·–—#]|\d{1,2}[.)]\s|\[|[A-Z][\w']*(?: [\w']+){0,2}:\s)")


# Spaces that web pages write as entities (&nbsp;, thin and figure spaces) read as plain ones,
# and curly apostrophes as straight ones (the lexicon's patterns are written with them).
_PLAIN = str.maketrans(
    {**dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f", " "), "’": "'", "‘": "'"}
)


def reading_copy(text: str) -> str:
    """The article text as the rules read it: the same length, so every offset still points into
    the article, with wide and non-breaking spaces and curly apostrophes plain and hard-wrapped
    lines run on."""
    return unwrapped(text.translate(_PLAIN))


def unwrapped(text: str) -> str:
    """`text` with the line breaks inside hard-wrapped paragraphs turned into spaces: the same
    length, so every offset still points into the article. A text counts as hard-wrapped when
    nearly none of its lines is longer than a wrapping width (its widest common line); a line
    of about that width runs on into the next one, unless either opens like a list item or a
    label, or it is a menu."""
    lines = text.split("\n")
    widths = sorted(len(line.rstrip()) for line in lines)
    fitting = [w for w in widths if _WRAPPED_MIN <= w <= _WRAPPED_MAX]
    if len(fitting) < 5 or sum(1 for w in widths if w > _WRAPPED_MAX) * 10 > len(fitting):
        return text
    width = fitting[int(len(fitting) * 0.95)]
    chars = list(text)
    offset = 0
    for line, following in itertools.pairwise(lines):
        offset += len(line) + 1
        size = len(line.rstrip())
        if (
            width - _RAGGED <= size <= width + 3
            and following.strip()
            and not _ITEM_START.match(line)
            and not _ITEM_START.match(following)
            and line.count("|") < 2
        ):
            chars[offset - 1] = " "
            if line.endswith("\r"):
                chars[offset - 2] = " "
    return "".join(chars)


class Budget:
    """A per-article time budget: `check()` raises once `seconds` have passed."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.deadline = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetError(
                f"the rules extractor stopped after its time budget of {self.seconds:g} s: the "
                "article is too long or built to be slow; raise the budget or split the input"
            )


@dataclass
class Window:
    """A sentence (or a bounded piece of a long one); `start:end` index the article text."""

    index: int
    start: int
    end: int
    text: str
    clause_starts: list[int] = field(default_factory=list)  # absolute, sorted

    def clause_start(self, position: int) -> int:
        """Start of the clause holding `position` (absolute offsets)."""
        found = bisect.bisect_right(self.clause_starts, position) - 1
        return self.clause_starts[found] if found >= 0 else self.start

    def previous_clause(self, clause_start: int) -> int:
        found = bisect.bisect_left(self.clause_starts, clause_start) - 1
        return self.clause_starts[found] if found >= 0 else self.start

    def clause_end(self, position: int) -> int:
        found = bisect.bisect_right(self.clause_starts, position)
        return self.clause_starts[found] - 1 if found < len(self.clause_starts) else self.end

    @property
    def is_headline(self) -> bool:
        """A line without closing punctuation: a headline or subheading."""
        return _CLOSING.search(self.text, max(0, len(self.text) - 6)) is None


def content_regions(article: Article) -> list[tuple[int, int]]:
    """The parts of `article.text` outside boilerplate, as (start, end)."""
    regions, position = [], 0
    for start, end in sorted(article.boilerplate):
        if start > position:
            regions.append((position, start))
        position = max(position, end)
    if position < len(article.text):
        regions.append((position, len(article.text)))
    return regions


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`start:end` cut into pieces of at most MAX_WINDOW, at a clause break or a space."""
    pieces = []
    while end - start > MAX_WINDOW:
        limit = start + MAX_WINDOW
        cut = None
        for found in _SOFT_BREAK.finditer(text, limit - MAX_WINDOW // 3, limit):
            cut = found.end()
        cut = cut if cut is not None and cut > start else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_windows(
    text: str, regions: Sequence[tuple[int, int]], abbreviations: frozenset[str], budget: Budget
) -> list[Window]:
    """Sentences (and headline lines) inside `regions` as bounded windows, in text order."""
    windows: list[Window] = []
    for region_start, region_end in regions:
        for line in _LINE.finditer(text, region_start, region_end):
            budget.check()
            cuts = [line.start()]
            for stop in _SENTENCE_END.finditer(text, line.start(), line.end()):
                before = _WORD_BEFORE_STOP.search(
                    text, max(line.start(), stop.start() - 30), stop.start() + 1
                )
                word = before.group(1).rstrip(".").casefold() if before else ""
                if word in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue
                cuts.append(stop.end())
            cuts.append(line.end())
            for cut_start, cut_end in itertools.pairwise(cuts):
                for piece_start, piece_end in _pieces(text, cut_start, cut_end):
                    start, end = _trimmed(text, piece_start, piece_end)
                    if _HAS_WORD.search(text, start, end):
                        window = Window(len(windows), start, end, text[start:end])
                        window.clause_starts = [
                            m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)
                        ]
                        windows.append(window)
    return windows


def one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def words_after(text: str, limit: int = 8) -> str:
    """The first few words of `text`, for a topic."""
    words = re.sub(r"^\W*(?:of|that|to|for|on|about|the|its|their)\b\s*", "", text.strip()).split()
    return " ".join(words[:limit]).strip(' ,.;:"“”') or "unspecified"


def window_at(windows: Sequence[Window], start: int) -> Window:
    """The window that holds offset `start` (the first one before any)."""
    index = bisect.bisect_right([w.start for w in windows], start) - 1
    return windows[max(0, index)]
