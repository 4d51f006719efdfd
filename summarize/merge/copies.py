"""Near-duplicate articles: the same wire story printed by several outlets counts as one source.

Two texts are copies when their word 4-shingles overlap: Jaccard similarity at least
COPY_JACCARD, or one text's shingles lie almost all in the other (COPY_CONTAINMENT: a copy cut
short or with a paragraph added). Light edits (a changed headline, a dateline, a few words)
break only the shingles around them. Copies form groups (transitively); a group is one voice
when deciding whether a figure is corroborated.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain, islice

from rapidfuzz.distance import Indel

from summarize.schema import CopyGroup, Extraction

SHINGLE = 4
COPY_JACCARD = 0.6
COPY_CONTAINMENT = 0.85
# Containment only judges a text of at least this many distinct shingles (about 50 words).
MIN_CONTAINED = 50
# A text of fewer words has too few shingles to judge: it is compared character by character.
FEW_WORDS = 3 * SHINGLE
_WORD = re.compile(r"\w+")


def shingles(text: str, numbers: dict[str, int] | None = None) -> frozenset[int]:
    """The text's word 4-shingles, each hashed from word numbers (`numbers`, shared by every
    text compared in one search, so hashes agree between texts and between runs)."""
    numbers = {} if numbers is None else numbers
    words = [numbers.setdefault(w, len(numbers)) for w in _WORD.findall(text.lower())]
    if len(words) < SHINGLE:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


def _has_few_words(text: str) -> bool:
    """Fewer than FEW_WORDS words. Counts no further, so that a long text is split into words
    once only, by `shingles`."""
    return len(list(islice(_WORD.finditer(text), FEW_WORDS))) < FEW_WORDS


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """How much two shingle sets overlap: the larger of Jaccard and scaled containment."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    jaccard = common / (len(a) + len(b) - common)  # |a | b| without building the union
    if min(len(a), len(b)) < MIN_CONTAINED:
        return jaccard  # a few lines (a bare boilerplate page) lie inside any article
    containment = common / min(len(a), len(b))
    return max(jaccard, containment * COPY_JACCARD / COPY_CONTAINMENT)


def _score(a: str, b: str) -> tuple[float, float]:
    """The texts' similarity and the threshold it must reach to call them copies."""
    if not a.strip() or not b.strip():
        return 0.0, 1.0
    if _has_few_words(a) or _has_few_words(b):
        return Indel.normalized_similarity(a.lower(), b.lower()), 0.9
    numbers: dict[str, int] = {}
    return min(1.0, similarity(shingles(a, numbers), shingles(b, numbers))), COPY_JACCARD


def is_copy(a: str, b: str) -> bool:
    score, threshold = _score(a, b)
    return score >= threshold


# Each article is looked up by a sketch of its shingles: the SKETCH with the smallest hashes.
# Two copies share most shingles, so their sketches share some with near certainty (missing
# one needs all SKETCH picks to fall outside the overlap: about (1 - Jaccard) ** SKETCH), and
# unrelated articles share few. Hashes come from word numbers, so runs agree.
SKETCH = 32
# Per sketch hash, one member of each group seen with it is kept to compare against, and at
# most MAX_REPS: a stock phrase every article prints cannot make the search quadratic.
MAX_REPS = 64
# A candidate must share this many sketch hashes (copies share about Jaccard x SKETCH of them;
# articles that only print the same boilerplate share one or two).
MIN_SHARED = 3
# Up to this size a group's similarity is its least similar pair; above it, its weakest link.
EXACT_LOWEST_UP_TO = 20


def copy_groups(
    numbered: Sequence[tuple[int, Extraction]], texts: Mapping[str, str]
) -> list[CopyGroup]:
    """Groups of two or more numbered articles whose texts are copies of one another.

    Articles without a text in `texts` (keyed by sha256) are never copies of anything.
    """
    known = [(n, e, texts[e.article.sha256]) for n, e in numbered if e.article.sha256 in texts]
    parent = {n: n for n, _, _ in known}
    weakest: dict[int, float] = {}  # a group's root -> its weakest joining link

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(a: int, b: int, score: float) -> None:
        low, high = sorted((root(a), root(b)))
        parent[high] = low
        weakest[low] = min(score, weakest.get(low, 1.0), weakest.pop(high, 1.0))

    text_of = {n: text for n, _, text in known}
    # Short texts are compared character by character, with each other only (see _score).
    short = [n for n, _, text in known if _has_few_words(text)]
    for i, first in enumerate(short):
        for second in short[i + 1 :]:
            if root(first) == root(second):
                continue  # already one group: no need to compare
            score, threshold = _score(text_of[first], text_of[second])
            if score >= threshold:
                join(first, second, score)
    is_short = set(short)
    numbers: dict[str, int] = {}
    by_sha: dict[str, frozenset[int]] = {}  # one text extracted by two extractors: shingled once
    hashed: dict[int, frozenset[int]] = {}  # a long text has words: never blank
    for n, extraction, text in sorted(known, key=lambda k: k[0]):
        if n not in is_short:
            sha = extraction.article.sha256
            if sha not in by_sha:
                by_sha[sha] = shingles(text, numbers)
            hashed[n] = by_sha[sha]
    reps: dict[int, list[int]] = {}
    for n in hashed:  # built in number order
        sketch = heapq.nsmallest(SKETCH, hashed[n])
        shared = Counter(chain.from_iterable(reps.get(key, ()) for key in sketch))
        need = min(MIN_SHARED, len(sketch))
        candidates = [other for other, count in shared.items() if count >= need]
        for other in sorted(candidates, key=lambda o: -shared[o]):
            if root(other) != root(n):
                score = min(1.0, similarity(hashed[n], hashed[other]))
                if score >= COPY_JACCARD:
                    join(n, other, score)
        group = root(n)
        for key in sketch:
            kept = reps.setdefault(key, [])
            if len(kept) < MAX_REPS and all(root(other) != group for other in kept):
                kept.append(n)
    members: dict[int, list[int]] = {}
    for n, _, _ in known:
        members.setdefault(root(n), []).append(n)
    outlets = {n: e.article.outlet or e.article.id for n, e, _ in known}
    groups = []
    for top, numbers_in in members.items():
        if len(numbers_in) < 2:
            continue
        if len(numbers_in) <= EXACT_LOWEST_UP_TO:
            lowest = min(
                min(1.0, similarity(hashed[a], hashed[b]))
                if a in hashed and b in hashed
                else _score(text_of[a], text_of[b])[0]
                for i, a in enumerate(numbers_in)
                for b in numbers_in[i + 1 :]
            )
        else:
            lowest = weakest.get(top, 1.0)
        groups.append(
            CopyGroup(
                sources=sorted(numbers_in),
                outlets=[outlets[n] for n in sorted(numbers_in)],
                similarity=round(lowest, 3),
            )
        )
    return sorted(groups, key=lambda g: g.sources)


def voices(
    numbered: Sequence[tuple[int, Extraction]], groups: Sequence[CopyGroup]
) -> dict[int, str]:
    """The voice each source speaks in: its outlet, or its copy group's (one voice for all)."""
    voice = {n: e.article.outlet or e.article.id for n, e in numbered}
    for group in groups:
        shared = "copies:" + "+".join(str(n) for n in group.sources)
        for n in group.sources:
            voice[n] = shared
    return voice
