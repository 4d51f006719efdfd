"""Time of the rules extractor on crafted, hostile text: is it linear in the input's length?

    .venv/bin/python benchmarks/rules_hostile.py [--sizes 10,40,160]

Three patterns that once made it polynomial (a figure clause, bare commas, a ceasefire call)
and three for later rules (counts by "a", possessive titles, acts after their subject; runs of
capitals with no line break; many distinct names a text defines; hard-wrapped lines), each
repeated to 10, 40 and 160 KB. For each step the time ratio is printed beside the linear ideal
(the size ratio); the target is at most 1.5x linear. Exits 1 when a ratio is above it.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from collections.abc import Callable

from summarize.extract.rules import RulesExtractor
from summarize.ingest import Article
from summarize.phrases import forget_texts

PATTERNS = {
    "figures": "the ministry said 5 soldiers were killed and 6 wounded, ",
    "commas": ", ",
    "ceasefire": "called on Armenia and Azerbaijan to cease fire and ",
    # round 5's constructions: one counted by "a", parts of a count, a possessive title, an
    # act right after its subject
    "singles": "a soldier and a civilian were killed, including ",
    "titles": "its spokesman, Jane Doe Smith, said the army accepted the truce and ",
    # round 8: capitals and datelines with no line break (a review found the title-case line
    # test read back to the text's start: quadratic)
    "capitals": "AB, CD, EF (AFP) - Beirut Kyiv Ukraine ",
}
# round 9: a review found the case-folded word index re-sorted each word's positions once per
# case variant of it (quadratic in the number of variants): many variants of one word
# round 17: a review found the per-text name matcher swept the text once per name, and a text
# defines as many names as it likes ("the X Y Forces of Moldova"): many distinct headed names
# round 17 (eighteenth session): hard-wrapped text is read through a same-length copy whose
# wrapped line breaks are spaces: one paragraph of many wrapped lines
GENERATED = {
    "cases": lambda size: _case_variants("abcdefghijklmnopq", size),
    "names": lambda size: _distinct_names(size),
    "wrapped": lambda size: _wrapped(size),
}
TARGET = 1.5


def _case_variants(word: str, size: int) -> str:
    """Distinct case spellings of `word`, space-separated, up to `size` characters."""
    spellings, count = [], 0
    while count * (len(word) + 1) < size:
        spellings.append("".join(c.upper() if count >> i & 1 else c for i, c in enumerate(word)))
        count += 1
    return " ".join(spellings)[:size]


def _wrapped(size: int) -> str:
    """A story's sentences hard-wrapped at 70 columns, up to `size` characters."""
    sentence = "The ministry said 5 soldiers were killed and the rebels called for a ceasefire. "
    return textwrap.fill(sentence * (size // len(sentence) + 1), 70)[:size]


def _distinct_names(size: int) -> str:
    """Sentences each naming a new "<Word> <Word> Forces of Moldova", up to `size` characters."""
    sentences, count, total = [], 0, 0
    while total < size:
        first, second = _word(count), _word(count * 7 + 3)
        sentence = f"The {first} {second} Forces of Moldova clashed with troops near the border. "
        sentences.append(sentence)
        total += len(sentence)
        count += 1
    return "".join(sentences)[:size]


def _word(number: int) -> str:
    """A capitalised made-up word for `number` (distinct numbers, distinct words)."""
    letters = "bcdfghklmnprstvz"
    word = ""
    while True:
        word += letters[number % 16] + "aeiou"[number % 5]
        number //= 16
        if not number:
            return word.capitalize()


def crafted(pattern: str | Callable[[int], str], size: int) -> Article:
    text = pattern(size) if callable(pattern) else (pattern * (size // len(pattern) + 1))[:size]
    return Article(id="hostile", source="-", text=text, sha256="0" * 64)


def seconds(extractor: RulesExtractor, article: Article, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        forget_texts()
        start = time.perf_counter()
        extractor.extract(article)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,40,160", help="kilobytes, comma-separated")
    options = parser.parse_args()
    sizes = [int(kb) * 1000 for kb in options.sizes.split(",")]
    extractor = RulesExtractor(time_budget=None)
    worst = 0.0
    cases: dict[str, str | Callable[[int], str]] = {**PATTERNS, **GENERATED}
    for name, pattern in cases.items():
        times = [seconds(extractor, crafted(pattern, size)) for size in sizes]
        cells = [f"{size // 1000} KB {t:.3f} s" for size, t in zip(sizes, times, strict=True)]
        ratios = []
        for (s0, t0), (s1, t1) in zip(
            zip(sizes, times, strict=False), zip(sizes[1:], times[1:], strict=False), strict=False
        ):
            ideal = s1 / s0
            ratio = t1 / t0
            worst = max(worst, ratio / ideal)
            ratios.append(f"x{ratio:.1f} (linear x{ideal:.0f}, {ratio / ideal:.2f} of linear)")
        print(f"{name:10} " + " | ".join(cells) + "   growth: " + ", ".join(ratios))
    print(f"worst growth {worst:.2f}x linear (target <= {TARGET}x)")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
