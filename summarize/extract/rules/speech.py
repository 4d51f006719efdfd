"""Who says what: the shared per-article state and the speech frames of every window.

A frame is a speech verb ("said", "according to") with its actor: the party, the person and,
for sources that are not parties ("witnesses"), the source as written. Subjects are looked up in
the verb's own clause (precomputed clause starts, bisect): no rescans of the sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarize.actors import plain
from summarize.dates import DateInference

from .lexicon import Lexicon
from .mentions import PartyInfo, Ref, after_dateline, bucket, scan
from .people import PersonInfo
from .text import Budget, Window

_FORWARD = frozenset({"according to", "citing", "quoting", "in a statement", "statement"})
_LEAD_IN = re.compile(r"^[\s,]*(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|stands?|stood)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
# "the count published in 2023", "figures released by": a participle describing a document.
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:count|tally|toll|figures?|data|report|reports|statement|statements|estimates?|"
    r"numbers|statistics|list|study|survey|findings|investigation)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# (a list's commas inside it do not close it: ", who shuttled between Cairo, Doha and Ramallah,";
# but a list of members is the subject's own: "A group of mediators, which includes Egypt, Saudi
# Arabia and Kenya, is pressing")
_LIST_COMMA = r",(?=\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,|\s+(?:and|or)\s))"
_MEMBERS_LISTED = r"\s+(?:includes?|included|comprises?|comprised|consists?\s+of)\b"
_RELATIVE_SPAN = re.compile(
    rf",\s*(?:which|who|whose|whom)\b(?!{_MEMBERS_LISTED})(?:[^,;:.]|{_LIST_COMMA}){{1,200}}?,"
    rf"(?<!{_LIST_COMMA})"
    rf"|,\s*(?:which|who)(?={_MEMBERS_LISTED})[^,;:.]{{1,200}}?,"
)
# "..., who have since rejected": a clause whose subject is the relative pronoun
_SUBJECT_RELATIVE = re.compile(
    r"\s+(?:(?:have|has|had|since|later|also|then|quickly|swiftly|now|already|repeatedly|"
    r"reportedly)\s+){0,3}",
    re.IGNORECASE,
)
_RELATIVE_OPENER = re.compile(r",\s*(?:who|which)$", re.IGNORECASE)
# "KNU units that fought beside the Arakan Army ...", "commanders of the KNU who ...": a party (or
# its members) and a restrictive relative clause; "that" only after a word for its members
_MEMBERS = (
    r"(?:units?|fighters|commanders|troops|forces|soldiers|members|officials|leaders|militants|"
    r"rebels|factions?|brigades?|battalions?|elements|cells|militias?|negotiators|delegates|"
    r"representatives|envoys|allies)"
)
_RESTRICTIVE_OPENER = re.compile(
    rf"\)?(?:\s*\([^()]{{1,20}}\))?(?:\s+{_MEMBERS}\s+(?:that|who)|\s+who)\s*", re.IGNORECASE
)
# the relative clause's own verb first (not "that the army ...", a reported clause)
_RELATIVE_VERB_FIRST = re.compile(
    r"\s*(?!(?:the|a|an|its|their|his|her|it|they|he|she|we|this|these|those|only|all|some)\b)"
    r"[a-z]+\b"
)
_RELATIVE = re.compile(
    r"(?:,\s*|\b)(?:which|who|whom)\s*$"
    # ", a group that", ", one of the groups that"
    r"|,\s*(?:(?:one|some|part|each|among)\s+(?:of\s+)?(?=(?:the|its|their)\s))?"
    r"(?:a|an|the|its|their)\s+[^,;:]{0,60}?\bthat\s*$",
    re.IGNORECASE,
)
# "according to figures released by the ministry": the document, then its author.
_DOCUMENT_LEAD_IN = re.compile(
    r"^[\s,]*(?:(?:the|a|an|its|their)\s+)?(?:(?:latest|new|official|preliminary|provisional|"
    r"updated|final)\s+)?(?:figures|data|statistics|estimates?|tally|count|toll|reports?|"
    r"statements?|numbers)\s+(?:(?:released|published|compiled|issued|provided|given|shared|"
    r"collected)\s+)?(?:by|from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "by the ministry's count", "in the agency's estimate": a forward frame of its own.
# Also a sentence that opens with one: "The UN's own count, released in April, was 400 dead."
_BY_COUNT = re.compile(
    r"(?:\b(?:by|in|on)\s+|(?:^|(?<=[.!?]\s))(?=(?-i:[A-Z])))(?:the[ ]+)?(?:[\w.-]*[\w-][ ]+){0,5}?"
    r"[\w.-]+['’]s?[ ]+(?:(?:own|latest|official|final|new|updated)[ ]+)?"
    r"(?:count|tally|estimate|estimates|reckoning|figures|data|toll)\b",
    re.IGNORECASE | re.MULTILINE,
)
# The rare part of _BY_COUNT, searched first: a possessive before a word for a count.
_COUNT_NOUN = re.compile(
    r"(?=['’])['’]s?\s+(?:(?:own|latest|official|final|new|updated)\s+)?"
    r"(?:count|tally|estimate|estimates|reckoning|figures|data|toll)\b",
    re.IGNORECASE,
)
_BY_COUNT_REACH = 80


def _by_counts(doc: Doc) -> list[tuple[int, int]]:
    """Where 'by the ministry's count' frames a claim: each possessive count noun, with the
    preposition a few words before it (_BY_COUNT), found without trying every 'in' and 'on'."""
    found = []
    for region_start, region_end in doc.regions:
        for noun in _COUNT_NOUN.finditer(doc.text, region_start, region_end):
            low = max(region_start, noun.start() - _BY_COUNT_REACH)
            for frame in _BY_COUNT.finditer(doc.text, low, noun.end()):
                if frame.end() == noun.end():
                    found.append((frame.start(), frame.end()))
                    break
    return found


# ", UNHCR, says": the name alone between two commas (not ", blaming Russia, adding")
_APPOSED_NAME = re.compile(r"\s*(?:the\s+)?")
# ", thanked Egypt and Qatar ...", ", then urged ...": a past verb, no subject of its own
_VERB_OPENS = re.compile(
    r"\s*(?:(?:then|also|later|and|but)\s+)?(?!(?:killed|wounded|injured|displaced|detained|"
    r"arrested|captured|released|freed|based|led|backed|armed|named|known|seen|aged)\b)"
    # ("a group called Hamas" names; "called the decision an error" speaks)
    r"(?!called\s+[A-Z\"“‘'])[a-z]{3,}ed\s+(?!by\b)"
)
# a verb joined by "and" right after a quote that broke its clause: '"an error" and accused'
_COORDINATED_LEAD = re.compile(r"\s*(?:and|but)\s+(?:then\s+|also\s+)?")
# a quoted word's complement, then the next verb (or its act as a noun): '"horrified" by the
# killing of ... and (repeated his call)'
# (or a quoted adjective's noun: 'condemned what he called Israel's "deliberate" targeting of
# the mission and urged')
_COMPLEMENT_AND = re.compile(
    r"(?:\s+(?:by|at|over|about|with)\s+|\s+[a-z][\w-]*\s+of\s+)"
    r"[^,;:\"“”]{1,120}?\s(?:and|but)\s+(?:then\s+|also\s+)?"
    r"(?:[a-z]+ed\s+(?:his|her|its|their)\s+)?"
)
_COMPLEMENT_LEAD = re.compile(r"\s+(?:by|at|over|about|with)\s+")
_CLOSING_QUOTES = frozenset('"”')
OPENING_QUOTES = frozenset('"“')
# a clause opened by a participle: "..., accusing", "..., and accusing", "..., and of attacking"
_PARTICIPLE_LEAD = re.compile(r"\s*(?:and\s+)?")
_ING_WORD = re.compile(r"\s*(?:and\s+)?(?:of\s+)?[a-z]{2,}ing\b")
_JOINING_LEAD = re.compile(r"\s*(?:and|but|then)\b", re.IGNORECASE)
# "X claimed ..., and said", "X said ..., adding": a verb sharing the subject of the one before.
_SHARED_SUBJECT = re.compile(
    r"^[\s,]*(?:(?:and|but|then|later|also|further|again)\s+){0,3}(?:\w+ly\s+)?$", re.IGNORECASE
)
# "put its own losses at", "gave a higher tally of", "revised the death toll to": a verb of
# giving a count, with its object; its subject claims the count.
_TALLY = re.compile(
    r"(?=[pgrulibs])\b(?:puts?|gave|gives|giving|putting|raised|raises|raising|revised|revises|updated|"
    r"updates|lowered|lowers|increased|increases|brought|set|sets|placed|places)\s+"
    # "put its own toll at", "put Russian losses at": a determiner or a name's adjective first
    # "put the army's losses at"
    r"(?:(?:its|their|his|her|our|the|a|an)\s+(?:own\s+)?|[\w’'-]+\s+)(?:[a-z’'-]+\s+){0,2}?"
    r"(?:death\s+toll|toll|tally|count|losses|casualties|casualty\s+figures?|figures?|number|"
    r"estimate|dead)\s+(?:(?:at|to|of|as)\b"
    # "put federal losses since the offensive began at 1,173": the time between noun and "at"
    r"|(?=(?:since|in|on|during|over|from|for)\s[^,;.:]{1,60}?\s(?:at|to)\s+(?:\d|some\b|about\b|"
    r"more\b|over\b|nearly\b|at\s+least\b|around\b|almost\b)))",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(r"[a-z]+ed(?:\s+(?:on|for))?")
# a clause opened by a pronoun subject and its verb: "he had spoken to ..."
_PRONOUN_SUBJECT_LEAD = re.compile(
    r"\W*(?:(?i:and|but)\s+)?((?i:he|she|they|it|we))\s+[a-z][^A-Z,;:\"“”]*$"
)
# a clause opened by "that": a complement, whose subject is not its governing verb's
# "The secretary-general urged": the one person named with this title just before. These stand
# for no body: with no one named with the title, or two, the subject is unknown (not the last
# speaker: "The army said ... The secretary-general urged")
_TITLES_ONLY = frozenset(
    {
        "secretary-general",
        "chairman",
        "chairperson",
        "chairwoman",
        "prime minister",
        "envoy",
        "commissioner",
        "high commissioner",
    }
)
# these name a body too ("the president's office", "the ministry"), which stands in when no
# one was named with the title
_TITLE_PRONOUNS = _TITLES_ONLY | {
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
}
# the sentences looked back over for the title's holder
_TITLED_REACH = 3
# a title that is another office: "Under-Secretary-General", "Vice President", "deputy envoy"
_OTHER_OFFICE = re.compile(r"(?:\b(?:vice|deputy|assistant|former|acting)\s+|-)$", re.IGNORECASE)
# "the territory's", "the country's": a land named before, by its kind
_LAND_LEAD = r"\s*(?:to\s+|by\s+|from\s+)?the\s+"
_LAND_POSSESSIVE = re.compile(
    _LAND_LEAD + r"(?:territory|enclave|strip)['’]s\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE
)
_LAND_BODY = re.compile(
    _LAND_LEAD + r"(country|nation|kingdom)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ministry|service|government|army|military|authorities|office|agency|police|forces|"
    r"presidency|cabinet)\b",
    re.IGNORECASE,
)
# between an opening quote mark and the verb: adverbs only ('had "just agreed')
_ADVERBS_ONLY = re.compile(r"(?:(?:just|now|also|already|finally|fully|\w+ly)\s+)*")
# a name after a preposition or a noun is no subject: "the proposal by Israel was"
_OBJECT_LEAD = re.compile(
    r"\b(?:by|of|from|with|for|against|to|in|on|at|between|and|or|proposal|plan|offer)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# between the subject and the quote mark: an auxiliary at most ('Ukraine had "agreed')
_AUX_BEFORE_QUOTE = re.compile(
    r"\s+(?:(?:had|has|have|was|were|is|are|would|will)\s+(?:(?:not|now|also)\s+)?)?"
)
_THAT_BEFORE = re.compile(r"\bthat\s*$", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:also|later|then|\w+ly)\s+)?$", re.IGNORECASE)
# (one noun: not "after the RSF's fighters withdrew and accepted", a clause of its own)
_OWNED_NOUN_AND = re.compile(r"['’]s\s+(?![a-z-]+ed\s)[a-z-]+\s+(?:and|but)\s+$")
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|while|because|although|though|until|whereas)\s+"
    # "X shelled Tripoli as Russia and Turkey pushed for a truce" (not "such as", "known as")
    r"|(?<!such )(?<!known )(?<!well )(?<!same )\bas\s+"
    r"(?!(?:well|part|a|an|long|soon|far|much|many)\b)",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\W*according\s+to\b", re.IGNORECASE)
# what may follow "according to" at a sentence's end: its source's name alone
_SOURCE_TO_END = re.compile(r"[^,;:()\"“”]{1,100}")
# (not ", and wounded 117": a verb after "and" goes on with the same subject)
_NEW_CLAUSE = re.compile(
    r";|,\s+(?:and|but|while|whereas)\b(?!\s+(?:also\s+)?[a-z]+ed\b)|\s(?:while|whereas)\s"
)
# "after two soldiers were killed in Rafah, strikes killed 44, by the ministry's count": a count
# in a clause fronted by "after" or "before" (at the sentence's start, after a colon, or after
# an opening phrase of time: "On 3 May, after") is not what the main clause's source reports
_FRONTED = re.compile(
    r"(?:^|:)\s*(?:(?:on|in|at|by|late|early|last|this)\b[^,;:]{0,30},\s*)?"
    r"(?:after|before)\s+[^,;:()]*$",
    re.IGNORECASE,
)
_FRONTED_REACH = 250  # characters from the sentence's start: a longer lead is not read
# "it was deeply", "they had also", "he would not": what stands between a pronoun and its verb.
_AUXILIARIES = re.compile(
    r"(?:\s+(?:was|were|is|are|am|be|been|being|had|has|have|would|will|could|should|might|"
    r"may|must|can|did|does|do|not|never|also|still|now|already|again|then|earlier|later|first|"
    r"just|once|\w+ly)\b)+\s*$",
    re.IGNORECASE,
)
# "In 2017 it declared", "on Monday they said": a short time phrase before a pronoun subject.
_TIME_BEFORE_PRONOUN = re.compile(
    r"^\W*(?:(?:in|on|since|after|before|during|last|later|earlier|by)\b[\w -]{0,30}?\s+"
    r"(?=(?:it|they|he|she|we)\W*$)|"
    # "Hours later it rejected the plan"
    r"(?:[\w-]+\s+){1,2}(?:later|earlier|afterwards)\s+(?=(?:it|they|he|she|we)\W*$)|"
    # before a body referred back to, only a plain time phrase ("On Saturday night the
    # ministry"; not "In Lebanon the ministry": a place)
    r"(?:on|late|early|last|later|earlier)\b[\w -]{0,30}?\s+(?=the\s+[a-z]+\W*$))",
    re.IGNORECASE,
)
# "..., and she urged": the conjunction that joins a pronoun subject's clause to the one before
_CONJUNCTION_LEAD = re.compile(r"^\W*(?:and|but|yet|so)\s+(?=\w)", re.IGNORECASE)
# "told Egyptian mediators it was ready": a verb of telling, then its hearer, then the clause
_TELLING = ("told", "tells", "informed", "assured")
_PRONOUN_AFTER_HEARER = re.compile(
    r"(?:\s+(?:and|or)\s+[\w' -]+?)?\s+[a-z][\w-]*\s+(?:that\s+)?(?:it|they)\b", re.IGNORECASE
)
# "it observed a ", "they announced their ", "he repeated the envoy's ": a pronoun subject, its
# verb and the noun's article.
_PRONOUN_VERB_OBJECT = re.compile(
    r"^(\W*(?:it|they|he|she|we))\s+(?!(?:is|was|has|does|seems|remains|appears|takes|took)\b)"
    r"[a-z]{3,}(?:ed|s)\s+(?:an?|the|its|their|his|her|our)\s+(?:[\w-]+(?:['’]s)?\s+)?$",
    re.IGNORECASE,
)
# "said Russia had ...": the name after a speech verb is the reported clause's subject.
_VERB_AFTER = re.compile(
    # "said TPLF forces had violated": the party's fighters as the reported clause's subject
    r"(?:\s+(?:forces|troops|fighters|soldiers|units|militiamen|militants|rebels|army|"
    r"military|gunmen))?"
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|did|does|"
    r"can|\w+ed)\b",
    re.IGNORECASE,
)
# "said the Russian army ...", "said President X ...": what may stand before the reported subject
_REPORTED_LEAD = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w.-]*\s+){0,2}"
    # "X said the government of Chad had rejected", "the leaders of A and B had accepted": the
    # state's or group's own institution is the reported subject, not the teller
    r"(?P<office>(?:(?:foreign|defen[cs]e|interior|senior|top|military|security)\s+)?"
    r"(?:governments?|leaders?|leadership|presidents?|ministers?|armies|army|militar(?:y|ies)|"
    r"authorities|delegations?|commanders?)\s+(?:of|in)\s+(?:the\s+)?"
    # ("the commanders of Sudan's RSF": the state only places the group named after it)
    r"(?:[A-Z][\w.-]*['’]s\s+)?)?"
)
# (but "the leaders of Haiti's main gang", "the government of Ethiopia's neighbour Eritrea": a
# possessive after the office owns something else, unless it is the party's own body)
_OWN_BODY_AFTER = re.compile(
    r"\s+(?:(?:armed|security|defen[cs]e|border|ground|war)\s+)?(?:army|armies|forces|military|"
    r"government|delegation|troops|cabinet|council|junta|parliament|navy|air\s+force)\b"
)
_POSSESSIVE = re.compile(r"['’]s?\b|\s+of\b")
_OF_GAP = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
# (modifiers only: "Qatar's envoy to Hamas" is Qatar's envoy, not Hamas)
_MODIFIER = r"(?!(?:to|with|for|of|on|in|at|from|by|against|and|or)\b)[a-z][\w-]*\s+"
_PLACED_BY = re.compile(rf"['’]s\s+(?:{_MODIFIER}){{0,2}}$")
# ", a Minsk Group co-chair with Russia,", ", headed by X,", ", Iran's closest ally,": an
# appositive describing the name before it.
_APPOSITIVE = re.compile(
    # ", meeting a delegation of U.S. senators,": a participle's aside; ", in a phone call with
    # his US counterpart,": a prepositional one
    r"\s*(?:a|an|the|[a-z]+ing|(?:headed|led|chaired|commanded|run)\s+by|known\s+(?:by|as)"
    # ", head of the Presidential Council,": an office held, told without an article
    r"|(?:acting\s+|deputy\s+|interim\s+)?(?:head|chief|leader|commander|chairman|chairwoman|"
    r"speaker|director|spokesman|spokeswoman|spokesperson|envoy|representative)\s+(?:of|for|to)"
    r"(?=\s)"
    # ", one of the armed groups that ...,": a member of a kind
    r"|(?:one|some|part|each|either|neither|among)(?=\s+(?:of\s+)?(?:the|its|their)\s)"
    r"|(?:in|during|at|after|on|following)(?=\s+(?:a|an|the|his|her|its|their)\s)"
    r"|(?:[\w-]+\s+){0,2}?[\w-]+['’]s(?=\s+[a-z]))\s",
    re.IGNORECASE,
)
# ", adopted on Saturday after days of talks with Russia,", ", backed by Wagner,": a past
# participle's aside (a reduced relative clause) describes what comes before it
# (not ", led by Kataib Hezbollah,": after a subject the text does not name, its leader stands
# for it)
_PARTICIPLE_ASIDE = re.compile(
    r"\s*(?!(?:led|headed|chaired|commanded|run|dominated|spearheaded)\s+by\b)"
    r"(?:[a-z]+ed|[a-z]+en|made|held|won|sent|built|brought)\s+(?:[a-z]+ly\s+)?"
    r"(?:on|in|by|after|at|last|this|with|late|early|during|following|over|since)\b"
)
# Between a name and its appositive's comma: nothing, or its acronym ("JNIM (JNIM),")
_NAME_THEN_COMMA = re.compile(r"(?:\s*\([^()]{1,15}\))?\)?,")
# "China's foreign minister": a state's name owning an office, one mention
_OWNED_OFFICE = re.compile(r"['’]s\s+[a-z]")
_APPOSITIVE_HEAD = re.compile(r"\b(?!(?:and|or|the|a|an|of)\b)[a-z][\w-]*", re.ASCII)
QUOTE_MARK = re.compile(r"[\"“”]")  # straight or curly
# from a speech verb to the quote it opens: " on Tuesday: ", " reporters in Kyiv: "
_LEAD_TO_QUOTE = re.compile(r"[^\"“”.;:]{0,40}:\s*")
_QUOTE_SENTENCES = 2  # how many sentences after its first a quotation may run on
# "Its leaders", "Their top commander": the subject belongs to a party named before
_POSSESSIVE_LEAD = re.compile(
    r"^\W*(?:its|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*(?:,[^,]*,\s*)?"
    # "Its leaders demanded the release of prisoners and called for": the same subject
    r"(?:(?<=\s)[a-z]+ed\b[^.;:]*\band\s*)?$",
    re.IGNORECASE,
)
_JOINED_SOURCE = re.compile(r"\s+(?:and|or)\s+(?:other\s+)?")
_SOURCE_BODY = re.compile(
    r"\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|hospital|camp|"
    r"prison|district|region|state|province|administration|council|ministry|morgue|clinic|"
    r"emergency|service|services|agency|office|department|authority))*"
)
_ASIDE_GAP = re.compile(r"\s*,\s*(?:the\s+)?")
# " main backer,", " Black Sea neighbour,": words with a common noun among them, then the comma
# (not " emir, and": a list goes on)
_DESCRIBING_WORDS = re.compile(
    r"[ ]+(?!(?:and|or|nor)\b)(?=[^,.;]{0,60}?\b[a-z])[A-Za-z][^,.;]{0,60},(?!\s*(?:and|or)\b)"
)
# (a plural's too: "Iran, the Houthis' main backer,")
_POSSESSIVE_ASIDE = re.compile(r"(?:['’]s|(?<=s)['’])" + _DESCRIBING_WORDS.pattern)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:beside|with|alongside|to|at|from|against|near|for|on|in|behind|between|among|without)"
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}$"
)
_OBJECT_OF = re.compile(
    r"\b(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|many|most|several|each|"
    r"none|all|both|few|dozens|hundreds|number)\s)\w+\s+of\s*$",
    re.IGNORECASE,
)
# "Sudanese refugees": a demonym that only describes the people a sentence is about
_ADJECTIVE_OF = re.compile(
    r"[ ]+(?!(?:forces|troops|army|military|soldiers|officials|government|authorities|ministry|"
    r"leaders?|president|delegation|diplomats|negotiators|commanders|fighters)\b)[a-z]"
)
_SOURCE_START = re.compile(
    r"(?:\b(?:the|a|an|some|several|two|three|local|other)\s+)*"
    # "by Monday officials": a day or a month is no part of the source
    r"\b(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|today|yesterday)\b)"
    r"[\w-]*\s*$",
    re.IGNORECASE,
)


_PERSONAL = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_HE = re.compile(r"\bhe\b", re.IGNORECASE)
# a clause whose subject is the speaker: "I call on", "We urge"
_ADVERB = r"(?:(?:also|again|once\s+again|now|therefore|\w+ly)\s+)?"
# the nouns a side calls its own fighters by ("our troops"), and all its own people by ("our
# forces", "its government", "their members")
_FIGHTING_WORDS = "forces|army|troops|soldiers|men|fighters|units"
FIGHTING_FORCES = rf"(?:{_FIGHTING_WORDS})"
OWN_FORCES = rf"(?:{_FIGHTING_WORDS}|military|police|movement|government|members)"
_FIRST_PERSON = re.compile(
    rf"\W*(?:I|[Ww]e|[Oo]ur\s+(?:[\w-]+\s+)?{OWN_FORCES})\s+{_ADVERB}"
    rf"(?:(?:will|would|shall|can|could|must|may|might)\s+{_ADVERB})?"  # "We will continue to"
)
# a state's own forces named in its official's quotation: '"The army will crush them," the
# president said'
_FORCES = r"(?:armed forces|army|military|security forces|police)"
_STATE_FORCES = re.compile(rf"\W*[Tt]he\s+{_FORCES}(?:\s+and\s+(?:the\s+)?{_FORCES})?\s+{_ADVERB}")


def _title_noun(pronoun: str) -> str:
    """ "The Secretary-General" -> "secretary-general": the title a pronoun names."""
    return " ".join(pronoun.lower().split()[1:])


@functools.cache
def _title_run(titles: str) -> re.Pattern[str]:
    """One to three titles and ranks in a row ("Brigadier", "Maj. Gen.", "army spokesman"),
    compiled once per lexicon rather than once per article."""
    return re.compile(rf"\s*(?:(?i:{titles})\.?\s+){{1,3}}")


def quoted_at(text: str, position: int) -> bool:
    """Whether `position` lies inside a quotation opened in its paragraph."""
    opened = text.rfind("\n", 0, position) + 1
    return len(QUOTE_MARK.findall(text, opened, position)) % 2 == 1


# Lower-case words ending in a kind of body between two names: "U.N. humanitarian office OCHA",
# "US-based monitor ACLED", "Iran-backed group Hezbollah": the second name is the body meant
_DESCRIBED = re.compile(
    r"(?:-[a-z]+)?(?:[ ]+[a-z]+(?:-[a-z]+)?){0,2}[ ]+(?:agency|office|group|monitor|"
    r"organi[sz]ation|body|watchdog|mission|programme|program|fund|militia|movement|"
    r"coalition|alliance|network|committee|council|charity)[ ]+(?:the[ ]+)?"
)


@dataclass(frozen=True, slots=True)
class Actor:
    party: str | None
    person: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Frame:
    start: int
    end: int
    actor: Actor | None


@dataclass
class Doc:
    text: str
    lexicon: Lexicon
    windows: list[Window]
    regions: list[tuple[int, int]]
    refs: list[list[Ref]]
    parties: dict[str, PartyInfo]
    people: dict[str, PersonInfo]
    conflict: str | None
    reference_year: int | None
    stands_for: dict[str, str]
    budget: Budget
    # the day of the article's events, when known (an ISO day)
    reference_day: str | None = None
    # what the article's date was inferred from, when it carried none
    dating: DateInference | None = None
    belligerents: list[str] = field(default_factory=list)
    # The two warring sides that "both sides" means (see `warring_sides`).
    sides: list[str] = field(default_factory=list)
    # The sides of an old agreement nobody is named for: the two most-named sides of the
    # conflict's camps (a party that changed sides, often in today's news, made no old deal).
    past_sides: list[str] = field(default_factory=list)
    frames: list[list[Frame]] = field(default_factory=list)
    reporting: list[list[tuple[int, int]]] = field(default_factory=list)
    speakers: list[Actor | None] = field(default_factory=list)
    # the actor table's capitals, folded: "the Pretoria Agreement" is a deal's title
    capitals: frozenset[str] = frozenset()

    def quote_speaker(self, window: Window, act_at: int) -> tuple[int, Actor] | None:
        """'"... violated the truce," the ministry said': where the quote holding `act_at` opens,
        and who speaks it when the speech verb follows the quote."""
        marks = [m.start() for m in QUOTE_MARK.finditer(self.text, window.start, act_at)]
        opened = None
        if not marks:
            # (a quote opened in a sentence before closes in this one, or runs on past it)
            own = len(QUOTE_MARK.findall(window.text))
            opened = None if own and own % 2 == 0 else self._open_quote(window.index)
        if opened is not None:
            marks = [opened[1]]
        if len(marks) % 2 == 0:
            return None  # not inside a quotation
        close = QUOTE_MARK.search(self.text, act_at, window.end)
        index = window.index
        while (
            close is None
            and index - window.index < _QUOTE_SENTENCES
            and index + 1 < len(self.windows)
        ):
            # '"We will respect the truce. But if they attack, we will respond," he said': a
            # quote of several sentences names its speaker after the last one
            index += 1
            close = QUOTE_MARK.search(self.text, self.windows[index].start, self.windows[index].end)
        if close is None:
            return None
        for frame in self.frames[index]:
            if not 0 <= frame.start - close.end() <= 50:
                continue
            if frame.actor is not None:
                # a speaker of no party (a witness, a named civilian) is returned as such
                return marks[-1], frame.actor
            if frame.start - close.end() <= 1:
                # '"...," said an official': a speaker the text does not place
                return marks[-1], Actor(None)
            # '"...", according to a video the army said it had obtained': the first frame
            # after the quote is its source, whoever is named further on
            return None
        if opened is not None:
            # 'X said: "The ball is in their court. They must now accept."': a quote of several
            # sentences, opened right after its speech verb
            for frame in self.frames[opened[0]]:
                if frame.actor is not None and (
                    0 <= opened[1] - frame.end <= 3
                    # 'X said on Tuesday: "...', 'X told reporters in Kyiv: "...'
                    or _LEAD_TO_QUOTE.fullmatch(self.text, frame.end, opened[1])
                ):
                    return opened[1], frame.actor
        return None

    def _open_quote(self, index: int) -> tuple[int, int] | None:
        """The sentence before `index` (or the one before that) that opens a quotation it
        does not close, and where: the quotation runs on into sentence `index`."""
        for back in range(index - 1, max(-1, index - 1 - _QUOTE_SENTENCES), -1):
            window = self.windows[back]
            marks = [m.start() for m in QUOTE_MARK.finditer(self.text, window.start, window.end)]
            if len(marks) % 2 == 1:
                return back, marks[-1]
            if marks:
                return None
        return None

    def actor_of(self, ref: Ref) -> Actor:
        if ref.person:
            person = self.people.get(ref.name)
            return Actor(person.affiliation if person else None, ref.name)
        return Actor(ref.name)

    def described_aside(self, left_end: int, right_start: int, right_end: int) -> bool:
        """'UNIFIL, the UN force in southern Lebanon, urged', 'The UAE, the RSF's main backer,
        called': the second name only describes the first, so the two are no list."""
        gap = _ASIDE_GAP.fullmatch(self.text, left_end, right_start)
        if gap is None:
            return False
        if self.text[right_end - 2 : right_end] in ("'s", "’s"):  # the name holds its 's
            return _DESCRIBING_WORDS.match(self.text, right_end) is not None
        if _POSSESSIVE_ASIDE.match(self.text, right_end):
            return True
        # ", the UN force in ...,": a name used as a modifier, after "the"
        return "the" in gap.group() and _DESCRIBING_WORDS.match(self.text, right_end) is not None

    def refs_between(self, index: int, start: int, end: int) -> list[Ref]:
        refs = self.refs[index]
        low = bisect.bisect_left([r.start for r in refs], start)
        found = []
        for ref in refs[low:]:
            if ref.start >= end:
                break
            if not ref.place:
                found.append(ref)
        return found

    def is_passive(self, window: Window, position: int) -> bool:
        return (
            _PASSIVE_BEFORE.search(self.text, max(window.start, position - 30), position)
            is not None
        )

    def _relative_antecedent(self, window: Window, start: int, position: int) -> Ref | None:
        """'Iran backs the Houthis, who have rejected the truce': in a clause opened by "who" or
        "which" as its subject, the party named right before the comma acts."""
        if _SUBJECT_RELATIVE.fullmatch(self.text, start, position) is None:
            return None
        opener = _RELATIVE_OPENER.search(self.text, max(window.start, start - 12), start)
        if opener is None:
            return None
        before = [r for r in self.refs[window.index] if r.end <= opener.start() and not r.place]
        if not before or opener.start() - before[-1].end > 1:
            return None
        return before[-1]

    def _restrictive_antecedent(self, window: Window, start: int, position: int) -> Ref | None:
        """'KNU units that fought beside the Arakan Army near Loikaw rejected the truce': the
        names inside a restrictive relative clause describe the party before it, the subject."""
        if start <= window.start or _RELATIVE_VERB_FIRST.match(self.text, start) is None:
            return None
        refs = self.refs[window.index]
        before = [r for r in refs if r.end <= start and not r.place]
        if not before or _RESTRICTIVE_OPENER.fullmatch(self.text, before[-1].end, start) is None:
            return None
        if not any(start <= r.start < position and not r.place for r in refs):
            return None
        said = [e for s, e in self.reporting[window.index] if start <= s < position]
        if said and any(said[-1] <= r.start < position and not r.place for r in refs):
            # "members of the M23 who attended talks said Congo rejected": the reported clause
            # names its own subject (but "... said they were not bound": the speaker's)
            return None
        return before[-1]

    def subject(self, window: Window, position: int, depth: int = 0) -> Actor | None:
        """The actor doing what the verb at `position` says: its clause's subject."""
        index = window.index
        start = window.clause_start(position)
        if _ADVERSARIES_SUBJECT.search(self.text, max(start, position - 60), position):
            return None
        quoted_verb = self._subject_before_quote(window, start, position, depth)
        if quoted_verb is not None:
            return quoted_verb
        own = _FIRST_PERSON.fullmatch(self.text, start, position) is not None
        forces = not own and _STATE_FORCES.fullmatch(self.text, start, position) is not None
        if index < len(self.frames) and (own or forces) and quoted_at(self.text, position):
            # '"I urge both parties to ...," said X', 'X said: "... I call on"': the one who
            # speaks the quote, in this sentence or the one before
            frame = self.frame_for(index, position)
            quoter = frame.actor if frame is not None else None
            if quoter is None and index > 0 and index - 1 < len(self.speakers):
                quoter = self.speakers[index - 1]
            if quoter is not None and (own or self._only_warring_state(quoter)):
                return quoter
        operative = _OPERATIVE.match(self.text, window.start, window.end)
        if operative is not None and position < operative.end() and not window.is_headline:
            # "4. Calls upon the parties to cease all hostilities;": a communique's paragraph,
            # whose subject is the body its lead-in names ("After deliberations, the Council:")
            issuer = self._issuer(index, numbered=_NUMBER_ONLY.match(window.text) is not None)
            if issuer is not None:
                return issuer
        antecedent_ref = self._relative_antecedent(window, start, position)
        if antecedent_ref is None:
            antecedent_ref = self._restrictive_antecedent(window, start, position)
        if antecedent_ref is not None:
            return self.actor_of(antecedent_ref)
        # "the truce expired after the Houthis rejected": the verb's clause opens after the
        # subordinator, when a name stands between it and the verb
        opened = [m.end() for m in _SUBORDINATOR.finditer(self.text, start, position)]
        named = self.refs_between(index, opened[-1], position) if opened else []
        if named and not _OWNED_NOUN_AND.match(self.text, named[0].end, position):
            # (not "welcomed the plan before the RSF's rejection and urged": a noun after the
            # preposition, and the verb after "and" is the main clause's)
            start = opened[-1]
        if depth < 2:
            governing = self._governing(window, start, position)
            if governing is not None:
                # "he warned that X was ... and demanded": the first verb's subject demands
                return self.subject(window, governing, depth + 1)
        end = position
        antecedent = False
        # "X documented abuses, accusing A of killing, kidnapping and torturing, and accusing B
        # of ...": a participle opening its clause shares the subject of the clause the chain of
        # participles hangs from
        participle = _PARTICIPLE_LEAD.fullmatch(self.text, start, position) is not None and (
            _ING_WORD.match(self.text, position) is not None
        )
        # 'X, Y, called the decision "an error" and accused ...': a verb joined to the one
        # before by "and" (past a quote that broke the clause) shares that verb's subject
        coordinated = (
            self.text[start - 1 : start] in _CLOSING_QUOTES
            and _COORDINATED_LEAD.fullmatch(self.text, start, position) is not None
        )
        if (
            self.text[start - 1 : start] in _CLOSING_QUOTES
            and start > window.start
            and _COMPLEMENT_AND.fullmatch(self.text, start, position) is not None
        ):
            # 'X said he was "horrified" by the killing of Palestinians and repeated his call':
            # the names in the quoted word's complement are no subject; the verb after "and"
            # shares the subject of the clause before the quote
            end = start
            start = window.previous_clause(start)
            coordinated = True
        for _ in range(_CLAUSES_BACK):
            if (
                coordinated
                and end != position
                # ('X warned that Sudan was "sliding" and demanded': a complement's subject
                # is not the one of the verb after the quote)
                and (
                    not self.refs_between(index, start, end)
                    or _THAT_BEFORE.search(self.text, max(window.start, start - 6), start)
                )
            ):
                pronoun_lead = _PRONOUN_SUBJECT_LEAD.fullmatch(self.text, start, end)
                if pronoun_lead is not None and depth < 2:
                    # 'He vowed that the army would "..." and ruled out': the pronoun
                    told = self._pronoun_subject(window, start, pronoun_lead.group(1), depth)
                    if told is not None:
                        return told
                if start <= window.start:
                    break
                end = start
                start = window.previous_clause(start)
                continue
            if (
                participle
                and end != position
                and start > window.start
                and _ING_WORD.match(self.text, start, end)
            ):
                end = start
                start = window.previous_clause(start)
                continue
            if (
                (end == position or coordinated or participle)
                and start > window.start
                and (
                    self.text[start - 1 : start] == ","
                    or (participle and self.text[start - 1 : start] in _CLOSING_QUOTES)
                )
                and _VERB_OPENS.match(self.text, start, end)
            ):
                # (and "..., and urged Moscow and Kyiv to talk, repeating his offer": the
                # participle's chain hangs from the verbs' shared subject, not their objects)
                # "Biden welcomed the deal, thanked Egypt and Qatar and called on ...": a clause
                # opened by its verb shares the subject of the clause before
                end = start
                start = window.previous_clause(start)
                continue
            if (
                end != position
                and start > window.start
                and self.text[start - 1 : start] == self.text[end - 1 : end] == ","
                and _PARTICIPLE_ASIDE.match(self.text, start, end)
            ):
                # "Resolution 2401, adopted on Saturday after talks with Russia, calls on":
                # the aside describes the subject before it
                end = start
                start = window.previous_clause(start)
                antecedent = True
                continue
            if end != position and start > window.start and self._appositive(window, start, end):
                # "France, a co-chair with Russia, urged": the appositive describes France
                end = start
                start = window.previous_clause(start)
                antecedent = True
                continue
            if (
                end != position
                and start > window.start
                and _RELATIVE.search(self.text, max(window.start, start - 80), start)
            ):
                # "X, which ... Y ..., said": the relative clause describes the subject, X
                end = start
                start = window.previous_clause(start)
                antecedent = True
                continue
            if (
                antecedent
                and start > window.start
                and self.text[start - 1 : start] in _CLOSING_QUOTES
                and _COMPLEMENT_LEAD.match(self.text, start, end) is not None
            ):
                # 'said he was "alarmed" by reports of RSF forces massing around El-Obeid,
                # which ..., and urged': the relative clause describes the quoted word's
                # complement, no subject; the verb shares the subject before the quote
                end = start
                start = window.previous_clause(start)
                antecedent = False
                coordinated = True
                continue
            found = self.refs_between(index, start, end)
            if (
                not found
                and start == window.start
                and self.lexicon.numbered_document.match(
                    self.text, after_dateline(self.text, window.start)
                )
            ):
                # "Resolution 2401 calls on all parties ...": the document's issuer
                return Actor(self.lexicon.numbered_document_author)
            if (
                found
                and start > window.start
                and _PURPOSE_OR_AND.match(self.text, found[-1].end, position)
                and self._received_before(window, found[0].start)
            ):
                # "..., the Russian ambassador, X, to express its concern": X was summoned
                end = start
                start = window.previous_clause(start)
                continue
            receiving = (
                _RECEIVED_OBJECT.search(self.text, found[0].end, position) if found else None
            )
            if receiving is not None and _PURPOSE_OR_AND.match(self.text, found[-1].end, position):
                # "Moldova summoned the Russian ambassador, X, to express its concern": the one
                # summoned, met or received is the object; the subject acts
                found = [r for r in found if r.start < receiving.start()] or found
            described = self._relative_span(window, found, position)
            if described is not None:
                # "The alliance, which groups the AA with the MNDAA and the TNLA, has called":
                # names inside the relative clause describe the subject before it
                end = described
                start = window.clause_start(max(window.start, described - 1))
                antecedent = True
                continue
            if found and antecedent:
                return self.actor_of(found[-1])
            if found and end != position and depth < 2:
                pronoun_lead = _PRONOUN_SUBJECT_LEAD.match(self.text, start, found[0].start)
                if pronoun_lead is not None:
                    # "said that he had spoken to the leaders of A and B, called for": the
                    # names are the pronoun's objects; the pronoun is the one the verb shares
                    told = self._pronoun_subject(window, start, pronoun_lead.group(1), depth)
                    if told is not None:
                        return told
            if found:
                if end == position:
                    # "X said Y had broken the truce": Y breaks it
                    reported = self._reported(index, start, position)
                    after = [r for r in found if r.start >= reported]
                    if depth < 2 and after and self.text.endswith(_TELLING, 0, reported):
                        # "Hamas told Egyptian mediators it was ready": the mediators hear; "it"
                        # is the teller
                        pronoun = _PRONOUN_AFTER_HEARER.match(self.text, after[0].end, position)
                        if pronoun is not None:
                            return self.subject(window, reported - 1, depth + 1)
                    reported_lead = (
                        _REPORTED_LEAD.fullmatch(self.text, reported, after[0].start)
                        if after
                        else None
                    )
                    if (
                        reported_lead is not None
                        and reported > start
                        and reported_lead.group("office")
                        and self._owns_other_body(after[0])
                    ):
                        # "said the leaders of Sudan's RSF had": the body named after the
                        # possessive; "the leaders of Haiti's main gang": one no ref names, and
                        # not the teller
                        named = after[1:2]
                        return self.actor_of(named[0]) if named else None
                    if reported_lead is not None and (
                        not _POSSESSIVE.match(self.text, after[0].end)
                        # "said the government of Chad had": the office and its own party
                        or (
                            len(after) > 1
                            and after[1].name == after[0].name
                            and _OF_GAP.fullmatch(self.text, after[0].end, after[1].start)
                            is not None
                            and not self._owns_other_body(after[1])
                        )
                    ):
                        found = after
                # (not "stood beside Zelensky": a person after a preposition is no subject)
                people = [
                    r
                    for r in found
                    if r.person
                    and not _PREPOSITION_BEFORE.search(self.text, max(start, r.start - 40), r.start)
                ]
                # "the U.N. refugee agency UNHCR said": the body described
                return self.actor_of(people[0] if people else self._described(found))
            # past a relative clause, only the antecedent's own clause names the subject
            lead = self.text[start : end if antecedent else position]
            if end == position and not antecedent and _UNNAMED_SUBJECT.match(lead):
                return None  # "..., and aid agencies urged": a subject that is no party
            if (
                end == position
                and not antecedent
                and _UNPLACED_OFFICE.fullmatch(lead)
                and _ATTACKER_NAMED.search(self.text, window.start, start)
            ):
                # "Russian glide bombs wounded 14, the governor said": a local office no ref
                # places is not the attacker the clause before names by its weapons (but
                # "Ukraine's emergency service ... after a missile killed 14, the governor
                # said": the state named before is the office's own)
                return None
            auxiliaries = _AUXILIARIES.search(lead)
            bare = _TIME_BEFORE_PRONOUN.sub(
                "", _CONJUNCTION_LEAD.sub("", lead[: auxiliaries.start()] if auxiliaries else lead)
            )
            # "it observed a unilateral ceasefire": an act told as a noun, after its verb
            verb_object = _PRONOUN_VERB_OBJECT.match(bare)
            pronoun = self.lexicon.pronoun.search(verb_object.group(1) if verb_object else bare)
            owner = _POSSESSIVE_LEAD.match(lead)
            said = [s for s, e in self.reporting[index] if e <= start] if self.reporting else []
            if (pronoun or owner) and depth < 2 and said:
                # "Kenya said that it was concerned", "the SDF told Reuters that their fighters
                # would ...": the reporting verb's subject
                before = self.subject(window, said[-1], depth + 1)
                if before is not None:
                    return before
                if _UNPLACED_SPEAKER.search(self.text[window.clause_start(said[-1]) : said[-1]]):
                    # "A spokesman for the tribal clans said their fighters would ...": the
                    # speaker is named but is no party here, and "their" is the speaker's
                    return None
            if pronoun:
                if _PERSONAL.search(pronoun.group()):
                    # "... a spokesman for the rebels, dismissed the army's figures. He said":
                    # he or she is the last person named, not the last party that spoke
                    return self._previous_person(index, pronoun.group()) or self._previous(index)
                if _title_noun(pronoun.group()) in _TITLES_ONLY:
                    return self._titled_or_body(index, pronoun.group())
                return (
                    # ("MILF fighters attacked an army base. The army said": not MILF's army)
                    self._fitting(self._titled_or_body(index, pronoun.group()), pronoun.group())
                    or self._lead_subject(window, start, pronoun.group())
                    or self._fitting(self._antecedent(index, pronoun.group()), pronoun.group())
                )
            if owner:
                # "Its leaders demanded ...": the party the sentence before was about
                return self._previous_subject(index) or self._previous(index)
            if _BARE_SPOKESMAN.fullmatch(lead):
                # "The Pentagon revised its figures. A spokesman said": the spokesman of the
                # party that opens the sentence before, as "its spokesman"
                return self._opening_subject(index)
            source = self.lexicon.sources.search(lead)
            head = _SOURCE_START.search(lead, 0, source.start()) if source is not None else None
            begin = head.start() if head else source.start() if source is not None else 0
            if (
                source is not None
                # "demanded the release of detained officials and called": no subject (but
                # "one of the sources said" is one)
                and not _OBJECT_OF.search(lead, max(0, begin - 30), begin)
                # "X, a rights group which ..., said": X (but "..., a war monitor said": the
                # monitor, in the verb's own clause)
                and not (end != position and self._follows_name(window, start))
            ):
                until = self._source_end(lead, source.end(), len(lead))
                return Actor(None, None, " ".join(lead[begin:until].split()))
            if start <= window.start:
                break
            end = start
            start = window.previous_clause(start)
        return None

    def _subject_before_quote(
        self, window: Window, start: int, position: int, depth: int
    ) -> Actor | None:
        """'Trump said Ukraine had "just agreed to a ceasefire"': the quotation opens inside the
        clause, after its subject; the party named right before the quote mark is the subject
        (its own speaker when the teller speaks for it: 'X said Bangladesh was "concerned"')."""
        if (
            start <= window.start
            or self.text[start - 1 : start] not in OPENING_QUOTES
            or (self.text[start - 1] == '"' and self.text.count('"', window.start, start) % 2 == 0)
            or not _ADVERBS_ONLY.fullmatch(self.text, start, position)
        ):
            return None
        before = window.previous_clause(start)
        named = [r for r in self.refs_between(window.index, before, start - 1) if not r.place]
        if not named or not _AUX_BEFORE_QUOTE.fullmatch(self.text, named[-1].end, start - 1):
            return None
        told_at = [(s, e) for s, e in self.reporting[window.index] if e <= named[-1].start]
        lead_start = told_at[-1][1] if told_at else before
        if _OBJECT_LEAD.search(self.text, lead_start, named[-1].start):
            return None  # 'said the proposal by Israel was "unacceptable"': no subject
        actor = self.actor_of(named[-1])
        told = [s for s, _ in told_at]
        if told and depth < 2:
            teller = self.subject(window, told[-1], depth + 1)
            if teller is not None and teller.party == actor.party:
                return teller
        return actor

    def _pronoun_subject(
        self, window: Window, start: int, pronoun: str, depth: int
    ) -> Actor | None:
        """Who the pronoun subject of the clause at `start` stands for: the subject of the
        reporting verb before it, else, for "he" or "she", the last person named."""
        said = [s for s, e in self.reporting[window.index] if e <= start] if self.reporting else []
        before = self.subject(window, said[-1], depth + 1) if said else None
        if before is None and _PERSONAL.search(pronoun):
            before = self._previous_person(window.index, pronoun) or self._previous(window.index)
        elif before is None and not said:
            # "Al-Shabaab attacked a school. In a statement, it called the ministry ...,
            # accused it ...": "it" is the body the text was about, as a subject pronoun is
            index = window.index
            before = (
                self._fitting(self._previous_body(index, pronoun), pronoun)
                or self._fitting(self._antecedent(index, pronoun), pronoun)
                or self._fitting(self._previous_subject(index), pronoun)
            )
        return before

    def _received_before(self, window: Window, at: int) -> bool:
        """A verb of receiving ("summoned", "met") with a subject named before it stands
        before `at` in the sentence: what follows it is its object."""
        verbs = [m.start() for m in _RECEIVED_OBJECT.finditer(self.text, window.start, at)]
        return bool(verbs) and bool(self.refs_between(window.index, window.start, verbs[-1]))

    def _owns_other_body(self, ref: Ref) -> bool:
        """A possessive ("Haiti's") before something other than the party's own body ("main
        gang", not "army" or "cabinet")."""
        return self.text.endswith(("'s", "\u2019s"), ref.start, ref.end) and (
            _OWN_BODY_AFTER.match(self.text, ref.end) is None
        )

    def _relative_span(self, window: Window, found: Sequence[Ref], position: int) -> int | None:
        """Where the relative clause (", which ...,") holding every name in `found` begins, when
        it closes before `position`; else None."""
        if not found or ("which" not in window.text and "who" not in window.text):
            return None
        for match in _RELATIVE_SPAN.finditer(window.text):
            start, end = window.start + match.start(), window.start + match.end()
            if end <= position and all(start <= r.start and r.end <= end for r in found):
                return start
        return None

    def _governing(self, window: Window, start: int, position: int) -> int | None:
        """'X warned that Y ... and demanded': where the verb the coordinated verb shares its
        subject with stands (the reporting verb or 'that' its clause hangs on), if any."""
        joined = _AND_BEFORE.search(self.text, start, position)
        if joined is None:
            return None
        at = joined.start()
        if start > window.start and self.text[start - 4 : start].lower() == "that":
            that = start - 4
            return that if self.refs_between(window.index, start, at) else None
        reported = [s for s, e in self.reporting[window.index] if e <= at] if self.reporting else []
        if any(
            m.end() == start
            for m in _SUBORDINATOR.finditer(self.text, max(window.start, start - 12), start)
        ):
            # "X declared a truce, hours after Y vowed to fight on and rejected": a verb
            # outside the subordinate clause governs none inside it
            reported = [s for s in reported if s >= start]
        if self.text[window.start : start].rstrip().endswith((":", ";")):
            # "he said he was open to talks, a position the group never accepted: it has
            # refused every offer and rejects ...": the clause after a colon has its own subject
            reported = [s for s in reported if s >= start]
        if reported and self.refs_between(window.index, reported[-1], at):
            return reported[-1]
        # "He criticised Russia and called on Moscow to ...": a verb of stance, in the past,
        # with its object named before the "and"
        verbs = [
            m.start()
            for m in self.lexicon.stances.finditer(self.text, start, at)
            if _PAST_VERB.fullmatch(m.group()) and self.refs_between(window.index, m.end(), at)
        ]
        return verbs[-1] if verbs else None

    def _reported(self, index: int, start: int, position: int) -> int:
        """Where the clause reported by the last reporting verb in `start:position` begins."""
        if not self.reporting:
            return start
        for verb_start, verb_end in reversed(self.reporting[index]):
            if verb_end <= position:
                return verb_end if verb_start >= start else start
        return start

    def _appositive(self, window: Window, start: int, end: int) -> bool:
        """', a Minsk Group co-chair with Russia,' between a name and its verb."""
        if (
            self.text[start - 1 : start] != ","
            or self.text[end - 1 : end] != ","
            or not _APPOSITIVE.match(self.text, start, end)
        ):
            return False
        if not self._name_before(window, start):
            return False  # no name right before the comma
        inside = self.refs_between(window.index, start, end)
        if any(_OWNED_OFFICE.search(self.text, r.start, r.end) for r in inside):
            return True  # ", China's foreign minister,": an office, named with its state
        words, at = [], start
        for ref in inside:
            words.append(self.text[at : ref.start])
            at = ref.end
        words.append(self.text[at:end])
        rest = " ".join(words)
        return _APPOSITIVE_HEAD.search(rest) is not None  # "the United States": a list item

    def _follows_name(self, window: Window, start: int) -> bool:
        """The clause at `start` opens ", a/an/the ..." right after a name: it describes the
        name ("Amnesty International, a rights group which ..., said"), which speaks."""
        if start <= window.start or self.text[start - 1 : start] != ",":
            return False
        return _APPOSITIVE.match(self.text, start) is not None and self._name_before(window, start)

    def _name_before(self, window: Window, comma_end: int) -> bool:
        """A name stands right before the comma that ends at `comma_end`, perhaps with its
        acronym in brackets ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM),")."""
        before = self.refs_between(window.index, window.start, comma_end)
        return (
            bool(before)
            and _NAME_THEN_COMMA.fullmatch(self.text[before[-1].end : comma_end].strip())
            is not None
        )

    def _previous(self, index: int) -> Actor | None:
        for back in range(index - 1, max(-1, index - 4), -1):
            if back < len(self.speakers) and self.speakers[back] is not None:
                return self.speakers[back]
        return None

    def _issuer(self, index: int, numbered: bool) -> Actor | None:
        """The body a communique's lead-in names ("the Council:"), found as the last party
        named before it whose name holds that noun ("The IGAD Council of Ministers met ...")."""
        for back in range(index - 1, max(-1, index - _OPERATIVE_REACH), -1):
            lead = self.windows[back]
            if not lead.text.rstrip().endswith(":"):
                if (
                    numbered
                    or _OPERATIVE.match(self.text, lead.start, lead.end)
                    or _NUMBER_ONLY.fullmatch(lead.text)
                ):
                    continue  # another paragraph of the same list (a numbered one may run on)
                return None  # ("Calls for a truce have grown": no list, no lead-in)
            # the body the lead-in ends with: "the African Union Commission:", "the Council:"
            named = [r for r in self.refs[back] if not r.place and not r.person]
            if named and _COLON_AFTER.fullmatch(self.text, named[-1].end, lead.end):
                return self.actor_of(named[-1])
            noun = _LEAD_IN_NOUN.search(lead.text)
            if noun is None:
                return None
            word = re.compile(rf"\b{re.escape(noun.group(1))}\b", re.IGNORECASE)
            for earlier in range(back - 1, max(-1, back - _OPERATIVE_REACH), -1):
                for ref in self.refs[earlier]:
                    # the noun in the name, or in the words right after it ("IGAD Council")
                    phrase = _PHRASE_END.search(self.text, ref.end, ref.end + 30)
                    end = phrase.start() if phrase else ref.end + 30
                    if not ref.place and not ref.person and word.search(self.text, ref.start, end):
                        return self.actor_of(ref)
            return None
        return None

    def _placed_speaker(self, index: int) -> str | None:
        speaker = self.speakers[index] if index < len(self.speakers) else None
        return speaker.party if speaker is not None else None

    def _antecedent(self, index: int, pronoun: str) -> Actor | None:
        """What a pronoun opening a sentence stands for: the last speaker, unless the pronoun is
        "it" or "they" and the sentence just before reports nobody ("The African Union met on
        Monday. It called for a truce"): then the party that sentence opens with."""
        bare = pronoun.strip(" ,.;:\"'").lower() in ("it", "they")
        if (
            bare
            and index >= 1
            and index - 1 < len(self.frames)
            # (or reports no one it could place: "Kenya issued a statement on Monday.")
            and (not self.frames[index - 1] or self._placed_speaker(index - 1) is None)
        ):
            named = [r for r in self.refs[index - 1] if not r.place]
            window = self.windows[index - 1]
            if (
                named
                and named[0].start - window.start <= _LEAD_REACH
                and window.clause_start(named[0].start) == window.clause_start(window.start)
                and not self._adjective(named[0])
            ):
                about = self.actor_of(named[0])
                if about.party is not None:
                    return about
        return self._previous(index)

    def _adjective(self, ref: Ref) -> bool:
        """'Sudanese refugees': a demonym that only describes the people named after it (but
        "Sudanese forces", "Sudanese officials" are the state's)."""
        if not _ADJECTIVE_OF.match(self.text, ref.end) or self.text.endswith(
            ("'s", "\u2019s"), ref.start, ref.end
        ):
            return False  # (nor is an owner, "Kyrgyzstan's border service")
        return plain(self.text[ref.start : ref.end]) in self._demonyms

    @functools.cached_property
    def _demonyms(self) -> frozenset[str]:
        # any party's: "Sudanese" may stand for the army the state's mentions moved to
        return frozenset(
            plain(demonym)
            for info in self.parties.values()
            if info.entry is not None
            for demonym in info.entry.demonyms
        )

    def _only_warring_state(self, actor: Actor) -> bool:
        """`actor` is a state and no other state fights in the article: "the army" in its
        official's words is its own (in a war between states it may be the enemy's)."""
        info = self.parties.get(actor.party or "")
        if info is None or info.kind != "state":
            return False
        return not any(
            name != actor.party and self.parties[name].kind == "state"
            for name in self.belligerents
            if name in self.parties
        )

    def _fitting(self, actor: Actor | None, pronoun: str) -> Actor | None:
        """`actor` if it can be what `pronoun` names: "the army" is a state's, "the militia" an
        armed group's (the lexicon's `state_pronouns`, `group_pronouns`); else nobody."""
        state_only = self.lexicon.pronoun_kinds.get(" ".join(re.findall(r"\w+", pronoun.lower())))
        if actor is None or actor.party is None or state_only is None:
            return actor
        info = self.parties.get(actor.party)
        if info is None:
            return actor
        return actor if (info.kind == "state") == state_only else None

    def _previous_titled(self, index: int, pronoun: str) -> Actor | None:
        """'UN Secretary-General Antonio Guterres condemned the attack. The secretary-general
        urged': the one person named with that title in the sentences just before (None when
        there are two: "Zelensky met President Macron ... The president said")."""
        titled = re.compile(rf"(?<![\w-]){re.escape(_title_noun(pronoun))}(?![\w-])", re.IGNORECASE)
        found: dict[str, Ref] = {}
        for back in range(index - 1, max(-1, index - 1 - _TITLED_REACH), -1):
            for ref in self.refs[back]:
                info = self.people.get(ref.name) if ref.person else None
                if info is None or not info.title:
                    continue
                # the title's head, not an office it serves ("spokesman for the
                # secretary-general" is no secretary-general)
                head = info.title.split(" for ")[0].split(" to ")[0]
                match = titled.search(head)
                if match is not None and not _OTHER_OFFICE.search(head, 0, match.start()):
                    found.setdefault(ref.name, ref)
        return self.actor_of(next(iter(found.values()))) if len(found) == 1 else None

    def _titled_or_body(self, index: int, pronoun: str) -> Actor | None:
        """A title's holder named before; for a title that also names a body ("the president",
        "the minister"), else the body of that kind named before (`_previous_body`)."""
        noun = _title_noun(pronoun)
        if noun not in _TITLE_PRONOUNS:
            return self._previous_body(index, pronoun)
        titled = self._previous_titled(index, pronoun)
        if titled is not None or noun in _TITLES_ONLY:
            return titled
        return self._previous_body(index, pronoun)

    def _previous_body(self, index: int, pronoun: str) -> Actor | None:
        """'according to the ministry': the party of the last body named with that noun in the
        sentences before ("the health ministry in Gaza"), whoever spoke since."""
        words = re.findall(r"\w+", pronoun.lower())
        if len(words) < 2:
            return None  # "it", "they": no noun to look for
        # the noun in lower case: a body described ("the health ministry"), not a word of a
        # proper name ("the Arakan Army" is no "army" of a state); a noun no kind of party owns
        # may be the name's own ("the UN Mission in South Sudan ... the mission said")
        kinded = " ".join(words) in self.lexicon.pronoun_kinds
        noun = re.compile(rf"\b{words[-1]}\b", 0 if kinded else re.IGNORECASE)
        for back in range(index - 1, max(-1, index - 20), -1):
            for ref in reversed(self.refs[back]):
                if not ref.person and noun.search(self.text[ref.start : ref.end]):
                    return self.actor_of(ref)
            if back >= index - _DESCRIBED_REACH:
                described = self._described_with(back, words[-1])
                if described is not None:
                    return described
        return None

    def _described_with(self, index: int, noun: str) -> Actor | None:
        """'a Pakistani interior ministry official', 'a spokesman for the rebels': the party of
        the last person or body the sentence describes with `noun` (for "the official said")."""
        # (its own words: "a Pakistani interior ministry official", not "attacked an army")
        after = re.compile(
            rf"(?:['’]s)?(?:[ ]+(?!(?:a|an|the|and|or|of|in|on|at|to|by|with|from|for)\b)"
            rf"(?![a-z-]+ed\b)[a-z-]+){{0,3}}?[ ]+{noun}\b"
        )
        before = re.compile(rf"\b{noun}[ ]+(?:for|of|from|with)[ ]+(?:the[ ]+)?", re.IGNORECASE)
        for ref in reversed(self.refs[index]):
            if ref.person or ref.place:
                continue
            lead = before.search(self.text, max(0, ref.start - len(noun) - 16), ref.start)
            if after.match(self.text, ref.end) or (lead is not None and lead.end() == ref.start):
                return self.actor_of(ref)
        return None

    def _lead_subject(self, window: Window, start: int, pronoun: str) -> Actor | None:
        """'The UN rights office has documented strikes, including one that it said killed 170':
        "it" in a later clause of a sentence is the party that opens the sentence."""
        if pronoun.strip(" ,.;:\"'").lower() != "it":
            return None
        refs = self.refs_between(window.index, window.start, start)
        if not refs or refs[0].person or refs[0].place:
            return None
        first = refs[0]
        if first.start - window.start > _LEAD_REACH or window.clause_start(first.start) != (
            window.clause_start(window.start)
        ):
            return None
        if window.clause_start(start) == window.clause_start(first.start):
            return None  # its own clause: the subject search has already read it
        return self.actor_of(first)

    def _described(self, refs: Sequence[Ref]) -> Ref:
        """The first of `refs`, or the party after it when lower-case words ending in a kind of
        body lead from the one to the other ("the U.N. refugee agency UNHCR", "the US-based
        monitor ACLED"): the body the words describe."""
        if (
            len(refs) > 1
            and not refs[1].person
            and (
                _DESCRIBED.fullmatch(self.text, refs[0].end, refs[1].start)
                or self._placed_by_state(refs[0], refs[1])
            )
        ):
            return refs[1]
        return refs[0]

    def _placed_by_state(self, owner: Ref, named: Ref) -> bool:
        """ "Sudan's paramilitary Rapid Support Forces said", "Lebanon's Hezbollah said": a state's
        possessive only places the group named after it (but "Amnesty's Nigeria office" is
        Amnesty's)."""
        # the "'s" right after the owner's mention, or the last two characters of it
        placed = any(
            _PLACED_BY.match(self.text, at, named.start)
            for at in (owner.end, owner.end - 2)
            if at >= owner.start
        )
        if not placed or owner.person:
            return False
        first, second = self.parties.get(owner.name), self.parties.get(named.name)
        return (
            first is not None
            and second is not None
            and first.kind == "state"
            and second.kind != "state"
        )

    def _previous_person(self, index: int, pronoun: str = "") -> Actor | None:
        """The person who spoke in the nearest window before that has one, else the person it
        names last ("X, a rebel spokesman, dismissed the figures. He said"), not a person the
        speaker only talked about ("Y said strikes targeted commander Z. He said": Y)."""
        masculine = _HE.search(pronoun) is not None
        for back in range(index - 1, max(-1, index - 4), -1):
            speaker = self.speakers[back] if back < len(self.speakers) else None
            if speaker is not None and speaker.person:
                return speaker
            people = [r for r in self.refs[back] if r.person]
            if not people:
                continue
            opener = self._opener(index, back, people[0]) if masculine else None
            return opener or self.actor_of(people[-1])
        return None

    def _opener(self, index: int, back: int, first: Ref) -> Actor | None:
        """ "US President Joe Biden thanked Egypt's and Qatar's leaders. He said": "he" is the
        person the sentence before opens with, not the last it names (not for "she": no gender
        is known; nor when his own party is named after "he", "He urged Israel to": then he is
        the other man)."""
        opens = after_dateline(self.text, self.windows[back].start)
        if not _OPENED_BY_NAME.fullmatch(self.text, opens, first.start):
            return None
        opener = self.actor_of(first)
        if opener.party is not None and any(
            not r.person and r.name == opener.party for r in self.refs[index]
        ):
            return None
        return opener

    def _opening_subject(self, index: int) -> Actor | None:
        """The party that opens the sentence before ("The army issued a statement.")."""
        if index < 1:
            return None
        before = self.windows[index - 1]
        named = [r for r in self.refs[index - 1] if not r.place]
        if not named or not _OPENS_WITH.fullmatch(self.text, before.start, named[0].start):
            return None
        if _ITS_MEN_AFTER.match(self.text, named[0].end):
            return None  # "Russian jets struck Idlib. A spokesman said": whose, is not told
        return self.actor_of(named[0])

    def _previous_subject(self, index: int) -> Actor | None:
        """The party named first in the sentence before: usually what it is about."""
        if index < 1:
            return None
        named = [r for r in self.refs[index - 1] if not r.place]
        return self.actor_of(named[0]) if named else None

    def forward_subject(self, window: Window, end: int, inverted: bool = False) -> Actor | None:
        """'according to the ministry', 'said John Doe, ...': the actor right after."""
        after = self.refs_between(window.index, end, window.clause_end(end) + 1)
        if inverted and after and _VERB_AFTER.match(self.text, after[0].end):
            return None  # "said Russia had broken the truce": the reported clause's subject
        if not after:
            after = self.refs_between(window.index, end, min(window.end, end + 80))
            after = [
                r
                for r in after
                if _DOCUMENT_LEAD_IN.match(self.text[end : r.start])
                or _LONG_NAME_THEN_ACRONYM.fullmatch(self.text, end, r.start)
            ]
        land_body = _LAND_BODY.match(self.text, end, window.end)
        if land_body is not None:
            # "according to the country's emergency service": the state named last before
            state = self._previous_state(window.index, land_body.start(1))
            if state is not None:
                return state
        if after:
            gap = self.text[end : after[0].start]
            if (
                _LEAD_IN.match(gap)
                # 'said Brigadier Jane Doe, the army spokeswoman': a title before the person
                or (
                    after[0].person
                    and _title_run(self.lexicon.titles.pattern).fullmatch(gap) is not None
                )
                or gap.strip().lower() in ("", "the", "by", "by the", "from", "from the")
                # 'said a spokesman for Sudan's army': the body the speaker speaks for
                or (not after[0].person and _SPEAKER_FOR.fullmatch(gap) is not None)
                or _DOCUMENT_LEAD_IN.match(gap)
                # "according to the Armed Conflict Location & Event Data project (ACLED)": the
                # long name the table lacks, then its acronym
                or _LONG_NAME_THEN_ACRONYM.fullmatch(gap)
                # "according to the territory's health ministry": the body, wherever it is
                or _LAND_POSSESSIVE.fullmatch(gap)
            ):
                # "according to the U.N. humanitarian office OCHA": the body described
                return self.actor_of(self._described(after))
        pronoun = self.lexicon.pronoun.match(self.text[end : window.clause_end(end) + 1])
        if pronoun is not None and not after:
            # "according to the ministry": the body of that kind named before
            found = self._titled_or_body(window.index, pronoun.group())
            if found is not None or _title_noun(pronoun.group()) in _TITLES_ONLY:
                return found
        source = self.lexicon.sources.search(self.text, end, min(window.end, end + 40))
        if source is not None and _LEAD_IN.match(self.text[end : source.start()]):
            until = self._source_end(self.text, source.end(), window.end)
            return Actor(None, None, self.text[end:until].strip(" ,"))
        return None

    def _previous_state(self, index: int, before: int) -> Actor | None:
        """The state named last before `before`, in this sentence or the three before it."""
        for back in range(index, max(-1, index - 4), -1):
            for ref in reversed(self.refs[back]):
                info = self.parties.get(ref.name)
                if ref.start < before and not ref.person and info and info.kind == "state":
                    return self.actor_of(ref)
        return None

    def _source_end(self, text: str, end: int, limit: int) -> int:
        """Where a source named at `end` ends: past another joined to it ("officials and
        residents", "witnesses or medics"), whose claim it shares, and past the body it works
        at or comes from."""
        joined = _JOINED_SOURCE.match(text, end, limit)
        other = self.lexicon.sources.match(text, joined.end(), limit) if joined else None
        if other is not None:
            end = other.end()
        # "officials at Madina hospital", "officials from the South West State administration":
        # the body the source works for is part of it
        body = _SOURCE_BODY.match(text, end, limit)
        return body.end() if body is not None else end

    def frame_for(self, index: int, position: int) -> Frame | None:
        """The speech frame that reports what is said at `position`: the nearest one before it
        in the same window, else the first one after it."""
        before = [f for f in self.frames[index] if f.end <= position and f.actor is not None]
        if before and not _PRESENT_COUNT.fullmatch(self.text, before[-1].start, before[-1].end):
            return before[-1]
        after = [f for f in self.frames[index] if f.start >= position and f.actor is not None]
        if before:
            # "Congo counts 7 million displaced, according to the IOM": a country's count told
            # by the source named after it
            source = after[0] if after else None
            if (
                source is not None
                and source.actor is not None
                and source.actor.party is not None
                and _ACCORDING.match(self.text, source.start)
            ):
                return source
            return before[-1]
        if not after:
            return None
        window = self.windows[index]
        if _NEW_CLAUSE.search(
            self.text, max(position, after[0].start - 200), after[0].start
        ) and not (
            _ACCORDING.match(self.text, after[0].start)
            and _SOURCE_TO_END.fullmatch(self.text, after[0].end, window.end)
        ):
            # "N were displaced, and the UN says ...": another clause's speaker (but "N were
            # killed, and 18 others wounded, according to the Pentagon.": the whole sentence's)
            return None
        if (
            "," in self.text[position : after[0].start]
            and position - window.start <= _FRONTED_REACH
            and _FRONTED.search(self.text[window.start : position])
        ):
            return None
        return after[0]


