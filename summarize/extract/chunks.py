"""Long articles: split on paragraph boundaries with overlap, and merge what the pieces yield.

A chunk is the article itself cut to a window `[start, end)` of its text (boilerplate ranges
shifted with it), so grounding a chunk's answer gives offsets inside the window; adding `start`
maps them back to the whole article exactly. Items found in more than one chunk (the overlap, or
an actor named throughout) are kept once.

Sizes are estimated as characters / 4 (no tokenizer needed, and conservative for English).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

from summarize.config import MIN_CHUNK_TOKENS, Settings
from summarize.ground import Grounding
from summarize.ingest import Article
from summarize.schema import ArticleMetaDraft, RejectedItem, Span

CHARS_PER_TOKEN = 4
# Context windows of known models, in tokens; the longest matching name prefix wins.
CONTEXT_TOKENS: dict[str, int] = {
    "gpt-3.5-turbo": 16_385,
    "gpt-4": 8_192,
    "gpt-4-turbo": 128_000,
    "gpt-4o": 128_000,
    "gpt-4o-mini": 128_000,
    "gpt-4.1": 1_047_576,
    "gpt-4.1-mini": 1_047_576,
    "gpt-4.1-nano": 1_047_576,
    "gpt-5": 400_000,
    "o1": 200_000,
    "o3": 200_000,
    "o4-mini": 200_000,
    "claude": 200_000,
    "gemini": 1_000_000,
    "llama-3": 8_192,
    "llama-3.1": 128_000,
    "mistral": 32_000,
    "qwen2.5": 32_768,
}
DEFAULT_CONTEXT_TOKENS = 8_192  # an unknown model (or a local server): assume a small window
PROMPT_RESERVE_TOKENS = 3_000  # the system prompt, the schema and the article's markers
# Even a huge window gets articles in pieces of at most this size: models attend worse to the
# middle of very long inputs, and smaller pieces run concurrently.
CHUNK_CAP_TOKENS = 12_000
# A large max_tokens setting on a small (or unknown) window would leave almost nothing: never
# go below this, so ordinary articles (a few thousand tokens) stay whole.
CHUNK_FLOOR_TOKENS = 4_000
OVERLAP_SHARE = 8  # overlap between neighbouring chunks: up to 1/8 of the budget
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def context_tokens(model: str) -> int:
    """The model's context window: from the table by longest name prefix, else the default."""
    name = model.rpartition("/")[2].lower()  # "openai/gpt-4o" -> "gpt-4o"
    known = [prefix for prefix in CONTEXT_TOKENS if name.startswith(prefix)]
    return CONTEXT_TOKENS[max(known, key=len)] if known else DEFAULT_CONTEXT_TOKENS


def chunk_tokens(settings: Settings, model: str | None = None) -> int:
    """Article tokens per request: the `chunk_tokens` setting, or what the model's context
    leaves after the answer (`max_tokens`) and the prompt, between a floor and a cap."""
    if settings.chunk_tokens is not None:
        return max(settings.chunk_tokens, MIN_CHUNK_TOKENS)
    room = context_tokens(model or settings.model) - settings.max_tokens - PROMPT_RESERVE_TOKENS
    return max(CHUNK_FLOOR_TOKENS, min(CHUNK_CAP_TOKENS, room))


