"""Key takeaways and information gaps.

Takeaways are ranked by how far they can be relied on (TakeawayBasis): figures two independent
voices state, then figures from a non-belligerent, then statements (ceasefire acts, positions),
then figures only belligerents claim. Historical context never becomes a takeaway.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarize.merge.ceasefires import ceasefire_phrase
from summarize.merge.common import sources_of
from summarize.merge.figures import METRIC_ORDER, claim_phrase, comparable_value, describe_group
from summarize.schema import (
    CeasefireEntry,
    Coverage,
    Extraction,
    FigureGroup,
    PositionGroup,
    Takeaway,
    TakeawayBasis,
)

MAX_FIGURE_TAKEAWAYS = 5
MAX_CEASEFIRE_TAKEAWAYS = 4
BASIS_ORDER: tuple[TakeawayBasis, ...] = ("corroborated", "independent", "statement", "partisan")


def figure_basis(group: FigureGroup) -> TakeawayBasis:
    if group.headline is None:
        return "partisan"
    return "corroborated" if group.headline.verification == "corroborated" else "independent"


def _figure_takeaway(group: FigureGroup) -> Takeaway:
    sources = sources_of(ref for claim in group.claims for ref in claim.evidence)
    basis = figure_basis(group)
    if group.headline is None:
        claims = "; ".join(claim_phrase(c) for c in group.claims)
        text = f"{describe_group(group)}: {group.headline_text}; partisan claims: {claims}"
    elif group.contested:
        others = [claim_phrase(c) for c in group.claims if c != group.headline]
        text = (
            f"{describe_group(group)}: contested; headline {claim_phrase(group.headline)}; "
            f"also claimed: {'; '.join(others)}"
        )
    else:
        text = f"{describe_group(group)}: {claim_phrase(group.headline)}"
    return Takeaway(kind="figure", basis=basis, text=text, sources=sources)


def takeaways(
    figures: Sequence[FigureGroup],
    calls: Sequence[CeasefireEntry],
    positions: Sequence[PositionGroup],
) -> list[Takeaway]:
    numeric = [g for g in figures if any(comparable_value(c) is not None for c in g.claims)]
    ranked = sorted(
        numeric,
        key=lambda g: (
            BASIS_ORDER.index(figure_basis(g)),
            not g.contested,
            METRIC_ORDER.index(g.metric),
        ),
    )
    found = [_figure_takeaway(group) for group in ranked[:MAX_FIGURE_TAKEAWAYS]]
    found += [
        Takeaway(
            kind="ceasefire",
            basis="statement",
            text=ceasefire_phrase(entry),
            sources=sources_of(entry.evidence),
        )
        for entry in calls[:MAX_CEASEFIRE_TAKEAWAYS]
    ]
    for group in positions:
        best = max(group.positions, key=lambda p: len(sources_of(p.evidence)))
        text = f"{group.title}: {best.holder} ({best.stance}): {best.summary}"
        found.append(
            Takeaway(
                kind="position", basis="statement", text=text, sources=sources_of(best.evidence)
            )
        )
    # A stable sort: within one basis, figures keep their rank, then ceasefires, then positions.
    return sorted(found, key=lambda t: BASIS_ORDER.index(t.basis))


def coverage_gap(number: int, coverage: Coverage) -> str | None:
    """What the rules extractor could not place in source `number`, when that is a lot."""
    if not coverage.low:
        return None
    examples = ", ".join(coverage.unplaced_examples[:6])
    return (
        f"[{number}] low coverage ({coverage.method}): "
        f"{coverage.names_unplaced} of {coverage.names_seen} names and "
        f"{coverage.numbers_unplaced} of {coverage.numbers_seen} counts in the text were not "
        f"placed in any item" + (f", e.g. {examples}" if examples else "")
    )


def gaps(
    numbered: Sequence[tuple[int, Extraction]],
    figures: Sequence[FigureGroup],
    absence_note: str | None,
) -> list[str]:
    found: list[str] = []
    for number, extraction in numbered:
        article = extraction.article
        found += [f"[{number}] {note}" for note in article.quality_notes]
        if article.event_date is None:
            found.append(f"[{number}] the date of the events is not known")
        if extraction.rejected:
            found.append(
                f"[{number}] {len(extraction.rejected)} extracted item(s) could not be found in "
                "the text and were left out"
            )
        if extraction.coverage is not None and (gap := coverage_gap(number, extraction.coverage)):
            found.append(gap)
    for group in figures:
        if group.claims and group.headline is None:
            found.append(f"{describe_group(group)}: only partisan claims, no independent figure")
    if not figures:
        found.append(
            f"Current casualty or equipment figures: {absence_note}."
            if absence_note
            else "No current casualty or equipment figures were reported."
        )
    return found