_LEAD_REACH = 30
_PRESENT_COUNT = re.compile(r"counts?", re.IGNORECASE)
# a communique's operative paragraph: its number, then a verb in the third person with no
# subject ("4. Calls upon", "(b) Urges", "Further condemns")
_NUMBERING = r"\(?\d{1,2}[.)]|\([a-z]\)"  # "4.", "(4)", "(b)"
_NUMBER_ONLY = re.compile(rf"\s*(?:{_NUMBERING})\s*")
_OPERATIVE = re.compile(
    rf"\s*(?:{_NUMBERING}|[-\u2022*])?\s*(?:(?:Further|Also|Strongly|Again)\s+)?"
    r"(?i:Calls|Urges|Demands|Appeals|Welcomes|Condemns|Reaffirms|Requests|Encourages|Commends|"
    r"Expresses|Decides|Reiterates|Stresses|Underlines|Emphasi[sz]es|Invites|Notes|Deplores|"
    r"Implores|Exhorts|Insists|Directs|Endorses|Rejects|Accepts|Recalls|Recogni[sz]es|"
    r"Acknowledges|Takes|Pays|Looks|Agrees|Commits|Appreciates|Congratulates|Warns|Affirms|"
    r"Highlights|Instructs|Mandates|Reminds)\b(?:\s+(?:upon|on|for))?"
)
_OPERATIVE_REACH = 16  # sentences back to a communique's lead-in
_COLON_AFTER = re.compile(r"\s*:\s*")
_COLON_QUOTE = re.compile(r":[ \t]*[\"“]")
_PHRASE_END = re.compile(r"[,.;:()]|\s(?:[a-z]+ed|is|are|was|were|has|have|held|met)\b")
# "After extensive deliberations, the Council:": the body's noun before the colon
_LEAD_IN_NOUN = re.compile(r"\b(?:the|The)\s+(?:[\w-]+\s+)?([A-Z]?[a-z]+)\s*:\s*$")
# "A spokesman", "The spokeswoman": a speaker no party, title or name places
_BARE_SPOKESMAN = re.compile(r"\W*(?:A|An|The)\s+spokes(?:man|woman|person)\s*", re.IGNORECASE)
# "Russian jets": a party named by its armed men
_ITS_MEN_AFTER = re.compile(
    r"[ ]+(?:[a-z-]+[ ]+)?(?:jets|warplanes|troops|forces|soldiers|fighters|drones|aircraft|"
    r"artillery|tanks|militiamen|gunmen|rebels|militants)\b"
)
# the words before a sentence's first party when it opens the sentence ("The ", "On Sunday, ")
_OPENING = r"\W*(?:(?:On|Late|Early)\s+[A-Z]\w+,?\s+)?(?:[Tt]he\s+)?"
_OPENS_WITH = re.compile(_OPENING)
# ... and up to a person's name: capitalised title words, no subordinate clause ("After X left")
_OPENED_BY_NAME = re.compile(
    _OPENING
    + r"(?!(?:After|Before|When|While|Since|Like|Unlike|As|Although|Until|Once|If|Despite|Under|"
    r"Following|With)\b)"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}(?:(?:of|for)\s+(?:[A-Z][\w'’.-]*\s+){1,3})?"
)
_UNPLACED_SPEAKER = re.compile(
    r"\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|source|"
    r"leader|commander|representative|member|chief|elder|activist)s?\b",
    re.IGNORECASE,
)
_SPEAKER_FOR = re.compile(
    r"\s*" + _UNPLACED_SPEAKER.pattern + r"\s+(?:for|of|from)\s+(?:the\s+)?", re.IGNORECASE
)
_DESCRIBED_REACH = 2  # sentences back that "the official" may point to one described
# A clause of time or cause opened before the verb: "since the government declared ...".
_SUBORDINATE_LEAD = re.compile(
    r"\W*(?:since|after|before|until|once|because|when|whenever)\s+(?:the\s+)?[\w' -]{0,40}$",
    re.IGNORECASE,
)
# verbs of saying and nothing else: a clause they open reports speech wherever it stands
_SAID = frozenset({"said", "says", "stated"})  # ("claimed control", "told villagers to leave")
# "his critics rejected the offer", "Ruto's opponents said": the owner's adversaries, not the
# owner (a subject the story does not place)
_ADVERSARIES_SUBJECT = re.compile(
    r"(?:\b(?:his|her|their|its)|['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:opponents|critics|rivals|enemies|detractors|adversaries|foes)\s+"
    r"(?:(?:have|has|had|also|\w+ly)\s+){0,2}$",
    re.IGNORECASE,
)
# "and aid agencies urged", "while rights groups said": the verb's own subject, in plain words
_UNNAMED_SUBJECT = re.compile(
    # (not "and its commanders rejected": the possessive names the party)
    # (nor "and he renewed his": a pronoun subject, and "his" is no plural)
    r"\s*,?\s*(?:and|but|while|as)\s+(?!(?:its|their|his|her|our|he|she|it|they|we|i)\b)"
    r"(?:the\s+|some\s+|many\s+|other\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}"
    r"(?!(?:has|was|is|does|always|sometimes|perhaps|thus|also|his|its|this)\s)"
    r"[a-z][\w-]*s\s+$"
)
# (the lexicon's `local_authorities` less their places, and with the plural authorities it
# leaves out: those name no land, but are no attacker either)
_UNPLACED_OFFICE = re.compile(
    r"\s*,?\s*(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}"
    r"(?:governor|mayor|regional\s+administration|military\s+administration|"
    r"city\s+administration|(?:city|local|regional|provincial)\s+authorities)\s+"
)
# a side named by its demonym before its weapons or its forces: "Russian glide bombs", "Israeli
# strikes", "Saudi-led air raids"
_ATTACKER_NAMED = re.compile(
    r"\b(?:(?-i:[A-Z])[a-z]+(?:an|ian|i|ese|ish|ic|-led)|(?-i:[A-Z]{2,6}))\s+"
    r"(?:(?:glide|ballistic|cruise|guided|mortar|drone|missile|air|naval|ground)\s+)?"
    r"(?:air\s*strikes?|strikes?|shelling|drones?|"
    r"missiles?|bombs?|rockets?|artillery|attacks?|raids?|jets|warplanes|aircraft|troops|forces|"
    r"soldiers|fighters|gunmen|militiamen|tanks|shells)\b",
    re.IGNORECASE,
)
_LONG_NAME_THEN_ACRONYM = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]+|&)){0,8}\s*\("
)
# a reporting verb right after a quotation closes: '"...," said X', '"...?" asked X'
_QUOTE_CLOSED = re.compile(r"(?:[,?!][\"”]|[\"”],)\s*$")  # British style: '"...", said X'
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)[ ]+$", re.IGNORECASE)
# verbs whose object receives the subject's act and does nothing itself ("summoned the
# ambassador", "met the envoy", "received a delegation", "expelled the diplomat")
_RECEIVED_OBJECT = re.compile(
    r"\b(?:summon(?:s|ed|ing)|call(?:s|ed)?[ ]+in|met|meets|meeting[ ]+with|received|receives|"
    r"expel(?:s|led|ling)|hosted|hosts|telephoned|phoned|visited|briefed|thanked)\b"
    r"(?![ ]+by\b)",  # (not "talks hosted by the GCC": a passive names no subject before)
    re.IGNORECASE,
)
# a clause that goes on with the subject's act: "to express its concern", "and insisted"
_PURPOSE_OR_AND = re.compile(
    r"(?:,\s+(?:the|a|an|its|his|her)\s[^,.;]{0,60})?"
    # (and a place or time: "met X in Moscow last week and has called")
    r"(?:\s+(?:in|on|at|last|this|earlier|late|early)\s[^,.;\"“”]{0,40}?)?"
    r"[\s,]*(?:to|and)\s",
    re.IGNORECASE,
)  # (after the object and its appositive)
# How many clauses back from a verb its subject is looked for
_CLAUSES_BACK = 9


