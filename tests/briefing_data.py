"""Hand-made grounded extractions for the briefing tests, built from the gold annotations.

The gold files are ArticleDrafts whose quotes are verbatim substrings of the seeds; here each
quote is located with `str.find` (successive occurrences for repeats), which is all a test needs.
Nothing here calls the pipeline's own grounding code.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from summarize.schema import (
    ArticleDraft,
    ArticleMeta,
    Extraction,
    GroundedCeasefireCall,
    GroundedFigure,
    GroundedParty,
    GroundedPerson,
    GroundedPosition,
    Provenance,
    Span,
    Usage,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "evals" / "gold"


def manifest() -> dict[str, dict[str, Any]]:
    entries = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return {entry["id"]: entry for entry in entries}


def seed_ids() -> list[str]:
    return sorted(path.stem for path in SEEDS.glob("*.txt"))


def seed_text(article_id: str) -> str:
    return (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8")


def _span(text: str, quote: str) -> Span:
    start = text.find(quote)
    assert start >= 0, f"quote not in article: {quote!r}"
    return Span(start=start, end=start + len(quote), status="exact", score=1.0)


def gold_extraction(article_id: str, *, outlet: str | None = None) -> Extraction:
    """The gold annotation of one seed as an Extraction (extractor 'gold')."""
    text = seed_text(article_id)
    draft = ArticleDraft.model_validate_json((GOLD / f"{article_id}.json").read_text("utf-8"))
    entry = manifest()[article_id]

    def grounded(kind: Any, item: Any) -> Any:
        return kind(**item.model_dump(), span=_span(text, item.evidence))

    return Extraction(
        article=ArticleMeta(
            id=article_id,
            source=str(SEEDS / f"{article_id}.txt"),
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            title=entry.get("title"),
            outlet=outlet or entry.get("outlet"),
            dateline=entry.get("dateline"),
            event_date=entry.get("event_date"),
            quality_notes=draft.meta.quality_notes,
        ),
        parties=[grounded(GroundedParty, p) for p in draft.parties],
        people=[grounded(GroundedPerson, p) for p in draft.people],
        positions=[grounded(GroundedPosition, p) for p in draft.positions],
        ceasefire_calls=[grounded(GroundedCeasefireCall, c) for c in draft.ceasefire_calls],
        figures=[grounded(GroundedFigure, f) for f in draft.figures],
        rejected=[],
        provenance=Provenance(
            extractor="gold",
            model=None,
            prompt_version=None,
            live=True,
            recorded_at=None,
            usage=Usage(),
        ),
    )


def all_gold() -> list[Extraction]:
    return [gold_extraction(article_id) for article_id in seed_ids()]
