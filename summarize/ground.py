"""Ground: align every evidence quote back to the article and reject what does not hold up.

A quote is aligned exactly, then after normalising whitespace, quotes, dashes and case (offsets
mapped back into the original text), then fuzzily above a coverage threshold. Quotes are never
turned into regular expressions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel
from rapidfuzz import fuzz

from summarize.conflicts import detect_conflict
from summarize.dates import infer_event_date
from summarize.ingest import Article
from summarize.numbers import quote_supports_figure
from summarize.schema import (
    ArticleDraft,
    ArticleMeta,
    CeasefireCall,
    ClaimedFigure,
    DraftItem,
    Extraction,
    GroundedCeasefireCall,
    GroundedFigure,
    GroundedParty,
    GroundedPerson,
    GroundedPosition,
    ItemKind,
    Party,
    Person,
    Position,
    Provenance,
    RejectedItem,
    Span,
    item_problems,
)

GroundedT = TypeVar("GroundedT", bound=BaseModel)

# Characters folded together before the "normalized" match: typographic quotes and dashes.
_FOLDS = {
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
}

REASON_NOT_FOUND = "the evidence quote was not found in the article text"
REASON_BOILERPLATE = (
    "the evidence quote is in page furniture (comments, navigation, links to other stories), "
    "not in the article itself"
)


@dataclass(frozen=True)
class _Normalised:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original text of normalised character i


@functools.lru_cache(maxsize=64)
def _normalise(text: str) -> _Normalised:
    """Fold quotes, dashes and case; collapse whitespace runs to one space."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] == " ":  # only whitespace ever folds to a space
                continue
            folded = " "
        else:
            folded = _FOLDS.get(char, char)
            lowered = folded.lower()
            folded = lowered if len(lowered) == len(folded) else folded
        chars.extend(folded)
        origin.extend([index] * len(folded))
    return _Normalised("".join(chars), tuple(origin))


class _Spans:
    """Character spans, sorted, answering "does one of them cover most of this candidate?" in
    logarithmic time instead of scanning them all (a page can have thousands of boilerplate
    lines).

    A span covering more than half of a candidate contains the candidate's midpoint, so only
    spans that start before that midpoint and are long enough to reach it are looked at.
    """

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((high - low for low, high in self._spans), default=0)
        self._disjoint = all(
            previous[1] <= current[0] for previous, current in itertools.pairwise(self._spans)
        )

    def add(self, span: tuple[int, int]) -> None:
        index = bisect.bisect_left(self._spans, span)
        self._spans.insert(index, span)
        self._longest = max(self._longest, span[1] - span[0])
        neighbours = self._spans[max(index - 1, 0) : index + 2]
        self._disjoint = self._disjoint and all(
            previous[1] <= current[0] for previous, current in itertools.pairwise(neighbours)
        )

    def covers(self, start: int, end: int) -> bool:
        """True when one span covers more than half of `start:end`."""
        length = max(end - start, 1)
        middle = start + length / 2
        # Spans starting before the midpoint, nearest first; disjoint spans: only the nearest.
        index = bisect.bisect_left(self._spans, (math.ceil(middle), -1)) - 1
        while index >= 0:
            low, high = self._spans[index]
            if low + self._longest <= middle:
                break
            if 2 * (min(end, high) - max(start, low)) > length:
                return True
            if self._disjoint:
                break
            index -= 1
        return False


class _Occurrences:
    """Every occurrence of one quote in one text, found once; a cursor moves past occurrences
    that earlier items took, so repeats of a quote never rescan the text."""

    def __init__(
        self,
        haystack: str,
        needle: str,
        to_original: Sequence[int] | None,
        avoid: _Spans,
    ) -> None:
        spans: list[tuple[int, int]] = []
        position = haystack.find(needle)
        while position != -1:
            start, end = position, position + len(needle)
            if to_original is not None:
                start, end = to_original[start], to_original[end - 1] + 1
            spans.append((start, end))
            position = haystack.find(needle, position + 1)
        self.first = spans[0] if spans else None
        self.kept = [span for span in spans if not avoid.covers(*span)]
        self.cursor = 0

    def pick(self, taken: _Spans) -> tuple[int, int] | None:
        """First occurrence neither taken nor avoided; else the first one not avoided; else the
        first. Taken spans only ever grow, so occurrences behind the cursor stay taken."""
        while self.cursor < len(self.kept) and taken.covers(*self.kept[self.cursor]):
            self.cursor += 1
        if self.cursor < len(self.kept):
            return self.kept[self.cursor]
        return self.kept[0] if self.kept else self.first


