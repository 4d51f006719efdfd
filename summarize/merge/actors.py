"""The briefing's parties and people, one entry per canonical name."""

from __future__ import annotations

from collections.abc import Sequence

from summarize.merge.common import Evidence, unique
from summarize.merge.names import Names, position_group
from summarize.schema import BriefingParty, BriefingPerson, Extraction


def merge_parties(numbered: Sequence[tuple[int, Extraction]], names: Names) -> list[BriefingParty]:
    merged: dict[str, BriefingParty] = {}
    evidence: dict[str, Evidence] = {}
    for number, extraction in numbered:
        for party in extraction.parties:
            entry = names.party_entry(party.name)
            name = entry.name if entry else names.party(party.name)
            current = merged.get(name)
            if current is None:
                current = merged[name] = BriefingParty(
                    name=name,
                    kind=entry.kind if entry else party.kind,
                    role=entry.role_in(names.conflict) if entry else party.role,
                    known=entry is not None,
                    surface_forms=[],
                    evidence=[],
                )
                evidence[name] = Evidence(current.evidence)
            current.surface_forms = unique([*current.surface_forms, *party.surface_forms])
            evidence[name].add(number, party.evidence, party.span)
    return sorted(merged.values(), key=lambda p: (position_group((p.kind, p.role)), p.name))


def merge_people(numbered: Sequence[tuple[int, Extraction]], names: Names) -> list[BriefingPerson]:
    merged: dict[str, BriefingPerson] = {}
    evidence: dict[str, Evidence] = {}
    for number, extraction in numbered:
        for person in extraction.people:
            written = person.canonical_name or person.name_as_written
            entry = names.person_entry(written) or names.person_entry(person.name_as_written)
            name = entry.name if entry else " ".join(written.split())
            current = merged.get(name)
            if current is None:
                affiliation = (entry.affiliation if entry else None) or person.affiliation
                current = merged[name] = BriefingPerson(
                    name=name,
                    names_as_written=[],
                    title=(entry.title if entry else None) or person.title,
                    affiliation=names.party(affiliation) if affiliation else None,
                    evidence=[],
                )
                evidence[name] = Evidence(current.evidence)
            current.names_as_written = unique([*current.names_as_written, person.name_as_written])
            evidence[name].add(number, person.evidence, person.span)
    return sorted(merged.values(), key=lambda p: (p.affiliation or "~", p.name))
