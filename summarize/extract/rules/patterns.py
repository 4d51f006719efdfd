"""The lexicon's regular expressions, compiled for fast scanning.

Python's `re` tries every alternative of a pattern at every position of the text. Two ways
around that, both giving exactly the matches of the plain pattern: `regexes` leads the pattern
with a lookahead for the characters a match can start with, and `WordScan` tries it only where
a word begins with one of its stems ("cease", "truce", "agreed"), found by one scan of the
lowercased text for those plain words.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from summarize.phrases import PhraseMatcher


def regexes(patterns: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for the alternatives, led by a lookahead for the characters
    a match can start with when they are few: `re` then skips to those characters instead of
    trying every alternative at every position (a leading word boundary defeats its own prefix
    search).
    The matches are the same."""
    listed = list(patterns)
    body = "|".join(f"(?:{pattern})" for pattern in listed) or r"(?!x)x"
    firsts: set[str] = set()
    for pattern in listed:
        found = _first_chars(pattern)
        if found is None:
            return re.compile(body, re.IGNORECASE)
        firsts |= found
    if not firsts or len(firsts) > _MAX_FIRSTS:
        return re.compile(body, re.IGNORECASE)
    start = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(f"(?=[{start}])(?:{body})", re.IGNORECASE)


_MAX_FIRSTS = 20


def _first_chars(pattern: str) -> set[str] | None:
    """The characters a match of `pattern` can begin with, for the lexicon's shapes: each
    alternative an optional leading word boundary, then a letter or digit, or a group of such
    alternatives. Anything else (optional first items, classes, anchors): None, no lookahead."""
    found: set[str] = set()
    for alternative in _top_level(pattern):
        rest = alternative.removeprefix("\\b")
        if not rest or rest[1:2] in ("?", "*", "{"):
            return None
        if rest[0].isalnum():
            found.add(rest[0].lower())
            continue
        if rest[0] != "(" or (rest.startswith("(?") and not rest.startswith("(?:")):
            return None
        close = _closing(rest)
        if close < 0 or rest[close + 1 : close + 2] in ("?", "*", "{"):
            return None  # an optional group: the match may start after it
        inner = _first_chars(rest[3:close] if rest.startswith("(?:") else rest[1:close])
        if inner is None:
            return None
        found |= inner
    return found


def _depths(pattern: str) -> Iterator[tuple[int, str, int | None]]:
    """Each character of `pattern` with its index and the group depth after it; None for one
    that is escaped, a class bracket or inside a class (it shapes no group)."""
    depth, escaped, in_class = 0, False, False
    for at, char in enumerate(pattern):
        shapes = not escaped and not in_class and char not in "[]"
        if not escaped:
            if char == "[":
                in_class = True
            elif char == "]":
                in_class = False
            elif not in_class:
                depth += {"(": 1, ")": -1}.get(char, 0)
        escaped = char == "\\" and not escaped
        yield at, char, depth if shapes else None


def _top_level(pattern: str) -> list[str]:
    """`pattern` cut at its top-level `|` (escapes and classes left whole)."""
    pieces, start = [], 0
    for at, char, depth in _depths(pattern):
        if char == "|" and depth == 0:
            pieces.append(pattern[start:at])
            start = at + 1
    return [*pieces, pattern[start:]]


def _closing(text: str) -> int:
    """Where the group opening `text` closes, or -1."""
    return next((at for at, _, depth in _depths(text) if depth == 0), -1)


_WORD = re.compile(r"\w+")
# A leading lookbehind ("(?<!-)\bbrokered") leaves the match where it was.
_LOOKBEHIND = re.compile(r"\(\?<[!=](?:[^()\\]|\\.)*\)")
# The letters `re` also takes for an ASCII letter when ignoring case (the long s, the Kelvin sign,
# the dotted and dotless i): a text holding one is scanned the plain way.
_FOLDED_ALIKE = ("\u017f", "\u212a", "\u0130", "\u0131")


def word_stems(patterns: Iterable[str]) -> frozenset[str] | None:
    """The lowercase words, or starts of words, that every match of `patterns` begins with: each
    alternative must open with `\\b` (after any lookbehind) and then plain letters or digits, or
    a group of such alternatives. None for any other shape."""
    stems: set[str] = set()
    for pattern in patterns:
        for alternative in _top_level(pattern):
            while (behind := _LOOKBEHIND.match(alternative)) is not None:
                alternative = alternative[behind.end() :]
            if not alternative.startswith("\\b"):
                return None
            found = _leading_words(alternative[2:])
            if found is None:
                return None
            stems |= found
    return frozenset(stems) if stems else None


def _leading_words(pattern: str) -> set[str] | None:
    """The plain ASCII letters and digits `pattern` must start with (a char made optional by
    `?`, `*` or `{` ends them), or those of each alternative of its leading group."""
    prefix = ""
    for at, char in enumerate(pattern):
        if not (char.isascii() and char.isalnum()):
            break
        if pattern[at + 1 : at + 2] in ("?", "*", "{"):
            break
        prefix += char.lower()
    if prefix:
        return {prefix}
    if not pattern.startswith("(") or (pattern.startswith("(?") and not pattern.startswith("(?:")):
        return None
    close = _closing(pattern)
    if close < 0 or pattern[close + 1 : close + 2] in ("?", "*", "{"):
        return None
    words: set[str] = set()
    for alternative in _top_level(
        pattern[3:close] if pattern.startswith("(?:") else pattern[1:close]
    ):
        found = _leading_words(alternative)
        if found is None:
            return None
        words |= found
    return words


