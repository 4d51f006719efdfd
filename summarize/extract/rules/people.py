"""People: found by title and speech cues with their full names, affiliated with the nearest
party in the same clause or appositive; the actor table only supplies aliases and spellings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarize.actors import ActorTable, PersonEntry, plain
from summarize.phrases import PhraseMatcher

from .lexicon import Lexicon
from .mentions import Ref, bucket, scan
from .text import Budget, Window

MAX_PEOPLE = 60
_SAID = r"(?:said|says|told|added|wrote|stated|insisted|warned|noted|stressed|explained|announced|confirmed|declared)"


@dataclass
class PersonInfo:
    canonical: str
    as_written: str
    title: str | None
    affiliation: str | None
    window: Window


class PeopleFinder:
    def __init__(self, actors: ActorTable, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        particles = "|".join(sorted(lexicon.particles, key=len, reverse=True))
        cap = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Za-z][a-z]+)*"
        token = rf"(?:(?:{particles})-)?{cap}"
        name = rf"(?<![\w-]){token}(?:[ ](?:(?:{particles})[ ])?{token}){{1,4}}(?![\w-])"
        titles = lexicon.titles.pattern
        self._cues = re.compile(
            # "army chief Jane Doe", "the head of the agency, Jane Doe"
            rf"(?P<title>(?i:{titles}))(?:[ ]+(?:of|for)[ ]+[^,;.()]{{1,50}}?)?,?[ ]+(?P<n1>{name})"
            # "Jane Doe, the group's spokesman", "Jane Doe, a spokeswoman for ..."
            rf"|(?P<n2>{name}),[ ]+(?:the|a|an|its|their|his|her)[ ]+[^,;.]{{0,60}}?(?P<t2>(?i:{titles}))"
            # "Jane Doe said", "said Jane Doe"
            rf"|(?P<n3>{name})[ ]+{_SAID}\b|\b{_SAID}[ ]+(?P<n4>{name})"
        )

    def _clean(self, name: str) -> str:
        words = name.split()
        while words and words[0] in self.lexicon.not_name_words:
            words.pop(0)
        while words and words[-1] in self.lexicon.not_name_words:
            words.pop()
        return " ".join(words)

    def find(
        self,
        windows: Sequence[Window],
        refs: Sequence[Sequence[Ref]],
        table_people: Sequence[tuple[int, int, PersonEntry]],
        budget: Budget,
    ) -> dict[str, PersonInfo]:
        people: dict[str, PersonInfo] = {}
        by_window = bucket(windows, [(s, e, p) for s, e, p in table_people])
        for window, window_refs, known in zip(windows, refs, by_window, strict=True):
            budget.check()
            for entry in known:
                if isinstance(entry, PersonEntry) and entry.name not in people:
                    people[entry.name] = PersonInfo(
                        entry.name, entry.name, entry.title, entry.affiliation, window
                    )
            if len(people) >= MAX_PEOPLE:
                continue
            for match in self._cues.finditer(window.text):
                group = next(g for g in ("n1", "n2", "n3", "n4") if match.group(g))
                written = self._clean(match.group(group))
                if not written:
                    continue
                title = match.group("title") or match.group("t2")
                start = window.start + match.start(group)
                self._add(people, window, window_refs, written, title, start)
        return people

    def _add(
        self,
        people: dict[str, PersonInfo],
        window: Window,
        refs: Sequence[Ref],
        written: str,
        title: str | None,
        start: int,
    ) -> None:
        entry = self.actors.resolve_person(written)
        if entry is None:
            if len(written.split()) < 2:
                return
            if any(not r.person for r in refs if r.start <= start < r.end):
                return  # a party's name ("Saudi Arabia said")
            found = self.actors.find_mentions(written)
            if found and sum(m.end - m.start for m in found) * 2 >= len(written):
                return
        canonical = entry.name if entry else written
        if canonical in people:
            return
        unaffiliated = title is not None and plain(title) in self.lexicon.unaffiliated_titles
        affiliation = entry.affiliation if entry else None
        if affiliation is None and not unaffiliated:
            affiliation = _nearest_party(window, refs, start, start + len(written))
        people[canonical] = PersonInfo(
            canonical, written, title.strip() if title else None, affiliation, window
        )


def _nearest_party(window: Window, refs: Sequence[Ref], start: int, end: int) -> str | None:
    """The party named in the person's clause or appositive, nearest first."""
    low = window.previous_clause(window.clause_start(start))
    high = window.clause_end(window.clause_end(end) + 1)
    near = [r for r in refs if not r.person and not r.place and low <= r.start < high]
    if not near:
        return None
    return min(near, key=lambda r: min(abs(r.end - start), abs(r.start - end))).name


def person_refs(
    text: str,
    regions: Sequence[tuple[int, int]],
    windows: Sequence[Window],
    people: dict[str, PersonInfo],
    actors: ActorTable,
) -> list[list[Ref]]:
    """Where each person is named: full name, name as written, table aliases, and surname."""
    surfaces: dict[str, str] = {}
    for info in people.values():
        forms = [info.canonical, info.as_written]
        entry = actors.get(info.canonical)
        if isinstance(entry, PersonEntry):
            forms.extend(entry.aliases)
        last = info.as_written.split()[-1]
        forms.extend([last, last.split("-")[-1]])
        for form in forms:
            if form and form[0].isupper():
                surfaces.setdefault(form, info.canonical)
    if not surfaces:
        return [[] for _ in windows]
    matcher = PhraseMatcher(surfaces, ignore_case=False)
    items = [
        (s, e, Ref(s, e, surfaces[text[s:e]], person=True))
        for s, e in scan(matcher, text, regions)
        if text[s:e] in surfaces
    ]
    return [[r for r in found if isinstance(r, Ref)] for found in bucket(windows, items)]
