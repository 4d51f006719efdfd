"""Ceasefire acts: one entry per act, type, actors and addressees; history kept apart."""

from __future__ import annotations

from collections.abc import Sequence

from summarize.merge.common import Evidence, sources_of, unique
from summarize.merge.names import Names
from summarize.schema import CeasefireEntry, CeasefireType, Extraction, TimeScope

CeasefireKey = tuple[str, str, tuple[str, ...], tuple[str, ...]]

TYPE_PHRASES: dict[CeasefireType, str] = {
    "immediate": "an immediate ceasefire",
    "humanitarian": "a humanitarian truce",
    "permanent": "a permanent ceasefire",
    "conditional": "a conditional ceasefire",
    "extension": "an extension of the ceasefire",
    "observance": "observance of the existing ceasefire",
}


def ceasefire_key(entry: CeasefireEntry) -> CeasefireKey:
    return entry.act, entry.type, tuple(entry.actors), tuple(entry.addressees)


def merge_ceasefires(
    numbered: Sequence[tuple[int, Extraction]], names: Names, time_scope: TimeScope
) -> list[CeasefireEntry]:
    """The ceasefire acts of one time scope ('current' news or 'historical' background)."""
    merged: dict[CeasefireKey, CeasefireEntry] = {}
    evidence: dict[CeasefireKey, Evidence] = {}
    for number, extraction in numbered:
        for call in extraction.ceasefire_calls:
            if call.time_scope != time_scope:
                continue
            voices = [names.voice(name) for name in call.actors]
            actors = sorted({voice.party for voice in voices})
            addressees = names.parties(call.addressees)
            key = (call.act, call.type, tuple(actors), tuple(addressees))
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = CeasefireEntry(
                    act=call.act,
                    type=call.type,
                    actors=actors,
                    speakers=[],
                    addressees=addressees,
                    mediators=[],
                    conditions=[],
                    time_scope=call.time_scope,
                    evidence=[],
                )
                evidence[key] = Evidence(entry.evidence)
            speakers = [names.speaker(call.speaker), *(voice.speaker for voice in voices)]
            entry.speakers = unique([*entry.speakers, *(s for s in speakers if s)])
            entry.mediators = unique([*entry.mediators, *names.parties(call.mediators)])
            if call.conditions:
                entry.conditions = unique([*entry.conditions, call.conditions.strip()])
            evidence[key].add(number, call.evidence, call.span)
    return sorted(
        merged.values(),
        key=lambda e: (-len(sources_of(e.evidence)), e.actors, e.act, e.type, e.addressees),
    )


def ceasefire_phrase(entry: CeasefireEntry) -> str:
    """One line saying who did what: 'Russia (Vladimir Putin) called on Armenia, ...'."""
    who = " and ".join(entry.actors) + (f" ({', '.join(entry.speakers)})" if entry.speakers else "")
    whom = ", ".join(entry.addressees)
    what = TYPE_PHRASES[entry.type]
    if entry.act == "call":
        text = f"{who} called{f' on {whom}' if whom else ''} for {what}"
    elif entry.act == "violation_alleged":
        text = f"{who} alleged a ceasefire violation" + (f" by {whom}" if whom else "")
    else:
        verb = {
            "offer": "offered",
            "accept": "accepted",
            "agree": "agreed",
            "declare": "declared",
            "reject": "rejected",
        }[entry.act]
        text = f"{who} {verb} {what}" + (f" (addressed to {whom})" if whom else "")
    if entry.mediators:
        text += f", mediated by {', '.join(entry.mediators)}"
    if entry.conditions:
        text += f", on condition: {'; '.join(entry.conditions)}"
    return text
