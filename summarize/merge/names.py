"""Canonical names: parties and people through the actor table, roles in the briefing's conflict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarize.actors import ActorTable, PartyEntry, PersonEntry
from summarize.schema import Extraction, PartyKind, PartyRole, PositionGroupName

GROUP_TITLES: dict[PositionGroupName, str] = {
    "belligerents": "Belligerents",
    "mediators": "Mediators",
    "regional_powers_and_backers": "Regional powers and backers",
    "international_organisations": "International organisations",
    "others": "Others",
}


@dataclass(frozen=True)
class Voice:
    """Who said something: the party it rolls up to, and the person when one spoke."""

    party: str
    speaker: str | None


class Names:
    """Resolves names through the actor table, falling back on what the extractions say.

    Schema 2 references name declared parties; a person's name still rolls up to the person's
    party, so older or sloppier extractions merge the same way.
    """

    def __init__(
        self, actors: ActorTable, extractions: Sequence[Extraction], conflict: str | None
    ) -> None:
        self.actors = actors
        self.conflict = conflict
        # A day repeats the same few names thousands of times: resolve each name once.
        self._party_entries: dict[str, PartyEntry | None] = {}
        self._person_entries: dict[str, PersonEntry | None] = {}
        self._voices: dict[str, Voice] = {}
        self.affiliations: dict[str, str] = {}
        self.extracted_roles: dict[str, tuple[PartyKind, PartyRole]] = {}
        for extraction in extractions:
            for person in extraction.people:
                if person.affiliation:
                    for name in (person.name_as_written, person.canonical_name):
                        self.affiliations.setdefault(" ".join(name.split()), person.affiliation)
            for party in extraction.parties:
                self.extracted_roles.setdefault(self.party(party.name), (party.kind, party.role))

    def party_entry(self, name: str) -> PartyEntry | None:
        if name not in self._party_entries:
            self._party_entries[name] = self.actors.resolve_party(name)
        return self._party_entries[name]

    def person_entry(self, name: str) -> PersonEntry | None:
        if name not in self._person_entries:
            self._person_entries[name] = self.actors.resolve_person(name)
        return self._person_entries[name]

    def party(self, name: str) -> str:
        """Canonical party name for a party-like name, else the name as written."""
        entry = self.party_entry(name)
        return entry.name if entry else " ".join(name.split())

    def parties(self, names: Sequence[str]) -> list[str]:
        """Canonical parties of several references, sorted, without repeats."""
        return sorted({self.voice(name).party for name in names})

    def voice(self, name: str) -> Voice:
        """Who a holder, actor or claimant name stands for (the affiliations must be known)."""
        if name not in self._voices:
            self._voices[name] = self._resolve_voice(name)
        return self._voices[name]

    def _resolve_voice(self, name: str) -> Voice:
        person = self.person_entry(name)
        if person is not None:
            return Voice(
                self.party(person.affiliation) if person.affiliation else person.name, person.name
            )
        party = self.party_entry(name)
        if party is not None:
            return Voice(party.name, None)
        written = " ".join(name.split())
        affiliation = self.affiliations.get(written)
        if affiliation:
            return Voice(self.party(affiliation), written)
        return Voice(written, None)

    def speaker(self, name: str | None) -> str | None:
        """Canonical name of a speaker reference."""
        if name is None:
            return None
        entry = self.person_entry(name)
        return entry.name if entry else " ".join(name.split())

    def kind_role(self, party: str) -> tuple[PartyKind, PartyRole] | None:
        """The party's kind and its role in the briefing's conflict."""
        entry = self.actors.get(party)
        if isinstance(entry, PartyEntry):
            return entry.kind, entry.role_in(self.conflict)
        return self.extracted_roles.get(party)

    def is_belligerent(self, party: str) -> bool:
        kind_role = self.kind_role(party)
        return kind_role is not None and kind_role[1] == "belligerent"


def position_group(kind_role: tuple[PartyKind, PartyRole] | None) -> PositionGroupName:
    if kind_role is None:
        return "others"
    kind, role = kind_role
    if role == "belligerent":
        return "belligerents"
    if role == "mediator":
        return "mediators"
    if role in ("backer", "regional_power"):
        return "regional_powers_and_backers"
    if kind in ("international_organisation", "ngo"):
        return "international_organisations"
    return "others"
