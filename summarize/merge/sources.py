"""Numbered sources and which extractors produced them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from summarize.schema import Extraction, ExtractorUse, SourceRef


def _article_key(extraction: Extraction) -> tuple[str, str]:
    return extraction.article.sha256, extraction.provenance.extractor


def ordered_unique(extractions: Sequence[Extraction]) -> list[Extraction]:
    """One extraction per article text, in a stable order (outlet, then article id)."""
    unique: dict[tuple[str, str], Extraction] = {}
    for extraction in extractions:
        unique.setdefault(_article_key(extraction), extraction)
    return sorted(
        unique.values(),
        key=lambda e: (e.article.outlet or "", e.article.id, e.article.source, e.article.sha256),
    )


def source_ref(number: int, extraction: Extraction) -> SourceRef:
    article, provenance = extraction.article, extraction.provenance
    return SourceRef(
        number=number,
        article_id=article.id,
        sha256=article.sha256,
        location=article.source,
        title=article.title,
        outlet=article.outlet,
        dateline=article.dateline,
        event_date=article.event_date,
        extractor=provenance.extractor,
        model=provenance.model,
        prompt_version=provenance.prompt_version,
        live=provenance.live,
        recorded_at=provenance.recorded_at,
    )


def extractor_uses(extractions: Sequence[Extraction]) -> list[ExtractorUse]:
    counts = Counter(
        (p.extractor, p.model, p.prompt_version, p.live, p.recorded_at)
        for p in (e.provenance for e in extractions)
    )
    return [
        ExtractorUse(
            extractor=extractor,
            model=model,
            prompt_version=prompt,
            live=live,
            recorded_at=recorded,
            articles=count,
        )
        for (extractor, model, prompt, live, recorded), count in sorted(
            counts.items(), key=lambda item: tuple(str(part) for part in item[0])
        )
    ]
