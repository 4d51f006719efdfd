"""Articles per second of the rules extractor on the seeds, repeated, on one core.

    .venv/bin/python benchmarks/rules_speed.py [--articles 500] [--rounds 3] [--min-rate 100]
                                               [--keep-caches]

Each article is read as a new one: the per-text cache is cleared before it, since real batches
never repeat an article (--keep-caches times repeats as repeats, as this script once did).
The rate is the best of `--rounds` rounds (as `timeit` does): a busy machine only ever slows a
round down, so the best round is the closest to the code's own speed.
Exits 1 when that rate is below --min-rate, so CI can use it as a gate.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from pathlib import Path

from summarize.extract.rules import RulesExtractor
from summarize.ingest import Article, load_article
from summarize.phrases import forget_texts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def cpu_seconds(
    extractor: RulesExtractor, articles: list[Article], count: int, keep_caches: bool
) -> float:
    """CPU time (one core's work, not time spent waiting for it) to extract `count` articles."""
    start = time.process_time()
    for article in itertools.islice(itertools.cycle(articles), count):
        if not keep_caches:
            forget_texts()
        extractor.extract(article)
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--min-rate", type=float, default=100.0)
    parser.add_argument("--keep-caches", action="store_true")
    options = parser.parse_args()

    articles = [load_article(path) for path in sorted(SEEDS.glob("*.txt"))]
    extractor = RulesExtractor()  # lexicon and actor patterns compiled once, outside the timing
    extractor.extract(articles[0])
    rates = [
        options.articles / cpu_seconds(extractor, articles, options.articles, options.keep_caches)
        for _ in range(max(1, options.rounds))
    ]
    best = max(rates)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{options.articles} articles x {len(rates)} rounds: best {best:.0f} articles/s on one "
        f"core (median {statistics.median(rates):.0f}; load average {load:.2f})"
    )
    return 0 if best >= options.min_rate else 1


if __name__ == "__main__":
    sys.exit(main())
