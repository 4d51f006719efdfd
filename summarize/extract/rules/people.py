"""People: found by title and speech cues with their full names, affiliated with the nearest
party in the same clause or appositive; the actor table only supplies aliases and spellings."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from summarize.actors import ActorTable, PartyEntry, PersonEntry, anglicised, plain
from summarize.conflicts import load_conflicts
from summarize.phrases import LiteralMatcher, WordStarts

from .lexicon import Lexicon
from .mentions import HOSTILE_ACTS, Ref, bucket, is_furniture, owner_before, runs_forces_of, scan
from .text import Budget, Window

MAX_PEOPLE = 60
_SAID_WORDS = (
    "said", "says", "told", "added", "wrote", "stated", "insisted", "warned", "noted", "stressed",
    "explained", "announced", "confirmed", "declared",
)  # fmt: skip
_SAID = rf"(?:{'|'.join(_SAID_WORDS)})"
_INTRODUCED_BY_FIRST_NAME = re.compile(r"\b([A-Z][a-z'’-]+),[ ]+(?:\d{1,2}\b|an?[ ])")
_SAID_NEXT = re.compile(rf"[ ]+(?:also[ ]+|later[ ]+|then[ ]+)?{_SAID}\b")
_WORD = re.compile(r"\w+")
# a capitalised owner's possessive opening an appositive: "Georgia's ", "the Kenya Red Cross's "
_OWNER_S = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,2}['’]s[ ]+"
_LED_BY = ("headed", "led", "commanded", "chaired", "run")
# "who leads the group": the verb's office
_HEADS = {
    "leads": "leader",
    "heads": "head",
    "commands": "commander",
    "chairs": "chair",
    # "X, who headed the government's peace commission": an office held then
    "led": "leader",
    "headed": "head",
    "commanded": "commander",
    "chaired": "chair",
    # "X, who speaks for the group,": its spokesperson
    "speaks for": "spokesperson",
    "spoke for": "spokesperson",
}
_PLACE_BEFORE = re.compile(r"\b(?:in|into|from|to|at|near|of|across|outside)\s+$")
_NAME_SPLIT = re.compile(r",?[ ]+and[ ]+|,[ ]+")
# what sets off a list of names: a dash, a colon, "named as" ("... - A, B and C -")
_LIST_OPENS = r"(?:[ ]+[-\u2013\u2014]|:|[ ]+(?i:named|identified)[ ]+as)[ ]+"
_LIST_OPENED = re.compile(_LIST_OPENS)
_LIST_LEAD_REACH = 120  # the noun, the words after it and the dash, before the names
# the noun for people a list of names right after a dash or colon gives ("four soldiers seized
# from the base - ", "Prisoners: ", "the dead were named as ")
_PEOPLE_LISTED = re.compile(
    r"\b(?i:hostages|captives|soldiers|aid[ ]workers|workers|journalists|reporters|prisoners|"
    r"detainees|activists|civilians|women|men|girls|boys|children|students|doctors|nurses|"
    r"medics|officers|policemen|pilots|sailors|crew[ ]members|victims|dead|passengers)\b"
    rf"[^.;:()\"\u201c\u201d]{{0,60}}?{_LIST_OPENS}$"
)
# (not "women from three villages - ", "children treated at three clinics - ": the names after
# the dash are of the places or the bodies the last noun before it counts)
_BODIES_LISTED = re.compile(
    r"\b(?i:villages|towns|cities|areas|districts|regions|provinces|camps|neighbou?rhoods|states|"
    r"countries|groups|parties|movements|factions|hospitals|clinics|schools|universities|"
    r"colleges|militias|brigades|battalions|units|outlets|newspapers|channels|stations|"
    rf"agencies|organi[sz]ations|companies|firms|banks|ships|vessels|mosques|churches){_LIST_OPENS}$"
)
_TITLE_REACH = 60
_OWNER_LEAD = 6  # "The " before the owner that opens a title
# ", the army's deputy spokesman": the head of an appositive, up to its title
# ", who heads", ", the former police officer who leads" (not "the brother of a commander who
# leads", nor "who heads to Doha")
_WHO = r"(?:(?:the|a|an)[ ]+(?:(?!of\b)[\w-]+[ ]+){0,3}?)?who[ ]+(?:(?:now|also|currently)[ ]+)?"
_HEADS_VERB = (
    rf"(?:{'|'.join(h for h in _HEADS if ' ' not in h)})\b"
    r"(?![ ]+(?:to|for|into|back|home|off|out)\b)"
    # "who speaks for the KIA": a name right after, not "spoke for an hour" nor "speaks for the
    # RSF's victims"
    rf"|(?:{'|'.join(h.replace(' ', '[ ]') for h in _HEADS if ' ' in h)})"
    r"(?=[ ]+(?:the[ ]+)?[A-Z])(?![ ]+(?:the[ ]+)?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)*['’]s\b)"
)
_WHO_HEADS = re.compile(rf",[ ]+{_WHO}(?P<verb>{_HEADS_VERB})")
# the body it heads is named right after the verb ("who leads the Viv Ansanm gang coalition")
_HEADED_OBJECT = re.compile(r"[ ]+(?:the[ ]+)?(?:[\w'’-]+[ ]+)?")
# courtesy titles, before a name and no word of it ("Mr. Jane Doe")
_COURTESY = r"(?:Mr|Mrs|Ms|Mme|Dr|Miss)"
_COURTESY_BEFORE = re.compile(rf"\b{_COURTESY}\.?[ ]+$")
_PLACE_TYPE_END = re.compile(
    r"[ ](?:Oblast|Province|Region|District|State|County|Governorate|Prefecture|Territory|"
    r"City|Town|Camp|Village)$"
)
# words of an institution's name, never of a person's: "the Supreme Court of Pakistan said"
_INSTITUTION_WORD = re.compile(
    r"\b(?:Court|Council|Assembly|Parliament|Rada|Senate|Congress|Ministry|Bank|Commission|"
    r"Committee|University|Republic|Kingdom|Union|Office|Department|Agency|Authority|"
    r"Government|Cabinet|Duma|Knesset|Majlis|Tribunal|Police|Army|Forces|Church|Party)\b"
)
_NAME_GROUPS = tuple(f"n{i}" for i in range(12))  # the cues' name groups
# capitalised words that open a sentence's phrase, never a name: "In Washington, a spokesman"
_OPENING_WORDS = (
    r"(?:In|On|At|From|For|To|By|With|The|And|But|As|After|Before|When|While|Under|Since|"
    r"During|Despite|Speaking|Asked|Meanwhile|Later|Earlier)"
)
# words that never qualify a title: "X, where its ambassador", "X, with the High Commissioner"
_NOT_QUALIFIERS = (
    r"(?:with|and|or|but|the|an?|in|at|on|by|for|to|of|as|from|where|when|while|which|who|"
    r"whose|its|his|her|their|also|then|now|said|says|told|called)"
)
# what opens an appositive after a name: "the", "its", "Georgia's"
_APPOSITIVE_LEAD = rf"(?:(?:the|a|an|its|their|his|her)[ ]+|{_OWNER_S})"
# (also a title without its article: "X, deputy chief of the General Staff")
# (an abbreviation's points go on: "X, the U.N. special rapporteur")
_APPOSITIVE_HEAD = re.compile(
    rf",\s+(?:{_APPOSITIVE_LEAD}|(?=(?:[a-z][\w-]*[ ]+){{1,4}}(?:of|for)[ ]+))"
    r"(?:[^,;.]|(?<=\b[A-Z])\.){0,60}"
)
# "Commander X of the SPLM-IO", "Archbishop X of the Catholic Church": the body right after
_OF_BODY_AFTER = re.compile(r"[ ]+of[ ]+(?:the[ ]+)?")
# "its spokesman, X", "their commander, X", "his deputy, X": the owner is named before
# "its spokesman, ", "its spokesman, Brig. Gen. ": a possessive title before a name
_POSSESSIVE = re.compile(
    r"\b(its|their|his|her)\s+(?:[\w.-]+,?\s+){0,5}?[\w.-]+,?\s*$", re.IGNORECASE
)

# "Machar's spokesman, ", "Hemedti's adviser ": a name's possessive, then a title
_PERSON_OWNER = re.compile(
    r"['\u2019]s\s+(?:[\w.-]+\s+){0,3}?(?:spokes(?:man|woman|person)|advis[eo]r|aide|"
    r"chief\s+of\s+staff|press\s+secretary|negotiator|envoy|representative),?\s*$",
    re.IGNORECASE,
)


# ", an adviser to President ": the title of one who serves the person named next
_SERVES = re.compile(
    r",[ ]+(?:an?[ ]+|the[ ]+)?(?:[a-z-]+[ ]+)?(?:adviser|advisor|aide|chief[ ]+of[ ]+staff|"
    r"spokesman|spokeswoman|spokesperson|press[ ]+secretary|deputy)[ ]+(?:to|of|for)[ ]+"
    r"(?:the[ ]+)?(?:(?:President|Prime[ ]+Minister|General|Gen\.|Field[ ]+Marshal|Marshal|"
    r"Senior[ ]+General|Commander|Chairman|Mr\.?|Mrs\.?|Dr\.?)[ ]+)?"
)


@dataclass
class PersonInfo:
    canonical: str
    as_written: str
    title: str | None
    affiliation: str | None
    window: Window
    # other spellings of the same name further on ("Nuri Mahmud" after "Nouri Mahmoud")
    variants: list[str] = field(default_factory=list)


class PeopleFinder:
    def __init__(self, actors: ActorTable, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self.places = frozenset(place for c in load_conflicts() for place in c.places)
        self.states = frozenset(e.name for e in actors.parties if e.kind == "state")
        # a table affiliation a state office told in the text outranks: another state, or an
        # organisation (not a state's own forces or agencies, which the text names by state)
        self._organisations = frozenset(
            e.name for e in actors.parties if e.kind == "international_organisation"
        )
        self._outranked = self.states | self._organisations
        particles = "|".join(sorted(lexicon.particles, key=len, reverse=True))
        lower = "a-zß-öø-ÿā-ž"
        cap = rf"[A-ZÀ-ÖØ-ÞĀ-Ž][{lower}]+(?:[A-Z][{lower}]+)?(?:['’-][A-Za-z][{lower}]+)*"
        # ("Mr", "Mrs", "Dr": a courtesy title before a name is no word of it)
        token = rf"(?:(?:{particles})-)?(?!{_COURTESY}\b){cap}"
        # ("George W. Bush": a middle initial; "Benigno Aquino III", "King Mohammed VI": a
        # numeral after the name, of one word or more, is the name's)
        regnal = r"(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI?)"
        rest = rf"(?:[ ](?:[A-Z]\.[ ])?(?:(?:{particles})[ ]){{0,2}}{token})"
        name = (
            rf"(?<![\w-])(?:(?!{_OPENING_WORDS}[ ]){token}(?:{rest}{{1,4}}"
            rf"(?:[ ]{regnal})?|[ ]{regnal})"
            # ("P. Sundarraj", "B. Santosh Babu": initials before the name)
            rf"|(?<![\w.])(?:[A-Z]\.[ ]){{1,3}}{token}{rest}{{0,3}})(?![\w-])"
        )
        titles = lexicon.titles.pattern
        # the same, open at its end for a plural "s" ("the rebel leaders X and Y")
        titles_open = titles.removesuffix(r"(?![\w-])")
        if titles_open == titles:
            raise ValueError("the title pattern no longer ends as PhraseMatcher wrote it")
        # "army chief Jane Doe", "the head of the agency, Jane Doe": tried only at a title's
        # first word (Python's `re` would otherwise try each title at every word)
        self._title_cue = re.compile(
            # ("the rebel leaders X and Y": a plural title before two names)
            rf"(?P<title>(?i:{titles_open}))(?:(?P<plural>s)?(?![\w-]))"
            # ("envoy to the UN, X"; not "adviser to President X": that title is X's)
            rf"(?:[ ]+(?:of|for|in|to(?![ ]+(?i:{titles})\b))[ ]+[^,;.()]{{1,70}}?"
            rf"(?:[ ]\([^,;.()]{{1,12}}\))?)?"
            rf",?[ ]+(?:{_COURTESY}\.?[ ]+)?(?P<n1>{name})"
        )
        self._title_words = lexicon.titles.first_words
        # "the Centre for ": a body's name goes on with capitalised words that are no person's
        self._body_name_openers = tuple(
            f"{head} {word} " for head in sorted(lexicon.for_heads) for word in ("for", "on")
        )
        # ("Presidents X and Y", "the generals X and Y": a one-word title in the plural)
        self._plural_title_words = frozenset(f"{word}s" for word in self._title_words)
        self._other_cues = re.compile(
            # "Jane Doe, the group's spokesman", "Jane Doe, a spokeswoman for ...", "Jane Doe,
            # speaker of the assembly", "Jane Doe, Georgia's head of state"
            rf"(?P<n2>{name}),[ ]+(?:{_APPOSITIVE_LEAD}[^,;.]{{0,60}}?"
            # ("Jane Doe, foreign policy adviser to ...", "Jane Doe, senior Libya analyst at
            # ...": words that qualify the title, one of them the desk's place)
            rf"|(?:(?!{_NOT_QUALIFIERS}\b)[a-z-]+[ ]+){{0,2}}(?:[A-Z][a-z]+[ ]+(?=[a-z]))?"
            rf"(?=(?i:{titles})(?:[ ]+(?:of|for|at|to|with)\b|,)))"
            rf"(?P<t2>(?i:{titles}))\b"
            # "headed by Jane Doe", "an 85-year-old Jane Doe": cues other than a title
            rf"|(?:\b(?:{'|'.join(_LED_BY)})[ ]+by|\b\d+-year-old|"
            rf"\b[a-z]+-year-old)[ ]+(?P<n5>{name})"
            # "Jane Doe said", "said Jane Doe"
            rf"|(?P<n3>{name})[ ]+{_SAID}\b|\b{_SAID}[ ]+(?P<n4>{name})"
            # "Jane Doe, who heads the agency,": the office told by its verb
            rf"|(?P<n6>{name}),[ ]+{_WHO}(?P<t6>{_HEADS_VERB})"
            # "Zimbabwe's Robert Mugabe, whose troops ...", "Turkey's Ali Demir said": a name
            # its owner's possessive opens, then a relative clause or a verb of saying
            rf"|(?P<o7>{_OWNER_S})(?P<n7>{name})(?=,[ ]+(?:who|whose)\b|[ ]+{_SAID}\b)"
            # "Mr. Jane Doe", "Mrs Jane Doe": a courtesy title is a cue by itself
            rf"|\b{_COURTESY}\.?[ ]+(?P<n8>{name})"
            # "Jane Doe, who flew east to meet the troops, said": "who" tells a person
            # (not "the Lou Nuer, who raided Pibor": a people or a group, after "the")
            rf"|(?<![Tt]he[ ])(?P<n9>{name}),[ ]+who\b(?![ ]+(?:are|were|have|say|claim|control)\b)"
            # "Dana Levi, 26, and Omer Katz, 41": a name and an age between commas
            rf"|(?P<n10>{name}),[ ]+[1-9]\d?(?=,|[ ]+and\b|\.|;)"
            # "Lama Fakih of Human Rights Watch said": a name and its body, then a verb of saying
            rf"|(?P<n11>{name})[ ]+of[ ]+(?:the[ ]+)?(?P<o11>[A-Z][\w'’.&-]*"
            rf"(?:[ ](?:of|for|and|on|the|[A-Z][\w'’.&-]*)){{0,6}}?)(?=[ ]+{_SAID}\b)"
        )
        # "spokesperson of the Office of ... (OHCHR), Jane Doe, said": a long title's name stands
        # between commas after it; tried only where a window has "), " or ", ... ," after "of"
        self._long_title = re.compile(
            rf"(?P<t0>(?i:{titles}))[ ]+(?:of|for|to)[ ]+[^,;.]{{1,90}}?,[ ]+"
            rf"(?:{_COURTESY}\.?[ ]+)?(?P<n0>{name}),"
        )
        # the second name after a plural title: "the foreign ministers X [of Y] and Z"
        self._and_name = re.compile(
            rf"(?:[ ]+of[ ]+[^,;.]{{1,60}}?)?[ ]+and[ ]+(?:{_COURTESY}\.?[ ]+)?(?P<name>{name})"
        )
        self._listing = re.compile(rf"{name}(?:,[ ]+{name}){{1,6}},?[ ]+and[ ]+{name}")
        # A cue starts a word: a capitalised one, or a lower-case word that can begin one of its
        # branches (a title's first word, a name particle, "said", "led", "five-year-old").
        self._cue_starts = WordStarts(
            self._title_words
            | self._plural_title_words
            | {word for particle in lexicon.particles for word in _WORD.findall(particle)[:1]}
            | set(_SAID_WORDS)
            | set(_LED_BY),
            glued="-year-old",
        )
        self._appositive = re.compile(
            rf",[ ]+{_APPOSITIVE_LEAD}[^,;.]{{0,60}}?"
            rf"(?P<title>(?i:{titles}))\b"
        )

    def _cue_matches(self, text: str) -> list[re.Match[str]]:
        """Like `finditer` of the title cue or else the other cues, tried only at words a cue
        can begin with (`phrases.WordStarts`)."""
        matches = []
        resume = 0
        for word in self._cue_starts.finditer(text):
            start = word.start()
            if start < resume:
                continue
            match = None
            lowered = word.group().lower()
            if lowered in self._title_words or lowered in self._plural_title_words:
                match = self._title_cue.match(text, start)
                if match is not None and (
                    match.start("n1") > match.end("title") + 2  # ("head of the agency, X")
                    or match.group("title").lower().endswith((" of", " for"))
                ):
                    # "the prime minister of the Donetsk People's Republic, X,", "the leader
                    # of South Ossetia, X,": the capitals after "of" are the body's or the
                    # land's when a name between commas follows
                    named = self._clean(match.group("n1"))
                    if len(named.split()) < 2 or text.startswith(("'s ", "’s "), match.end("n1")):
                        match = self._long_title.match(text, start)
            if match is None:
                match = self._other_cues.match(text, start)
            if match is not None:
                matches.append(match)
                resume = match.end()
        return matches

    def _a_place(self, word: str) -> bool:
        """A state's or a war's place named by the word alone ("Lebanon", "Gaza")."""
        if word in self.places:
            return True
        found = self.actors.find_mentions(word)
        return bool(found) and found[0].end == len(word) and found[0].entry.name in self.states

    def _is_rank(self, word: str) -> bool:
        """A title written as one hyphenated word ("Major-General", "Vice-Admiral")."""
        if any(m.start() == 0 and m.end() == len(word) for m in self.lexicon.titles.finditer(word)):
            return True
        parts = word.lower().split("-")
        return parts[-1] in self._title_words and all(
            part in self._title_words or part in _RANK_PREFIXES for part in parts
        )

    def _plural_title(self, word: str) -> bool:
        """A one-word title in the plural, capitalised ("Presidents", "Generals")."""
        return word[:1].isupper() and word.lower() in self._plural_title_words

    def _clean(self, name: str) -> str:
        """The name without leading titles ("Information Minister Jane Doe": the words up to a
        title word); empty when a word of it is never a name's."""
        words = name.split()
        # (an initial stays: "P. Sundarraj", "N. Biren Singh" are written so)
        while words and words[0] in self.lexicon.not_name_words:
            words.pop(0)
        offices = [
            i
            for i, word in enumerate(words)
            if word[:1].isupper() and word.lower() in self._title_words and len(words) - i > 2
        ]
        if offices:
            words = words[offices[-1] + 1 :]  # "Verkhovna Rada Speaker Jane Doe": the office
        while len(words) > 2 and self._plural_title(words[0]):
            words.pop(0)  # "chaired by Presidents Jane Doe and ...": the office of both
        if len(words) > 2 and words[0] in self.lexicon.honorifics:
            words.pop(0)  # "Dr Amina Yusuf" is Amina Yusuf ("Dr Sasa" stays whole)
        while len(words) > 2 and "-" in words[0] and self._is_rank(words[0]):
            words.pop(0)  # "Major-General Jane Doe", "Lieutenant-Colonel Jane Doe"
        while len(words) > 2 and words[0].lower().endswith(("-designate", "-elect")):
            words.pop(0)  # "(Prime) Minister-designate Jane Doe": an office to come
        inside = [i for i, word in enumerate(words) if word in self.lexicon.not_name_words]
        if inside and len(words) - inside[-1] - 1 >= 2:
            words = words[inside[-1] + 1 :]  # a capitalised office before the name
            while len(words) > 2 and words[0].lower() in self._title_words:
                words.pop(0)  # "... Forces Commander Jane Doe"
        elif inside:
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
        by_window = bucket(windows, [(s, e, (s, e, p)) for s, e, p in table_people])
        for window, window_refs, known in zip(windows, refs, by_window, strict=True):
            budget.check()
            if is_furniture(window):
                continue  # "- Erdogan heads into run-off": a link to another story
            for mention_start, mention_end, entry in known:
                if isinstance(entry, PersonEntry) and entry.name not in people:
                    # the name as the text writes it ("Anthony Blinken" for Antony Blinken)
                    at = mention_start - window.start
                    surface = window.text[at : mention_end - window.start]
                    if _NAMED_AFTER.match(window.text, mention_end - window.start):
                        continue  # "Rafic Hariri International Airport", "Chavez-era officials"
                    if (
                        (" " not in surface or surface.startswith("Abu "))
                        and _NAME_GOES_ON.match(window.text, mention_end - window.start)
                    ) or window.text[:at].endswith(("al-", "el-", "Al-", "El-")):
                        # "Abu Alaa al-Walai", "Aidarous al-Zubeidi": longer names (not
                        # "Mohammed bin Salman al-Saud", the whole name and his house)
                        continue
                    given = _GIVEN_NAMES_BEFORE.search(window.text, max(0, at - 40), at)
                    if given is not None:
                        # the alias is a surname the text writes with its given names
                        whole = self._clean(given.group() + surface)
                        if whole.endswith(surface) and self._another_person(
                            whole[: -len(surface)], surface, entry
                        ):
                            continue  # "Eurico Guterres" is not Antonio Guterres
                        surface = whole if whole.endswith(surface) else surface
                    told = self._told_state(window, window_refs, mention_start, mention_end, entry)
                    people[entry.name] = PersonInfo(
                        entry.name, surface or entry.name, entry.title, told, window
                    )
            if len(people) >= MAX_PEOPLE:
                continue
            matches = self._cue_matches(window.text)
            if "), " in window.text:
                matches.extend(self._long_title.finditer(window.text))
            for match in matches:
                if (
                    _group(match, "plural")
                    and not match.group("title").islower()
                    and (window.is_headline or not self._and_name.match(window.text, match.end()))
                ):
                    # a headline's "Foreign Ministers Discuss Talks": no names after ("Presidents
                    # X and Y met" names two)
                    continue
                group = next(g for g in _NAME_GROUPS if _group(match, g))
                if group == "n10" and _PLACE_TYPE_END.search(match.group(group)):
                    continue  # "Sumy Oblast, 12, and Kharkiv Oblast, 7": places and counts
                if window.text.endswith(self._body_name_openers, 0, match.start(group)):
                    continue  # "the Center for Countering Disinformation said": a body's name
                written = self._clean(match.group(group))
                if written[:1].islower() and _CAPITAL_BEFORE.search(
                    window.text, max(0, match.start(group) - 30), match.start(group)
                ):
                    # "the spokesman of Fatah al-Islam Abu Salim Taha": "al-Islam" ends the
                    # name before, not this one
                    written = self._clean(written.partition(" ")[2])
                if not written:
                    continue
                if group == "n11" and (
                    any(w.lower() in self._title_words for w in written.split())
                    or _INSTITUTION_WORD.search(written)
                ):
                    continue  # "Prime Minister of Pakistan said", "the Supreme Court of X": no name
                heads = _group(match, "t6")
                title = (
                    _group(match, "title")
                    or _group(match, "t2")
                    or _group(match, "t0")
                    or (_HEADS[heads] if heads else None)
                )
                office = match.group(group)[: match.group(group).find(written)].strip()
                if title is None and (
                    self.lexicon.titles.search(office) or self.lexicon.state_office.search(office)
                ):
                    title = office  # "Information Minister Jane Doe", "District Police X"
                elif title is None and self._plural_title(office):
                    title = office[:-1]  # "chaired by Presidents Jane Doe and ..."
                if title is None:
                    after = self._appositive.match(window.text, match.end(group))
                    title = after.group("title") if after else None
                start = window.start + match.start(group)
                if _PLACE_BEFORE.search(
                    window.text, max(0, match.start(group) - 12), match.start(group)
                ):
                    # "the representative of the PLO in Lebanon Abbas Zaki said": a place,
                    # then the name; else a place named like a person ("in Port Harcourt")
                    first, _, rest = written.partition(" ")
                    if len(rest.split()) < 2 or not self._a_place(first):
                        continue
                    written = rest
                start += match.group(group).find(written)
                owner = _group(match, "o7")
                body = None
                if group in ("n4", "n11"):
                    # "X of the Free Burma Rangers said", "said X of Human Rights Watch": the
                    # party named there, as the mention layer read it (a new party's name may
                    # hold a state's: "Burma")
                    named = _body_after(window, window_refs, window.start + match.end(group))
                    if named is None and group == "n11":
                        continue
                    kind = self.actors.get(named.name) if named is not None else None
                    # (not "Abdullah Musa of Khartoum said": a resident of a place, no official)
                    if named is not None and not (
                        isinstance(kind, PartyEntry) and kind.kind == "state"
                    ):
                        body = named.name
                elif _group(match, "plural"):
                    # "the leaders of the two regions, X of South Ossetia and Y of Abkhazia"
                    body = self._side_after(window, window_refs, window.start + match.end(group))
                self._add(people, window, window_refs, written, title, start, owner, body)
                if _group(match, "plural") and title is not None:
                    # "the foreign ministers X and Y"
                    self._second_of_two(people, window, window_refs, match, written, title)
            if ", " in window.text and (known or _LIST_OPENED.search(window.text)):
                # "Emmanuel Macron, Keir Starmer and Jane Doe": a name listed with known people;
                # "three aid workers seized near Gao - A, B and C - were freed": names listed
                # after a noun for people, set off by a dash or a colon
                for listed in self._listing.finditer(window.text):
                    names = _NAME_SPLIT.split(listed.group())
                    lead = max(0, listed.start() - _LIST_LEAD_REACH)
                    if (
                        not _PEOPLE_LISTED.search(window.text, lead, listed.start())
                        or _BODIES_LISTED.search(window.text, lead, listed.start())
                    ) and not (known and any(self.actors.resolve_person(name) for name in names)):
                        continue  # a list of places or of unknown names: no cue to a person
                    for name in names:
                        written = self._clean(name)
                        if written:
                            offset = listed.group().find(name) + name.find(written)
                            at = window.start + listed.start() + offset
                            self._add(people, window, window_refs, written, None, at)
        return people

    def _second_of_two(
        self,
        people: dict[str, PersonInfo],
        window: Window,
        refs: Sequence[Ref],
        match: re.Match[str],
        first: str,
        title: str,
    ) -> None:
        """The second name after a plural title ("the rebel leaders X of Y and Z"); with two
        parties named in the title ("the foreign ministers of Ethiopia and Eritrea, X and Y"),
        each speaks for its own, in order."""
        group = next(g for g in _NAME_GROUPS if _group(match, g))
        second = self._and_name.match(window.text, match.end(group))
        named = self._clean(second.group("name")) if second else ""
        if second is None or not named:
            return
        at = window.start + second.start("name") + second.group("name").find(named)
        body = self._side_after(window, refs, window.start + second.end("name"))
        self._add(people, window, refs, named, title, at, body=body)
        owners = [
            r.name
            for r in refs
            if not r.person
            and window.start + match.end("title") <= r.start < window.start + match.start(group)
        ]
        pair = [people.get(first), people.get(named)]
        in_order = self._sides_in_order(window, refs, window.start + second.end("name"))
        if in_order is not None and len(owners) != 2:
            owners = list(in_order)  # "the presidents X and Y of Kyrgyzstan and Tajikistan"
        if len(owners) == 2 and all(p is not None for p in pair):
            for person, owner in zip(pair, owners, strict=True):
                # (the table's own affiliation stands: "of China and Russia, Lavrov and Wang")
                if person is not None and self.actors.resolve_person(person.canonical) is None:
                    person.affiliation = owner

    def _side_after(self, window: Window, refs: Sequence[Ref], end: int) -> str | None:
        """The body or state named right after one of two names under a plural title ("X of
        Kazakhstan and Y of Uzbekistan"): a state counts here, where after one name it is
        mostly a home town's ("Abdullah Musa of Khartoum")."""
        if self._sides_in_order(window, refs, end) is not None:
            return None  # "X and Y of Kyrgyzstan and Tajikistan": each its own, in order
        body = _body_after(window, refs, end)
        if body is not None:
            return body.name
        of = _OF_BODY_AFTER.match(window.text, end - window.start)
        if of is None:
            return None
        state = next((r for r in refs if r.start - window.start == of.end() and not r.person), None)
        if state is None or state.name not in self.states:
            return None
        surface = window.text[state.start - window.start : state.end - window.start]
        party = self.actors.resolve_party(surface)
        return state.name if party is not None and party.name == state.name else None

    @staticmethod
    def _sides_in_order(window: Window, refs: Sequence[Ref], end: int) -> tuple[str, str] | None:
        """The two sides named right after two names, in their order ("X and Y of Kyrgyzstan
        and Tajikistan": X is Kyrgyzstan's, Y Tajikistan's)."""
        of = _OF_BODY_AFTER.match(window.text, end - window.start)
        if of is None:
            return None
        first = next((r for r in refs if r.start - window.start == of.end()), None)
        if first is None or first.person:
            return None
        second = next(
            (
                r
                for r in refs
                if not r.person
                and window.text[first.end - window.start : r.start - window.start] == " and "
            ),
            None,
        )
        return (first.name, second.name) if second is not None else None

    def _another_person(self, before: str, surname: str, entry: PersonEntry) -> bool:
        """'Eurico Guterres' where the table knows Antonio Guterres by his surname: a given
        name before the surname that is none of the known person's ("Anthony" may be Antony
        Blinken's; a title, an honorific or an owner's "'s" is no given name)."""
        words = before.split()
        if " " in surname.strip() or not words:
            return False
        word = words[-1]
        if (
            word.endswith(("'s", "’s"))
            or word in self.lexicon.honorifics
            or any(m.end() - m.start() == len(word) for m in self.lexicon.titles.finditer(word))
        ):
            return False
        known = [w for name in (entry.name, *entry.aliases) for w in name.split()[:-1]]
        return bool(known) and not any(fuzz.ratio(word, w) >= 80 for w in known)

    def _told_state(
        self, window: Window, refs: Sequence[Ref], start: int, end: int, entry: PersonEntry
    ) -> str | None:
        """A known person's affiliation: the table's, unless the text gives the person a state
        office beside the name ("Portugal's prime minister, Antonio Guterres"; the table holds
        today's office, an article may be from another time) and the table's is another state
        or an organisation (not that state's own forces: "Sudan's army chief X")."""
        table = entry.affiliation
        remit_owner = self._remit_owner(window, refs, start, entry)
        if remit_owner is not None:
            return remit_owner
        party = _nearest_party(window, refs, start, end, self.states)
        if (
            party is not None
            and party != table
            and party in self._organisations
            and table in self._outranked
            and entry.title
        ):
            # "The UN special envoy, Martin Griffiths" when the table holds his later office
            # (OCHA's humanitarian chief): another office of the organisation named beside him
            # (the office bound to the name: "AU envoy X", "X, the UN special envoy," and not
            # "the AU envoy held talks with X")
            at, after = start - window.start, end - window.start
            before, behind = window.text[max(0, at - 45) : at], window.text[after : after + 60]
            office = _OFFICE_BEFORE_NAME.search(before) or _OFFICE_AFTER_NAME.match(behind)
            if office is not None and plain(entry.title) not in plain(before + behind):
                return party
        if (
            party is None
            or party == table
            or party not in self.states
            or table not in self._outranked
        ):
            return table
        at, after = start - window.start, end - window.start
        near = window.text[max(0, at - 45) : at] + window.text[after : after + 60]
        if not self.lexicon.state_office.search(near):
            return table
        forces, state = self.actors.get(table), self.actors.get(party)
        if (
            isinstance(forces, PartyEntry)
            and isinstance(state, PartyEntry)
            and runs_forces_of(forces, state)
        ):
            return table
        return party

    def _remit_owner(
        self, window: Window, refs: Sequence[Ref], start: int, entry: PersonEntry
    ) -> str | None:
        """'The UN special envoy for Yemen, Martin Griffiths' when the table holds another of
        his offices: the organisation whose office the text gives him, not the office's remit."""
        if entry.affiliation not in self._outranked or not entry.title:
            return None
        at = start - window.start
        before = window.text[max(0, at - 60) : at]
        office = _OFFICE_FOR_BEFORE_NAME.search(before)
        if office is None or plain(entry.title) in plain(before):
            return None
        office_at = start - len(before) + office.start()
        owners = [
            r
            for r in refs
            if not r.person
            and r.name in self._organisations
            and start - len(before) <= r.start < office_at
        ]
        # the organisation whose office it is stands right before it ("the UN special envoy"),
        # not anywhere before ("At a UN meeting, the US envoy for Ukraine, X")
        if not owners or not _OFFICE_OWNER_GAP.fullmatch(
            window.text, min(owners[-1].end, office_at) - window.start, office_at - window.start
        ):
            return None
        return owners[-1].name if owners[-1].name != entry.affiliation else None

    @staticmethod
    def _heads_in_appositive(window: Window, end: int) -> bool:
        """The appositive after the name says the person heads something ("X, the diplomat who
        heads the OSCE group")."""
        head = _APPOSITIVE_HEAD.match(window.text, end - window.start)
        return head is not None and _HEADING.search(head.group()) is not None

    def _institute(self, window: Window, refs: Sequence[Ref], start: int, end: int) -> str | None:
        """The institute in the title before the name ("HRW researcher X") or in the appositive
        after it ("X, a senior Sudan analyst at the International Crisis Group,")."""
        candidates = [_nearest_party(window, refs, start, end, self.states)]
        head = _APPOSITIVE_HEAD.match(window.text, end - window.start)
        if head is not None:
            high = window.start + head.end()
            candidates += [r.name for r in refs if not r.person and end < r.start <= high]
        for party in candidates:
            found = self.actors.get(party) if party else None
            if isinstance(found, PartyEntry) and found.kind in _INSTITUTES:
                return party
        return None

    def _principal_party(self, window: Window, refs: Sequence[Ref], end: int) -> str | None:
        """'X, an adviser to President Y,': the party of the person X serves, when the table
        knows Y."""
        serves = _SERVES.match(window.text, end - window.start)
        if serves is None:
            return None
        after = window.text[serves.end() : serves.end() + 60]
        found = self.actors.find_mentions(after)
        if not found or found[0].start > 0 or not isinstance(found[0].entry, PersonEntry):
            return None
        return found[0].entry.affiliation

    def _opening_organisation(self, window: Window, refs: Sequence[Ref], start: int) -> str | None:
        """'The OSCE chairman, Serbian Foreign Minister X, called': the organisation whose office
        opens the sentence, in apposition before the person's own titles, is whom X speaks for."""
        lead = next((r for r in refs if not r.person), None)
        if lead is None or lead.start >= start:
            return None
        entry = self.actors.get(lead.name)
        if not isinstance(entry, PartyEntry) or entry.kind != "international_organisation":
            return None
        if not _OPENING_THE.fullmatch(window.text, 0, lead.start - window.start):
            return None
        office = _OFFICE_THEN_COMMA.match(window.text, lead.end - window.start)
        if office is None or window.start + office.end() > start:
            return None
        return lead.name

    def _add(
        self,
        people: dict[str, PersonInfo],
        window: Window,
        refs: Sequence[Ref],
        written: str,
        title: str | None,
        start: int,
        owner: str | None = None,
        body: str | None = None,
    ) -> None:
        entry = self.actors.resolve_person(written)
        if entry is None:
            if len(written.split()) < 2:
                return
            if any(not r.person for r in refs if r.start <= start < r.end):
                return  # a party's name ("Saudi Arabia said")
            # a party's name, or a person already found ("Gen Ahmed Sharif Chaudhry"); not the
            # surname of a known person this one is not ("Samuel Blinken")
            found = [
                m
                for m in self.actors.find_mentions(written)
                if not isinstance(m.entry, PersonEntry) or m.entry.name in people
            ]
            # (more than half of it: "Najib Danish" is a man, not Denmark's)
            if found and sum(m.end - m.start for m in found) * 2 > len(written):
                return
        canonical = entry.name if entry else anglicised(written)
        if canonical in people:
            known = people[canonical]
            if written not in (known.as_written, *known.variants):
                # "Evariste Ndayishime" after "Evariste Ndayishimiye": the same man misspelt,
                # named here too
                known.variants.append(written)
            return
        if entry is None:
            alike = next(
                (
                    known
                    for known in people.values()
                    if self.actors.get(known.canonical) is None
                    and self.actors.spelled_alike(written, known.as_written)
                ),
                None,
            )
            if alike is not None:
                alike.variants.append(written)  # a spelling of a person already found
                return
        if entry is None and any(
            f" {known.canonical}".endswith(f" {canonical}")
            and (title is None or known.title is None or plain(title) == plain(known.title))
            for known in people.values()
        ):
            # "Lopez Obrador, who ..." after "Andres Manuel Lopez Obrador": the same man (but
            # "His deputy, Mohamed Hassan," after "Abdirahman Mohamed Hassan" is another)
            return
        first, _, rest = written.partition(" ")
        if first in self.lexicon.honorifics and any(
            known.canonical.endswith(f" {rest}") for known in people.values()
        ):
            return  # "Mr Mandela" after "Nelson Mandela": the same man
        unaffiliated = title is not None and plain(title) in self.lexicon.unaffiliated_titles
        affiliation = entry.affiliation if entry else body
        if entry is not None:
            # a known person found by a spelling the table lacks ("UN envoy Martin Griffith"):
            # another office of an organisation told beside the name outranks the table's later
            # one (a state named near a misspelt name does not: "after talks with Turkey's
            # minister, Sergei Lavrow said", "Portugal's former prime minister, Antonio Guteres")
            told = self._told_state(window, refs, start, start + len(written), entry)
            if told in self._organisations:
                affiliation = told
        if affiliation is None and not unaffiliated and title is not None:
            affiliation = self._opening_organisation(window, refs, start) or _nearest_party(
                window, refs, start, start + len(written), self.states
            )
        if affiliation is None and not unaffiliated and title is not None:
            affiliation = self._principal_party(window, refs, start + len(written))
        if (
            affiliation is None
            and title is not None
            and (
                plain(title) in self.lexicon.institute_titles
                # "X, the Swiss diplomat who heads the OSCE group": whatever the title, the
                # institute the person heads
                or (unaffiliated and self._heads_in_appositive(window, start + len(written)))
            )
        ):
            # "X, a senior analyst at the International Crisis Group": an analyst or researcher
            # speaks for the institute named in the title, never for a state or an armed group
            # ("a Syria analyst", "a researcher on the RSF")
            affiliation = self._institute(window, refs, start, start + len(written))
        if affiliation is None and owner is not None:
            party = self.actors.resolve_party(owner.strip().removesuffix("'s").removesuffix("’s"))
            affiliation = party.name if party is not None else None  # "Zimbabwe's Robert X"
        people[canonical] = PersonInfo(
            canonical, written, title.strip() if title else None, affiliation, window
        )


