"""Fast matching of many fixed phrases (actor names, lexicon words) in text.

A single regex alternation of hundreds of phrases is retried at every character, which is slow
in Python's `re`, and case-insensitive matching is slower still. Here phrases are grouped by
their first word; a group is tried only where its first word occurs in the text (lowercased).
Matches are whole words, longest first, and do not overlap.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

_WORD = re.compile(r"\w+")


def flexible_spaces(phrase: str) -> str:
    """Escaped phrase in which any run of whitespace matches any run of whitespace."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A found phrase; offsets and text are the original's (not the lowercased copy's)."""

    text: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text[self.begin : self.finish]


@functools.lru_cache(maxsize=256)
def _word_index(text: str) -> dict[str, list[int]]:
    """Where each word of `text` starts."""
    starts: dict[str, list[int]] = defaultdict(list)
    for word in _WORD.finditer(text):
        starts[word.group()].append(word.start())
    return dict(starts)


@functools.lru_cache(maxsize=256)
def _prepared(text: str, fold_case: bool) -> tuple[str | None, dict[str, list[int]]]:
    """The text to search (None when lowercasing would shift offsets) and where each of its
    words starts (in the searchable text; for None, in the lowercased text)."""
    if not fold_case:
        return text, _word_index(text)
    lowered = text.lower()
    if len(lowered) != len(text):
        return None, _word_index(lowered)
    if "Σ" in text:  # the one letter whose lower case depends on its neighbours
        return lowered, _word_index(lowered)
    # Lowercasing that keeps the length maps each character alone and never makes a word
    # character of another or the reverse, so the words stay where they were: fold the
    # index already built for the text rather than reading the text again.
    parts: dict[str, list[list[int]]] = {}
    for word, starts in _word_index(text).items():
        parts.setdefault(word.lower(), []).append(starts)
    # each word's case variants merged once (sorting per variant was quadratic in their number)
    folded = {
        key: lists[0] if len(lists) == 1 else sorted(itertools.chain.from_iterable(lists))
        for key, lists in parts.items()
    }
    return lowered, folded


class WordStarts:
    """The words of a text where a pattern that always begins a word can begin: every word not
    written in lower case (capitalised, or a digit), and a lower-case one only when it is in
    `lower_starts` or has `glued` right after it ("five" in "five-year-old"). Trying a regex of
    many branches only there, not at every character as `search` does, is several times faster
    in Python's `re`."""

    def __init__(self, lower_starts: Iterable[str], glued: str = "") -> None:
        self._lower = frozenset(lower_starts)
        self._glued = glued
        # A regex finds a superset of those words without a Python step per word (most words
        # are lower-case ASCII and rejected in C); the exact test then runs on the few left.
        candidates = [r"(?![a-z]+(?!\w))"]
        listed = sorted((re.escape(w) for w in self._lower if w), key=lambda w: (-len(w), w))
        if listed:
            candidates.append(rf"(?=(?:{'|'.join(listed)})(?!\w))")
        if glued:
            candidates.append(rf"(?=\w+{re.escape(glued)})")
        self._candidates = re.compile(rf"(?<!\w)(?:{'|'.join(candidates)})\w+")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lower, glued = self._lower, self._glued
        for word in self._candidates.finditer(text):
            token = word.group()
            if (
                token.islower()
                and not token[0].isdigit()
                and token not in lower
                and not (glued and text.startswith(glued, word.end()))
            ):
                continue
            yield word


