"""Near-duplicate articles: the same wire story printed by several outlets counts as one source.

Two texts are copies when their word 4-shingles overlap: Jaccard similarity at least
COPY_JACCARD, or one text's shingles lie almost all in the other (COPY_CONTAINMENT: a copy cut
short or with a paragraph added). Light edits (a changed headline, a dateline, a few words)
break only the shingles around them. Copies form groups (transitively); a group is one voice
when deciding whether a figure is corroborated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rapidfuzz.distance import Indel

from summarize.schema import CopyGroup, Extraction

SHINGLE = 4
COPY_JACCARD = 0.6
COPY_CONTAINMENT = 0.85
# Containment only judges a text of at least this many distinct shingles (about 50 words).
MIN_CONTAINED = 50
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def similarity(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """How much two shingle sets overlap: the larger of Jaccard and scaled containment."""
    return _set_similarity(a, b)


def _set_similarity(a: frozenset[object], b: frozenset[object]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    jaccard = common / len(a | b)
    if min(len(a), len(b)) < MIN_CONTAINED:
        return jaccard  # a few lines (a bare boilerplate page) lie inside any article
    containment = common / min(len(a), len(b))
    return max(jaccard, containment * COPY_JACCARD / COPY_CONTAINMENT)


def _score(a: str, b: str) -> tuple[float, float]:
    """The texts' similarity and the threshold it must reach to call them copies."""
    if not a.strip() or not b.strip():
        return 0.0, 1.0
    # Short texts have too few shingles to judge: compare them character by character.
    if min(len(_WORD.findall(a)), len(_WORD.findall(b))) < 3 * SHINGLE:
        return Indel.normalized_similarity(a.lower(), b.lower()), 0.9
    return min(1.0, similarity(shingles(a), shingles(b))), COPY_JACCARD


def is_copy(a: str, b: str) -> bool:
    score, threshold = _score(a, b)
    return score >= threshold


# A shingle printed by more articles than this is a stock phrase, too common to point at a copy;
# each article is paired only with the articles that share its rarer shingles.
COMMON_SHINGLE = 32
# Keys kept per article when all of its shingles are common (template-like texts).
FALLBACK_KEYS = 8


def _candidates(sets: Mapping[int, frozenset[int]]) -> set[tuple[int, int]]:
    """Pairs of articles that share a shingle few other articles print: every pair of copies
    shares its story's own wording, so no copy is missed, and unrelated articles share no more
    than stock phrases, so the work stays near linear in the number of articles."""
    postings: dict[int, list[int]] = {}
    for n, hashed in sets.items():
        for shingle in hashed:
            postings.setdefault(shingle, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for n, hashed in sets.items():
        rare = [h for h in hashed if len(postings[h]) <= COMMON_SHINGLE]
        if not rare:
            rare = sorted(hashed, key=lambda h: len(postings[h]))[:FALLBACK_KEYS]
        for shingle in rare:
            for other in postings[shingle]:
                if other != n:
                    pairs.add((min(n, other), max(n, other)))
    return pairs


def copy_groups(
    numbered: Sequence[tuple[int, Extraction]], texts: Mapping[str, str]
) -> list[CopyGroup]:
    """Groups of two or more numbered articles whose texts are copies of one another.

    Articles without a text in `texts` (keyed by sha256) are never copies of anything.
    """
    known = [(n, e, texts[e.article.sha256]) for n, e in numbered if e.article.sha256 in texts]
    parent = {n: n for n, _, _ in known}

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(a: int, b: int) -> None:
        parent[max(root(a), root(b))] = min(root(a), root(b))

    text_of = {n: text for n, _, text in known}
    # Short texts are compared character by character, with each other only (see _score).
    short = [n for n, _, text in known if len(_WORD.findall(text)) < 3 * SHINGLE]
    for i, first in enumerate(short):
        for second in short[i + 1 :]:
            if root(first) != root(second) and is_copy(text_of[first], text_of[second]):
                join(first, second)
    is_short = set(short)
    hashed = {
        n: frozenset(hash(s) for s in shingles(text))
        for n, _, text in known
        if n not in is_short and text.strip()
    }
    for first, second in sorted(_candidates(hashed)):
        if root(first) != root(second):
            a, b = hashed[first], hashed[second]
            if min(1.0, _set_similarity(a, b)) >= COPY_JACCARD:
                join(first, second)
    members: dict[int, list[int]] = {}
    for n, _, _ in known:
        members.setdefault(root(n), []).append(n)
    outlets = {n: e.article.outlet or e.article.id for n, e, _ in known}
    groups = []
    for numbers in members.values():
        if len(numbers) < 2:
            continue
        lowest = min(
            min(1.0, _set_similarity(hashed[a], hashed[b]))
            if a in hashed and b in hashed
            else _score(text_of[a], text_of[b])[0]
            for i, a in enumerate(numbers)
            for b in numbers[i + 1 :]
        )
        groups.append(
            CopyGroup(
                sources=sorted(numbers),
                outlets=[outlets[n] for n in sorted(numbers)],
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