_OFFICES = (
    r"(?:special\s+)?envoy|special\s+representative|secretary[- ]general|high\s+commissioner|"
    r"director[- ]general|commissioner"
)
_OFFICE_BEFORE_NAME = re.compile(rf"\b(?:{_OFFICES}),?\s+$", re.IGNORECASE)
# the office with its remit before the name: "the UN special envoy for Yemen, X" (Yemen is the
# remit, the organisation named before the office the owner)
_OFFICE_OWNER_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?:special|personal|deputy|top|chief|senior|acting|new|former))*\s*",
    re.IGNORECASE,
)
_OFFICE_FOR_BEFORE_NAME = re.compile(
    rf"\b(?:{_OFFICES})\s+(?:for|to|on|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,\s+$",
    re.IGNORECASE,
)
_OFFICE_AFTER_NAME = re.compile(
    rf",\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){{0,4}}?(?:{_OFFICES})\b", re.IGNORECASE
)
# a person heading a body: "who heads", "the head of"
_HEADING = re.compile(
    r"\b(?:heads|headed|leads|led|chairs|directs|runs)\b|\b(?:head|chief)[ ]+of\b"
)
# the kinds of party an analyst, a researcher or a professor may work for
_INSTITUTES = frozenset({"ngo", "international_organisation", "humanitarian_organisation"})