class WordAnchored:
    """A regex that can only match where a word starts (it opens with `\\b` or `(?<!\\w)` before
    a word character), tried only at the words it can start with: `first_words` (lower case)
    and, with `digits`, any word that starts with a digit. `finditer` and `search` over a whole
    text find exactly what the regex's own do, without trying it at every character (several
    times faster in Python's `re`); the text's word index is shared with PhraseMatcher's.

    The word index is of the lowercased text. Where that could miss a match (a text whose
    lowercase has another length, or with the two letters `re.IGNORECASE` matches to ASCII ones
    that lowercasing does not: dotless 'ı' and long 's'), the regex scans the text itself."""

    def __init__(
        self, pattern: re.Pattern[str], first_words: Iterable[str] | None, digits: bool = False
    ) -> None:
        self.pattern = pattern
        self._first = None if first_words is None else frozenset(first_words)
        self._digits = digits

    def _starts(self, text: str) -> list[int] | None:
        """Where a match can start, in order; None when the word index cannot tell."""
        if self._first is None or "\u0131" in text or "\u017f" in text:
            return None
        searchable, words = _prepared(text, True)
        if searchable is None:
            return None
        keys = list(words.keys() & self._first)
        if self._digits:
            keys += _digit_words(text)
        if len(keys) == 1:
            return words[keys[0]]
        return sorted(itertools.chain.from_iterable(words[key] for key in keys))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        starts = self._starts(text)
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        end = 0
        for start in starts:
            if start >= end and (found := match(text, start)) is not None:
                end = found.end()
                yield found

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def first_words(phrases: Iterable[str]) -> set[str] | None:
    """Each phrase's first word as the word index keeps it (lower case), for WordAnchored; None
    when one does not open with an ASCII word (the regex then scans the whole text)."""
    firsts = [_WORD.match(phrase) for phrase in phrases]
    if any(found is None or not found.group().isascii() for found in firsts):
        return None
    return {found.group().lower() for found in firsts if found is not None}


@functools.lru_cache(maxsize=256)
def _digit_words(text: str) -> list[str]:
    """The words of `text`'s index that start with a digit."""
    return [word for word in _prepared(text, True)[1] if word[0].isdigit()]


@functools.lru_cache(maxsize=4)
def _one_line(text: str) -> str:
    """The text with each line break read as a space (offsets unchanged): a name the page
    wraps across two lines is still the name."""
    return text.replace("\n", " ")


def forget_texts() -> None:
    """Drop the per-text cache, so a text seen before is read as new (for honest benchmarks)."""
    _prepared.cache_clear()
    _word_index.cache_clear()
    _digit_words.cache_clear()
    _one_line.cache_clear()


def _leftmost_longest(text: str, found: list[tuple[int, int]], pos: int) -> Iterator[PhraseMatch]:
    """What a regex scan would give: from the left, the longest match at each start, none
    overlapping."""
    found.sort(key=lambda span: (span[0], -span[1]))
    end_of_last = pos
    for start, end in found:
        if start >= end_of_last:
            end_of_last = end
            yield PhraseMatch(text, start, end)


def _word_char(char: str) -> bool:
    """What `\\w` matches: a letter or digit of any script, or the underscore."""
    return char.isalnum() or char == "_"


# Up to this many, one `str.find` sweep per phrase beats a word index: over 25 articles of
# 5.6 KB on average, 60 names took 227 us a text by `find` and 932 by the index, 150 names 524
# against 660; 250 names 847 against 685. A bound, so the sweeps stay linear in the text.
_FEW_PHRASES = 100


