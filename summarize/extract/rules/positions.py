"""Positions: an actor's stance (accuse, deny, demand, ...) from the verb of a speech act.

Precision first: one position per holder and stance; no position from the outlet's narration,
from passive verbs without an agent, from history, or from a plain ceasefire call (that is a
ceasefire record). A claim of control counts only when the actor itself says it."""

from __future__ import annotations

import re
from typing import cast

from summarize.actors import plain
from summarize.schema import GroundedPosition, Stance

from .figures import span_of, time_scope
from .mentions import bucket, scan
from .speech import Actor, Doc
from .text import Window, one_line, words_after

_FUTURE = re.compile(r"\b(?:will|would|shall)\b", re.IGNORECASE)


class PositionReader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = doc.lexicon

    def read(self) -> list[GroundedPosition]:
        doc = self.doc
        found = bucket(
            doc.windows,
            [(s, e, (s, e)) for s, e in scan(self.lex.stances, doc.text, doc.regions)],
        )
        positions: list[GroundedPosition] = []
        headline: list[GroundedPosition] = []
        seen: set[tuple[str, str]] = set()
        for window, matches in zip(doc.windows, found, strict=True):
            doc.budget.check()
            if not matches or time_scope(doc, window) == "historical":
                continue
            for item in matches:
                start, end = item
                position = self._position(window, start, end)
                if position is None or (position.holder, position.stance) in seen:
                    continue
                if window.is_headline:
                    headline.append(position)
                    continue
                seen.add((position.holder, position.stance))
                positions.append(position)
        positions.extend(p for p in headline if (p.holder, p.stance) not in seen)
        return positions

    def _position(self, window: Window, start: int, end: int) -> GroundedPosition | None:
        doc, lex = self.doc, self.lex
        stance = cast(Stance, lex.stance_of[plain(doc.text[start:end])])
        clause_end = window.clause_end(end)
        rest = doc.text[end:clause_end]
        if stance == "demand" and lex.cease_triggers.search(doc.text, end, window.end):
            return None  # a call for a truce is a ceasefire record
        if doc.is_passive(window, start):
            return None
        holder: Actor | None
        if stance == "claim":
            frame = doc.frame_for(window.index, start)
            holder = frame.actor if frame and frame.end <= start else None
            if holder is None or holder.party not in doc.belligerents:
                return None
        else:
            holder = doc.subject(window, start)
        if holder is None or holder.party is None:
            return None
        if stance == "concern" and holder.party in doc.belligerents and _FUTURE.search(rest):
            stance = "threaten"
        targets = [
            r.name
            for r in doc.refs_between(window.index, end, window.clause_end(clause_end + 1))
            if not r.person and r.name != holder.party
        ]
        return GroundedPosition(
            holder=holder.party,
            speaker=holder.person,
            targets=list(dict.fromkeys(targets))[:10],
            stance=stance,
            topic=words_after(rest),
            summary=one_line(f"{holder.party} ({stance}): {doc.text[start:clause_end]}"),
            evidence=window.text,
            span=span_of(window),
        )