# what is named after a person, no person: "Rafic Hariri International Airport", "Hamad bin
# Khalifa University", "Chavez-era officials", "the Maas river"
_NAMED_AFTER = re.compile(
    r"(?:[ ]+(?:International[ ]+)?(?:Airport|University|Hospital|Foundation|Center|Centre|"
    r"Stadium|Street|Avenue|Boulevard|Bridge|Square|Mosque|Port|Highway|Prize|Institute|"
    r"Library|Dam|river|River)\b|-era\b)"
)
# a name that goes on past the alias: "Abu Alaa al-Walai"
_NAME_GOES_ON = re.compile(r"[ ]+(?:al|el|Al|El)-[A-Z]")
# capitalised words right before a known person's alias: "Anthony " in "Anthony Blinken"
_GIVEN_NAMES_BEFORE = re.compile(r"(?:\b[A-Z][a-z'’-]+[ ]){1,2}$")


def affiliate(
    people: dict[str, PersonInfo],
    windows: Sequence[Window],
    refs: Sequence[Sequence[Ref]],
    state: str | None,
    lexicon: Lexicon,
    home: str | None = None,
    group: str | None = None,
    home_warring: bool = False,
    names: Mapping[str, frozenset[str]] | None = None,
    organisations: Collection[str] = (),
    warring: Collection[str] = (),
) -> None:
    """Second pass, once every party mention is known ("the army", "the group"): an affiliation
    for each person the first pass left without one, from any mention with a title beside it
    ("Doe said ... Doe, the army's spokesman, added"). The party beside the title, else the
    owner a possessive points back to ("its spokesman, X"), else the party that opens a long
    title, else, for an office of a state's forces or government ("Defence Minister X"), the
    article's warring state (`state`: its only one, or the one named twice as often), else the
    state the dateline names (`home`), which alone a regional office ("Governor X") speaks for;
    a rebel or militia office speaks for the article's most-named warring group (`group`).
    A state office is first the state its own sentence or the sentence before names as acting
    ("The United States moved quickly. President X said...", "In Chisinau, President X"):
    `names` maps each state in the story to its names and capitals (no adjectives). An office
    of an international organisation ("Secretary-General X") speaks for the one of
    `organisations` named last before the person, in the sentence or the one before. `warring`:
    the story's warring parties."""
    # the states at war with a dateline that is itself at war speak for no office there
    enemies = {name for name in warring if name != home} if home_warring else set()
    lacking = {
        name
        for name, info in people.items()
        if info.affiliation is None
        and not (info.title and plain(info.title) in lexicon.unaffiliated_titles)
    }
    if not lacking:
        return
    for window, window_refs in zip(windows, refs, strict=True):
        for own in window_refs:
            if not own.person or own.name not in lacking:
                continue
            info = people[own.name]
            title = _title_text(window, own, lexicon)
            if not (window is info.window and info.title) and not _titled(title, lexicon):
                continue
            party = _nearest_party(window, window_refs, own.start, own.end)
            if party is None:
                party = _possessive_owner(people, windows, refs, window, own, title)
            if party is None:
                party = _title_owner(window_refs, title, own)
            body = _body_at(title, own, lexicon) if party is None else None
            if body is not None:
                # "The society's president, X", "X, a spokeswoman for the organization": the
                # party the sentence before is about (as "its"); a body the story does not name
                # is no state's office
                pointed = owner_before(windows, refs, window, body[0], False)
                if (
                    pointed is not None
                    and pointed.name not in (names or {})  # (a society is no state)
                    and (body[1] not in lexicon.unarmed_bodies or pointed.name not in warring)
                ):
                    info.affiliation = pointed.name
                continue
            words = f"{_title_phrase(title.before)} {title.after}"
            # "former Kenyan President X": a past office speaks for no state now
            current_home = None if _PAST_OFFICE.search(words) else home
            if party is None and lexicon.local_office.search(words):
                # "in Russia's Belgorod region, Governor X": the state the region belongs to
                party = _region_owner(window, window_refs, own.start) or current_home
            elif party is None and lexicon.group_office.search(words):
                party = group
            elif party is None and lexicon.organisation_office.search(words):
                party = _last_named(refs, window, own, organisations)
            elif (
                party is None
                and lexicon.state_office.search(words)
                # "Gerry Adams, the Sinn Fein president": an owner the table does not know
                # holds the office, not the article's state
                and not _unknown_owner(words, lexicon)
            ):
                # "KYIV - ... Information Minister X": the dateline's state when it is at war
                # itself; a dateline in a third country ("DUBAI -") says nothing of X
                party = _local_state(
                    windows, refs, window, own, names or {}, lexicon.forces_of, enemies
                )
                if party is None:
                    party = (current_home or state) if home_warring else (state or current_home)
                if party is not None and _accuses_right_after(window, window_refs, own, party):
                    # "Ministry spokesman X accused Israeli forces of ...": a guessed state is
                    # not the one X's own sentence accuses (a Gaza ministry is not Israel's)
                    party = None
            if party is not None:
                info.affiliation = party
                lacking.discard(own.name)


