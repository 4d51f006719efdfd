"""Positions: an actor's stance (accuse, deny, demand, ...) from the verb of a speech act.

Precision first: one position per holder and stance; no position from the outlet's narration,
from passive verbs without an agent, from history, or from a plain ceasefire call (that is a
ceasefire record). A claim of control counts only when the actor itself says it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Literal, cast

from summarize.actors import plain
from summarize.numbers import TENS, UNITS
from summarize.schema import GroundedCeasefireCall, GroundedPosition, Stance

from .ceasefires import NamedDeals
from .figures import span_of, time_scope
from .lexicon import Lexicon, unquoted
from .mentions import Ref, bucket, owner_before, scan
from .patterns import WordScan
from .speech import (
    FIGHTING_FORCES,
    NOUN_DETERMINER,
    OPENING_QUOTES,
    OWN_FORCES,
    Actor,
    Doc,
    quoted_at,
)
from .text import Window, one_line, window_at, words_after

_FUTURE = re.compile(r"\b(?:will|would|shall)\b", re.IGNORECASE)
_FUTURE_OR_ABLE = re.compile(
    r"\b(?:will|would|shall|capable\s+of|ready\s+to|able\s+to)\b", re.IGNORECASE
)
# "warned that X would pay": a warning of what the speaker will do is a threat, whoever says it
_PUNITIVE = re.compile(
    r"\b(?:will|would|shall|could)\b[^.;]{0,80}?\b(?:pay|price|retaliat\w*|punish\w*|revenge|"
    r"held (?:to )?account\w*|consequences|sanctions?|unanswered|unpunished|respond\w*|"
    r"crush\w*|target\w*|strike|hit back|met with|"
    # "warned that those responsible could face charges": prosecution promised
    r"face (?:criminal )?charges|prosecut\w*|brought to justice)\b",
    re.IGNORECASE,
)
# "urged the allies to respond forcefully", "called for a decisive response": force asked of
# someone else is a demand, no threat
_ASKED_BEFORE = re.compile(
    r"\b(?:urg(?:ed|es|ing)|call(?:ed|s|ing) (?:on|upon|for)|ask(?:ed|s|ing)|"
    r"appeal(?:ed|s|ing) (?:to|for)|press(?:ed|es|ing)|encourag(?:ed|es|ing)|"
    r"demand(?:ed|s|ing))\b(?:(?:(?!\band\b)[^.,;:\"\u201c\u201d]){0,80}?\b(?:to|for))?\s+$",
    re.IGNORECASE,
)
# force promised or ordered before a bare "hunt down", "respond forcefully" ("vowed to", "ordered
# the army to", "will"), not a mission told ("troops deployed to hunt down the rebels")
_FORCE_INTENT = re.compile(
    r"\b(?:(?:will|would|shall)(?:\s+(?:not|never))?|ordered|orders|ordering|instructed|"
    r"instructs|directed|directs|commanded|vowed|vows|pledged|pledges|promised|promises|"
    r"determined|going)\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+)?$",
    re.IGNORECASE,
)
# a hostile act the promised response answers ("any attack on its bases would receive a crushing
# response"; not "a decisive response to the measles outbreak")
_HOSTILE_ACT = re.compile(
    r"\b(?:attacks?|aggression|violations?|incursions?|provocations?|strikes?|assaults?|"
    r"shelling|fire|firing|breach\w*|escalation|threats?|invasion|infiltration|hostilities|"
    r"offensive|rockets?|missiles?|drones?|enemy|enemies|aggressors?|invaders?|provoked)\b",
    re.IGNORECASE,
)
# "would not respond militarily", "will never hit back": no threat
_NEGATED_FORCE = re.compile(
    r"\b(?:not(?!\s+(?:only|just|merely)\b)|never|no)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE
)
# what a rejection denies rather than refuses: a figure or a charge ("rejected that toll")
_FIGURE_OBJECT = re.compile(
    r"\s+(?:(?:the|that|this|those|these|its|their|such|any|[\w.-]+['’]s?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:tolls?|figures?|count|numbers|estimates?|claims?|accusations?|allegations?|reports?|"
    r"charges?|suggestions?|insinuations?|assertions?|accounts?|versions?|narratives?|"
    # a part refused: "rejected responsibility", "rejects any involvement"
    r"responsibility|involvement|blame)\b",
    re.IGNORECASE,
)
# the same, named before its rejecter: "a figure Baghdad rejected as exaggerated", "a claim the
# group rejects"
_FIGURE_BEFORE = re.compile(
    r"\b(?:an?|the|that|this|such)\s+(?:[\w'’-]+\s+)?(?:toll|figure|count|number|estimate|claim|"
    r"accusation|allegation|report|charge)s?\s+(?:(?:that|which)\s+)?(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
# "said its forces had not targeted civilians", "said it did not fire": the speaker's own side
# denies an attack
_OWN_ATTACK_DENIED = WordScan(
    re.compile(
        r"\b(?:(?:had|has|have|did|does|do)\s+(?:not|never)\s+(?:\w+ly\s+)?(?:target|fire|attack|"
        r"shell|bomb|strike|struck|shoot|shot|kill|abandon|block|loot|burn)(?:ed|d|s)?|"
        # "our forces never abandoned the town": the past without its auxiliary
        r"never\s+(?:\w+ly\s+)?(?:targeted|fired|attacked|shelled|bombed|struck|shot|killed|"
        r"abandoned|blocked|looted|burned|burnt))\b",
        re.IGNORECASE,
    ),
    ["had", "has", "have", "did", "does", "do", "never"],
)
_NOT_A_DENIAL = re.compile(
    r"\b(?:if|unless|had\s+it|were\s+it)\b[^,;.]*$|\b(?:back|first)\b", re.IGNORECASE
)
_OWN_SUBJECT = re.compile(
    rf"\b(?:it|they|we|(?:its|their|our)\s+(?:[\w-]+\s+)?{OWN_FORCES})\s+$", re.IGNORECASE
)
# the speaker's own "it" or "they" right before a denied part: "said it had no role in"
_ITSELF_BEFORE = re.compile(r"\b(?:it|they)\s+$")
# "we", "its forces", "our fighters": the speaker's own side
_WE_BEFORE = re.compile(
    rf"\b(?:[Ww]e|(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?{OWN_FORCES})\s+(?:[\w-]+\s+)?$"
)
_NOT_YET = re.compile(
    r"\b(?:will|would|could|until|once|unless|if|when)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
# what is "under control" without any fighting: a fire, an outbreak
_NOT_WAR = re.compile(
    r"\b(?:fires?|blazes?|outbreaks?|epidemics?|cholera|measles|floods?|flooding|leaks?|"
    r"spills?|virus|disease)\b",
    re.IGNORECASE,
)
_MEASURES_AFTER = re.compile(
    r"\s*take\s+[\"“]?(?:appropriate|further|necessary|all\s+necessary|tough|firm|decisive)\s+"
    r"(?:action|actions|measures|steps)\b",
    re.IGNORECASE,
)
_CLAIM_TOLD = re.compile(
    # ("the army's claim to have retaken it"; "the army's claims that its troops had entered
    # Lebanon were false": a claim another tells of, its noun after a possessive or determiner)
    rf"\bclaims?\s+to\s+$|{NOUN_DETERMINER}\s+"
    r"claims?\s+that\s+(?:(?:its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# an act said not to have happened: "had not rejected", "did not publicly condemn", "never denied"
_NEGATED_ACT = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:(?:yet|publicly|formally|explicitly|directly|openly|"
    r"officially|been|ever)\s+)?$",
    re.IGNORECASE,
)
_BY_AGENT = re.compile(r"\s+by\s")
# ("we are not concerned by the statement": no concern)
_UNDONE_WHEN_NEGATED = frozenset({"reject", "deny", "accuse", "condemn", "support", "concern"})
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s+(?:in\s+)?$", re.IGNORECASE)
# "offered a different account": a verb of speech, not an offer
# A past participle right after a determiner is an adjective ("the contested town", "a rejected
# bid"), not a speech act; nouns keep theirs ("expressed their concern").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|his|her|their|our)\s+$", re.IGNORECASE
)
# a noun after a participle: "Kenya's disputed election" (not "Russia's denied any role", where
# "'s" stands for "has")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:any|that|the|a|an|this|these|those|it|its|his|her|their|our|all|no|to|by|on|"
    r"in|at|with|for|from|as)\b)[a-z][\w-]*\b"
)
# right before "demands", what makes it a noun: "the demands of", "their demands", "maximalist
# and impossible demands", "the rebels' demands"
_DEMANDS_NOUN = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|these|those|such|any|new|key|main|core|impossible|"
    r"maximalist|unrealistic|excessive|political|territorial)|['’]s?)\s+[\"“]?$",
    re.IGNORECASE,
)
# present-tense phrases that are also nouns or other senses ("the demand that", "a phone call
# on Tuesday"): read only after the statement's own "we", "I" or "they"
_NOUN_TOO = frozenset(
    {"urge", "call on", "call for", "demand", "demand that", "appeal to", "support"}
)
_STATEMENT_SUBJECT = re.compile(
    r"\b(?:we|i|they)\s+(?:(?:also|again|once again|strongly|further|hereby|jointly|therefore|"
    r"now|urgently|firmly)\s+)*$",
    re.IGNORECASE,
)
_NOT_OFFER = re.compile(
    r"\s+(?:a|an|no|its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:account|details?|evidence|"
    r"explanation|comment|condolences|version|figures?|estimate|prayers|sympathy|"
    # what a thing gave: "the extra days offered a glimmer of hope"
    r"glimmer|ray|glimpse)\b",
    re.IGNORECASE,
)
_WHICH_BEFORE = re.compile(r"\b(?:that|which)\s+$", re.IGNORECASE)
# "said it controlled the situation", "areas the RSF says it controls.": no ground named
_NO_GROUND = re.compile(r"\s*[.,;:)]|\s+(?:the\s+)?situation\b", re.IGNORECASE)
# "called on Kabul to deny its soil to such groups": access refused to others, no denial
_DENIED_HAVEN = re.compile(
    r"\s+(?:(?:its|their|his|her|the|our|any)\s+)?(?:own\s+|(?-i:[A-Z])[\w-]+\s+)?(?:soil|"
    r"territory|land|airspace|sanctuary|safe\s+havens?|havens?)\s+to\b",
    re.IGNORECASE,
)
# Predicate adjectives after a copula are no passive: "he was deeply alarmed", "it is ready to".
_PREDICATE = re.compile(
    r"(?:deeply |gravely |very )?(?:concerned|alarmed|appalled|worried|troubled|dismayed|shocked|"
    r"horrified|disturbed|disappointed|outraged|ready to|willing to)",
    re.IGNORECASE,
)
# "said it was ready to": the pronoun before a copula stands for the statement's speaker
_PRONOUN_COPULA = re.compile(
    r"(?:^|\s)((?:the\s+)?[\w-]+)\s+(?:was|were|is|are|remains|remained|stood|stands|had been|"
    r"has been|have been|would be|will be)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "described the attack as barbaric", "called the report a lie": a verb of naming and the
# judgement it passes, which gives the stance.
_NAMING = re.compile(
    r"(?<![-\w])(?:described|describes|describing|called|calls|calling|branded|brands|branding|"
    r"labelled|labeled|labelling|labeling|termed|terms|dubbed|dismissed|dismisses|dismissing|"
    r"qualified|qualifies)\s+(?!on\b|upon\b|for\b|off\b|"
    r"up\b|in\b|out\b|back\b|it quits\b|a (?:ceasefire|truce)\b)",
    re.IGNORECASE,
)
# deeds a naming verb may judge: "called the raid a war crime"
_DEEDS = (
    r"(?:attack|assault|raid|strike|air\s*strike|bombing|bombardment|blockade|shelling|killing|"
    r"operation|incursion|invasion|offensive|ambush|explosion|blast|shooting|siege|abduction|"
    r"kidnapping|execution|massacre|deportation)s?"
)
# the deed right after the verb: "called the raid", "described Monday's assault"
_DEED_NAMED = re.compile(
    r"(?:the|this|that|these|those|its|their|his|her|[\w'’.-]+['’]s?)\s+"
    # (not "the militia behind the attack": a party, described by its deed)
    rf"(?:(?!behind\b|of\b|who\b|that\b|which\b)[\w'’-]+\s+){{0,3}}?{_DEEDS}\b",
    re.IGNORECASE,
)
# the deed told before the naming verb's relative clause: "The strike, which Ukraine called a
# war crime,", "the missile strike on a crowded market, which Ukraine called a war crime"
_DEED_BEFORE_WHICH = re.compile(
    rf"\b{_DEEDS}(?:\s+(?:on|in|at|into|against|near|of)\s+[^,;()\"“”]{{1,60}}?)?,?\s+"
    r"(?:which|that)\s+(?:[\w'’.-]+\s+){1,5}$",
    re.IGNORECASE,
)
_TOLD_TO_LEAVE = re.compile(
    r"\s+(?:(?:all|its|their|the|[A-Z][\w-]+)\s+)?(?:residents|citizens|nationals|civilians|"
    r"people|inhabitants|villagers|everyone|staff)\b[^.;]{0,40}?\bto\s+(?:leave|evacuate|flee|"
    r"move|head|stay\s+(?:at\s+home|indoors|away))\b"
)
_QUOTATION_CLOSE = re.compile(r"[\"”]")
_JUDGED_WHAT = re.compile(
    r"\b(?:condemn|denounc|decri|criticis|criticiz|slamm|deplor|accus|blam|reject|dismiss)\w*"
    r"\s+what\s+(?:it|he|she|they|we|the\s+[\w-]+)\s+$",
    re.IGNORECASE,
)
_JUDGEMENTS: tuple[tuple[Stance, re.Pattern[str]], ...] = tuple(
    (cast(Stance, stance), re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for stance, words in (
        (
            "deny",
            r"(?:an? )?(?:absolute |outright |blatant )?lies?|false|fake|propaganda|"
            r"fabricat\w+|baseless|unfounded|groundless|nonsense|disinformation|absurd|"
            r"slander\w*|smear|fantas(?:y|ies|tical)|fanciful|alarmist|exaggerat\w+|inflated|"
            r"invented|fiction|fictitious|made[- ]up|untrue|staged",
        ),
        (
            "accuse",
            r"war crimes?|crimes? against humanity|genocide|ethnic cleansing|"
            r"terrorism|terrorists?|deception|traitors?|criminals?|massacres?|"
            r"state terror|systematic",
        ),
        (
            "condemn",
            r"barbaric|barbarous|horrific|hideous|heinous|cowardly|despicable|"
            r"atrocious|abhorrent|outrageous|an outrage|brutal|savage|inhuman|aggression|"
            r"encroachment|unprovoked|unjustified|unacceptable|shameful|reckless|illegal|"
            r"unforgivable|inexcusable|intolerable|inhumane|abominable|monstrous|vile|"
            r"appalling|deplorable|reprehensible|terrible|horrible|dreadful|"
            r"illegitimate|(?:black )?stain|disgrace|black day|provocative|a provocation|"
            r"(?:extrajudicial|summary) (?:executions?|killings?)|"
            r"(?:flagrant |blatant |clear |gross )violation|"
            # "calling the strikes a violation of Iraqi sovereignty"
            r"violations? of (?:[\w'’-]+ ){0,2}(?:sovereignty|airspace|territorial integrity|"
            r"international (?:humanitarian )?law)|"
            # "called the killing a political assassination"
            r"(?:political |targeted |cold-blooded )?(?:assassination|murder)",
        ),
        (
            "reject",
            r"(?:historic |grave |big |serious )?mistake|capitulation|surrender|"
            r"betrayal|null and void|a farce|sham|trick|ploy|stunt|charade|hoax|smokescreen|"
            r"sell-?out|"
            r"(?:sick |cruel |bad )?joke",
        ),
        (
            "concern",
            r"destabili[sz]ing|dangerous|alarming|worrying|deeply troubling|"
            r"catastrophic|(?:horrific |dangerous |serious )?escalation|"
            r"(?:one of )?the (?:gravest|most serious|most dangerous)|grave (?:incident|threat|"
            r"danger|crisis|situation)",
        ),
        (
            "support",
            # ("the first real step towards peace": more than one word may praise the step)
            r"(?:(?:first|important|vital|positive|significant|major|big|real|crucial|key|"
            r"decisive|concrete|historic|great) )+step|"
            r"positive|constructive|very good|good|breakthrough|historic|important|welcome|"
            r"encouraging|necessary|proportionate|legitimate|success\w*|self-defen[cs]e|"
            r"new (?:beginning|chapter|dawn|era)|opportunity|turning point|milestone|great day|"
            r"(?:beginning|start|dawn) of (?:an? )?(?:\w+ )?peace|step (?:towards?|to) peace|"
            r"victory for (?:all|everyone|peace|the (?:people|nation|country|region))",
        ),
    )
)
# a word of praise denied: "not constructive", "far from a positive step", "anything but helpful"
_PRAISE_DENIED = re.compile(
    r"\b(?:not|never|hardly|far\s+from|anything\s+but|no\s+longer)\s+(?:(?:a|an|very|at\s+all|"
    r"particularly|exactly|especially)\s+)*[\"\u201c]?$",
    re.IGNORECASE,
)
# "dismissed the report as biased": what is dismissed, then "as"
_DISMISSED_AS = re.compile(r"(?P<object>[^.;:]{0,80}?)\bas\b")
_DEAL_WORDS = re.compile(
    r"\b(?:plan|proposals?|deal|agreement|accord|truce|cease-?fire|offer|initiative|ruling|"
    r"verdict|resolution|roadmap|road map|talks|peace)\b",
    re.IGNORECASE,
)
# "called the international community to intervene": a call on someone to act
_CALL_TO = re.compile(
    r"(?:(?!an?\b|as\b)[\w'’-]+\s+){1,8}?to\s+(?!the\b|a\b|an\b)"
    # (not a telephone call: "called Guyana's president to reaffirm Washington's support",
    # "called his counterpart to discuss the crisis")
    r"(?!(?:reaffirm|affirm|express|discuss|offer|convey|congratulate|thank|assure|reiterate|"
    r"brief|update|review|pledge)\b)[a-z]+\b",
    re.IGNORECASE,
)
# "pressed the junta to act", "told residents not to return", "expected Kigali to withdraw its
# troops", "hoped the Houthis would seize the chance": what one asks another to do
_ASKING_VERBS = (
    *("pressed", "presses", "pressing", "told", "tells", "telling"),
    *("expected", "expects", "hoped", "hopes", "hoping"),
    # "China asked India to punish those responsible", "Russia wants Georgia to sign a pledge"
    *("asked", "asks", "asking", "wants", "wanted"),
    # "challenged the government to open its own roads" (not "dared Israel to invade": a taunt)
    *("challenged", "challenges", "challenging"),
)
_ASKING = WordScan(
    re.compile(rf"(?<![-\w])(?:{'|'.join(_ASKING_VERBS)})\s+", re.IGNORECASE), _ASKING_VERBS
)
_ASKED_OF = re.compile(
    r"(?!to\b)(?:(?!that\b|it\b|this\b|reporters\b|journalists\b)[\w'’-]+\s+){1,6}?"
    # (a quotation may open after "to": 'asked India to "severely punish" those responsible')
    r"(?:(?:not\s+)?to\s+[\"“]?(?!the\b|a\b|an\b|be\b|have\b)(?-i:[a-z]+)\b|"
    r"would\s+(?!be\b|have\b)(?-i:[a-z]+)\b)",
    re.IGNORECASE,
)
# what one wants done to a thing or to people, told by a participle after them: "wants 300
# prisoners released", "wanted the troops out of the city"
_WANTED_DONE = re.compile(
    r"(?:(?!that\b|to\b|it\b|him\b|her\b|them\b)[\w'’,.-]+\s+){1,6}?"
    r"(?:released|freed|returned|withdrawn|lifted|reopened|disarmed|investigated|prosecuted|"
    r"punished|extradited|handed\s+over|expelled|out\s+of)\b",
    re.IGNORECASE,
)
# what makes "X wants Y released" no demand of X's: a doubt, a condition or a denial ("whether
# Netanyahu wants", "if Moscow wants", "never wanted"), the adjective ("the most wanted"); and
# another's account of X's aims (`_told_by_another`)
_NOT_WANTED_BY_SPEAKER = re.compile(
    r"(?:\b(?:if|whether|unless|never)\b[^,;:]{0,60}|\bmost\s)$", re.IGNORECASE
)
# a name that is the object of a preposition ("between Delhi and Islamabad"), not a subject
_PREPOSITION_OBJECT = re.compile(
    r"\b(?:of|to|between|with|from|against|for|on|in|by|at|among|over)\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+(?:and|or)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# (not "the other EU members", "each other's allies")
# (a time may come between: "accused each other on Wednesday of attacking")
_EACH_OTHER = re.compile(
    r"\s+(?:the\s+other(?:\s+side)?|each\s+other|one\s+another)"
    r"(?:\s+(?:(?:on|last|this|early|late)\s+[A-Za-z]+|again|repeatedly|overnight|yesterday))?"
    r"(?=\s+(?:of|for|over)\b|\s*[,.;:]|$)"
)
_ATTACKS = (
    r"killed|attacked|shelled|bombed|razed|burned|torched|looted|abducted|kidnapped|executed|"
    r"massacred|raped|tortured|fired[ ]on|opened[ ]fire|"
    # ("Russian forces had mined the dam and blown it up", "had invaded the border villages",
    # "Indian troops had crossed the border twice", "had violated Iraqi airspace")
    r"mined|blew[ ]up|blown[ ]up|sabotaged|invaded|crossed[ ]the[ ](?:border|line)|"
    r"violated|intruded"
)
# between a speech verb and the clause it reports: " in a statement that", " on X that"
_ASIDE_THEN_THAT = re.compile(r"\s*(?:in|on|at|via|through)\s[^,;:\"“”]{0,60}?\bthat\W?")
_ATTACK_WORD = re.compile(rf"\b(?:{_ATTACKS})\b")
# right after a party's name, what its men did: "FNL fighters had shelled", "the army's troops
# killed" (not "were killed", nor a verb of its own clause further on)
_ATTACK_AFTER = re.compile(
    r"(?:['’]s?)?(?:[ ](?:forces|troops|fighters|soldiers|militias?|militiamen|gunmen|men|"
    r"aircraft|jets|warplanes|drones|units))?"
    # (and their allies: "Nigerien soldiers and allied militias had killed")
    r"(?:[ ]and[ ](?:allied|its|their)[ ][a-z-]+(?:[ ][a-z-]+)?)?"
    r"[ ](?:had[ ]|have[ ]|has[ ])?(?:also[ ]|repeatedly[ ]|"
    rf"deliberately[ ]|indiscriminately[ ])?[\"“]?(?:{_ATTACKS})\b"
)
# a duty laid on someone: "must go home", "should step aside", "needs to withdraw" (not "should
# the talks fail", a passive "must be destroyed", nor "should expect more missiles", a threat)
_MUST = WordScan(
    re.compile(
        # (a quotation may open after the modal: 'India should "severely punish those')
        r"\b(?:must|should|has\s+to|have\s+to|needs\s+to|need\s+to)\s+[\"“]?(?:not\s+|now\s+|"
        r"also\s+|first\s+|immediately\s+|severely\s+)?"
        r"(?:(?!the\b|a\b|an\b|this\b|that\b|be\b|have\b|expect\b)(?-i:[a-z]+)\b"
        # what must be done to the party named: "the RSF must be disarmed" (not "Hamas must be
        # destroyed" or "removed from power": the speaker's own war aim)
        r"|be\s+(?:disarmed|dismantled|disbanded|dissolved|held\s+accountable|"
        r"brought\s+to\s+justice)\b)",
        re.IGNORECASE,
    ),
    ["must", "should", "has", "have", "needs", "need"],
)
# what one "expects" another to do when it asks it, not when it forecasts ("expected Hamas to
# reject the offer")
_EXPECTED_ACT = re.compile(
    r"(?:not\s+)?to\s+(?:leave|withdraw|pull|stop|halt|end|cease|release|free|hand|allow|"
    r"respect|comply|honou?r|abide|engage|disarm|implement|act|refrain|return|"
    # "expects Serbia to cooperate fully with the inquiry", "to exercise restraint" (not "to
    # exercise its veto")
    r"cooperate|co-operate|investigate|punish|prosecute|protect|"
    r"exercise\s+(?!(?:its|a|the|their)\s+veto\b))",
    re.IGNORECASE,
)
# an account called unfounded is denied ("Russian reports that ... were baseless"); fears,
# sanctions or concerns called so are not
_CALLED_UNFOUNDED = re.compile(
    r"(?:were|are)\s+(?:baseless|unfounded|untrue|groundless)", re.IGNORECASE
)
_ACCOUNT_NOUN = re.compile(
    r"\b(?:claims?|reports?|allegations?|accusations?|charges|rumou?rs|assertions?|figures|"
    r"statements?|stories|suggestions|findings|accounts?|videos?|images|footage|photos|"
    r"testimon(?:y|ies)|evidence)\b",
    re.IGNORECASE,
)
# what no one can be asked to do: "Russia wants Ukraine to fail"
_NO_ACT_WANTED = re.compile(
    r"(?:fail|lose|collapse|suffer|die|disappear|crumble|burn|bleed|starve)\b", re.IGNORECASE
)
_STOP_ASKING = re.compile(r"\b(?:stop|stopped|quit|cease)\s+$", re.IGNORECASE)
# the ones asked when no party is named: the sides, or the people told to move
_ASKED_GROUPS = re.compile(
    r"(?:(?:both|all|the two|the warring)\s+(?:sides|parties|camps)|the\s+parties|"
    r"(?:the\s+|all\s+)?(?:residents|civilians|villagers|inhabitants|families))\b",
    re.IGNORECASE,
)
# before the party asked: an article, or nothing
_OBJECT_OPENS = re.compile(r"(?:the\s+|both\s+)?", re.IGNORECASE)
# between a phrase ending in "of" and the party it names: "the work of (the) BLA"
_NEAR_AFTER = re.compile(r"\s+(?:the\s+)?")
# a statement told as a plural noun before a denial's predicate ("Russian claims ... were lies")
_CLAIMS_NOUNS = frozenset({"claims", "reports"})
_FINITE_VERB = re.compile(
    r"\b(?:had|has|have|was|were|is|are|did|do|does|would|will|could|can|should|may|might)\b",
    re.IGNORECASE,
)
# what a vow promises when it is to fight less: "vowed to halt its attacks", "vows to
# drastically cut back military activity" (no threat)
_DE_ESCALATION_VOWED = re.compile(
    r"\s+to\s+(?:['\x22‘“]?[a-z]+ly['\x22’”]?\s+)?(?:(?:halt|stop|cease|suspend|end)\s+"
    # (its own attacks only: not "vowed to halt the Russian offensive", the enemy's)
    r"(?:(?:its|their|our|all)\s+)?(?:(?:military|air|drone|missile|artillery|ground)\s+)?"
    r"(?:attacks|strikes|shelling|bombing|operations|offensive|hostilities)\b(?!\s+by\b)"
    r"|(?:halt|stop|cease|end)\s+(?:the\s+|all\s+)?(?:fighting|hostilities|war)\b(?!\s+by\b)"
    r"|cut\s+back|scale\s+(?:back|down)|withdraw|pull\s+(?:back|out)|respect|observe|"
    r"honou?r|abide|implement|release)\b",
    re.IGNORECASE,
)
# a name after the verb that opens a clause of its own: "vowed Russia would respond"
_SUBJECT_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:the\s+)?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:would|will|shall|must|"
    r"should|could|can|had|has|have|was|were|is|are)\b"
)
# a name owning what follows: "accused Israel's critics"
_OWNED_AFTER = re.compile(r"\s+(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*){0,3}['’]s?\s")
# between a party and its "must": "Fano must", "the M23 and its allies must", "Israel also must"
_NEAR_BEFORE = re.compile(
    r"(?:[’']s)?(?:\s+(?:forces|troops|fighters|leaders|government|army|military|soldiers|"
    r"marines|sailors|units|gunners|militiamen|militants|rebels|guerrillas))?"
    r"(?:\s+(?:now|also|first|still))?\s+"
)
# "would continue its attacks": more war announced by the one who wages it
_MORE_WAR = re.compile(r"\bcontinue\b")
# "would keep pressing its offensive", "will continue its military operations": more of the war
# promised, read by `_judgements` (the holder must fight, and no one else's forecast)
_WAR_GOES_ON = WordScan(
    re.compile(
        r"\b(?:(?:will|would|shall)\s+(?:continue|keep(?:\s+up)?|press\s+on\s+with|pursue)\s+"
        r"(?:(?:to\s+)?[a-z]+(?:ing)?\s+)?(?:its|their|our|the)\s+(?:[\w-]+\s+)?"
        r"(?:attacks|offensive|campaign|strikes|war|fight|military\s+operations|"
        r"operations\s+against|operations(?=\s+until\b))\b|"
        # "would keep up operations against other armed groups": no determiner before them
        r"(?:will|would|shall)\s+(?:continue|keep\s+up|press\s+on\s+with|pursue)\s+"
        r"(?:military\s+)?operations\s+against\b|"
        # "would continue to act against any threat"
        r"(?:will|would|shall)\s+continue\s+to\s+act\s+against\b|"
        # the war's own words first: "our operations against the M23 will continue", "its
        # attacks will continue until ..." (not "its humanitarian operations would continue")
        r"(?:our|its|their)\s+(?:military\s+)?(?:operations|attacks|strikes|offensive|campaign)\s+"
        r"against\s+[^.;]{1,40}?\s+(?:will|would|shall)\s+(?:continue|go\s+on)\b|"
        # kept up or taken up again on a condition: "its raids would continue until the regime
        # falls", "their offensive would resume if they stayed" (not "the attacks": whose?)
        r"(?:our|its|their)\s+(?:military\s+)?(?:operations?|attacks|strikes|offensive|"
        r"campaign|raids|assault|bombardment)\s+(?:(?:against|into|on|in)\s+[^.;]{1,40}?\s+)?"
        r"(?:will|would|shall)\s+(?:continue|go\s+on|resume)"
        r"(?=\s+(?:in\s+earnest\s+|with\s+[\w\s]{1,30}?)?(?:until|unless|if)\b)|"
        # force kept up or promised against a target: "would keep targeting ships", "we're
        # going to keep blowing them out of the water", "would attack any tanker"
        r"(?:will|would|shall|going\s+to)\s+(?:keep|continue(?:\s+to)?)\s+"
        r"(?:attack|target|strik|hit|bomb|shell|pound|hunt|blow|shoot)\w*"
        r"(?=\s+(?!to\b|a\s+balance\b|a\s+deal\b|deals\b)\w)|"
        r"(?:will|would|shall)\s+(?:attack|target|strike|hit|bomb|shoot\s+down)\s+"
        r"(?:any|every)\b|"
        # force stepped up: "said it would intensify pursuit of the rebels"
        r"(?:will|would|shall)\s+(?:intensify|step\s+up|escalate|widen|expand|extend)\s+"
        r"(?:its\s+|their\s+|our\s+|the\s+)?"
        r"(?:[\w-]+\s+)?(?:pursuit|operations|attacks|strikes|offensive|campaign|bombing|shelling)\b)",
        re.IGNORECASE,
    ),
    ["will", "would", "shall", "going", "our", "its", "their"],
)
# punishment promised with its object, the speaker's threat whether or not it fights: "we will
# hold Russia and its proxies accountable" (the match ends at "hold": the ones named are targets)
_HELD_TO_ACCOUNT = WordScan(
    re.compile(
        # (not "hold an inquiry to determine who was accountable", "hold its soldiers
        # accountable": its own people)
        r"\b(?:will|would|shall)\s+hold(?=\s+(?!(?:an?|its|their|our|his|her)\b)"
        r"(?:(?!(?:to|whether|on|of|hearings?|inquir\w*|talks)\b)[\w'’-]+\s+){1,6}?"
        r"(?:fully\s+)?(?:accountable|to\s+account)\b)",
        re.IGNORECASE,
    ),
    ["will", "would", "shall"],
)
_UNTIL_DEFEAT = re.compile(
    r"[^.;]{0,60}?\b(?:defeated|eliminated|wiped\s+out|crushed|destroyed|eradicated|victory|"
    r"surrender\w*|last|liberated|driven\s+out|expelled|neutrali[sz]ed|falls|fell|fallen|"
    r"collapses|collapsed|toppled|overthrown)\b",
    re.IGNORECASE,
)
_ASKED_EARLIER = re.compile(
    r"\b(?:demand\w*|urg\w*|call\w*\s+on|insist\w*|must|should|ha(?:s|ve)\s+to)\b[^.;]*$",
    re.IGNORECASE,
)
_TO_BLAME = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:\w+\s+)?to\s+$", re.IGNORECASE)
_OR_FACE = re.compile(r"\bor\s+(?:else\s+)?face\b", re.IGNORECASE)
# a passive obligation needs no one named to bear it: "those responsible must be held to
# account", "humanitarian access must be ensured" (the speaker demands it all the same)
_PASSIVE_MUST = re.compile(r"(?:must|should) (?:be |face (?:justice|trial))")
# what makes "both sides must" no demand: a deal's terms told, or the duty doubted or denied
_TERMS_OR_DOUBT_BEFORE = re.compile(
    r"\b(?:under|stipulat\w*|provid\w*|requir\w*|agreement|deal|accord|plan|clear|not|wrong|"
    r"disput\w*|denied|deny|denies|reject\w*|idea|suggest\w*|claims?|doubt\w*)\b[^.;]*$",
    re.IGNORECASE,
)
# every side addressed at once: "all parties must", "both sides should"
_ALL_SIDES_BEFORE = re.compile(
    r"\b(?:all|both)\s+(?:the\s+)?(?:warring\s+)?(?:parties|sides)"
    r"(?:\s+to\s+the\s+conflict)?\s+$",
    re.IGNORECASE,
)
# a demand told of, turned down or asked about, not made: "rejected UN calls that the blockade
# must be lifted", "asked whether the attack should be investigated"
_DEMAND_NOT_MADE = re.compile(
    r"\b(?:calls?|demands?|appeals?|insistence)\s+(?:[\w.'’-]+\s+){0,4}?that\b|"
    r"\b(?:reject|dismiss|den(?:y|ies|ied)|refus|question)\w*\b|\bwhether\b",
    re.IGNORECASE,
)
# what opens a reported clause ("the minister said | those responsible must be ...")
_REPORTED_LEAD = re.compile(r"\b(?:said|says|added|stated|insisted|warned|stressed|that)\b")
# (or its own forces in its own words: '"Our fighters will keep up their attacks," X said')
_SELF_BEFORE = re.compile(
    rf"\b(?:it|they|we|he|she|our\s+(?:[\w-]+\s+)?{FIGHTING_FORCES})\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_DOOR_CLOSED = re.compile(
    r"(?:\b(?:clos|shut|slamm?)(?:e|es|ed|ing|s)?\b|"
    r"[^.;]{0,40}?\b(?:was|is|were|had been|has been|remains?|remained)\s+(?:now\s+)?"
    r"(?:closed|shut)\b)",
    re.IGNORECASE,
)
_OWN_FIRST = re.compile(r"our\b", re.IGNORECASE)
_UNTIL = re.compile(r"[^.;]{0,40}?\buntil\b")
# a gesture with no object: "embraced for the cameras", "applauded from the front row"
_APPLAUSE = frozenset({"applauded", "embraced"})
_NO_OBJECT = re.compile(
    r"\s*(?:[.;]|\s(?:for|from)\s+the\s+(?:cameras?|crowd|front|audience|stands|gallery|"
    r"photographers|podium)\b)",
    re.IGNORECASE,
)
# what an aid group supports in its work: "supports the district hospital", "backs two clinics"
_FACILITY_SUPPORTED = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:(?!and\b|its\b|their\b)[\w'’-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?|schools?|camps?|health\s+cent(?:re|er)s?|facilit(?:y|ies)|"
    r"feeding\s+cent(?:re|er)s?|shelters?)\b",
    re.IGNORECASE,
)
# a demand verb in a condition: "if both sides requested them", "unless they asked"
_IF_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "disputes" as a noun: "to keep disputes off the battlefield", "border disputes", "such
# disputes" (one list: two of the same name, defined apart, had hidden the first)
_DISPUTES_NOUN = re.compile(
    r"\b(?:the|its|their|these|those|such|any|of|keep|resolve|settle|border|territorial|land|"
    r"maritime|boundary|water|political|legal|internal|old|long-running|longstanding|many|"
    r"several)\s+$",
    re.IGNORECASE,
)
# ... or after: "disputes over water and pastures flare", "disputes between the clans"
_DISPUTES_NOUN_AFTER = re.compile(
    r"\s+(?:over|between|among|about)\b(?!\s+\d)",
    re.IGNORECASE,  # not "disputes about 40%"
)


def _disputes_noun(text: str, reach: int, end: int) -> bool:
    """Whether "disputes" ending at `end` is the noun, judged from `reach` on."""
    start = end - len("disputes")
    return bool(_DISPUTES_NOUN.search(text, reach, start) or _DISPUTES_NOUN_AFTER.match(text, end))


# "called on Hamas to free the hostages and urged both sides to keep the truce": the truce is a
# second appeal, the first a demand of its own
_SECOND_APPEAL = re.compile(
    r"\s(?:and|while|but)\s+(?:also\s+)?(?:urged|urges|urging|called\s+on|calls\s+on|"
    r"calling\s+on|appealed\s+to|appeals\s+to|asked|asks|pressed|presses|implored|implores)\b"
    # "called for an inquiry, renewing his appeal for a ceasefire": the truce asked again
    r"|,\s*(?:and\s+)?(?:renewing|repeating|reiterating|echoing)\s+(?:his|her|its|their|an?|the)\s+"
    r"(?:[\w-]+\s+)?(?:appeals?|calls?|demands?|pleas?)\b",
    re.IGNORECASE,
)
# "urged both sides to respect the truce, to allow aid in and to start talks": more asked of
# them than the truce, each a demand of its own
_MORE_ASKED = re.compile(
    r"(?:,\s*(?:and\s+)?to\s+|\s+and\s+to\s+)"
    r"(?!(?:respect|observe|honou?r|abide|implement|extend|uphold|maintain|keep|adhere|comply|"
    r"renew|prolong|agree|accept|sign|declare|announce|halt|stop|cease|end)\b)[a-z]{3,}\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:truce|cease-?fire|ceasefire|pause|hostilities)\b)"
    # "and ensure that aid ...", "and the release of all hostages"
    r"|\s+and\s+(?:allow|ensure|release|free|lift|open|protect|facilitate|guarantee|permit|"
    r"resume|return|withdraw)\b"
    r"|\s+and\s+(?:the\s+)?(?:release|freeing|return|withdrawal|lifting|opening)\s+of\b"
)
_RELATIVE_END = re.compile(r"\b(?:which|whom|that)$", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^\W*(?:and|but|then|yet)\b(?=\W+\w)", re.IGNORECASE)
# "remained committed to destroying Hamas": a war aim, no support
_HOSTILE_GOAL = re.compile(
    r"\s*(?:destroying|defeating|eliminating|crushing|fighting|defeat|victory|the\s+(?:goals?\s+of\s+"
    r"(?:its|the|our)\s+)?(?:war|fight|struggle|armed\s+struggle|special\s+military\s+operation|"
    r"military\s+operation|offensive|liberation))\b",
    re.IGNORECASE,
)
# "remained committed to the truce": a deal kept, which the ceasefire records hold
_COMMITTED_TO_DEAL = re.compile(
    r"\s*(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|deal|truce|"
    r"cease-?fire|accord|talks|negotiations|peace\s+process|implementation|arrangement)s?\b",
    re.IGNORECASE,
)
# "ready to implement the agreement": keeping a deal is a ceasefire act, not an offer
_KEEP_DEAL = re.compile(
    r"\s*(?:help\s+)?(?:to\s+)?(?:implement|respect|abide|honou?r|observe|comply|uphold|"
    r"adhere)\w*\b",
    re.IGNORECASE,
)
# "ready to repel any attack": readiness to use force is a threat
_FORCE = re.compile(
    r"\s*(?:to\s+)?(?:repel|respond|retaliat\w*|fight|strike|hit|defend|use force|attack|"
    r"confront|crush|punish|go to war|take (?:military )?action)\b",
    re.IGNORECASE,
)
# What a warning warns of when it is a threat, not a fear: "warned that any fresh fire would be
# met with force", "warned that violators would face sanctions", "warned that his forces would
# respond", "warned civilians to stay away" (not "warned that the fighting could spread").
_WARNED = frozenset({"warned", "warns", "warning", "cautioned"})
# a quote the warning verb opens, and its end: 'warned: "..."', 'warned that "..."'
_QUOTE_OPENS = re.compile(r"\s*(?::|,|\s+that)?\s*[\"“]")
_QUOTE_CLOSES = re.compile(r"[\"”]")
_ACTIVE_BEFORE = re.compile(r"\b(?:that|which|had|has|have)\s+$", re.IGNORECASE)
_FEARS_NOUN = re.compile(r"\s+(?:grow|grew|mount|mounted|rise|rose|are|were|have|had|of)\b")
# "Iran has not said how it would respond": a reply not announced
_NOT_SAID_HOW = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?(?:said|say|says|indicated|revealed|announced)\s+"
    r"(?:how|whether|if|when)\b[^.;]*$",
    re.IGNORECASE,
)
# "fired warning shots": the noun, no one's warning
_WARNING_SHOTS = re.compile(r"\s+shots?\b", re.IGNORECASE)
_TRUCE_BEFORE = re.compile(
    r"\b(?:cease-?fire|truce|cessation\s+of\s+hostilities)\s+(?:that|which)\s+[^.;]{0,100}$",
    re.IGNORECASE,
)
# Horror at an act of violence condemns it ("horrified by the killing of hundreds", "appalled
# by the reported killings"); shock at a situation or at reports is a concern ("shocked by the
# impact of the operation", "appalled by reports that", "horrified by the spread of attacks")
_SHOCKED = frozenset({"appalled", "shocked", "horrified"})
_ALARMED = _SHOCKED | {"alarmed", "worried", "concerned"}
_SHOCKING_ACT = re.compile(
    r"[\"”]?\s+(?:by|at)\s+[\"“]?(?:(?:the|an?|this|these|such)\s+)?"
    r"(?:[\"“]?(?!of\b)[\w'’-]+\s+){0,3}?[\"“]?(?:killings?|attacks?|massacres?|bombings?|"
    r"strikes?|airstrikes?|shelling|explosions?|blasts?|murders?|assaults?|slaughter|executions?|"
    r"abductions?|beheadings?|shootings?|raids?)\b(?![’'])",
    re.IGNORECASE,
)
# who can carry out what it warns of (a UN agency's or a rights group's warning is a fear)
_FIGHTING_KINDS = frozenset({"state", "armed_group", "de_facto_authority", "coalition"})
_WARNING_KINDS = _FIGHTING_KINDS | {"international_organisation"}
# the warner itself ("it", "they") said to be about to use force: "warned that it would take all
# measures necessary", "that they would not hesitate to respond"; a threat, from a bloc that can
# send troops too
_OWN_FORCE_WARNED = re.compile(
    r"\s+(?:that\s+)?(?:it|they)\s+(?:will|would|shall)\s+(?:take\s+(?:all|every|whatever|"
    r"further|decisive|firm)|use\s+(?:military\s+|armed\s+)?force|not\s+hesitate|retaliate|"
    r"respond)\b",
    re.IGNORECASE,
)
_WARNED_THREAT = re.compile(
    r"(?!\s+(?:against|of|about)\b)"
    r"(?:[^.;]{0,120}?\b(?:any|anyone|anybody|whoever|violators?|those\s+who)\b[^.;]{0,100}?"
    r"\b(?:will|would|shall)\b"
    r"|[^.;]{0,120}?\b(?:will|would|shall)\s+(?:not\s+|then\s+|also\s+)?[\"“]?(?:face|"
    r"be\s+(?:met|treated|considered|pursued|targeted|held|punished|hunted|seen)|answer|attack|"
    r"walk\s+away|impose|meet\s+the\s+same\s+fate|retain\s+the\s+right|"
    # "would receive its answer on the battlefield", "will get a fitting reply"
    r"(?:receive|get)\s+(?:an?|its|their|his|the)\s+(?:[\w-]+\s+)?(?:answer|response|reply))\b"
    # "warned that if the chaos continued he would declare his post vacant": the warner acts
    r"|[^.;]{0,40}?\bif\b[^.;]{0,100}?\b(?:he|she|we|I)\s+(?:will|would|shall)\b"
    # "warned that if the killings continued it would fight alongside the people": the warner
    # promises force on a condition ("it", with no name in the condition: not "if Russia
    # regrouped, it would resume its offensive", which is Russia; "they" and "the group" are
    # as often the other side)
    r"|[^.;]{0,40}?\bif\b(?:(?!(?-i:[A-Z]))[^.;]){0,100}?\bit"
    r"\s+(?:will|would|shall)\s+(?:fight|attack|strike|retaliate|shell|bomb|"
    r"resume\s+(?:its\s+)?(?:military\s+)?(?:fighting|attacks|operations|offensive|strikes)|"
    r"hit\s+back|take\s+(?:up\s+arms|military\s+action)|go\s+to\s+war)\b"
    # "warned that Afghans' patience should not be tested"
    r"|[^.;]{0,60}?\bpatience\s+(?:should|must|will|would)\s+not\s+be\s+tested\b"
    r"|[^.;]{0,80}?\b(?:we|our|(?:its|his|their)\s+(?:forces|troops|army|fighters|men))\s+"
    r"(?:will|would|shall)\b(?!\s+be\b)"
    # a fighter's own war kept up or taken up again: "warned that its attacks would continue
    # until the blockade was lifted" (not "the attacks": the enemy's, maybe)
    # (no other side's possessive or a condition before "its": not "warned that Israel's army
    # and its strikes ...", "warned that if Moscow is not pressed, its strikes ...")
    r"|(?:(?!\b(?-i:[A-Z])[\w-]*['’]s\b|\b(?:if|unless)\b)[^.;]){0,40}?"
    r"\b(?:its|their|our)\s+(?:military\s+)?(?:offensive|operations?|"
    r"attacks|strikes|raids|assault|bombardment|campaign)\s+"
    # (with its target: "its attacks on state institutions would go on")
    r"(?:(?:against|into|on|in)\s+[^.;]{1,40}?\s+)?(?:will|would|shall)\s+(?:continue|resume|"
    r"go\s+on)\b"
    # "warned that the armed forces were fully prepared to defend the country against any
    # misadventure": force held ready against the enemy (the speaker's own, or "the" forces)
    r"|[^.;]{0,80}?\b(?:we|our|(?:its|his|their|the)\s+(?:armed\s+)?(?:forces|troops|army|"
    r"military|fighters|men))\s+(?:were|are|was|is|remain|remained|stand|stood)\s+"
    r"(?!not\b)(?:[\w\"“]+\s+){0,4}?[\"“]?(?:ready|prepared|capable)\b[^.;]{0,30}?\bto\s+"
    r"(?:defend|respond|repel|retaliate|strike|fight|hit\s+back)\b"
    r"|\s+(?:the\s+|its\s+|all\s+)?(?:(?!was\b|were\b|is\b|are\b|had\b|has\b)[\w-]+\s+){1,2}?"
    r"to\s+(?:stay|leave|keep|evacuate|move)\b"
    # "warned Tokyo not to underestimate its resolve", "warned the West not to interfere": the
    # warner's answer to a move it forbids a named side (not "warned civilians not to cross",
    # "warned Western allies not to underestimate Putin")
    r"|\s+(?:(?:its|their|our|the)\s+(?:enemy|enemies|foes?|adversaries)"
    r"|(?=(?:[\w'’.-]+\s+){0,3}?(?-i:[A-Z]))(?!(?:[\w'’.-]+\s+){0,3}?(?:allies|partners|friends|"
    r"region|world|civilians|residents|people|citizens|public|community|Western)\b)"
    r"(?:(?!that\b|was\b|were\b|is\b|are\b|had\b|has\b)[\w'’.-]+\s+){1,4}?)"
    r"not\s+to\s+[\"“]?(?:underestimate|test|interfere|meddle|intervene|play\s+with\s+fire)\b)",
    re.IGNORECASE,
)
# the warner's own name then what it will do: "warned that Washington would not move ahead"
_OWN_ACT = re.compile(
    r"['’]?\s+(?:\w+\s+)?(?:(?:will|would|shall)\s+(?!be\b)|could\s+(?:walk\s+away|pull\s+out|"
    r"withdraw|suspend|cut|halt|end|impose|strike|act|respond|retaliate)\b)"
)
_WARNED_OPENING = re.compile(r"\W*(?:\w+\s+){0,3}?(?:that\s+)?(?:the\s+)?", re.IGNORECASE)
# '"... we will strike back," he warned': the quote before the verb is what is warned
_QUOTE_BEFORE = re.compile(r"[\"”],?\s+[\w\s.'’-]{0,60}$")
_WE_WILL = re.compile(
    r"\b(?:we|our forces|our army)\s+(?:will|shall|would)\s+(?:not\s+hesitate|attack|strike|"
    r"respond|retaliate|hit|destroy|crush|punish|act)\b",
    re.IGNORECASE,
)
# "warned that the death toll could rise": a casualty report, no stance.
_TOLL_RISE = re.compile(
    r"\W*(?:that\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:toll|figure|figures|number|count|tally)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:will|would|could|may|might|can|is likely to|was likely to)\s+"
    r"(?:still\s+|further\s+)?(?:rise|climb|increase|grow|go up)\b",
    re.IGNORECASE,
)
# a word that links to the next clause, left at a clause's end: "welcomed the deal but"
_TRAILING_LINK = re.compile(
    r"(?:[\s,;:\"”]+(?:and|but|while|whereas|which|who|whom|whose|or|as|that)\b)*[\s,;:\"”]*$",
    re.IGNORECASE,
)
_JOINED_VERB = re.compile(r"\b(?:and|but|while|whereas)\b", re.IGNORECASE)
# a clause cut right after its complementiser: "demanded that | Russia withdraw"
_DANGLING = re.compile(r"\b(?:that|to|for|on|about|of)\s*$", re.IGNORECASE)
_CLAUSE_AND = re.compile(r"^\s*,\s*and\s+(?:the\s+)?$")
# ", as did the", ", as have": others said the same ("condemned the attack, as did the UN")
_AS_DID = re.compile(r",\s+as\s+(?:did|have|has|had|do|does)\s+(?:the\s+)?")
_JOINED = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*)(?:the\s+)?$")


# "two" to "ninety" (not "one of the bridges")
_COUNT_WORDS = "|".join([*(w for w, n in UNITS.items() if n >= 2), *TENS])
# what a capture claim took, when it is people or arms counted, not ground
_TAKEN_COUNT = re.compile(
    r"[ ]+(?:(?:(?:more[ ]+than|at[ ]+least|about|some|nearly|over|around|up[ ]+to)[ ]+)?"
    rf"(?:\d[\d,]*|dozens|hundreds|thousands|scores|{_COUNT_WORDS})[ ]+"
    r"(?:of[ ]+)?(?:[\w-]+[ ]+){0,2}?"
    r"(?:soldiers|fighters|rebels|troops|people|prisoners|men|militants|hostages|civilians|"
    r"gunmen|insurgents|policemen|police|officers|servicemen|members|vehicles|tanks|weapons)"
    r"|(?:[\w-]+[ ]+)?(?:weapons|ammunition|arms|vehicles|equipment)"
    r"|refuge|note"
    # "had taken place", "had taken part", "had taken prisoner the commander", "seized one of
    # their members": no ground held
    r"|place|part|prisoners?|captive|hostage|one[ ]+of)\b"
)


def _whole_words(text: str, start: int, end: int) -> str:
    """`text[start:end]` without a word cut in two at its end ("fears in the West tha")."""
    if end < len(text) and text[end : end + 1].isalnum() and text[end - 1 : end].isalnum():
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    return text[start:end]


# "were encouraged to move south": urged to act, not pleased (a support phrase's false friend)
# "Its Nigeria director", "Their chief negotiator": an office of the party "its" points at
_ITS_OFFICE = re.compile(
    r"\s*(?:Its|Their)\s+(?P<office>(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z-]+\s+){0,2}[a-z-]+)\s+$"
)
_URGED_TO = re.compile(r"(?<=encouraged)\s+to\s")
# "insisted its troops were acting within the plan", "Asmara insists the village is Eritrean":
# a statement of fact insisted on, told by an indicative verb, asks for nothing (not "insisted
# that the army must withdraw", "insisted on talks", "insisted that no ransom be paid")
_INSISTED_FACT = re.compile(
    r"\s+(?:that\s+)?[\"“]?(?:(?!must\b|should\b|be\b|on\b|upon\b)[\w'’.-]+\s+){1,6}?"
    r"(?:is|was|were|are|had|has|have|did|does|do|remains?|remained)\b(?!\s+to\b)",
    re.IGNORECASE,
)
# no fact but a course urged or a future: "there is no military solution", "no ship will pass"
_COURSE_OR_FUTURE = re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:solution|alternative|way|option|choice|need|reason|room|place|"
    r"future|substitute|path|time)\b|\b(?:will|would|shall|must|should)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|none)\b|n['’]t\b", re.IGNORECASE)
# a defence made before judges, no threat
_IN_COURT = re.compile(
    r"[^.;]{0,30}?\b(?:at|in|before)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,5}?"
    r"(?:[Cc]ourts?|[Tt]ribunal|ICJ|ICC|hearings?|trial)\b"
)
# where the charge opens after the accused: "accused X of ...", "blamed X for ..."
_CHARGE = re.compile(r"\s(?:of|for|over)\s")
# a charge of attacking, right after the first "of"/"for": "accused the rebels of shelling",
# "blamed the army for the bombing of" (not "of striking a deal", "of launching a campaign")
_ATTACK_CHARGE = re.compile(
    r"[^.;,]{0,40}?\s(?:of|for)\s+(?:(?:repeatedly|deliberately|again|also|indiscriminately|"
    r"continuing\s+to|still)\s+)*(?:attacking|shelling|bombing|bombarding|raiding|killing|"
    r"storming(?!\s+out)|opening\s+fire|firing\s+(?:on|at|across|into|artillery|rockets?|"
    r"missiles?|mortars?|shells|drones?)|targeting|hitting|"
    r"striking(?!\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|bargain|balance|chord|pose))|"
    r"(?:launching|carrying\s+out|conducting|staging)\s+(?:an?\s+|the\s+)?(?:new\s+|fresh\s+|"
    r"renewed\s+)?(?:[\w-]+\s+)?(?:attacks?|offensives?|assaults?|strikes?|raids?|"
    r"air\s?strikes?|bombardments?|shelling)|"
    r"(?:the|an?)\s+(?:[\w-]+\s+)?(?:attacks?|assault|offensive|raid|shelling|bombing|"
    r"air\s?strikes?|drone\s+strikes?))\b",
    re.IGNORECASE,
)
# acts that make a truce hold between its sides: what an attack after them breaks
_TRUCE_MADE = frozenset({"agree", "declare"})
# the word that opens a condition ("if", "provided that", "as long as")
_CONDITION_OPENER = re.compile(
    r"^\W*(?:only\s+)?(?:if|unless|provided(?:\s+that)?|as\s+long\s+as|once|when|"
    r"on\s+condition\s+that|as\s+soon\s+as)\s+",
    re.IGNORECASE,
)


# Positions merge on their holder, stance and the names of their clause (not the narrowed
# targets: two charges against one party stay two accusations)
_MergeKey = tuple[str, str, tuple[str, ...]]


# the stance a judgement gives, or a demand held by the speaker ("Chad must ...")
_Judged = Stance | Literal["demand_quoted", "deny_quoted", "threaten_quoted"]


def _stance_of_key(key: str) -> Stance:
    """The stance of a lexicon key or a judgement ("threaten_quoted", "deny_outright")."""
    return cast(Stance, key.removesuffix("_quoted").removesuffix("_outright"))


# a relative clause's "that threatens": what a thing endangers, no party's threat (but "a
# group that threatened to strike" is the group's)
_THING_THAT = re.compile(r"\b(?:that|which)\s+(?:also\s+|now\s+|could\s+|would\s+)?$")
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
# an act another names as a noun: "Netanyahu's decision to", "the junta's plan to"
# (a name's possessive only: "announced his decision to resume fighting" is his own threat)
_DECISION_TOLD = re.compile(
    r"(?:['’]s?)\s+(?:[\w-]+\s+)?(?:decision|plan|move|choice|bid|"
    r"attempt|order|orders|intention|readiness)\s+to\s+$",
    re.IGNORECASE,
)
# a vehicle or a force backing away: "backed several metres into", "backed up", "backed off"
_BACKED_AWAY = re.compile(
    r"[\"”]?\s+(?:down|away|off|out|into|onto|towards?|through|(?:a\s+few|several|\d+)\s+"
    r"(?:metres|meters|yards|feet|kilometres|km))\b",
    re.IGNORECASE,
)
# the reply a side keeps in store: 'reserved the right to a "decisive" response'
_REPLY_AFTER = re.compile(
    r"\s*[\"\u201c]?(?:[\w-]+\s+){0,2}?(?:response|reply|retaliation|riposte|answer)\b", re.I
)
_FOR_COMMENT = re.compile(r"\s+for\s+(?:(?:further|immediate|a)\s+)?comments?\b", re.IGNORECASE)
# terms or proposals named before "unacceptable": a refusal of them, not a condemnation
_TERMS_JUDGED = re.compile(
    r"\b(?:plans?|proposals?|roadmaps?|demands?|conditions|terms|offers?|deals?|initiatives?|"
    r"ideas?|ultimatums?|agreements?|accords?|truces?|cease-?fires?|settlements?|resolutions?|"
    r"drafts?|texts?|formulas?|framework|suggestions?|negotiations?|talks|freez(?:e|ing)|ced(?:e|ing)|"
    r"concessions?|withdrawal|deployment|presence|compromises?)\b",
    re.IGNORECASE,
)
# ... unless the thing judged is a deed ("attacks on hospitals during the truce were
# unacceptable"), whatever terms are named beside it
_DEED_JUDGED = re.compile(
    r"\b(?:attacks?|killings?|strikes?|shelling|bombings?|bombardments?|targeting|seizure|"
    r"violence|escalation|incursions?|assaults?|abuses?|deaths?|massacres?|raids?|executions?|"
    r"violations?|breach(?:es)?|occupation)\b",
    re.IGNORECASE,
)
_REPELLED = frozenset({"repelled", "repulsed", "dislodged"})
# ground freed, told in the passive with no agent: "the army said Kidal had been recaptured"
# (not "had been captured": a loss as often as a gain; not "was liberated by the rebels")
_RECOVERED = frozenset({"liberated", "recaptured", "retaken"})
# ... when what was freed is named ground ("Anefis had been", "the town of Anefis was"), not
# people ("443 of them had been recaptured")
_GROUND_SUBJECT = re.compile(
    r"(?:\b[A-Z][\w'’-]+|\b(?:town|city|village|district|region|province|area|airport|base|"
    r"capital|port|bridge|hill|border crossing)(?:\s+of\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:(?:has|had|have)\s+been|is|was|were|are)\s+(?:now\s+|fully\s+|finally\s+)?$"
)
_STRUCK_ONLY = re.compile(r"\bonly\b.*\bmilitary\b")
_WHETHER_BEFORE = re.compile(r"\bwhether\b", re.IGNORECASE)
_NONE_OF_BEFORE = re.compile(r"\b(?:none|neither)\s+of\b[^.;,]*$", re.IGNORECASE)
_NEGATED_PASSIVE = re.compile(r"\b(?:not|never)\s+(?:been\s+|be\s+)?$", re.IGNORECASE)
# words that say nothing of a topic's subject
_TOPIC_STOP = frozenset(
    "a an the of to in on at for from by with and or its their his her our this that these those "  # noqa: SIM905
    "all any be is was were has have had it they he she we who which not no".split()
)


def _topic_words(topic: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", topic.lower()) if w not in _TOPIC_STOP)


def _same_topic(one: frozenset[str], other: frozenset[str], another: bool = False) -> bool:
    """Topics that share half their words (or say nothing) are one topic told again; one the
    rules cannot name ("unspecified") is any other, unless the later telling says it is another
    ("also denied shelling the camp")."""
    if not one or not other or ("unspecified" in one and "unspecified" in other):
        return True
    if "unspecified" in one or "unspecified" in other:
        return not another
    return len(one & other) * 2 >= min(len(one), len(other))


# a stance told as one more of the same kind: "also denied", "denied ... too", "separately"
_ANOTHER_OF_THE_KIND = re.compile(r"\b(?:also|too|separately|as well)\b", re.IGNORECASE)


def _merge_key(holder: str, stance: str, names: Sequence[str]) -> _MergeKey:
    return holder, stance, tuple(sorted(names))


def _spans(scan: WordScan, doc: Doc) -> list[tuple[int, int, re.Match[str]]]:
    """Where `scan` matches in the text's content regions."""
    return [
        (m.start(), m.end(), m)
        for start, end in doc.regions
        for m in scan.finditer(doc.text, start, end)
    ]