def build_frames(doc: Doc) -> None:
    """Every window's speech frames, and who speaks in it (for 'he said' in the next one)."""
    spans = scan(doc.lexicon.speech, doc.text, doc.regions)
    taken = sorted(spans)
    for region_start, region_end in doc.regions:
        for m in _TALLY.finditer(doc.text, region_start, region_end):
            at = bisect.bisect_right(taken, (m.end(), m.end())) - 1
            if at < 0 or taken[at][1] <= m.start():
                spans.append((m.start(), m.end()))  # not already a lexicon phrase
    spans.extend(_by_counts(doc))
    verbs = bucket(doc.windows, [(s, e, (s, e)) for s, e in sorted(spans)])
    for window, found in zip(doc.windows, verbs, strict=True):
        doc.budget.check()
        found = [item for item in found if _is_verb(doc, window, *item)]
        doc.reporting.append(
            [
                (s, e)
                for s, e in found
                if plain(doc.text[s:e]) in doc.lexicon.reporting and not doc.is_passive(window, s)
            ]
        )
        frames: list[Frame] = []
        for item in found:
            start, end = item
            verb = plain(doc.text[start:end])
            actor = None
            if _BY_COUNT.fullmatch(doc.text, start, end):
                named = doc.refs_between(window.index, start, end)
                if named:
                    actor = doc.actor_of(named[-1])
                else:
                    source = doc.lexicon.sources.search(doc.text, start, end)
                    if source is not None:
                        actor = Actor(None, None, source.group())
            elif verb in _FORWARD:
                actor = doc.forward_subject(window, end)
            else:
                if verb.endswith(("ed", "told", "wrote")) and (
                    doc.is_passive(window, start)
                    or _DOCUMENT_BEFORE.search(doc.text, max(window.start, start - 30), start)
                ):
                    continue  # "were reported killed", "stands accused", "the count published"
                if verb in _OBJECT_TAKING and _THING_DESCRIBED.search(
                    doc.text, max(window.start, start - 80), start
                ):
                    continue  # "a truce the coalition declared in April": what was declared
                lead = doc.text[window.clause_start(start) : start]
                if _SUBORDINATE_LEAD.match(lead) and verb not in _SAID:
                    # "since the government declared an emergency": no speech (but "..., when
                    # it said 1,351 servicemen had been killed" reports what was said)
                    continue
                earlier = next((f.actor for f in reversed(frames) if f.actor), None)
                if earlier is not None and (
                    (_SHARED_SUBJECT.match(lead) and not _apposed_before(doc, window, start, lead))
                    or _AND_BEFORE.search(lead) is not None
                ):
                    actor = earlier
                elif _QUOTE_CLOSED.search(doc.text, max(window.start, start - 4), start):
                    # '"Hamas must free the hostages," said Netanyahu': the speaker follows the
                    # verb; a name inside the quotation is what is said, not who says it
                    actor = doc.forward_subject(window, end)
                elif (
                    verb in _SAID
                    and _COMMA_BEFORE.search(doc.text, max(window.start, start - 3), start)
                    and _name_ends_clause(doc, window, end)
                    and (after := doc.forward_subject(window, end, True))
                ):
                    # "a Russian drone attack killed three people, said Tymur Tkachenko, head of
                    # ...": "said" opening its clause after a comma, and a name that ends the
                    # clause after it, is the speaker
                    actor = after
                else:
                    actor = doc.subject(window, start)
                    if actor is None and _LEAD_IN.match(lead):
                        # a verb with no subject before it in its clause: its speaker after it
                        # (not "The army accused the rebels": the subject is there, unplaced)
                        actor = doc.forward_subject(window, end, True)
            frames.append(Frame(start, end, actor))
        colon = _colon_quote(doc, window)
        if colon is not None:
            frames.append(colon)
            frames.sort(key=lambda f: f.start)
        doc.frames.append(frames)
        speaker = next((f.actor for f in frames if f.actor is not None), None)
        if speaker is None and not doc.refs[window.index] and doc.speakers:
            speaker = doc.speakers[-1]
        doc.speakers.append(speaker)