# a verb of blame right after the person's name, then its object
_ACCUSING_AFTER = re.compile(
    r"[^.;:\"“]{0,40}?\b(?:accused|accuses|blamed|blames|condemned|condemns|denounced|"
    r"denounces)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _accuses_right_after(window: Window, window_refs: Sequence[Ref], own: Ref, party: str) -> bool:
    """Whether the person's own clause blames `party`, named right after the verb of blame."""
    verb = _ACCUSING_AFTER.match(window.text, own.end - window.start)
    if verb is None:
        return False
    at = window.start + verb.end()
    return any(r.start == at and r.name == party and not r.person for r in window_refs)


def _body_at(title: _Title, own: Ref, lexicon: Lexicon) -> tuple[int, str] | None:
    """Where a title owned by a body noun begins ("the society's president, X"), or the name's
    start when the body follows the name ("X, a spokeswoman for the organization,"); and the
    body noun."""
    body = lexicon.body_owner.search(title.before)
    if body is not None:
        return title.start + body.start(), body["body"] or body["of"]
    after = lexicon.body_after.match(title.after)
    return None if after is None else (own.start, after["body"] or after["owning"])


_OWNER_BEFORE_OFFICE = re.compile(
    r"\b(?:the|a|an)\s+((?:[A-Z][\w'’-]*\s+){1,4})(?:[a-z][\w-]*\s+)?"
    r"(?:president|leader|chairman|chairwoman|chief|head|spokes(?:man|woman|person)|"
    r"secretary|commander)\b"
)


def _unknown_owner(words: str, lexicon: Lexicon) -> bool:
    """'the Sinn Fein president': a capitalised owner before the office that is no title (the
    caller has found no party there, so the table does not know it)."""
    found = _OWNER_BEFORE_OFFICE.search(words)
    if found is None:
        return False
    owner = found.group(1).strip()
    title = lexicon.titles.search(owner)
    return title is None or (title.start(), title.end()) != (0, len(owner))


_POSTED_TO = re.compile(
    r"\b(?:envoy|coordinator|representative|ambassador|mediator|rapporteur|observer|"
    r"commissioner)s?\s+(?:for|to|in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A verb or "by" between a party and a title: the party is another clause's ("The Taliban on
# Sunday rejected an appeal by President X"), not the one the title belongs to
_CLAUSE_WORD = re.compile(
    r"\b(?:by|against|than|said|says|told|urged?|asked?|met|meets|meeting|spoke|sent"
    r"|(?!(?:retired|elected|appointed|designated|united|unified)\b)[a-z]+ed)\b"
)
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ ]$")
_REGNAL = re.compile(r"[IVX]+")
_QUOTE_CLOSE = re.compile(r"[\"\u201d]")
_PAST_OFFICE = re.compile(r"\b(?:former|late)\b|\bex-", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|From)[ ]+$")
_REGION_OF = re.compile(
    r"(['\u2019]s?)?\s+(?:[A-Z][\w-]*\s+){1,3}(?:region|province|oblast|state|governorate|"
    r"district|county|prefecture|territory)\b"
)
# "In Russia's Kursk region, Governor X", "struck Russia's Belgorod region overnight, killing
# two people, Governor X said": the region struck or spoken of, in the office's sentence
_REGION_REACH = 100
_OFFICE_AFTER_REGION = 80


def _region_owner(window: Window, refs: Sequence[Ref], start: int) -> str | None:
    """The state whose region is named just before a regional office ("in Russia's Belgorod
    region, Governor X")."""
    for ref in reversed([r for r in refs if r.end <= start and not r.person]):
        if start - ref.end > _REGION_REACH:
            break
        if _FROM_BEFORE.search(
            window.text, max(0, ref.start - window.start - 12), ref.start - window.start
        ):
            continue  # "drones launched from Russia's Kursk region": where they came from
        found = _REGION_OF.match(window.text, ref.end - window.start)
        surface = window.text[ref.start - window.start : ref.end - window.start]
        if (
            found is not None
            and (found.group(1) or surface.endswith(("'s", "\u2019s")))
            and start - (window.start + found.end()) <= _OFFICE_AFTER_REGION
        ):
            return ref.name
    return None


def _titled(title: _Title, lexicon: Lexicon) -> bool:
    """A title word ends the words before the name or leads the appositive after it."""
    for found in lexicon.titles.finditer(title.before):
        if not title.before[found.end() :].strip(" ,"):
            return True
    head = _APPOSITIVE_HEAD.match(title.after)
    return head is not None and lexicon.titles.search(head.group()) is not None


@dataclass(frozen=True, slots=True)
class _Title:
    before: str  # the clause's words before the name, at most _TITLE_REACH characters
    after: str  # an appositive after the name (", the army's spokesman,"), or ""
    start: int  # where `before` begins
    whole: bool = True  # `before` starts at its clause's start (not cut at _TITLE_REACH)


def _only_ranks(words: str, lexicon: Lexicon) -> bool:
    """Nothing but titles and honorifics ("Brigadier General ", "Brig. Gen. ", "Dr "), or
    nothing, before a name."""
    at, rest = 0, []
    for found in lexicon.titles.finditer(words):
        rest.append(words[at : found.start()])
        at = found.end()
    rest.append(words[at:])
    return all(word in lexicon.honorifics for word in "".join(rest).replace(",", " ").split())


def _title_text(window: Window, own: Ref, lexicon: Lexicon) -> _Title:
    """'the army's deputy spokesman, ' before a name and ', the defence minister,' after it."""
    clause = window.clause_start(own.start)
    if _only_ranks(window.text[clause - window.start : own.start - window.start], lexicon):
        # "its spokesman, X", "its spokesman, Brigadier General X": the title's own clause
        clause = window.previous_clause(clause)
    start = max(clause, own.start - _TITLE_REACH)
    before = window.text[start - window.start : own.start - window.start]
    whole = start == clause
    after = ""
    if window.text[own.end - window.start : own.end - window.start + 2].startswith(","):
        end = min(window.clause_end(own.end + 1), own.end + _TITLE_REACH)
        after = window.text[own.end - window.start : end - window.start]
        lead = len(after) - len(after.lstrip(", "))
        titled = next(lexicon.titles.finditer(after, lead, lead + 40), None)
        if not _APPOSITIVE_HEAD.match(after) and (titled is None or titled.start() != lead):
            after = ""  # "X, has appealed to both rebel movements": a verb, no title
    return _Title(before, after, start, whole)


# what a state is told to have done to another: "launched 40 drones", "had seized the town"
_STATE_ACTS = rf"{HOSTILE_ACTS}|hit|seized|captured"
# a subject's hostile act right after it: "Russia launched 40 drones", "Israel struck"
_STRIKES = re.compile(rf"(?:['’]s[ ]+[a-z]+)?[ ]+(?:[a-z]+[ ]+){{0,2}}?(?:{_STATE_ACTS})\b")
_QUOTE_MARKS = re.compile(r'["“”]')
_OPENING_THE = re.compile(r"\s*The[ ]+")
# "... chairman, " / "... special envoy for Syria, ": the office after the organisation's name
_OFFICE_THEN_COMMA = re.compile(
    r"(?:['’]s)?(?:[ ]+[a-z][a-z-]*){1,3}(?:[ ]+(?:for|to|in)[ ]+[A-Z][\w-]*)?,[ ]"
)
_RANK_PREFIXES = frozenset({"vice", "rear", "deputy", "acting", "lance", "staff", "sub"})
# the capital a statement is made in: "said in Quito", "told reporters in Asmara"
_SAID_IN = re.compile(
    r"\b(?:said|says|told[ ]+(?:reporters|journalists|a[ ]+news[ ]+conference)|announced|"
    r"added|stated)[ ]+(?:on[ ]+\w+[ ]+)?in[ ]+$"
)
# a state told of striking or losing: "Ukraine had shelled", "Ukraine had lost 300 soldiers"
_SPOKEN_OF = re.compile(rf"[ ]+(?:[a-z]+[ ]+){{0,2}}?(?:{_STATE_ACTS}|lost|suffered)\b")
# a state named as an object or a place, not as the one acting: "stand with South Korea"
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|against|on|at|to|from|by|towards?|into|of|for|than|in|near|across|"
    r"capital|city)[ ]+"
    r"(?:the[ ]+)?$",
    re.IGNORECASE,
)
# " urged " between a person and a state: the state is what the person acts on
_ACTED_ON = re.compile(r"[ ]+[a-z]{3,}(?:ed|es)[ ]+(?:the[ ]+)?")
# "In Chisinau, President X": the seat that opens the sentence
_SEAT_OPENS = re.compile(r"[ ]*(?:In|From|At)[ ]+$")
_SEAT_ENDS = re.compile(r",|[ ]+the[ ]+[A-Z]")  # "In Chisinau, ...", "In Nairobi the Minister"
_SUBJECT_REACH = 25  # how far into the sentence before its subject state may stand


