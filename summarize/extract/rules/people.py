"""People: found by title and speech cues with their full names, affiliated with the nearest
party in the same clause or appositive; the actor table only supplies aliases and spellings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarize.actors import ActorTable, PersonEntry, plain
from summarize.conflicts import load_conflicts
from summarize.phrases import PhraseMatcher

from .lexicon import Lexicon
from .mentions import Ref, bucket, is_furniture, scan
from .text import Budget, Window

MAX_PEOPLE = 60
_SAID = (
    r"(?:said|says|told|added|wrote|stated|insisted|warned|noted|stressed|explained|announced"
    r"|confirmed|declared)"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|into|from|to|at|near|of|across|outside)\s+$")


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
        self.places = frozenset(place for c in load_conflicts() for place in c.places)
        particles = "|".join(sorted(lexicon.particles, key=len, reverse=True))
        lower = "a-zß-öø-ÿā-ž"
        cap = rf"[A-ZÀ-ÖØ-ÞĀ-Ž][{lower}]+(?:[A-Z][{lower}]+)?(?:['’-][A-Za-z][{lower}]+)*"
        token = rf"(?:(?:{particles})-)?{cap}"
        name = rf"(?<![\w-]){token}(?:[ ](?:(?:{particles})[ ]){{0,2}}{token}){{1,4}}(?![\w-])"
        titles = lexicon.titles.pattern
        self._cues = re.compile(
            # "army chief Jane Doe", "the head of the agency, Jane Doe"
            rf"(?P<title>(?i:{titles}))"
            rf"(?:[ ]+(?:of|for)[ ]+[^,;.()]{{1,70}}?(?:[ ]\([^,;.()]{{1,12}}\))?)?"
            rf",?[ ]+(?P<n1>{name})"
            # "Jane Doe, the group's spokesman", "Jane Doe, a spokeswoman for ..."
            rf"|(?P<n2>{name}),[ ]+(?:the|a|an|its|their|his|her)[ ]+[^,;.]{{0,60}}?"
            rf"(?P<t2>(?i:{titles}))"
            # "Jane Doe said", "said Jane Doe"
            rf"|(?P<n3>{name})[ ]+{_SAID}\b|\b{_SAID}[ ]+(?P<n4>{name})"
        )
        # "spokesperson of the Office of ... (OHCHR), Jane Doe, said": a long title's name stands
        # between commas after it; tried only where a window has "), " or ", ... ," after "of"
        self._long_title = re.compile(
            rf"(?P<t0>(?i:{titles}))[ ]+(?:of|for)[ ]+[^,;.]{{1,90}}?,[ ]+(?P<n0>{name}),"
        )
        self._appositive = re.compile(
            rf",[ ]+(?:the|a|an|its|their|his|her)[ ]+[^,;.]{{0,60}}?(?P<title>(?i:{titles}))\b"
        )

    def _clean(self, name: str) -> str:
        """The name without leading titles; empty when a word of it is never a name's."""
        words = name.split()
        while words and words[0] in self.lexicon.not_name_words:
            words.pop(0)
        if any(word in self.lexicon.not_name_words for word in words):
            return ""
        if " ".join(words) in self.places:
            return ""
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
            if is_furniture(window):
                continue  # "- Erdogan heads into run-off": a link to another story
            for entry in known:
                if isinstance(entry, PersonEntry) and entry.name not in people:
                    people[entry.name] = PersonInfo(
                        entry.name, entry.name, entry.title, entry.affiliation, window
                    )
            if len(people) >= MAX_PEOPLE:
                continue
            matches = list(self._cues.finditer(window.text))
            if "), " in window.text:
                matches.extend(self._long_title.finditer(window.text))
            for match in matches:
                group = next(g for g in ("n0", "n1", "n2", "n3", "n4") if _group(match, g))
                written = self._clean(match.group(group))
                if not written:
                    continue
                title = _group(match, "title") or _group(match, "t2") or _group(match, "t0")
                if title is None:
                    after = self._appositive.match(window.text, match.end(group))
                    title = after.group("title") if after else None
                start = window.start + match.start(group)
                if _PLACE_BEFORE.search(
                    window.text, max(0, match.start(group) - 12), match.start(group)
                ):
                    continue
                start += match.group(group).find(written)
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
        if affiliation is None and not unaffiliated and title is not None:
            affiliation = _nearest_party(window, refs, start, start + len(written))
        people[canonical] = PersonInfo(
            canonical, written, title.strip() if title else None, affiliation, window
        )


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group of either cue pattern (each has only some of the names)."""
    return match.group(name) if name in match.re.groupindex else None


def _nearest_party(window: Window, refs: Sequence[Ref], start: int, end: int) -> str | None:
    """The party in the person's title ("RSF commander X", "the army's spokesman, X") or in the
    appositive right after the name ("X, a spokesman for the RSF,")."""
    before = [
        r
        for r in refs
        if not r.person
        and not r.place
        and start - 45 <= r.end <= start
        and r.start >= window.clause_start(start) - 45
    ]
    if before:
        return before[-1].name
    if window.text[end - window.start : end - window.start + 2].startswith(","):
        high = window.clause_end(end + 1)
        after = [r for r in refs if not r.person and not r.place and end < r.start <= high]
        if after:
            return after[0].name
    return None


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
    return bucket(windows, items)