def _colon_quote(doc: Doc, window: Window) -> Frame | None:
    """'Army spokesman X: "The militia broke the truce."': a name right before a colon that
    opens a quotation speaks it (live blogs and bulletins quote without a verb)."""
    colon = _COLON_QUOTE.search(window.text)
    if colon is None:
        return None
    at = window.start + colon.start()
    named = [r for r in doc.refs_between(window.index, window.start, at) if not r.place]
    if not named or at - named[-1].end > 2 or ")" in doc.text[named[-1].end : at]:
        return None  # (not "(translated from the Russian):": a language in an aside)
    return Frame(at, at + 1, doc.actor_of(named[-1]))


def _apposed_before(doc: Doc, window: Window, start: int, lead: str) -> bool:
    """'..., while the UN refugee agency, UNHCR, says': a name alone between the commas right
    before the verb is its own subject, not the earlier speaker shared."""
    if _JOINING_LEAD.match(lead):
        return False
    clause = window.clause_start(start)
    previous = window.previous_clause(clause)
    return any(
        0 <= clause - r.end <= 2
        and not r.place
        and _APPOSED_NAME.fullmatch(doc.text, previous, r.start) is not None
        for r in doc.refs[window.index]
    )


_COMMA_BEFORE = re.compile(r",\s*$")
# after the speaker's name: the sentence's end, or an apposition giving the speaker's office
# ("said Jane Doe, head of the city's military administration"); not "said the RSF, backed by
# the UAE, had killed": the reported clause's subject
_NAME_ENDS_CLAUSE = re.compile(
    r"\s*(?:[.;:]|$|,\s*(?:the\s+|an?\s+|its\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:head|chief|spokes(?:man|woman|person)|director|governor|mayor|minister|commander|"
    r"official|secretary|president|leader|coordinator|representative|envoy|officer|adviser|"
    r"advisor|chairman|chairwoman|chair)\b)",
    re.IGNORECASE,
)


