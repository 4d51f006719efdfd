"""Who the article names: parties from the actor table, parties the table does not know
(acronyms defined in the text, "the X Forces / Front / Movement ..."), generic references
("the army", "the militia"), and which mentions only name a place ("fighting in Sudan")."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TypeVar

from rapidfuzz import fuzz

from summarize.actors import ActorTable, PartyEntry, PersonEntry, city_state_code, plain
from summarize.conflicts import conflict_scores, find_conflict, load_conflicts
from summarize.dates import MONTHS, WEEKDAYS
from summarize.phrases import LiteralMatcher, PhraseMatcher, WordAnchored
from summarize.schema import PartyKind, PartyRole

from .lexicon import Lexicon
from .patterns import WordScan
from .text import Budget, Window

T = TypeVar("T")
MAX_NEW_PARTIES = 40
_CAP = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*|[a-z]{1,3}-[A-Z][\w'’]*)"
_CONNECT = r"(?:of|for|and|in|on|de|du|des|la|le|al|el|the)"
# a word that describes a group by who leads or backs it, no word of its name
_DESCRIBED_BY_OTHERS = re.compile(
    r"[\w'’.-]+-(?:led|backed|based|aligned|allied|supported|dominated|sponsored|affiliated)",
    re.IGNORECASE,
)
# a name's next capitalised word, its linking words before it ("of the", "for")
_NEXT_CAP = rf"[ ]+(?:{_CONNECT}[ ]+){{0,2}}{_CAP}"
_ACRONYM_DEF = re.compile(
    rf"(?P<long>{_CAP}(?:{_NEXT_CAP}){{0,7}})[ ]+"
    r"\((?P<short>[A-Z][A-Za-z0-9&-]{1,9})\)"
)
# a relative clause closed by its comma ("Rwanda, which denies backing the M23, replied"): what
# "its" after it points back to is not named inside it
_RELATIVE_CLAUSE = re.compile(r",[ ]+(?:which|who|whose)\b[^,;.]*,")
# a page's copyright line: "(c) 2011 Mideast Monitor.", "© Copyright 2024 Daily News"
_COPYRIGHT = re.compile(r"\W*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# ", which calls itself the Communist Party of Peru": the name a group gives itself
_ALIAS = re.compile(
    rf",?[ ]+(?:which|who)[ ]+(?:calls|called|styles|styled)[ ]+(?:itself|themselves)[ ]+"
    rf"(?:the[ ]+)?(?P<alias>{_CAP}(?:{_NEXT_CAP}){{0,7}})"
)
_NAME_BEFORE = re.compile(rf"{_CAP}(?:{_NEXT_CAP}){{0,5}}$")
# "the Sool, Sanaag and Cayn (SSC) regions": an acronym of places, not of a party
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:regions|provinces|count(?:y|ies)|governorates?|municipalit(?:y|ies))\b"
)
# "the UN mission in Cote d'Ivoire (MINUCI)", "the African Union's mission in Burundi
# (AMIB)": a named mission of an international body, a party of its own
_MISSION_DEF = WordScan(
    re.compile(
        r"mission[ ]+(?:in|to|for|on)[ ]+(?:the[ ]+)?[A-Z][\w'’-]*(?:[ ]+(?:of|the|and|d['’]"
        r"[A-Z][\w'’-]*|[A-Z][\w'’-]*)){0,4}[ ]+"
        r"\((?P<short>[A-Z]{3,}[A-Z0-9-]*)\)"
    ),
    ["mission"],
)
# its owner, right before "mission": "the UN", "the African Union's", "the AU peacekeeping"
_MISSION_OWNER = re.compile(
    r"(?P<owner>\b[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}?)(?:['’]s)?[ ]+(?:[a-z-]+[ ]+){0,2}$"
)
# where talks meet or a deal is signed: "signed a ceasefire in Lome", "talks in Arusha"
_VENUE_BEFORE = re.compile(
    r"\b(?:talks|negotiations|meeting|summit|signed|signing|conference|ceremony|"
    r"mediation|delegations?|hosted|gathered)\b[^.;,]{0,50}?\b(?:in|at)\s+(?:the\s+)?"
    r"(?:[A-Za-z-]+\s+(?:capital|city|town|port|resort)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# "Pakistan-focused": a compound that describes
_LOWER_COMPOUND = re.compile(r"-[a-z]+$")
# a name written in capitals or with a digit: "CNDD-FDD", "M23", "SPLA-IO"
_ACRONYM_NAME = re.compile(r"(?=(?:[^A-Z0-9]*[A-Z0-9]){2})[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*")
# a truce's broker: "talks brokered by Togo", "under the auspices of Kenya"
_BROKERED_BEFORE = re.compile(
    r"\b(?:(?:brokered|mediated|facilitated|hosted|sponsored)\s+by|auspices\s+of|"
    r"mediation\s+(?:of|by))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a one-word name followed by another capitalised word: the first part of a longer name
# (with a particle too: "Munir al-Yafei", "Omar bin Laden")
_NAME_GOES_ON = re.compile(
    r"[ ]((?:(?:al|el|ad|an|as|ash|at|az)-|(?:bin|ibn|bint|abu|ould|wad)[ ])?[A-Z][a-z]+)"
    r"(?:[ ,.;:'’]|$)"
)
_DAYS_AND_MONTHS = frozenset(
    word.capitalize() for word in (*WEEKDAYS, *MONTHS) if word.isalpha() and len(word) > 3
)
# "gunmen attacked the Catholic Church in Owo", "killed 12 at the Methodist Church": a building
_BUILDING_BEFORE = re.compile(
    r"\b(?:at|in|inside|into|near|outside|attack\w*|burn\w*|hit|bomb\w*|struck|torch\w*|"
    r"storm\w*|raid\w*|target\w*|shell\w*|loot\w*|destroy\w*|damag\w*)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
_FLAGGED = re.compile(r"[-\u2010\u2011 ](?:flagged|registered)\b", re.IGNORECASE)
_IDEOLOGY_PARTY = re.compile(
    r"(?:Communist|Socialist|Democratic|Republican|Labour|Labor|Conservative|Liberal|Green|"
    r"National|Nationalist|Workers['’]?|People['’]s|Islamist|Maoist)[ ]+Party"
)
_LEANING = re.compile(r"^(?:pro|anti)-\S+\s+")
_SAINTS = re.compile(r"(?:St\.?|Saint|Sainte|San|Santa|Our Lady)\b")
_SAINT_BEFORE = re.compile(
    r"\b(?:St\.?|Saint|Sainte|San|Santa|Our\s+Lady)\s+(?:[A-Z][\w'’-]*\s+){1,3}$"
)
_PLACE_BEFORE = re.compile(
    # (not "it is now up to Kyiv to ...": the party whose turn it is)
    r"\b(?:in|into|from|across|(?<!according )(?<!\bis up )(?<!\bwas up )(?<!\bnow up )to|near|"
    r"inside|within|throughout|towards?|at|"
    r"around|via|through|outside|of)\s+(?:the\s+)?"
    # "in southern Lebanon", "across north-eastern Nigeria": a part of the land
    r"(?:(?:(?:north|south)(?:[ -]?(?:east|west))?|east|west)(?:ern)?\s+|central\s+|rural\s+"
    r"|war-torn\s+|neighbouring\s+|neighboring\s+)?$",
    re.IGNORECASE,
)
# (only the party's own forces or government: "the head of Haiti's main gang" heads no body of
# Haiti's; "the heads of Thailand's and Cambodia's armies" head both states' armies)
_HEADED_BODY_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s)?\s+"
    r"(?:(?:armed|security|defen[cs]e|border|intelligence)\s+)?"
    r"(?:armies|army|militar(?:y|ies)|forces|services|governments?|delegations?|troops)\b"
)
_HEAD_OF_BEFORE = re.compile(
    r"\b(?:heads?|chiefs?|commanders?|leaders?|directors?)\s+of\s+$", re.IGNORECASE
)
# "the governments of the US", "the president of Kenya": an institution of the state, no place
_OF_INSTITUTION = re.compile(
    r"\b(?:governments?|presidents?|leaders?|leadership|ministers?|ministry|ministries|army|"
    r"armies|forces|military|embassy|embassies|ambassadors?|delegations?|representatives?|"
    r"authorities|officials|envoys?|king|emir|behalf|side|sides|allies|partners|"
    # member states named after their grouping: "the Troika of the United States, Britain and
    # Norway" (not "a coalition of South Sudan's opposition groups": the state only places them)
    r"troika|quartet)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "Sudan's Rapid Support Forces", "Colombia's National Liberation Army": a state's possessive
# only places the group, whose name follows
_OWNER = re.compile(r"([A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,3})['\u2019]s[ ]+(?=[A-Z])")


def _spells(acronym: str, name: str) -> bool:
    """Whether `acronym` is the initials of `name`'s capitalised words ("SPLA" of "Sudan
    People's Liberation Army")."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return acronym.isupper() and len(acronym) >= 2 and acronym == initials