class LiteralMatcher:
    """Finds any of a few exact, case-sensitive `phrases` on word boundaries, without compiling
    a pattern: for the names one text defines, where compiling would cost more than the search
    (a phrase joined on by a hyphen counts, as in `PhraseMatcher`).

    A phrase is looked up whole at each word start, by the text of its words there: linear in
    the text for any number of phrases (one set lookup per word and per phrase length)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        unique = {p for p in phrases if p}
        # A few phrases, and any that opens or closes on a sign ("U.S."), are found by
        # `str.find`, one sweep each: faster than indexing the words, and still linear.
        few = len(unique) <= _FEW_PHRASES
        self._odd = sorted(
            (p for p in unique if few or not (_word_char(p[0]) and _word_char(p[-1]))),
            key=lambda p: (-len(p), p),
        )
        self._phrases = unique.difference(self._odd)
        self._word_counts = sorted({len(_WORD.findall(p)) for p in self._phrases})

    @staticmethod
    def phrase_of(written: str) -> str:
        """The phrase a match spells (a line break between its words reads as a space)."""
        return written.replace("\n", " ") if "\n" in written else written

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[PhraseMatch]:
        endpos = min(endpos, len(text))
        original, text = text, _one_line(text) if "\n" in text else text
        found = []
        if self._phrases:
            words = [(m.start(), m.end()) for m in _WORD.finditer(text, pos, endpos)]
            phrases, counts = self._phrases, self._word_counts
            for index, (start, _) in enumerate(words):
                if start > 0 and _word_char(text[start - 1]):
                    continue  # the region opened inside a word
                for count in counts:
                    last = index + count - 1
                    if last >= len(words):
                        break
                    end = words[last][1]
                    if text[start:end] in phrases and (
                        end == len(text) or not _word_char(text[end])
                    ):
                        found.append((start, end))
        for phrase in self._odd:
            start = text.find(phrase, pos, endpos)
            while start != -1:
                end = start + len(phrase)
                if (start == 0 or not _word_char(text[start - 1])) and (
                    end == len(text) or not _word_char(text[end])
                ):
                    found.append((start, end))
                start = text.find(phrase, start + 1, endpos)
        yield from _leftmost_longest(original, found, pos)


class PhraseMatcher:
    """Finds any of `phrases` on word boundaries, like `re.Pattern.finditer`/`search`."""

    def __init__(
        self,
        phrases: Iterable[str],
        *,
        ignore_case: bool = True,
        to_pattern: Callable[[str], str] = flexible_spaces,
        joined_by_hyphen: bool = True,
    ) -> None:
        self.ignore_case = ignore_case
        # When not joined_by_hyphen, a phrase glued on by a hyphen ("Armenian-backed") is no match.
        edge = r"\w" if joined_by_hyphen else r"[\w-]"
        self._edge = re.compile(edge)
        grouped: dict[str, list[str]] = defaultdict(list)
        unique = sorted(set(phrases), key=lambda p: (-len(p), p))
        for phrase in unique:
            first = _WORD.match(phrase)
            if first is not None:
                key = first.group().lower() if ignore_case else first.group()
                grouped[key].append(to_pattern(phrase.lower() if ignore_case else phrase))
        # Each first word's group is compiled when a text first holds that word: a lexicon's
        # many groups cost nothing at start-up until used.
        self._sources = {
            key: rf"(?:{'|'.join(alternatives)})(?!{edge})" for key, alternatives in grouped.items()
        }
        self._fast: dict[str, re.Pattern[str]] = {}
        # For the rare text whose lowercase has another length ('İ'): slower, case-insensitive;
        # compiled when first needed.
        self._fallback: dict[str, re.Pattern[str]] = {}
        body = "|".join(to_pattern(p) for p in unique) or r"(?!x)x"
        # The equivalent single regex, for embedding in larger patterns.
        self.pattern = rf"(?<!{edge})(?:{body})(?!{edge})"

    @property
    def first_words(self) -> frozenset[str]:
        """Each phrase's first word (lower-cased when matching ignores case)."""
        return frozenset(self._sources)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[PhraseMatch]:
        searchable, word_starts = _prepared(text, self.ignore_case)
        keys = word_starts.keys() & self._sources.keys()
        if not keys:
            return
        found = []
        if searchable is None:  # rare: offsets of the lowercased text are not the text's
            for key in keys:
                for match in self._slow(key).finditer(text, pos, endpos):
                    if self._at_edge(text, match.start()):
                        found.append((match.start(), match.end()))
        else:
            # Try each phrase group only where its first word occurs, not across the text.
            for key in keys:
                pattern = self._group(key)
                for start in word_starts[key]:
                    if start < pos or start >= endpos:
                        continue
                    hit = pattern.match(searchable, start, endpos)
                    if hit is not None and self._at_edge(searchable, start):
                        found.append((start, hit.end()))
        yield from _leftmost_longest(text, found, pos)

    def _group(self, key: str) -> re.Pattern[str]:
        pattern = self._fast.get(key)
        if pattern is None:
            pattern = self._fast[key] = re.compile(self._sources[key])
        return pattern

    def _slow(self, key: str) -> re.Pattern[str]:
        if key not in self._fallback:
            self._fallback[key] = re.compile(self._sources[key], re.IGNORECASE)
        return self._fallback[key]

    def _at_edge(self, text: str, start: int) -> bool:
        return start == 0 or not self._edge.match(text, start - 1)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> PhraseMatch | None:
        return next(self.finditer(text, pos, endpos), None)
