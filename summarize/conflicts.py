"""Which conflict an article is about, from the parties it names and the places it mentions.

The conflicts, their canonical names (the ones `prompts/conventions.md` lists for
`meta.conflict`), their belligerents and the place names that point at them live in
`summarize/data/conflicts.toml`, so users extend them without code.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

CONFLICTS_PATH = Path(__file__).resolve().parent / "data" / "conflicts.toml"


class Conflict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    belligerents: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


class _ConflictFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conflict: list[Conflict] = []


@functools.cache
def load_conflicts(path: Path = CONFLICTS_PATH) -> tuple[Conflict, ...]:
    data = _ConflictFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    return tuple(data.conflict)


@functools.cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    alternatives = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def detect_conflict(
    text: str, party_names: Sequence[str], conflicts: Sequence[Conflict] | None = None
) -> str | None:
    """The conflict whose belligerents and places the text names most; None when nothing fits.

    A belligerent named counts 2, each place or keyword mention 1 (capped per cue), so one
    passing mention of another war does not win over the story's own.
    """
    named = set(party_names)
    best: tuple[int, str] | None = None
    for conflict in conflicts if conflicts is not None else load_conflicts():
        score = 2 * sum(1 for party in conflict.belligerents if party in named)
        pattern = _cue_pattern((*conflict.places, *conflict.keywords))
        if pattern is not None:
            cues = {match.group(0).casefold() for match in pattern.finditer(text)}
            score += len(cues)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, conflict.name)
    return best[1] if best else None