def _name_ends_clause(doc: Doc, window: Window, end: int) -> bool:
    """The first name after `end` ends its clause ("said Jane Doe, head of ...", not "said the
    RSF will be held accountable")."""
    after = doc.refs_between(window.index, end, window.clause_end(end) + 1)
    return bool(after) and _NAME_ENDS_CLAUSE.match(doc.text, after[0].end) is not None


# A truce's nouns, as a clause describing one names it.
TRUCE_NOUNS = "truce|ceasefire|cease-fire|pause|moratorium|armistice|deal|agreement|accord"
# the words no subject of such a clause is made of
CLAUSE_NON_SUBJECTS = "was|were|is|are|has|had|have|been|would|will|it|they|we|he|she"


def clause_up_to_verb(excluded: str = CLAUSE_NON_SUBJECTS) -> str:
    """A clause's subject (one to four words, none of `excluded`), then an auxiliary at most, up
    to its verb: the tail of "a truce (that) the coalition (had) declared". The subject is the
    group `clause`."""
    return (
        rf"(?P<clause>(?:(?!(?:{excluded})\b)[\w'\u2019.-]+\s+){{1,4}}?)(?:(?:had|has|have)\s+)?$"
    )


# speech verbs that can take a thing as their object ("announced a truce"; not "said")
_OBJECT_TAKING = frozenset(
    {"announced", "announces", "announcing", "declared", "declares", "declaring", "claimed"}
)
# a thing named, then a clause of which it is the object, up to that clause's verb: "a truce
# (that) the coalition declared", "the emergency the president announced"
_THING_DESCRIBED = re.compile(
    r"\b(?:a|an|the|this|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?-i:{TRUCE_NOUNS}|plan|emergency|curfew|measures?|decision|offensive|operation|ban)s?"
    r"\s+(?:that\s+|which\s+)?"
    + clause_up_to_verb(f"{CLAUSE_NON_SUBJECTS}|and|but|as|while|who|said|says"),
    re.IGNORECASE,
)
_REPORTS_NOUN = re.compile(r"\s+of\b")
# what makes the word after it a noun: "the army's claims", "these reports"
NOUN_DETERMINER = (
    r"(?:['’]s?|\b(?:the|these|those|such|their|its|his|her|our|my|earlier|recent|false))"
)
_NOUN_DETERMINER_BEFORE = re.compile(rf"{NOUN_DETERMINER}\s+$", re.IGNORECASE)


