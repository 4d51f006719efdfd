"""Inter-annotator agreement: the second, independent annotation pass against the gold.

Both passes follow prompts/conventions.md; the second pass (`evals/reference/`) was written
without seeing the gold. Agreement is measured with the project's own scorer, the second pass
standing in for predictions: F1 per field is then symmetric in the two passes except for
one-to-one matching order.

    .venv/bin/python evals/tools/agreement.py            # Markdown table on stdout
"""

from __future__ import annotations

import sys
from pathlib import Path

from summarize.actors import ActorTable
from summarize.evaluate import FIELDS, load_gold, score, split_of
from summarize.ground import build_extraction, ground_draft
from summarize.ingest import load_article
from summarize.schema import Provenance, Usage

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_DIRS = (ROOT / "seeds", ROOT / "evals" / "articles")
SECOND_PASS = Provenance(
    extractor="gold", model=None, prompt_version=None, live=True, recorded_at=None, usage=Usage()
)


def _article(article_id: str) -> Path:
    return next(p for d in ARTICLE_DIRS for p in d.glob(f"{article_id}.*") if p.suffix != ".json")


def main() -> int:
    gold = load_gold(ROOT / "evals" / "gold")
    second = load_gold(ROOT / "evals" / "reference")
    ids = sorted(set(second) & set(gold))
    extractions, texts, splits = [], {}, {}
    for article_id in ids:
        path = _article(article_id)
        article = load_article(path)
        texts[article_id] = article.text
        splits[article_id] = split_of(path, gold[article_id])
        draft = second[article_id]
        grounding = ground_draft(article, draft)
        extractions.append(build_extraction(article, draft, grounding, SECOND_PASS))
    report = score(extractions, {i: gold[i] for i in ids}, texts, ActorTable.load(), splits=splits)
    summary = report.summary()
    print(f"Agreement over {len(ids)} articles ({', '.join(ids)}):\n")
    print("| field | F1 | precision (2nd vs 1st) | recall | items 1st / 2nd |")
    print("|---|---:|---:|---:|---:|")
    for name in FIELDS:
        s = summary.fields[name]
        print(
            f"| {name} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | "
            f"{s.gold} / {s.predicted} |"
        )
    print("\n| attribute (matched pairs) | agreement | pairs |")
    print("|---|---:|---:|")
    for field, attrs in summary.attributes.items():
        for attr, a in attrs.items():
            value = "n/a" if a.accuracy is None else f"{a.accuracy:.3f}"
            print(f"| {field}.{attr} | {value} | {a.total} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