# ", a " right before a name and its head: the head describes the name before the comma
_DESCRIBED_BEFORE = re.compile(r",[ ]+an?[ ]+$")
_NAMED_FOR = frozenset({"People", "Peoples", "Women", "Workers", "Children", "Youth", "Martyrs"})
# (the next item may open with "the": "from Bulgaria, the Philippines and Mexico", "fled into
# Chad and the Central African Republic")
_LIST_JOIN = re.compile(r"(?:'s)?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?P<the>the\s+)?")
_BARE_COMMA = re.compile(r"(?:'s)?\s*,\s*")
# a lower-case word after a name that neither goes on with a list nor opens a phrase of time or
# place: most often the name's verb
_VERB_NEXT = re.compile(
    r"\s+(?!(?:and|or|in|on|at|since|during|after|before|last|this|each|as|to|from|with|"
    r"where|which|who|whose|until|over|for|by)\b)[a-z]"
)
# two to four capitalised words, as a person's name is written
_PERSON_LIKE = re.compile(
    r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:[ ](?:al-|el-|bin[ ]|ibn[ ])?[A-Z][a-z'’-]+){1,3}"
)
_INTO = re.compile(
    r"\b(?:in|into|across|inside|within|throughout|via|through)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "its 25 crew members, from Bulgaria, Ukraine and Mexico": where people come from, a list of
# their lands (not "envoys from Qatar, Egypt and the US": agents of those states)
_NATIONALS_FROM = re.compile(
    r"\b(?:crew|crew\s+members|crewmen|sailors|seafarers|nationals|citizens|workers|labou?rers|"
    r"passengers|tourists|hostages|captives|victims|migrants|refugees|students|pilgrims|"
    r"drivers|fishermen|miners|engineers|doctors|nurses|journalists|volunteers|employees|staff)"
    r"\s*,?\s+(?:[\w-]+\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NAMED_AFTER = re.compile(
    r"[ ]+(?:agreements?|accords?|deal|talks|process|framework|format|declaration|protocol|"
    r"summit|conference|peace|ceasefire|truce|memorandum|communiqu[eé])\b",
    re.IGNORECASE,
)
# A dateline's date: "Sept 14", "14 June 2018", "Nov. 1, 2014"
_DATELINE_DAY = (
    r"(?:,[ ]+(?:[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}|\d{1,2}[ ]+[A-Z][a-z]{2,8})(?:,?[ ]+\d{4})?)"
)
_DATELINE = re.compile(
    # "KHARTOUM -", "BUKAVU, DR Congo (AFP) -", "PORT SUDAN, Sept 14 (Reuters) -", a city in
    # title case when a wire agency or a date follows it: "Beirut (AFP) -", "Kano, 1 Nov
    # (wire) -"; the dash may end the line
    r"(?:[A-Z][A-Z'.-]+(?:[ /,]+[A-Z][A-Z'.-]+)*"
    r"(?:,[ ]+[A-Z][A-Za-z'.-]*(?:[ ]+[A-Z][A-Za-z'.-]*)*)?"
    rf"{_DATELINE_DAY}?(?:[ ]*\([A-Za-z][A-Za-z .'-]*\))?"
    r"|[A-Z][a-z'.-]+(?:[ ]+[A-Z][a-z'.-]+)*(?:,[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2})?"
    r"[ ]*\((?:AFP|AP|Reuters|Xinhua|Anadolu|UPI|dpa|IANS|PTI)\)"
    rf"|[A-Z][a-z'.-]+(?:[ ]+[A-Z][a-z'.-]+)*{_DATELINE_DAY}(?:[ ]*\([A-Za-z][A-Za-z .'-]*\))?)"
    r"(?:[ ]+[-–—]+|:)(?:[ ]|$)"
)


def after_dateline(text: str, start: int) -> int:
    """Where the sentence at `start` begins past its dateline ("KHARTOUM -"), if it has one."""
    dateline = _DATELINE.match(text, start)
    return dateline.end() if dateline else start


# "former Kenyan President X", "a former deputy president of South Africa", "ex-US envoy": a
# past office names no party acting now
_FORMER = re.compile(
    r"\b(?:(?:[Ff]ormer|[Ll]ate)\b|[Ee]x-)[ ]?"
    # "late last week Russia", "late on Friday Kyiv": a time, not a dead office-holder
    r"(?!(?:last|on|in|this|that|at|night|morning|afternoon|evening|yesterday|today)\b)"
    # "its former ally Russia", "the former rebel movement X": a past tie, the party acts now
    r"(?:(?!(?:rebels?|movement|group|militias?|guerrillas?|insurgents?|factions?|allies|ally|"
    r"enemy|enemies|rivals?|foes?|partners?|adversary|adversaries|colonial|power)\b)"
    r"[a-z][\w-]*[ ]+){0,3}(?:(?:of|for)[ ]+(?:the[ ]+)?)?$"
)
# "Russian-made mines", "a London-based monitor", "a Liberian-flagged ship": only an origin;
# "Iranian-backed militias": their backer, not the militias (the lexicon's generic group forces);
# "the Soviet-era dam": a period
_ORIGIN_AFTER = re.compile(
    r"-(?:based|made|built|manufactured|designed|produced|born|flagged|registered|educated|"
    r"backed|supported|sponsored|allied|aligned|linked|affiliated|inspired|era)\b"
)
# "the Ethiopian border", "Ethiopia's Gambella region", "Israeli airspace": a state as a place
# "according to Lebanon's health ministry": a possessive name before one of its bodies, no place
_BODY_AFTER = re.compile(
    r"(?<=['’]s)[ ]+(?:[a-z-]+[ ]+){0,2}?(?:ministry|army|military|government|forces|police|"
    r"authorities|officials?|office|spokes(?:man|woman|person)|presidency|media|troops|"
    r"council|cabinet|parliament|navy|air[ ]force|intelligence|ministers?|president|"
    r"leader(?:ship)?|envoys?|ambassadors?|delegation|embassy|commanders?|junta|regime|"
    r"administration|negotiators?)\b"
)
# "the work of US special envoy X", "commander of US Air Forces": the state's own office or
# forces right after its name, no place
_OFFICE_AFTER = re.compile(
    r"[ ]+(?:[A-Z][A-Za-z]+[ ]+|(?i:special|deputy|top|chief|senior|acting|foreign|defen[cs]e|"
    r"interior|military|security|peace|army)[ ]+)?"
    r"(?i:envoys?|ambassadors?|presidents?|ministers?|ministry|officials?|"
    r"army|military|forces|force|troops|soldiers|navy|police|government|authorities|"
    r"delegation|embassy|diplomats?|spokes(?:man|woman|person)|commanders?|generals?)(?![\w-])"
)
# "the government in Beirut": the capital names whose government, no place of an event.
_SEAT_BEFORE = re.compile(
    r"\b(?:government|authorities|administration|regime|leadership|ministry|foreign[ ]+office|"
    r"presidency)[ ]+in[ ]+$",
    re.IGNORECASE,
)
_SEAT_AFTER = re.compile(r"[ ]+in[ ]+")
# "the group", "the armed group", "the militia": a singular noun that refers back to one group
_OBJECT_BEFORE = re.compile(r"\b(?:with|against|on|at|to|into|from|by|of|for)[ ]+(?:the[ ]+)?$")
_BACK_REFERENCE = re.compile(
    r"(?i:the)[ ]+(?:[a-z-]+[ ]+){0,2}(?:group|militia|movement|force|forces|rebels|insurgents|"
    r"paramilitaries|paramilitary|guerrillas|militants|jihadists|separatists|fighters|cartel|"
    r"gang)"
)
# "the health ministry in Hamas-run Gaza": the name after "in" only says who runs the place
_RUN_AFTER = re.compile(r"[\w.]*-(?:run|controlled|held|ruled|administered)\b")
# a body's runner told after it: "the media office in Gaza, which is run by Hamas,"
_RUN_BY_AFTER = re.compile(
    # (not "the army said the town, which is controlled by the RSF,": a place described)
    r"(?:[ \t]+(?!(?:which|that|the|an?|its|their|his|her|this|these|those|said|says|told|"
    r"reported|claimed|added)\b)[a-z][\w-]*){0,3}"
    r"(?:[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?,?[ \t]+(?:which|that)[ \t]+"
    r"(?:is|was|are|were)[ \t]+(?:run|controlled|led|administered|operated)[ \t]+by[ \t]+"
    r"(?:the[ \t]+)?"
)
_SOURCE_AFTER = re.compile(r"[ ]+sources?\b", re.IGNORECASE)
# "suspended its military cooperation", "its budget aid and military training": the forces word
# qualifies the owner's noun (not "its army said"); no body is named
_OWNERS_ADJECTIVE = re.compile(
    r"\b(?:its|their|his|her|our)[ ]+(?:[a-z-]+[ ]+(?:[a-z-]+[ ]+)?(?:and|or)[ ]+)?$", re.IGNORECASE
)
_NOUN_QUALIFIED = re.compile(
    r"[ ]+(?!(?:said|says|has|had|is|was|were|have|will|would|could|can|must|did|does|also|"
    r"then|and|or|of|in|on|to)\b)[a-z][\w-]*"
)
# "a former police officer", "an ex-army general": a person's past job, not the body speaking
_FORMER_BEFORE = re.compile(r"\b(?:former|ex|retired)[ -]$", re.IGNORECASE)
# "official figures", "the latest official count": a count whose issuer may be named after it
_OFFICIAL_COUNT = re.compile(r"(?:figures|count|data|statistics|toll|tally)$", re.IGNORECASE)
_COUNT_ISSUED_BY = re.compile(
    r"[ ]+(?:(?:issued|released|published|compiled|provided|given)[ ]+)?(?:from|by|of)\b",
    re.IGNORECASE,
)
# "officials in Kyiv said": a capital after officials names whose officials.
_OFFICIALS_BEFORE = re.compile(r"\bofficials[ ]+in[ ]+$", re.IGNORECASE)
# "mediators from Qatar and Egypt", "officials from Kenya": those who act for the state, not a
# place they came from (unlike "refugees from Sudan", or "withdrew its envoys from Niger")
_AGENTS_FROM = re.compile(
    r"\b(?<!withdrew )(?<!withdraw )(?<!withdrawn )(?<!withdrawing )(?<!recalled )(?<!recall )"
    r"(?<!pulled )(?<!expelled )(?<!evacuated )(?:mediators|negotiators|envoys|delegates|"
    r"delegations?|diplomats|officials|representatives|ministers|leaders)[ ]+from[ ]+(?:the[ ]+)?$",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"['’]s[ ]+")
# "forces loyal to President X", "pro-X militias", "X's troops": a leader's forces, the party he
# leads
_LOYAL_MEN = (
    r"(?:forces|troops|fighters|militiamen|militias?|gunmen|units|soldiers|loyalists|supporters)"
)
_LOYAL_VERB = (
    r"[ ]+(?:(?:still|who[ ]+are|who[ ]+were|that[ ]+are|remained)[ ]+)?loyal[ ]+to[ ]+(?:the[ ]+)?"
)
_LEADER_BEFORE = r"(?:ousted|toppled|deposed|former|late|embattled|incumbent|outgoing)"
_LOYAL_TO = re.compile(
    rf"\b{_LOYAL_MEN}{_LOYAL_VERB}(?:(?:{_LEADER_BEFORE}|[A-Z][a-z]+\.?)[ ]+){{0,3}}$|\bpro-$",
    re.IGNORECASE,
)
_LEADERS_FORCES = re.compile(
    r"['’]s?[ ]+(?:forces|troops|fighters|militias?|militiamen|loyalists|supporters|camp|army|"
    r"guards?|government|regime)\b"
)
_LOYAL_REACH = 80
# A leader the table does not know, by the forces loyal to him ("forces loyal to Laurent X"):
# his camp is a party, "<surname> forces"; then "X's camp", "pro-X militias" are it too.
_LOYAL_TO_NAME = re.compile(
    rf"\b(?i:{_LOYAL_MEN}){_LOYAL_VERB}(?:{_LEADER_BEFORE}[ ]+)?(?:[A-Z][a-z]+\.?[ ]+){{0,3}}?"
    r"(?P<name>[A-Z][a-z][\w'’-]+)\b(?![ ]+[A-Z])(?!['’]s)(?![ ]+(?:of|for)\b)"
)
_CAMP_WORDS = (
    r"(?:forces|troops|camp|loyalists|fighters|militias?|militiamen|supporters|entourage|"
    r"government|defen[cs]e[ ]+ministry|army)"
)
# a landform or road named after a city ("the Juba valley", "the Kabul river", "the Kyiv
# highway"): no mention of the state whose capital shares the name
_LANDFORM_AFTER = re.compile(
    r"[ ]+(?:valley|valleys|river|basin|delta|plain|plains|corridor|highway|road|gorge|pass|"
    r"lake|hills|mountains)\b"
)
_GEOGRAPHY_AFTER = re.compile(
    r"(?:'s)?[ ]+(?:[A-Z][\w-]+[ ]+){0,2}(?:border|borders|frontier|region|regions|province|"
    r"provinces|district|districts|city|cities|town|towns|village|villages|capital|coast|"
    r"coastline|highlands|lowlands|mainland|countryside|hinterland)\b"
    r"(?![ ]+(?:guards?|police|forces|troops|patrols?|posts?|officials?|authorities|force|units?|"
    r"service)\b)"
)
# "ethnic Albanians", "Kosovo Serbs": a people, not its state
# a language named by a state's adjective: "in Spanish)", "translated from French,"
_IN_LANGUAGE_BEFORE = re.compile(r"\b(?:in|from|into)[ ]+$", re.IGNORECASE)
_LANGUAGE_END = re.compile(r"[ ]*(?:[),.;:]|$)|[ ]+(?:and|or)[ ]+[A-Z]")
_LANGUAGE_AFTER = re.compile(r"-(?:language|speaking)\b", re.IGNORECASE)
_ETHNIC_BEFORE = re.compile(r"\b(?:ethnic|fellow)[ ]+$", re.IGNORECASE)
# A headline-like line of links or menu items: "> Chad braces for...", "News | Sudan | Sport"
_BULLET = re.compile(r"^\s*(?:[>»›•·▸]|-[ ])")
_SEPARATOR = re.compile(r"[ ](?:\||>|»|›)[ ]")
_TITLE_CASE_SHARE = 0.7  # of a short line's words capitalised: a headline in Title Case
_OF_OWNER = re.compile(r"[ ]+(?:of|for)[ ]+(?:the[ ]+)?")
_SHOUTED = re.compile(r"[a-z]")  # a line without one lower-case letter is all capitals
_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")
# (tried only where its first words are: a scan of the whole text cost ~0.17 ms an article)
_HEALTH_MINISTRY = WordAnchored(
    re.compile(
        r"\b(?:health\s+minist(?:ry|er|ries)|ministry\s+of\s+(?:public\s+)?health)\b",
        re.IGNORECASE,
    ),
    {"health", "ministry"},
)
# between a party's name and a body it owns: "Lebanon's health ministry", "the Hamas-run
# health ministry", "the Thai defence ministry"
_OWNER_GAP = re.compile(r"(?:['\u2019]s)?(?:-(?:run|controlled|led))?\s+(?:(?:public|own)\s+)?")
_OWNER_GAP_REACH = 20
_OWNERS_TRIED = 4  # the names ending nearest before a body named: its owner is one of them
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_HEALTH_PLACE_REACH = 25
_PLACE_WORD = re.compile(r"\b[A-Z][a-z]+(?:'s)?[ ]$")
# a word shaped like a nationality ("Palestinian", "Sudanese", "Kurdish"; not "Federal")
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish|i)")
_PREVIOUS_NAME = re.compile(r"\b(?:[A-Z][a-z]+|da|de|do|dos|del|al|el|la|le)[ ]$")
# "On Wednesday Kyiv said": a day or month before a capital is no part of a longer place name
_TIME_WORDS = frozenset((*WEEKDAYS, *MONTHS, "today", "yesterday", "tonight"))
_NEXT_CAPITALISED = re.compile(
    r"[ ]+(?!(?:Is|Was|Has|Had|Will|Says|Said|And|Or|On|In|To)\b)[A-Z][a-z]"
)
_FIGHT_WORDS = r"fight(?:s|ing)?|fought|clash(?:es|ed|ing)?|battl(?:e|es|ed|ing)|combat|hostilities"
_FIGHTING = re.compile(rf"\b(?:{_FIGHT_WORDS})\b", re.IGNORECASE)
# the heads that name a group's members, and the ends of words that make a people's adjective
_MEMBERS = frozenset({"fighters", "militants", "militiamen", "gunmen"})
_PEOPLE_ADJECTIVE = re.compile(r"(?:ish|ian|ese|an|ic|i)$")
# after "the armed group" a name is expected: only the surest adjective endings, not "-i" or
# "-an" ("Mungiki")
_ADJECTIVE_ENDING = re.compile(r"(?:ish|ian|ese)$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# the story tells of fighting, not only of a group banned, designated or tried
# a state's body that speaks, as opposed to its armed men
_STATE_ORGAN = re.compile(
    r"\b(?:ministry|ministries|government|cabinet|presidency|foreign office)\b", re.IGNORECASE
)
_DOMESTIC_FORCE = re.compile(r"\bpolice\b", re.IGNORECASE)
_FEDERAL = re.compile(r"\bfederal\b", re.IGNORECASE)
_WAR_TOLD = re.compile(
    rf"\b(?:{_FIGHT_WORDS}|attack(?:s|ed|ing)?|ambush(?:es|ed)?|offensive|shell(?:s|ed|ing)|"
    r"killed|truce|cease-?fire)\b",
    re.IGNORECASE,
)
# troops asked for, offered or planned, not in the fight: "chanted for French troops to come",
# "is considering sending US troops", "offered to deploy Kenyan police"
_WISHED_FORCES = re.compile(
    r"\b(?:(?:ask|call|appeal|chant|plead|press)(?:s|ed|ing)?|beg(?:s|ged|ging)?|"
    r"lobb(?:y|ies|ied|ying))[ ]+for[ ]+(?:the[ ]+)?$|"
    r"\b(?:would|could|may|might|(?:plan|offer|pledge|promise|agree|vow)(?:s|ed|d|ing)?[ ]+to|"
    r"considering|consider)[ ]+"
    r"(?:send(?:ing)?|deploy(?:ing)?|dispatch(?:ing)?|contribut(?:e|ing))"
    r"(?:[ ]+(?:in|more|additional|extra|some|[\d,]+))?[ ]+(?:the[ ]+)?$",
    re.IGNORECASE,
)
# "called for Ethiopian troops to withdraw": troops asked to go are troops there
_ASKED_TO_LEAVE = re.compile(
    r"[^.;]{0,40}?\bto[ ]+(?:withdraw|leave|pull|stop|cease|end|halt|return|go[ ]+home|"
    r"be[ ]+withdrawn)\b",
    re.IGNORECASE,
)
# what one side does to another in a war report, as a past-tense verb
HOSTILE_ACTS = (
    r"(?:launched|shelled|attacked|struck|fired|bombed|bombarded|invaded|raided|stormed|"
    r"pounded|targeted|killed|shot|overran|ambushed)"
)
# a state's men striking: "Russian troops shelled", "Israeli jets struck" (not "Two Guyanese
# soldiers were killed": struck)
_FORCES_STRIKE = re.compile(
    r"[ ]+(?:(?!(?:were|was|are|is|been|being|be)\b)[A-Za-z-]+[ ]+){0,3}?"
    rf"(?:have[ ]+|had[ ]+|has[ ]+)?{HOSTILE_ACTS}\b"
)
# the two sides of a war or a truce: "the war between Iran and Iraq", "Iran and Iraq will stop
# fighting"
_PAIR_JOIN = re.compile(r"(?:['’]s)?[ ]+and[ ]+(?:the[ ]+)?")
_WAR_BETWEEN = re.compile(
    r"\b(?:war|wars|fighting|clashes|conflict|hostilities|ceasefire|cease-fire|truce|armistice)"
    r"[ ]+between[ ]+(?:the[ ]+)?$",
    re.IGNORECASE,
)
_STOP_FIGHTING = re.compile(
    r"[ ]+(?:will|would|to|have|had|agreed[ ]+to|are[ ]+to|must)[ ]+"
    r"(?:stop[ ]+fighting|cease[ ]+fire|end[ ]+(?:the|their)[ ]+war|observe[ ]+a[ ]+ceasefire)\b",
    re.IGNORECASE,
)
# a state's armed forces by a word for them ("army", "troops"); _COMBAT_HEADS adds its units
_FORCES_WORDS = ("army", "military", "armed forces", "forces", "force", "troops", "navy",
                 "air force", "soldiers")  # fmt: skip
_ARMED_FORCES = re.compile(rf"\b(?:{'|'.join(_FORCES_WORDS)})$", re.IGNORECASE)
# after a people's adjective, its armed men: "Burundian soldiers", "Chadian units"; the crews
# and recruits ("Danish pilots", "Russian conscripts") only in a sentence of fighting
_COMBAT_HEADS = (
    *_FORCES_WORDS, "contingents?", "units", "battalions?", "brigades?", "warplanes", "warships",
    "gunboats", "artillery", "commandos", "paratroopers", "marines",
)  # fmt: skip
_CREW_HEADS = ("sailors", "servicemen", "airmen", "pilots", "conscripts", "reservists")


# "Belgian soldiers serving with the UN force": peacekeepers, not a side of the war
_SERVING_ABROAD = re.compile(
    r"[ ]+(?:(?:serving|deployed|attached)[ ]+(?:with|in|to)[ ]+(?:the[ ]+)?(?:[\w.]+[ ]+){0,4}?"
    r"(?:U\.?N\.?\b|United[ ]+Nations|peacekeeping|force|mission|contingent)|"
    # "Austrian soldiers of the peacekeeping contingent"
    r"(?:of|from|in)[ ]+(?:the[ ]+)?(?:[\w.]+[ ]+){0,3}?"
    r"(?:U\.?N\.?\b|United[ ]+Nations|peacekeeping|peacekeepers|contingent))",
    re.IGNORECASE,
)


_PEACEKEEPERS = r"(?:UN[ ]+|U\.N\.[ ]+)?(?:peacekeep|blue[ ]+helmets)"


def _forces_after(demonyms: Iterable[str]) -> re.Pattern[str]:
    """'Burundian soldiers', "Kenyan, Tanzanian and Ugandan troops": after a people's
    adjective, its armed men, with other peoples' adjectives (the table's demonyms) between."""
    peoples = "|".join(re.escape(d) for d in sorted(set(demonyms), key=len, reverse=True))
    return re.compile(
        rf"(?:(?:,[ ]+(?:(?:and|or)[ ]+)?|[ ]+(?:and|or)[ ]+)(?:{peoples})){{0,3}}"
        r"[ ]+(?:(?:special|regular|ground|elite|government)[ ]+)?"
        rf"(?:(?P<combat>{'|'.join(_COMBAT_HEADS)})|{'|'.join(_CREW_HEADS)})\b"
    )


_ROLE_OF_KIND: dict[str, PartyRole] = {
    "armed_group": "belligerent",
    "coalition": "belligerent",
    "de_facto_authority": "belligerent",
    "ngo": "humanitarian",
    "humanitarian_organisation": "humanitarian",
    "international_organisation": "observer",
}


@dataclass(frozen=True, slots=True)
class Ref:
    """One place an actor is named; `name` is a party name or a person's canonical name."""

    start: int
    end: int
    name: str
    person: bool = False
    place: bool = False


@dataclass
class PartyInfo:
    name: str
    kind: PartyKind
    entry: PartyEntry | None
    surfaces: dict[str, None] = field(default_factory=dict)
    window: Window | None = None  # first window naming it as an actor
    count: int = 0
    fights: bool = False  # named by its armed forces ("Pakistani troops", "the Thai army")
    clashes: bool = False  # and those forces fight in the sentence ("Jubaland forces clashed")
    fought: bool = False  # the home state an armed group of a war the table lacks fights

    def role(self, conflict: str | None) -> PartyRole:
        if conflict is None and (self.fights or self.fought) and self.kind == "state":
            return "belligerent"  # a war the conflict table lacks: its forces are in the story
        if self.entry is not None:
            explicit = dict(self.entry.roles).get(conflict or "")
            if explicit is None and self.name in _belligerents_of().get(conflict or "", ()):
                return "belligerent"  # the conflict table names it a side of this war
            role = self.entry.role_in(conflict)
            if explicit is None and self.clashes and self.kind != "state" and role == "observer":
                # "fighting between Jubaland forces and the army": a body the table only
                # observes fights in this story
                return "belligerent"
            return role
        return _ROLE_OF_KIND.get(self.kind, "other")


# after a state's name or adjective, the heads that may still be its own men ("Ukrainian
# fighters"); the others are fighters against it or beside it ("Chadian rebels")
_STATE_MEN = frozenset({"fighters"})
# days named like a name's words: "a truce with the Army for Christmas"
_FEASTS = r"(?:Christmas|Easter|Ramadan|Eid|New[ ]Year|Lent|Passover|Diwali|Tet|Nowruz)"
# "of Casamance", "of the Niger Delta", "for the Liberation of Cabinda": a name's last words
_LAND_AFTER = re.compile(
    r"(?P<land>(?:[ ]+(?:of|for[ ]+the[ ]+(?=(?:Liberation|Independence|Salvation|Defen[cs]e|"
    r"Restoration|Emancipation|Unity|Peace)\b))[ ]*(?:the[ ]+)?"
    rf"(?!(?:{_FEASTS}|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)?){1,3})"
    r"(?![\w'’-]|[ ]+(?:[A-Z(]|(?:and|&)[ ]+[A-Z]))"
)
_OF_PIECE = re.compile(r"[ ]+(?:of|for[ ]+the)[ ]+")
_MEMBERS_OF = frozenset({"Rebels", "Militias", "Mujahideen"})
_OPENING_MEMBERS = frozenset(
    {"fighters", "rebels", "members", "troops", "soldiers", "militants", "gunmen", "units"}
)
# "fighters of the Liberians United for Reconciliation and Democracy (LURD)": a name defined
# after its members is an armed group's, whatever its words
_MEMBERS_BEFORE = re.compile(
    r"\b(?:rebels|fighters|militants|guerrillas|insurgents|militiamen|gunmen|combatants)[ ]+"
    r"(?:of|from)[ ]+(?:the[ ]+)?$",
    re.IGNORECASE,
)
# "LURD fighters advanced", "MODEL's gunmen": a short name its fighters are named by
# (not "militants", a party's activists too: "UDPS militants burned tyres")
_MEMBERS_AFTER = (
    r"(?:['’]s)?[ ]+(?:fighters|rebels|guerrillas|insurgents|militiamen|gunmen|combatants)\b"
)
# a state's own service, whose men are no rebels: "NDS fighters raided"
_STATE_SERVICE = re.compile(
    r"\b(?:Directorate|Security|Intelligence|Service|Agency|Police|Ministry|Department|State|"
    r"Regional|Government|Administration|Authority)\b"
)


# a state's government or forces, by a word for them ("Sudan's government", "the Macedonian
# authorities")
_RULERS = r"(?:government|authorities|regime|army|military|armed[ ]+forces|troops)\b"
_GOVERNMENT_AFTER = re.compile(rf"(?:['’]s)?[ ]+{_RULERS}")
_GOVERNMENT_WORD = re.compile(rf"\b{_RULERS}", re.IGNORECASE)
_RELATIVE_BETWEEN = re.compile(r"\b(?:which|who|whose)\b")
_GOVERNMENT_OF_BEFORE = re.compile(
    r"\b(?:government|authorities|regime|army|armed[ ]+forces)[ ]+of[ ]+(?:the[ ]+)?$",
    re.IGNORECASE,
)


_NAME_LINKS = frozenset({"of", "for", "the", "and", "de", "du", "la", "des", "del"})


def _merge_initials(new: dict[str, PartyInfo]) -> None:
    """ "BRA" in a story that also names the Bougainville Revolutionary Army, never defining
    one by the other: a short name made of a new party's initials is that party's."""
    by_initials: dict[str, str] = {}
    for name in new:
        capitals = [w[0] for w in name.split() if w[:1].isupper()]
        if len(capitals) >= 2 and all(w[:1].isupper() or w in _NAME_LINKS for w in name.split()):
            by_initials.setdefault("".join(capitals), name)
    for short in [n for n in new if n.isupper() and n.isalpha() and n in by_initials]:
        long = by_initials[short]
        if long != short and long in new:
            info = new.pop(short)
            new[long].surfaces.update(info.surfaces)
            if new[long].kind == "other":
                new[long].kind = info.kind


def _governed_state(
    text: str, refs: Sequence[Sequence[Ref]], parties: dict[str, PartyInfo], counts: Counter[str]
) -> str | None:
    """ "Sudan's government and the two rebel movements signed": the one state (of `counts`)
    whose government or forces the story names is the one the rebels fight, wherever the story
    happens ("talks in the Chadian capital", "refugees crossed into Chad"). Only beside an armed
    group of the story, in one clause with it, and never a mediator's: not "the Kenyan
    government hosted the talks", "the Sudanese government, which once backed the LRA"."""
    governed = {
        r.name
        for window_refs in refs
        for r in window_refs
        if counts[r.name]
        and parties[r.name].role(None) != "mediator"
        and _named_as_rulers(text, r)
        and any(_armed_beside(text, r, o, parties) for o in window_refs)
    }
    return next(iter(governed)) if len(governed) == 1 else None


def _named_as_rulers(text: str, ref: Ref) -> bool:
    """ "Sudan's government", "the government of Sudan", "the Macedonian authorities"."""
    return bool(
        _GOVERNMENT_AFTER.match(text, ref.end)
        or _GOVERNMENT_OF_BEFORE.search(text, max(0, ref.start - 20), ref.start)
        or _GOVERNMENT_WORD.search(text, ref.start, ref.end)
    )


def _armed_beside(text: str, ref: Ref, other: Ref, parties: dict[str, PartyInfo]) -> bool:
    """`other` is an armed party in `ref`'s clause (no "which" or "who" between them)."""
    return (
        not other.person
        and parties[other.name].kind in _ARMED_KINDS
        and not _RELATIVE_BETWEEN.search(text, min(other.end, ref.end), max(other.start, ref.start))
    )


def _members_after(windows: Sequence[Window], short: str) -> re.Match[str] | None:
    """Where a window names `short`'s fighters right after it ("LURD fighters"), if one does."""
    named = re.compile(rf"(?<![\w-]){re.escape(short)}{_MEMBERS_AFTER}")
    return next((m for w in windows if short in w.text and (m := named.search(w.text))), None)


_ARMED_KINDS = frozenset({"armed_group", "de_facto_authority", "coalition"})


def _peoples_word(people: str) -> re.Pattern[str]:
    """The people's own word or its land's ("Baloch", "Balochistan"; not "Karenni" for Karen)."""
    return re.compile(rf"{re.escape(people)}(?:istan|stan|land|ia)?")


def _peoples_groups(new: dict[str, PartyInfo], known: dict[str, PartyInfo]) -> dict[str, str]:
    """New parties named by a people and a plural head ("Baloch separatists", "Tamil rebels")
    whose people's word opens a word of exactly one armed group's name in the story (the
    "Balochistan Liberation Army", the "Liberation Tigers of Tamil Eelam"): that group."""
    groups = _armed_long_names(new, known)
    found: dict[str, str] = {}
    for name, info in new.items():
        words = name.split(" ")
        if len(words) != 2 or info.kind != "armed_group" or not words[1].endswith("s"):
            continue
        land = _peoples_word(words[0])
        owners = {
            group
            for group in groups
            if group != name and any(land.fullmatch(w) for w in group.split(" "))
        }
        if len(owners) == 1:
            found[name] = owners.pop()
    return _unfolded(found)


# an organisation's own organs, named after it ("the ECOWAS Commission", "the IGAD Secretariat")
_ORGAN_HEADS = frozenset(
    {"Commission", "Secretariat", "Council", "Assembly", "Parliament", "Summit"}
)


def _short_names(new: dict[str, PartyInfo], known: dict[str, PartyInfo]) -> dict[str, str]:
    """New armed parties whose whole name opens exactly one armed group's name in the story,
    one word short of it ("Al-Nasr" beside the "Al-Nasr Brigade"): that group."""
    groups = _armed_long_names(new, known)
    found: dict[str, str] = {}
    for name, info in new.items():
        if info.kind not in _ARMED_KINDS:
            continue
        longer = [
            group
            for group in groups
            if group.startswith(f"{name} ") and len(group.split()) == len(name.split()) + 1
        ]
        if len(longer) == 1:
            found[name] = longer[0]
    return _unfolded(found)


def _armed_long_names(new: dict[str, PartyInfo], known: dict[str, PartyInfo]) -> list[str]:
    """The story's armed parties' names of more than one word."""
    return [
        info.name
        for info in (*known.values(), *new.values())
        if info.kind in _ARMED_KINDS and " " in info.name
    ]


def _unfolded(found: dict[str, str]) -> dict[str, str]:
    """The foldings of one new party into another that stand: ("Shi'ite militias" and "Shi'ite
    paramilitaries", or "Baloch separatists" and "Baloch insurgents", would each be the other's
    fighters and neither a party) a group stays one when it is itself folded into another."""
    return {name: group for name, group in found.items() if group not in found}


def runs_forces_of(forces: PartyEntry, state: PartyEntry) -> bool:
    """'Sudanese army', "Sudan's military": an alias of `forces` names `state`'s army."""
    owners = {plain(state.name), *(plain(d) for d in state.demonyms)}
    for alias in forces.aliases:
        words = plain(alias).replace("'s ", " ").split()
        if len(words) == 2 and words[0] in owners and words[1] in ("army", "military"):
            return True
    return False


def _owner_of(
    text: str, start: int, end: int, named: Sequence[Ref], ends: Sequence[int]
) -> str | None:
    """The party that owns the body named at `start`-`end`: a mention that holds it ("Russia's
    defence ministry") or one right before it ("Lebanon's health ministry"). `named`: party
    mentions sorted by end, `ends` theirs."""
    index = bisect.bisect_right(ends, end + _OWNER_GAP_REACH)
    for r in reversed(named[max(0, index - _OWNERS_TRIED) : index]):
        if r.start < start and r.end >= end:
            return r.name
        if r.end <= start and _OWNER_GAP.fullmatch(text, r.end, start):
            return r.name
    return None


def _organs_owned(
    text: str, words: str, named: Sequence[Ref], ends: Sequence[int]
) -> list[tuple[int, str]]:
    """Where the story names the organ `words` ("defence ministry") as a state's own ("Russia's
    defence ministry"), and whose; one pass over the text. `named`: state mentions by end."""
    owned: list[tuple[int, str]] = []
    for found in re.finditer(rf"\b{re.escape(words)}\b", text, re.IGNORECASE):
        owner = _owner_of(text, found.start(), found.end(), named, ends)
        if owner is not None:
            owned.append((found.start(), owner))
    return owned


def _named_before(owned: Sequence[tuple[int, str]], at: int) -> str | None:
    """The party whose body was named last before `at` (see _health_owners, _organs_owned)."""
    index = bisect.bisect_left(owned, (at, "")) - 1
    return owned[index][1] if index >= 0 else None


def _places_named(text: str, conflict: str | None, parties: Mapping[str, PartyInfo]) -> bool:
    """Whether the text names one of `conflict`'s own places or keywords, beside its sides (a
    conflict read from a side's name alone may be another war's: an "ELN" in Macedonia)."""
    found = find_conflict(conflict)
    if found is None:
        return False
    named = [name for name, info in parties.items() if info.count]
    score = conflict_scores(text, named).get(found.name, 0)
    return score > 2 * sum(1 for side in found.belligerents if side in named)


@functools.cache
def _belligerents_of() -> dict[str, frozenset[str]]:
    return {c.name: frozenset(c.belligerents) for c in load_conflicts()}


@functools.cache
def _places_of() -> dict[str, frozenset[str]]:
    """Each listed war's places, folded ("goma"): where a dateline's city may place it."""
    return {c.name: frozenset(plain(p) for p in c.places) for c in load_conflicts()}


def is_furniture(window: Window) -> bool:
    """A headline-like line of links or menu items: "> Chad braces for...", "News | Sudan",
    "World > Africa > Sudan"; not a headline with its section after one bar ("Kyiv says ... |
    World news")."""
    if not window.is_headline:
        return False
    if _BULLET.search(window.text):
        return True
    pieces = _SEPARATOR.split(window.text)
    return len(pieces) >= 3 or (len(pieces) == 2 and all(len(p.split()) <= 3 for p in pieces))


def _title_case_line(text: str, start: int, end: int) -> bool:
    """The short line around `start` has most words capitalised ("Kyiv Accuses Moscow Of
    Shelling"), so a capital before another capitalised word says nothing of a longer name."""
    low = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200)
    high = text.find("\n", end, end + 200)
    words = text[low : high if high >= 0 else end + 200].split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and capitalised >= _TITLE_CASE_SHARE * len(words)


def _hosts(text: str, start: int) -> bool:
    """The place named at `start` is where talks are held or a deal signed ("signed in Lome")."""
    return _VENUE_BEFORE.search(text, max(0, start - 80), start) is not None


def bucket(windows: Sequence[Window], spans: Iterable[tuple[int, int, T]]) -> list[list[T]]:
    """Put each (start, end, item) into the window holding it."""
    starts = [w.start for w in windows]
    found: list[list[T]] = [[] for _ in windows]
    for start, end, item in spans:
        index = bisect.bisect_right(starts, start) - 1
        if index >= 0 and end <= windows[index].end:
            found[index].append(item)
    return found


# a name governed by a preposition ("according to the UN", "talks with the army") is an
# object of its sentence, not what the sentence is about
_GOVERNED = re.compile(
    r"\b(?:of|to|between|with|from|against|for|on|in|by|at|among|over|after)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "The UN peacekeeping mission, MINUSCA": the noun a name qualifies, then that noun's own name
_NAMED_NOUN = re.compile(r"(?:\s+[a-z][\w-]*){1,3},\s+(?:the\s+)?")


def _topic_ref(window: Window, refs: Sequence[Ref], person: bool) -> Ref | None:
    """The name a sentence is about: its first party (or person) no preposition governs. A
    possessive opening the next sentence points back to it ("The coalition congratulated
    Baghdad. Its commander said": the coalition's, not Baghdad's)."""
    named = [r for r in refs if not r.place and r.person == person]
    for index, ref in enumerate(named):
        at = ref.start - window.start
        if _GOVERNED.search(window.text, max(0, at - 24), at):
            continue
        after = named[index + 1] if index + 1 < len(named) else None
        if after is not None and _NAMED_NOUN.fullmatch(
            window.text, ref.end - window.start, after.start - window.start
        ):
            return after  # "The UN peacekeeping mission, MINUSCA,": the mission is about
        return ref
    return None


def owner_before(
    windows: Sequence[Window],
    refs: Sequence[Sequence[Ref]],
    window: Window,
    limit: int,
    person: bool,
) -> Ref | None:
    """What "its"/"their" (or, with `person`, "his"/"her") at `limit` points back to: the party
    (person) named last before it in its sentence, else the one the sentence before is about."""
    own = [r for r in refs[window.index] if not r.place and r.person == person and r.end <= limit]
    if own:
        # "Rwanda, which denies backing the M23, replied through its envoy": not a party named
        # inside a relative clause closed before "its"
        closed = [
            (window.start + m.start(), window.start + m.end())
            for m in _RELATIVE_CLAUSE.finditer(window.text, 0, limit - window.start)
        ]
        outside = [r for r in own if not any(a < r.start and r.end < b for a, b in closed)]
        return (outside or own)[-1]
    if window.index == 0:
        return None
    return _topic_ref(windows[window.index - 1], refs[window.index - 1], person)


def scan(
    matcher: PhraseMatcher | LiteralMatcher, text: str, regions: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Every match of `matcher` inside `regions`, as absolute (start, end)."""
    spans: list[tuple[int, int]] = []
    for start, end in regions:
        # The whole text, bounded, not a copy of the region: its words are indexed once.
        spans.extend((m.start(), m.end()) for m in matcher.finditer(text, start, end))
    return spans


class MentionFinder:
    """Finds party mentions; compiled once per actor table and lexicon."""

    def __init__(self, actors: ActorTable, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self._places: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._war_places = frozenset(place for c in load_conflicts() for place in c.places)
        self._demonym_sets: dict[str, frozenset[str]] = {}
        self._forces_after = _forces_after(
            d for e in actors.parties if e.kind == "state" for d in e.demonyms
        )
        # Non-state parties the table says run a health ministry, and the capitalised words of
        # those aliases that are no party's name ("Gaza health ministry": Gaza).
        self._health_runners: set[str] = set()
        self._health_places: dict[str, str] = {}
        self._site_heads = frozenset(lexicon.site_heads)
        # capitalised words after a name that end in a site's head noun ("Saudi German
        # Hospital"; not "Israel Prison Service", whose name goes on)
        heads = "|".join(sorted(map(re.escape, self._site_heads))) or r"(?!x)x"
        self._site_after = re.compile(
            rf"(?:[ ]+[A-Z][\w'’-]*){{0,2}}?[ ]+(?:{heads})\b(?![ ]+[A-Z])"
        )
        for entry in actors.parties:
            if entry.kind == "state":
                continue
            for alias in entry.aliases:
                if _HEALTH_MINISTRY.pattern.search(alias):
                    self._health_runners.add(entry.name)
                    for word in _CAPITALISED.findall(_HEALTH_MINISTRY.pattern.sub("", alias)):
                        if word not in ("Health", "Ministry") and "-" not in word:
                            self._health_places[word] = entry.name
        heads = "|".join(sorted(lexicon.heads, key=len, reverse=True))
        # "Army of the Republic", not "Rebels of the LURD" (a plural noun opening a sentence)
        # ("the Centre for Policy Studies": a head that names a body only before "for")
        for_led = [rf"{re.escape(h)}(?=[ ]+(?:for|on)[ ][A-Z])" for h in sorted(lexicon.for_heads)]
        leading = "|".join(
            [*sorted(set(lexicon.heads) - _MEMBERS_OF, key=len, reverse=True), *for_led]
        )
        # no name opens with "The" or "On": "The Movement for Justice" is the led form's
        opening = "|".join(map(re.escape, sorted(lexicon.leading_words)))
        self._headed = re.compile(
            rf"(?<![\w'’-])(?=[A-Za-z])(?!(?:{opening})\b)"
            rf"(?:(?P<led>(?:{_CAP}[ ]+){{0,2}}(?P<lhead>{leading})[ ]+"
            rf"(?:of|for|on)[ ]+(?:the[ ]+)?(?!(?:{opening}|{_FEASTS})\b)"
            rf"{_CAP}(?:[ ]+(?:and[ ]+|of[ ]+(?:the[ ]+)?|on[ ]+(?!(?:{opening})\b))?"
            rf"{_CAP}){{0,5}})"
            rf"|(?P<name>(?:{_CAP}[ ]+(?:(?:of|for|and|de|du|al)[ ]+)?){{1,5}}(?:{heads}))"
            r"(?![\w-])(?![ ]+(?:One|Two)\b))"  # "Air Force One": a plane
        )
        civil = "|".join(sorted(map(re.escape, lexicon.civil_heads), key=len, reverse=True))
        self._civil = re.compile(
            # ("the Hostages and Missing Families Forum": "and" inside the name)
            rf"(?:{_CAP}[ ]+(?:and[ ]+(?={_CAP}[ ]+{_CAP}))?){{0,4}}"
            rf"(?:{civil or '(?!x)x'})(?![\w-])"
            rf"(?:[ ]+(?:of|for)[ ]+(?:the[ ]+)?{_CAP}"
            rf"(?:[ ]+(?:(?:and|of|for|in)[ ]+)?{_CAP}){{0,5}})?"
        )
        self._title_first = re.compile(rf"(?i:{lexicon.titles.pattern})(?![\w-])")
        self._lower_headed = re.compile(
            # ("LURD and MODEL rebels": two acronyms' fighters)
            rf"(?:\b(?P<also>[A-Z][A-Z0-9-]{{1,9}})[ ]+and[ ]+)?"
            rf"(?P<name>{_CAP}(?:[ ]+{_CAP}){{0,2}})[ ]+(?P<head>{lexicon.lowercase_heads.pattern})"
        )
        # Each pattern above needs its head word: a window without one is skipped at once.
        self._any_head = re.compile(rf"(?:{'|'.join([heads, *for_led])})(?![\w-])")
        apposed = "|".join(sorted(map(re.escape, lexicon.apposed_heads), key=len, reverse=True))
        # "SSC-Khaatumo, a clan militia": a name, then what it is, with up to three modifiers
        self._apposed = re.compile(
            rf"(?P<name>{_CAP}(?:[ ]+{_CAP}){{0,3}}),[ ]+an?[ ]+(?:[\w'’-]+[ ]+){{0,3}}?"
            rf"(?P<head>{apposed or '(?!x)x'})(?![\w-])"
            # then what describes it, not a verb or a noun the head qualifies ("an armed group
            # killed", "a gang stronghold", "a militia commander")
            r"(?=[ ]*[,;.)]|[ ]+(?:that|which|who|active|based|loyal|allied|linked|backed|"
            r"operating|fighting|known|led|founded|formed|close|aligned|affiliated)\b)"
        )
        # "the jihadist group Boko Haram", "allied militias known as Wazalendo": what it is,
        # then its name
        plural = "|".join(sorted((re.escape(h) + "s" for h in lexicon.apposed_heads), key=len))
        adjectives = "|".join(map(re.escape, lexicon.group_adjectives)) or "(?!x)x"
        lower_heads = lexicon.lowercase_heads.pattern
        places = (
            r"regions?|provinces?|states?|strongholds?|towns?|city|cities|areas?|territory|"
            r"enclaves?|capital|districts?|count(?:y|ies)|held|leaders?|commanders?|chief"
        )
        head_before = re.compile(
            rf"(?:\b(?:[Tt]he|[Aa]n?)[ ]+(?:[\w'’-]+[ ]+){{0,2}}?(?P<head>{apposed or '(?!x)x'})"
            rf"|\b(?P<known>{apposed or '(?!x)x'}|{plural or '(?!x)x'}),?[ ]+(?:known|named)[ ]+as"
            # "the rebel Forces Nouvelles": no head or place noun after the name
            rf"|\b[Tt]he[ ]+(?:former[ ]+)?(?P<adjective>{adjectives}))"
            rf"[ ]+(?P<name>{_CAP}(?:[ ]+{_CAP}){{0,3}})(?![\w'’-]|[ ]+[A-Z])"
            rf"(?(adjective)(?![ ]+(?:[a-z-]+[ ]+)?(?:{heads}|{lower_heads}|{places})\b)"
            # used as a noun: punctuation, a conjunction or a verb follows ("the rebel Forces
            # Nouvelles jointly declared"), not a noun it qualifies ("the rebel Easter offensive")
            r"(?=[ ]*[,.;:)]|[ ]+(?:and|or|who|which|that|will|would|has|have|had|was|were|is|are|"
            r"said|says|near|in|on|at|of|from|with|to|into|for|against|since|\w+ly|\w+ed)\b))"
        )
        # tried only where one of its first words starts
        firsts = {"the", "a", "an", *(head.split()[0].lower() for head in lexicon.apposed_heads)}
        self._head_before = WordScan(head_before, sorted(firsts))
        # each of its forms names a head or an adjective: a window without one is skipped
        self._any_before_head = re.compile(
            rf"\b(?:{apposed or '(?!x)x'}|{plural or '(?!x)x'}|{adjectives})\b"
        )
        leading = "|".join(sorted(map(re.escape, lexicon.leading_heads), key=len, reverse=True))
        # "Jund al-Aqsa", "Lashkar-e-Jhangvi": the head, then capitalised words
        self._lead_headed = re.compile(
            rf"\b(?:{leading or '(?!x)x'})(?:(?:[ ]+|-){_CAP}){{1,4}}(?![\w-])"
        )
        # a head right after a capitalised word, as `_lower_headed` needs
        self._any_lower_head = re.compile(
            rf"[A-Z][\w'’-]*[ ]+(?:{lexicon.lowercase_heads.pattern})"
        )

    def _health_owners(
        self, text: str, named: Sequence[Ref], allowed: Collection[str]
    ) -> list[tuple[int, str]]:
        """Where the story names a health ministry (or minister) as one of `allowed`'s own, and
        whose: a party named right before it ("Lebanon's health minister", "the Hamas-run
        health ministry") or a place a ministry's runner governs beside it ("the health ministry
        in Gaza"); only where one party is named. `named`: party mentions sorted by end."""
        owned: list[tuple[int, str]] = []
        ends = [r.end for r in named]
        for ministry in _HEALTH_MINISTRY.finditer(text):
            start, end = ministry.start(), ministry.end()
            near = text[max(0, start - _HEALTH_PLACE_REACH) : end + _HEALTH_PLACE_REACH]
            owners = {
                owner
                for owner in (self._health_runner(near), _owner_of(text, start, end, named, ends))
                if owner is not None and owner in allowed
            }
            if len(owners) == 1:
                owned.append((start, owners.pop()))
        return owned

    def _health_runner(self, sentence: str) -> str | None:
        """The party whose health ministry a place in the sentence names ("in Gaza")."""
        if not self._health_places:
            return None
        found = {
            self._health_places[w]
            for w in _CAPITALISED.findall(sentence)
            if w in self._health_places
        }
        return next(iter(found)) if len(found) == 1 else None

    # --- parties the table does not know ---------------------------------------------------

    def _trim(self, phrase: str) -> str:
        words = phrase.split()
        if len(words) > 2 and words[1] == "of" and words[0].lower() in _OPENING_MEMBERS:
            words = words[2:]  # "Fighters of X's Front", a sentence's first words
        while words and (
            words[0] in self.lexicon.leading_words
            or words[0].islower()
            or _DESCRIBED_BY_OTHERS.fullmatch(words[0])  # "the Tuareg-led Azawad ... Front"
        ):
            words.pop(0)
        return " ".join(words)

    def _before_title(self, name: str) -> str:
        """A name up to the title that follows it in the run of capitals: "Organisation of
        American States" of "Organisation of American States Secretary General X"."""
        words = name.split(" ")
        for index in range(1, len(words)):
            if words[index][:1].isupper() and self._title_first.match(" ".join(words[index:])):
                return " ".join(words[:index])
        return name

    def _possessor(self, name: str) -> tuple[PartyEntry, int] | None:
        """The table party whose possessive opens the name, and where the rest starts."""
        owner = _OWNER.match(name)
        if owner is None:
            return None
        found = self.actors.find_mentions(owner[1])
        if (
            len(found) == 1
            and isinstance(found[0].entry, PartyEntry)
            and (found[0].start, found[0].end) == (0, len(owner[1]))
        ):
            return found[0].entry, owner.end()
        return None

    def _known(self, phrase: str) -> PartyEntry | bool | None:
        """The table's party for `phrase`; None when new; False when it is no party (a person)."""
        if self._title_first.match(phrase):
            return False  # "Director General of Military Operations": an office, no party
        found = self.actors.find_mentions(phrase)
        if any(isinstance(m.entry, PersonEntry) for m in found):
            return False
        last = found[-1] if found else None
        if (
            last is not None
            and isinstance(last.entry, PartyEntry)
            and last.end == len(phrase)
            and re.search(r"[ ](?:of|for)(?:[ ]the)?[ ]$", phrase[: last.start])
            and not self._named_for(phrase[: last.start])
        ):
            return last.entry  # "the Security Service of Ukraine": a body of its state
        if not found:
            return self.actors.resolve_party(phrase)
        first = found[0].entry
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase):
            return first if isinstance(first, PartyEntry) else False
        rest = phrase[: found[0].start] + " " + phrase[found[-1].end :]
        names = {m.entry.name for m in found}
        words = set(rest.split())
        if len(names) == 1 and words <= self.lexicon.state_force_words:
            return first if isinstance(first, PartyEntry) else False
        return None

    def _named_for(self, before: str) -> bool:
        """'Democratic Forces for the Liberation of': words no state body's name has (a state's
        body is named by common words: 'Security Service of', 'Armed Forces of')."""
        words = [w for w in before.split() if w not in ("of", "for", "the", "and")]
        return any(w[:1].isupper() and w not in self.lexicon.state_force_words for w in words)

    def _owner_after(self, text: str, end: int) -> PartyEntry | None:
        """The table party right after "of"/"for" at `end`: a body's owner ("... of Moldova")."""
        link = _OF_OWNER.match(text, end)
        if link is None:
            return None
        found = self.actors.find_mentions(text[link.end() : link.end() + 60])
        if found and found[0].start == 0 and isinstance(found[0].entry, PartyEntry):
            return found[0].entry
        return None

    def _generic(self, phrase: str) -> bool:
        """'Internal Security Forces', 'National Intelligence and Security Service': a state
        body named by common words only, so the body of the article's state."""
        words = [w for w in phrase.split() if w not in ("of", "for", "and", "the")]
        return len(words) >= 2 and all(w in self.lexicon.state_force_words for w in words)

    def _lead_named(self, text: str) -> list[str]:
        """'Jund al-Aqsa', 'Harakat Hazm': a name opened by one of the lexicon's leading heads,
        cut before a title or a word that opens no name ("Harakat Hazm Commander X")."""
        names = []
        for match in self._lead_headed.finditer(text):
            words = re.split(r"(?<=[ ])", match.group())
            kept = words[:1]
            for word in words[1:]:
                bare = word.strip()
                if self._title_first.match(bare) or bare in self.lexicon.leading_words:
                    break
                kept.append(word)
            name = "".join(kept).strip()
            if " " in name or "-" in name:
                names.append(name)
        return names

    def _civil_bodies(self, text: str) -> list[str]:
        """'the Catholic Diocese of Pemba', 'the Inter-Religious Council of Uganda': religious
        and civic bodies, named with their place, that the table does not hold (a party the
        table holds under that whole name is left to it)."""
        markers = self.lexicon.civil_markers
        parties = self.lexicon.party_heads
        if not any(marker in text for marker in (*markers, *parties)):
            return []
        names = []
        for match in self._civil.finditer(text):
            # (not "pro-Kurdish" in "the pro-Kurdish Peoples' Democratic Party": a description)
            name = _LEANING.sub("", self._trim(match.group()))
            if (
                len(name.split()) < 2
                or _SAINTS.match(name)
                or _BUILDING_BEFORE.search(text, max(0, match.start() - 40), match.start())
            ):
                continue  # "Church" alone, "St Mary's Church", "attacked the Catholic Church"
            if self._possessor(name) is not None:
                continue  # "the Islamic Emirate's Leadership Council": a body of its owner
            mentions = self.actors.find_mentions(name)
            known = [
                (m.start, m.end, m.entry.kind) for m in mentions if isinstance(m.entry, PartyEntry)
            ]
            for start, _, kind in known:
                if kind != "state" and name[:start].endswith(" and "):
                    # "the Catholic Diocese of Goma and MONUSCO": two parties, not one name
                    name = name[: start - len(" and ")]
                    break
            head = name.find(" and ")
            if head > 0 and any(m.start == 0 and m.end == head for m in mentions):
                # "Ukraine and the Moldova Orthodox Church": a party, then a body
                cut = head + len(" and ")
                name = name[cut:]
                known = [
                    (start - cut, end - cut, kind) for start, end, kind in known if start >= cut
                ]
            # a marker word of the body's own, not of a party named inside it ("Islamic Jihad")
            inside = [(start, end) for start, end, _ in known if end <= len(name)]
            own = [
                word
                for word in re.finditer(r"\S+", name)
                if not any(start <= word.start() < end for start, end in inside)
            ]
            whole = any(start == 0 and end == len(name) for start, end, _ in known)
            # a political party needs no marker ("the Democratic Unionist Party")
            marked = any(word.group() in markers or word.group() in parties for word in own)
            if _IDEOLOGY_PARTY.fullmatch(name):
                continue  # "the Communist Party": any country's, named by its creed alone
            if marked and not whole:
                names.append(name)  # (not "Organisation of Islamic Cooperation": the table's)
        return names

    def _state_body(self, text: str, start: int, name: str) -> bool:
        """A state's own body, by an owner before its name ("Ukraine's Center for ...") or by
        the state or the nation opening it ("the Nigeria Centre for Disease Control", "the
        National Centre for ...")."""
        first = next(iter(name.split()), "")
        if text.endswith(("'s ", "’s "), 0, start) or first.endswith(("'s", "’s")):
            return True
        if first in ("National", "State", "Federal", "Government"):
            return True
        party = self.actors.resolve_party(first)
        # (a demonym may open a body's own name: "the Sudanese Centre for Policy Studies")
        return party is not None and party.kind == "state" and first in (party.name, *party.aliases)

    def _kind(self, phrase: str) -> PartyKind:
        words = phrase.split()
        if any(self.lexicon.heads.get(word) == "humanitarian_organisation" for word in words[1:]):
            # "the Kenya Red Cross Society" (not "the Cross Cultural Foundation")
            return "humanitarian_organisation"
        for word in reversed(words):
            if word in self.lexicon.heads:
                return self.lexicon.heads[word]
            if word in self.lexicon.for_heads:
                return self.lexicon.for_heads[word]  # "the Centre for Policy Studies"
        first = words[0].split("-", 1)[0] if words else ""
        if first in self.lexicon.leading_heads:
            return self.lexicon.leading_heads[first]
        return "armed_group" if self.lexicon.lowercase_heads.search(phrase) else "other"

    def _a_land(self, words: str) -> bool:
        """Whether the capitalised words after "of" may be a land or a body's name: each piece
        one word, or after "the", or two whose last is a land's noun ("Niger Delta"; not "of
        Ahmed Sheikh", a leader's name)."""
        for piece in _OF_PIECE.split(words):
            names = piece.split()
            if names and names[0] == "the":
                continue  # "of the Islamic Conference": no person's name follows "the"
            if len(names) == 2 and names[1] not in self.lexicon.land_nouns:
                return False
        return True

    def _other_land(self, long: str, entry: PartyEntry) -> bool:
        """A long name that names a state ("Somali", "Norwegian") that no name of the table party
        its acronym stands for names ("Syrian National Army", "New People's Army"): a different
        body."""

        def lands(name: str) -> set[str]:
            return {
                m.entry.name
                for word in name.split()
                for m in self.actors.find_mentions(word)
                if isinstance(m.entry, PartyEntry) and m.entry.kind == "state"
            }

        own = lands(long)
        if not own:
            return False
        theirs = [named for named in map(lands, (entry.name, *entry.aliases)) if named]
        return not any(own & named for named in theirs)

    def _headed_end(self, phrase: str) -> str:
        """The party name by its head that ends `phrase`, or "" ("the Jakarta-based Commission
        for Missing Persons": "Commission for Missing Persons")."""
        for match in self._headed.finditer(phrase):
            if match.end() == len(phrase):
                return self._trim(match.group("name") or match.group("led"))
        return ""

    def _acronym_long(self, long: str, short: str) -> str:
        words = long.split()
        letters = [c for c in short if c.isalpha() and c.isupper()]
        caps = [i for i, w in enumerate(words) if w[:1].isupper() or "-" in w]

        def initial(word: str) -> str:
            return word.split("-")[-1][:1].upper() if word[:1].islower() else word[:1]

        # "the National Forces of Liberation (FNL)": a translated name whose words were
        # reordered; its capitalised words' initials are the acronym's letters, in any order
        wanted = sorted(letters)
        for i in caps:
            if sorted(initial(words[j]) for j in caps if j >= i) == wanted:
                # "the Farabundo Marti National Liberation Front (FMLN)": when the words found
                # do not open with the acronym's first letter, the capitalised word right
                # before that does begins the name (not "In Abyei Sudan People's ... (SPLA)")
                if (
                    letters
                    and initial(words[i]) != letters[0]
                    and i - 1 in caps
                    and initial(words[i - 1]) == letters[0]
                ):
                    i -= 1
                return self._trim(" ".join(words[i:]))
        # (a longer acronym is not of the last word alone: "Rapid Intervention Battalion (BIR)"
        # is no "Battalion", but an acronym of the French name)
        starts = [
            i
            for i in caps
            if initial(words[i]) == (letters[0] if letters else "")
            and (len(letters) <= 2 or i != caps[-1])
        ]
        if not starts:
            # "the Peoples' Democratic Party (HDP)": an acronym of the name in another language;
            # the name is its last capitalised words, one for each letter
            if not letters or len(caps) < len(letters) or words[-1][:1].islower():
                return ""
            return self._trim(" ".join(words[caps[-len(letters)] :]))
        best = min(starts, key=lambda i: abs(sum(1 for j in caps if j >= i) - len(letters)))
        # "the National Council for the Safeguard of the Homeland (CNSP)": an acronym of the
        # name in another language, whose word order differs; the capitalised words right
        # before, each an initial of the acronym, are the name's too
        while (
            best - 1 in caps
            and initial(words[best - 1]) in letters
            and not words[best - 1].endswith(("'s", "’s"))
        ):
            best -= 1
        return self._trim(" ".join(words[best:]))

    def new_parties(
        self, windows: Sequence[Window], budget: Budget
    ) -> tuple[dict[str, PartyEntry], dict[str, PartyInfo], dict[str, None]]:
        """Surface forms of table parties found by definition, parties the table lacks, and
        names of state bodies made of common words only ("Internal Security Forces")."""
        extra: dict[str, PartyEntry] = {}
        new: dict[str, PartyInfo] = {}
        generic: dict[str, None] = {}
        seen: set[tuple[str, str | None]] = set()
        labels: dict[tuple[str, str], bool] = {}  # a name and it with its lower-case head
        armed: set[str] = set()  # names defined right after their members ("rebels of the X")
        aliases_of: set[tuple[str, str]] = set()  # (the name a party calls itself, the party)
        for window in windows:
            budget.check()
            if is_furniture(window) or _COPYRIGHT.match(window.text):
                continue  # "- Explainer: Who are Libya's rebels?", "(c) 2011 Mideast Monitor."
            found: list[tuple[str, str | None]] = []
            acronyms = _ACRONYM_DEF.finditer(window.text) if "(" in window.text else ()
            for match in acronyms:
                short = match.group("short")
                if _PLACE_NOUN_AFTER.match(window.text, match.end()):
                    continue
                if sum(1 for c in short if c.isupper() or c.isdigit()) >= 2:
                    long = self._acronym_long(match.group("long"), short)
                    found.append((long, short))
                    # (where the name begins; when spaces were re-joined, where the long form does)
                    at = match.group("long").rfind(long)
                    start = match.start("long") + max(at, 0)
                    if long and _MEMBERS_BEFORE.search(window.text, max(0, start - 30), start):
                        armed.add(long)
                elif short[1:].islower() and len(short) >= 4:
                    # "the Commission for Missing Persons (Kontras)": a short name written as a
                    # word stands for a long one only when that long one is a party's name
                    long = self._headed_end(match.group("long"))
                    if long and self._known(short) is None and not self.actors.find_mentions(short):
                        found.append((long, short))
            aliases = _ALIAS.finditer(window.text) if "itself" in window.text else ()
            for match in aliases:
                owner_name = _NAME_BEFORE.search(
                    window.text, max(0, match.start() - 80), match.start()
                )
                itself = self._trim(owner_name[0]) if owner_name is not None else ""
                if itself and isinstance(self._known(itself), PartyEntry):
                    # "the Shining Path, which calls itself the Communist Party of Peru": the
                    # name it gives itself is one more surface of the party
                    called = (self._trim(match.group("alias")), itself)
                    found.append(called)
                    aliases_of.add(called)
            missions = _MISSION_DEF.finditer(window.text) if "mission" in window.text else ()
            for match in missions:
                before = _MISSION_OWNER.search(
                    window.text, max(0, match.start() - 80), match.start()
                )
                if before is None:
                    continue
                owner = self._known(_POSSESSIVE_END.sub("", self._trim(before.group("owner"))))
                short = match.group("short")
                if (
                    isinstance(owner, PartyEntry)
                    and owner.kind == "international_organisation"
                    and self._known(short) is None
                    and len(new) < MAX_NEW_PARTIES
                ):
                    info = new.setdefault(short, PartyInfo(short, owner.kind, None))
                    info.surfaces[short] = None
            has_head = self._any_head.search(window.text) is not None
            headed = self._headed.finditer(window.text) if has_head else ()
            for match in headed:
                named_end = match.end()
                # "the Special Operations Forces of Moldova", "the Liberation Front of Hassan
                # X": a name that ends in its head, then its owner or its land
                if (
                    match["led"]
                    and match.start("lhead") > match.start("led")
                    and (
                        window.text.startswith(" of ", match.end("lhead"))
                        or self._owner_after(window.text, match.end("lhead")) is not None
                    )
                ):
                    named_end = match.end("lhead")
                name = self._before_title(self._trim(window.text[match.start() : named_end]))
                if match["lhead"] in self.lexicon.for_heads and self._state_body(
                    window.text, match.start(), name
                ):
                    continue  # "Ukraine's Center for Countering Disinformation": the state's
                if name.endswith(("Cross", "Crescent")) and window.text.startswith(
                    " Society", match.end()
                ):
                    name += " Society"  # "the Kenya Red Cross Society": a national society
                owner = (
                    self._owner_after(window.text, named_end)
                    if match["name"] or named_end != match.end()
                    else None
                )
                known = self._known(name) if owner is not None else None
                if owner is not None and isinstance(known, PartyEntry) and known.kind != "state":
                    owner = None  # "the Allied Democratic Forces of Uganda": a group of its own
                if owner is not None:
                    extra[name] = owner  # "the Special Operations Forces of Moldova"
                    continue
                land = _LAND_AFTER.match(window.text, named_end)
                if (
                    land is not None
                    and not self.actors.find_mentions(land.group("land"))
                    and self._a_land(land.group("land"))
                ):
                    # "the Movement of Democratic Forces of Casamance": the land the group is
                    # of, no state's, ends its name
                    name = self._trim(name + land.group())
                found.append((name, None))
            found.extend((name, None) for name in self._lead_named(window.text))
            apposed = self._apposed.finditer(window.text) if ", a" in window.text else ()
            for match in apposed:
                name = self._trim(match.group("name"))
                known = self._known(name) if name else False
                if isinstance(known, PartyEntry):
                    extra[name] = known  # a spelling of the table's party ("SSC-Khaatumo")
                elif known is None and len(new) < MAX_NEW_PARTIES:
                    kind = self.lexicon.apposed_heads[match.group("head")]
                    new.setdefault(name, PartyInfo(name, kind, None)).surfaces[name] = None
            before_head = (
                self._head_before.finditer(window.text)
                if self._any_before_head.search(window.text)
                else ()
            )
            for match in before_head:
                name = match.group("name")
                if (
                    not self._group_of_members(name, _ADJECTIVE_ENDING)
                    or name in self.lexicon.media_words
                    or any(word in self.lexicon.not_name_words for word in name.split())
                ):
                    continue  # "a rebel group Kurdish officials named", "the separatist East"
                known = self._known(name)
                if isinstance(known, PartyEntry):
                    extra[name] = known
                elif known is None and len(new) < MAX_NEW_PARTIES:
                    head = (match.group("head") or match.group("known") or "").removesuffix("s")
                    kind = self.lexicon.apposed_heads.get(head, "armed_group")
                    new.setdefault(name, PartyInfo(name, kind, None)).surfaces[name] = None
            for name in self._civil_bodies(window.text):
                leader = _OWNER.match(name)
                if leader is not None and len(name[leader.end() :].split()) >= 2:
                    name = name[leader.end() :]  # "Masoud Barzani's Kurdistan Democratic Party"
                if (name, None) in seen or len(new) >= MAX_NEW_PARTIES:
                    continue
                seen.add((name, None))
                civic = self.lexicon.civil_society_markers.intersection(name.split())
                info = new.setdefault(name, PartyInfo(name, "ngo" if civic else "other", None))
                info.surfaces[name] = None
            lower = (
                self._lower_headed.finditer(window.text)
                if self._any_lower_head.search(window.text)
                else ()
            )
            for match in lower:
                name = self._trim(match.group("name"))
                first = name.split(" ", 1)[0]
                if not name or first in self.lexicon.generic_modifiers:
                    continue  # "Rival gangs", "Clan militias": an adjective, no name
                bare = name.removesuffix("'s").removesuffix("’s")
                if bare != name and self._known(bare) is None:
                    continue  # "Sahel's jihadists": fighters of a land, no group's name
                if _DESCRIBED_BEFORE.search(window.text, max(0, match.start() - 6), match.start()):
                    continue  # "the FDLR, a Rwandan Hutu rebel group": what the FDLR is
                head = match.group("head")
                if head in _MEMBERS and not self._group_of_members(name):
                    continue  # "Kurdish fighters", "Druze gunmen", "Renamo's militants"
                # "the Gran Grif gang": the gang's own name; "FACT rebels": FACT's fighters
                # an acronym's members are its own ("CNDD-FDD rebels", "M23 insurgents")
                organisation = head in self.lexicon.organisation_heads or (
                    _ACRONYM_NAME.fullmatch(name) is not None
                )
                labels[name, f"{name} {head}"] = organisation
                also = match.group("also")
                if also and organisation and _ACRONYM_NAME.fullmatch(also):
                    labels[also, f"{also} {head}"] = True  # "LURD and MODEL rebels": LURD's too
                if not organisation:
                    found.append((f"{name} {head}", None))
            for named, short in found:
                possessor = self._possessor(named)
                if possessor is not None and possessor[0].kind != "state":
                    if isinstance(self._known(named[possessor[1] :]), PartyEntry):
                        continue  # "the UN's World Food Programme": a party of its own
                    # "ECOWAS's Standby Force": a body of its owner, as its other surfaces are
                    extra[named] = possessor[0]
                    continue
                # "Sudan's Rapid Support Forces": a state's possessive only places the name
                long = named[possessor[1] :] if possessor is not None else named
                leader = _OWNER.match(long) if possessor is None else None
                if (
                    leader is not None
                    and len(long[leader.end() :].split()) >= 2
                    # "the Danu People's Liberation Army": a word of the name, no owner
                    and not any(
                        word in _NAMED_FOR or word in self.lexicon.name_words
                        for word in leader[1].split()
                    )
                ):
                    # "Ona's Bougainville Revolutionary Army": the leader who heads it, no part
                    # of its name (a possessor the table knows is handled above)
                    long = long[leader.end() :]
                if len(long.split()) < 2 and short is None:
                    continue
                before_of, of, after_of = long.partition(" of ")
                if (
                    of
                    and short is None
                    and _PERSON_LIKE.fullmatch(before_of)
                    and self._any_head.search(before_of) is None
                    and self._any_head.search(after_of) is not None
                ):
                    # "Lama Fakih of Human Rights Watch", "X of the Free Burma Rangers": a person,
                    # then the body the person is of
                    long = after_of.removeprefix("the ")
                    if self._known(long) is not None:
                        continue
                if not long or (long, short) in seen or len(new) >= MAX_NEW_PARTIES:
                    continue
                seen.add((long, short))
                if (
                    long in new
                    and new[long].kind == "other"
                    and short
                    and not isinstance(self._known(short), PartyEntry)
                ):
                    new[long].surfaces[short] = None  # "the Federation of ... of Niger (FAIN)"
                    continue
                if long.split()[-1] in self._site_heads:
                    continue  # "the District Headquarters Hospital (DHQ)": a place
                if {plain(long), f"the {plain(long)}"} & self.lexicon.forces_of.keys():
                    continue  # "the Ministry of Health (MoH)": a generic body, read as such
                known = self._known(long)
                if known is False:
                    continue
                words = long.split()
                owner = (
                    self._known(" ".join(words[:-1]))
                    if known is None and len(words) >= 2 and words[-1] in _ORGAN_HEADS
                    else None
                )
                if isinstance(owner, PartyEntry) and owner.kind != "state":
                    extra[named] = owner  # "the ECOWAS Commission": an organ of ECOWAS
                    continue
                if known is None and short:
                    # "the Gaitanista Self-Defence Forces of Colombia (AGC)": a long name the
                    # table lacks, of the party its acronym names
                    by_short = self._known(short)
                    if (
                        isinstance(by_short, PartyEntry)
                        and by_short.kind != "state"
                        # (not "the Somali National Alliance (SNA)", no Syrian National Army,
                        # nor "the Mutual Support Group (GAM)", no Free Aceh Movement)
                        and (
                            (long, short) in aliases_of
                            or (
                                not self._other_land(long, by_short)
                                and _shares_words(long, by_short)
                            )
                        )
                    ):
                        extra[long] = by_short
                        continue
                if isinstance(known, PartyEntry):
                    if short:
                        extra[short] = known
                    continue
                if self._generic(long):
                    generic[long] = None
                    if short:
                        generic[short] = None
                    continue
                if any(
                    word in self.lexicon.media_words for word in long.split()[:1]
                ) or long.endswith(self.lexicon.media_heads):
                    continue  # "the Daily Monitor reported", "the Saba News Agency": the press
                kind = self._kind(long)
                if kind == "other" and (
                    long in armed
                    or (
                        short
                        and not _STATE_SERVICE.search(long)
                        and _members_after(windows, short) is not None
                    )
                ):
                    kind = "armed_group"
                if kind == "other" and short in new:
                    # "the separatist group ETA ... Euskadi Ta Askatasuna (ETA)": what the
                    # text called it first
                    kind = new[short].kind
                info = new.setdefault(long, PartyInfo(long, kind, None))
                info.surfaces[long] = None
                if short:
                    info.surfaces[short] = None
        self._label(labels, extra, new)
        self._leaders_camps(windows, new)
        for name in extra:
            new.pop(name, None)  # a name defined as a table party's is no party of its own
        for name in [n for n in new if f"{n} Society" in new]:
            # "the Kenya Red Cross Society ... the Kenya Red Cross": one society
            new[f"{name} Society"].surfaces.update(new.pop(name).surfaces)
        for name in sorted(new, key=len):
            # "the National Human Rights Defense Network (RNDDH)", whose acronym's initials
            # matched only "Rights Defense Network": the whole name is the party
            # (not "Abyei Sudan People's Liberation Army (SPLA)": the acronym spells the short
            # name, and a place stands before it)
            longer = [n for n in new if n.endswith(f" {name}") and n != name]
            if (
                len(longer) == 1
                and new[longer[0]].kind == new[name].kind
                and not any(_spells(surface, name) for surface in new[name].surfaces)
            ):
                new[longer[0]].surfaces.update(new.pop(name).surfaces)
        _merge_initials(new)
        return extra, new, generic

    def _leaders_camps(self, windows: Sequence[Window], new: dict[str, PartyInfo]) -> None:
        """'forces loyal to Laurent X', "X's camp", "pro-X militias": the camp of a leader the
        table does not know, named "<X> forces"."""
        leaders: dict[str, None] = {}
        for window in windows:
            if "loyal" not in window.text:
                continue
            for match in _LOYAL_TO_NAME.finditer(window.text):
                leader = match.group("name")
                if (
                    self._known(leader) is None
                    and leader not in self.lexicon.leading_words
                    # ("loyal to the Transitional Council": a body's head noun, no man's name)
                    and leader not in self.lexicon.heads
                    and leader not in self.lexicon.civil_heads
                    and leader not in self.lexicon.ruling_heads
                ):
                    leaders[leader] = None
        for leader in leaders:
            name = f"{leader} forces"
            if name in new or len(new) >= MAX_NEW_PARTIES:
                continue
            info = new.setdefault(name, PartyInfo(name, "armed_group", None))
            forms = re.compile(
                rf"\b(?:[A-Za-z]+[ ]+)?loyal[ ]+to[ ]+(?:the[ ]+)?(?:[A-Za-z]+\.?[ ]+){{0,3}}?"
                rf"{re.escape(leader)}\b(?!['’])"
                rf"|\b{re.escape(leader)}['’]s[ ]+{_CAMP_WORDS}\b"
                rf"|\b(?:the[ ]+)?{re.escape(leader)}[ ]+(?:camp|forces|loyalists)\b"
                rf"|\b[Pp]ro-{re.escape(leader)}[ ]+[a-z]+"
            )
            for window in windows:
                for match in forms.finditer(window.text):
                    info.surfaces[match.group()] = None
            # "Dostum's" of "Dostum's militia", "Pro-Jammeh militias": names of the same camp
            owned = (f"{leader}'s", f"{leader}’s", f"Pro-{leader}", f"pro-{leader}")
            for other in [n for n in new if n != name and n.startswith(owned)]:
                info.surfaces.update(new.pop(other).surfaces)

    def _leaders_forces(
        self, text: str, start: int, end: int, person: PersonEntry
    ) -> tuple[int, int, PartyEntry] | None:
        """'forces loyal to President X', "X's troops": the span of a table leader's forces and
        the party he is affiliated with."""
        if person.affiliation is None:
            return None
        party = self.actors.resolve_party(person.affiliation)
        if party is None:
            return None
        before = _LOYAL_TO.search(text, max(0, start - _LOYAL_REACH), start)
        if before is not None:
            return before.start(), end, party
        after = _LEADERS_FORCES.match(text, end)
        if after is not None:
            return start, after.end(), party
        return None

    def _longer_name(self, text: str, end: int) -> bool:
        """Another capitalised word goes on the name ending at `end` ("Petro Poroshenko"), not
        a day or a month ("Zelensky Tuesday") nor the next word of a title-case headline."""
        after = _NAME_GOES_ON.match(text, end)
        if after is None or after.group(1) in _DAYS_AND_MONTHS:
            return False
        line_end = text.find("\n", end)
        line = text[text.rfind("\n", 0, end) + 1 : line_end if line_end != -1 else len(text)]
        words: list[str] = re.findall(r"[A-Za-z]+", line)
        capitalised = sum(1 for word in words if word[0].isupper())
        return capitalised * 2 < len(words)

    def _group_of_members(self, name: str, adjective: re.Pattern[str] = _PEOPLE_ADJECTIVE) -> bool:
        """'Hamas' of "Hamas fighters", 'Boko Haram' of "Boko Haram militants": up to three
        words, none a people, `adjective`, possessive, compound ("Pakistan-focused") or known
        place, nor a word that only describes ("Rival")."""
        words = name.split(" ")
        return len(words) <= 3 and all(
            word not in self.lexicon.peoples
            and word not in self.lexicon.generic_modifiers
            and not adjective.search(word)
            and not _POSSESSIVE_END.search(word)
            and not _LOWER_COMPOUND.search(word)
            and word not in self._war_places
            for word in words
        )

    def _label(
        self,
        labels: dict[tuple[str, str], bool],
        extra: dict[str, PartyEntry],
        new: dict[str, PartyInfo],
    ) -> None:
        """A name before a lower-case head: "the Gran Grif gang" is the table's Gran Grif or a
        new party of its own name; "FACT rebels" the FACT the text defined."""
        owners = {s: info for info in new.values() for s in info.surfaces}
        for (bare, headed), organisation in labels.items():
            known = self._known(bare)
            head = headed.removeprefix(bare).strip()
            if isinstance(known, PartyEntry) and known.kind == "state" and headed in new:
                if head.startswith(("separatist", "secessionist")):
                    # "Serbian separatists", "Somali secessionists": a people's separatists,
                    # whose side and name the state's adjective does not tell (kin or foe)
                    new.pop(headed)
                    continue
                if head not in _STATE_MEN:
                    continue  # "Liberian rebels", "Afghan militias": who fight, not the state
            if isinstance(known, PartyEntry):
                extra[headed] = known  # the head is only how the text names the table's party
                new.pop(headed, None)
                if known.kind != "state" and not self.actors.find_mentions(bare):
                    # "SSC-Khaatumo fighters ... SSC-Khaatumo said": a spelling the table
                    # lacks, known only by its closeness to a name, is that party alone too
                    extra[bare] = known
            elif bare in owners and owners[bare].name != headed:
                owners[bare].surfaces[headed] = None
                new.pop(headed, None)
            elif organisation and known is None and len(new) < MAX_NEW_PARTIES:
                info = new.setdefault(bare, PartyInfo(bare, "armed_group", None))
                info.surfaces[headed] = None
                info.surfaces[bare] = None  # "the LURD rebels ... The LURD said": the name alone

    # --- all mentions ------------------------------------------------------------------------

    def refs(
        self,
        text: str,
        regions: Sequence[tuple[int, int]],
        windows: Sequence[Window],
        budget: Budget,
    ) -> tuple[list[list[Ref]], dict[str, PartyInfo], list[tuple[int, int, PersonEntry]]]:
        """Party refs per window, the parties, and where table people are named."""
        extra, new, generic = self.new_parties(windows, budget)
        parties: dict[str, PartyInfo] = {}
        spans: list[tuple[int, int, str, str]] = []  # start, end, surface, party name
        people: list[tuple[int, int, PersonEntry]] = []
        # "the Ambazonia Defence Forces (ADF)": an acronym the text defines is not the table's
        defined = {s for info in new.values() for s in info.surfaces if s != info.name}
        defined.update(extra)
        for region_start, region_end in regions:
            budget.check()
            for m in self.actors.find_mentions(text[region_start:region_end]):
                start, end = m.start + region_start, m.end + region_start
                if isinstance(m.entry, PersonEntry):
                    if " " not in m.surface and self._longer_name(text, end):
                        continue  # "Petro Poroshenko" is not the table's Gustavo Petro
                    people.append((start, end, m.entry))
                    led = self._leaders_forces(text, start, end, m.entry)
                    if led is not None:
                        spans.append((led[0], led[1], text[led[0] : led[1]], led[2].name))
                        parties.setdefault(led[2].name, PartyInfo(led[2].name, led[2].kind, led[2]))
                    continue
                if text[start:end] in defined:
                    continue
                if self.lexicon.media_after.match(text, end):
                    continue  # "the Qatar News Agency said": the agency reports, not Qatar
                if _FLAGGED.match(text, end):
                    continue  # "a Panama-flagged cargo ship": a ship's flag, no party or place
                if text.endswith(("Church", "church", "mission"), start, end) and (
                    _BUILDING_BEFORE.search(text, max(0, start - 40), start)
                    or _SAINT_BEFORE.search(text, max(0, start - 40), start)
                ):
                    # "gunmen attacked the Catholic Church in Owo", "St Francis Catholic
                    # Church": a building
                    continue
                spans.append((start, end, m.surface, m.entry.name))
                if m.entry.name not in parties:
                    parties[m.entry.name] = PartyInfo(m.entry.name, m.entry.kind, m.entry)
        surfaces = {s: info.name for info in new.values() for s in info.surfaces}
        states = Counter(name for *_, name in spans if parties[name].kind == "state")
        if generic and states:
            main = states.most_common(1)[0][0]
            surfaces.update((s, main) for s in generic if s not in surfaces)
        surfaces.update({s: e.name for s, e in extra.items()})
        for entry in extra.values():
            parties.setdefault(entry.name, PartyInfo(entry.name, entry.kind, entry))
        for name, group in {**_peoples_groups(new, parties), **_short_names(new, parties)}.items():
            # "Karen rebels" in a story of the Karen National Union: its fighters, no group;
            # "Al-Nasr fighters" beside the "Al-Nasr Brigade": the brigade's
            if name in new:
                surfaces.update((s, group) for s in new.pop(name).surfaces)
        parties.update({name: info for name, info in new.items() if name not in parties})
        if surfaces:
            matcher = LiteralMatcher(surfaces)
            for start, end in scan(matcher, text, regions):
                written = matcher.phrase_of(text[start:end])
                spans.append((start, end, written, surfaces[written]))
        spans.sort(key=lambda s: (s[0], s[0] - s[1]))
        kept: list[tuple[int, int, str, str]] = []
        for span in spans:
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        items = []
        last: Ref | None = None
        listing = False  # a list of places after "into", "across"... goes on
        nationals = False  # ... or of where people come from
        for start, end, surface, name in kept:
            info = parties[name]
            if self._language(text, start, end, surface, info):
                continue  # "(CIDH in Spanish)", "a Spanish-language daily": a tongue, no state
            if _LANDFORM_AFTER.match(text, end) and self._is_capital(surface, info):
                continue  # "the Juba valley", "the Kabul river": a landform named after a city
            place = self._is_place(text, start, surface, info)
            if (
                listing
                and last is not None
                and info.kind == "state"
                and (join := _LIST_JOIN.fullmatch(text, last.end, start)) is not None
                # "fled into Chad and the Central African Republic" (not "in Yemen and the
                # United States said": a side with its own verb)
                and (join["the"] is None or nationals or not _VERB_NEXT.match(text, end))
                # "In Nairobi, Somalia called": a name after a bare comma with its verb next is
                # the clause's subject, not the list's next place
                and not (
                    _BARE_COMMA.fullmatch(text, last.end, start) and _VERB_NEXT.match(text, end)
                )
            ):
                place = True  # "fled into Egypt, Chad and South Sudan"
            else:
                nationals = (
                    place and _NATIONALS_FROM.search(text, max(0, start - 40), start) is not None
                )
                listing = nationals or (
                    place and _INTO.search(text, max(0, start - 25), start) is not None
                )
            if (
                not place
                and last is not None
                and info.kind == "international_organisation"
                and parties[last.name].kind == "state"
                and not last.place
                # (the state's name may be matched with its "'s" or without it)
                and (
                    _OWNER_BEFORE.fullmatch(text, last.end, start)
                    or _OWNER_BEFORE.fullmatch(text, last.end - 2, start)
                )
            ):
                # "Armenia's Security Council": the state's own body, not the organisation
                # whose name it shares
                name, info = last.name, parties[last.name]
            if (
                not place
                and last is not None
                and info.entry is not None
                and info.kind == "state"
                and last.name != name
                and text[last.end : start] == " "
                and parties[last.name].kind == "state"
                and plain(surface) in self._demonyms(info.entry)
            ):
                place = True  # "Kosovo Albanian", "Crimean Tatar": a people of another land
            last = Ref(start, end, name, place=place)
            items.append((start, end, last))
        per_window = bucket(windows, items)
        result: list[list[Ref]] = []
        for window, refs in zip(windows, per_window, strict=True):
            dateline = _DATELINE.match(window.text)
            cut = window.start + dateline.end() if dateline else window.start
            typed = [r for r in refs if r.start >= cut]  # "KHARTOUM - ...": a place line
            if is_furniture(window):
                typed = []  # "> Chad braces for...", "News | Sudan | Sport": links and menus
            elif _SHOUTED.search(window.text) is None:
                # "WHO WILL TALK?": in a line of capitals an acronym is only a word
                typed = [r for r in typed if not text[r.start : r.end].isupper()]
            sides = self._sides_of_a_war(text, typed, parties)
            for ref in typed:
                info = parties[ref.name]
                info.count += 1
                surface = text[ref.start : ref.end]
                info.surfaces[surface] = None
                if (
                    not ref.place
                    and not (
                        _WISHED_FORCES.search(text, max(window.start, ref.start - 40), ref.start)
                        and not _ASKED_TO_LEAVE.match(text, ref.end, window.end)
                    )
                    and self._named_by_forces(text, ref, info)
                ):
                    info.fights = True
                    info.clashes = info.clashes or _FIGHTING.search(window.text) is not None
                if ref.name in sides:
                    info.fights = True  # "the war between Iran and Iraq": named as a side
                if not ref.place and info.window is None:
                    info.window = window
            result.append(typed)
        return result, parties, people

    def _place_names(self, entry: PartyEntry) -> tuple[frozenset[str], frozenset[str]]:
        """A state's capitals, and every one-word name of it a place preposition can take."""
        found = self._places.get(entry.name)
        if found is None:
            capitals = frozenset(plain(m) for m in entry.metonyms)
            short = {plain(a) for a in entry.aliases if " " not in a and a[:1].isupper()}
            found = (capitals, frozenset({plain(entry.name), *capitals, *short}))
            self._places[entry.name] = found
        return found

    def _demonyms(self, entry: PartyEntry) -> frozenset[str]:
        found = self._demonym_sets.get(entry.name)
        if found is None:
            found = frozenset(plain(d).removesuffix("'s") for d in entry.demonyms)
            self._demonym_sets[entry.name] = found
        return found

    def _language(self, text: str, start: int, end: int, surface: str, info: PartyInfo) -> bool:
        """A state's adjective naming its language: "(CIDH in Spanish)", "translated from
        French", "a Spanish-language daily"."""
        if info.entry is None or plain(surface) not in self._demonyms(info.entry):
            return False
        if plain(surface) in self._place_names(info.entry)[1]:
            return False  # "in Iran.": the land itself
        if _LANGUAGE_AFTER.match(text, end):
            return True
        return _IN_LANGUAGE_BEFORE.search(text, max(0, start - 16), start) is not None and (
            _LANGUAGE_END.match(text, end) is not None
        )

    def _is_capital(self, surface: str, info: PartyInfo) -> bool:
        """Whether a state's name as written is one of its capitals ("Juba", "Kabul")."""
        if info.entry is None or info.kind != "state":
            return False
        return plain(surface).removesuffix("'s") in self._place_names(info.entry)[0]

    def _is_place(self, text: str, start: int, surface: str, info: PartyInfo) -> bool:
        """'fighting in Sudan': a state's own name after a place preposition; 'a London-based
        monitor': a place that only says where something is."""
        end = start + len(surface)
        if _ORIGIN_AFTER.match(text, end):
            return True
        if self._site_after.match(text, end):
            return True  # "the Saudi Hospital", "the Saudi German Hospital": a site's name
        if _FORMER.search(text, max(0, start - 40), start):
            return True  # "former Kenyan President X": a past office, no party acting
        if info.entry is None or info.kind not in ("state", "de_facto_authority"):
            return False
        bare = plain(surface).removesuffix("'s")
        capitals, names = self._place_names(info.entry)
        if info.kind != "state":
            # "a hospital in Sanaa": the seat of a de facto authority after a place preposition
            return (
                bare in capitals
                and _PLACE_BEFORE.search(text, max(0, start - 25), start) is not None
                and _BODY_AFTER.match(text, end) is None
                and _SEAT_BEFORE.search(text, max(0, start - 30), start) is None
            )
        named_after = _NAMED_AFTER.match(text, end) or (
            _NEXT_CAPITALISED.match(text, end) and not _title_case_line(text, start, end)
        )
        if bare in capitals and named_after:
            # "the Minsk agreements", "the Astana talks", "the London School of Economics": a
            # place names the thing
            return True
        if bare in capitals:
            before = _PREVIOUS_NAME.search(text, max(0, start - 20), start)
            word = before.group().strip().casefold() if before else ""
            if (
                word
                and word not in self.actors.matching.function_words
                and word not in _TIME_WORDS
                and not _title_case_line(text, start, end)
            ):
                return True  # "Mocimboa da Praia", "Sunny Sofia": a longer place name
        weak = bare in names or bare in self._demonyms(info.entry)
        if weak and _GEOGRAPHY_AFTER.match(text, end):
            return True  # "the Ethiopian border", "Ethiopia's Gambella region"
        if bare in self._demonyms(info.entry) and _ETHNIC_BEFORE.search(
            text, max(0, start - 10), start
        ):
            return True  # "ethnic Albanians"
        return (
            bare in names
            and _PLACE_BEFORE.search(text, max(0, start - 25), start) is not None
            and _OF_INSTITUTION.search(text, max(0, start - 40), start) is None
            and _BODY_AFTER.match(text, end) is None
            and _OFFICE_AFTER.match(text, end) is None
            and _SEAT_BEFORE.search(text, max(0, start - 30), start) is None
            and not (bare in capitals and _OFFICIALS_BEFORE.search(text, max(0, start - 15), start))
            and _AGENTS_FROM.search(text, max(0, start - 30), start) is None
            # "the heads of Thailand's and Cambodia's armies": a possessive after a head's "of"
            # owns the body the head leads (but "in Ukraine's east" is a place)
            and not (
                surface.endswith(("'s", "’s"))
                and _HEAD_OF_BEFORE.search(text, max(0, start - 16), start) is not None
                and _HEADED_BODY_AFTER.match(text, end) is not None
            )
        )

    def generic_refs(
        self,
        text: str,
        regions: Sequence[tuple[int, int]],
        windows: Sequence[Window],
        refs: list[list[Ref]],
        parties: dict[str, PartyInfo],
        conflict: str | None,
        moved: Mapping[str, str] | None = None,
    ) -> dict[str, str]:
        """'the army', 'the militia': refs to the article's only warring state (or the one it
        names at least twice as often as any other) or its most-named warring group. Returns
        which party each generic kind stands for."""
        warring = [p for p in parties.values() if p.role(conflict) == "belligerent" and p.count]
        # (a state whose forces are a party of their own, as Sudan's are the SAF's, is left with
        # its places: "the army" is its forces, not the land)
        states = sorted(
            (p for p in warring if p.kind == "state" and p.name not in (moved or {})),
            key=lambda p: -p.count,
        )
        groups = sorted(
            (p for p in warring if p.kind in ("armed_group", "de_facto_authority")),
            key=lambda p: -p.count,
        )
        stands_for: dict[str, str] = {}
        warring_names = {p.name for p in warring}
        only = states[0].name if len(states) == 1 else None
        if only is not None or (states and states[0].count >= 2 * states[1].count):
            stands_for["state"] = states[0].name
        sole = None if groups else self._sole_group(conflict)
        # "the government" when the article names its war's only state by no name of its own
        # (a story on the NPA that says "Duterte" and "the military", never "the Philippines")
        sole_state = (
            self._sole_group(conflict, kinds=("state",))
            if not states and _places_named(text, conflict, parties)
            else None
        )
        if sole_state is not None:
            stands_for["state"] = sole_state.name
        if groups:
            stands_for["group"] = groups[0].name
        elif sole is not None:
            stands_for["group"] = sole.name  # "the separatists" when the article names no group
        # (a runner that does not fight this story's war runs no health ministry of it: Hamas
        # named in a story on Lebanon)
        runners = [
            p.name
            for p in parties.values()
            if p.count
            and p.name in self._health_runners
            and (conflict is None or p.role(conflict) == "belligerent")
        ]
        # a health ministry is the only warring state's, never the merely dominant one's: in a
        # war between two states, "the health ministry" may be either side's
        health = runners[0] if len(runners) == 1 else only
        dateline = self._dateline_state(windows, conflict)
        if dateline is not None and dateline not in (moved or {}):
            ruling = self._forces_running(dateline, conflict)
            if ruling is not None:
                # "NYALA -" in the SAF-RSF war: the dateline's state acts as the forces running
                # it, though the story never names the state
                moved = {**(moved or {}), dateline: ruling}
        home = self._run_by(dateline or self._main_place(text, refs, parties), moved, parties)
        datelined_runner = self._dateline_health_runner(windows)
        if home is not None:
            stands_for["home"] = home
            info = parties.get(home)
            if (
                not states
                and info is not None
                and (info.role(conflict) == "belligerent" or info.fights)
            ):
                # "MAIDUGURI, Nigeria - ... the army said": a warring state named only by the
                # dateline is the one "the army" and "the government" belong to
                stands_for["state"] = home
            elif (
                "state" not in stands_for
                and info is not None
                and states
                and info.name == states[0].name
                and info.count > states[1].count
            ):
                # "ADDIS ABABA - ... the government said", in a war with two states: the
                # dateline's (else the main place's) own state, when it is named more often
                # than any other warring one
                stands_for["state"] = home
        if not states and groups and conflict is None and _WAR_TOLD.search(text):
            fought = self._fought_state(text, refs, parties, dateline, moved)
            if fought is not None:
                fought.fought = True  # (its role is now "belligerent")
                stands_for["state"] = fought.name
        if health is None and not states and "state" in stands_for:
            # "JUBA - ... the health ministry said": the one state at war, named only by the
            # dateline (or by its forces), runs it
            health = stands_for["state"]
        if not stands_for and not runners and not self._health_places and home is None:
            return stands_for
        taken = [(r.start, r.end) for window_refs in refs for r in window_refs]
        # party mentions by where they end, to find the owner a body is named with
        named = sorted(
            (r for window_refs in refs for r in window_refs if not r.person), key=lambda r: r.end
        )
        # a health ministry the story has named as the own of a warring party, a runner or a
        # state it happens in ("Lebanon's health minister", Lebanon struck; not an onlooker's:
        # "Jordan's health minister said his country would send medicine")
        lands = {r.name for r in named if r.place}
        health_named = self._health_owners(text, named, {*warring_names, *runners, *lands})
        state_refs = [r for r in named if parties[r.name].kind == "state"]
        named_at = {r.start: r.name for r in named if not r.place}
        organs: dict[str, list[tuple[int, str]]] = {}  # see _organs_owned
        items = []
        window_starts = [w.start for w in windows]
        for start, end in scan(self.lexicon.forces, text, regions):
            kind = self.lexicon.forces_of[plain(text[start:end])]
            index = bisect.bisect_right(taken, (start, end)) - 1
            if index >= 0 and taken[index][1] > start:
                continue
            if index >= 0 and _OWNER_BEFORE.fullmatch(text, taken[index][1] - 2, start):
                continue  # "Lebanon's health ministry": the body of the party named before it
            if _SOURCE_AFTER.match(text, end):
                continue  # "a military source", "police sources": a source, not the body
            if _OWNERS_ADJECTIVE.search(text, max(0, start - 40), start) and _NOUN_QUALIFIED.match(
                text, end
            ):
                continue  # "suspended its military cooperation": no body speaks or acts
            if _FORMER_BEFORE.search(text, max(0, start - 9), start):
                continue  # "the former police officer who leads the gang": a job once held
            if _COUNT_ISSUED_BY.match(text, end) and _OFFICIAL_COUNT.search(text, start, end):
                continue  # "official figures from the health ministry": that body's count
            seat = _SEAT_AFTER.match(text, end)
            if (
                seat is not None
                and index + 1 < len(taken)
                and taken[index + 1][0] == seat.end()
                and not _RUN_AFTER.match(text, taken[index + 1][0], taken[index + 1][1] + 14)
            ):
                continue  # "the government in Beirut": the seat's state, named after it
            name = stands_for.get(kind)
            # the window holding the mention, for the kinds read against their sentence
            at = bisect.bisect_right(window_starts, start) - 1
            if kind == "body":
                # "The IOM warned ... according to the agency": the body named just before
                name = self._last_body(refs, at, start, parties)
            if kind == "group" and name is not None and _BACK_REFERENCE.fullmatch(text, start, end):
                # "the Arakan Army said ... . ..., the group said": the group named just before
                # (but "militants", a class of fighters, stay the article's warring group)
                name = self._last_group(text, refs, at, start, parties) or name
            if kind == "state" and at >= 0:
                # "Two South Korean marines were killed, according to the military": the one
                # state its own sentence names is the army's, not the article's warring state
                states_named = {
                    r.name
                    for r in refs[at]
                    if not r.person and not r.place and parties[r.name].kind == "state"
                }
                armed = {
                    r.name
                    for r in refs[at]
                    if not r.person
                    and not r.place
                    and parties[r.name].kind == "state"
                    and self._named_by_forces(text, r, parties[r.name])
                    # (not "Russian troops shelled X, the military said": the enemy's men act,
                    # and the speaker is the other side's military)
                    and not _FORCES_STRIKE.match(text, r.end)
                }
                organ = _STATE_ORGAN.search(text, start, end) is not None
                owner = None
                if organ:
                    words = _LEADING_THE.sub("", text[start:end]).lower()
                    if words not in organs:
                        ends = [r.end for r in state_refs]
                        organs[words] = _organs_owned(text, words, state_refs, ends)
                    owner = _named_before(organs[words], start)
                federal = []
                if _FEDERAL.search(text, start, end):
                    # the dateline's own when it is federal ("BERLIN - ... the federal
                    # government"), else the warring one, else a land the story names
                    # ("fighting in Ethiopia's Oromia region")
                    federal = [home] if home in self.lexicon.federal_states else []
                    federal = federal or [
                        s.name for s in states if s.name in self.lexicon.federal_states
                    ]
                    federal = federal or [
                        name for name in lands if name in self.lexicon.federal_states
                    ]
                if len(federal) == 1:
                    # "the federal government" in a war of Ethiopia and Eritrea: the federal one
                    name = federal[0]
                elif owner is not None and owner in warring_names:
                    # "Russia's defence ministry said ... . The defence ministry said": the
                    # ministry the story last named as a warring state's own
                    name = owner
                elif (
                    (organ or _DOMESTIC_FORCE.search(text, start, end))
                    and dateline is not None
                    and home in warring_names
                    and sum(1 for state in warring if state.kind == "state") >= 2
                ):
                    # "NAIROBI - Kenyan and Somali troops clashed ... the defence ministry
                    # said": in a war of two states, the ministry of the one on the date line,
                    # however often the story names the other side's soldiers; and its police,
                    # who serve at home ("SRINAGAR, India - ..., police said"), unless the
                    # sentence places them in another state ("killed in the Tehran strike")
                    placed = self._place_state(refs[at], parties) if not organ and at >= 0 else None
                    name = self._run_by(placed, moved, parties) or home
                elif len(states_named) == 1 and armed == states_named:
                    name = armed.pop()
            if kind == "media":
                # a story's state media are its warring state's, or the dateline's when it is
                # one and the sentence and the one before name no other warring state's land
                near = [r for i in (at - 1, at) if i >= 0 for r in refs[i]]
                elsewhere = any(r.place and r.name in warring_names - {home} for r in near)
                name = stands_for.get("state") or (
                    home if home in warring_names and not elsewhere else None
                )
            if kind in ("local", "health"):
                # "strikes on villages in south Lebanon killed 11, the health ministry said":
                # the office of the one state the sentence names as the place
                placed = self._place_state(refs[at], parties) if at >= 0 else None
                if kind == "health" and placed is None and at >= 1:
                    # "Israeli jets struck south Lebanon. The health ministry said ...": the
                    # land of the sentence before
                    placed = self._place_state(refs[at - 1], parties)
            if kind == "local":
                name = self._run_by(placed, moved, parties) or home
            if kind == "health":
                window = windows[at] if at >= 0 else None
                runner = self._health_runner(window.text if window else "")
                if runner is None and placed is None:
                    # "GAZA - Israeli strikes hit Rafah. The health ministry said": the ministry
                    # of the place the sentence before or the dateline names
                    before = windows[at - 1].text if at >= 1 else ""
                    runner = self._health_runner(before) or datelined_runner
                # "the Ministry of Health in Gaza": the authority that runs it, declared from
                # this mention although the article never names it
                if runner is not None and self._declare(runner, parties, window) is None:
                    continue
                # ... else the one named last before it as a party's own, else the guess
                name = (
                    runner
                    or self._run_by(placed, moved, parties)
                    or _named_before(health_named, start)
                    or health
                )
                place = _PLACE_WORD.search(text, max(0, start - 30), start)
                owned = place is not None and not (index >= 0 and taken[index][1] > place.start())
                if (
                    owned
                    and runner is None
                    and placed is None
                    and place is not None
                    and _NATIONALITY.fullmatch(place.group().rstrip())
                ):
                    # "the Palestinian health ministry": an owner the table does not place is
                    # not the story's warring state
                    continue
                if name is not None and owned and place is not None:
                    start = place.start()  # "Gaza health officials": one name
            run = _RUN_BY_AFTER.match(text, end)
            runner_named = named_at.get(run.end()) if run is not None else None
            if runner_named is not None:
                # "the government media office in Gaza, which is run by Hamas": its runner's
                name = runner_named
            if name is not None:
                items.append((start, end, Ref(start, end, name)))
        for index, found in enumerate(bucket(windows, items)):
            if found:
                refs[index] = sorted([*refs[index], *found], key=lambda r: r.start)
                for generic in (sole, sole_state):
                    if generic is not None:
                        self._add_generic_party(generic, windows[index], found, text, parties)
        return stands_for

    @staticmethod
    def _sides_of_a_war(
        text: str, refs: Sequence[Ref], parties: Mapping[str, PartyInfo]
    ) -> set[str]:
        """The states a sentence names, two together, as the sides of a war or a truce: "the
        war between Iran and Iraq", "a ceasefire between Peru and Ecuador", "Iran and Iraq will
        stop fighting"."""
        states = [r for r in refs if not r.person and parties[r.name].kind == "state"]
        sides: set[str] = set()
        for first, second in pairwise(states):
            if (
                first.name != second.name
                and _PAIR_JOIN.fullmatch(text, first.end, second.start)
                and (
                    _WAR_BETWEEN.search(text, max(0, first.start - 40), first.start)
                    or _STOP_FIGHTING.match(text, second.end)
                )
            ):
                sides.update((first.name, second.name))
        return sides

    def _named_by_forces(self, text: str, ref: Ref, info: PartyInfo) -> bool:
        """'Israeli troops', "Benin's army", 'South Korean marines': a party named by its
        armed men (a state also by its people's adjective before them)."""
        surface = text[ref.start : ref.end]
        if _ARMED_FORCES.search(surface):
            return True
        if (
            info.kind != "state"
            or info.entry is None
            or plain(surface).removesuffix("'s") not in self._demonyms(info.entry)
        ):
            return False
        after = self._forces_after.match(text, ref.end)
        return (
            after is not None
            and _SERVING_ABROAD.match(text, after.end()) is None
            # "Dutch soldiers" of a story that calls them "Dutch peacekeepers": a UN force (the
            # whole text searched only when it speaks of peacekeepers at all)
            and not (
                ("peacekeep" in text or "helmets" in text)
                and re.search(rf"\b{re.escape(surface)}[ ]+{_PEACEKEEPERS}", text) is not None
            )
            and (
                after.group("combat") is not None
                or _FIGHTING.search(text, max(0, ref.start - 150), after.end() + 150) is not None
            )
        )

    @staticmethod
    def _last_body(
        refs: list[list[Ref]], at: int, start: int, parties: dict[str, PartyInfo]
    ) -> str | None:
        """The international organisation or NGO "the agency" or "the rights group" refers back
        to: the last one named before it, in its sentence or the one before."""
        for index in (at, at - 1):
            if index < 0:
                continue
            for ref in reversed(refs[index]):
                info = parties.get(ref.name)
                if (
                    ref.start < start
                    and not ref.person
                    and info is not None
                    and info.kind in ("international_organisation", "ngo")
                ):
                    return ref.name
        return None

    def _last_group(
        self,
        text: str,
        refs: list[list[Ref]],
        at: int,
        start: int,
        parties: dict[str, PartyInfo],
    ) -> str | None:
        """The armed group "the group" refers back to: the last one named before it, in its
        sentence or the one before, that is not the object of a preposition."""

        def group(ref: Ref) -> bool:
            info = parties.get(ref.name)
            return (
                not ref.person
                and info is not None
                and info.kind in ("armed_group", "de_facto_authority", "ngo")
                # "in solidarity with Hamas", "attacks on the RSF": an object, not who speaks
                and _OBJECT_BEFORE.search(text, max(0, ref.start - 12), ref.start) is None
            )

        if at >= 0:
            for ref in reversed(refs[at]):
                if ref.start < start and group(ref):
                    return ref.name
        if at >= 1:
            before = refs[at - 1]
            if (
                before
                and not before[0].person
                and group(before[0])
                # (not "al-Qaeda's affiliate JNIM", "al-Qaeda-linked JNIM": an owner)
                and text[before[0].end : before[0].end + 1] not in ("'", "’", "-")
            ):
                # "Amnesty International published a report accusing ... where IS was using
                # civilians as shields. The group said": the sentence's subject, named first
                return before[0].name
            for ref in reversed(before):
                if group(ref):
                    return ref.name
        return None

    def government_forces(
        self,
        text: str,
        windows: Sequence[Window],
        refs: list[list[Ref]],
        parties: dict[str, PartyInfo],
        conflict: str | None,
    ) -> dict[str, str]:
        """In a war whose table gives a state's forces a party of their own and not the state
        (the Sudanese Armed Forces, the Myanmar military), the state acting ("Sudan's health
        ministry", "the Sudanese government") is that party: the government it runs. Moves the
        refs and returns which state went to which party."""
        moved: dict[str, str] = {}
        for info in parties.values():
            owner = self._forces_running(info.name, conflict) if info.kind == "state" else None
            if owner is not None:
                moved[info.name] = owner
        if not moved:
            return moved
        for index, window_refs in enumerate(refs):
            changed = False
            for at, ref in enumerate(window_refs):
                owner = moved.get(ref.name)
                if owner is None or ref.person or ref.place:
                    continue
                window_refs[at] = Ref(ref.start, ref.end, owner)
                changed = True
                entry = self.actors.get(owner)
                target = parties.setdefault(
                    owner,
                    PartyInfo(owner, "state", entry if isinstance(entry, PartyEntry) else None),
                )
                target.count += 1
                target.surfaces[text[ref.start : ref.end]] = None
                if target.window is None:
                    target.window = windows[index]
            if changed:
                refs[index] = window_refs
        for name in moved:
            parties[name].window = None  # only places are left to the state itself
        return moved

    def _run_by(
        self, state: str | None, moved: Mapping[str, str] | None, parties: dict[str, PartyInfo]
    ) -> str | None:
        """The party that acts for `state`: the one running it where the conflict table says
        so (government_forces: Sudan's is the SAF), declared if the article never names it."""
        if state is None:
            return None
        return self._declare((moved or {}).get(state, state), parties)

    def _declare(
        self, name: str, parties: dict[str, PartyInfo], window: Window | None = None
    ) -> str | None:
        """`name`, added to `parties` from the table when the article never names it (first
        acting in `window`); None when the table has no such party."""
        if name not in parties:
            entry = self.actors.get(name)
            if not isinstance(entry, PartyEntry):
                return None
            parties[name] = PartyInfo(name, entry.kind, entry, window=window)
        return name

    def _dateline_health_runner(self, windows: Sequence[Window]) -> str | None:
        """The party that runs the health ministry of the place the dateline names ("GAZA -")."""
        dateline = _dateline(windows)
        return None if dateline is None else self._health_runner(dateline.title())

    def _forces_running(self, state: str, conflict: str | None) -> str | None:
        """The party of `conflict` that is `state`'s forces and government (government_forces),
        None when the table gives the state no such party."""
        sides = _belligerents_of().get(conflict or "", frozenset())
        entry = self.actors.get(state)
        if not isinstance(entry, PartyEntry) or not entry.codes or state in sides:
            return None
        owners = [
            name
            for name in sorted(sides)
            if isinstance(forces := self.actors.get(name), PartyEntry)
            and forces.kind == "state"
            and not forces.codes
            and runs_forces_of(forces, entry)
        ]
        return owners[0] if len(owners) == 1 else None

    def _dateline_state(self, windows: Sequence[Window], conflict: str | None) -> str | None:
        """The one state the article's dateline names ("KYIV -", "BELGOROD, Russia (AP) -",
        "PESHAWAR, Dec 16 -"): the first sentence near the top that opens like a dateline and
        names a state or a city the gazetteer places in one (a masthead, "LIVE:" or "COOKIES:"
        opens like one too, and is passed over). In a listed war the city must be one of the
        war's places ("GOMA"): a wire bureau's "DUBAI", "JEDDAH" or "ISTANBUL" would make a
        belligerent it hosts the story's own state."""
        war_places = _places_of().get(conflict) if conflict is not None else None
        for window in windows[:_DATELINE_REACH]:
            dateline = _DATELINE.match(window.text)
            if dateline is None:
                continue
            states = {
                m.entry.name
                for m in self.actors.find_mentions(dateline.group())
                if isinstance(m.entry, PartyEntry) and m.entry.kind == "state"
            }
            if states:
                return states.pop() if len(states) == 1 else None
            city = _DATELINE_CITY.match(dateline.group())
            if city is None or (war_places is not None and plain(city.group()) not in war_places):
                continue
            code = city_state_code(city.group())
            entry = self.actors.by_code(code) if code else None
            if entry is not None and entry.kind == "state":
                return entry.name
        return None

    def _fought_state(
        self,
        text: str,
        refs: Sequence[Sequence[Ref]],
        parties: dict[str, PartyInfo],
        dateline: str | None,
        moved: Mapping[str, str] | None,
    ) -> PartyInfo | None:
        """'COLOMBO - ... Tamil Tiger rebels ...': in a war the conflict table lacks, where no
        state's forces are named, the state the rebels fight is the one the story happens in:
        its main place, else the state named most, else the dateline's ("HAVANA -" may only
        host the talks); never a mediator."""
        # a state named where talks are held or as their broker ("signed in Lome in talks
        # brokered by Togo") does not count
        counts: Counter[str] = Counter()
        for window_refs in refs:
            for r in window_refs:
                if r.person or parties[r.name].kind != "state" or _hosts(text, r.start):
                    continue
                if not _BROKERED_BEFORE.search(text, max(0, r.start - 80), r.start):
                    counts[r.name] += 1
        named = sorted(
            (counts[p.name], p.name)
            for p in parties.values()
            if counts[p.name] and p.role(None) != "mediator"
        )
        most = None
        if len(named) == 1 or (named and named[-1][0] > named[-2][0]):
            most = named[-1][1]
        ruled = _governed_state(text, refs, parties, counts)
        # (a state named as a place once, "crossed into Uganda", is not where the war is)
        main = self._main_place(text, refs, parties, least=2)
        fought = parties.get(self._run_by(ruled or main or most or dateline, moved, parties) or "")
        # (a dateline names its state in no ref: "BANGUI - ... government troops")
        if fought is None or fought.kind != "state":
            return None
        if not fought.count and fought.name != dateline:
            return None
        return None if fought.role(None) == "mediator" else fought

    def _main_place(
        self,
        text: str,
        refs: Sequence[Sequence[Ref]],
        parties: dict[str, PartyInfo],
        least: int = 1,
    ) -> str | None:
        """The state the article names as a place at least twice as often as any other ("in
        Ukraine", "Ukraine's Kharkiv region"), and at least `least` times: where the story
        happens, when no dateline says. Only its names count: a demonym that acts no more
        ("former Ghanaian president") is no place."""
        places: Counter[str] = Counter()
        for window_refs in refs:
            for r in window_refs:
                if r.person or not r.place:
                    continue
                info = parties[r.name]
                if info.kind != "state" or info.entry is None:
                    continue
                if _hosts(text, r.start):
                    continue  # "signed a ceasefire in Lome": where the talks were, not the war
                if (
                    plain(text[r.start : r.end]).removesuffix("'s")
                    in self._place_names(info.entry)[1]
                ):
                    places[r.name] += 1
        top = places.most_common(2)
        if not top or top[0][1] < least or (len(top) == 2 and top[0][1] < 2 * top[1][1]):
            return None
        return top[0][0]

    @staticmethod
    def _place_state(window_refs: Sequence[Ref], parties: dict[str, PartyInfo]) -> str | None:
        """The one state a window names only as a place ("in south Lebanon"), if one."""
        places = {r.name for r in window_refs if r.place and parties[r.name].kind == "state"}
        actors = {r.name for r in window_refs if not r.place}
        return places.pop() if len(places) == 1 and not places & actors else None

    def _sole_group(
        self, conflict: str | None, kinds: tuple[str, ...] = ("armed_group", "de_facto_authority")
    ) -> PartyEntry | None:
        """The conflict table's only side of `conflict` of these kinds (by default its only
        non-state side), if it has exactly one."""
        groups = [
            entry
            for name in _belligerents_of().get(conflict or "", ())
            if isinstance(entry := self.actors.get(name), PartyEntry) and entry.kind in kinds
        ]
        return groups[0] if len(groups) == 1 else None

    @staticmethod
    def _add_generic_party(
        entry: PartyEntry,
        window: Window,
        found: Sequence[Ref],
        text: str,
        parties: dict[str, PartyInfo],
    ) -> None:
        """A party named only by generic words ("the separatists"): declared from them."""
        mine = [r for r in found if r.name == entry.name]
        if not mine:
            return
        info = parties.setdefault(entry.name, PartyInfo(entry.name, entry.kind, entry))
        info.window = info.window or window
        info.count += len(mine)
        for ref in mine:
            info.surfaces[text[ref.start : ref.end]] = None

    def head_refs(
        self,
        text: str,
        regions: Sequence[tuple[int, int]],
        windows: Sequence[Window],
        refs: list[list[Ref]],
        parties: dict[str, PartyInfo],
    ) -> None:
        """'the Observatory', 'the Network': a named party's head noun, capitalised after 'the',
        refers back to it when exactly one party named in the article has that head; so does
        one of the lexicon's lower-case back-reference nouns ("the coalition", "the alliance"),
        and the last word of a name the article gave a party ("the Council" after "the Security
        Council")."""
        owners: dict[str, set[str]] = {}
        for info in parties.values():
            if not info.count:
                continue
            for word in info.name.split():
                if word in self.lexicon.heads:
                    owners.setdefault(word, set()).add(info.name)
            for word in info.name.lower().split():
                if word in self.lexicon.back_reference_heads:
                    owners.setdefault(word, set()).add(info.name)
            for surface in info.surfaces:
                last = surface.rsplit(" ", 1)[-1]
                if " " in surface and last in self.lexicon.surface_back_reference_heads:
                    owners.setdefault(last, set()).add(info.name)  # "Security Council"
        heads = {head: next(iter(names)) for head, names in owners.items() if len(names) == 1}
        if not heads:
            return
        pattern = _head_pattern(tuple(sorted(heads)))
        taken = sorted((r.start, r.end) for window_refs in refs for r in window_refs)
        items = []
        for region_start, region_end in regions:
            for match in pattern.finditer(text, region_start, region_end):
                start, end = match.start(1), match.end(1)
                index = bisect.bisect_right(taken, (start, end)) - 1
                if index >= 0 and taken[index][1] > match.start():
                    continue
                items.append((start, end, Ref(start, end, heads[match.group(1)])))
        for index, found in enumerate(bucket(windows, items)):
            if found:
                refs[index] = sorted([*refs[index], *found], key=lambda r: r.start)


def _shares_words(long: str, entry: PartyEntry) -> bool:
    """Some of a long name's words are in one of the table party's names, in any language's
    spelling ("Movement of Democratic Forces of Casamance" of the MFDC's French name)."""
    return any(fuzz.token_set_ratio(long, name) >= _SHARED for name in (entry.name, *entry.aliases))


_SHARED = 50


# how many sentences from the top a dateline may open (page furniture comes first)
_DATELINE_REACH = 12
# the city a dateline opens with: the words before a comma, a bracket or the dash
_DATELINE_CITY = re.compile(r"[^,(–—]*?(?=[ ]*(?:[,(–—]|-(?:[ ]|$)|$))")


def _dateline(windows: Sequence[Window]) -> str | None:
    """The article's dateline ("KYIV -", "BELGOROD, Russia (AP) -"), in its first sentences."""
    for window in windows[:3]:
        dateline = _DATELINE.match(window.text)
        if dateline is not None:
            return dateline.group()
    return None


@functools.lru_cache(maxsize=256)
def _head_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """'the Observatory', 'the coalition': one of `heads` after "the" (compiled once per set:
    articles of one conflict share them)."""
    return re.compile(
        r"\b[Tt]he[ ]+(" + "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) + r")\b"
        r"(?![ ]+(?:of|for)\b)(?![ ]+[A-Z])"
    )


def most_named(parties: dict[str, PartyInfo]) -> Counter[str]:
    return Counter({name: info.count for name, info in parties.items()})