# talks refused or offered beside the truce: "no truce and no negotiation with terrorists"
_TALKS_TOO = re.compile(r"\bnegotiations?\b|\btalks\b|\bdialogue\b|\bapproach", re.IGNORECASE)
# what a position is about, when that is the truce itself: its object names one ("any truce with
# the paramilitary"), or the truce stood before the verb ("no truce with terrorists", "which
# Kyiv dismissed as a ploy")
_TRUCE_NOUN = re.compile(
    r"\b(?:truces?|cease-?fires?|armistice|pauses?|cessation)\b", re.IGNORECASE
)
_TRUCE_AS_OBJECT_BEFORE = re.compile(r"(?:with|as)\b", re.IGNORECASE)


def _told_as_act(
    position: GroundedPosition, calls: Sequence[GroundedCeasefireCall], lex: Lexicon
) -> bool:
    """Whether `position` refuses or offers only what a ceasefire record of its holder, in the
    same sentence, already refuses or offers ("ruled out any truce with the paramilitary"; not
    "rejected a truce and ruled out ceding territory", a second stance)."""
    if position.stance not in ("reject", "offer") or _TALKS_TOO.search(position.evidence):
        return False
    topic = position.topic
    about_truce = _TRUCE_AS_OBJECT_BEFORE.match(topic) is not None or (
        " and " not in topic
        and (_TRUCE_NOUN.search(topic) is not None or lex.cease_triggers.search(topic) is not None)
    )
    if not about_truce:
        return False
    return any(
        call.act == position.stance
        and position.holder in call.actors
        and call.span.start < position.span.end
        and position.span.start < call.span.end
        for call in calls
    )