def _last_named(
    refs: Sequence[Sequence[Ref]], window: Window, own: Ref, among: Collection[str]
) -> str | None:
    """The one of `among` named last before `own`, in its sentence or the one before."""
    for index in (window.index, window.index - 1):
        if index < 0:
            break
        named = [
            r.name
            for r in refs[index]
            if not r.person and r.name in among and (index != window.index or r.end <= own.start)
        ]
        if named:
            return named[-1]
    return None


def _local_state(
    windows: Sequence[Window],
    refs: Sequence[Sequence[Ref]],
    window: Window,
    own: Ref,
    names: Mapping[str, frozenset[str]],
    forces_of: Mapping[str, str],
    enemies: Collection[str] = (),
) -> str | None:
    """The state acting in the person's sentence before the person (its only state named by
    name or capital, not as an object or a place, or the seat that opens it), else the subject
    of the sentence before, when that opens with a state, unless one of `enemies` striking
    ("KYIV - Russia launched drones. Defence Minister X said": not Russia's minister).
    `forces_of`: the lexicon's generic forces by kind ("the armed forces": a state's)."""
    if not names:
        return None
    found: set[str] = set()
    for ref in refs[window.index]:
        if ref.start >= own.start and (
            _SPOKEN_OF.match(window.text, ref.end - window.start)
            or window.text.startswith(("'s", "’s"), ref.end - window.start)
        ):
            # what the person goes on to say may name a state they speak of ("said Ukraine had
            # shelled", "had lost", "Russia's offensive"), not their own ('said Kuala Lumpur
            # was deeply concerned', 'said Banjul "will not accept"')
            continue
        if ref.person or ref.name not in names:
            continue
        at = ref.start - window.start
        if len(_QUOTE_MARKS.findall(window.text, 0, at)) % 2:
            continue  # '"Ethiopia has violated the truce," a spokesman said': whom they accuse
        surface = plain(window.text[at : ref.end - window.start]).removesuffix("'s")
        if surface not in names[ref.name]:
            continue  # "North Korean artillery": a people's adjective, no actor
        if ref.place and not (
            _SEAT_OPENS.fullmatch(window.text, 0, at)
            and _SEAT_ENDS.match(window.text, ref.end - window.start)
        ):
            continue
        if not ref.place and _OBJECT_BEFORE.search(window.text, max(0, at - 14), at):
            continue
        if ref.start > own.end and _ACTED_ON.fullmatch(window.text, own.end - window.start, at):
            continue  # "President X urged Russia to halt": the one the person acts on
        found.add(ref.name)
    if len(found) == 1:
        return found.pop()
    if not found:
        for ref in refs[window.index]:
            at = ref.start - window.start
            if (
                ref.start > own.end
                and ref.place
                and ref.name in names
                and _SAID_IN.search(window.text, max(0, at - 30), at)
            ):
                return ref.name  # "..., an army spokesman, X, said in Quito": where X speaks
    if found or window.index == 0:
        return None
    before = windows[window.index - 1]
    opening = [r for r in refs[before.index] if not r.person and not r.place]
    if not opening or opening[0].name not in names:
        return None
    first = opening[0]
    if any(
        r.name != first.name and r.name in names and r.start <= before.clause_end(first.end)
        for r in opening[1:]
    ):
        return None  # "Pakistan and India each blamed the other": no one state acts
    surface = plain(before.text[first.start - before.start : first.end - before.start])
    owner, possessive, owned = surface.partition("'s ")
    if possessive and (owned in ("forces", "troops") or forces_of.get(f"the {owned}") == "state"):
        surface = owner  # "Chad's armed forces said": the state acts (not "Norway's envoy")
    surface = surface.removesuffix("'s")
    if (
        first.start - before.start <= _SUBJECT_REACH
        and surface in names[first.name]
        and not (first.name in enemies and _STRIKES.match(before.text, first.end - before.start))
    ):
        return first.name
    return None


