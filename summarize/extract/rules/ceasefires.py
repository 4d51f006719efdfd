"""Ceasefire acts: calls, offers, acceptances, agreements, declarations, rejections and alleged
violations, with actors, addressees, mediators, conditions, type and time scope."""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence

from summarize.actors import plain
from summarize.dates import MONTHS
from summarize.schema import CeasefireAct, CeasefireType, GroundedCeasefireCall, TimeScope

from .figures import months_before, span_of, time_scope
from .lexicon import ACTS
from .mentions import Ref, after_dateline, bucket
from .speech import (
    OPENING_QUOTES,
    TRUCE_NOUNS,
    Actor,
    Doc,
    Frame,
    clause_up_to_verb,
    quoted_at,
)
from .text import Window, window_at, words_after

# ("US- and Saudi-brokered talks": the first broker's hyphen waits for the second's word)
_GLUED_MEDIATOR = re.compile(
    r"^-(?:\s+(?:and|or)\s+[\w.'’]+-)?(?:brokered|mediated|led mediation|sponsored|hosted)\b",
    re.IGNORECASE,
)
# "through Qatari mediation", "thanks to Egypt's mediation": a broker named before the word,
# after a word that says the mediation worked (not "rejected Kenyan mediation", "without US
# mediation", "after Turkish mediation failed")
_NAMED_MEDIATION = re.compile(
    r"(?:['\u2019]s)?\s+(?:mediation|facilitation)\b"
    r"(?!\s+(?:offers?|bids?|proposals?|efforts?\s+(?:failed|collapsed|stalled)|failed|"
    r"collapsed|stalled)\b)",
    re.IGNORECASE,
)
_THROUGH_BEFORE = re.compile(
    r"\b(?:through|thanks\s+to|with|under|via|amid)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+(?:and|&)\s+)?$",
    re.IGNORECASE,
)
# cues that name where talks are held: a place after them only hosts ("talks in Kuwait")
_HOST_CUE = re.compile(r"\b(?:talks\s+in|hosted)\b", re.IGNORECASE)


_NOUN_BEFORE = re.compile(
    # "a U.S. proposal": an abbreviation's dots in the word between; "Russia's offer": a
    # possessive owner; "rejected calls by the AU": a verb's object
    r"(?:\b(?:a|an|the|its|their|his|her|any|to)|['\u2019]s)\s+(?:[\w.-]+\s+)?[\"\u201c]?$|\b[a-z]+ed\s+$",
    re.IGNORECASE,
)
# "urged the Houthis to seize the moment and accept the plan", "urged Kyiv to stop its
# operations, declare a ceasefire and ...": a later infinitive, asked for like the first
# (not "had spoken to both leaders and urged them": "to" before a noun is no infinitive)
_JOINED_INFINITIVE = re.compile(
    r"\bto\s+[\"\u201c]?(?!(?:the|a|an|both|all|each|his|her|its|their|them|him|us|me|our|this|that)\b)"
    r"[a-z]+\b[^,.;:]{0,40}?\s+and\s+$"
    # (a list's comma only after a request: not "vowed to fight on, dismissing calls")
    r"|\b(?:urg|ask|press|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to)\w*\s+"
    r"[^,.;:]{0,40}?\bto\s+[a-z]+\b[^,.;:]{0,40}?,\s+$"
)
# "the junta's truce offer", "a ceasefire proposal": an act word right after a ceasefire word,
# unless a past participle, is the noun that word qualifies
_CEASEFIRE_BEFORE = re.compile(r"\b(?:cease[- ]?fire|truce|armistice|peace)s?[ ]+$", re.IGNORECASE)
# "calling it a flagrant violation", "was a breach of the truce": a noun that says what an
# act was alleges a breach, as its verb would
_PREDICATE_NOUN = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:it|this|that|them|the(?:\s+[\w-]+){1,5}?)|is|was|were|are|been|"
    r"amount(?:s|ed)?\s+to|constitut(?:es|ed)|represent(?:s|ed))\s+[\x22\u201c]?(?:a|an)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "there have been repeated violations": breaches told as a fact, an allegation by whoever says it