class Aligner:
    """Aligns many quotes against one text: `taken` spans hold earlier mentions (repeats land
    on later copies); `avoid` spans hold page boilerplate, used only when the quote appears
    nowhere else. Occurrences are found once per distinct quote, so a reply that quotes page
    furniture printed thousands of times still aligns in near-linear time."""

    def __init__(
        self,
        text: str,
        *,
        taken: Sequence[tuple[int, int]] = (),
        avoid: Sequence[tuple[int, int]] = (),
        min_coverage: float = 0.9,
    ) -> None:
        self.text = text
        self.taken = _Spans(taken)
        self.avoid = _Spans(avoid)
        self.min_coverage = min_coverage
        self._exact: dict[str, _Occurrences] = {}
        self._normalised: dict[str, _Occurrences] = {}

    def take(self, span: Span) -> None:
        self.taken.add((span.start, span.end))

    def align(self, quote: str) -> Span | None:
        """Where `quote` sits in the text: exact, then normalised, then fuzzy; None when
        nowhere."""
        text = self.text
        quote = quote.strip()
        if not quote:
            return None
        if quote not in self._exact:
            self._exact[quote] = _Occurrences(text, quote, None, self.avoid)
        exact = self._exact[quote].pick(self.taken)
        if exact is not None:
            return Span(start=exact[0], end=exact[1], status="exact", score=1.0)
        source, wanted = _normalise(text), _normalise(quote).text.strip()
        if not wanted or len(wanted) > len(source.text):
            return None
        if wanted not in self._normalised:
            self._normalised[wanted] = _Occurrences(source.text, wanted, source.origin, self.avoid)
        normalised = self._normalised[wanted].pick(self.taken)
        if normalised is not None:
            start, end = _trim(text, *normalised)
            return Span(start=start, end=end, status="normalized", score=1.0)
        alignment = fuzz.partial_ratio_alignment(
            wanted, source.text, score_cutoff=self.min_coverage * 100
        )
        if alignment is None or alignment.dest_end <= alignment.dest_start:
            return None
        start = source.origin[alignment.dest_start]
        end = source.origin[alignment.dest_end - 1] + 1
        start, end = _snap_to_words(text, *_trim(text, start, end))
        if end <= start:
            return None
        return Span(start=start, end=end, status="fuzzy", score=round(alignment.score / 100, 4))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy span so it does not cut a word in two."""
    while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def align_quote(
    text: str,
    quote: str,
    *,
    taken: Sequence[tuple[int, int]] = (),
    avoid: Sequence[tuple[int, int]] = (),
    min_coverage: float = 0.9,
) -> Span | None:
    """Where `quote` sits in `text`: exact, then normalised, then fuzzy; None when nowhere."""
    return Aligner(text, taken=taken, avoid=avoid, min_coverage=min_coverage).align(quote)


# --- grounding a draft ------------------------------------------------------------------------


def _label(item: DraftItem) -> str:
    """A short handle a model can recognise its item by."""
    if isinstance(item, Party):
        return f"party {item.name!r}"
    if isinstance(item, Person):
        return f"person {item.name_as_written!r}"
    if isinstance(item, Position):
        return f"position of {item.holder!r} ({item.stance}, {item.topic!r})"
    if isinstance(item, CeasefireCall):
        return f"ceasefire {item.act} by {', '.join(item.actors) or 'nobody'!r}"
    return f"figure {item.raw_text!r} ({item.metric})"


@dataclass
class Grounding:
    parties: list[GroundedParty] = field(default_factory=list)
    people: list[GroundedPerson] = field(default_factory=list)
    positions: list[GroundedPosition] = field(default_factory=list)
    ceasefire_calls: list[GroundedCeasefireCall] = field(default_factory=list)
    figures: list[GroundedFigure] = field(default_factory=list)
    rejected: list[RejectedItem] = field(default_factory=list)

    def is_complete(self) -> bool:
        """True when every item of the draft was grounded."""
        return not self.rejected

    def feedback(self) -> str:
        """Item by item, why quotes failed: the message for one re-ask. Empty when complete."""
        if not self.rejected:
            return ""
        lines = [
            "Some items could not be checked against the article. Each evidence field must be "
            "copied character for character from the article body (not from comments, menus or "
            "links to other stories), and a figure's number must appear in its evidence. "
            "Fix these items or drop them:"
        ]
        for rejected in self.rejected:
            lines.append(
                f"- {_label(rejected.item)}: evidence {rejected.item.evidence!r}: {rejected.reason}"
            )
        return "\n".join(lines)


def _figure_problem(figure: ClaimedFigure, quote: str) -> str | None:
    if figure.qualifier == "vague":
        # A vague amount's `low` is the least the word implies (conventions), not a printed number.
        if quote_supports_figure(quote, None, None, None, figure.raw_text):
            return None
    elif quote_supports_figure(quote, figure.value, figure.low, figure.high, figure.raw_text):
        return None
    printed = [str(n) for n in (figure.value, figure.low, figure.high) if n is not None]
    number = " / ".join(printed) or repr(figure.raw_text)
    return f"the figure's number ({number}) does not appear in its evidence quote"


def _problem(article: Article, item: DraftItem, span: Span) -> str | None:
    if article.in_boilerplate(span.start, span.end):
        return REASON_BOILERPLATE
    if isinstance(item, ClaimedFigure):
        return _figure_problem(item, article.text[span.start : span.end])
    return None


def _ground_items(
    article: Article,
    items: Sequence[DraftItem],
    kind: ItemKind,
    grounded_type: type[GroundedT],
    rejected: list[RejectedItem],
    declared: tuple[set[str], set[str]],
) -> list[GroundedT]:
    grounded: list[GroundedT] = []
    # Taken spans are per kind, so repeated mentions land on later occurrences; a quote also
    # printed in a breadcrumb or headline list lands in the body.
    aligner = Aligner(article.text, avoid=article.boilerplate)
    for item in items:
        broken = item_problems(item, *declared)
        if broken:
            rejected.append(RejectedItem(kind=kind, item=item, reason="; ".join(broken)))
            continue
        span = aligner.align(item.evidence)
        reason = REASON_NOT_FOUND if span is None else _problem(article, item, span)
        if span is None or reason is not None:
            rejected.append(RejectedItem(kind=kind, item=item, reason=reason or REASON_NOT_FOUND))
            continue
        aligner.take(span)
        grounded.append(grounded_type(**item.model_dump(), span=span))
    return grounded


def ground_draft(article: Article, draft: ArticleDraft) -> Grounding:
    """Align every item's evidence against `article.text`; reject what cannot be grounded."""
    rejected: list[RejectedItem] = []
    # An item that refers to an undeclared party or person breaks the contract: rejected with
    # the reason, which the grounding re-ask hands back to the model.
    declared = ({p.name for p in draft.parties}, {p.canonical_name for p in draft.people})

    def ground(
        items: Sequence[DraftItem], kind: ItemKind, as_type: type[GroundedT]
    ) -> list[GroundedT]:
        return _ground_items(article, items, kind, as_type, rejected, declared)

    return Grounding(
        parties=ground(draft.parties, "party", GroundedParty),
        people=ground(draft.people, "person", GroundedPerson),
        positions=ground(draft.positions, "position", GroundedPosition),
        ceasefire_calls=ground(draft.ceasefire_calls, "ceasefire_call", GroundedCeasefireCall),
        figures=ground(draft.figures, "figure", GroundedFigure),
        rejected=rejected,
    )