# a word that ends the clause's words before the title: "rebels advanced as President X"
_BEFORE_TITLE = re.compile(
    r".*\b(?:as|while|until|when|whereas|because|since|but|that|said|says|told|"
    r"(?<![-’'])(?!(?:retired|elected|appointed|designated|united|unified|armed)\b)"
    r"[a-z]+ed(?![ ]+by\b))\b",
    re.DOTALL,
)


def _title_phrase(before: str) -> str:
    """The title's own words: what follows the last verb or conjunction before the name
    ("President" of "rebels pushed into the city as President"; a passive's agent keeps its
    owner: "the army's delegation was led by General")."""
    cut = _BEFORE_TITLE.match(before)
    return before[cut.end() :] if cut else before


def _title_owner(refs: Sequence[Ref], title: _Title, own: Ref) -> str | None:
    """'The United Nations humanitarian coordinator in Nigeria, X': the party that opens the
    title, however long the title runs (a place in it names no owner)."""
    if not title.whole:
        return None  # the title was cut at _TITLE_REACH: its opening is not in view
    lead = [
        r
        for r in refs
        if title.start <= r.start < own.start
        and not r.person
        and not _CLAUSE_WORD.search(title.before, r.end - title.start)
    ]
    if lead and not lead[0].place and lead[0].start - title.start <= _OWNER_LEAD:
        return lead[0].name
    return None