_EXISTENTIAL = re.compile(
    r"\bthere\s+(?:(?:has|have|had)\s+been|are|were|was|is)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# right before the verb or its auxiliaries: "have not agreed", "had not been reached", "never
# signed", "yet to sign"; or "no agreement ... was reached"
_NEGATED = re.compile(
    r"(?:\b(?:not|never|yet\s+to|failed\s+to|fail\s+to)|n['’]t)\s+"
    r"(?:(?:been|be|have|has|had|yet|formally|officially|so\s+far|still)\s+){0,3}$"
    r"|\bno\s+(?:[\w-]+\s+)?(?:agreement|deal|truce|ceasefire|cease-fire|accord)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# how far after a negated acceptance its object (a noun like "proposal") may start
_DECLINED_OBJECT = 60
_DESPITE = re.compile(r"(?:despite|in\s+spite\s+of)\b", re.IGNORECASE)
_OWNED_SPEAKER = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+)?(?:commander|spokes(?:man|woman|person)|minister|envoy|chief|"
    r"leader|president|head|officials?|negotiators?|delegation|representative|ambassador|"
    # "Chad's junta rejected": a body of the owner, told by a word the actor table may not hold
    r"junta|government|army|military|ministry|council|cabinet|authorities|administration|"
    r"presidency|command|leadership|rebels|militia)\s+$",
    re.IGNORECASE,
)
# a time adverbial with a year, not a deal's name ("in 2019", "in March 2021", "in late 2020")
_DATED = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)[- ])?(?:(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b"
    r"(?!\s+(?:cease|truce|agreement|accord|deal|peace))"
)
_COUNTED_BREACHES = re.compile(
    r"\b(?:record|count|regist|log|document|tall)\w*\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:violations|breaches)\b",
    re.IGNORECASE,
)
# sides that did not agree on a truce: neither agreed nor rejected it
_FAILED_TO_AGREE = re.compile(
    r"\b(?:without\s+(?:agreeing|signing|(?:reaching\s+)?(?:an?\s+|any\s+)?(?:agreement|deal))"
    r"|(?:failed|fail|fails|unable)\s+to\s+(?:agree|reach\s+(?:an?\s+)?(?:agreement|deal)))"
    r"(?:\s+(?:to|on|over))?\s+(?:(?:an?|any|the)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "ended without any formal truce", "without a breakthrough on a ceasefire"
_WITHOUT = re.compile(
    r"\bwithout\s+(?:any\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:breakthrough|progress|agreement|deal|accord)\s+(?:on|over|towards?)\s+"
    r"(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
# "would agree to", "could only agree to": a modal before "agree" (its word kept: "could" and
# "might" offer even without terms)
_MODAL_BEFORE = re.compile(r"\b(would|will|could|might)\s+(only\s+)?$", re.IGNORECASE)
# terms that ask something of others (not "until the end of January": a date)
_OTHERS_DEED = re.compile(
    r"\b(?:if|provided|unless|once|as long as|only after|in exchange)\b", re.IGNORECASE
)
# an adverb between a subject or a modal and its verb: "now", "also", "fully"
_ADVERB = r"(?:\w+ly|now|also|still|first)"
_OUGHT_BEFORE = re.compile(
    rf"\b(?:should|must|ought\s+to|needs?\s+to|have\s+to|has\s+to)\s+(?:{_ADVERB}\s+)?$",
    re.IGNORECASE,
)
# "we must accept": the speaker's own duty, no call on another
# ("said they would have to accept": a pronoun for the speaker's own side, as often as not)
_FIRST_PERSON_OUGHT = re.compile(
    r"\b(?:we|I|they|it)\s+(?:(?:\w+ly|will|would|shall|now|also)\s+){0,2}$", re.IGNORECASE
)
_OWN_INFINITIVE = re.compile(
    r"\b(?:ready|prepared|willing|able|agreed|decided|refused|declined|wanted|wants|plans?|"
    r"planned|intends?|intended|vowed|pledged|promised|threatened|"
    # "the cabinet voted unanimously to accept"
    r"vot(?:e|es|ed)(?:\s+\w+ly)?)\s+to\s+$",
    re.IGNORECASE,
)
# "the Jeddah agreement", "the Minsk accords", "the Doha understanding": a deal named after its
# place (kept out of the lexicon's triggers, whose one case-insensitive pattern it would slow
# down; a capitalised "Minerals Agreement" is a treaty's title, not a truce)
_DEAL_NAME = (
    r"\b(?!(?:The|This|That|These|Those|Such|Previous|Earlier|Later|No|Any|Other|Several|Both|"
    r"An?|Its|Their|His|Her|Trade|Paris|Abraham)\b)[A-Z][a-z]+[ ]"
)
# ("the Jeddah declaration": a deal named by its place; not "the Universal Declaration")
_DEAL_NOUNS = r"(?:agreements?|accords?|understandings?|declarations?)\b"
_NAMED_DEAL = re.compile(rf"{_DEAL_NAME}{_DEAL_NOUNS}")
_DEAL_NOUN = re.compile(rf"(?<=[ ]){_DEAL_NOUNS}")
_NAME_BEFORE_DEAL = re.compile(rf"{_DEAL_NAME}$")


# "the Washington Accords", "the Pretoria Agreement": a deal's title, named after a capital
# (not "the Minerals Agreement" or "the Abraham Accords", which name no place, nor the Paris
# Agreement on climate; a capital's "Declaration" is as often a unity or defence pact)
_TITLED_DEAL = re.compile(r"\b[A-Z][a-z]+[ ](?:Agreements?|Accords?)\b")
_TITLE_NOUN = re.compile(r"(?<=[ ])(?:Agreements?|Accords?)\b")
_TITLE_NAME = re.compile(r"\b(?!Paris\b)[A-Z][a-z]+[ ]$")


class NamedDeals:
    """`_NAMED_DEAL`'s `finditer` and `search`, found from the rare nouns back to the name
    before them, not by trying the name at every word (the same matches); with `capitals`
    (the table's, folded), a capitalised title named after one of them too."""

    def __init__(self, capitals: frozenset[str] = frozenset()) -> None:
        self.capitals = capitals

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        named = self._named(text, pos, endpos)
        if not self.capitals:
            return named
        return heapq.merge(named, self._titled(text, pos, endpos), key=lambda m: m.start())

    def _named(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        for noun in _DEAL_NOUN.finditer(text, pos, endpos):
            name = _NAME_BEFORE_DEAL.search(text, max(pos, noun.start() - 48), noun.start())
            if name is not None:
                found = _NAMED_DEAL.match(text, name.start(), endpos)
                if found is not None:
                    yield found

    def _titled(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        for noun in _TITLE_NOUN.finditer(text, pos, endpos):
            name = _TITLE_NAME.search(text, max(pos, noun.start() - 30), noun.start())
            if name is not None and plain(name.group()) in self.capitals:
                found = _TITLED_DEAL.match(text, name.start(), endpos)
                if found is not None:
                    yield found

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


# A truce's state told as a condition on what comes ("until the truce had held", "unless the
# deal collapsed"): no past of it
_FUTURE_CONDITION = re.compile(
    r"\b(?:until|unless|once|if|as\s+soon\s+as)\s+(?:the|a|an|this|that|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|deal|agreement|accord|pause)\s+$",
    re.IGNORECASE,
)
_UNILATERAL = re.compile(r"\bunilateral", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\beach\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# "breached the truce, which took effect at midnight": a relative clause describing the truce
_DESCRIBING = re.compile(r"\s*,?\s*(?:which|that)\s+(?:had\s+|has\s+|was\s+|were\s+)?$")
_QUESTION = re.compile(r"\?[\s\"'\u201d\u2019)]*$")
# a question quoted or in brackets inside a report ('rejected it, asking "why stop now?"')
_QUOTED_OR_ASIDE = re.compile(r"[\"\u201c\u201d(]")
_SINCE = re.compile(
    r"\bsince\s+(?:the|a|an|this|that|its|their|[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SINCE_REACH = 50
_RECIPROCATE = re.compile(r"reciprocat", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:-(?:19|20)?\d\d)?\s+(?:[\w-]+\s+)?$")
_DATED_ACT_AFTER = re.compile(
    r"\s+(?:agreed|signed|brokered|reached|declared|mediated)\s+(?:[\w-]+\s+){0,4}?in\s+"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)
# "convoys should enter during the truce": the truce is only the time frame of an obligation
_OBLIGATION = re.compile(r"(?:should|must|need(?:s|ed)? to)\b", re.IGNORECASE)
# "called the truce a first step but said it must be followed by talks": what should come after
# a truce already named, no call for one
_FOLLOWED_BY = re.compile(
    r"(?:should|must|need(?:s|ed)?\s+to)\s+(?:be\s+)?(?:followed|accompanied|complemented|"
    r"matched)\s+by\b|(?:should|must|need(?:s|ed)?\s+to)\s+(?:lead|pave)\b",
    re.IGNORECASE,
)
# "said the announcement of the truce had been a stunt": an act noun opening a reported clause
_REPORTED_ACT_NOUN = re.compile(
    r"\b(?:said|says|added|insisted|argued|claimed|stressed)\s+(?:that\s+)?the\s+$", re.IGNORECASE
)
# "went to greet Thai troops in line with the truce": the truce as the rule an act kept
_TRUCE_AS_GUIDE = re.compile(
    r"\b(?:in\s+line\s+with|in\s+accordance\s+with|under|as\s+part\s+of|despite)\s+"
    r"(?:the|this|that|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "it must be respected": a pronoun for the truce as the subject of an obligation
_IT_BEFORE = re.compile(r"\b(?:it|this|that|they)\s+$", re.IGNORECASE)
# "it was agreed between them that both sides would stop": a deal's terms follow
_TERMS_AGREED = re.compile(r"\bagreed\b[^.;:]{0,40}?\bthat\b[^.;:]*$", re.IGNORECASE)
# "Asked whether the army would accept a truce": a question put, no act told
_ASKED_WHETHER = re.compile(r"\basked\b[^.;:]{0,40}?\b(?:whether|if)\b[^.;:\"“”]*$", re.IGNORECASE)
# "the rebels have not said whether they will observe it", "it is unclear whether the army
# accepted": an act left open is not told
_WHETHER_UNKNOWN = re.compile(
    r"\b(?:(?:not|never|yet\s+to)\s+(?:yet\s+|publicly\s+|immediately\s+)?(?:said|say|stated|"
    r"state|indicated|indicate|confirmed|confirm|announced|announce|decided|decide|made\s+clear|"
    r"clarified|clarify|specified|specify)|(?:declined|refused)\s+to\s+(?:say|confirm|specify)"
    r"|no\s+word\s+on|unclear|uncertain|unknown|not\s+(?:immediately\s+|yet\s+)?(?:clear|known))"
    r"\s+(?:whether|if)\b(?:,[^,.;]{1,80},)?"
    # (within its clause: not "... has not said whether it will join, but Israel accepted")
    r"(?:(?!,\s+(?:and|while|though|although|after|because|since)\b(?!\s+whether\b)"
    r"|,?\s+(?:but|even\s+though)\b)[^.;:\"“”])*$",
    re.IGNORECASE,
)
# ", a charge the army rejected": what is rejected is an accusation, not a truce
_CHARGE_BEFORE = re.compile(
    r"\b(?:charges?|accusations?|allegations?|claims?|reports?)\b(?:\s+that)?[^,.;:]{0,50}$",
    re.IGNORECASE,
)
# "Neither the army nor the RSF has (accepted)": the act's subject, then only auxiliaries
_NEITHER_NOR = re.compile(
    r"\b(?i:neither)\b[^.;:]{0,80}?\b(?i:nor)\s+(?:(?i:the)\s+)?"
    r"(?:[A-Z][\w'’-]*\s+|(?:de|del|al|el|la|of)\s+){1,6}"
    r"(?:(?:has|have|had|did|does|was|were|is|are|yet|ever|formally|publicly)\s+)*$"
)
# the truce as an obligation's time frame ("during the truce"), with _OBLIGATION above
_TRUCE_AS_FRAME = re.compile(
    r"\b(?:during|throughout|under|for the duration of|in the course of)\s+"
    r"(?:the|this|that|a|an|its)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DEAL_BETWEEN = re.compile(
    r"\b(?:agreement|deal|truce|cease[- ]?fire|accord|pact|understanding|arrangement|"
    r"cessation)s?\b(?=(?:\s+(?!between\b)[\w-]+){0,8}?\s+between\s+)",
    re.IGNORECASE,
)
_WOULD_WELCOME = re.compile(r"(?:would|will)\s+(?:also\s+)?welcome\b", re.IGNORECASE)
_PAST_FORM = re.compile(r"[a-z]+ed\b")
_BASE_VERB = re.compile(
    r"(?:accept|reject|declare|agree|propose|offer|call|urge|demand|sign|respect|observe|abide|"
    r"honou?r|uphold|extend|violate|breach|break|refuse|dismiss|announce|order)\b",
    re.IGNORECASE,
)
# (and the irregular ones of the act verbs: "The Houthis broke a truce the coalition declared")
_PAST = re.compile(r"\w+ed\b|(?:broke|tore|withdrew|swore|undertook|threw)\b")
# "Hamas's violation of the ceasefire brokered by Egypt": a noun governing the truce
_GOVERNS_TRUCE = re.compile(
    r"\w*\s+of\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE
)
# "urged Ethiopia and Eritrea to respect the": a call to keep a truce, up to its words
_CALLED_TO_KEEP = re.compile(
    r"\w*\s+(?:[\w.'\u2019-]+\s+){1,6}?to\s+(?:respect|observe|uphold|honou?r|abide\s+by|"
    r"adhere\s+to|comply\s+with|implement|maintain|keep\s+to|stick\s+to|return\s+to)\s+"
    r"(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
_OWNER_S_NOUN = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+)?$")
_BE = re.compile(r"(?:is|are|was|were|be|been)\s", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"(?:will|would|shall|must|should|could|can|may|might|is|are|was|were|remains?|remained|"
    r"stays?|did|does|do|had|has|have)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r",\s*\w+ing\b")
# (after the one word a call opens with when it names what must stop, as the lexicon's call
# pattern does: "the bloodbath has to end")
_MODAL = re.compile(
    r"(?:[a-z-]+\s+[\"“]?)?(?:must|should|needs?|has\s+to|had\s+to|have\s+to)\b", re.IGNORECASE
)
_HYPOTHETICAL = re.compile(r"\b(?:if|whether|any)\b[^,;]*$", re.IGNORECASE)
# a breach told as a deed done "during the truce" by a speaker who accuses, a speech frame of
# the sentence (not "aid flowed in during the truce", "talks continued during the truce"; not
# "Hamas fired no rockets", "denied that it had shelled", "it struck RSF positions": a deed
# denied, or the speaker's own)
_DURING_TRUCE = re.compile(r"(?:during|throughout|in\s+the\s+middle\s+of)\b", re.IGNORECASE)
_DEED_BEFORE = re.compile(
    r"\b(?:struck|hit|shell(?:ed|ing)|attack(?:ed|ing)|bomb(?:ed|ing)|fired|killed|pounded|"
    r"raided|launched|kept\s+up|opened\s+fire|stormed)\b[^.;]*$",
    re.IGNORECASE,
)
# a halt refused outright ("would not stop its offensive"), which only its own side can refuse
_REFUSED_HALT = re.compile(r"(?:(?:will|would|shall)\s+not|won['\u2019]t)\s", re.IGNORECASE)
_OWN_SIDE_BEFORE = re.compile(
    r"\b(?:its|their|our|we|it|they|I)\b(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE
)
_DEED_DENIED = re.compile(r"\b(?:no|not|never|denied|denies|deny|denying|without)\b", re.I)
# a call that asks for something else than a halt, after a truce named earlier in the sentence:
# "accused the RSF of breaking the truce and called on the mediators to hold it responsible",
# "called for an investigation into the violation"
_OTHER_REQUEST = re.compile(
    r"\s+(?:(?:on|upon)\s+)?(?:[\w'’-]+\s+){0,6}?to\s+(?:hold|condemn|investigate|punish|"
    r"pressure|press|sanction|prosecute|bring|expel|arrest|protect|deliver|allow|open|provide|"
    r"evacuate|intervene|act|take|document|denounce)\b(?![^.;]{0,60}\b(?:truce|cease-?fire|"
    r"armistice)\b)"
    r"|\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe|"
    r"accountability|sanctions|justice|calm|restraint|protection|access)\b"
)
# the terms of a deal: "in return for a permanent end to the war"
_IN_RETURN_FOR = re.compile(
    r"\bin\s+(?:return|exchange)\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# a declaration's verb inside a condition: "if Israel stopped its offensive"
_IN_CONDITION = re.compile(
    r"\b(?:if|unless|until|provided(?:\s+that)?|as\s+long\s+as|on\s+condition\s+that)\s+"
    r"[^,;:.!?]{0,80}$",
    re.IGNORECASE,
)
# Act verbs that make an act of their own when this close to a ceasefire word, beside the act
# nearest each ceasefire word: "declared a truce that the rebels dismissed".
_NEAR = 45
# "acceptance of", "rejection of", "refusal of": an act noun with its object
_ACT_NOUN_OF = re.compile(r"[a-z]*(?:ance|ion|sal)\s+of\s", re.IGNORECASE)
_EXTENDING = r"(?:extend|prolong|renew)"  # verbs that prolong a truce
_EXTENDS_VERB = re.compile(_EXTENDING, re.IGNORECASE)
_EXTENDS_IT = re.compile(rf"{_EXTENDING}(?:s|ed)?\s+it\b", re.IGNORECASE)
_EXTENDS_REFERENCE = re.compile(rf"\b{_EXTENDING}(?:s|ed|ing)?\s+$", re.IGNORECASE)
_TRUCE_OVER = re.compile(
    r"(?:truce|cease-?fire)s?\b[^.;]{0,40}?\b(?:over|dead|finished|void|at an end)\b", re.I
)
# a deal named again by its start ("took effect"), not its lasting ("remained in effect")
_STARTED = re.compile(
    r"\b(?:took\s+effect|(?:came|went|entered)\s+into\s+(?:force|effect))\b", re.IGNORECASE
)
_NOT_STARTED = re.compile(r"\b(?:never|not|no\s+longer|yet\s+to)\s+(?:\w+\s+)?$", re.I)
# "the three-phase agreement", "the November 27 deal" (not "the trade agreement")
_TRUCE_DEAL_REFERENCE = re.compile(
    r"(?i:the|this|that|its|their)\s+(?:(?:[\w’'-]+-[\w’'-]+|\d+|[A-Z][\w’'-]*|truce|"
    r"ceasefire|cease-fire|peace|humanitarian|nationwide|bilateral|new|latest|temporary|"
    r"permanent|initial|first|second|phased)\s+){0,3}"
    r"(?:deal|agreement|accord|arrangement|understanding|pause)"
)
_AGREED_TO_REFERENCE = re.compile(r"agree[ds]?\s+to\s+", re.IGNORECASE)
_NEAR_PASSIVE = 100
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\b(?:and|but)\s+(?:the|its|their)\b")
_BY_AFTER = re.compile(r"\w*\s+by\s")  # the verb scan ends at its stem
_BY_WAY_OF = frozenset({"in", "through", "via"})  # "in a statement", "through a letter"
_NEAR_ACTS = frozenset({"reject", "accept", "declare", "violation_alleged", "offer", "agree"})
# "the truce they had signed", "the deal it accepted": a clause that describes the truce
_CONTACT_CLAUSE = re.compile(
    r"\b(?:(?:that|which)\s+)?(?:they|it|he|she|we|both sides)\s+"
    r"(?:(?:had|have|has|was|were|had been|has been)\s+)?$",
    re.IGNORECASE,
)
# "a ceasefire the two neighbours had agreed hours earlier": a truce described by a clause with
# no pronoun, whose verb tells again what another act names
_CONTACT_NAMED = re.compile(r"[\w-]+\s+the\s+(?:[\w-]+\s+){0,3}(?:had|have|has)\s+")
# Acts that a word referring back to a truce can carry, and how close their verb must be.
_REFERRING_ACTS = frozenset({"violation_alleged", "accept", "reject", "call"})
# Another thing of a reference's kind brought in after the truce was last named, under its own
# maker or with its own object ("The sides agreed a truce. Uganda then offered to host talks.
# The M23 welcomed the offer.", "Kenya proposed a summit", "an offer of aid", "a plan for the
# city's reconstruction"): "the offer" is that one, not the truce (not "offered no comment",
# "accepted a proposal by the mediators", "reached an agreement after weeks of talks": the truce
# itself, told again). By the reference's head word.
_NOT_A_TRUCE = (
    r"(?!(?:an?\s+|the\s+|to\s+)?(?:[\w-]+\s+){0,2}?(?:truce|cease|pause|halt|cessation))"
)
_BROUGHT_IN = r"(?:an?|[\w.'’-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
_INTRODUCED = (
    (
        re.compile(r"\boffers?\b", re.IGNORECASE),
        re.compile(
            r"\b[A-Z][\w.'’-]*\s+(?:(?:also|then|later|has|had|on\s+\w+day)\s+)*offered\s+"
            r"(?:on\s+\w+day\s+)?to\s+(?:(?i:mediate|host|broker|facilitate|send|provide|deploy)\b|"
            rf"{_NOT_A_TRUCE})|(?i:\b{_BROUGHT_IN}offer\s+(?:of|to)\s+{_NOT_A_TRUCE})"
        ),
    ),
    (
        re.compile(r"\bproposals?\b", re.IGNORECASE),
        re.compile(
            r"\b[A-Z][\w.'’-]*\s+(?:(?:also|then|later|has|had)\s+)*proposed\s+"
            rf"(?:on\s+\w+day\s+)?(?:an?\s+|to\s+){_NOT_A_TRUCE}|"
            rf"(?i:\b{_BROUGHT_IN}proposal\s+(?:for|to|on)\s+{_NOT_A_TRUCE})"
        ),
    ),
    (
        re.compile(r"\bplans?\b", re.IGNORECASE),
        re.compile(rf"(?i:\b{_BROUGHT_IN}plan\s+(?:for|on)\s+{_NOT_A_TRUCE})"),
    ),
    (
        re.compile(r"\binitiatives?\b", re.IGNORECASE),
        re.compile(rf"(?i:\b{_BROUGHT_IN}initiative\s+(?:for|on)\s+{_NOT_A_TRUCE})"),
    ),
)
_NEAR_REFERENCE = 80
# The words just before an act verb name its subject ("the two sides had agreed").
_SIDES_ACT = re.compile(
    r"\b(?:sides|parties|countries|belligerents|factions|camps|combatants|armies|generals|"
    r"delegations|neighbou?rs|rivals|groups|(?<=\bthe\s)two)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_RECIPROCAL = re.compile(
    r"\b(?:each other|one another|"
    r"each (?:side |party |of the (?:[\w-]+ ){0,2}?(?:sides|parties|neighbou?rs|countries|"
    r"camps|rivals|armies|states) )?(?:(?:has|have|had) )?(?:since |again |also |now |[a-z]+ly )?"
    r"(?:accus|blam)\w* the other|"
    r"(?:trad|exchang)\w* (?:accusations|blame)|mutual (?:accusations|recriminations)|"
    r"accusations? (?:from|by) (?:each|either|both) (?:side|party|sides|parties) that "
    r"(?:the other|they))\b",
    re.IGNORECASE,
)
# "announced that the two sides had agreed", "a truce announced by the envoy": the announcer
# reports or brokers the act, and declares nothing.
_REPORTING = re.compile(
    # (a time told before "that": "on Tuesday", "on 12 March", "late on Monday", "on Tuesday,
    # March 12,", "in a statement")
    r"\w*,?\s+(?:(?:late\s+|early\s+)?(?:on|in|this|last)\s+(?:[\w']+,?\s+){1,3}?)?(?:that|by)\b"
    # (but "announced that it was suspending operations": the announcer's own act)
    r"(?!\s+it\s+(?:was|is|had|has|would|will)\b)",
    re.IGNORECASE,
)
# a speaker after a comma, before its verb: ", Malaysia announced", ", the envoy declared"
_FRAME_AFTER = re.compile(r",\s+(?:[\w.'’-]+\s+){1,5}$")
_OTHERS_ACT = re.compile(
    r"\b(?:agreed|signed|reached|accepted|struck|sealed|concluded|inked|endorsed)\b"
)
# the verb's clause ends with no object: ". ", " after hosting", " on Monday"
_OBJECTLESS = re.compile(
    r"\w*\s*(?:[.;:!?]|$|,|[\"”]|\s+(?:on|in|after|before|late|earlier|today|yesterday|last|"
    r"this|at|via|during|while|when|as|following)\b)"
)
_ANNOUNCED_BY = re.compile(
    r"(?:announc|declar)\w*(?:\s+(?!by\b)[\w-]+){0,4}?\s+by\s+", re.IGNORECASE
)
# "welcomed the announcement by Ethiopia on Monday of a unilateral truce": the noun, its agent,
# then the truce the act word ("unilateral") names
_ANNOUNCEMENT_BY = re.compile(r"\b(?:announcement|declaration)\s+by\s+", re.IGNORECASE)
_OF_THE_ACT = re.compile(r"\bof\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "a moratorium that Putin agreed": the truce one party agreed to, in a relative clause
_AGREED_TRUCE = re.compile(r"\b(?:that|which)\s+(?:[\w-]+\s+){1,4}$", re.IGNORECASE)
# a truce's own start, which no side does to it: "a truce between A and B, which C backs, took
# effect" (the relative clause before the verb is not the truce's)
_TRUCE_STARTS = re.compile(
    r"(?:took|takes|take|taking)\s+effect\b|(?:came|comes|come|went|goes|go|entered|enters)\s+"
    r"into\s+(?:force|effect)\b",
    re.IGNORECASE,
)
_ONE_SIDE_AGREES = re.compile(
    # "agreed to", "agreed in principle to", "agreed on Thursday to", "agreed last week to"
    r"agreed\s+(?:in\s+principle\s+|(?:(?:late|early)\s+)?(?:on\s+)?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|evening|morning))?\s+|"
    r"last\s+(?:week|month|night)\s+|(?:on|in)\s+[A-Z][a-z]+\s+\d{1,2}\s+)?to\b",
    re.IGNORECASE,
)
# "agreed that a truce was needed": an opinion shared, not a deal made by the subjects
_AGREED_THAT = re.compile(r"agree[ds]?\s+that\b", re.IGNORECASE)
# ("a truce, brokered by Angola between Congo and Rwanda": an aside's commas included)
_BETWEEN = re.compile(
    r"[\w-]+(?:(?:,(?!\s+(?:but|while|and|yet|although|though|whereas|as)\b))?\s+"
    r"(?!between\b)[\w-]+){0,8}?\s+between\s+"
)
_AND = re.compile(r"\s+and\s+")
_CALL_RANK = ACTS.index("call")  # the lexicon scans the acts in ACTS' order
# nothing but spaces and an adverb or two: "Russia must now", "the rebels should also"
_ADVERBS_ONLY = re.compile(rf"\s*(?:{_ADVERB}\s+){{0,2}}", re.IGNORECASE)
# the end of an aside, right before the act's verb: ", among others, called for"
_ASIDE_CLOSE = re.compile(
    r"(?:,?\s+(?:among|and)\s+others)?\s*,\s+(?:[a-z]+ly\s+|on\s+\w+day\s+)?", re.IGNORECASE
)
# what closes a list of names, where commas alone may not ("A, B and C"; "A, with B")
_LIST_CLOSING = re.compile(r"\band\b|&|\bwith\b|\bas\s+well\s+as\b|\balongside\b", re.IGNORECASE)
# a speech or broker's verb right after a list: its names are the verb's subjects
_TOLD_AFTER_LIST = re.compile(
    r"\s+(?:(?:[a-z]+ly|jointly|also)\s+)?(?:said|say|says|announced|announce|announces|added|"
    r"confirmed|stated|told|reported|brokered|mediated|declared)\b",
    re.IGNORECASE,
)
# what may open a list of sides before its first name: "between the Sudanese army and ..."
_LIST_OPENING = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
# a side of a deal named only as the state ("a peace agreement between the state and the FARC")
_THE_STATE = re.compile(r"the\s+(?:state|government|authorities)\b(?![\w'’-])", re.IGNORECASE)
# "Afghanistan's Taliban government": the possessive only places the party named after it
_POSSESSOR = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}$")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
# "announced its acceptance of", "expressed their rejection of": the subject's act told as a noun
_OWN_ACT_TOLD = re.compile(
    r"\b(?:announc|declar|express|confirm|reiterat|reaffirm|signal|communicat)\w*\s+"
    r"(?:its|their|his|her)\s+$",
    re.IGNORECASE,
)
_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
# a clause that goes on after the truce's own: "..., as the two sides traded accusations"
_LATER_CLAUSE = re.compile(
    r";|,\s*(?:as|while|whereas|but|although|though|even as|amid|with)\b"
    # (", a call Addis Ababa dismissed": the act named again, then another party's answer)
    r"|,\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:call|proposal|initiative|move|offer|plan|appeal|"
    r"demand|request|gesture|decision|announcement)\b",
    re.IGNORECASE,
)
_NEXT_CLAUSE = re.compile(r";|,\s*(?:but|while|whereas|although|though)\b", re.IGNORECASE)
_TO_TAKE_UP = re.compile(
    r"(?<!\bnot )(?<!\bnever )\bto\s+(?:accept|sign|agree\s+to|approve|endorse|implement|embrace)"
    r"\s+$",
    re.IGNORECASE,
)
# (the deal itself, bare: not "the IMF deal", "the mining agreement", "the deal on grain")
_BARE_DEAL = re.compile(
    r"(?:the|this|that)\s+(?:deal|agreement|accord|plan|proposal|arrangement|terms|offer)\b"
    r"(?!\s+(?:on|over|for|with|to|covering)\b)",
    re.IGNORECASE,
)
_WELCOMED_NOW = re.compile(r"welcom", re.IGNORECASE)
# "welcomed the agreement", "endorsed the plan", "backed the proposal": a truce named before,
# taken up (not "welcomed the US call for a pause", a truce word of its own later)
_TAKEN_UP = re.compile(
    r"(?:welcom|endors|back)\w*\s+(?![^.;]{0,150}?\b(?:truce|cease|pause|halt|cessation|armistice))",
    re.IGNORECASE,
)
# who takes a deal up: a name, a pronoun or a side's body right before the verb ("the cabinet
# endorsed", "Hamas leaders backed"; not "Russian state media welcomed", "Israeli hostage
# families welcomed": people of a side's nation are not the side)
_SIDE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.'’-]*|\b(?:it|they|he|she|government|cabinet|army|military|ministry|council|"
    r"command|leadership|leaders?|movement|rebels|forces|junta|authorities|administration|"
    r"parliament|office|spokes(?:man|woman|person)|commanders?|president|minister|delegation|"
    r"group|alliance|front|side|officials|negotiators|representatives|members|statement)|,)"
    r"(?:\s+(?:has|have|had|also|[a-z]+ly))*\s+$"
)
_READY = re.compile(r"ready to\b", re.IGNORECASE)
# "would observe a cessation of hostilities": a promise to keep a new truce (not "would respect
# the truce as long as Israel did": a yes to the one in force)
_PROMISE = re.compile(
    r"(?:will|would|shall)\s+(?:[\w-]+\s+){1,3}?an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:truce|cease|cessation|pause|halt)",
    re.IGNORECASE,
)
# What tells one truce from another of the same sides: its length, or its year
_LENGTH = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty)[- ]"
    r"(?:hour|day|week|month)s?\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NEAR_AGENT = 90
# "signed in Bishkek in May 1994 by", "agreed by": an agreement's passive agents follow
_AGENT = re.compile(r"(?:signed|agreed)(?:\s+(?!by\b)[\w-]+){0,6}?\s+by\s+", re.IGNORECASE)
# "the army accused the RSF of repeatedly breaking the truce": the accuser is the subject of
# "accused", the one accused its object
_ACCUSED_OF = re.compile(
    r"\baccus\w*\s+(?!by\b)[^.;]{1,80}?\s+of\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# "the RSF was accused by the army of breaking the truce": the agent accuses the subject
_PASSIVE_ACCUSED = re.compile(r"\b(?:is|are|was|were|been|being)\s+$", re.IGNORECASE)
_ACCUSED_BY = re.compile(
    r"\baccus\w*\s+by\s+(?P<agent>[^.;]{1,80}?)\s+of\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# "the plan was rejected outright by the RSF", "the truce, violated by Russian forces ...": a
# passive act verb (after a form of "be", or a participle after a comma) and its agent
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|been|being|be)\s+(?:(?:[\w-]+ly|also|again|later|then|soon)\s+)?"
    r"|,\s*)$",
    re.IGNORECASE,
)
# "the proposal was accepted by Hamas but rejected by Israel": a second passive sharing the "be"
_ELLIPTICAL_PASSIVE = re.compile(
    r"\b(?:but|and|yet)\s+(?:(?:[\w-]+ly|also|again|later|then|soon)\s+)?$", re.IGNORECASE
)
_EARLIER_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?\w+ed\s+by\b", re.IGNORECASE
)
_WILL_HALT = re.compile(
    r"(?:would|will)\s+(?:stop|halt|cease|suspend|pause|hold\s+(?:its|their|our|his)\s+fire)\b",
    re.IGNORECASE,
)
_TIME_FRAME = re.compile(
    r"\b(?:(?:from|starting|beginning|as of|until|till|through|at)\s+(?:midnight|noon|dawn|"
    r"\d[\w:.]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|tomorrow|today|tonight)|"
    r"for\s+(?:the\s+next\s+|another\s+|a\s+further\s+|an\s+additional\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|ten|a)[\s-]+"
    r"(?:days?|hours?|weeks?|months?)"
    # a holiday or a vote it is kept for: "would halt operations for Ramadan", "during the
    # elections"
    r"|(?:for|during|over|throughout)\s+(?:the\s+)?(?:holy\s+month\s+of\s+)?(?:Ramadan|Eid|"
    r"Christmas|Easter|New\s+Year|Nowruz|Diwali|Tet|(?:[\w-]+\s+)?holidays?|(?:[\w-]+\s+)?"
    r"elections?|(?:[\w-]+\s+)?festival|(?:[\w-]+\s+)?vote))\b"
)
_NEAR_FRAME = 100
_COUNTERPART = re.compile(
    r"\band\s+(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b", re.IGNORECASE
)
_TRUCE_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:truce|ceasefire|cease-fire|pause|cessation of hostilities|proposal|plan|offer)s?\s+$",
    re.IGNORECASE,
)
# ("declared unilaterally by Putin": an adverb between)
# ("a ceasefire called for by Putin": a call's own particle)
# ("a truce declared on 4 August by the LRA": its date may come before its agent)
_PARTICIPLE_BY = re.compile(
    r"[\w-]+ed\s+(?:[a-z]+ly\s+|for\s+|(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?\s+)?"
    r"by\s",
    re.IGNORECASE,
)
_PASSIVE_BY = re.compile(r"[\w-]+(?:\s+(?!by\b)(?:on\s+[A-Z]\w+|[a-z][\w-]*)){0,2}\s+by\s+")
# "Grundberg's proposal ... would have extended the truce": a proposal, then what it would do
_PROPOSAL_SUBJECT = re.compile(
    r"\W*(?:[\w.'’-]+\s+){0,3}?(?P<noun>proposal|plan|offer|initiative|draft|roadmap)\b[^.;]*?"
    r"\b(?:would|will|could|might)(?:\s+have)?\s+$",
    re.IGNORECASE,
)
# "ceasefires", "separate truces": several deals, one of each subject with the other side
_SEPARATE_DEALS = re.compile(
    r"(?:separate\s+(?:[\w-]+\s+)?)?(?:cease-?fires|truces|armistices)\b"
    r"|separate\s+(?:[\w-]+\s+)?(?:cease-?fire|truce)\b",
    re.IGNORECASE,
)
# "signed a truce with the rebels": the other side of the deal follows "with"
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
# "a truce with Druze religious leaders", "with local elders": a counterpart the text does not
# name as a party, so not the war's other side
_WITH_UNNAMED = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){0,3}?(?:leaders|elders|notables|chiefs|representatives|"
    r"tribes|clans|communities|sheikhs|dignitaries)\b",
    re.IGNORECASE,
)
# "with Saudi-American mediation", "with Qatar's help": a broker, not the other side
# ("with Turkey acting as a mediator", "with Qatar and Egypt as mediators")
_BROKER_AFTER = re.compile(
    r"(?:-[\w-]*|['\u2019]s)?\s+(?:mediation|help|support|backing|assistance|facilitation)\b"
    r"|(?:\s+and\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?\s+(?:acting\s+)?as\s+"
    r"(?:an?\s+|the\s+)?(?:mediators?|brokers?|guarantors?|hosts?|facilitators?|go-betweens?)\b",
    re.IGNORECASE,
)
# "Russia's offer of", "an appeal by the UN for": an offer or a call made by a party
_ASKED_NOUN = r"(?P<noun>offer|proposal|plan|initiative|call|appeal|demand|plea|request)s?"
_ASKED_AFTER_OWNER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?" + _ASKED_NOUN + r"\s+(?:of|for|to)\b", re.IGNORECASE
)
# "... by the", "... made from": where the maker of an act told as a noun is named
_BY_MAKER = r"\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?"
_ASKED_BEFORE_AGENT = re.compile(r"\b" + _ASKED_NOUN + _BY_MAKER + r"(?:[A-Z][\w.-]*\s+){0,3}$")
_BODY_OF = re.compile(
    r"(?:the\s+)?(?:office|government|cabinet|presidency|leadership|command|spokes(?:man|woman|"
    r"person)|ministry|delegation)\s+(?:of|for)\s+",
    re.IGNORECASE,
)
# "received a new truce proposal", "was studying the plan": an offer made to the subject
_RECEIVED_NOUN = re.compile(
    r"\b(?:received|receives|receiving|got|studying|studied|reviewing|considering|examining|"
    # ("had not discussed any proposal for a ceasefire": nobody's offer)
    r"discussed|discussing|been\s+handed)\s+(?:an?|the|any)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# between two makers of one act: "France, Germany and Poland"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_CALL_NOUNS = frozenset({"call", "appeal", "demand", "plea", "request"})
# "an offer of a ceasefire from X": the maker named after the truce
_ASKED_FROM = re.compile(r"\s+(?:made\s+)?(?:from|by)\s+(?:the\s+)?")
_ASKED_NOUN_BEFORE = re.compile(
    r"\b" + _ASKED_NOUN + r"\s+(?:of|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# between the maker and the truce it asks for: "(a call by X) for a truce"
_FOR_TRUCE = re.compile(r"[^.;:]*?\bfor\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# An act told as a noun with its maker: "calls from Egypt and Qatar for a truce", "a demand by
# the AU for a pause", "the Quad's push for a truce"
_ACT_NOUN = re.compile(r"(?:calls?|demands?|appeals?|push|pleas?)\b(?!\s+(?:on|upon)\b)", re.I)
# "the rebels' offer of a truce": an offer or proposal whose owner is told in the possessive
_OFFER_NOUN = re.compile(r"(?:offers?|proposals?|plans?|initiatives?)\b", re.I)
# "a truce (that) the coalition declared", up to its subject's name (a title may precede it)
_OBJECT_RELATIVE = re.compile(
    rf"\b(?-i:{TRUCE_NOUNS})s?\s+(?:that\s+|which\s+)?"
    # (not "a truce with the Arakan Army announced on Sunday": a phrase, then a participle)
    r"(?!(?:with|against|between|in|on|for|of|by|from|to|at|under|over|across|near|among|after|"
    r"before|during|along|around|until|since)\b)" + clause_up_to_verb(),
    re.IGNORECASE,
)
# a clause whose subject is "they", up to its verb: '"They announced'
_THEY_LEAD = re.compile(r"\W*[Tt]hey\s+(?:(?:had|have|has|also|then|just|now)\s+)?")
# "a ceasefire could only work if": terms set for a truce (the lexicon's offer that opens with
# the truce's word)
_TERMS_FOR_TRUCE = re.compile(
    r"(?:truce|ceasefire|cease-fire|pause)\s+(?:could|would|can|will|might|is|was)\b", re.I
)
# "a U.N. proposal for a three-hour pause": the proposal, up to the truce it proposes
_PROPOSAL_FOR = re.compile(
    r"\b(?:proposals?|plans?|initiatives?)\s+for\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "a U.S. proposal", "a U.S. truce proposal": from the owner's name to the noun
_OWNER_GAP = re.compile(r"\s+(?:(?:truce|ceasefire|cease-fire|peace)\s+)?")
_ADJECTIVES_JOINED = re.compile(r"-|\s+and\s+|\s*,\s*")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
# a halt to fighting, not a truce noun: "end more than a year of fighting between A and B"
_HALT_OF_FIGHTING = re.compile(r"(?:end|ending|ended|stop|halt)\b", re.IGNORECASE)
_WITH_OR_BETWEEN = re.compile(r"\b(?:with|between)\s+(?:the\s+)?$", re.IGNORECASE)
_ARTICLE_END = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
# "a truce that TPLF leaders dismissed": the party's people, then the verb
_MEMBERS_GAP = re.compile(
    r"\s+(?:leaders|officials|commanders|forces|fighters|troops|negotiators|delegates)\s+"
    r"(?:(?:had|has|have)\s+)?"
)
# a clause's subject named (not "the truce they declared")
_NAME_FIRST = re.compile(r"(?:[Tt]he\s+)?[A-Z]")
# between a relative clause's subject and its verb: an auxiliary at most (named apart from
# `_SUBJECT_GAP`, which had hidden it)
_RELATIVE_SUBJECT_GAP = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:(?:also|first|then|later)\s+)?")
# an aside that opens a relative clause: ", which has spent two years observing a truce"
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\b[^,;]*$", re.IGNORECASE)
# "Talks in Jeddah, brokered by Riyadh, on a seven-day truce": the truce is what the talks are
# about; the participle describes the talks, and nothing is agreed
_TALKS_ABOUT = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations)\b[^.;:\"“”]{0,120}?\s"
    r"(?:on|over|about|towards?)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "announced a ceasefire, saying it had been agreed": the truce announced is a deal
_SAID_AGREED = re.compile(
    r"\b(?:it|which|that)\s+(?:had|has|was|were|is)\s+(?:been\s+)?(?:agreed|negotiated)\b",
    re.IGNORECASE,
)
# "after the signing", "since the announcement": an act's noun that only dates something else
_TIME_BEFORE_NOUN = re.compile(
    r"\b(?:after|before|since|following|until|ahead\s+of)\s+(?:the|its|their)\s+$",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"\b[\w-]+(?:['\u2019]s|s['\u2019])\s+(?:[\w-]+\s+)?$")
# "its calls from Doha": the possessive makes them the owner's (the subject's reading stands)
_OWNED_NOUN = re.compile(r"\b(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?$", re.I)
# after the maker's name, what ends it: a list, the request itself ("for", "to"), a clause
_MAKER_END = re.compile(r"(?:\s*,|\s+(?:and|for|to|that|on|in|over|after|at|as|amid)\b|\s*[.;:]|$)")
_MAKER_AFTER = re.compile(_BY_MAKER)
_MAKER_BEFORE = re.compile(
    r"['\u2019]s\s+(?:(?:renewed|repeated|fresh|new|latest|urgent|joint)\s+)?$"
)
# between a subject and its verb: an adverb or two, an auxiliary, or an aside in commas
_SUBJECT_GAP = re.compile(r"(?:\s+[\w-]+){0,3}\s+|\s*,[^,;.]{1,80},\s+(?:[\w-]+\s+){0,2}")
_JOINED = re.compile(
    r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*"
    # "the United States and Norway, together with the European Union,"
    r"|\s*,?\s*(?:together\s+with|along\s+with|as\s+well\s+as|alongside)\s+)"
    r"(?:the\s+|(?:his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:counterparts?\s+)?"
    # "the ELN and the government of President X": the leader stands for his state
    r"|the\s+(?:government|administration|forces|army|military|troops)\s+of\s+(?:[\w.-]+\s+){0,2}"
    # "government troops and fighters of the MILF": the fighters stand for their group (not
    # "representatives of the African Union": a broker's envoys are no side)
    r"|(?:the\s+)?(?:fighters|forces|troops|soldiers|militants|combatants|units|militiamen)"
    r"\s+of\s+(?:the\s+)?)?$"
)


def _list_ending(text: str, refs: Sequence[Ref], last: int) -> list[Ref]:
    """The names joined into one list ("A, B and C", "A together with B") that ends with
    `refs[last]`."""
    first = last
    while first > 0 and _JOINED.match(text[refs[first - 1].end : refs[first].start]):
        first -= 1
    return list(refs[first : last + 1])


# "President Erdogan and President Putin": a leader's title before the next name of a list
_JOINED_TITLED = re.compile(
    r"^\s+and\s+(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Sheikh|"
    r"Foreign\s+Minister|Defen[cs]e\s+Minister|General)\s+$"
)
# An agreement told by its start ("the truce took effect"), not by the sides' own deal
_TOLD_ASIDE = re.compile(
    r"(?:came|come|comes|went|go|goes)\s+into\s+(?:force|effect)|took\s+effect|in\s+effect|"
    r"(?:took|take|takes|taking)\s+hold",
    re.IGNORECASE,
)
# "more fragile than at any time since it was signed", "a week after the deal was agreed": a
# time told by the deal's signing, which the article tells (or not) in its own words
_SIGNING_AS_TIME = re.compile(
    r"\b(?:since|after|before|when)\s+(?:it|they|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+$",
    re.IGNORECASE,
)
# "accused the army of breaking it", and what else "it" may be: an embargo, a siege, a grip
_BROKE_IT = re.compile(r"(?:broke|broken|break|breaks|breaking)\s+(?:it|them)\b", re.IGNORECASE)
_OTHER_IT = re.compile(
    r"\b(?:embargo|blockade|siege|grip|ban|law|rule|record|sanctions|curfew|lockdown|cordon|"
    r"encirclement|stalemate|deadlock|promise|pledge|silence|resistance)\b",
    re.IGNORECASE,
)
# "..., and it was later extended twice": the truce itself, named again, was extended
_EXTENDED = re.compile(
    r"(?:\b(?:and|but)\s+|\b(?:it|which|truce|ceasefire|cease-fire|deal|agreement|pause)\s+)"
    r"(?:was|were|has|had|is)\s+(?:(?:been|since|later|then|also|twice|once)\s+){0,3}"
    r"(?:extended|prolonged)\b",
    re.IGNORECASE,
)
_TITLE_GAP = re.compile(r"\s+(?:[\w.-]+\s+){0,3}")
# "the rebels, with whom it signed a truce": the other side is the name the relative follows
# ", which had broken the 2017 truce within weeks,": background set off inside the sentence
# a clause after an act that tells of something else: "..., ending a war that began in 1975"
_OTHER_CLAUSE = re.compile(r"\b(?:that|which|who|whose|since)\b", re.IGNORECASE)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,", re.IGNORECASE)
_WITH_RELATIVE = re.compile(r",?\s+with\s+(?:which|whom)\s+(?:[\w-]+\s+){1,5}$", re.IGNORECASE)


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _heads(text: str, refs: list[Ref]) -> list[Ref]:
    """The parties of a list, without a possessive that only places the next one."""
    return [
        ref
        for ref, after in zip(refs, [*refs[1:], None][: len(refs)], strict=True)
        if after is None
        or after.person
        or after.start - ref.end > 40
        or not (
            _POSSESSOR.match(text[ref.end : after.start])
            or (
                _POSSESSIVE_END.search(text, ref.start, ref.end)
                and _GAP.fullmatch(text, ref.end, after.start)
            )
        )
    ]


# "the offer", "this proposal": what an answer refers back to
# (bare: "the US proposal", "Qatar's plan" name their own maker)
_PROPOSAL_REFERENCE = re.compile(
    r"(?:the|this|that|its|their|his|her)\s+(?:(?:truce|ceasefire|cease-fire|peace|latest|new)\s+)?"
    r"(?:offer|proposal|plan|initiative)"
    # "put forward a ceasefire initiative, the Houthis dismissed it": "it" after its answer
    r"|(?:reject(?:ed|s)?|accept(?:ed|s)?|dismiss(?:ed|es)?|refus(?:ed|es))\s+it",
    re.IGNORECASE,
)


def _answer_to(
    call: GroundedCeasefireCall,
    proposed: tuple[int, GroundedCeasefireCall],
    window_index: int,
    reference: str,
) -> GroundedCeasefireCall:
    """'The rebels offered a truce. ... The government rejected the offer': an answer to a
    side's offer (`proposed` holds only offers, never a mediator's call) told in the sentence
    or the one before is addressed to its makers."""
    index, proposal = proposed
    if (
        call.act not in ("accept", "reject")
        or window_index - index > 1
        or not proposal.actors
        or set(proposal.actors) & set(call.actors)
        or not _PROPOSAL_REFERENCE.fullmatch(reference)
    ):
        return call
    return call.model_copy(update={"addressees": list(proposal.actors)})


def _key(call: GroundedCeasefireCall) -> tuple[object, ...]:
    """An act told twice is one act: "A and B agreed" and "B and A agreed" alike."""
    # (a call to one side is not a call to both told again)
    asked = frozenset(call.addressees) if call.act == "call" else None
    # (a peace deal told twice, once as the settlement and once as the truce, is one deal)
    kind = "immediate" if call.type == "permanent" and call.act == "agree" else call.type
    return (call.act, frozenset(call.actors), kind, call.time_scope, asked)


def _label(call: GroundedCeasefireCall) -> str | None:
    """What names one truce among others of the same sides: its length, or a past one's year."""
    found = _LENGTH.search(call.evidence)
    if found is None and call.time_scope == "historical":
        found = _YEAR.search(call.evidence)
    return " ".join(found.group().lower().split("-")) if found else None


_CONTINUE_UNTIL = re.compile(r"(?:would|will|shall)\s+continue\b", re.IGNORECASE)
# "the group called it off", "ended it": the lexicon's truce-ending references whose "it" may be
# something else the sentence names
_ENDED_IT = re.compile(
    r"(?:call\w*\s+(?:it|them)\s+off|(?:ended|lifted|suspended|scrapped|abandoned|revoked|"
    r"cancell?ed|terminated)\s+it)\b",
    re.IGNORECASE,
)
# "In March the truce collapsed", "By then, the ceasefire had...": the truce opens its clause,
# after no more than a time or a conjunction (not "an understanding to extend the truce")
_NAMED_AGAIN = re.compile(
    r"(?:^|[,;:]\s*)(?:(?:but|and|yet|so|then|however|meanwhile|by|in|on|since|after|within|"
    r"until|last|early|late|[A-Z][a-z]+|\d{1,4}),?\s+)*(?:[Tt]he|[Tt]his|[Tt]hat)\s+$"
)


# "previous truces", "earlier ceasefires", "past deals": truces in general, recalled
_EARLIER_ONES = re.compile(
    r"\b(?:previous|earlier|past|former|successive|repeated|other)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# which truces, told: their sides or their date ("previous truces between A and B in 2016",
# "In 2016, the truce collapsed")
_SPECIFIED = re.compile(
    rf"\b(?:between|1[89]\d\d|20\d\d|last\s+year|{'|'.join(m.capitalize() for m in MONTHS)})\b"
)
_NEW_TRUCE = re.compile(
    r"\b(?:new|another|fresh|second|third)\s+(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|pause|deal|"
    r"agreement|cessation)",
    re.IGNORECASE,
)
_PLURAL_TRUCES = re.compile(
    r"(?:truces|cease-?fires|pauses|deals|agreements|accords|ceasefire agreements)\b",
    re.IGNORECASE,
)


class _Told:
    """The acts told so far. An act told again is the same act, unless both tellings name the
    truce and name different ones ("a 72-hour truce", then "a seven-day truce")."""

    def __init__(self) -> None:
        self.labels: dict[tuple[object, ...], set[str | None]] = {}

    def __contains__(self, call: GroundedCeasefireCall) -> bool:
        labels = self.labels.get(_key(call))
        if labels is None:
            return False
        label = _label(call)
        return label is None or None in labels or label in labels

    def add(self, call: GroundedCeasefireCall) -> None:
        self.labels.setdefault(_key(call), set()).add(_label(call))


class CeasefireReader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = doc.lexicon
        self._deals = NamedDeals(doc.capitals)
        self._ends: dict[int, list[int]] = {}  # per window: where each of its refs ends
        self._trigger_ends: dict[int, int] = {}  # where each ceasefire word of the text ends
        self._reference_ends: dict[int, int] = {}  # where each referring phrase ends
        self._reference_starts: list[int] = []  # where each begins, in order

    def read(self) -> list[GroundedCeasefireCall]:
        doc = self.doc
        calls: list[GroundedCeasefireCall] = []
        headline: list[GroundedCeasefireCall] = []
        keys = _Told()
        # "the truce took effect": an agreement told only by its start, dropped when the article
        # tells the deal itself ("the two sides agreed") of the same sides
        started = _Told()
        started_ids: set[int] = set()
        summaries = _Told()  # mutual accusations told in one breath
        summary_ids: set[int] = set()
        # "The truce formally lapsed at 7pm": the article's truce named again with no act, of
        # any time, dropped too when the article tells the deal itself
        named_again_ids: set[int] = set()
        proposed: tuple[int, GroundedCeasefireCall] | None = None  # the last side's offer
        spans = [
            (m.start(), m.end(), (m.start(), False))
            for start, end in doc.regions
            for pattern in (self.lex.cease_triggers, self._deals)
            for m in pattern.finditer(doc.text, start, end)
        ]
        self._trigger_ends = {start: end for start, end, _ in spans}
        if spans:
            # "the deal", "respect it": a truce already named, referred to again
            first = min(s[0] for s in spans)
            # "killed since the truce took effect": a time, not an act
            spans = [
                span
                for span in spans
                if (
                    not _SINCE.search(doc.text, max(0, span[0] - _SINCE_REACH), span[0])
                    # "since a truce agreed in 2017": the truce's own past act is told
                    or _DATED_ACT_AFTER.match(doc.text, span[1])
                    # "the worst since a 2006 truce between A and B": a past truce, named
                    or self._year_before(span[0])
                )
                # "the clashes ended without any formal truce": no truce at all
                and not _WITHOUT.search(doc.text, max(0, span[0] - _SINCE_REACH), span[0])
            ]
            references = [
                (m.start(), m.end(), (m.start(), True))
                for start, end in doc.regions
                for m in self.lex.cease_references.finditer(doc.text, max(start, first), end)
            ]
            self._reference_ends = {start: end for start, end, _ in references}
            self._reference_starts = sorted(self._reference_ends)
            spans.extend(references)
            spans.sort(key=lambda s: s[0])
        for window, found in zip(doc.windows, bucket(doc.windows, spans), strict=True):
            doc.budget.check()
            if not found or (
                _QUESTION.search(window.text) and not _QUOTED_OR_ASIDE.search(window.text)
            ):
                continue  # "Could a new truce be agreed soon?" asks; it reports no act
            # a ceasefire word takes its act verb before a word that only refers back to one
            triggers = [at - window.start for at, ref in sorted(found, key=lambda f: f[1])]
            referring = {at for at, ref in found if ref}
            mutual = _RECIPROCAL.search(window.text) is not None
            for act, act_at, trigger_at in self._acts(window, triggers):
                if trigger_at in referring and not self._refers(window, act, act_at, trigger_at):
                    continue
                told_aside = act == "agree" and (
                    _TOLD_ASIDE.match(doc.text, act_at) is not None
                    or (trigger_at in referring and trigger_at < act_at)  # see _refers
                    or _SIGNING_AS_TIME.search(doc.text, max(window.start, act_at - 48), act_at)
                    is not None
                )
                # "In March the truce collapsed": a truce the article has already told of, named
                # again with no act of its own, is no second agreement
                named_again = act is None and _NAMED_AGAIN.search(
                    doc.text[after_dateline(doc.text, window.start) : trigger_at]
                )
                if (
                    act is None
                    and _EARLIER_ONES.search(window.text, 0, trigger_at - window.start)
                    and (plural := _PLURAL_TRUCES.match(doc.text, trigger_at)) is not None
                    and not _SPECIFIED.search(doc.text, plural.end(), window.end)
                ):
                    continue  # "Previous truces have not lasted": no one truce, no one's act
                produced = self._calls(window, trigger_at, act, act_at)
                if act not in (None, "agree") and self._past_deal_named(window, trigger_at):
                    # "the group rejected the 2016 peace agreement between the state and the
                    # FARC": the past deal is told too, as history
                    produced += [
                        told
                        for told in self._calls(window, trigger_at, None, trigger_at)
                        if told.act == "agree" and told.time_scope == "historical"
                    ]
                proposal = (
                    _PROPOSAL_FOR.search(doc.text, max(window.start, trigger_at - 60), trigger_at)
                    if act in ("accept", "reject", "agree")
                    else None
                )
                if proposal is not None and self._adjective_owners(window, proposal.start()):
                    # "agreed to a U.N. proposal for a three-hour pause": the proposer's own
                    # act is told too
                    named = {party for told in produced for party in told.actors}
                    produced += [
                        told
                        for told in self._calls(window, trigger_at, "offer", proposal.start())
                        if told.act == "call" and not named & set(told.actors)
                    ]
                for call in produced:
                    if (
                        call.act in ("agree", "reject")
                        and len(call.actors) >= 2
                        and _FAILED_TO_AGREE.search(
                            doc.text, max(window.start, trigger_at - _SINCE_REACH), trigger_at
                        )
                    ):
                        continue  # "the two sides ended talks without agreeing to a truce"
                    if named_again and any(
                        told.act == "agree" and set(told.actors) == set(call.actors)
                        for told in calls
                    ):
                        continue
                    if (
                        call in keys
                        or (told_aside and call in started)
                        or (mutual and call.act == "violation_alleged" and call in summaries)
                    ):
                        continue
                    if window.is_headline:
                        headline.append(call)
                        continue
                    if trigger_at in referring and proposed is not None:
                        reference = self._reference(trigger_at)
                        call = _answer_to(call, proposed, window.index, reference)
                    if call.act == "offer":
                        proposed = (window.index, call)
                    if (told_aside or named_again) and call.act == "agree":
                        started.add(call)
                        started_ids.add(id(call))
                        if named_again and not _SPECIFIED.search(window.text):
                            named_again_ids.add(id(call))
                    elif call.act == "violation_alleged" and mutual:
                        # "each side accused the other": a summary, which a sentence telling
                        # one side's accusation replaces (below)
                        summaries.add(call)
                        summary_ids.add(id(call))
                    else:
                        keys.add(call)
                    calls.append(call)
        calls = [c for c in calls if id(c) not in summary_ids or c not in keys]
        dealt = {
            (frozenset(c.actors), c.time_scope)
            for c in calls
            if c.act == "agree" and id(c) not in started_ids
        }
        dealt_sides = {
            frozenset(c.actors)
            for c in calls
            if c.act == "agree"
            and id(c) not in started_ids
            and not _NEW_TRUCE.search(c.evidence)  # ("agreed a new truce": another one)
        }
        calls = [
            c
            for c in calls
            if id(c) not in started_ids
            or (
                (frozenset(c.actors), c.time_scope) not in dealt
                and (id(c) not in named_again_ids or frozenset(c.actors) not in dealt_sides)
            )
        ]
        # a headline's act counts only when no act of the body names one of its actors (as
        # actor or addressee): a headline is told again below it, and its telegraphic wording
        # ("Ethiopia welcomes AU call") reads worse than the body's
        told = {party for c in calls for party in (*c.actors, *c.addressees)}
        for call in headline:
            if call not in keys and not told & set(call.actors):
                keys.add(call)
                calls.append(call)
        return calls

    def _told_not_done(
        self,
        window: Window,
        act: CeasefireAct,
        found: CeasefireAct | None,
        act_at: int,
        trigger_at: int,
    ) -> bool:
        """The act word names no act of the truce here: what should follow a truce, a demand
        made under one, a must about something else, a deal's terms, an act noun the speaker
        only judges, or an act that neither side performed."""
        doc = self.doc
        if act == "call" and trigger_at < act_at and _FOLLOWED_BY.match(doc.text, act_at):
            return True
        if (
            act == "call"
            and trigger_at < act_at
            and _TRUCE_AS_GUIDE.search(doc.text, max(window.start, trigger_at - 30), trigger_at)
        ):
            return True  # "greeted troops in line with the truce and demanded": no call for it
        if (
            act == "call"
            and trigger_at < act_at
            and _OBLIGATION.match(doc.text, act_at)
            and window.clause_start(act_at) > trigger_at
            and not _IT_BEFORE.search(doc.text, max(window.start, act_at - 12), act_at)
            # (but 'the truce "must be adhered to"': the truce is the subject)
            and doc.text[self._trigger_ends.get(trigger_at, trigger_at) : act_at].strip(' "“”')
        ):
            # '"The test of this truce will be ...", adding that flights must start': what
            # must be done, in a clause of its own, is not the truce named before
            return True
        if _ASKED_WHETHER.search(doc.text, window.start, act_at):
            return True  # "Asked whether the army would accept a truce, X said ...": a question
        if act != "call" and _WHETHER_UNKNOWN.search(doc.text, window.start, act_at):
            return True  # "have not said whether they will observe the truce": left open
        if (
            act == "reject"
            and trigger_at < act_at
            and _CHARGE_BEFORE.search(doc.text, max(window.start, act_at - 60), act_at)
        ):
            return True  # "accused X of breaking the truce, a charge X rejected": no truce refused
        if act == "offer" and _TERMS_AGREED.search(doc.text, window.start, act_at):
            return True  # "it was agreed that both sides would stop firing": the deal's terms
        if (
            act not in ("call", "agree")
            and act_at != trigger_at
            and _REPORTED_ACT_NOUN.search(doc.text, max(window.start, act_at - 40), act_at)
        ):
            # "said the announcement of the truce had been a stunt": the act, named as the
            # reported clause's subject, is not the speaker's
            return True
        # "Neither the ELN nor the Clan del Golfo has signed it": no one acts
        return found is not None and bool(
            _NEITHER_NOR.search(doc.text, max(window.start, act_at - 150), act_at)
        )

    def _past_deal_named(self, window: Window, at: int) -> bool:
        """The truce word at `at` is a past deal named by its year and its two sides ("the 2016
        peace agreement between the state and the FARC")."""
        return self._year_before(at) and len(self._between(window, at)) >= 2

    def _year_before(self, at: int) -> bool:
        """The truce word at `at` follows its year, one before the story's ("a 2006 truce")."""
        year = _YEAR_BEFORE.search(self.doc.text, max(0, at - 12), at)
        reference = self.doc.reference_year
        return year is not None and (reference is None or int(year.group(1)) < reference)

    def _reference(self, at: int) -> str:
        """The words that refer back to a truce, starting at `at` ("the three-phase deal")."""
        return self.doc.text[at : self._reference_ends[at]]

    def _introduced_since_truce(self, window: Window, trigger_at: int) -> bool:
        """The reference at `trigger_at` ("the offer") has a nearer antecedent than the truce:
        one of its kind brought in from the sentence that last named a truce on."""
        reference = self._reference(trigger_at)
        introduced = next((new for head, new in _INTRODUCED if head.search(reference)), None)
        if introduced is None:
            return False
        last = max((at for at in self._trigger_ends if at < window.start), default=None)
        if last is None:
            return False
        since = window_at(self.doc.windows, last).start  # that sentence's start
        return introduced.search(self.doc.text, since, window.start) is not None

    def _refers(
        self, window: Window, act: CeasefireAct | None, act_at: int, trigger_at: int
    ) -> bool:
        """A word that refers back to a truce ("the deal", "respect it") makes an act only with
        an act verb right beside it that is news of its own: keeping, breaking, accepting or
        refusing it, or a call to respect it; announcing or signing "the deal" again is not."""
        if abs(act_at - trigger_at) > _NEAR_REFERENCE:
            return False
        if self._introduced_since_truce(window, trigger_at):
            return False
        if act in ("agree", "declare") and act_at == trigger_at:
            # "the two sides renewed it": the reference is the prolonging verb itself
            return _EXTENDS_IT.match(self.doc.text, act_at) is not None
        if act == "agree" and act_at > trigger_at:
            # "The three-phase agreement, brokered by Qatar, took effect on January 19": a
            # deal the article named told by its start (kept only if the deal itself is not)
            started = _STARTED.search(self.doc.text, act_at, window.end)
            return (
                started is not None
                and not _NOT_STARTED.search(
                    self.doc.text, max(window.start, started.start() - 20), started.start()
                )
                and _TRUCE_DEAL_REFERENCE.fullmatch(self._reference(trigger_at)) is not None
                and self.lex.cease_triggers.search(window.text) is None
                and self._deals.search(window.text) is None
            )
        if act in ("agree", "declare") and act_at < trigger_at:
            # "agreed in Sochi to extend the pause by 150 hours": prolonging it is news; so is
            # one side saying yes to it ("Georgia agreed to the plan in principle")
            return (
                _EXTENDS_REFERENCE.search(self.doc.text, act_at, trigger_at) is not None
                or _AGREED_TO_REFERENCE.fullmatch(self.doc.text, act_at, trigger_at) is not None
            )
        if act not in _REFERRING_ACTS:
            return False
        if act == "violation_alleged" and _BROKE_IT.match(self.doc.text, trigger_at):
            # "The arms embargo remains in force, and experts accused the UAE of breaking it":
            # "it" is the thing the sentence names last, when that is no truce
            others = list(_OTHER_IT.finditer(self.doc.text, window.start, trigger_at))
            if others and not self.lex.cease_triggers.search(
                self.doc.text, others[-1].end(), trigger_at
            ):
                return False
        if act == "reject" and _ENDED_IT.match(self.doc.text, trigger_at):
            # "the group called it off", "ended it": only with the truce named earlier in the
            # sentence, as "it" may be an attack, a blockade or an offensive the sentence names
            return (
                self.lex.cease_triggers.search(self.doc.text, window.start, trigger_at) is not None
            )
        observance = dict(self.lex.cease_types)["observance"]
        return (
            act != "call"
            or observance.search(window.text) is not None
            # "declared a truce and asked India to reciprocate": a call for a matching truce
            or _RECIPROCATE.match(self.doc.text, trigger_at) is not None
            # "pressed the army to accept the deal": a call to take up the truce named before
            or (
                _TO_TAKE_UP.search(self.doc.text, max(window.start, trigger_at - 30), trigger_at)
                is not None
                and _BARE_DEAL.match(self.doc.text, trigger_at) is not None
            )
        )

    def _accuser(
        self, window: Window, act: CeasefireAct, act_at: int, subject: Actor | None
    ) -> str | None:
        """Who reports a breach when a speaker says another party broke the truce."""
        if act != "violation_alleged" or subject is None or subject.party is None:
            return None
        frame = self._reporting_frame(window, act_at)
        speaker = frame.actor.party if frame is not None and frame.actor is not None else None
        return speaker if speaker and speaker != subject.party else None

    def _onlooker(self, party: str) -> bool:
        """A state or an organisation that takes no side in the article's war."""
        info = self.doc.parties.get(party)
        return (
            info is not None
            and info.kind not in ("armed_group", "de_facto_authority")
            and info.role(self.doc.conflict) != "belligerent"
        )

    def _onlookers_ask(self, actors: list[str]) -> bool:
        """'France proposed a pause by both sides': onlookers proposing a truce to a war's sides
        ask for one (a call), they cannot offer one."""
        return len(self.doc.belligerents) >= 2 and all(map(self._onlooker, actors))

    def _passive_before(self, window: Window, at: int) -> bool:
        """A form of "be" (or a participle's comma) right before the verb at `at`."""
        text = self.doc.text
        if _PASSIVE_BEFORE.search(text, max(window.start, at - 30), at) is not None:
            return True
        return (
            _ELLIPTICAL_PASSIVE.search(text, max(window.start, at - 30), at) is not None
            and _EARLIER_PASSIVE.search(text, window.start, at) is not None
        )

    def _reporting_frame(self, window: Window, act_at: int) -> Frame | None:
        """The speech frame that reports the clause at `act_at`, if any."""
        frame = self.doc.frame_for(window.index, act_at)
        if frame is None:
            return None
        if frame.start >= act_at:
            return frame  # "Russia launched drones despite the truce, Ukraine's air force said"
        if frame.end > act_at or _NEXT_CLAUSE.search(self.doc.text, frame.end, act_at):
            return None  # "Moscow announced a pause, but Kyiv accused ...": another clause
        return frame

    def _verbs(self, window: Window) -> list[tuple[int, CeasefireAct, int, bool, int]]:
        """Every act verb of the sentence: (rank, act, offset, used as a noun, end)."""
        verbs: list[tuple[int, CeasefireAct, int, bool, int]] = []
        declined: list[int] = []  # where a negated acceptance's word ends
        found = self.lex.cease_act_scans.finditer_each(window.text)
        for rank, ((act, _), matches) in enumerate(zip(self.lex.cease_acts, found, strict=True)):
            for match in matches:
                if act == "violation_alleged" and _HYPOTHETICAL.search(
                    window.text, max(0, match.start() - 40), match.start()
                ):
                    continue
                if act == "violation_alleged" and _DURING_TRUCE.match(window.text, match.start()):
                    deed = _DEED_BEFORE.search(
                        window.text, max(0, match.start() - 100), match.start()
                    )
                    if (
                        deed is None
                        or _OWN_SIDE_BEFORE.search(
                            window.text, max(0, deed.start() - 40), deed.start()
                        )
                        or _DEED_DENIED.search(
                            window.text, max(0, deed.start() - 40), match.start()
                        )
                        or not self.doc.frames[window.index]  # no one tells it
                    ):
                        continue
                if act in ("declare", "accept", "agree") and _IN_CONDITION.search(
                    window.text, max(0, match.start() - 90), match.start()
                ):
                    # "offered to halt its attacks if Israel stopped its offensive", "ready for
                    # a truce if the government accepted the front lines": the terms, no act
                    continue
                if act in ("agree", "accept") and _NEGATED.search(
                    window.text, max(0, match.start() - 120), match.start()
                ):
                    # "no ceasefire has been agreed", "had not been reached", "have not agreed",
                    # "has yet to accept" (a refusal, when it is one, is the lexicon's reject)
                    if act == "accept":
                        declined.append(match.end())
                    continue
                if act == "accept" and self.lex.declining.search(
                    window.text, max(0, match.start() - 40), match.start()
                ):
                    declined.append(match.end())
                    continue  # "refused to accept", "unwilling to accept": no acceptance
                ought = (
                    _OUGHT_BEFORE.search(window.text, max(0, match.start() - 20), match.start())
                    if act in ("accept", "agree", "declare")
                    else None
                )
                if ought is not None and _FIRST_PERSON_OUGHT.search(
                    window.text, max(0, ought.start() - 30), ought.start()
                ):
                    continue
                if ought is not None:
                    # "both sides should commit to a truce", '"Hamas must accept the deal," X
                    # said': asked for, not done; whoever says so calls for it
                    verbs.append((_CALL_RANK, "call", ought.start(), False, match.end()))
                    continue
                if (
                    act == "declare"
                    and _REPORTING.match(window.text, match.end())
                    and not _ANNOUNCED_BY.match(window.text, match.start())
                ):
                    continue  # "announced that the sides had agreed"
                if (
                    act == "declare"
                    and _FRAME_AFTER.search(window.text, max(0, match.start() - 60), match.start())
                    and _OBJECTLESS.match(window.text, match.end())
                    and not self.lex.cease_triggers.search(window.text, match.end())
                    and self.lex.cease_triggers.search(window.text, 0, match.start())
                    # (the clause before tells another's act: not "A 30-hour truce begins at
                    # 6pm, Putin announced", his own declaration)
                    and _OTHERS_ACT.search(window.text, 0, match.start())
                ):
                    # "A and B agreed to a truce, Malaysia announced": a speech frame after what
                    # it reports, no declaration of its own
                    continue
                # "rejected a Russian offer of a truce": the verb acts, not the noun
                nominal = None
                if not _AUXILIARY.match(window.text, match.start()):
                    # "the movement would abide by it": a verb after an auxiliary is no noun
                    nominal = _NOUN_BEFORE.search(
                        window.text, max(0, match.start() - 30), match.start()
                    )
                    if (
                        nominal is None
                        and act != "call"
                        # (not "vowed to fight on and rejected the plan": a past tense acts)
                        and not _PAST_FORM.match(window.text, match.start())
                    ):
                        nominal = _JOINED_INFINITIVE.search(
                            window.text, max(0, match.start() - 100), match.start()
                        )
                if (
                    nominal is not None
                    and _OWN_INFINITIVE.search(
                        window.text, max(0, match.start() - 30), match.start()
                    )
                    and _BASE_VERB.match(window.text, match.start())
                ):
                    # "ready to accept", "refused to sign": the subject's own act (but "called
                    # on the rebels to accept" asks for it)
                    nominal = None
                if (
                    nominal is not None
                    and act == "violation_alleged"
                    and (
                        _PREDICATE_NOUN.search(
                            window.text, max(0, match.start() - 60), match.start()
                        )
                        or _EXISTENTIAL.search(
                            window.text, max(0, match.start() - 60), match.start()
                        )
                    )
                ):
                    nominal = None
                if (
                    nominal is not None
                    and act in ("accept", "reject", "declare")
                    and (
                        _POSSESSIVE_END.search(nominal.group().rstrip(' "\u201c'))
                        or _OWN_ACT_TOLD.search(
                            window.text, max(0, match.start() - 40), match.start()
                        )
                    )
                    and _ACT_NOUN_OF.match(window.text, match.start())
                ):
                    # "Israel's acceptance of the US plan", "announced its acceptance of the
                    # truce": the owner's own act, told as a noun
                    nominal = None
                past = _PAST.match(window.text, match.start()) is not None
                if (
                    nominal is not None
                    and past
                    and (
                        self._after_party(window, match.start())
                        or _OWNED_SPEAKER.search(
                            window.text, max(0, match.start() - 40), match.start()
                        )
                    )
                ):
                    # "The army accepted", "the army's commander rejected": a past tense right
                    # after its subject
                    nominal = None
                if (
                    nominal is None
                    and not _BE.match(window.text, match.start())
                    # (but "a truce proposed by Angola": the agent's own act)
                    and not (past and _PARTICIPLE_BY.match(window.text, match.start()))
                ):
                    # ("the truce signed in May", "the June truce signed in Accra": a participle
                    # describing the truce, not a noun; "the truce was reached" a verb)
                    nominal = _CEASEFIRE_BEFORE.search(
                        window.text, max(0, match.start() - 14), match.start()
                    )
                if nominal is not None and _TIME_BEFORE_NOUN.search(
                    window.text, max(0, match.start() - 20), match.start()
                ):
                    continue  # "a video message released after the signing": a time, no act
                verbs.append((rank, act, match.start(), nominal is not None, match.end()))
        # "would not accept": the refusal holds the acceptance's word, which is no act of its own;
        # and what was not accepted is no act either ("has yet to accept Egypt's proposal": no
        # offer by the subject)
        return [
            v
            for v in verbs
            if not any(
                w[2] <= v[2] and v[4] <= w[4] and (w[2], w[4]) != (v[2], v[4]) for w in verbs
            )
            and not (v[3] and any(0 <= v[2] - end <= _DECLINED_OBJECT for end in declined))
        ]

    def _after_party(self, window: Window, offset: int) -> bool:
        """An act word whose subject, a party, ends right before it."""
        at = window.start + offset
        refs = self.doc.refs[window.index]
        ends = self._ends.get(window.index)
        if ends is None:
            ends = self._ends[window.index] = [ref.end for ref in refs]
        found = bisect.bisect_right(ends, at) - 1  # the last ref ending before the word
        if found < 0 or refs[found].end < at - 3:
            return False
        gap = self.doc.text[refs[found].end : at]
        return not refs[found].person and bool(gap) and gap.isspace()

    def _acts(
        self, window: Window, triggers: list[int]
    ) -> list[tuple[CeasefireAct | None, int, int]]:
        """Every act of the sentence: the act nearest each ceasefire word (the lexicon's order
        breaks ties), and every other act verb right next to one ("declared a truce that the
        rebels dismissed")."""
        verbs = self._verbs(window)
        verb_ends = {v[2]: v[4] for v in verbs}
        found: list[tuple[CeasefireAct | None, int, int]] = []
        for at in triggers:
            if not verbs:
                found.append((None, window.start + at, window.start + at))
                continue
            # distance from the verb's nearer edge: "would abide by the truce, while insisting"
            ranked = [
                (v[3], v[2] - at if v[2] >= at else max(0, at - v[4]), v[0], v[1], v[2])
                for v in verbs
            ]
            _, distance, _, act, offset = min(ranked)
            trigger_end = self._trigger_ends.get(window.start + at, window.start + at)
            if (
                act in ("agree", "declare")
                and 0 <= offset - (trigger_end - window.start) <= 1
                and _PAST.match(window.text, offset)
            ):
                # "Hamas's violation of the ceasefire brokered by Egypt," Israel said: the
                # participle describes the truce, and the owner's act governing it, told by a
                # speaker, is the act; so is a call to keep it ("urged both to respect the
                # cessation of hostilities agreed in 2000")
                governing = [
                    r
                    for r, v in zip(ranked, verbs, strict=True)
                    if v[4] <= at
                    and (
                        (v[1] == "call" and _CALLED_TO_KEEP.fullmatch(window.text, v[4], at))
                        or (
                            _GOVERNS_TRUCE.fullmatch(window.text, v[4], at)
                            and _OWNER_S_NOUN.search(window.text, max(0, v[2] - 30), v[2])
                            and any(f.actor for f in self.doc.frames[window.index])
                        )
                    )
                ]
                if governing:
                    _, distance, _, act, offset = min(governing)
            reference_end = self._reference_ends.get(window.start + at, 0) - window.start
            inside = [r for r, v in zip(ranked, verbs, strict=True) if at <= v[2] < reference_end]
            if inside:
                # "alleged that the troops had committed violations": a referring phrase that
                # holds its own act verb takes that act, not a nearer one of another clause
                _, distance, _, act, offset = min(inside)
            elif offset > at and (
                _LATER_CLAUSE.search(window.text, at, offset)
                or _CONTACT_CLAUSE.search(window.text, at, offset)
                or _CONTACT_NAMED.fullmatch(window.text, at, offset)
            ):
                # "urged both sides to uphold the truce, as each accused the other of violating
                # it", "urged them to respect the truce they signed": the verb of the truce's
                # own clause acts on it, not the next clause's nor a clause describing it
                own = [
                    r
                    for r, v in zip(ranked, verbs, strict=True)
                    if v[4] <= at and not _LATER_CLAUSE.search(window.text, v[4], at)
                ]
                if own:
                    _, distance, _, act, offset = min(own)
            if offset > at and self._answers_reference(window, offset, verb_ends[offset]):
                # "put forward a truce plan, and the TPLF dismissed it": the later verb answers
                # its own "it"; the truce keeps the act of the noun phrase that holds it ("a
                # truce plan", "a ceasefire proposal")
                holding = [
                    r
                    for r, v in zip(ranked, verbs, strict=True)
                    if v[3] and v[2] <= trigger_end - window.start + 1 and at < v[4]
                ]
                if holding:
                    _, distance, _, act, offset = min(holding)
            if (
                offset > at
                and "," in window.text[at:offset]
                and _RELATIVE_OPEN.search(window.text, max(0, at - 120), at)
            ):
                # "Saudi Arabia, which has observed a truce with the Houthis, urged restraint":
                # the truce belongs to the aside, the verb after it to the main clause
                continue
            if act in ("agree", "declare") and offset < at:
                talks = _TALKS_ABOUT.search(window.text, max(0, at - 160), at)
                if talks is not None and talks.start() < offset:
                    continue
            if act == "violation_alleged" and distance > _NEAR and offset > at:
                # "a truce between A and B collapsed, each side accusing the other of breaking
                # it": the truce named well before the accusation is a (past) act of its own
                found.append((None, window.start + at, window.start + at))
            if (
                act == "offer"
                and offset < at
                and _IN_CONDITION.search(window.text, max(0, at - 40), at)
            ):
                # "offered X an amnesty if he concludes a peace deal": the truce is the terms
                # of another offer
                continue
            if (
                act == "call"
                and offset > at
                and _OTHER_REQUEST.match(window.text, verb_ends[offset])
                and not any(t > offset for t in triggers)
            ):
                continue  # "... broke the truce and called on the mediators to hold it to account"
            if all(window.start + offset != f[1] for f in found):
                found.append((act, window.start + offset, window.start + at))
        taken = {f[1] for f in found}
        for _, act, offset, nominal, verb_end in verbs:
            at = window.start + offset
            if nominal and act not in ("agree", "offer") and self._participle_by(window, offset):
                # "broke a truce declared by the junta": the participle is the agent's own act
                # (not "brokered by" nor "proposed by": a broker's part in the truce named)
                nominal = False
            if act not in _NEAR_ACTS or nominal or at in taken:
                continue
            if any(0 <= v[2] - verb_end <= 1 for v in verbs):
                continue  # "ready to accept": the next verb is the act
            near = min(triggers, key=lambda t: self._gap(window, t, offset, verb_end))
            # "A truce declared by the junta for the festival was rejected by the AA": a passive
            # with its agent acts on the truce its sentence opens with, however long that is
            reach = (
                _NEAR_PASSIVE
                if near < offset
                and self._passive_before(window, at)
                and _BY_AFTER.match(window.text, verb_end)
                # (in the same clause: not "The truce collapsed, and the plan was rejected by")
                and not _CLAUSE_BREAK.search(window.text, near, offset)
                else _NEAR
            )
            if self._gap(window, near, offset, verb_end) > reach:
                continue
            if near < offset and (
                _CONTACT_CLAUSE.search(window.text, near, offset)
                or _CONTACT_NAMED.fullmatch(window.text, near, offset)
            ):
                continue  # "the terms they had signed": the truce again, described
            if (
                act == "agree"
                and near < offset
                and (
                    (
                        self._gap(window, near, offset, verb_end) <= 1
                        and _PAST.match(window.text, offset)
                    )
                    or _DESCRIBING.fullmatch(
                        window.text,
                        self._trigger_ends.get(window.start + near, window.start + near)
                        - window.start,
                        offset,
                    )
                )
            ):
                # "suspended the peace accord signed with Cambodia": a participle right after
                # the deal describes it; the sentence's act is the other verb's
                continue
            taken.add(at)
            found.append((act, at, window.start + near))
        return found

    def _adjective_owners(self, window: Window, act_at: int) -> list[Ref]:
        """The parties named, as adjectives after an article, right before a proposal's noun
        ("a U.S. proposal", "a Saudi-American truce plan")."""
        doc = self.doc
        refs = [
            r
            for r in doc.refs_between(window.index, max(window.start, act_at - 50), act_at)
            if not r.person and not r.place
        ]
        if not refs or not _OWNER_GAP.fullmatch(doc.text, refs[-1].end, act_at):
            return []
        owners = [refs[-1]]
        for before in reversed(refs[:-1]):
            if not _ADJECTIVES_JOINED.fullmatch(doc.text, before.end, owners[0].start):
                break
            owners.insert(0, before)
        if not _ARTICLE_END.search(
            doc.text, max(window.start, owners[0].start - 5), owners[0].start
        ):
            return []
        return owners

    def _quoted_enemy(self, window: Window, act_at: int) -> str | None:
        """The other warring side, when the act stands in a quote one of the two sides speaks."""
        doc = self.doc
        if len(doc.sides) != 2 or not quoted_at(doc.text, act_at):
            return None
        # the speaker's verb outside the quote (the act's own verb may be one: "announced")
        speakers = [
            f.actor.party
            for f in doc.frames[window.index]
            if f.actor is not None and not quoted_at(doc.text, f.start)
        ]
        speaker = speakers[0] if speakers else None
        if speaker not in doc.sides:
            return None
        return next(side for side in doc.sides if side != speaker)

    def _relative_subject(self, window: Window, act_at: int) -> Actor | None:
        """'a ceasefire (that) President X announced on Sunday': the subject of a clause that
        describes a truce named right before it, when a party stands right before the verb."""
        doc = self.doc
        lead = _OBJECT_RELATIVE.search(doc.text, max(window.start, act_at - 80), act_at)
        if lead is None:
            return None
        refs = doc.refs_between(window.index, lead.start("clause"), act_at)
        if not refs:
            if _NAME_FIRST.match(doc.text, lead.start("clause")):
                # "a truce that Dhuhulow had declared": a subject the text does not place,
                # never the main clause's
                return Actor(None)
            return None
        if not _RELATIVE_SUBJECT_GAP.fullmatch(
            doc.text, refs[-1].end, act_at
        ) and not _MEMBERS_GAP.fullmatch(doc.text, refs[-1].end, act_at):
            return None
        actor = doc.actor_of(refs[-1])
        return actor if actor.party is not None else None

    def _answers_reference(self, window: Window, offset: int, verb_end: int) -> bool:
        """'the TPLF dismissed it', 'rejected the offer': an act verb whose object is a phrase
        referring back to a proposal, which it answers (not a truce named before it)."""
        start, last = window.start + offset, window.start + verb_end + 1
        starts = self._reference_starts
        return any(
            _PROPOSAL_REFERENCE.fullmatch(self.doc.text, at, self._reference_ends[at])
            for at in starts[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, last)]
        )

    def _participle_by(self, window: Window, offset: int) -> bool:
        """'a truce declared by the junta': a participle with its agent, right after the truce
        it acts on (window offset)."""
        text = window.text
        return (
            _TRUCE_BEFORE_PARTICIPLE.search(text, max(0, offset - 40), offset) is not None
            and _PARTICIPLE_BY.match(text, offset) is not None
        )

    def _gap(self, window: Window, trigger: int, offset: int, verb_end: int) -> int:
        """Characters between a ceasefire word (from its end: "a humanitarian pause proposed by
        X was rejected") and an act verb at `offset` (from its end when it comes first:
        "rejected a UN proposal to extend and expand the truce") (window offsets)."""
        if offset <= trigger:
            return max(0, trigger - verb_end)
        end = self._trigger_ends.get(window.start + trigger, window.start + trigger)
        return max(0, offset - (end - window.start))

    def _sentence_subject(self, window: Window) -> Actor | None:
        """The actor of the sentence's first clause that names one (a person first); for a
        sentence that opens with a quotation, its speaker ('"...," Lavrov said, dismissing')."""
        doc = self.doc
        start = window.start
        opening = after_dateline(doc.text, window.start)
        if doc.text[opening : opening + 1] in OPENING_QUOTES:
            frame = doc.frame_for(window.index, window.end - 1)
            if frame is not None and frame.actor is not None:
                return frame.actor
        for _ in range(4):
            end = window.clause_end(start) + 1
            found = doc.refs_between(window.index, start, end)
            if found:
                people = [r for r in found if r.person]
                return doc.actor_of(people[0] if people else found[0])
            if end >= window.end:
                break
            start = end
        return None

    def _noun_makers(self, window: Window, act_at: int) -> list[str]:
        """The parties that make an act told as a noun: after "from"/"by" ("calls from Egypt and
        Qatar for a ceasefire"), or before it in the possessive ("the AU's demand for a truce")."""
        doc, text = self.doc, self.doc.text
        noun = _ACT_NOUN.match(text, act_at)
        if noun is None or _OWNED_NOUN.search(text, max(window.start, act_at - 30), act_at):
            return []
        after = _MAKER_AFTER.match(text, noun.end())
        if after is not None:
            # "from Egypt" reads as a place elsewhere; here it is who calls
            refs = [r for r in doc.refs[window.index] if after.end() <= r.start < window.end]
            items = self._parties(refs)
            if not items or items[0][0] != after.end():
                return []
            end = 1
            while end < len(items) and self._joins(items[end - 1], items[end]):
                end += 1
            if not all(_MAKER_END.match(text, item[1]) for item in items[:end]):
                return []  # "calls from Israel's allies", "from Ukrainian mothers": not them
            return list(dict.fromkeys(item[2] for item in items[:end]))
        owner = _MAKER_BEFORE.search(text, window.start, act_at)
        if owner is None or owner.end() != act_at:
            return []
        for ref in doc.refs_between(window.index, window.start, owner.start()):
            party = doc.actor_of(ref).party
            if ref.end == owner.start() and party is not None:
                return [party]
        return []

    def _joined(self, window: Window, act_at: int, first: str, mediators: list[str]) -> list[str]:
        """'Egypt, Qatar and Turkey urged ...', 'Macron and his German counterpart Olaf Scholz
        called ...': every party of the subject's list acts."""
        doc = self.doc
        # the whole sentence up to the verb: a list's commas end clauses ("Kenya, Uganda and
        # Tanzania urged"), and "Egypt, Qatar and Turkey, which ..., urged" ends the antecedent's
        items = self._parties(doc.refs_between(window.index, window.start, act_at))
        names = [item[2] for item in items]
        if first not in names:
            return [first]
        index = len(names) - 1 - names[::-1].index(first)
        low = high = index
        while low > 0 and self._joins(items[low - 1], items[low]):
            low -= 1
        while high + 1 < len(items) and self._joins(items[high], items[high + 1]):
            high += 1
        gaps = (doc.text[items[k][1] : items[k + 1][0]] for k in range(low, high))
        if not any(_LIST_CLOSING.search(gap) for gap in gaps):
            # "At a meeting convened by the AU, Ethiopia said": commas alone close a phrase
            return [first]
        chain = [item[2] for item in items[low : high + 1]]
        return list(dict.fromkeys(n for n in chain if n == first or n not in mediators))

    def _joins(self, left: tuple[int, int, str, bool], right: tuple[int, int, str, bool]) -> bool:
        """Two names of one list; a person joins only with "and" ("the UN envoy, Volker
        Perthes," is an apposition)."""
        gap = self.doc.text[left[1] : right[0]]
        if self.doc.described_aside(left[1], right[0], right[1]):
            return False
        return _JOINED.match(gap) is not None and (
            not (left[3] or right[3]) or _AND.search(gap) is not None or "&" in gap
        )

    def _parties(self, refs: list[Ref]) -> list[tuple[int, int, str, bool]]:
        """The parties of a run of names, a person standing for his party, and a title glued to
        its holder ("Kenyan President William Ruto") one name."""
        items: list[tuple[int, int, str, bool]] = []
        for ref in refs:
            party = self.doc.actor_of(ref).party if ref.person else ref.name
            if party is None:
                continue
            if (
                items
                and items[-1][2] == party
                and (
                    _TITLE_GAP.fullmatch(self.doc.text, items[-1][1], ref.start)
                    # "the Ta'ang National Liberation Army (TNLA)": the acronym, one name
                    or self.doc.text[items[-1][1] : ref.start].strip() == "("
                )
            ):
                end = ref.end + (self.doc.text[ref.end : ref.end + 1] == ")")
                items[-1] = (items[-1][0], end, party, items[-1][3] or ref.person)
                continue
            items.append((ref.start, ref.end, party, ref.person))
        return items

    def _between(self, window: Window, trigger_at: int) -> list[str]:
        """'a truce between A and B': the two parties it binds."""
        doc = self.doc
        found = _BETWEEN.match(doc.text, trigger_at, window.end)
        if found is None:
            return []
        start = found.end()
        end = min(window.end, window.clause_end(start) + 1)
        listed = self._between_list(window, start)
        if listed:
            return listed
        joint = _AND.search(doc.text, start, end)
        if joint is None:
            return []
        sides = []
        for low, high in ((start, joint.start()), (joint.end(), end)):
            refs = doc.refs_between(window.index, low, high)
            party = doc.actor_of(refs[0]).party if refs else None
            if party is None and _THE_STATE.match(doc.text, low, high):
                party = self._state_side()  # "between the state and the FARC"
            if party is None:
                return []
            sides.append(party)
        return list(dict.fromkeys(sides)) if len(set(sides)) == 2 else []

    def _between_list(self, window: Window, start: int) -> list[str]:
        """More than two sides listed after 'between': "between the army and the TNLA, the
        MNDAA and the Arakan Army". The list ends at its last 'and' ("between A and B, C
        said" binds A and B only, left to the two-sided reading)."""
        text = self.doc.text
        chain = self._chain(window, start, window.end)
        if len(chain) < 3 or not _LIST_OPENING.fullmatch(text, start, chain[0].start):
            return []
        joined = [
            k for k in range(1, len(chain)) if " and " in text[chain[k - 1].end : chain[k].start]
        ]
        if not joined or joined[-1] < 2:
            return []
        if _TOLD_AFTER_LIST.match(text, chain[joined[-1]].end):
            return []  # "between A and B, Egypt and Qatar said": the last two speak
        parties = [self.doc.actor_of(ref).party for ref in chain[: joined[-1] + 1]]
        if None in parties:
            return []
        sides = list(dict.fromkeys(p for p in parties if p is not None))
        return sides if len(sides) >= 3 else []

    def _named_right_before(self, window: Window, at: int) -> str | None:
        """The party named right before `at` (an adverb or two between), if any."""
        refs = self.doc.refs_between(window.index, window.clause_start(at), at)
        if refs and _ADVERBS_ONLY.fullmatch(self.doc.text, refs[-1].end, at):
            return self.doc.actor_of(refs[-1]).party
        return None

    def _gathering_hosts(self, window: Window, act_at: int) -> list[str]:
        """The hosts of a gathering that is the act's subject, named in an aside right before
        the verb: "A conference in London, co-hosted by Britain and the EU, called for"."""
        doc = self.doc
        start = window.start  # (the aside's commas end clauses)
        for found in self.lex.hosted_gathering.finditer(doc.text, start, act_at):
            if doc.refs_between(window.index, start, found.end()):
                # a gathering named after the clause's own subject, or a body's own ("a session
                # of the Security Council, convened by Algeria,": the Council acts)
                return []
            # (a state named as host is read as a place: "hosted by Kenya")
            chain = self._chain(window, found.end(), act_at, places=True)
            if not chain or not _LIST_OPENING.fullmatch(doc.text, found.end(), chain[0].start):
                return []
            if not _ASIDE_CLOSE.fullmatch(doc.text, chain[-1].end, act_at):
                return []
            return self._parties_of(chain)
        return []

    def _state_side(self) -> str | None:
        """The one state among the war's sides (now or in the past), if there is one."""
        states = {
            side
            for side in (*self.doc.sides, *self.doc.past_sides)
            if (info := self.doc.parties.get(side)) is not None and info.kind == "state"
        }
        return states.pop() if len(states) == 1 else None

    def _chain(self, window: Window, start: int, end: int, places: bool = False) -> list[Ref]:
        """The first party named after `start` and those listed with it ("A, B and C"); with
        `places`, names the mentions read as places count too."""
        if places:
            refs = [r for r in self.doc.refs[window.index] if start <= r.start < end]
        else:
            refs = self.doc.refs_between(window.index, start, end)
        chain = refs[:1]
        for ref in refs[1:]:
            gap = self.doc.text[chain[-1].end : ref.start]
            if not _JOINED.match(gap) and not _JOINED_TITLED.match(gap):
                break
            chain.append(ref)
        return chain

    def _after_by(self, window: Window, by: re.Match[str] | None, reach: int) -> list[Ref]:
        """The party named right after a match ending in "by" (within `reach` characters), and
        those listed with it; none without the match."""
        if by is None:
            return []
        # "by the office of Israel's prime minister": the body's owner
        body = _BODY_OF.match(self.doc.text, by.end())
        start = body.end() if body else by.end()
        chain = self._chain(window, start, window.end)
        return chain if chain and chain[0].start - start <= reach else []

    def _parties_of(self, refs: list[Ref]) -> list[str]:
        """The parties a list names, once each, without a possessive that only places one."""
        names = [self.doc.actor_of(r).party or "" for r in _heads(self.doc.text, refs)]
        return [n for n in dict.fromkeys(names) if n]

    def _announcers(self, window: Window, act_at: int) -> list[str]:
        """'a truce announced on Monday by X', 'declared by the army and the RSF': the parties
        right after "by"."""
        text = self.doc.text
        by = _ANNOUNCED_BY.match(text, act_at, window.end)
        if by is None:
            noun = _ANNOUNCEMENT_BY.search(text, max(window.start, act_at - 100), act_at)
            if noun is not None and _OF_THE_ACT.search(text, noun.end(), act_at):
                by = noun
        return self._parties_of(self._after_by(window, by, 40))

    def _passive_agents(self, window: Window, act_at: int) -> list[str]:
        """'the offer was rejected on Monday by X and Y': X and Y, the parties right after "by"."""
        doc = self.doc
        # (or "a truce proposed by Angola": a participle right after the truce it acts on)
        if not self._passive_before(window, act_at) and not self._participle_by(
            window, act_at - window.start
        ):
            return []
        by = _PASSIVE_BY.match(doc.text, act_at, window.end)
        if by is not None and len(doc.sides) == 2:
            both = self.lex.both_sides.search(doc.text, by.end(), min(window.end, by.end() + 20))
            if both is not None and both.start() - by.end() <= 1:
                return list(doc.sides)  # "rejected by both sides": the two sides of the war
        return self._parties_of(self._after_by(window, by, 12))

    def _agents(self, window: Window, at: int, mediators: list[str]) -> list[str]:
        """'a truce brokered by X and signed in Bishkek by A, B and C', 'agreed by A and B': the
        passive's agents, a list of parties, are the sides."""
        found = _AGENT.search(self.doc.text, at, min(window.end, at + _NEAR_AGENT))
        names = [
            n for n in self._parties_of(self._after_by(window, found, 12)) if n not in mediators
        ]
        return names if len(names) >= 2 else []

    def _subject_list(
        self, window: Window, act_at: int, first: str, mediators: list[str]
    ) -> list[str]:
        """The list the subject `first` heads before the act ("Israel and Lebanon have agreed"),
        each one named as a head ("Afghanistan's Taliban government": a possessive only places
        the next name)."""
        doc = self.doc
        heads = _heads(doc.text, doc.refs_between(window.index, window.start, act_at))
        listed = {doc.actor_of(r).party if r.person else r.name for r in heads}
        return [n for n in self._joined(window, act_at, first, mediators) if n in listed]

    def _pair_named(self, window: Window, act_at: int, mediators: list[str]) -> list[str]:
        """'Oman said that after talks with the United States and the Houthis, both sides had
        agreed': the last two parties joined by "and" before the act, who "both sides" are."""
        doc = self.doc
        heads = [
            r
            for r in _heads(doc.text, doc.refs_between(window.index, window.start, act_at))
            if not r.person and r.name not in mediators
        ]
        for left, right in reversed(list(itertools.pairwise(heads))):
            if (
                left.name != right.name
                and _AND_THE.fullmatch(doc.text, left.end, right.start)
                # (not "Egypt and Qatar said both sides had agreed": the speakers)
                and _WITH_OR_BETWEEN.search(
                    doc.text, max(window.start, left.start - 16), left.start
                )
            ):
                return [left.name, right.name]
        return []

    def _sentence_sides(self, window: Window, mediators: list[str]) -> list[str]:
        """The warring parties the sentence names (not persons, places or brokers)."""
        named = [
            r.name
            for r in self.doc.refs[window.index]
            if not r.person and not r.place and r.name in self.doc.belligerents
        ]
        return [n for n in dict.fromkeys(named) if n not in mediators]

    def _accusation(
        self, window: Window, act_at: int
    ) -> tuple[bool, Actor | None, str | None] | None:
        """Who accuses whom in the words before a breach: 'X accused Y of breaking the truce' is
        (True, X, Y); 'Y was accused by X of ...' the same, and (False, None, None) when X is no
        party the text names; None when no such words come before it."""
        doc = self.doc
        lead = max(window.start, act_at - 120)
        passive = _ACCUSED_BY.search(doc.text, lead, act_at)
        if passive is not None:
            accusers = [
                doc.actor_of(r).party
                for r in doc.refs_between(window.index, passive.start("agent"), act_at)
            ]
            if not accusers or accusers[0] is None:
                return False, None, None
            accused = (doc.subject(window, passive.start()) or Actor(None)).party
            return True, Actor(accusers[0]), accused
        active = _ACCUSED_OF.search(doc.text, lead, act_at)
        if active is None or _PASSIVE_ACCUSED.search(
            doc.text, max(window.start, active.start() - 12), active.start()
        ):
            return None
        named = [
            r.name for r in doc.refs_between(window.index, active.start(), act_at) if not r.person
        ]
        return True, doc.subject(window, active.start()), named[0] if named else None

    def _counterpart(
        self, window: Window, trigger_at: int, side: str, mediators: list[str]
    ) -> list[str]:
        """'A signed a truce with B': B, the party right after "with" in the truce's clause."""
        doc = self.doc
        end = min(window.end, window.clause_end(trigger_at) + 1)
        for ref in doc.refs_between(window.index, trigger_at, end):
            if ref.person or ref.name == side or ref.name in mediators:
                continue
            if _WITH.search(
                doc.text, max(trigger_at, ref.start - 12), ref.start
            ) and not _BROKER_AFTER.match(doc.text, ref.end):
                return [ref.name]
        return []

    def _relative_partner(self, window: Window, act_at: int, side: str) -> str | None:
        """'the FARC, with whom it signed a truce': the name the relative clause follows."""
        doc = self.doc
        found = _WITH_RELATIVE.search(
            # the relative pronoun opens a clause of its own: read from the clause before it
            doc.text,
            max(window.start, window.previous_clause(window.clause_start(act_at)) - 2),
            act_at,
        )
        if found is None:
            return None
        before = doc.refs_between(window.index, window.start, found.start() + 1)
        if not before or found.start() - before[-1].end > 2:
            return None
        partner = doc.actor_of(before[-1]).party if before[-1].person else before[-1].name
        return partner if partner and partner != side else None

    def _addressed(self, ref: Ref, act: CeasefireAct) -> str | None:
        """The party a name after the act addresses: a party itself, or a person's party only
        when a refusal answers that person's proposal ("rejected Vladimir Putin's proposal"; an
        acceptance binds the other side: "accepted Trump's proposal")."""
        if not ref.person:
            return ref.name
        if act == "reject" and _POSSESSIVE_AFTER.match(self.doc.text, ref.end):
            return self.doc.actor_of(ref).party
        return None

    def _historical(self, window: Window, act_at: int | None) -> bool:
        """Whether the sentence tells of a truce of the past; a past told in an aside the act
        stands outside ("The ELN, which had broken the 2017 truce, accepted the new one") dates
        the aside, not the act; an aside about the truce itself dates the truce."""
        asides = [
            (m.start(), m.end())
            for m in _RELATIVE_ASIDE.finditer(window.text)
            if act_at is None or not m.start() <= act_at - window.start < m.end()
        ]
        # "the truce agreed in Jeddah, which lapsed within a week,": an aside about the truce
        # itself dates it
        asides = [
            (start, end)
            for start, end in asides
            if not self.lex.cease_triggers.search(window.text[:start].rsplit(",", 1)[-1])
        ]
        for match in self.lex.cease_historical.finditer(window.text):
            if _FUTURE_CONDITION.search(window.text, max(0, match.start() - 60), match.start()):
                continue  # "would not return until the truce had held for a month": not yet
            if act_at is None or not any(
                start <= match.start() and match.end() <= end for start, end in asides
            ):
                return True
        return False

    def _dated_past(self, window: Window, act_at: int | None = None) -> bool:
        """A sentence that dates what it tells to a year before the story's ('in 2019', 'in
        March 2021'), not one that only names an old deal by its year ('the 2018 agreement'),
        nor a clause after the act that dates something else ('signed a truce, ending a war
        that has gone on since independence in 1975')."""
        reference = self.doc.reference_year
        if reference is None:
            return False
        limit = reference - self.lex.years_before
        act = act_at - window.start if act_at is not None else -1
        dated = [
            int(m.group(1))
            for m in _DATED.finditer(window.text)
            if act < 0 or m.start() < act or not _OTHER_CLAUSE.search(window.text, act, m.start())
        ]
        return bool(dated) and max(dated) <= limit

    def _mediators(self, window: Window) -> list[str]:
        doc = self.doc
        found: list[str] = []
        for match in self.lex.mediated_by.finditer(window.text):
            start = window.start + match.end()
            end = window.clause_end(window.clause_end(start) + 1)
            # "brokered by Qatar and signed by A and B": the brokers are the list after "by";
            # a war's own sides broker nothing ("talks mediated by the United States, India and
            # Pakistan have agreed": the list runs on into the next clause's subject)
            # "through the mediation of Qatar and the United States": a state named as the
            # object of "of" is still a broker, though the mentions read it as a place
            places = _HOST_CUE.search(match.group()) is None
            chain = self._chain(window, start, end, places=places)
            found.extend(
                r.name
                for r in chain
                if not r.person and not (len(doc.sides) == 2 and r.name in doc.sides)
            )
        for active in self.lex.mediating.finditer(window.text):
            # the verb's own subject, a list right before it ("Egypt and Qatar brokered", "the
            # US, which has long mediated, brokered"), not every party of its clause ("A and B
            # agreed to a truce after talks it hosted": "it" is the broker)
            at = window.start + active.start()
            before = [
                r
                for r in doc.refs_between(window.index, window.clause_start(at), at)
                if not r.person
            ]
            if before and _SUBJECT_GAP.fullmatch(doc.text, before[-1].end, at):
                found.extend(r.name for r in _list_ending(doc.text, before, len(before) - 1))
        refs = doc.refs[window.index]
        for at, ref in enumerate(refs):
            if ref.person:
                continue
            if _GLUED_MEDIATOR.match(doc.text[ref.end : ref.end + 30]):
                found.append(ref.name)
            elif _NAMED_MEDIATION.match(doc.text, ref.end) and _THROUGH_BEFORE.search(
                doc.text, max(window.start, ref.start - 40), ref.start
            ):
                # "Qatari and American mediation": the list before the word
                found.extend(r.name for r in _list_ending(doc.text, refs, at) if not r.person)
        return list(dict.fromkeys(found))

    def _type(
        self, window: Window, conditions: str | None, skip: str | None = None
    ) -> CeasefireType:
        for kind, pattern in self.lex.cease_types:
            if kind != skip and pattern.search(window.text):
                return kind
        return "conditional" if conditions else "immediate"

    def _conditions(self, window: Window, act_at: int) -> str | None:
        match = self.lex.conditions.search(self.doc.text, act_at, window.end)
        if match is None:
            return None
        end = window.clause_end(match.end())
        if len(self.doc.text[match.end() : end].split()) < 2 and end + 2 < window.end:
            end = window.clause_end(end + 2)  # "on condition that | the army stops": its clause
        return words_after(self.doc.text[match.start() : end], 12)

    def _calls(
        self, window: Window, trigger_at: int, found: CeasefireAct | None, act_at: int
    ) -> list[GroundedCeasefireCall]:
        doc = self.doc
        scope: TimeScope = "current"
        historical = self._historical(window, act_at if found is not None else None)
        act: CeasefireAct
        if found is None:
            if not historical or _IN_RETURN_FOR.search(
                doc.text, max(window.start, trigger_at - 60), trigger_at
            ):
                # ("a second phase, in which Hamas was to free the hostages in return for a
                # permanent end to the war": a deal's terms, told of, not a past agreement)
                return []
            act = "agree"
            act_at = trigger_at
        else:
            act = found
        if self._told_not_done(window, act, found, act_at, trigger_at):
            return []
        if (
            act == "call"
            and _OBLIGATION.match(doc.text, act_at)
            and _TRUCE_AS_FRAME.search(
                doc.text, max(window.start, trigger_at - _SINCE_REACH), trigger_at
            )
        ):
            return []
        if act in ("violation_alleged", "accept", "call") and self._year_before(trigger_at):
            # "accused the army of violating the 2018 agreement", "urged both sides to respect
            # the 2018 agreement": the year names the deal, not the act, which is this week's
            # news unless the sentence dates it ("In 2019 ... accused ...")
            if (
                self._dated_past(window, act_at)
                or doc.lexicon.history.search(window.text)
                or months_before(doc, window)
            ):
                scope = "historical"
        elif (historical and act in ("agree", "declare", "violation_alleged", "accept")) or (
            act in ("agree", "declare", "violation_alleged", "call")
            and (time_scope(doc, window) == "historical" or months_before(doc, window))
        ):
            scope = "historical"
        elif self._dated_past(window, act_at):
            # "the ELN rejected a call for a Christmas truce in 2019", "the MNLF, which signed a
            # peace deal with Manila in 1996"
            scope = "historical"
        mediators = self._mediators(window)
        both = self.lex.both_sides.search(window.text) is not None
        announcers = self._announcers(window, act_at) if act == "declare" else []
        announcer = announcers[0] if announcers else None
        if announcer is not None and announcer not in doc.sides:
            # "the truce was announced by the Malaysian premier": a broker tells of the sides'
            # agreement
            if len(doc.sides) != 2:
                return []
            act = "agree"
            mediators = list(dict.fromkeys([*mediators, announcer]))
        if (
            act == "violation_alleged"
            and _DESPITE.match(doc.text, act_at)
            and doc.frame_for(window.index, act_at) is None
        ):
            if not self._year_before(trigger_at):
                return []  # "a house hit by an Israeli strike despite the truce": nobody accuses
            # "fighting went on despite a 1998 ceasefire between A and B": the past truce told
            act, scope = "agree", "historical"
        predicate = (
            _PREDICATE_NOUN.search(doc.text, max(window.start, act_at - 60), act_at)
            if act == "violation_alleged"
            else None
        )
        # "It called the attack a violation": the subject of the naming verb
        subject = doc.subject(window, predicate.start() if predicate else act_at)
        agents = (
            self._passive_agents(window, act_at)
            if act in ("reject", "accept", "offer", "violation_alleged")
            or (
                act == "call"
                and (
                    self._passive_before(window, act_at)
                    or self._participle_by(window, act_at - window.start)
                )
            )
            else []
        )
        agent = agents[0] if agents else None
        if agent is not None and act != "violation_alleged":
            subject = Actor(agent)  # "the plan was rejected by the RSF": the agent acts
        if announcer is not None and act == "declare":
            subject = Actor(announcer)  # "a truce declared by the RSF"
        elif (
            agent is None and act != "agree" and self._participle_by(window, act_at - window.start)
        ):
            return []  # "welcomed the truce declared by the army": an agent the text does not place
        told_to: list[str] = []  # the parties a reported "should" or "must" asks
        each_side = False  # one record per side: "both sides declared unilateral truces"
        if act == "call" and _MODAL.match(doc.text, act_at):
            # "OCHA said the army and the RSF should suspend hostilities": the speaker asks;
            # the parties that should stop are asked
            frame = self._reporting_frame(window, act_at)
            reporter = frame.actor if frame is not None else None
            if reporter is not None and reporter.party and subject != reporter:
                if subject is not None and subject.party and subject.party != reporter.party:
                    told_to = self._joined(window, act_at, subject.party, [])
                subject = reporter
        # "Russia must now agree to a truce": the party asked, right before the modal
        asked_party = (
            self._named_right_before(window, act_at)
            if act == "call" and _MODAL.match(doc.text, act_at)
            else None
        )
        if _PARTICIPLE.match(doc.text, max(window.start, act_at - 2)):
            subject = self._sentence_subject(window) or subject  # "X said ..., calling on"
        # '"They announced a ceasefire, but their planes still fly," a KIA spokesman said': in
        # a warring side's quote, "they" is the other side
        they = (
            self._quoted_enemy(window, act_at)
            # (not an offer or a call: "They proposed a truce" may be the mediators)
            if act in ("declare", "accept", "reject", "violation_alleged")
            and _THEY_LEAD.fullmatch(doc.text, window.clause_start(act_at), act_at)
            else None
        )
        relative = (
            self._relative_subject(window, act_at)
            if act in ("declare", "agree", "accept", "reject", "offer")
            else None
        )
        if relative is not None:
            if act == "declare" and relative.party and self._onlooker(relative.party):
                return []  # "the ceasefire Qatar announced": a broker's news, no declaration
            # "would respect a truce the junta extended on Tuesday": the clause that describes
            # the truce has its own subject, who did this act
            subject = relative
        if (
            act == "offer"
            and _TERMS_FOR_TRUCE.match(doc.text, act_at)
            and subject is not None
            and subject.party is not None
            and self._onlooker(subject.party)
        ):
            return []  # "NATO's chief said a truce would only hold if ...": a guess, no terms
        proposer = False  # the offer's maker named as the proposal's adjective
        if act == "offer" and _OFFER_NOUN.match(doc.text, act_at):
            owner = _OWNER_BEFORE.search(doc.text, max(window.start, act_at - 40), act_at)
            owners = (
                [r for r in doc.refs_between(window.index, owner.start(), act_at) if not r.person]
                if owner is not None
                else []
            )
            if owner is None:
                # "a U.S. proposal for a 30-day ceasefire", "a Saudi-American truce plan": the
                # party named as its adjective proposes it
                owners = self._adjective_owners(window, act_at)
                proposer = bool(owners)
            if owner is not None and not owners:
                return []  # "rejected the rebels' offer": made by someone the text does not place
            if owner is None and _RECEIVED_NOUN.search(
                doc.text, max(window.start, act_at - 50), act_at
            ):
                return []  # "had received a new truce proposal": someone else's, unnamed
            if owners and agent is None:
                subject = Actor(owners[0].name)  # "commented on the Vatican's truce proposal"
        makers = self._noun_makers(window, act_at) if act == "call" else []
        document = self.lex.document_calling.search(
            doc.text, max(window.start, act_at - 60), act_at
        )
        if (
            act == "call"
            and document is not None
            and not makers
            and not self.lex.authoring.match(document.group("verb") or "")
            # ("X in a joint statement asked for a truce": the statement is the subject's)
            and (document.group("verb") or "").strip().lower() not in _BY_WAY_OF
        ):
            # "vetoed a UN resolution calling for a ceasefire": the text's author calls, not the
            # subject
            authors = [
                r.name
                for r in doc.refs_between(
                    window.index,
                    document.end("verb") if document["verb"] else document.start(),
                    act_at,
                )
                if not r.person
            ]
            if not authors:
                return []
            makers = authors[:1]
        if makers:
            subject = Actor(makers[0])  # "despite calls from Egypt and Qatar for a truce"
        elif act in ("call", "offer") and self.lex.refusing.search(
            doc.text, max(window.start, act_at - 40), act_at
        ):
            # "brushed off calls from abroad to halt the operation": calls by no one the text
            # names, which the subject refuses
            act = "reject"
        # "the truce was violated by Russian forces, Kyiv said": the agent is accused
        accused: str | None = agent if act == "violation_alleged" else None
        accusation = self._accusation(window, act_at) if act == "violation_alleged" else None
        if accusation is not None:
            known, accusing, accused_party = accusation
            if not known:
                return []  # accused by someone this text does not name as a party
            subject, accused = accusing, accused_party or accused
        quoted = doc.quote_speaker(window, act_at) if act != "agree" else None
        if (
            act == "violation_alleged"
            and accusation is None
            and agent is None
            and quoted is None
            and not _RECIPROCAL.match(doc.text, act_at)  # ", each side accusing the other"
            and self._passive_before(window, act_at)
            and self._reporting_frame(window, act_at) is None
        ):
            return []  # "a ceasefire that was violated almost daily": told, alleged by no one
        if quoted is not None and quoted[1].party is None:
            # '"They accept a truce on paper," said a teacher': a quote by no party acts for none
            return []
        if quoted is not None:
            # '"They have broken the truce," the army said': the speaker acts, and a party named
            # in the quote as breaking it is accused
            opening, actor = quoted
            named = [
                r.name for r in doc.refs_between(window.index, opening, act_at) if not r.person
            ]
            if act == "violation_alleged" and named and named[0] != actor.party:
                accused = named[0]
            elif act == "violation_alleged" and not named and they is not None:
                accused = they
            subject = Actor(they) if they is not None and act != "violation_alleged" else actor
            if relative is not None:
                subject = relative  # '"We will respect the truce the RSF declared," X said'
        if (
            asked_party is not None
            and subject is not None
            and subject.party == asked_party
            and not self._conditions(window, act_at)
        ):
            # asked of a party by someone the text does not place, or its own duty told by its
            # own side (with terms, "Russia should only agree to a truce if ...", it offers one)
            return []
        if act == "declare" and announcer is None and subject is not None and subject.party:
            between = self._between(window, trigger_at)
            if subject.party not in between and len(between) >= 2:
                # "Qatar announced a ceasefire between the Taliban and Pakistan": the broker
                # tells of the two sides' deal
                act = "agree"
                mediators = list(dict.fromkeys([*mediators, subject.party]))
        if (
            act == "reject"
            and subject is not None
            and subject.party
            and _REFUSED_HALT.match(doc.text, act_at)
        ):
            speakers = {f.actor.party for f in doc.frames[window.index] if f.actor}
            speakers.discard(None)
            if speakers and subject.party not in speakers:
                return []  # "Kyiv warned that Russia would not stop its offensive": a forecast
        if act == "declare" and subject is not None and subject.party in mediators:
            # "A first China-brokered truce, announced in mid-December, did not last": the
            # broker declares nothing; the sides agreed to the truce it brokered
            act = "agree"
        if (
            act == "offer"
            and subject is not None
            and subject.party not in doc.belligerents
            and _WOULD_WELCOME.search(doc.text, max(window.start, act_at - 40), act_at + 20)
        ):
            act = "call"  # "the UN would welcome a ceasefire": wished for by one who does not fight
        speaker = subject.person if subject else None
        partner = (
            self._relative_partner(window, act_at, subject.party)
            if act == "agree" and subject and subject.party
            else None
        )
        if (
            act == "agree"
            and subject
            and subject.party
            # (not "a truce that Qatar brokered between A and B": the broker agrees nothing)
            and subject.party not in mediators
            and partner is None
            and (
                _ONE_SIDE_AGREES.match(doc.text, act_at)
                or (
                    trigger_at < act_at
                    and _AGREED_TRUCE.search(doc.text, trigger_at, act_at) is not None
                    and not _TRUCE_STARTS.match(doc.text, act_at)
                )
            )
        ):
            # "Cambodia agreed to an immediate ceasefire": one party says yes to a truce asked of
            # it; sides that agree together ("A and B agreed", "the two sides agreed") agree
            joined = self._joined(window, act_at, subject.party, mediators)
            lead = doc.text[window.clause_start(act_at) : act_at]
            # "Yemen's Saudi-backed government and the Iran-aligned Houthi movement have agreed
            # to": a list the subject search read as one party still names two warring ones
            warring_named = {
                r.name
                for r in doc.refs_between(window.index, window.clause_start(act_at), act_at)
                if not r.person and not r.place and r.name in doc.belligerents
            }
            if (
                len(joined) == 1
                and len(warring_named - set(mediators)) < 2
                and not self.lex.both_sides.search(lead)
                # "A's premier and his B counterpart agreed to": two sides' leaders together
                and not _COUNTERPART.search(doc.text, window.start, act_at)
                # "agreed to a temporary ceasefire with the alliance": a deal with the other side
                and not (
                    trigger_at > act_at
                    and self._counterpart(window, trigger_at, subject.party, mediators)
                )
            ):
                act = "accept"
        lead = doc.text[window.clause_start(act_at) : act_at]
        sides_act = _SIDES_ACT.search(lead) is not None and self.lex.both_sides.search(lead)
        if act == "accept" and sides_act:
            act = "agree"  # "the warring parties accepted the truce": the sides agree on it
        sides = doc.past_sides if scope == "historical" else doc.sides
        if act == "agree" and sides_act and len(sides) == 2:
            # "the envoy said the two sides had agreed", or, after "talks with the United States
            # and the Houthis", those two
            actors = self._pair_named(window, act_at, mediators) or list(sides)
            addressees = list(actors)
        elif act == "agree":
            actors = self._agents(window, min(act_at, trigger_at), mediators)
            signed = bool(actors)  # "signed in Doha by X and Y": the agents, whoever they are
            if not actors and partner and subject and subject.party:
                actors, signed = [subject.party, partner], True
            between = [] if actors else self._between(window, trigger_at)
            if (
                between
                and act_at < trigger_at
                and subject
                and subject.party
                and _HALT_OF_FIGHTING.match(doc.text, trigger_at)
            ):
                # "Israel and Lebanon agreed to end the fighting between Israel and Hezbollah":
                # the fighting's sides are named, the deal's are the subjects (not "Egypt, Qatar
                # and Turkey agreed to end the fighting between A and B": the subjects must
                # include one of the fighting's sides)
                joined = self._subject_list(window, act_at, subject.party, mediators)
                between = joined if len(joined) >= 2 and set(joined) & set(between) else between
            for deal in () if actors or between else _DEAL_BETWEEN.finditer(window.text):
                # "The agreement between Israel and Lebanon ... was meant to lead to a cessation
                # of hostilities": the deal the sentence names binds those two
                between = self._between(window, window.start + deal.start())
                if between:
                    break
            if between:
                # "a ceasefire between Congo and Rwanda": the sides, named as such
                actors, signed = between, len(between) >= 2
            if (
                not actors
                and subject
                and subject.party
                and subject.party not in mediators
                and not _AGREED_THAT.match(doc.text, act_at)
            ):
                joined = self._subject_list(window, act_at, subject.party, mediators)
                if len(joined) >= 2:
                    # "Israel and Lebanon have agreed": the subject's list, whoever they are
                    actors, signed = joined, True
            reported = [f.end for f in doc.frames[window.index] if f.end <= act_at and f.actor]
            if reported and not actors:
                # "the envoy said A and B had agreed": the parties after the speech verb agree
                after = _heads(doc.text, doc.refs_between(window.index, reported[-1], act_at))
                actors = _unique(r.name for r in after if not r.person and r.name not in mediators)
            if not actors:
                # ("The rebels of the LRA signed": one party named twice is still one side)
                before = _heads(doc.text, doc.refs_between(window.index, window.start, act_at))
                actors = _unique(r.name for r in before if not r.person and r.name not in mediators)
            if not actors and subject and subject.party and subject.party not in mediators:
                actors = [subject.party]
            if not signed and len(doc.belligerents) >= 2:
                # named near the deal without being its agents: the warring ones are its sides,
                # an onlooker beside them only reports, hosts or welcomes it
                warring = [a for a in actors if a in doc.belligerents]
                actors = warring if warring else actors
            if len(actors) == 1:
                actors = [*actors, *self._counterpart(window, trigger_at, actors[0], mediators)]
            if both or len(actors) < 2:
                actors = (
                    list(dict.fromkeys([*actors, *sides]))[:2] if both or not actors else actors
                )
            # (an onlooker, or a state the text names only by its people: "Blinken")
            if (
                len(sides) == 2
                and not set(sides) <= set(actors)  # ("A and B signed", A and B the sides)
                and all(self._onlooker(a) or a not in doc.parties for a in actors)
            ):
                if not (_BE.match(doc.text, act_at) or self._passive_before(window, act_at)):
                    return []  # "Egypt and Qatar agreed on a plan to push for a truce": no truce
                # "the truce was extended", after "with Cuba and Norway as guarantors", or "a
                # ceasefire that Blinken unveiled was extended": the onlookers named before it
                # agreed nothing; the sides did
                actors = list(sides)
            if len(actors) == 1:
                # sides agree with each other: one side alone agrees with the other side of the
                # war ("the ceasefire had been extended"), or the act is not an agreement
                if len(sides) != 2 or actors[0] not in sides:
                    return []
                if not _WITH_UNNAMED.search(doc.text, trigger_at, window.clause_end(trigger_at)):
                    actors = list(dict.fromkeys([*actors, *sides]))
            addressees = list(actors)
        else:
            actors = [subject.party] if subject and subject.party else []
            hosts = self._gathering_hosts(window, act_at) if act != "violation_alleged" else []
            if hosts:
                # "A summit in Nairobi, co-hosted by Kenya and the AU, called for": its hosts
                actors = hosts
                mediators = [m for m in mediators if m not in hosts]
            elif len(agents) > 1 and act != "violation_alleged":
                actors = agents  # "rejected by Hamas and Islamic Jihad": both reject
            elif len(makers) > 1:
                actors = makers
            elif announcer is not None and act == "declare":
                # "A and B accused each other of breaching a truce declared by B": the agents
                # after "by" declare, not the sentence's subjects
                actors = announcers
            elif actors and agent is None:
                # (not a passive's one agent: "the truce between Mali and the CMA was rejected by
                # the CMA" is the CMA's refusal alone)
                actors = self._joined(window, act_at, actors[0], mediators)
            if not actors and act == "declare" and sides_act and len(doc.sides) == 2:
                # "both sides declared unilateral ceasefires": each side declares its own; "the
                # two sides renewed the truce": one truce, the two sides' deal
                actors = list(doc.sides)
                each_side = _EXTENDS_VERB.match(doc.text, act_at) is None
            if (
                not actors
                and (scope == "historical" or (sides_act and act != "call"))
                and not (act == "declare" and _UNILATERAL.search(window.text))
            ):
                # "both sides have rejected calls for a truce"; a unilateral truce has one side
                actors = list(doc.sides)
            after = doc.refs_between(window.index, act_at, window.end)
            addressed = (self._addressed(r, act) for r in after)
            addressees = [n for n in addressed if n and n not in actors and n not in mediators]
            if (both or not addressees) and act in (
                "call",
                "violation_alleged",
                "offer",
                "accept",
                "reject",
            ):
                others = [s for s in doc.sides if s not in actors]
                addressees = (
                    list(dict.fromkeys([*addressees, *others]))
                    if both
                    else addressees
                    # a side asks the other side; an onlooker's appeal is to both
                    or (others[:1] if set(actors) & set(doc.sides) or act != "call" else others)
                )
        if accused is not None:
            addressees = [accused]
        if told_to:
            addressees = [a for a in told_to if a not in actors] or addressees
        if (
            act == "violation_alleged"
            and quoted is None
            and accusation is None
            and agent is None
            and subject is not None
            and subject.party is not None
        ):
            frame = self._reporting_frame(window, act_at)
            if frame is not None and (frame.actor is None or frame.actor.party is None):
                # "Residents said the RSF had broken the truce": no party accuses, and the RSF
                # is the accused, not the accuser
                return []
            told = [f for f in doc.frames[window.index] if f.end <= act_at]
            if frame is None and told and told[-1].actor is None:
                # "A regional official said TPLF forces had violated it": a speaker the text
                # does not place accuses, and the TPLF is again the accused
                return []
        accuser = self._accuser(window, act, act_at, subject) if quoted is None else None
        if accuser is not None:
            # "Kyiv said Russian troops had broken the truce": the speaker accuses the subject
            addressees, actors = [a for a in actors if a != accuser][:1] or addressees, [accuser]
        actors = list(dict.fromkeys(actors))
        addressees = list(dict.fromkeys(addressees))  # "the ELN ... as long as the rebels": once
        if act == "accept" and len(sides) == 2 and set(sides) <= set(actors):
            # "Israel and Lebanon accepted the proposal": the two sides agree on it together
            act, addressees = "agree", list(actors)
        reciprocal = act == "violation_alleged" and _RECIPROCAL.search(window.text) is not None
        named_sides = self._sentence_sides(window, mediators) if reciprocal else []
        if reciprocal and len(named_sides) == 2:
            # "a truce between the military and the alliance collapsed, each side accusing the
            # other": the two sides the sentence names
            actors = named_sides
        elif reciprocal and len(doc.sides) == 2:
            actors = list(doc.sides)  # "each side accused the other": one record per side
        elif act == "violation_alleged" and actors and set(actors) <= set(addressees):
            return []  # a party accusing only itself: the accuser was not found
        elif (
            act == "violation_alleged"
            and accused is None
            and len(doc.sides) == 2
            and all(map(self._onlooker, actors))
            and (
                not addressees
                or (
                    _COUNTED_BREACHES.search(window.text) is not None
                    and not any(
                        not r.person and not r.place and r.name not in actors
                        for r in doc.refs_between(window.index, act_at, window.end)
                    )
                )
            )
        ):
            return []  # "monitors recorded 10 ceasefire violations": a count that accuses no one
        if not actors and act == "violation_alleged" and accused is not None:
            # "the truce was violated by the RSF, according to the army": who tells it accuses
            tellers = [
                f.actor.party
                for f in doc.frames[window.index]
                if f.actor is not None and f.actor.party and f.actor.party != accused
            ]
            if tellers:
                actors, addressees = tellers[:1], [accused]
        if not actors:
            return []
        if (
            act == "accept"
            and _WELCOMED_NOW.match(doc.text, act_at)
            and doc.belligerents
            and not set(actors) & set(doc.belligerents)
        ):
            return []  # "the UN welcomed the truce": an onlooker's approval accepts nothing
        if (
            act == "accept"
            and _TAKEN_UP.match(doc.text, act_at)
            and (
                not set(actors) & set(doc.sides)
                or not _SIDE_BEFORE.search(doc.text, max(window.start, act_at - 40), act_at)
            )
        ):
            # "Biden welcomed the agreement", "Riyadh endorsed the deal": only a warring side
            # takes up a deal by welcoming it; an ally's or a patron's welcome is support
            return []
        if (
            act == "reject"
            and _TRUCE_OVER.match(doc.text, act_at)
            and all(map(self._onlooker, actors))
        ):
            return []  # "the UN said the truce was over": an onlooker ends no truce
        if (
            act == "offer"
            and _CONTINUE_UNTIL.match(doc.text, act_at)
            and all(map(self._onlooker, actors))
        ):
            return []  # "the ICRC warned the war would continue until ...": a forecast
        if act == "offer" and (
            self._onlookers_ask(actors) or (proposer and all(map(self._onlooker, actors)))
        ):
            # ("a U.S. proposal": named as the proposer, an onlooker asks in any story)
            act = "call"
        if (
            act == "declare"
            and len(actors) > 1
            and _EACH_BEFORE.search(doc.text, max(window.start, act_at - 12), act_at)
        ):
            each_side = True  # "A and B each declared a unilateral ceasefire": one each
        if act == "declare" and not each_side and len(set(actors) & set(doc.sides)) >= 2:
            act = "agree"  # "the government and the EMC declared a bilateral ceasefire"
            addressees = list(actors)
        elif (
            act == "declare"
            and len(doc.sides) == 2
            and set(actors) <= set(doc.sides)
            and _SAID_AGREED.search(doc.text, act_at, window.end)
        ):
            # "announced a 48-hour ceasefire, saying it had been agreed at the Taliban's
            # request": one side tells of the two sides' deal
            act = "agree"
            actors = addressees = list(doc.sides)
        conditions = self._conditions(window, act_at)
        if act == "call" and conditions and set(actors) <= set(doc.belligerents):
            act = "offer"  # a side that sets conditions for stopping offers a conditional truce
        modal = (
            _MODAL_BEFORE.search(doc.text, max(window.start, act_at - 20), act_at)
            if doc.text.startswith("agree", act_at)
            else None
        )
        if (
            act == "agree"
            and modal is not None
            and (conditions or (modal[1].lower() in ("could", "might") and not modal[2]))
            and subject is not None
            and subject.party
        ):
            # "the rebels would agree to a ceasefire only once the army left": one side's terms
            act, actors = "offer", [subject.party]
            addressees = [s for s in doc.sides if s != subject.party]
        if (
            act == "accept"
            and conditions
            # ("would observe a truce provided ...": a promise to keep one, on terms)
            and (_READY.match(doc.text, act_at) or _PROMISE.match(doc.text, act_at) or modal)
        ):
            # "ready to observe a truce if ...", "would agree to a ceasefire only once ...": its
            # terms, not a yes to another's (but "would accept it, provided ..." accepts it)
            act = "offer"
        if (
            act == "declare"
            and conditions
            and _MODAL_BEFORE.search(doc.text, max(window.start, act_at - 20), act_at)
            and _OTHERS_DEED.search(conditions)
        ):
            # "said he would declare a ceasefire provided the talks went ahead": terms set for
            # a truce not yet declared are an offer
            act = "offer"
        if (
            act == "offer"
            and not conditions
            and _WILL_HALT.match(doc.text, act_at)
            and _TIME_FRAME.search(doc.text, act_at, min(window.end, act_at + _NEAR_FRAME))
        ):
            # "the army would suspend hostilities from April 2 until April 22": a truce told
            # with its dates and no terms is declared, not offered; by two sides at once ("Egypt
            # announced that Israel and Hamas would stop firing at 9pm"), agreed
            act = "agree" if len(actors) >= 2 else "declare"
            if act == "agree":
                addressees = list(actors)
        if act in ("declare", "agree") and len(actors) == 1:
            # (the proposal is the sentence's subject: "Israel, which rejected the plan, said it
            # will extend the truce" declares)
            proposal = _PROPOSAL_SUBJECT.match(doc.text, window.start, act_at)
            if proposal is not None and not doc.refs_between(
                window.index, proposal.end("noun"), act_at
            ):
                # "The UN's plan would extend the truce": what a proposal would do is offered
                act = "offer"
        kind = self._type(window, conditions)
        if act == "violation_alleged" and kind in ("immediate", "conditional"):
            kind = "observance"  # the truce it concerns is unknown
        # "A and B accuse C of violating it": one accusation, by both, against C (unlike "A and
        # B accused each other": one record a side)
        jointly_accused = act == "violation_alleged" and accused is not None and not reciprocal
        records = (
            [[a] for a in actors]
            if (act == "violation_alleged" or each_side) and len(actors) > 1 and not jointly_accused
            else [actors]
        )
        other_side = (
            self._counterpart(window, trigger_at, actors[0], mediators)
            if act == "agree" and len(actors) > 1 and _SEPARATE_DEALS.match(doc.text, trigger_at)
            else []
        )
        separate = bool(other_side) and other_side[0] not in actors
        if separate:
            # "A and B signed ceasefires with C": a deal of each with C
            records = [[a, other_side[0]] for a in actors]
        kinds = [kind]
        if (
            found == "agree"
            and not doc.text.endswith(", ", 0, act_at)  # "the truce, agreed in January,"
            and _EXTENDED.search(doc.text, act_at + 1, window.end) is not None
        ):
            # "agreed to a truce ..., and it was extended twice": the extension is a deal too
            kinds = [self._type(window, conditions, skip="extension"), "extension"]

        def record(
            act: CeasefireAct,
            kind: CeasefireType,
            group: list[str],
            addressed: list[str],
            excluded: list[str],
            speaker: str | None = None,
            conditions: str | None = None,
        ) -> GroundedCeasefireCall:
            return GroundedCeasefireCall(
                act=act,
                type=kind,
                actors=group[:10],
                speaker=speaker,
                addressees=addressed[:10],
                mediators=[m for m in mediators if m not in excluded][:10],
                conditions=conditions,
                time_scope=scope,
                evidence=window.text,
                span=span_of(window),
            )

        answered = []
        asked = self._asked_by(window, act, act_at, trigger_at, actors)
        if asked is not None:
            # "Kyiv rejected Russia's offer of a truce": Russia's offer is an act too (the
            # sentence's speaker and conditions are the answer's)
            asked_act, askers = asked
            answered.append(record(asked_act, kind, askers, actors, askers))
        return [
            *answered,
            *(
                record(
                    act,
                    each,
                    group,
                    (
                        group
                        if separate
                        else addressees
                        if jointly_accused
                        else [a for a in actors if a not in group]
                        if len(records) > 1
                        else addressees
                    ),
                    actors,
                    # ("each side accused the other", told by a third party: no side's speaker)
                    speaker
                    if len(records) == 1 or subject is None or subject.party in group
                    else None,
                    conditions,
                )
                for group in records
                for each in kinds
            ),
        ]

    def _asker_before(
        self, window: Window, trigger_at: int, actors: list[str]
    ) -> tuple[CeasefireAct, list[str]] | None:
        """'A call by X for a truce': the onlooker X whose call a later verb answers."""
        text = self.doc.text
        for ref in self.doc.refs_between(window.index, window.start, trigger_at):
            party = self.doc.actor_of(ref).party
            if party is None or party in actors or not self._onlooker(party):
                continue
            by = _ASKED_BEFORE_AGENT.search(text, max(window.start, ref.start - 40), ref.start)
            if by is None or by.group("noun").lower() not in _CALL_NOUNS:
                continue
            if len(text[ref.end : trigger_at].split()) <= 5 and _FOR_TRUCE.match(
                text, ref.end, trigger_at
            ):
                return "call", [party]
        return None

    def _asked_by(
        self, window: Window, act: CeasefireAct, act_at: int, trigger_at: int, actors: list[str]
    ) -> tuple[CeasefireAct, list[str]] | None:
        """'rejected Russia's offer of a truce', 'ignored an appeal by the UN for a pause': the
        offer or call a rejection answers, and the party that made it. (An accepted proposal is
        told as the acceptance's own terms: annotators keep the acceptance alone.)"""
        text = self.doc.text
        if act in ("reject", "accept") and trigger_at < act_at:
            # "A call by the UN envoy for a truce was rejected by al-Shabaab": a third party's
            # call, told before its answer
            return self._asker_before(window, trigger_at, actors)
        if act != "reject" or trigger_at <= act_at:
            return None
        after = _ASKED_FROM.match(text, self._trigger_ends.get(trigger_at, trigger_at))
        if after is not None:
            # "turned down an offer of a ceasefire from a faction of Boko Haram"
            named = [
                r
                for r in self.doc.refs_between(window.index, after.end(), after.end() + 40)
                if not r.place
            ]
            party = self.doc.actor_of(named[0]).party if named else None
            if party is not None and party not in actors:
                noun = _ASKED_NOUN_BEFORE.search(text, act_at, trigger_at)
                if noun is not None:
                    asks = noun.group("noun").lower() in _CALL_NOUNS or self._onlookers_ask([party])
                    return ("call" if asks else "offer"), [party]
        refs = self.doc.refs_between(window.index, act_at, trigger_at)
        for at, ref in enumerate(refs):
            party = self.doc.actor_of(ref).party
            if party is None or party in actors:
                continue
            owned = _ASKED_AFTER_OWNER.match(text, ref.end)
            by = _ASKED_BEFORE_AGENT.search(text, max(act_at, ref.start - 40), ref.start)
            noun = owned or by
            last, makers = ref, [party]
            if by is not None and owned is None:
                # "a call by France, Germany, Britain and Poland for a truce": every maker
                for other in refs[at + 1 :]:
                    if not _LIST_GAP.fullmatch(text, last.end, other.start):
                        break
                    last = other
                    maker = self.doc.actor_of(other).party
                    if maker is not None and maker not in makers and maker not in actors:
                        makers.append(maker)
            # the truce right after: "India's offer of talks ... a ceasefire" offers no truce
            if (
                noun is None
                or len(text[owned.end() if owned else last.end : trigger_at].split()) > 4
            ):
                continue
            asks = noun.group("noun").lower() in _CALL_NOUNS or self._onlookers_ask(makers)
            return ("call" if asks else "offer"), makers
        return None
