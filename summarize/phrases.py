"""Fast matching of many fixed phrases (actor names, lexicon words) in text.

A single regex alternation of hundreds of phrases is retried at every character, which is slow
in Python's `re`, and case-insensitive matching is slower still. Here phrases are grouped by
their first word; only the groups whose first word occurs in the text are searched, in the
lowercased text. Matches are whole words, longest first, and do not overlap.
"""

from __future__ import annotations

import functools
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
def _prepared(text: str, fold_case: bool) -> tuple[str | None, frozenset[str]]:
    """The text to search (None when lowercasing would shift offsets) and its distinct words."""
    if not fold_case:
        return text, frozenset(_WORD.findall(text))
    lowered = text.lower()
    searchable = lowered if len(lowered) == len(text) else None
    return searchable, frozenset(_WORD.findall(lowered))


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
        self._fast = {
            key: re.compile(rf"(?:{'|'.join(alternatives)})(?!{edge})")
            for key, alternatives in grouped.items()
        }
        # For the rare text whose lowercase has another length ('İ'): slower, case-insensitive.
        self._fallback = {
            key: re.compile(pattern.pattern, re.IGNORECASE) for key, pattern in self._fast.items()
        }
        body = "|".join(to_pattern(p) for p in unique) or r"(?!x)x"
        # The equivalent single regex, for embedding in larger patterns.
        self.pattern = rf"(?<!{edge})(?:{body})(?!{edge})"

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[PhraseMatch]:
        searchable, words = _prepared(text, self.ignore_case)
        keys = words & self._fast.keys()
        if not keys:
            return
        haystack, patterns = (searchable, self._fast) if searchable else (text, self._fallback)
        found = []
        for key in keys:
            for match in patterns[key].finditer(haystack, pos, endpos):
                start = match.start()
                if start == 0 or not self._edge.match(haystack, start - 1):
                    found.append((start, match.end()))
        found.sort(key=lambda span: (span[0], -span[1]))
        end_of_last = pos
        for start, end in found:
            if start >= end_of_last:
                end_of_last = end
                yield PhraseMatch(text, start, end)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> PhraseMatch | None:
        return next(self.finditer(text, pos, endpos), None)