def _possessive_owner(
    people: dict[str, PersonInfo],
    windows: Sequence[Window],
    refs: Sequence[Sequence[Ref]],
    window: Window,
    own: Ref,
    title: _Title,
) -> str | None:
    """'its spokesman, X': the party named last before 'its'; 'his adviser, X': the
    affiliation of the person named last before 'his' (`owner_before`)."""
    found = _POSSESSIVE.search(title.before)
    if found is None:
        owner = _PERSON_OWNER.search(title.before)
        if owner is None:
            return None
        # "Machar's spokesman, X": the owner's affiliation, when the owner is a person
        at = title.start + owner.start()
        owners = [r.name for r in refs[window.index] if r.person and r.end == at]
        return people[owners[0]].affiliation if owners and owners[0] in people else None
    person = found.group(1).lower() in ("his", "her")
    pointed = owner_before(windows, refs, window, title.start + found.start(), person)
    if pointed is None:
        return None
    named = pointed.name
    return people[named].affiliation if person and named in people else named


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group of either cue pattern (each has only some of the names)."""
    return match.group(name) if name in match.re.groupindex else None


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")


def _body_after(window: Window, refs: Sequence[Ref], end: int) -> Ref | None:
    """ "Commander X of the SPLM-IO", "Lama Fakih of Human Rights Watch": the body named right
    after the person's name (ending at `end`) and "of"."""
    of = _OF_BODY_AFTER.match(window.text, end - window.start)
    if of is None:
        return None
    body = next((r for r in refs if r.start - window.start == of.end()), None)
    if (
        body is None
        or body.person
        or body.place
        # (not "Adam Yahya of the RSF-held town of Nyala": a place the body holds)
        or window.text[body.end - window.start : body.end - window.start + 1]
        in ("-", "\u2010", "\u2011")
    ):
        return None
    return body


