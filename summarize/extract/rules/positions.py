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
# "warned that X would pay": a warning of what the speaker will do is a threat, whoever says it
_PUNITIVE = re.compile(
    r"\b(?:will|would|shall|could)\b[^.;]{0,80}?\b(?:pay|price|retaliat\w*|punish\w*|revenge|"
    r"held (?:to )?account\w*|consequences|sanctions?|unanswered|unpunished|respond\w*|"
    r"crush\w*|target\w*|strike|hit back|met with)\b",
    re.IGNORECASE,
)
# "offered a different account": a verb of speech, not an offer
# A past participle right after a determiner is an adjective ("the disputed region", "a rejected
# bid"), not a speech act; nouns keep theirs ("expressed their concern").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|his|her|their|our)\s+$", re.IGNORECASE
)
_NOT_OFFER = re.compile(
    r"\s+(?:a|an|no|its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:account|details?|evidence|"
    r"explanation|comment|condolences|version|figures?|estimate|prayers|sympathy)\b",
    re.IGNORECASE,
)
_JOINED = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*)(?:the\s+)?$")


class PositionReader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = doc.lexicon
        self._observe = dict(doc.lexicon.cease_types).get("observance")

    def read(self) -> list[GroundedPosition]:
        doc = self.doc
        found = bucket(
            doc.windows,
            [(s, e, (s, e)) for s, e in scan(self.lex.stances, doc.text, doc.regions)],
        )
        positions: list[GroundedPosition] = []
        headline: list[GroundedPosition] = []
        seen: set[tuple[str, str, tuple[str, ...]]] = set()
        for window, matches in zip(doc.windows, found, strict=True):
            doc.budget.check()
            if not matches or time_scope(doc, window) == "historical":
                continue
            for item in matches:
                start, end = item
                for position in self._positions(window, start, end):
                    key = (position.holder, position.stance, tuple(sorted(position.targets)))
                    if key in seen:
                        continue
                    if window.is_headline:
                        headline.append(position)
                        continue
                    seen.add(key)
                    positions.append(position)
        positions.extend(
            p for p in headline if (p.holder, p.stance, tuple(sorted(p.targets))) not in seen
        )
        return positions

    def _holders(self, window: Window, start: int, holder: Actor) -> list[str]:
        """'the US, Britain and Japan expressed concern': every party of the subject's list."""
        doc = self.doc
        assert holder.party is not None
        if holder.person:
            return [holder.party]
        clause = window.clause_start(start)
        refs = [r for r in doc.refs_between(window.index, window.start, start) if not r.person]
        names = [r.name for r in refs]
        if holder.party not in names:
            return [holder.party]
        at = [i for i, r in enumerate(refs) if r.name == holder.party]
        index = next((i for i in at if refs[i].start >= clause), at[-1])
        clause = min(clause, refs[index].start)
        chain = [holder.party]
        joins: list[str] = []
        for before, after in zip(refs[index:], refs[index + 1 :], strict=False):
            gap = doc.text[before.end : after.start]
            if not _JOINED.match(gap):
                break
            chain.append(after.name)
            joins.append(gap)
        earlier: list[str] = []
        for before, after in zip(refs[index - 1 :: -1], refs[index:0:-1], strict=False):
            gap = doc.text[before.end : after.start]
            if not _JOINED.match(gap):
                break
            if before.start < clause:
                earlier.insert(0, before.name)  # past a comma: only inside a list "A, B and C"
            else:
                chain.insert(0, before.name)
            joins.append(gap)
        if earlier and any(" and" in gap or "&" in gap for gap in joins):
            chain = [*earlier, *chain]
        return list(dict.fromkeys(chain))

    def _positions(self, window: Window, start: int, end: int) -> list[GroundedPosition]:
        doc, lex = self.doc, self.lex
        key = lex.stance_of[plain(doc.text[start:end])]
        quoted = key.endswith("_quoted")
        stance = cast(Stance, key.removesuffix("_quoted"))
        clause_end = window.clause_end(end)
        rest = doc.text[end:clause_end]
        if stance == "demand" and (
            lex.cease_triggers.search(doc.text, end, window.end)
            or (self._observe is not None and self._observe.search(doc.text, end, clause_end))
        ):
            return []  # a call for a truce, or to respect one, is a ceasefire record
        if stance == "offer" and _NOT_OFFER.match(doc.text, end, window.end):
            return []
        if doc.text[start:end].endswith("ed") and _DETERMINER_BEFORE.search(
            doc.text, max(window.start, start - 12), start
        ):
            return []
        if doc.is_passive(window, start):
            return []
        holder: Actor | None
        if stance == "claim" or quoted:
            frame = doc.frame_for(window.index, start)
            holder = frame.actor if frame and frame.end <= start else None
            if holder is None and quoted:
                holder = doc.subject(window, start)
            if holder is None or (stance == "claim" and holder.party not in doc.belligerents):
                return []
        else:
            holder = doc.subject(window, start)
        if holder is None or holder.party is None:
            return []
        if stance == "concern" and (
            (holder.party in doc.belligerents and _FUTURE.search(rest))
            or _PUNITIVE.search(doc.text, end, min(window.end, end + 160))
        ):
            stance = "threaten"
        holders = (
            [holder.party] if quoted or stance == "claim" else self._holders(window, start, holder)
        )
        targets = [
            r.name
            for r in doc.refs_between(window.index, end, window.clause_end(clause_end + 1))
            if not r.person and r.name not in holders
        ]
        return [
            GroundedPosition(
                holder=party,
                speaker=holder.person,
                targets=list(dict.fromkeys(targets))[:10],
                stance=stance,
                topic=words_after(rest),
                summary=one_line(f"{party} ({stance}): {doc.text[start:clause_end]}"),
                evidence=window.text,
                span=span_of(window),
            )
            for party in holders
        ]