def estimate_tokens(text: str) -> int:
    return -(-len(text) // CHARS_PER_TOKEN)


@dataclass(frozen=True)
class Chunk:
    start: int  # offset of the window in the whole article's text
    article: Article  # the article cut to the window


def _pieces(text: str, start: int, end: int, limit: int) -> Iterable[tuple[int, int]]:
    """`text[start:end]` in pieces of at most `limit` characters: whole paragraphs, else
    sentences, else cut at the last space (or hard, for a run without any)."""
    if end - start <= limit:
        yield start, end
        return
    for pattern in (_PARAGRAPH_BREAK, _SENTENCE_BREAK):
        cuts = [m.end() for m in pattern.finditer(text, start, end) if start < m.end() < end]
        if cuts:
            previous = start
            for cut in [*cuts, end]:
                yield from _pieces(text, previous, cut, limit)
                previous = cut
            return
    cut = text.rfind(" ", start + 1, start + limit + 1)
    cut = cut + 1 if cut > start else start + limit
    yield start, cut
    yield from _pieces(text, cut, end, limit)


def _window(article: Article, start: int, end: int) -> Article:
    boilerplate = tuple(
        (max(low, start) - start, min(high, end) - start)
        for low, high in article.boilerplate
        if low < end and high > start
    )
    return dataclasses.replace(
        article, text=article.text[start:end], boilerplate=boilerplate, warnings=()
    )


def split_article(article: Article, budget_tokens: int) -> list[Chunk]:
    """The article in windows of at most `budget_tokens` (estimated) of text each, cut on
    paragraph boundaries where possible, neighbours overlapping by up to 1/8 of the budget.
    An article within the budget is one chunk: itself."""
    limit = budget_tokens * CHARS_PER_TOKEN
    if len(article.content()) <= limit:
        return [Chunk(0, article)]
    overlap = limit // OVERLAP_SHARE
    pieces = list(_pieces(article.text, 0, len(article.text), limit - overlap))
    chunks: list[Chunk] = []
    first = 0
    while first < len(pieces):
        start = pieces[first][0]
        last = first
        while last + 1 < len(pieces) and pieces[last + 1][1] - start <= limit:
            last += 1
        end = pieces[last][1]
        chunks.append(Chunk(start, _window(article, start, end)))
        if last + 1 >= len(pieces):
            break
        # The next window starts with the last pieces of this one that fit in the overlap.
        following = last + 1
        while following - 1 > first and end - pieces[following - 1][0] <= overlap:
            following -= 1
        first = following
    return chunks


# --- merging -----------------------------------------------------------------------------

ItemT = TypeVar("ItemT", bound=BaseModel)


def _shifted(item: ItemT, offset: int) -> ItemT:
    span: Span = getattr(item, "span")  # noqa: B009  (every grounded item has one)
    moved = span.model_copy(update={"start": span.start + offset, "end": span.end + offset})
    return item.model_copy(update={"span": moved})


def _content(item: BaseModel) -> str:
    return item.model_dump_json(exclude={"span"})


def _span_key(item: BaseModel) -> tuple[int, int]:
    span: Span = getattr(item, "span")  # noqa: B009
    return span.start, span.end


def _merge_by_name(groups: Sequence[Sequence[ItemT]], name: str) -> list[ItemT]:
    kept: dict[str, ItemT] = {}
    for items in groups:
        for item in items:
            key = " ".join(str(getattr(item, name)).split()).casefold()
            kept.setdefault(key, item)
    return list(kept.values())


def _merge_by_span_or_content(groups: Sequence[Sequence[ItemT]]) -> list[ItemT]:
    spans: set[tuple[int, int]] = set()
    contents: set[str] = set()
    kept: list[ItemT] = []
    for items in groups:
        for item in items:
            span, content = _span_key(item), _content(item)
            if span in spans or content in contents:
                continue
            spans.add(span)
            contents.add(content)
            kept.append(item)
    return kept


def merge_groundings(pieces: Sequence[tuple[int, Grounding]]) -> Grounding:
    """The chunks' groundings as one for the whole article: spans shifted by each chunk's
    offset; parties merged by name, people by canonical name, positions, ceasefire calls and
    figures by evidence span or identical content; rejected items once each."""
    shifted = [
        Grounding(
            parties=[_shifted(item, offset) for item in grounding.parties],
            people=[_shifted(item, offset) for item in grounding.people],
            positions=[_shifted(item, offset) for item in grounding.positions],
            ceasefire_calls=[_shifted(item, offset) for item in grounding.ceasefire_calls],
            figures=[_shifted(item, offset) for item in grounding.figures],
            rejected=list(grounding.rejected),
        )
        for offset, grounding in pieces
    ]
    rejected: dict[str, RejectedItem] = {}
    for grounding in shifted:
        for item in grounding.rejected:
            rejected.setdefault(f"{item.kind}:{item.item.model_dump_json()}", item)
    return Grounding(
        parties=_merge_by_name([g.parties for g in shifted], "name"),
        people=_merge_by_name([g.people for g in shifted], "canonical_name"),
        positions=_merge_by_span_or_content([g.positions for g in shifted]),
        ceasefire_calls=_merge_by_span_or_content([g.ceasefire_calls for g in shifted]),
        figures=_merge_by_span_or_content([g.figures for g in shifted]),
        rejected=list(rejected.values()),
    )


def merge_meta(metas: Sequence[ArticleMetaDraft], chunks: int) -> ArticleMetaDraft:
    """One article's meta from its chunks': the first title, conflict and date given, every
    note once, plus a note that the article was read in pieces."""
    notes = [note for meta in metas for note in meta.quality_notes]
    notes.append(f"long article: extracted in {chunks} overlapping chunks")
    return ArticleMetaDraft.model_construct(
        title=next((m.title for m in metas if m.title), None),
        conflict=next((m.conflict for m in metas if m.conflict), None),
        event_date=next((m.event_date for m in metas if m.event_date), None),
        quality_notes=list(dict.fromkeys(notes)),
    )
