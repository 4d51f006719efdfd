"""What changed since the same conflict's previous briefing.

Only like is compared with like: a figure is compared with the previous briefing's figures of
the same group (subjects, metric, population, equipment class, scope) and the same claimant.
Historical context is never a change.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarize.merge.ceasefires import ceasefire_key, ceasefire_phrase
from summarize.merge.common import sources_of
from summarize.merge.figures import comparable_value, describe_group
from summarize.merge.positions import position_key
from summarize.schema import Briefing, CeasefireEntry, Change, FigureGroup, PositionGroup


def changes(
    figures: Sequence[FigureGroup],
    calls: Sequence[CeasefireEntry],
    positions: Sequence[PositionGroup],
    previous: Briefing,
) -> list[Change]:
    found: list[Change] = []
    # each earlier claim's comparable value, with its figure as displayed ("dozens" has no value)
    before: dict[tuple[str, str], dict[int | None, str]] = {}
    for group in previous.figures:
        for claim in group.claims:
            shown = before.setdefault((group.key, claim.claimant), {})
            shown.setdefault(comparable_value(claim), claim.display)
    for group in figures:
        for claim in group.claims:
            sources = sources_of(claim.evidence)
            earlier = before.get((group.key, claim.claimant))
            phrase = f"{describe_group(group)}: {claim.claimant} claims {claim.display}"
            if earlier is None:
                found.append(Change(kind="new_claim", text=phrase, sources=sources))
            elif comparable_value(claim) not in earlier:
                was = ", ".join(
                    earlier[v] for v in sorted(earlier, key=lambda v: (v is None, v or 0))
                )
                found.append(
                    Change(kind="changed_figure", text=f"{phrase} (was {was})", sources=sources)
                )
    # The same act by the same parties the day before is not news, even if outlets named its
    # addressees differently.
    known_calls = {ceasefire_key(entry)[:3] for entry in previous.ceasefire_calls}
    found += [
        Change(
            kind="new_ceasefire_call",
            text=ceasefire_phrase(entry),
            sources=sources_of(entry.evidence),
        )
        for entry in calls
        if ceasefire_key(entry)[:3] not in known_calls
    ]
    known_positions = {position_key(p) for g in previous.positions for p in g.positions}
    found += [
        Change(
            kind="new_position",
            text=f"{p.holder} ({p.stance}): {p.summary}",
            sources=sources_of(p.evidence),
        )
        for g in positions
        for p in g.positions
        if position_key(p) not in known_positions
    ]
    return found