def _stem_pattern(stems: Sequence[str]) -> re.Pattern[str]:
    """Where a word starts with one of `stems` (lowercase), in lowercased text."""
    words = "|".join(re.escape(s) for s in sorted(stems, key=lambda s: (-len(s), s)))
    firsts = re.escape("".join(sorted({s[0] for s in stems})))
    return re.compile(rf"(?=[{firsts}])(?<!\w)(?:{words})")


def _scannable(text: str, lowered: str) -> bool:
    """Whether word starts found in `lowered` are those `re` finds in `text` ignoring case."""
    return len(lowered) == len(text) and not any(letter in text for letter in _FOLDED_ALIKE)


class WordScan:
    """A pattern whose matches all begin with one of `stems` (lowercase ASCII words, or starts of
    words), tried only where a word starts with one: the same matches as the pattern's own
    `finditer` and `search`, several times faster on a long text. Without stems (None), the
    plain pattern's. `match` is the pattern's."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        stems: Iterable[str] | None,
        entries: Sequence[tuple[str, frozenset[str]]] = (),
    ) -> None:
        self.pattern = pattern
        self.match = pattern.match
        listed = sorted({s.lower() for s in stems or ()}, key=lambda s: (-len(s), s))
        usable = stems is not None and listed and all(s.isascii() and s.isalnum() for s in listed)
        self.stem_words: tuple[str, ...] | None = tuple(listed) if usable else None
        self._stems = _stem_pattern(listed) if usable else None
        # `regexes`' alternatives with their stems: at a word, only those that can begin there
        # are tried (`matcher_at`)
        self._entries = tuple(entries) if usable else ()
        self._at_stem: dict[str, Callable[..., re.Match[str] | None]] = {}

    @classmethod
    def of_patterns(cls, patterns: Iterable[str]) -> WordScan:
        """`regexes(patterns)`, with the stems `word_stems` reads off them."""
        listed = list(patterns)
        # (the whole list's stems are its patterns' stems together: each read once)
        entries = [(pattern, stems) for pattern in listed if (stems := word_stems([pattern]))]
        if len(entries) < len(listed):
            return cls(regexes(listed), None)
        return cls(regexes(listed), frozenset().union(*(s for _, s in entries)), entries)

    def matcher_at(self, stem: str) -> Callable[..., re.Match[str] | None]:
        """`pattern.match` for a position where `stem` (the longest of the stems there) starts
        a word: the alternatives none of whose stems begins `stem` cannot match there, so each run
        of them is shut by one `(?!)` (their groups keep their numbers) and fails at once. The
        same matches as `pattern.match`; a pattern of many alternatives no longer tries each one
        at every common word one of them begins with ("forces", "state")."""
        found = self._at_stem.get(stem)
        if found is None:
            if not self._entries:
                found = self.pattern.match
            else:
                tried: list[str] = []
                shut: list[str] = []  # a run of alternatives that cannot begin here
                for pattern, stems in self._entries:
                    if any(stem.startswith(own) for own in stems):
                        if shut:
                            tried.append(f"(?!)(?:{'|'.join(shut)})")
                            shut = []
                        tried.append(f"(?:{pattern})")
                    else:
                        shut.append(f"(?:{pattern})")
                if shut:
                    tried.append(f"(?!)(?:{'|'.join(shut)})")
                found = re.compile("|".join(tried), re.IGNORECASE).match
            self._at_stem[stem] = found
        return found

    @classmethod
    def of_phrases(cls, phrases: Iterable[str]) -> WordScan:
        """Plain phrases as `lexicon.words_regex` finds them, each from its first word."""
        listed = list(phrases)
        firsts = [first.group().lower() for p in listed if (first := _WORD.match(p.strip()))]
        stems = firsts if len(firsts) == len(listed) else None
        matcher = PhraseMatcher(listed, joined_by_hyphen=False)
        return cls(re.compile(matcher.pattern, re.IGNORECASE), stems)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        # Only the part searched is lowercased, with one character before it: whether a word
        # starts at its first character.
        base = max(0, pos - 1)
        piece = text[base:endpos]
        lowered = piece.lower()
        if self._stems is None or not _scannable(piece, lowered):
            yield from self.pattern.finditer(text, pos, endpos)
            return
        after = pos  # matches do not overlap, as with `finditer`
        for stem in self._stems.finditer(lowered, max(0, pos - base)):
            start = base + stem.start()
            if start < after:
                continue
            match = self.matcher_at(stem.group())(text, start, endpos)
            if match is not None:
                yield match
                after = max(match.end(), start + 1)


class WordScans:
    """Several WordScans looked for in one pass over a text (their stems in one pattern): each
    one's matches exactly as its own `finditer` gives them."""

    def __init__(self, scans: Sequence[WordScan]) -> None:
        self.scans = tuple(scans)
        stems = [scan.stem_words for scan in self.scans]
        self._each = [words for words in stems if words is not None]
        self._stems = (
            _stem_pattern(sorted({w for words in self._each for w in words}))
            if self._each and len(self._each) == len(stems)
            else None
        )

    def finditer_each(self, text: str) -> list[list[re.Match[str]]]:
        """`[list(scan.finditer(text)) for scan in scans]`, in one scan of `text`."""
        lowered = text.lower()
        if self._stems is None or not _scannable(text, lowered):
            return [list(scan.finditer(text)) for scan in self.scans]
        found: list[list[re.Match[str]]] = [[] for _ in self.scans]
        after = [0] * len(self.scans)  # each scan's matches do not overlap, as with `finditer`
        for stem in self._stems.finditer(lowered):
            start = stem.start()
            for index, (scan, words) in enumerate(zip(self.scans, self._each, strict=True)):
                if start < after[index] or not lowered.startswith(words, start):
                    continue
                match = scan.matcher_at(stem.group())(text, start)
                if match is not None:
                    found[index].append(match)
                    after[index] = max(match.end(), start + 1)
        return found
