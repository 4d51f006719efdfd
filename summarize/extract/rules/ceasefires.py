"""Ceasefire acts: calls, offers, acceptances, agreements, declarations, rejections and alleged
violations, with actors, addressees, mediators, conditions, type and time scope."""

from __future__ import annotations

import re

from summarize.schema import CeasefireAct, CeasefireType, GroundedCeasefireCall, TimeScope

from .figures import span_of, time_scope
from .speech import Doc
from .text import Window, words_after

_GLUED_MEDIATOR = re.compile(
    r"^-(?:brokered|mediated|led mediation|sponsored|hosted)\b", re.IGNORECASE
)


class CeasefireReader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = doc.lexicon

    def read(self) -> list[GroundedCeasefireCall]:
        calls: list[GroundedCeasefireCall] = []
        keys: set[tuple[object, ...]] = set()
        for window in self.doc.windows:
            self.doc.budget.check()
            trigger = self.lex.cease_triggers.search(window.text)
            if trigger is None:
                continue
            call = self._call(window, trigger.start())
            if call is None:
                continue
            key = (call.act, tuple(call.actors), call.type, call.time_scope)
            if key not in keys:
                keys.add(key)
                calls.append(call)
        return calls

    def _act(self, window: Window) -> tuple[CeasefireAct, int] | None:
        for act, pattern in self.lex.cease_acts:
            match = pattern.search(window.text)
            if match is not None:
                return act, window.start + match.start()
        return None

    def _mediators(self, window: Window) -> list[str]:
        doc = self.doc
        found: list[str] = []
        for match in self.lex.mediated_by.finditer(window.text):
            start = window.start + match.end()
            end = window.clause_end(window.clause_end(start) + 1)
            found.extend(r.name for r in doc.refs_between(window.index, start, end) if not r.person)
        active = self.lex.mediating.search(window.text)
        if active is not None:
            at = window.start + active.start()
            before = doc.refs_between(window.index, window.clause_start(at), at)
            found.extend(r.name for r in before if not r.person)
        for ref in doc.refs[window.index]:
            if _GLUED_MEDIATOR.match(doc.text[ref.end : ref.end + 30]) and not ref.person:
                found.append(ref.name)
        return list(dict.fromkeys(found))

    def _type(self, window: Window, conditions: str | None) -> CeasefireType:
        for kind, pattern in self.lex.cease_types:
            if pattern.search(window.text):
                return kind
        return "conditional" if conditions else "immediate"

    def _conditions(self, window: Window, act_at: int) -> str | None:
        match = self.lex.conditions.search(self.doc.text, act_at, window.end)
        if match is None:
            return None
        return words_after(self.doc.text[match.start() : window.clause_end(match.end())], 12)

    def _call(self, window: Window, trigger_at: int) -> GroundedCeasefireCall | None:
        doc = self.doc
        found = self._act(window)
        scope: TimeScope = "current"
        historical = self.lex.cease_historical.search(window.text) is not None
        if found is None:
            if not historical:
                return None
            act: CeasefireAct = "agree"
            act_at = window.start + trigger_at
        else:
            act, act_at = found
        if (historical and act in ("agree", "declare", "violation_alleged", "accept")) or (
            act == "agree" and time_scope(doc, window) == "historical"
        ):
            scope = "historical"
        mediators = self._mediators(window)
        both = self.lex.both_sides.search(window.text) is not None
        subject = doc.subject(window, act_at)
        speaker = subject.person if subject else None
        if act == "agree":
            before = doc.refs_between(window.index, window.start, act_at)
            actors = [r.name for r in before if not r.person and r.name not in mediators]
            if not actors and subject and subject.party and subject.party not in mediators:
                actors = [subject.party]
            if both or len(actors) < 2:
                actors = (
                    list(dict.fromkeys([*actors, *doc.sides]))[:2] if both or not actors else actors
                )
            addressees = list(actors)
        else:
            actors = [subject.party] if subject and subject.party else []
            if not actors and scope == "historical":
                actors = list(doc.sides)
            after = doc.refs_between(window.index, act_at, window.end)
            addressees = [
                r.name
                for r in after
                if not r.person and r.name not in actors and r.name not in mediators
            ]
            if (both or not addressees) and act in ("call", "violation_alleged", "offer"):
                others = [s for s in doc.sides if s not in actors]
                addressees = (
                    list(dict.fromkeys([*addressees, *others]))
                    if both
                    else addressees or others[:1]
                )
        actors = list(dict.fromkeys(actors))
        if not actors:
            return None
        conditions = self._conditions(window, act_at)
        return GroundedCeasefireCall(
            act=act,
            type=self._type(window, conditions),
            actors=actors[:10],
            speaker=speaker,
            addressees=addressees[:10],
            mediators=[m for m in mediators if m not in actors][:10],
            conditions=conditions,
            time_scope=scope,
            evidence=window.text,
            span=span_of(window),
        )