class PositionReader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = doc.lexicon
        self._deals = NamedDeals(doc.capitals)
        self._observe = dict(doc.lexicon.cease_types).get("observance")
        # duties and requests, found in one pass over the text and kept per window
        self._musts = bucket(doc.windows, _spans(_MUST, doc))
        self._asking = bucket(doc.windows, _spans(_ASKING, doc))
        self._war_goes_on = bucket(doc.windows, _spans(_WAR_GOES_ON, doc))
        self._held_to_account = bucket(doc.windows, _spans(_HELD_TO_ACCOUNT, doc))
        self._own_denied = bucket(doc.windows, _spans(_OWN_ATTACK_DENIED, doc))
        # accusations of an attack ("accused the rebels of shelling", "said the army had
        # bombed"), kept by id while they live: while a truce binds both sides, each is an
        # alleged breach of it
        self._attacks: dict[int, GroundedPosition] = {}
        self._truces: list[GroundedCeasefireCall] = []
        self._alleged: list[GroundedCeasefireCall] = []
        self._calling: set[int] = set()
        self.breaches: list[GroundedCeasefireCall] = []

    def read(self, calls: Sequence[GroundedCeasefireCall] = ()) -> list[GroundedPosition]:
        """The article's positions; with `calls`, a conditional offer's terms are demands too,
        and while a truce holds an attack one side blames on another is an alleged breach of it
        (kept in `breaches`, no position)."""
        self._truces = [c for c in calls if c.act in _TRUCE_MADE and c.time_scope == "current"]
        self._alleged = [c for c in calls if c.act == "violation_alleged"]
        # the sentences that call for a truce or for keeping one: "both sides must now live up
        # to their commitments" asks for the truce, no demand of its own
        self._calling = {
            window_at(self.doc.windows, c.span.start).index
            for c in calls
            if c.act == "call" and c.span is not None
        }
        self.breaches = []
        found = self._read()
        # a headline sums up what the body tells: its stance of a holder the body has too is the
        # body's ("Kyiv and Moscow trade blame as the dam bursts" above each side's charge)
        in_headline = [
            window_at(self.doc.windows, position.span.start).is_headline for position, _ in found
        ]
        told = {
            (position.holder, position.stance)
            for (position, _), headline in zip(found, in_headline, strict=True)
            if not headline
        }
        found = [
            (position, key)
            for (position, key), headline in zip(found, in_headline, strict=True)
            if not headline or (position.holder, position.stance) not in told
        ]
        # a truce refused or offered is a ceasefire record, not also a position (the conventions)
        found = [
            (position, key)
            for position, key in found
            if not _told_as_act(position, calls, self.lex)
        ]
        positions = [position for position, _ in found]
        seen = {key for _, key in found}
        for demand in self._terms(calls):
            key = _merge_key(demand.holder, demand.stance, demand.targets)
            if key not in seen:
                seen.add(key)
                positions.append(demand)
        return positions

    def _terms_judged(self, window: Window, start: int) -> bool:
        """Whether what is called "unacceptable" at `start` is terms (a plan, talks, ceding
        ground), not a deed: the first of either named before it heads the subject ("any
        ceasefire that rewards its strikes", "attacks on hospitals during the truce")."""
        low = max(window.start, start - 80)
        terms = _TERMS_JUDGED.search(self.doc.text, low, start)
        deed = _DEED_JUDGED.search(self.doc.text, low, start)
        return terms is not None and (deed is None or terms.start() < deed.start())

    def _told_by(self, window: Window, position: int, teller: Actor | None) -> bool:
        """Whether what is said at `position` is told by `teller`'s party, and is not that
        party's own statement ("Kyiv said Moscow wants Kyiv to ...")."""
        frame = self.doc.frame_for(window.index, position)
        if frame is None or frame.actor is None or teller is None or teller.party is None:
            return False
        subject = self.doc.subject(window, position)
        return (
            frame.actor.party == teller.party
            and subject is not None
            and subject.party not in (None, teller.party)
        )

    def _told_by_another(self, window: Window, position: int) -> bool:
        """Whether what is said at `position` is another party's account of its subject's aims
        ("Hezbollah said Israel wants ...", not "Netanyahu said Israel wants ...")."""
        frame = self.doc.frame_for(window.index, position)
        return frame is not None and self._told_by(window, position, frame.actor)

    def _breached(self, accusation: GroundedPosition) -> bool:
        """Whether `accusation` is one of breaking a truce, so no position: a breach record
        made of it (an attack blamed on a side bound by a truce told before it), or one the
        ceasefire reader has in its sentence."""
        start = accusation.span.start
        if any(
            call.span.start <= start < call.span.end
            and accusation.holder in call.actors
            and (not accusation.targets or accusation.targets[0] in call.addressees)
            for call in (*self._alleged, *self.breaches)
        ):
            return True  # (another accusation in the sentence, of someone else, stays one)
        if id(accusation) not in self._attacks or not accusation.targets:
            return False
        accused = accusation.targets[0]
        truce = next(
            (
                call
                for call in reversed(self._truces)
                if call.span.start <= start
                and accused in call.actors
                and (call.act == "declare" or accusation.holder in call.actors)
                and accused != accusation.holder
            ),
            None,
        )
        if truce is None:
            return False
        self.breaches.append(
            GroundedCeasefireCall(
                act="violation_alleged",
                type="observance" if truce.type == "conditional" else truce.type,
                actors=[accusation.holder],
                speaker=accusation.speaker,
                addressees=[accused],
                mediators=[],
                conditions=None,
                time_scope="current",
                evidence=accusation.evidence,
                span=accusation.span,
            )
        )
        return True

    def _terms(self, calls: Sequence[GroundedCeasefireCall]) -> list[GroundedPosition]:
        """'would observe a truce if the junta stopped bombing': the side that sets terms for
        stopping demands them (the conventions' conditional offer)."""
        doc = self.doc
        demands = []
        for call in calls:
            if call.act != "offer" or not call.conditions or call.time_scope != "current":
                continue
            window = window_at(doc.windows, call.span.start)
            at = window.text.find(call.conditions)
            if at < 0:
                continue
            terms = _CONDITION_OPENER.sub("", call.conditions)
            named = doc.refs_between(
                window.index, window.start + at, window.clause_end(window.start + at) + 1
            )
            targets = [r.name for r in named if not r.person and not r.place]
            for holder in call.actors:
                demands.append(
                    GroundedPosition(
                        holder=holder,
                        speaker=call.speaker,
                        targets=[t for t in dict.fromkeys(targets) if t != holder][:10],
                        stance="demand",
                        topic=words_after(terms),
                        summary=one_line(f"{holder} sets terms for a truce: {terms}"),
                        evidence=call.evidence,
                        span=call.span,
                    )
                )
        return demands

    def _read(self) -> list[tuple[GroundedPosition, _MergeKey]]:
        """The positions the stance phrases and judgements give, each with its merge key."""
        doc = self.doc
        found = bucket(
            doc.windows,
            [(s, e, (s, e)) for s, e in scan(self.lex.stances, doc.text, doc.regions)],
        )
        positions: list[tuple[GroundedPosition, _MergeKey]] = []
        headline: list[tuple[GroundedPosition, _MergeKey]] = []
        told: list[tuple[GroundedPosition, _MergeKey]] = []
        seen: set[_MergeKey] = set()
        topics: dict[_MergeKey, list[tuple[int, frozenset[str]]]] = {}
        for window, matches in zip(doc.windows, found, strict=True):
            doc.budget.check()
            if not window.is_headline:
                told.extend(self._attacks_told(window))
            judgements = self._judgements(window)
            if (not matches and not judgements) or time_scope(doc, window) == "historical":
                continue
            for start, end, judged in sorted(
                [(s, e, None) for s, e in matches if not any(j[0] <= s < j[3] for j in judgements)]
                + [j[:3] for j in judgements]
            ):
                for position, key in self._positions(window, start, end, judged):
                    if (window.is_headline and key in seen) or (
                        position.stance == "accuse" and self._breached(position)
                    ):
                        continue
                    if window.is_headline:
                        headline.append((position, key))
                        continue
                    # one position per holder, stance and topic: a repeat (in the same sentence,
                    # or on the same topic) merges; another topic is another position
                    # (the target's own name says nothing of what it is accused of)
                    words = _topic_words(position.topic) - _topic_words(" ".join(position.targets))
                    earlier = topics.setdefault(key, [])
                    another = bool(earlier) and _ANOTHER_OF_THE_KIND.search(window.text) is not None
                    if any(i == window.index or _same_topic(w, words, another) for i, w in earlier):
                        continue
                    earlier.append((window.index, words))
                    seen.add(key)
                    positions.append((position, key))
        positions.extend(item for item in headline if item[1] not in seen)
        # an attack told is an accusation only where no stance phrase already made it one
        for item in told:
            if item[1] not in seen and not self._breached(item[0]):
                seen.add(item[1])
                positions.append(item)
        return positions

    def _attacks_told(self, window: Window) -> list[tuple[GroundedPosition, _MergeKey]]:
        """'The army said FNL fighters had shelled the capital': a speaker who tells that
        another party attacked accuses it (not a party telling of its own attacks)."""
        doc = self.doc
        found: list[tuple[GroundedPosition, _MergeKey]] = []
        frames = doc.frames[window.index] if doc.frames else []
        if (
            not frames
            or _ATTACK_WORD.search(window.text) is None
            or self.lex.cease_triggers.search(window.text)  # a truce's breach: a ceasefire record
            or time_scope(doc, window) == "historical"
        ):
            return found
        for frame in frames:
            speaker = frame.actor
            if speaker is None or speaker.party is None:
                continue
            end = window.clause_end(frame.end)
            if _ASIDE_THEN_THAT.fullmatch(doc.text, frame.end, end + 1):
                # "said in a statement that the RSF had abducted": the clause "that" opens
                end = window.clause_end(end + 1)
            for ref in doc.refs_between(window.index, frame.end, end):
                actor = doc.actor_of(ref)
                # (the act may open a quotation: 'the RSF had "abducted and assassinated"')
                attack = _ATTACK_AFTER.match(doc.text, ref.end, min(window.end, end + 40))
                if attack is None or actor.party is None or actor.party == speaker.party:
                    continue
                end = max(end, window.clause_end(attack.end()))
                told = GroundedPosition(
                    holder=speaker.party,
                    speaker=speaker.person,
                    targets=[actor.party],
                    stance="accuse",
                    topic=words_after(doc.text[attack.end() : end]),
                    summary=one_line(_whole_words(doc.text, ref.start, end)),
                    evidence=window.text,
                    span=span_of(window),
                )
                self._attacks[id(told)] = told
                found.append((told, _merge_key(speaker.party, "accuse", [actor.party])))
                break  # the first attacker told is the one accused
        return found

    def _speaker(self, window: Window, start: int) -> Actor | None:
        """Who speaks at `start`: the frame before it in the window, else the last speaker."""
        doc = self.doc
        frame = doc.frame_for(window.index, start)
        if frame is not None and frame.end <= start:
            return frame.actor
        for back in range(window.index - 1, max(-1, window.index - 4), -1):
            if back < len(doc.speakers) and doc.speakers[back] is not None:
                return doc.speakers[back]
        if window.index > 0:
            # no one spoke: the pronoun stands for the previous sentence's subject
            named = [r for r in doc.refs[window.index - 1] if not r.place]
            if named and named[0].start < doc.windows[window.index - 1].clause_end(named[0].start):
                return doc.actor_of(named[0])
        return None

    def _holders(self, window: Window, start: int, holder: Actor) -> list[str]:
        """'the US, Britain and Japan expressed concern': every party of the subject's list."""
        doc = self.doc
        assert holder.party is not None
        if holder.person:
            return [holder.party]
        clause = window.clause_start(start)
        refs = [r for r in doc.refs_between(window.index, window.start, start) if not r.person]
        names = [r.name for r in refs]
        if holder.party not in names:
            return [holder.party]
        at = [i for i, r in enumerate(refs) if r.name == holder.party]
        index = next((i for i in at if refs[i].start >= clause), at[-1])
        clause = min(clause, refs[index].start)
        chain = [holder.party]
        joins: list[str] = []
        for before, after in zip(refs[index:], refs[index + 1 :], strict=False):
            gap = doc.text[before.end : after.start]
            if not _JOINED.match(gap) or doc.described_aside(before.end, after.start, after.end):
                break
            chain.append(after.name)
            joins.append(gap)
        earlier: list[str] = []
        earlier_gaps: list[str] = []
        for before, after in zip(refs[index - 1 :: -1], refs[index:0:-1], strict=False):
            gap = doc.text[before.end : after.start]
            if not _JOINED.match(gap) or doc.described_aside(before.end, after.start, after.end):
                break
            if before.start < clause:
                earlier.insert(0, before.name)  # past a comma: only inside a list "A, B and C"
                earlier_gaps.append(gap)
            else:
                chain.insert(0, before.name)
            joins.append(gap)
        # (one name past ", and" ends the clause before: "accused Kigali of backing the M23,
        # and Rwanda accuses ...": the M23 accuses no one)
        if len(earlier) == 1 and _CLAUSE_AND.match(earlier_gaps[0]):
            earlier = []
        if earlier and any(" and" in gap or "&" in gap for gap in joins):
            chain = [*earlier, *chain]
        return list(dict.fromkeys(chain))

    def _as_did(self, window: Window, end: int) -> list[str]:
        """'condemned the attack, as did the UN, the US and Turkey': the list right after "as
        did" holds the same stance."""
        doc = self.doc
        found = _AS_DID.search(doc.text, end, window.end)
        if found is None:
            return []
        refs = [r for r in doc.refs_between(window.index, found.end(), window.end) if not r.person]
        if not refs or refs[0].start != found.end():
            return []
        chain = [refs[0].name]
        for before, after in pairwise(refs):
            if not _JOINED.match(doc.text[before.end : after.start]):
                break
            chain.append(after.name)
        return chain

    def _judgements(self, window: Window) -> list[tuple[int, int, _Judged | None, int]]:
        """'X described the attack as barbaric': the stance the judgement passes, and where
        the judgement ends."""
        text = self.doc.text
        found: list[tuple[int, int, _Judged | None, int]] = []
        for verb in _NAMING.finditer(text, window.start, window.end):
            limit = min(window.end, verb.end() + 90)
            word = verb.group().lower()
            if word.startswith("call") and _CALL_TO.match(text, verb.end(), limit):
                found.append((verb.start(), verb.end(), "demand", verb.end()))
                continue
            if word.startswith("call") and _JUDGED_WHAT.search(
                text, max(window.start, verb.start() - 40), verb.start()
            ):
                continue  # "condemned what it called criminal acts": the condemnation says it
            judged_from = verb.end()
            if word.startswith(("dismiss", "qualif")):
                # "dismissed accusations of genocide as baseless": the judgement follows "as";
                # a plan, a deal or a ruling dismissed is rejected, whatever it is called
                named_as = _DISMISSED_AS.match(text, verb.end(), limit)
                if named_as is None:
                    continue
                if _DEAL_WORDS.search(named_as.group("object")):
                    found.append((verb.start(), verb.end(), "reject", named_as.end()))
                    continue
                judged_from = named_as.end()
            hits = [
                (m.start(), m.end(), stance)
                for stance, pattern in _JUDGEMENTS
                if (m := pattern.search(text, judged_from, limit))
            ]
            if hits:
                first = min(hits, key=lambda hit: (hit[0], -hit[1]))
                stance: _Judged = first[2]
                if stance == "support" and _PRAISE_DENIED.search(
                    text, max(judged_from, first[0] - 24), first[0]
                ):
                    continue  # "calling the move 'not constructive'": no praise at all
                if stance == "accuse" and (
                    _DEED_NAMED.match(text, verb.end(), first[0])
                    or _DEED_BEFORE_WHICH.search(
                        text, max(window.start, verb.start() - 140), verb.start()
                    )
                ):
                    # "described the assault as an act of terrorism": a deed judged, condemned
                    # (not "branded the rebels terrorists": a party accused)
                    stance = "condemn"
                found.append((verb.start(), verb.end(), stance, first[1]))
        for must in self._musts[window.index]:
            # "Russia must withdraw", "ECOMOG should go home": the speaker asks it of the party
            # named right before
            if self._named_before(window, must.start()) is not None or _ALL_SIDES_BEFORE.search(
                text, max(window.start, must.start() - 40), must.start()
            ):
                # ("all parties must protect civilians": asked of every side)
                found.append((must.start(), must.end(), "demand_quoted", must.end()))
        for more in self._war_goes_on[window.index]:
            found.append((more.start(), more.end(), "threaten", more.end()))
        for held in self._held_to_account[window.index]:
            found.append((held.start(), held.end(), "threaten_quoted", held.end()))
        for denied in self._own_denied[window.index]:
            if _NOT_A_DENIAL.search(text, max(window.start, denied.start() - 20), denied.end() + 6):
                continue  # "if it had not struck first", "did not fire back": no denial
            if _OWN_SUBJECT.search(text, max(window.start, denied.start() - 40), denied.start()):
                found.append((denied.start(), denied.end(), "deny_quoted", denied.end()))
        for verb in self._asking[window.index]:
            asked = _ASKED_OF.match(text, verb.end(), window.end)
            if asked is None:
                if (
                    verb.group().lower().startswith("want")
                    and _WANTED_DONE.match(text, verb.end(), window.end)
                    and not _NOT_WANTED_BY_SPEAKER.search(text, window.start, verb.start())
                    and not text.startswith("by", verb.end())
                    and not self._told_by_another(window, verb.start())
                ):
                    # "Hamas wants 1,500 prisoners released", "wanted US forces out of the city"
                    # (not "a man wanted by the ICC was released": the adjective)
                    found.append((verb.start(), verb.end(), "demand", verb.end()))
                continue
            word = verb.group().lower()
            if word.startswith("expect") and not _EXPECTED_ACT.search(
                text, verb.end(), min(window.end, asked.end() + 24)
            ):
                continue
            if word.startswith(("told", "tell", "ask")) and "would" in asked.group():
                continue  # "told the BBC Ukraine would never ...": what is said, not asked
            if word.startswith("want") and _NO_ACT_WANTED.match(
                text, asked.end() - len(asked.group().split()[-1])
            ):
                continue  # "wants Ukraine to fail" asks no act
            if _STOP_ASKING.search(text, max(window.start, verb.start() - 16), verb.start()):
                continue  # "the West should stop asking Ukraine to give up territory"
            named = [
                r
                for r in self.doc.refs_between(window.index, verb.end(), asked.end())
                if not r.person
            ]
            # the one asked is the verb's object, right after it ("hoped the Houthis would",
            # not "hoped the strikes on Hezbollah would")
            if (
                word.startswith("want")
                and named
                and self._told_by(window, verb.start(), self.doc.actor_of(named[0]))
            ):
                # "Zelensky said Moscow wants Ukraine to surrender": the one asked tells of the
                # other's aims, no demand made (but "Witkoff said Russia wants Ukraine to ...")
                continue
            if (named and _OBJECT_OPENS.fullmatch(text, verb.end(), named[0].start)) or (
                _ASKED_GROUPS.match(text, verb.end())
            ):
                found.append((verb.start(), verb.end(), "demand", verb.end()))
        return found

    def _positions(
        self, window: Window, start: int, end: int, judged: _Judged | None = None
    ) -> list[tuple[GroundedPosition, _MergeKey]]:
        doc, lex = self.doc, self.lex
        key = judged or lex.stance_of[plain(unquoted(doc.text[start:end]))]
        outright = key.endswith("_outright")  # a denial whole in itself (lexicon deny_outright)
        if (
            outright
            and _CALLED_UNFOUNDED.fullmatch(doc.text, start, end)
            and not _ACCOUNT_NOUN.search(doc.text, window.start, start)
        ):
            return []  # "the sanctions were unfounded", "fears ... were groundless": no account
        quoted = outright or key.endswith("_quoted")
        stance = _stance_of_key(key)
        to_blame = (
            _TO_BLAME.search(doc.text, max(window.start, start - 24), start)
            if stance == "accuse" and doc.text[start:end].lower() == "blame"
            else None
        )
        if to_blame is not None:
            # "Ukraine said Russia was to blame": the speaker accuses the one named before
            quoted = True
        clause_start, clause_end = window.clause_start(start), window.clause_end(end)
        rest = doc.text[end:clause_end]
        if stance == "demand":
            asked = (
                lex.cease_triggers.search(doc.text, end, window.end)
                or self._deals.search(doc.text, end, window.end)
                # ("urged all parties to respect international humanitarian law": no truce
                # to respect, a demand of its own)
                or (
                    self._observe.search(doc.text, end, clause_end)
                    if self._observe
                    and (
                        lex.cease_triggers.search(doc.text, window.start, window.end)
                        or lex.cease_references.search(doc.text, end, clause_end)
                    )
                    else None
                )
            )
            if (
                asked is not None
                and not _MORE_ASKED.search(doc.text, asked.end(), window.end)
                and not _SECOND_APPEAL.search(doc.text, end, asked.start())
            ):
                return []  # a call for a truce, or to respect one, is a ceasefire record
        if stance == "demand" and _FOR_COMMENT.match(doc.text, end, window.end):
            return []  # "did not respond to requests for comment": the reporter's, no demand
        if (
            stance == "claim"
            and doc.text[start:end].lower().startswith(("it ", "they "))
            and (
                _WHICH_BEFORE.search(doc.text, max(window.start, start - 8), start)
                or _NO_GROUND.match(doc.text, end)
            )
        ):
            return []  # "the regions that it still controls", "the situation": no ground claimed
        if stance == "deny" and _DENIED_HAVEN.match(doc.text, end, window.end):
            return []  # "to deny its soil to armed groups": no claim denied
        if stance == "offer" and (
            _NOT_OFFER.match(doc.text, end, window.end)
            or _KEEP_DEAL.match(doc.text, end, clause_end)
            # "the truce proposed by the Quartet": a participle; its agent offered it
            or (doc.text.endswith("ed", start, end) and _BY_AGENT.match(doc.text, end))
        ):
            return []
        said = doc.text[start:end].lower()
        if said.endswith(("right to a", "right to an")) and not _REPLY_AFTER.match(doc.text, end):
            return []  # "reserved the right to a lawyer": no reply kept in store
        # "those responsible must be held to account", "must face justice": a demand in the
        # passive, which needs no party named to bear it (not a threat: "must be met with")
        passive_demand = key == "demand_quoted" and _PASSIVE_MUST.match(said) is not None
        if (
            key == "demand_quoted"
            and ("must" in said or "should" in said)
            and _DEMAND_NOT_MADE.search(doc.text, window.start, start)
        ):
            # "rejected UN calls that the blockade must be lifted", "asked whether any accord
            # must include guarantees": a demand told of, turned down or asked about
            return []
        # "Fano must disarm": the one named right before a speaker-held phrase; "the bombing was
        # the work of the BLA": the one named right after a phrase that ends with "of"
        if not quoted:
            bearer = None
        elif said.endswith(("work of", " by")):
            # "the bombing was the work of X", "this is deliberate sabotage by X": X, after it
            bearer = self._named_after(window, end)
        else:
            bearer = self._named_before(window, to_blame.start() if to_blame else start)
        every_side = (
            _ALL_SIDES_BEFORE.search(doc.text, max(window.start, start - 40), start)
            if key == "demand_quoted"
            else None
        )
        if every_side is not None and (
            window.index in self._calling
            # a deal's terms, or the duty doubted or denied: "under the agreement both sides
            # must", "it was not true that all parties must"
            or _TERMS_OR_DOUBT_BEFORE.search(doc.text, window.start, every_side.start())
        ):
            return []
        if (
            quoted
            and bearer is None
            and (
                (said.startswith(("must", "should")) and not passive_demand and every_side is None)
                or stance in ("accuse", "support")
            )
        ):
            # "its staff must leave": a constraint told, no party asked; "militants from across
            # the border are behind it": no party accused; "it has the right to defend itself":
            # its own right, no one else's backing
            return []
        if said in _APPLAUSE and _NO_OBJECT.match(doc.text, end):
            return []  # "embraced for the cameras", "applauded from the front row": a gesture
        facility = _FACILITY_SUPPORTED.match(doc.text, end) if stance == "support" else None
        if facility is not None and not doc.refs_between(window.index, end, facility.end()):
            return []  # "MSF, which supports the district hospital": its work, no stance
        condition = (
            _IF_BEFORE.search(doc.text, max(window.start, start - 50), start)
            if stance == "demand"
            else None
        )
        if condition is not None and not doc.refs_between(window.index, condition.start(), start):
            # "available if both sides requested them": a condition, no demand (but "even if
            # the truce holds Kinshasa demands": the main clause's subject after it)
            return []
        if said == "disputes" and _disputes_noun(doc.text, max(window.start, start - 30), end):
            return []  # "to keep disputes off the battlefield": the noun
        if said.endswith("act of war") and doc.text.startswith((" crime", "-crime"), end):
            return []  # "regarded as an act of war crimes": a charge, no threat
        if said.startswith("or face") and _ASKED_EARLIER.search(doc.text, window.start, start):
            return []  # the demand before it threatens too (see the ultimatum below)
        if stance == "threaten" and (_MORE_WAR.search(said) or judged == "threaten"):
            until = _UNTIL.match(rest)
            if until is not None and not _UNTIL_DEFEAT.match(rest, until.end()):
                # "would continue its attacks until the army leaves": terms (but "until the
                # group is defeated": more war promised)
                return []
            if judged != "threaten" and not _SELF_BEFORE.search(
                doc.text, max(window.start, start - 40), start
            ):
                return []  # "analysts said Russia would continue its offensive": a forecast
        if (
            stance == "threaten"
            and not said.startswith("or ")
            and _ASKED_BEFORE.search(doc.text, max(window.start, start - 90), start)
        ):
            return []  # "urged the allies to respond forcefully": force asked of others
        if stance == "threaten" and (
            (
                said.endswith(("response", "reply"))
                and not self._reply_promised(window, clause_start, start, clause_end)
            )
            or (
                said.startswith(("hunt ", "respond "))
                and not _FORCE_INTENT.search(doc.text, max(window.start, start - 60), start)
            )
            or _NEGATED_FORCE.search(doc.text, max(window.start, start - 20), start)
        ):
            # "had given a fitting response", "a decisive response to the outbreak", "troops
            # there to hunt down", "would not respond militarily": no threat
            return []
        if (
            stance == "threaten"
            and said.startswith("threaten")
            and _THING_THAT.search(doc.text, max(window.start, start - 12), start)
            and not _TO_VERB.match(doc.text, end)
        ):
            return []  # "an illegal act that threatens security in the region": a thing's danger
        if stance == "threaten" and _DECISION_TOLD.search(
            doc.text, max(window.start, start - 60), start
        ):
            return []  # "Netanyahu's decision to return to war is a decision to ...": told of
        if (
            stance == "threaten"
            and said.startswith(("vow", "pledge", "promise"))
            and _DE_ESCALATION_VOWED.match(doc.text, end)
        ):
            return []  # "vows to drastically cut back military activity": a pledge to halt
        if stance in _UNDONE_WHEN_NEGATED and _NEGATED_ACT.search(
            doc.text, max(window.start, start - 24), start
        ):
            return []  # "had not rejected the American ideas", "did not accuse anyone": not done
        if stance == "claim" and (
            _NEGATED.search(doc.text, max(window.start, start - 16), start)
            or _CLAIM_TOLD.search(doc.text, max(window.start, start - 60), start)
            or _NOT_YET.search(doc.text, max(window.start, start - 40), start)
            or _NOT_WAR.search(doc.text, clause_start, start)
        ):
            # "is not in full control of his army"; "the army's claim to have retaken it": told
            # of, not made; "will be under our control", "until the town is under our control":
            # not yet held
            return []
        if stance == "claim" and _TAKEN_COUNT.match(doc.text, end, window.end):
            # "captured 250 government soldiers", "seized weapons and ammunition", "had taken
            # refuge": a count the figures hold, or no claim at all (ground is a claim)
            return []
        if said.startswith("the door") and (
            _DOOR_CLOSED.search(doc.text, max(window.start, start - 30), start)
            or _DOOR_CLOSED.match(rest)
        ):
            return []  # "closed the door to talks", "the door to talks was closed"
        if stance == "concern" and _TOLL_RISE.match(doc.text, end, window.end):
            return []
        if stance == "concern" and (
            # "a confrontation that had alarmed governments": the thing alarms others, no
            # party is concerned; "as fears grow of a wider war": the noun, no one's fear
            (
                said in _ALARMED
                and _ACTIVE_BEFORE.search(doc.text, max(window.start, start - 12), start)
            )
            or (said in ("fears", "fear") and _FEARS_NOUN.match(doc.text, end))
            or (said == "warning" and _WARNING_SHOTS.match(doc.text, end))
        ):
            return []
        if (
            stance == "demand"
            and said.startswith("call")
            and _TRUCE_BEFORE.search(doc.text, max(window.start, start - 120), start)
        ):
            return []  # "the ceasefire that the leaders called for": a ceasefire record's
        if stance == "offer" and _MEASURES_AFTER.match(doc.text, end):
            return []  # "ready to take appropriate action": a warning, not an offer
        if stance == "support" and _URGED_TO.match(doc.text, end):
            return []  # "residents were encouraged to move south": urged, not pleased
        if (
            stance == "support"
            and said in ("backed", "backs")
            and _BACKED_AWAY.match(doc.text, end)
        ):
            return []  # "a tank had backed several metres into the post": a move, no stance
        if (
            stance == "support"
            and said in ("backed", "supported")
            and _BY_AGENT.match(doc.text, end)
        ):
            # "an army column backed by Russian fighters", "troops supported by drones": help in
            # the field told, no one's stance
            return []
        if stance == "demand" and _TOLD_TO_LEAVE.match(doc.text, end, clause_end + 1):
            # "urged residents through loudspeakers to leave", "urged its citizens to leave
            # Haiti": an evacuation order or a travel warning, no stance on the war
            return []
        if said.startswith("remain") and (
            _COMMITTED_TO_DEAL.match(doc.text, end) or _HOSTILE_GOAL.match(doc.text, end)
        ):
            # "remained committed to the truce", "to the faithful implementation of the
            # agreement": a deal kept, which the ceasefire records hold; "remained committed to
            # destroying Hamas": a war aim, no support
            return []
        if stance == "threaten" and _NOT_SAID_HOW.search(
            doc.text, max(window.start, start - 60), start
        ):
            return []  # "has not said how it would respond": no threat made
        if stance == "threaten" and _IN_COURT.match(doc.text, end, clause_end):
            return []  # "will defend itself at the International Court of Justice"
        insisted = False  # a fact insisted on: its holder is the verb's subject
        if stance == "demand" and said.startswith("insist"):
            fact = _INSISTED_FACT.match(doc.text, end, window.end)  # ("that" opens a clause)
            if fact is not None and not _COURSE_OR_FUTURE.search(
                doc.text, end, min(window.end, fact.end() + 60)
            ):
                insisted = True
                # what is insisted on as fact: a denial when negated, else a claim
                negated = _NEGATION.search(doc.text, end, min(window.end, fact.end() + 12))
                stance = "deny" if negated else "claim"
        if (
            stance == "offer"
            and said.startswith("open to")
            and _NEGATED.search(doc.text, max(window.start, start - 16), start)
        ):
            stance = "reject"  # "was not open to mediation": a refusal
        if stance == "offer" and _FORCE.match(doc.text, end, clause_end):
            stance = "threaten"  # "ready to repel any attack", "willing to use force"
        if stance == "reject" and said == "unacceptable" and not self._terms_judged(window, start):
            # "attacks on children are unacceptable", "called the killing completely
            # unacceptable": a deed judged, condemned (but "the roadmap is unacceptable", "a
            # demand Kyiv considers unacceptable": terms turned down)
            stance = "condemn"
        if stance == "reject" and (
            _FIGURE_OBJECT.match(doc.text, end, window.end)
            or _FIGURE_BEFORE.search(doc.text, max(window.start, start - 60), start)
        ):
            stance = "deny"  # "rejected that toll", "disputes the army's figures": denied
        if said == "demands" and _DEMANDS_NOUN.search(
            doc.text, max(window.start, start - 30), start
        ):
            return []  # "does not meet the demands of", "impossible demands": a noun, no demand
        if said in _NOUN_TOO and not _STATEMENT_SUBJECT.search(
            doc.text, max(window.start, start - 30), start
        ):
            # "We urge", "we strongly call on": a statement's own words; not "a phone call on
            # Tuesday", "Moscow's demand that", "marched to demand that"
            return []
        # (a participle first: "the disputed election"; not "its fighters had entered")
        if doc.text[start:end].split(" ", 1)[0].endswith("ed") and (
            _DETERMINER_BEFORE.search(doc.text, max(window.start, start - 12), start)
            or (
                doc.text[max(window.start, start - 3) : start].rstrip().endswith(("'s", "’s"))
                and _NOUN_AFTER.match(doc.text, end, window.end)
            )
        ):
            return []  # "the disputed election", "Kenya's disputed election": an adjective
        if doc.text[start:end] == "disputes" and _disputes_noun(
            doc.text, max(window.start, start - 16), end
        ):
            return []  # "its border disputes", "the territorial disputes": a noun
        if doc.is_passive(window, start) and not _PREDICATE.fullmatch(doc.text, start, end):
            if (
                doc.text[start:end].endswith("ed")
                and stance != "threaten"
                and not (
                    stance == "claim"
                    and (
                        said in _REPELLED
                        or (
                            said in _RECOVERED
                            and not _BY_AGENT.match(doc.text, end)
                            and _GROUND_SUBJECT.search(
                                doc.text, max(window.start, start - 60), start
                            )
                            is not None
                        )
                    )
                    and not _NEGATED_PASSIVE.search(doc.text, max(window.start, start - 20), start)
                )
            ):
                return []  # (but "the attack was repelled": the speaker's claim)
            # "the plan is unacceptable": the speaker's judgement; "deserters would be severely
            # punished": the speaker's threat
            quoted = True
        holder: Actor | None
        if (stance == "claim" and not insisted) or quoted:
            frame = doc.frame_for(window.index, start)
            if (
                outright
                and frame is not None
                and doc.text[frame.start : frame.end].lower() in _CLAIMS_NOUNS
                and frame.end <= start
                # (the noun, whose clause has its own verb before the predicate: not "the RSF
                # claims that reports of killings were false", the RSF's own denial)
                and _FINITE_VERB.search(doc.text, frame.end, start) is not None
            ):
                # "Kyiv said Russian claims that it had shelled the plant were lies": the claims
                # are the subject called false; the denial is the teller's, before them
                outer = [f for f in doc.frames[window.index] if f.end <= frame.start and f.actor]
                later = [f for f in doc.frames[window.index] if f.start >= end and f.actor]
                if outer:
                    frame = outer[-1]
                elif later:
                    # "RSF claims that it had taken the airport were false, the army said": the
                    # teller after them
                    frame = later[0]
            holder = frame.actor if frame and frame.end <= start else None
            if (
                holder is None
                and frame is not None
                and frame.start >= end
                and (quoted or quoted_at(doc.text, start))
            ):
                # '"Fano must disarm," the minister said', '"Kidal is under our control," the
                # army said': the speaker (not '"The RSF took the airport," an officer said': the
                # quotation's own subject)
                holder = frame.actor
                told = doc.subject(window, start) if stance == "claim" else None
                if told is not None and holder is not None and told.party != holder.party:
                    return []
            if (
                stance == "claim"
                and holder is not None
                and frame is not None
                and frame.end <= start
                # (not "said the RSF attack had been repelled": the enemy's act, undone)
                and not doc.is_passive(window, start)
                and (told := doc.subject(window, start)) is not None
                and told.party is not None
                and told.party != holder.party
                # (named in the claim's own clause, not in an aside before it)
                and any(
                    doc.actor_of(r).party == told.party
                    for r in doc.refs_between(window.index, clause_start, start)
                )
            ):
                return []  # "the army said the RSF now controlled 74 villages": the RSF's gain
            if stance == "claim" and _NONE_OF_BEFORE.search(
                doc.text, max(window.start, start - 40), start
            ):
                return []  # "none of Israel's goals have been achieved": no gain claimed
            if holder is None and (said in _REPELLED or said in _RECOVERED):
                return []  # "the attack was repelled by the army": told, no speaker claims it
            if holder is None and quoted:
                holder = doc.subject(window, start)
                if (
                    stance == "threaten"
                    and holder is not None
                    and any(
                        r.name == holder.party
                        for r in doc.refs_between(window.index, clause_start, start)
                    )
                ):
                    return []  # "... that the BLA gunmen would be hunted down": the one punished
            if holder is None or (stance == "claim" and holder.party not in doc.belligerents):
                return []
            if (
                outright
                and _STRUCK_ONLY.search(said)
                and (told := doc.subject(window, start)) is not None
                and told.party is not None
                and told.party != holder.party
            ):
                # "Biden said Israel had struck only military targets": the striker's denial
                # told by another, no denial of the speaker's own
                return []
        else:
            holder = doc.subject(window, start)
            owner = self._office_owner(window, clause_start, start)
            if owner is not None:
                holder = owner  # "Its Nigeria director called for": the body "its" points at
            clause = clause_start
            lead = doc.text[clause:start]
            joined = _CONJUNCTION.match(lead)
            relative = _RELATIVE_END.search(doc.text, max(window.start, clause - 8), clause)
            if (
                (joined or relative)
                and doc.lexicon.pronoun.match(lead[joined.end() :] if joined else lead)
                # "..., which the military denies": a noun the table places names its party
                and not doc.refs_between(window.index, clause, start)
            ):
                # "X accused Y of ..., and it described ...": the sentence's subject
                named = doc.refs_between(window.index, window.start, clause)
                holder = doc.actor_of(named[0]) if named else holder
            copula = _PRONOUN_COPULA.search(doc.text, max(window.start, start - 60), start)
            if copula is not None and doc.lexicon.pronoun.match(copula.group(1)):
                holder = self._speaker(window, start) or holder
            elif holder is None:
                # "He said he was alarmed": no name in the clause, the window's speaker holds it
                # (after the quote it stands in: '"We will continue our attacks," X said')
                frame = doc.frame_for(window.index, start)
                inside = quoted_at(doc.text, start)
                holder = frame.actor if frame and (frame.end <= start or inside) else None
                if holder is None and inside:
                    # '"We reject this truce. It is a trap," the spokesman said': a quote of
                    # several sentences names its speaker after the last one
                    quote_by = doc.quote_speaker(window, start)
                    holder = quote_by[1] if quote_by is not None else None
            if stance == "threaten" and holder is not None and _FUTURE.match(said):
                frame = doc.frame_for(window.index, start)
                teller = frame.actor if frame and frame.end <= start else None
                if teller is not None and teller.party not in (None, holder.party):
                    return []  # "Ukraine said Russia would crush any protest": a forecast
        if (
            holder is not None
            and holder.party is not None
            and stance in ("accuse", "condemn", "threaten")
            and not quoted
            # (the holder not named in the act's own clause: "It accused", "..., accusing";
            # not "Putin vowed Russia would respond", whose name after the verb is a subject)
            and not any(
                doc.actor_of(r).party == holder.party
                for r in doc.refs_between(window.index, clause_start, start)
            )
            and self._named_after(window, end) == holder.party
            and not _OWNED_AFTER.match(doc.text, end)
            and not _SUBJECT_AFTER.match(doc.text, end)
        ):
            # "It accused the RSF of ...", told right after the RSF spoke: the subject found is
            # the one the act is aimed at, so the speaker is the other party that spoke just
            # before; with none, the holder is not known (a demand may be of one's own side:
            # "the governor called on the federal government")
            holder = self._other_speaker(window, holder.party, start)
        if holder is None or holder.party is None:
            return []
        if judged == "threaten" and holder.party not in doc.belligerents:
            return []  # "the UN would continue its campaign": no war of its own
        if (
            judged == "threaten"
            and not _SELF_BEFORE.search(doc.text, max(window.start, start - 40), start)
            # ("our operations will continue": the speaker's own war, named first)
            and not _OWN_FIRST.match(doc.text, start)
        ):
            # "the president said the government would keep pressing": its own side's war (not
            # "analysts said Russia would keep pressing", "officials expect that Russia will")
            # (the frame's actor may be no party: frame_for skips those)
            told_by = [f for f in doc.frames[window.index] if f.end <= start]
            if not told_by:
                return []
            frame = told_by[-1]
            if frame.actor is None:
                # "The president said ...": an office of the side the text does not place
                lead = doc.text[window.clause_start(frame.start) : frame.start]
                if not doc.lexicon.state_office.search(lead):
                    return []
            elif frame.actor.party != holder.party:
                return []
        if (
            stance == "deny"
            and quoted
            and judged != "deny_quoted"  # its own attack denied, the subject checked
            and not said.startswith(("it ", "this ", "that ", "these "))
            and not outright
        ):
            # a part denied: by the party itself, named right before, as "we", or as the
            # speaker's own "it" ("the RSF said it had no role in the killings")
            if (
                bearer != holder.party
                and not _WE_BEFORE.search(doc.text, max(window.start, start - 40), start)
                and not _ITSELF_BEFORE.search(doc.text, max(window.start, start - 12), start)
            ):
                return []
            bearer = None
        if bearer is not None and holder.party == bearer:
            # "Russia must withdraw," said an unplaced speaker; "our troops should be ready":
            # a party asks nothing of itself
            return []
        quote_before = _QUOTE_BEFORE.search(doc.text, window.start, start)
        if stance == "concern" and (
            (holder.party in doc.belligerents and _FUTURE.search(rest))
            or _PUNITIVE.search(doc.text, end, min(window.end, end + 160))
            or (quote_before and _WE_WILL.search(doc.text, window.start, quote_before.start()))
            or (
                said in _WARNED
                # (a person's party may be declared only later, from the person: no fighter)
                and holder.party in doc.parties
                and (
                    (
                        doc.parties[holder.party].kind in _FIGHTING_KINDS
                        and self._warned_threat(window, end, holder.party)
                    )
                    or (
                        doc.parties[holder.party].kind in _WARNING_KINDS
                        and _OWN_FORCE_WARNED.match(doc.text, end, window.end) is not None
                    )
                )
            )
        ):
            stance = "threaten"
        if stance == "concern" and said in _SHOCKED and _SHOCKING_ACT.match(doc.text, end):
            stance = "condemn"
        if stance == "concern" and said in _WARNED and self._threat_after(window, end, holder):
            return []  # "warned that it reserved the right to respond": the threat says it
        if (
            stance == "concern"
            and said in _WARNED
            and (quote_before is not None or window.text.lstrip()[:1] in OPENING_QUOTES)
            and self._threat_quoted(window.start, start)
        ):
            return []  # '"... our next attack will be deadlier," he warned': the quote's threat
        holders = (
            [holder.party]
            if quoted or stance == "claim"
            else list(
                dict.fromkeys([*self._holders(window, start, holder), *self._as_did(window, end)])
            )
        )
        named = [
            r
            for r in doc.refs_between(window.index, end, window.clause_end(clause_end + 1))
            if not r.person and r.name not in holders
        ]
        names = list(dict.fromkeys(r.name for r in named))[:10]
        if (
            stance == "support"
            and quoted
            and _WHETHER_BEFORE.search(doc.text, max(window.start, start - 60), start)
        ):
            return []  # "questioned whether Ukraine has the right to defend itself"
        if stance == "support" and bearer is not None:
            names = [bearer]  # "said Kyiv had the right to defend itself": Kyiv is backed
        elif (
            stance in ("demand", "threaten", "accuse")
            and bearer is not None
            and bearer not in holders
        ):
            # "Ethiopia said Fano must disarm": the one who must is the target; "Belgrade is
            # behind this attack": the one accused
            names = list(dict.fromkeys([bearer, *names]))[:10]
        elif every_side is not None:
            # "all parties must protect civilians": the warring sides are asked (a side that
            # says it asks the other)
            other_sides = [side for side in doc.sides if side not in holders]
            names = list(dict.fromkeys([*other_sides, *names]))[:10]
        # "accused Kinshasa of fighting alongside the FDLR": Kinshasa is the target, not the
        # names in the charge (which still tell this accusation from others when merging)
        accused = self._accused(named, end) if stance in ("accuse", "condemn") else []
        attack_charged = (
            stance == "accuse"
            and bool(named)
            and _ATTACK_CHARGE.match(doc.text, named[0].end, window.end) is not None
        )
        phrase_end = self._phrase_end(window, end, clause_end)
        # "humanitarian access must be ensured": what must be done is named before the phrase
        topic_text = (
            _REPORTED_LEAD.split(doc.text[clause_start:start])[-1]
            if bearer is None and passive_demand
            else doc.text[end : min(phrase_end, end + 300)]
        )
        # "Kyiv and Moscow each accused the other": each holder's target is the other holders
        mutual = len(holders) > 1 and _EACH_OTHER.match(doc.text, end) is not None
        found = [
            (
                GroundedPosition(
                    holder=party,
                    speaker=holder.person,
                    targets=(
                        [other for other in holders if other != party]
                        if mutual
                        else list(dict.fromkeys(accused))[:10] or names
                    ),
                    stance=stance,
                    topic=words_after(_TRAILING_LINK.sub("", topic_text)),
                    summary=_TRAILING_LINK.sub(
                        "", one_line(_whole_words(doc.text, start, phrase_end))
                    ),
                    evidence=window.text,
                    span=span_of(window),
                ),
                _merge_key(party, stance, [o for o in holders if o != party] if mutual else names),
            )
            for party in holders
        ]
        if attack_charged:
            self._attacks.update((id(position), position) for position, _ in found)
        if stance == "demand" and _OR_FACE.search(doc.text, end, window.end):
            # "demanded that Moscow sign up or face new sanctions": an ultimatum also threatens
            found += [
                (
                    position.model_copy(update={"stance": "threaten"}),
                    _merge_key(position.holder, "threaten", names),
                )
                for position, _ in found
            ]
        return found

    def _phrase_end(self, window: Window, end: int, clause_end: int) -> int:
        """Where what the phrase says ends: with its clause, or with the next clause when only
        a complementiser is left ("demanded that | Russia withdraw")."""
        if _DANGLING.search(self.doc.text, end, clause_end + 1):
            joined = _JOINED_VERB.search(self.doc.text, end, clause_end + 1)
            if joined is not None:
                # "accused Rwanda of backing the M23 and demanded that": the "that" is another
                # verb's, and this phrase ends before it
                return joined.start()
            if clause_end + 1 < window.end:
                return window.clause_end(clause_end + 1) + 1
        return self._past_quotation(window, clause_end + 1)

    def _past_quotation(self, window: Window, end: int) -> int:
        """`end`, or past the quotation that opens there ('condemned what it called the
        "criminal acts"': the quoted words are what is said)."""
        text = self.doc.text
        opened = text[end - 1 : end]
        if opened == "“" or (opened == '"' and text.count('"', window.start, end - 1) % 2 == 0):
            close = _QUOTATION_CLOSE.search(text, end, min(window.end, end + 120))
            if close is not None:
                # (on to the clause's end: 'the "barbaric" strike on Odesa')
                return min(window.end, window.clause_end(close.end()) + 1)
        return end

    def _warned_threat(self, window: Window, end: int, holder: str) -> bool:
        """What is warned of after `end` is what someone will suffer or the warner will do: a
        threat ("warned that anyone who broke it would face penalties"; "warned that Washington
        would walk away", the warner named by its own name)."""
        doc = self.doc
        if _WARNED_THREAT.match(doc.text, end, window.end):
            return True
        named = [r for r in doc.refs_between(window.index, end, window.end) if not r.place][:1]
        actor = doc.actor_of(named[0]) if named else None
        return (
            actor is not None
            and actor.party == holder
            and _OWN_ACT.match(doc.text, named[0].end, window.end) is not None
            and _WARNED_OPENING.fullmatch(doc.text, end, named[0].start) is not None
        )

    def _office_owner(self, window: Window, clause_start: int, start: int) -> Actor | None:
        """'Amnesty International condemned the attack. Its Nigeria director called for ...':
        an office after "its" or "their" speaks for the party it points back to
        (`owner_before`), not for a place named inside the office."""
        doc = self.doc
        lead = _ITS_OFFICE.match(doc.text, clause_start, start)
        if lead is None or not doc.lexicon.titles.search(lead.group("office")):
            return None
        owner = owner_before(doc.windows, doc.refs, window, lead.start(), person=False)
        return doc.actor_of(owner) if owner is not None else None

    def _named_before(self, window: Window, start: int) -> str | None:
        """The party named right before `start` ("Fano must", "the Arakan Army must"), a few
        words back at most, or None."""
        doc = self.doc
        refs = [r for r in doc.refs_between(window.index, window.start, start) if not r.place]
        if not refs or not _NEAR_BEFORE.fullmatch(doc.text, refs[-1].end, start):
            return None
        if _PREPOSITION_OBJECT.search(
            doc.text, max(window.start, refs[-1].start - 60), refs[-1].start
        ):
            return None  # "the solution between Delhi and Islamabad must": the noun's duty
        actor = doc.actor_of(refs[-1])
        return actor.party if actor is not None else None

    def _reply_promised(
        self, window: Window, clause_start: int, start: int, clause_end: int
    ) -> bool:
        """'would give a befitting reply to any aggression', 'when provoked, India is capable of
        giving a befitting reply': a reply the holder will or can give to a hostile act named in
        its clause or the one before (not 'had given a fitting response to the outbreak')."""
        text = self.doc.text
        before = window.clause_start(clause_start - 1) if clause_start > window.start else start
        return (
            _FUTURE_OR_ABLE.search(text, clause_start, start) is not None
            and _HOSTILE_ACT.search(text, min(before, clause_start), clause_end) is not None
        )

    def _threat_after(self, window: Window, end: int, holder: Actor) -> bool:
        """A threat phrase follows in the warned clause, with no other party named before it:
        what is warned of is the warner's own threat, which that phrase records (not "the UN
        warned of famine, while Israel threatened to widen the offensive")."""
        text = self.doc.text
        # its clause and the one its "that" opens ("warned | that Ankara reserved the right")
        clause_end = window.clause_end(window.clause_end(end) + 1)
        opened = _QUOTE_OPENS.match(text, end, window.end)
        if opened is not None:
            # 'warned: "If they strike, our next attack will be larger"': the whole quote
            closing = _QUOTE_CLOSES.search(text, opened.end(), window.end)
            clause_end = max(clause_end, closing.start() if closing else window.end)
        if self._threat_quoted(end, clause_end):
            # 'warned: "If they strike, our next attack will be larger"': the warner's own
            # words, whoever they name
            return True
        for found in self.lex.stances.finditer(text, end, clause_end):
            key = self.lex.stance_of.get(plain(unquoted(text[found.start() : found.end()])), "")
            if _stance_of_key(key) != "threaten":
                continue
            named = self.doc.refs_between(window.index, end, found.start())
            return all(r.person or r.name == holder.party for r in named)
        return False

    def _threat_quoted(self, start: int, end: int) -> bool:
        """A quoted threat phrase ("will pay dearly", "our next attack will be") stands inside
        a quote within `start:end`."""
        text = self.doc.text
        return any(
            self.lex.stance_of.get(plain(unquoted(text[found.start() : found.end()])))
            == "threaten_quoted"
            and quoted_at(text, found.start())
            for found in self.lex.stances.finditer(text, start, end)
        )

    def _other_speaker(self, window: Window, party: str, before: int) -> Actor | None:
        """The last party other than `party` told speaking before `before`, in this sentence or
        the three before it, else None."""
        doc = self.doc
        frames = [
            f
            for back in doc.frames[max(0, window.index - 3) : window.index + 1]
            for f in back
            if f.end <= before
        ]
        for frame in reversed(frames):
            if frame.actor is not None and frame.actor.party not in (None, party):
                return frame.actor
        return None

    def _named_after(self, window: Window, end: int) -> str | None:
        """The party named right after `end` ("the work of the Pakistani Taliban"), or None."""
        doc = self.doc
        refs = [r for r in doc.refs_between(window.index, end, window.end) if not r.place]
        if not refs or not _NEAR_AFTER.fullmatch(doc.text, end, refs[0].start):
            return None
        actor = doc.actor_of(refs[0])
        return actor.party if actor is not None else None

    def _accused(self, named: Sequence[Ref], end: int) -> list[str]:
        """The names before the charge opens ("of", "for", "over"; not the "of" inside "the
        Democratic Republic of Congo"); none when no charge follows a name."""
        if not named:
            return []
        for charge in _CHARGE.finditer(self.doc.text, end, named[-1].start):
            if not any(r.start <= charge.start() < r.end for r in named):
                return [r.name for r in named if r.start < charge.start()]
        return []
