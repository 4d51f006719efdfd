"""Positions: one item per holder, targets, stance and statement, grouped by the holder's role."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from summarize.merge.common import Evidence, unique
from summarize.merge.names import GROUP_TITLES, Names, position_group
from summarize.schema import Extraction, MergedPosition, PositionGroup, PositionGroupName

SAME_POSITION_MIN = 75  # rapidfuzz token_set_ratio of two summaries that say the same thing

PositionKey = tuple[str, tuple[str, ...], str]


def position_key(position: MergedPosition) -> PositionKey:
    return position.holder, tuple(position.targets), position.stance


def merge_positions(
    numbered: Sequence[tuple[int, Extraction]], names: Names
) -> list[PositionGroup]:
    # Only positions with the same holder, targets and stance can be the same position.
    buckets: dict[PositionKey, list[tuple[MergedPosition, Evidence]]] = {}
    merged: list[MergedPosition] = []  # first-seen order, for a stable sort below
    for number, extraction in numbered:
        for position in extraction.positions:
            voice = names.voice(position.holder)
            speaker = names.speaker(position.speaker) or voice.speaker
            targets = names.parties(position.targets)
            bucket = buckets.setdefault((voice.party, tuple(targets), position.stance), [])
            same = next(
                (
                    (known, evidence)
                    for known, evidence in bucket
                    if fuzz.token_set_ratio(known.summary, position.summary) >= SAME_POSITION_MIN
                ),
                None,
            )
            if same is None:
                known = MergedPosition(
                    holder=voice.party,
                    speakers=[],
                    targets=targets,
                    topic=position.topic,
                    stance=position.stance,
                    summary=position.summary,
                    evidence=[],
                )
                same = (known, Evidence(known.evidence))
                bucket.append(same)
                merged.append(known)
            known, evidence = same
            if speaker:
                known.speakers = unique([*known.speakers, speaker])
            evidence.add(number, position.evidence, position.span)
    groups: dict[PositionGroupName, list[MergedPosition]] = {}
    for merged_position in merged:
        group = position_group(names.kind_role(merged_position.holder))
        groups.setdefault(group, []).append(merged_position)
    return [
        PositionGroup(
            group=name,
            title=title,
            positions=sorted(groups[name], key=lambda p: (p.holder, -len(p.evidence), p.summary)),
        )
        for name, title in GROUP_TITLES.items()
        if name in groups
    ]