def _nearest_party(
    window: Window, refs: Sequence[Ref], start: int, end: int, states: Collection[str] = ()
) -> str | None:
    """The party in the person's title ("RSF commander X", "the army's spokesman, X") or in the
    appositive right after the name ("X, a spokesman for the RSF,"); in "Amnesty's Nigeria
    director" or "Russia's Ukraine envoy" the state only names the owner's desk (`states`: the
    table's states)."""
    before = [
        r
        for r in refs
        if not r.person
        and not r.place
        and start - 45 <= r.end <= start
        and r.start >= window.clause_start(start) - 45
        # "the UN envoy for Libya, X": the post's place, not X's party
        and not _POSTED_TO.search(
            window.text, max(0, r.start - window.start - 40), max(0, r.start - window.start)
        )
        # "The Taliban on Sunday rejected an appeal by President X": a clause between them
        and not _CLAUSE_WORD.search(window.text, r.end - window.start, start - window.start)
        # '"... its SPLM-N allies," army spokesman X said': a quotation's party is not X's
        and not _QUOTE_CLOSE.search(window.text, r.end - window.start, start - window.start)
    ]
    if (
        len(before) >= 2
        and before[-1].name in states
        and (
            _POSSESSIVE_GAP.fullmatch(
                window.text, before[-2].end - window.start, before[-1].start - window.start
            )
            # (the possessive may be part of the name found: "Russia's")
            or (
                window.text[
                    before[-2].end - window.start - 2 : before[-1].start - window.start
                ].replace("’", "'")
                == "'s "
            )
        )
    ):
        return before[-2].name
    if before:
        return before[-1].name
    body = _body_after(window, refs, end)
    if body is not None:
        return body.name
    who = _WHO_HEADS.match(window.text, end - window.start)
    if who is not None:
        # "X, who heads the agency,": the body named right after its verb
        headed = [r for r in refs if not r.person and not r.place and r.start > end]
        if headed and _HEADED_OBJECT.fullmatch(
            window.text, who.end(), headed[0].start - window.start
        ):
            return headed[0].name
        return None
    head = _APPOSITIVE_HEAD.match(window.text, end - window.start)
    if head is not None:
        # "X, a spokesman for the RSF,"; not "X, said Russian forces ...": another clause
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
    lexicon: Lexicon,
    written: dict[str, str] | None = None,
) -> list[list[Ref]]:
    """Where each person is named: full name, name as written, table aliases, surname, and
    the `written` forms the table found (a spelling it folds, "Touadéra" for "Touadera")."""
    surfaces: dict[str, str] = dict(written or {})
    for info in people.values():
        forms = [info.canonical, info.as_written, *info.variants]
        entry = actors.get(info.canonical)
        if isinstance(entry, PersonEntry):
            forms.extend(entry.aliases)
        words = info.as_written.split()
        if len(words) > 1 and _REGNAL.fullmatch(words[-1]):
            words = words[:-1]  # "Pope Leo XIV ... Leo said": the name before the numeral
        last = words[-1]
        forms.extend([last, last.split("-")[-1]])
        for form in forms:
            if form and form[0].isupper():
                surfaces.setdefault(form, info.canonical)
    if not surfaces:
        return [[] for _ in windows]
    matcher = LiteralMatcher(surfaces)
    items = [
        (s, e, Ref(s, e, surfaces[matcher.phrase_of(text[s:e])], person=True))
        for s, e in scan(matcher, text, regions)
        # (not "the Erdogan hospital", "Kenyatta Airport": a place named after the person)
        if not lexicon.named_place_after.match(text, e)
    ]
    given = _given_names(people, surfaces, lexicon)
    if given:
        # "Wang Yi ... Wang said", "Getachew Reda ... Getachew said": a name's first word,
        # which only that person's name opens, before a verb of saying
        taken = [(s, e) for s, e, _ in items]
        first = LiteralMatcher(given)
        # (not a first name another person is introduced by: "Mohamed, 41, fled", "Volodymyr,
        # a drone operator,"; nor a surname after "Mr.")
        introduced = {m.group(1) for m in _INTRODUCED_BY_FIRST_NAME.finditer(text)}
        items.extend(
            (s, e, Ref(s, e, given[first.phrase_of(text[s:e])], person=True))
            for s, e in scan(first, text, regions)
            if _SAID_NEXT.match(text, e)
            and not any(a <= s < b for a, b in taken)
            and text[s:e] not in introduced
            and not _COURTESY_BEFORE.search(text, max(0, s - 6), s)
        )
        items.sort(key=lambda item: item[0])
    return bucket(windows, items)


def _given_names(
    people: Mapping[str, PersonInfo], surfaces: Mapping[str, str], lexicon: Lexicon
) -> dict[str, str]:
    """Each person's first name-word that no other person's name holds and no other surface
    is, with the person it names."""
    particles = {p.lower() for p in lexicon.particles}
    owners: dict[str, set[str]] = {}
    for info in people.values():
        for word in {*info.canonical.split(), *info.as_written.split()}:
            owners.setdefault(word, set()).add(info.canonical)
    given = {}
    for info in people.values():
        words = info.as_written.split()
        if len(words) < 2 or not words[0][:1].isupper() or "." in words[0]:
            continue
        word = words[0]
        if (
            owners.get(word) == {info.canonical}
            and word not in surfaces
            and word not in lexicon.honorifics
            and word not in lexicon.not_name_words
            and word.lower() not in particles
            and len(word) > 1
        ):
            given[word] = info.canonical
    return given
