"""One conflict's briefing for one day, and the series of them over a set of extractions."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from summarize.actors import ActorTable
from summarize.merge.actors import merge_parties, merge_people
from summarize.merge.ceasefires import merge_ceasefires
from summarize.merge.changes import changes
from summarize.merge.common import RULES_ABSENCE, UNKNOWN_CONFLICT
from summarize.merge.copies import copy_groups, voices
from summarize.merge.figures import FIGURE_RULE, merge_figures
from summarize.merge.names import Names
from summarize.merge.positions import merge_positions
from summarize.merge.sources import extractor_uses, ordered_unique, source_ref
from summarize.merge.takeaways import gaps, takeaways
from summarize.schema import Briefing, Extraction


def absence_note(extractions: Sequence[Extraction]) -> str | None:
    """What an empty section means: nothing reported, unless a pattern matcher did the reading."""
    if any(e.provenance.extractor == "rules" for e in extractions):
        return RULES_ABSENCE
    return None


def conflict_label(conflict: str | None) -> str:
    return conflict or UNKNOWN_CONFLICT


def build_briefing(
    extractions: Sequence[Extraction],
    *,
    date: str | None,
    actors: ActorTable,
    conflict: str | None = None,
    previous: Briefing | None = None,
    texts: Mapping[str, str] | None = None,
) -> Briefing:
    """Merge one conflict's extractions for one day (any order); compare with `previous`.

    `previous` must be the same conflict's earlier briefing. `texts` (article text by sha256)
    lets near-duplicate articles be found: copies of one story count as one voice.
    """
    if previous is not None and previous.conflict != conflict:
        raise ValueError(f"previous briefing is about {previous.conflict!r}, not {conflict!r}")
    ordered = ordered_unique(extractions)
    numbered = list(enumerate(ordered, start=1))
    names = Names(actors, ordered, conflict)
    copies = copy_groups(numbered, texts or {})
    voice_of = voices(numbered, copies)
    figures = merge_figures(numbered, names, "current", voice_of)
    calls = merge_ceasefires(numbered, names, "current")
    positions = merge_positions(numbered, names)
    absent = absence_note(ordered)
    return Briefing(
        conflict=conflict,
        date=date,
        previous_date=previous.date if previous else None,
        provenance=extractor_uses(ordered),
        figure_rule=FIGURE_RULE,
        absence_note=absent,
        takeaways=takeaways(figures, calls, positions),
        figures=figures,
        context_figures=merge_figures(numbered, names, "historical", voice_of),
        ceasefire_calls=calls,
        context_ceasefires=merge_ceasefires(numbered, names, "historical"),
        positions=positions,
        parties=merge_parties(numbered, names),
        people=merge_people(numbered, names),
        changes=changes(figures, calls, positions, previous) if previous else [],
        gaps=gaps(numbered, figures, absent),
        sources=[source_ref(number, extraction) for number, extraction in numbered],
        copies=copies,
    )


def briefings_by_conflict(
    extractions: Sequence[Extraction],
    *,
    actors: ActorTable,
    date_of: Callable[[Extraction], str | None],
    only_date: str | None = None,
    only_conflict: str | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Briefing]:
    """One briefing per conflict and date, each compared with the same conflict's previous day.

    Conflicts in name order (unknown last); within one, dates in order and undated last.
    `only_date` / `only_conflict` keep just those briefings (every day is still built, so the
    kept ones compare with the right previous day); `only_conflict` matches the label, so
    'unknown conflict' selects articles without one.
    """
    by_conflict: dict[str | None, dict[str | None, list[Extraction]]] = {}
    for extraction in extractions:
        days = by_conflict.setdefault(extraction.article.conflict, {})
        days.setdefault(date_of(extraction), []).append(extraction)
    briefings: list[Briefing] = []
    for conflict in sorted(by_conflict, key=lambda c: (c is None, c or "")):
        if only_conflict is not None and conflict_label(conflict) != only_conflict:
            continue
        by_date = by_conflict[conflict]
        previous: Briefing | None = None
        for day in sorted(d for d in by_date if d is not None):
            briefing = build_briefing(
                by_date[day],
                date=day,
                actors=actors,
                conflict=conflict,
                previous=previous,
                texts=texts,
            )
            if only_date is None or day == only_date:
                briefings.append(briefing)
            previous = briefing
        if None in by_date and only_date is None:
            briefings.append(
                build_briefing(
                    by_date[None], date=None, actors=actors, conflict=conflict, texts=texts
                )
            )
    return briefings
