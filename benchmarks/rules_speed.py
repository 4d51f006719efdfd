"""Articles per second of the rules extractor on the seeds, repeated, on one core.

    .venv/bin/python benchmarks/rules_speed.py [--articles 500] [--min-rate 100]

Exits 1 when the rate is below --min-rate, so CI can use it as a gate.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

from summarize.extract.rules import RulesExtractor
from summarize.ingest import load_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--min-rate", type=float, default=100.0)
    options = parser.parse_args()

    articles = [load_article(path) for path in sorted(SEEDS.glob("*.txt"))]
    extractor = RulesExtractor()  # lexicon and actor patterns compiled once, outside the timing
    extractor.extract(articles[0])
    wall, cpu = time.perf_counter(), time.process_time()
    for article in itertools.islice(itertools.cycle(articles), options.articles):
        extractor.extract(article)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # CPU time is what one core spends; wall time also counts waiting for a busy machine.
    rate = options.articles / cpu
    print(
        f"{options.articles} articles: {rate:.0f} articles/s on one core "
        f"({cpu:.2f} s CPU, {wall:.2f} s wall)"
    )
    return 0 if rate >= options.min_rate else 1


if __name__ == "__main__":
    sys.exit(main())