_LIVES_CLAIMED = re.compile(
    r"\s+(?!that\b)(?:the\s+lives\b|"
    # (no verb between: not "claimed army shelling had taken 30 lives", a claim)
    r"(?:(?!(?:had|has|have|lost|took|taken|cost|killed|claimed|were|was)\b)[\w,.-]+\s+){0,5}?"
    r"(?:lives|victims)\b"
    # (not "claimed 300 lives were lost": a toll claimed)
    r"(?!\s+(?:were|was|had|have|lost)\b))"
)


def _is_verb(doc: Doc, window: Window, start: int, end: int) -> bool:
    """A speech verb, not a word of a name ("the United States") nor a naming verb without a
    quote ("called for talks")."""
    refs = doc.refs[window.index]
    at = bisect.bisect_right([r.start for r in refs], start) - 1
    if at >= 0 and refs[at].end > start:
        return False
    if plain(doc.text[start:end]) in doc.lexicon.naming:
        return QUOTE_MARK.search(doc.text, end, min(window.end, end + 120)) is not None
    # "an estimated 75,000 people", "the reported death toll": an article before the word makes
    # it an adjective of the count, nobody's statement
    if (
        doc.text.endswith("ed", start, end)
        and _ARTICLE_BEFORE.search(doc.text, max(window.start, start - 6), start) is not None
    ):
        return False
    # "a war that claimed thousands of lives", "claimed the lives of 40 people": lives taken,
    # no statement
    if doc.text.startswith("claim", start) and _LIVES_CLAIMED.match(doc.text, end) is not None:
        return False
    # "Israeli reports of a ground incursion", "the army's claims that": the plural noun
    # ("reports of" is no verb; nor is "claims" after a possessive or a determiner)
    return not (
        doc.text.endswith(("reports", "claims"), start, end)
        and (
            _REPORTS_NOUN.match(doc.text, end) is not None
            or _NOUN_DETERMINER_BEFORE.search(doc.text, max(window.start, start - 12), start)
            is not None
        )
    )


def party_refs(refs: Sequence[Ref]) -> list[str]:
    return list(dict.fromkeys(r.name for r in refs if not r.person and not r.place))