@dataclass(frozen=True)
class Dating:
    """The tool's own event date for an article neither the manifest nor the extractor dated,
    with its note; the conflict detected for it is used only to read the date."""

    event_date: str | None
    note: str | None


def needs_dating(article: Article, draft: ArticleDraft) -> bool:
    """No date from a manifest nor from the extractor: `build_extraction` infers one."""
    return (article.event_date or draft.meta.event_date) is None


def dating_inputs(
    article: Article, draft: ArticleDraft, grounding: Grounding
) -> tuple[str, str | None, str | None, tuple[str, ...], str | None, tuple[str, ...]]:
    """`date_article`'s arguments: plain values, so that another process can take them."""
    names = tuple(party.name for party in grounding.parties)
    states = tuple(party.name for party in grounding.parties if party.kind == "state")
    return (
        article.content(),
        article.dateline,
        article.published,
        names,
        draft.meta.conflict,
        states,
    )


def date_article(
    text: str,
    dateline: str | None,
    published: str | None,
    party_names: tuple[str, ...],
    conflict: str | None,
    states: tuple[str, ...] = (),
) -> Dating:
    """The event date the text, its date line and page date allow, read against the conflict
    named (or detected from the text and the parties found; `states` are those that are
    states, see detect_conflict)."""
    conflict = conflict or detect_conflict(text, party_names, states=states)
    inferred = infer_event_date(text, dateline=dateline, published=published, conflict=conflict)
    return Dating(inferred.event_date, inferred.note)


def build_extraction(
    article: Article,
    draft: ArticleDraft,
    grounding: Grounding,
    provenance: Provenance,
    dating: Dating | None = None,
) -> Extraction:
    """The stored record: article metadata, grounded items, rejected items, provenance.
    `dating`: `date_article`'s answer when it was computed elsewhere (a helper process)."""
    notes = [*draft.meta.quality_notes, *article.warnings]
    if article.date_note:
        notes.append(article.date_note)
    event_date = article.event_date or draft.meta.event_date
    if needs_dating(article, draft):  # no manifest date, none from the extractor: infer one
        dating = dating or date_article(*dating_inputs(article, draft, grounding))
        event_date = dating.event_date
        notes += [dating.note] if dating.note else []
    meta = ArticleMeta(
        id=article.id,
        source=article.source,
        sha256=article.sha256,
        title=article.title or draft.meta.title,
        outlet=article.outlet,
        dateline=article.dateline,
        event_date=event_date,
        conflict=draft.meta.conflict,
        quality_notes=list(dict.fromkeys(notes)),
        language=article.language,
    )
    return Extraction(
        article=meta,
        parties=grounding.parties,
        people=grounding.people,
        positions=grounding.positions,
        ceasefire_calls=grounding.ceasefire_calls,
        figures=grounding.figures,
        rejected=grounding.rejected,
        provenance=provenance,
    )
