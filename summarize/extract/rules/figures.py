"""Claimed figures: every count of losses, detentions, releases or displacement, with who claims
it (the speech frame around it), whose losses (the parties in its noun phrase) and among whom."""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from summarize.actors import plain
from summarize.dates import MONTHS, month_number
from summarize.numbers import Quantity, QuantityMatch, find_quantities
from summarize.schema import (
    FigureScope,
    GroundedFigure,
    Metric,
    Population,
    Qualifier,
    Span,
    TimeScope,
)

from .lexicon import Lexicon
from .mentions import Ref, bucket, is_furniture, scan
from .speech import Doc
from .text import Window

# "in March 2021", "on 4 August 2024", "August 4, 2024": a month and its year
_MONTH_YEAR = re.compile(
    rf"\b(?P<month>{'|'.join(m.capitalize() for m in MONTHS)})\s+(?:\d{{1,2}},?\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b"
)
_SINCE_YEAR = re.compile(r"\bsince\b[^.;,]*$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(
    r"\b(?:since|from|after|before|when|until|began|begun|started|erupted|broke out|first|"
    r"published|issued)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
# a day of this week named: the sentence tells this week's news, whatever month it recalls
_THIS_WEEK = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:today|yesterday|this week|this morning|overnight|on \w+ night)\b",
    re.IGNORECASE,
)
# A month this many days (or more) before the story's day is no longer this week's news; the
# month's first day is compared, so a truce of the month before the story stays current.
_RECALLED_DAYS = 92
_YEAR = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?!\d|,\d)")
_GLUED_OR_SHARE = re.compile(
    r"-[A-Za-z]|\s+(?:in|out of)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"[:,]|\b(?:among them|including|of whom|and)\b|\bto $")
_LIST_NOUN = re.compile(r"(?!\s+of\s+(?:them|whom)\b)\s+(?:[a-z-]+\s+){0,2}?([\w'-]+)")
_SINCE = re.compile(r"\bsince\b(?!\s+(?:been|then\s+been)\b)", re.IGNORECASE)
_TOTAL_SIZED = 5000  # a count this large is a running total, not one incident's
_CAPTIVE: frozenset[str] = frozenset({"held", "detained", "captured"})
_CAPTIVES: frozenset[str] = frozenset({"held", "detained", "released"})
# "1,000 detainees - 1,056 by the ICRC's count - were released": a release verb later in the
# sentence decides for the captive noun before it.
_RELEASED_LATER = re.compile(
    r"\b(?:were|was|have been|had been|has been|are being|were being|will be|would be)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:released|freed|let go|handed over|set free|exchanged|swapped|"
    r"repatriated|rescued)\b"  # (captives rescued are freed: "four hostages were rescued")
    # captives back home: "69 hostages came home" (not "have yet to come home", "would come")
    r"|\b(?:came|(?:have|has|had)\s+(?:[a-z]+\s+)?come)\s+home\b"
)
_RELEASE_REACH = 160
_NOT_RELEASED = re.compile(r";|\b(?:none|not|no|never)\b")
_NONE_OF = re.compile(r"\b[Nn]one\s+of\s+(?:the\s+)?$")
_DIGIT = re.compile(r"\d")
# From one count to the next in the same list: "N soldiers were killed and", "N killed,".
_ELLIPSIS_GAP = re.compile(
    r"[^;:.]{0,80}?(?:,|\band)\s+(?:(?:a|an|the|another|more|some|wounded|"
    r"injured|killed|had|have|were|was)\s+)*"
)
# "the drone attack on Tower 22 in Jordan", "at Gate 3 on Monday": a name's number, no count
_CAPITALISED_BEFORE = re.compile(r"\b(?<![.!?] )(?<![\"“‘'(])(?<!^)[A-Z][a-z]+[ \t]+$")
_PLACE_AFTER_NAME = re.compile(r"[ \t]+(?:in|near|outside|inside)[ \t]+(?:the[ \t]+)?[A-Za-z]")
# "and 23 wounded": a count whose noun is the one before it
_BARE_COUNT = re.compile(
    r"[ \t]+(?:wounded|injured|hurt|killed|dead|missing)(?=[,.;:)]|$|[ \t]+(?:in|on|at|near|"
    r"during|when|after|by|and|as|while|since|overnight|from|over|across|outside|inside)\b)"
)
_AND_WORD = re.compile(r"\band\b")
# "and 45 wounded", "and 12 captured": a count told by its loss word alone
_LISTED_BARE = re.compile(
    r"[ \t]+(?:(?:people|others|more|civilians|children|women|soldiers|fighters|troops|persons|"
    r"residents)[ \t]+)?(?:wounded|injured|hurt|killed|dead|missing|captured|detained|abducted|"
    r"arrested|displaced)\b"
)
# "18 others", "15 more": more of the people the count before counted
_OTHERS_AFTER = re.compile(r"[ \t]+(?:others|more)\b")
# (right after ", and": not "..., and militants later killed 11 others")
_AND_BEFORE = re.compile(r",?[ \t]+and[ \t]+$")
_OTHERS_REACH = 160
# The words after a count that can name whom it counts: "four soldiers", "12 of its men".
_PEOPLE_WORD = re.compile(r"[\w'’-]+")
# the words after a count ('lost "fewer than 20" fighters': a closing quote first)
_PEOPLE_AFTER = re.compile(r"[\"”’']?(?:[ \t]+[\w'’-]+){1,4}")
_LOOSE_BEFORE = re.compile(r"\s*(?:,|(?:at|of|to)\s+(?!least\b))", re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}")
_IN_PLACE = re.compile(
    r"\b(?:in|from|across|near|inside|at|of)\s+(?:the\s+)?(?:[a-z]+ern\s+|occupied\s+|"
    r"annexed\s+|[a-z]+-(?:held|controlled|annexed)\s+)?$"
)
_OWNER_BEFORE = re.compile(r"['’]s?\b")
# Between two coordinated counts: "14 civilians and 15 soldiers", "24 women or 15 boys",
# "four journalists were among the 27 people killed"
_COORDINATED = re.compile(
    # (a noun phrase with an "of" part: "16 members of the security forces and 20 ...")
    r"[ \t]+(?:[\w'’-]+[ \t]+){1,3}(?:of[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){1,2})?"
    r"(?:and|or|as[ \t]+well[ \t]+as|(?:were|are|was|is)[ \t]+"
    r"among(?:[ \t]+the)?)[ \t]+"
)
# "No one was hurt", "the 1998-99 war": no count
# "several of the wounded": a vague part of people counted elsewhere, no count of its own (but
# "hundreds of thousands of the displaced" says how many)
_SIZELESS = frozenset({"several", "some", "a few", "few", "many"})
_VAGUE_PART = re.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?:wounded|injured|dead|killed|victims|casualties|displaced)\b",
    re.IGNORECASE,
)
# units, numbered before or after the word ("Battalion 550", "21 Brigade")
_UNITS = r"Battalion|Brigade|Division|Regiment|Corps|Squadron"
# "no 12 people", "2023-24", "all but two of them", "for every 10 hostages": no count of its
# own; "$20 million": money; "Battalion 550": a unit's number; "children as young as eight",
# "a girl of six": an age; "a mother of four": a family
_NOT_A_COUNT = re.compile(
    r"(?:\b[Nn]o[ \t]+|\b(?:1[89]|20)\d\d[-–/]|\ball[ \t]+but[ \t]+"
    r"|\bas[ \t]+(?:young|old)[ \t]+as[ \t]+"
    r"|\b(?:girl|boy|child|baby|toddler|son|daughter)[ \t]+of[ \t]+"
    # "a displaced mother of four": her children, no count of the displaced
    r"|\b(?:mother|father|parent)[ \t]+of[ \t]+"
    r"|\b[Ff]or[ \t]+(?:every|each)[ \t]+(?:additional[ \t]+|extra[ \t]+|further[ \t]+)?"
    rf"|[$€£¥][ \t]*|\b(?:{_UNITS}|Company|Unit|Task[ \t]+Force|Highway|Route|Resolution|"
    r"Article|Flight)[ \t]+)$"
)
# weapons used or ridden in, right before their count: "had fired 84 cruise missiles", "used 24
# attack drones", "travelling on motorcycles and in five vehicles"
_EQUIPMENT_USED = re.compile(
    r"(?:\b(?:fired|fires|firing|launched|launches|launching|used|uses|using|deployed|deploying|"
    r"sent|supplied|delivered|dispatched|aboard|on[ \t]+board)"
    r"|\b(?:travell?ing|riding|driving|arriving|arrived)\b[^.;]{0,40}?\b(?:in|on))[ \t]+"
    r"(?:(?:at[ \t]+least|about|some|around|nearly|almost|over|more[ \t]+than|up[ \t]+to)[ \t]+)?$",
    re.IGNORECASE,
)
# "hundreds of jihadist fighters attacked the unit": the attackers' number, no loss
_ATTACKERS_AFTER = re.compile(
    r"(?:[ \t]+of)?(?:[ \t]+(?:armed|heavily[ \t]+armed|jihadist|Islamist|suspected|unidentified|"
    r"masked|[A-Z][\w-]+))?[ \t]+(?:fighters|gunmen|militants|attackers|assailants|insurgents|"
    r"jihadists|rebels|militiamen)[ \t]+(?:had[ \t]+)?(?:attacked|stormed|raided|overran|"
    r"ambushed|assaulted|invaded)[ \t]+(?:the|a|an|its|their|[A-Z])"
)
# "the war that erupted in April 2023": a year, no count
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+(?:\d{1,2},?[ \t]+)?$"
)
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")
_PRO_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# "sub-zero", "an F-16": a word's part
_HYPHENED = re.compile(r"\b[A-Za-z]+-$")
# "the commander of 21 Brigade", "40 of 12 Mechanised Infantry": a unit's number
_UNIT_AFTER = re.compile(
    rf"[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:{_UNITS}|Infantry|Rifles|Mechani[sz]ed|Armou?red|"
    r"Commando|Fleet|Wing)\b"
)
_UNIT_OF = re.compile(
    r"\b(?:commander|commanding[ \t]+officer|commandant|chief|head|troops|soldiers|men|members)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")
# "the toll from two days of strikes rose to 61": a span of time, no count (and no count before
# the toll's own, which would cut the toll's noun off from it)
_DURATION_AFTER = re.compile(
    r"[ \t]+(?:days?|nights?|weeks?|months?|years?|hours?|decades?)[ \t]+of\b", re.IGNORECASE
)
# "trader Adam Ibrahim, 52,": an age
_NAME_BEFORE = re.compile(
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Meanwhile|However|Overall|"
    r"Altogether|Yesterday|Today|Earlier|Later|Separately|Elsewhere)\b)[A-Z][a-z][\w'’-]*,[ \t]*$"
)
# "one of them said", "two soldiers, one of them seriously": a person, or a part already counted
# ... or one thing of a kind: "one of the largest prisoner exchanges", "one of the deadliest
# strikes" (but "one of the most senior commanders was killed" counts him)
_ONE_OF = re.compile(
    r"[ \t]+of[ \t]+(?:(?:them|those|whom|us)[ \t]+(?:said|says|told|seriously|critically|"
    r"severely|badly)\b|the[ \t]+(?:largest|biggest|deadliest|bloodiest|worst|greatest|"
    r"longest|heaviest|fiercest|costliest|most[ \t]+(?:significant|important|serious|intense|"
    r"violent|ambitious|destructive|extensive))[ \t]+(?!(?:victims?|dead|wounded)\b))",
    re.IGNORECASE,
)
# "freed 120 detainees, 30 of them women": a part of the count before, counted the same way
_BEFORE_PART = re.compile(
    r"[^;:.]{0,80}?(?:,|[ \t][-–—])[ \t]*(?:(?:about|around|some|nearly|over|almost|roughly|"
    r"more[ \t]+than|at[ \t]+least)[ \t]+)?",
    re.IGNORECASE,
)
# "five hostages, including two aid workers": the words between a count and its part
_INCLUDING = re.compile(
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+,?[ \t]+(?:including|among[ \t]+them|among[ \t]+whom)"
    r"[ \t]+(?:at[ \t]+least[ \t]+|some[ \t]+)?"
)
# further from the count, a part that names only who it is ("14,854 people have been killed in
# strikes since 7 October, including 6,150 children,"; not "..., including 4 million who have
# fled abroad": its own words say what it counts)
# (no "and" among the words skipped: "killed 12 people and abducted villagers, including four
# women" joins another verb)
_INCLUDING_FAR = re.compile(
    r"[ \t]+(?:(?!and\b)[\w'’-]+[ \t]+){0,9}?[\w'’-]+,?[ \t]+(?:including|among[ \t]+them|"
    r"among[ \t]+whom)[ \t]+(?:at[ \t]+least[ \t]+|some[ \t]+)?"
)
# "26 hostages were killed", "12 of the hostages had been killed": the same clause, close by
_KILLED_AS = re.compile(
    r"(?:(?!\b(?:where|while|when|but)\b|,[ \t]+and\b)[^;.])*?"
    r"\b(?:were|was|are|is|been|being)\b(?:(?!\b(?:where|while|when|but)\b|,[ \t]+and\b)[^;.])*"
)
_KILLED_REACH = 70
_LOST_AS = re.compile(r"[ \t]+((?:killed|dead)[ \t]+(?:or|and)[ \t]+(?:wounded|injured))\b")
# "shot down 48 of the 62 drones": the whole the part is counted from, no loss of its own
_PART_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?")
_PART_OF_WHOLE = re.compile(rf"{_PART_OF.pattern}\d[\d,]*(?=[ \t])")
# "1,240 people, including 190 children, had been evacuated": the part shares the verb after it
_INCLUDING_NEXT = re.compile(
    r"[ \t]+[a-z]+,[ \t]+(?:including|among[ \t]+them)[ \t]+(?:about[ \t]+|some[ \t]+|at[ \t]+"
    r"least[ \t]+)?"
)
# "85 fighters of the militia, most of them recruits, were killed": an aside between the count's
# noun and its verb
_ASIDE_THEN = re.compile(
    r"[ \t]+(?:[\w'’.-]+[ \t]+){0,5}?[\w'’.-]+,[ \t]+"
    r"(?:including|among[ \t]+them|among[ \t]+whom|who|mostly|mainly|chiefly|largely|"
    # ("four million Angolans, nearly a third of the population, were driven from ...")
    r"(?:(?:nearly|almost|about|roughly|some|over|more[ \t]+than)[ \t]+)?(?:most|many|some|all|"
    r"half|several|both|none|the[ \t]+majority|(?:a|one|two)[ \t]+(?:third|quarter|fifth|tenth)s?)"
    r"(?:[ \t]+of[ \t]+(?:them|whom))?)"
    r"[ \t]+[^,;:.()\"“”]{1,70}?,[ \t]+"
)
_ASIDE_REACH = 160
# what may follow a noun phrase's last word: a verb's auxiliary, a preposition, a conjunction
_NOUN_PHRASE_ENDS = re.compile(
    r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:had|have|has|were|was|are|is|and|or|from|in|into|on|at|"
    r"near|across|along|to|towards?|crossed|entered|moved|rolled|arrived|came)\b",
    re.IGNORECASE,
)
# between the aside and the keyword: "were killed", "had reportedly died"
_AUXILIARIES = re.compile(
    r"(?:(?:were|was|are|is|had|have|has|been|being|reportedly|also|later|all|then)[ \t]+)*"
)
# the part a count includes names only who ("140 children"), not what happened to them
# ("150,000 refugees"), so the verb after it says what the count counts
_PEOPLE_NOUNS = (
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:children|women|men|civilians|soldiers|minors|students|boys|girls|"
    r"journalists|foreigners|medics|officers|fighters|babies|infants|elderly|"
    # one of them ("three people, including a child,")
    r"child|woman|man|civilian|soldier|minor|student|boy|girl|journalist|foreigner|medic|"
    r"officer|fighter|baby|infant|teenager|nurse|doctor|paramedic)\b"
)
_PLAIN_PART = re.compile(_PEOPLE_NOUNS + ",")
# ... and nothing of its own after: a comma, the sentence's end, or "and" the next count
_PEOPLE_ONLY = re.compile(_PEOPLE_NOUNS + r"(?=[,.;]|[ \t]+and\b)")
# "10 people, three of them children": the next count breaks this one down
_OF_THEM = re.compile(r"[ \t]+of[ \t]+(?:them|whom)\b")
_BREAKDOWN_GAP = 40
_TOTAL_REACH = 120
# A total's verb right before the count: "the toll ... rose to 45", "stood at 120"
# or the count told again in other words: "but rights groups put the figure at over 3,000", "the
# true number is closer to 600,000"
_RISEN_TO = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|reaches|stood|stands|"
    r"surpassed|topped|exceeded|passed)[ \t]+(?:to[ \t]+|at[ \t]+)?$"
    r"|\bthe[ \t]+(?:(?:true|real|actual|overall)[ \t]+)?(?:figure|number)[ \t]+(?:at[ \t]+|"
    r"(?:is|was|could[ \t]+be|may[ \t]+be|might[ \t]+be)[ \t]+(?:closer[ \t]+to[ \t]+)?|"
    r"closer[ \t]+to[ \t]+)?$"
)
# The count of the sentence before, given again by another source: "The IOM put the figure at
# nearly 57,000", "Rights groups put their own toll at 300"
_RESTATING = (
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|gave|gives)[ \t]+"
    r"(?:the|its|their|that)[ \t]+(?:own[ \t]+)?(?:figure|number|toll|count|total|tally|estimate)"
    r"[ \t]+(?:at|as)[ \t]+"
)
_RESTATES = re.compile(_RESTATING)  # in the sentence
_RESTATED_COUNT = re.compile(_RESTATING + "$")  # right before the count
# A count its owner's possessive names: "the army's figure of 120 dead", "Kyiv's own tally of"
# "Juba's first toll for the battle: 15 killed", "the army's official count, as of Friday, stood
# at 120", "the rebels' own tally put the number of its fighters killed at 40"
_OWNED_COUNT = re.compile(
    r"['’]s?[ \t]+(?:(?:own|latest|official|initial|revised|new|first|final|preliminary|"
    r"updated)[ \t]+){0,2}(?:death[ \t]+|casualty[ \t]+)?(?:figure|toll|count|tally|estimate|total)"
    r"(?:[ \t]+for[ \t]+[^,:;.()]{1,40}?)?(?:,[^,:;.()]{1,40},)?"
    r"(?:[ \t]*:|[ \t]+(?:of|at|was|is|stood[ \t]+at|put[ \t]+[^,:;.()]{0,50}?[ \t]at))[ \t]+$"
)
# "SPLA-IO statement: 35 soldiers killed", "Houthi health ministry: 50 dead" (a live page's line)
# (after a state's name the source word is needed: "Sudan: 35 killed in drone strike" is the
# outlet's own line; "Hamas: 18 killed", "Zelensky: 600 soldiers killed" are theirs)
_SOURCE_COLON = re.compile(
    r"(?P<word>[ \t]+(?:statement|communiqu[eé]|spokes(?:man|woman|person)|(?:health[ \t]+)?"
    r"ministry|military|army|air[ \t]+force|navy|general[ \t]+staff|military[ \t]+spokesman|toll|"
    r"count|figures?))?[ \t]*:[ \t]+$"
)
# after the name of a state left: "have fled Sudan since April", "have fled Myanmar."
_STATE_LEFT = re.compile(
    r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:since|in|on|for|after|during|over|last|this|and|to|into|"
    r"across|amid|because|from|by)\b"
)
# ("have fled Sudan": the state left; "across the border into Chad": the state reached)
_FLED_TO = re.compile(
    r"\b(?:(?:fled|fleeing|escaped|crossed)[ \t]+(?:the[ \t]+border[ \t]+)?(?:to|into|across[ \t]+"
    r"(?:the[ \t]+border[ \t]+)?(?:in)?to)|entered|arrived[ \t]+in|"
    r"(?:have|has|had)[ \t]+fled(?![ \t]+(?:to|into|across|abroad|from|their|the)\b)|"
    r"across[ \t]+the[ \t]+border[ \t]+into)[ \t]+"
    r"(?:neighbouring[ \t]+|neighboring[ \t]+)?"
)
# A name, then a comma or dash: what follows is an appositive about that person.
_NAMED_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:In|On|At|By|For|From|Near|After|Since|During|Last|This|Early|Late)\b)"
    # 'Jimmy "Barbecue" Cherizier, a former police officer': a nickname's quotes between
    r"[A-Z][a-z][\w'’-]*[\"”’]?[ \t]+[A-Z][a-z][\w'’-]*[ \t]*(?:,|[-–—])[ \t]*$"
)
# "A woman in Gaza City said her son was killed": the person speaks, and is no count
_SPEAKER_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:said|says|told|recalled|described|added|explained|wrote)\b"
)
# "A civilian was killed ... and the governor said": a victim, whoever speaks after
_VICTIM_VERB = re.compile(r"\b(?:killed|wounded|injured|died|dead|hurt|abducted|missing)\b")
# "a 73-year-old woman was among the dead": one of a toll counted elsewhere
_AMONG_AFTER = re.compile(
    r"[ \t]+(?:was|were)[ \t]+(?:also[ \t]+)?among[ \t]+(?:the[ \t]+)?"
    r"(?:dead|killed|victims|wounded|injured|casualties)\b"
)
# Before a single item that is the means of an act, or a thing given: "using a launcher", "hit by
# a drone", "received a new tank"
_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:using|with|by|aboard|received|receiving|delivered|supplied|sent|bought)[ \t]+$",
    re.IGNORECASE,
)
_NEW_ITEM = re.compile(r"[ \t]+new\b", re.IGNORECASE)
# "As a child, she saw ...", "as an aid worker": a role, not a count
_AS_A = re.compile(r"\b[Aa]s[ \t]+$")
_OF_OWN = re.compile(r"\s+of\s+(?:its|their|our)\s+", re.IGNORECASE)
_EACH = re.compile(r"[^,;:.]{0,50}?\beach\b(?!\s+other\b)", re.IGNORECASE)
# After a verb that follows a count: an object, so the count did it ("three gunmen killed 12
# worshippers", "the two men killed hundreds"), not a time ("killed two weeks ago").
_ACTS_ON = re.compile(
    r"[ \t]+(?:(?:at[ \t]+least|more[ \t]+than|nearly|about|some|over|up[ \t]+to|"
    r"as[ \t]+many[ \t]+as)[ \t]+)?"
    r"(?:\d|(?:a|an|his|her|their|its|our|dozens|scores|hundreds|thousands|several|many|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b"
    r"|the[ \t]+(?!(?:day|night|week|weekend|month|year|morning|afternoon|evening|dawn|"
    r"previous|following|same|next|last|first|other)\b))"
    # "killed two weeks ago", "killed 10 km south of the city": a time or a distance
    r"(?![\w,.-]*(?:[ \t]+[\w-]+)?[ \t]+(?:days?|weeks?|weekends?|months?|years?|hours?|"
    r"nights?|decades?|km|kilometres?|kilometers?|miles?|metres?|meters?)\b)"
    r"(?![\w,.-]*[ \t]*(?:km|kilometres?|kilometers?|miles?|metres?|meters?)\b)",
    re.IGNORECASE,
)
# Between a count and its verb: a passive ("12 people were killed the day before")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get|gets)\b", re.IGNORECASE)
# Between a count and a verb that heads the next count: "60 targets and killed 40".
_NEXT_PREDICATE = re.compile(r"[ ,](?:and|but|while)[ ]+$")
_ADJACENT_BEFORE = re.compile(
    # '"neutralised" 41': the keyword's closing quote
    r"^[\"”’']?[\s,]*(?:(?:a|an|the|some|of|at|least|over|about|nearly)\s+)*$",
    re.IGNORECASE,
)


# Between a party and a count of its losses: "X had lost", "X's military losses stood at".
_LOSS_VERBS = (
    r"are|were|is|was|stood|stand|stands|at|of|now|have|has|had|reached|reach|reaches|exceeded|"
    r"exceed|exceeds|topped|top|tops|approaching|to|rose|climbed|totalled|totaled|total|totals|"
    r"numbered"
)
_LOSS_LEAD = re.compile(
    r"(?:['’]s?)?\s+(?:(?:has|had|have|also|reportedly|already|now|so far)\s+)*"
    r"(?:lost|suffered)\s+(?:(?:only|just)\s+)?"
    r"|(?:['’]s?)?\s+(?:[a-z]+\s+){0,2}?(?:losses|casualties)\s+"
    # "losses since the offensive began at 1,200", "losses in the region since August exceed"
    # (or the qualifier the count opens with: "exceeded 500")
    rf"(?:(?:in|on|around|near|since|during|over|from)\s+[^,;.:]{{1,60}}?\s+(?=(?:{_LOSS_VERBS})\s|$))?"
    rf"(?:(?:{_LOSS_VERBS})\s+){{0,3}}",
    re.IGNORECASE,
)
_LOSS_REACH = 60
# Right after equipment counted: it is the subject of an attack, not destroyed.
# (Not when the clause destroyed them first: "shot down 40 drones launched by Russia"; and no
# -ing form or participle that describes them: "drones flying over", "rockets fired from".)
_EQUIPMENT_ACTS = re.compile(
    # (past what says where it came from: "a drone, launched from Yemen, hit a building")
    r"(?:,?[ \t]+(?:launched|fired|flying|sent|heading|headed|bound)\b[^.;,]{0,50}?,?)?"
    r"[ \t]+(?:(?:also|then|later|had|have|has)[ \t]+)?(?:bombed|bombard(?:ed|s)|struck|strikes|"
    r"attacked|attacks|hit|hits|shelled|pounded|raided|opened fire|"
    # or moved unharmed: "a convoy of several hundred tankers had reached Bamako" (but not
    # "crossed the river and were destroyed by drones")
    r"(?:reached|arrived|entered|crossed|docked|landed|sailed)\b(?![^.;]{0,80}?\b(?:destroyed|"
    r"hit|struck|sunk|sank|downed|shot[ \t]+down|knocked[ \t]+out|damaged)\b))"
    r"\b(?![ \t]+(?:by|from)\b)",
    re.IGNORECASE,
)


# Between two counts of one list of losses: "lost two helicopters and a tank", "lost 40
# soldiers, as well as several drones" (the second count's loser is the first's).
_LOSS_LIST_GAP = re.compile(
    r"(?:[ \t]+[\w'’.-]+){0,4}(?:,?[ \t]+and|,[ \t]+as[ \t]+well[ \t]+as|,)[ \t]+",
    re.IGNORECASE,
)
# A verb right before a count that makes it the verb's object: "killed 15 militants"
_VERB_BEFORE_COUNT = re.compile(
    r"\b(?:killed|killing|kill|wounded|wounding|shot[ \t]+dead|captured|capturing|"
    r"neutrali[sz]ed|eliminated|took)[ \t]+(?:[\w-]+[ \t]+){0,2}$",
    re.IGNORECASE,
)
# "Kenyan troops came under fire": the forces attacked, whose losses follow
_CAME_UNDER = re.compile(
    r"(?:troops|forces|soldiers|convoy|patrol|unit|base|position|positions)[ \t]+"
    r"(?:(?:came|come|had[ \t]+come)[ \t]+under[ \t]+(?:fire|attack)"
    r"|(?:was|were|had[ \t]+been|have[ \t]+been)[ \t]+(?:ambushed|attacked))\b",
    re.IGNORECASE,
)
# A dash between spaces: it opens or closes an aside
_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")
# "59 people were killed on the Kyrgyz side", "41 died on its side": whose losses they are
_ON_SIDE = re.compile(
    r"[^.;]{0,60}?\bon[ \t]+(?:(?P<own>its|their|our)|the[ \t]+"
    r"(?P<named>[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}?))[ \t]+side\b",
    re.IGNORECASE,
)
_CIVILIANS = re.compile(
    r"\b(?:civilians?|residents?|villagers?|inhabitants?|children|women)\b", re.IGNORECASE
)
# "the army acknowledged 10 dead", "admitted losing 12 soldiers": the speaker's own losses
_ADMITTED = re.compile(
    r"\b(?:acknowledg(?:ed|es|ing)|admit(?:s|ted|ting)?|conced(?:ed|es|ing))[ \t]+"
    r"(?:(?:that|losing|the[ \t]+loss[ \t]+of|the[ \t]+deaths?[ \t]+of)[ \t]+)?$",
    re.IGNORECASE,
)
_FORCE_ADMITS = re.compile(
    r"\b(?:army|military|armed forces|troops|contingent|defen[cs]e ministry|ministry of defen[cs]e)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "the army said it had lost four soldiers": the speaker's own losses.
_OWN_LOSS = re.compile(
    rf"\b(?:it|we|(?:its|our)(?=\s+(?:own\s+)?(?:[a-z]+\s+)?(?:losses|casualties)))"
    rf"(?:{_LOSS_LEAD.pattern})$",
    re.IGNORECASE,
)


def _aside_open(between: str) -> bool:
    """An aside opens in `between` and is still open at its end: an odd number of spaced
    dashes, or an unclosed bracket ("1,000 detainees - 1,056 according to X"; not "40 people
    - mostly women - and 120", nor "the Allied Democratic Forces (ADF) and 41")."""
    return len(_SPACED_DASH.findall(between)) % 2 == 1 or between.count("(") > between.count(")")


def span_of(window: Window) -> Span:
    return Span(start=window.start, end=window.end, status="exact", score=1.0)


_INFLICTED = re.compile(
    r"\b(?:it|its|we|our|they|their)\b[^.;]{0,60}\b(?:destroy\w*|kill\w*|shot down|downed|"
    r"neutrali[sz]\w*|eliminat\w*|captur\w*|wound\w*)\b(?:\s+\w+){0,3}[\s\"“']*$",
    re.IGNORECASE,
)
# "killed 19 gang members", '"neutralised" 34 terrorists': what one side calls the other's men
_ENEMY = re.compile(
    r"\b(?:terrorists?|militants?|insurgents?|jihadists?|gunmen|gang[ \t]+members|bandits|"
    r"attackers|assailants|extremists|khawarij)\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z]+)")


def _counted(doc: Doc, text: str, end: int) -> bool:
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    lex = doc.lexicon
    noun = word.group(1)
    return (
        plain(noun) in lex.metric_of
        or lex.military.fullmatch(noun) is not None
        or lex.civilian.fullmatch(noun) is not None
    )


_HURT_AFTER = re.compile(r"[ ]+(wounded|injured|dead)\b", re.IGNORECASE)


def months_before(doc: Doc, window: Window) -> bool:
    """A sentence that dates what it tells to a month well before the story's day ('took
    effect on 4 August 2024' in a January 2025 story), not a tally counted since then."""
    if doc.reference_day is None:
        return False
    try:
        reference = datetime.date.fromisoformat(doc.reference_day[:10])
    except ValueError:
        return False
    if _THIS_WEEK.search(window.text):
        return False  # "on Monday ... the truce agreed in November 2024": told as this week's
    for match in _MONTH_YEAR.finditer(window.text):
        if _SINCE_BEFORE.search(window.text, max(0, match.start() - 60), match.start()):
            # "killed since October 2023", "since the war began in April 2023", "after the
            # truce collapsed in March 2025": the month dates another event, not this one
            continue
        told = datetime.date(int(match.group("year")), month_number(match.group("month")), 1)
        if (reference - told).days >= _RECALLED_DAYS:
            return True
    return False


def _other_people(one: GroundedFigure, other: GroundedFigure) -> bool:
    """The two counts are of civilians and of fighters: not one count told twice."""
    populations = {one.population, other.population}
    return "unknown" not in populations and len(populations) == 2


def time_scope(doc: Doc, window: Window, months: bool = False) -> TimeScope:
    """Whether `window` tells of the past; with `months`, also a month well before the
    story's day (for figures, not for the stances a sentence also reports)."""
    if doc.lexicon.history.search(window.text) or (months and months_before(doc, window)):
        return "historical"
    if doc.reference_year is not None:
        limit = doc.reference_year - doc.lexicon.years_before
        years = [
            int(m.group())
            for m in _YEAR.finditer(window.text)
            if not _counted(doc, window.text, m.end())  # "and 1900 wounded" is no year
            # "a war fought since independence in 1975": the start of a time running to now
            and not _SINCE_YEAR.search(window.text, max(0, m.start() - 60), m.start())
        ]
        if years and max(years) <= limit:
            return "historical"
    return "current"


def _without_wholes(text: str, counts: list[QuantityMatch]) -> list[QuantityMatch]:
    """'48 of the 62 drones': the 62 only says what the 48 were part of; the 48 counts drones."""
    return [
        q
        for order, q in enumerate(counts)
        if not (order and _PART_OF.fullmatch(text, counts[order - 1].end, q.start))
    ]


class FigureReader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = doc.lexicon
        self._destroyed = False
        self._daily = False
        self._time: TimeScope = "current"
        self._frame_starts: tuple[int, list[int]] = (-1, [])
        self._last: tuple[int, Metric] | None = None  # the window's last figure: end, metric
        self._last_scope: tuple[int, FigureScope] | None = None  # its end and scope
        self._last_figure: tuple[int, GroundedFigure] | None = None  # its end and the figure
        # the last figure of a window, and that window's index: a count restated by another
        # source in the next sentence counts the same thing
        self._carried: tuple[int, GroundedFigure] | None = None
        # the end of the window's last count whose loser a loss verb named, and that loser
        self._last_loss: tuple[int, list[str]] | None = None

    def read(self) -> tuple[list[GroundedFigure], int, int, list[str]]:
        """The figures, how many counts were seen and left unplaced, and examples of those."""
        doc, lex = self.doc, self.lex
        keywords = bucket(
            doc.windows,
            [(s, e, (s, e)) for s, e in scan(lex.metric_words, doc.text, doc.regions)],
        )
        figures: list[GroundedFigure] = []
        seen, unplaced = 0, 0
        examples: list[str] = []
        keys: dict[tuple[object, ...], tuple[int, bool]] = {}  # -> index, from a headline
        flags: list[tuple[int, bool]] = []
        for window, words in zip(doc.windows, keywords, strict=True):
            doc.budget.check()
            carried = self._carried
            if carried is not None and carried[0] != window.index - 1:
                carried = self._carried = None
            if (
                not words
                and lex.destruction.search(window.text) is None
                and (carried is None or _RESTATES.search(window.text) is None)
            ):
                continue
            if is_furniture(window):
                continue  # "- 13 hostages handed to Red Cross": a link to another story
            spans = self._outside_names(window, [w for w in words if isinstance(w, tuple)])
            counts = [
                self._unglued(window, q, spans)
                for q in find_quantities(window.text)
                if q.kind == "count"
                and not _NOT_A_COUNT.search(window.text, max(0, q.start - 30), q.start)
                and not (
                    _NAME_BEFORE.search(window.text, max(0, q.start - 30), q.start)
                    and window.text.startswith(",", q.end)
                    and (q.quantity.value or 0) < 120
                )
                and not (
                    q.raw.casefold() == "one" and _ONE_OF.match(window.text, q.end) is not None
                )
                and not (q.raw.casefold() in _SIZELESS and _VAGUE_PART.match(window.text, q.end))
                and not _ATTACKERS_AFTER.match(window.text, q.end)
                and not (
                    _CAPITALISED_BEFORE.search(window.text, max(0, q.start - 30), q.start)
                    and _PLACE_AFTER_NAME.match(window.text, q.end)
                )
                and not (
                    _YEAR_WRITTEN.fullmatch(q.raw)
                    and _MONTH_BEFORE.search(window.text, max(0, q.start - 20), q.start)
                )
                and not _HYPHENED.search(window.text, max(0, q.start - 20), q.start)
                and not _UNIT_AFTER.match(window.text, q.end)
                and not _DURATION_AFTER.match(window.text, q.end)
                and not (
                    _UNIT_OF.search(window.text, max(0, q.start - 30), q.start)
                    and _CAPITALISED_AFTER.match(window.text, q.end)
                )
                and q.raw.casefold() not in lex.skipped_vague
            ]
            counts = self._with_single_items(window.text, counts)
            counts = _without_wholes(window.text, counts)
            self._destroyed = lex.destruction.search(window.text) is not None
            self._daily = lex.daily.search(window.text) is not None
            self._time = time_scope(doc, window, months=True) if counts else "current"
            self._last = None
            self._last_scope = None
            self._last_figure = None
            self._last_loss = None
            for order, quantity in enumerate(counts):
                seen += 1
                following = counts[order + 1].start if order + 1 < len(counts) else len(window.text)
                previous = counts[order - 1].end if order else 0
                figure = self._figure(window, quantity, spans, previous, following)
                if figure is None and self._shares_next_verb(window.text, counts, order):
                    after = counts[order + 2].start if order + 2 < len(counts) else len(window.text)
                    shared = self._metric(window, counts[order + 1], spans, quantity.end, after)
                    if shared is not None and shared[0] != "equipment_destroyed":
                        # equipment counts name their own class: "9 launchers and 3 tanks"
                        figure = self._figure(
                            window, quantity, spans, previous, following, shared[:2]
                        )
                if (
                    figure is None
                    and carried is not None
                    and _RESTATED_COUNT.search(
                        window.text, max(0, quantity.start - 40), quantity.start
                    )
                ):
                    shown = carried[1]
                    figure = self._figure(
                        window,
                        quantity,
                        spans,
                        previous,
                        following,
                        (shown.metric, shown.equipment_class),
                    )
                    if figure is not None and figure.population == "unknown":
                        # whose count it is, as the sentence before told it
                        figure = figure.model_copy(
                            update={"population": shown.population, "subjects": shown.subjects}
                            if not figure.subjects
                            else {"population": shown.population}
                        )
                if figure is None:
                    total = self._total_broken_down(window.text, quantity, previous)
                    if total is not None:
                        figure = self._figure(
                            window, quantity, spans, previous, following, (total.metric, None)
                        )
                if figure is not None:
                    self._last = (quantity.end, figure.metric)
                    self._last_scope = (quantity.end, figure.scope)
                    self._last_figure = (quantity.end, figure)
                if figure is None:
                    unplaced += 1
                    if len(examples) < 20:
                        examples.append(quantity.raw)
                    continue
                self._carried = (window.index, figure)
                split = self._each_side(window, quantity, figure)
                for one in split:
                    self._keep(one, window, figures, keys, flags, by_side=len(split) > 1)
        # A headline's or bullet's count that the body also gives is the body's figure.
        body = {
            (f.metric, f.value, f.low, f.high)
            for f, (_, headline) in zip(figures, flags, strict=True)
            if not headline
        }
        figures = [
            f
            for f, (_, headline) in zip(figures, flags, strict=True)
            if not headline or (f.metric, f.value, f.low, f.high) not in body
        ]
        return figures, seen, unplaced, examples

    def _shares_next_verb(self, text: str, counts: Sequence[QuantityMatch], order: int) -> bool:
        """'14 civilians and 15 soldiers were killed', '10 people, three of them children, were
        killed': the count after this one, and its verb, say what this one counts."""
        if order + 1 >= len(counts):
            return False
        end, following = counts[order].end, counts[order + 1].start
        if _COORDINATED.fullmatch(text, end, following):
            between = text[end:following]
            # "20 buses and 300 people were evacuated": things share no verb
            return not (
                self.lex.equipment_after.match(between)
                or self.lex.other_after.match(between)
                or self.lex.not_counts.match(between)
            )
        return bool(
            _OF_THEM.match(text, counts[order + 1].end) and following - end <= _BREAKDOWN_GAP
        ) or bool(
            _INCLUDING_NEXT.fullmatch(text, end, following)
            and _PLAIN_PART.match(text, counts[order + 1].end)
        )

    def _total_broken_down(
        self, text: str, part: QuantityMatch, previous: int
    ) -> GroundedFigure | None:
        """'killed 23 villagers, 11 of them women': the figure of the count this one breaks
        down, when that count came just before it (its verb is behind it, not ahead)."""
        if self._last_figure is None or self._last_figure[0] != previous or not previous:
            return None
        total = self._last_figure[1]
        between = text[previous : part.start]
        if total.metric == "equipment_destroyed" or len(between) > _BREAKDOWN_GAP:
            return None
        if "," not in between or not _OF_THEM.match(text, part.end):
            return None
        return total

    def _placed(self, window: Window, ref: Ref) -> bool:
        """'20 fighters in southern Lebanon': a name after a place preposition (but 'thousands
        of Ethiopian and Eritrean troops': a people's adjective after "of" names whose)."""
        found = _IN_PLACE.search(self.doc.text, max(window.start, ref.start - 30), ref.start)
        if found is None:
            return False
        return not (found.group().startswith("of") and self._demonym(ref))

    def _outside_names(self, window: Window, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'The UN agency for Palestinian refugees': a keyword inside a party's name says
        nothing of what a count counts."""
        names = [(r.start, r.end) for r in self.doc.refs[window.index] if not r.person]
        if not names or not spans:
            return spans
        starts = [s for s, _ in names]
        kept = []
        for start, end in spans:
            at = bisect.bisect_right(starts, start) - 1
            if at >= 0 and names[at][1] >= end:
                continue
            kept.append((start, end))
        return kept

    def _fled_abroad(self, window: Window, q: QuantityMatch) -> bool:
        """'thousands had fled to Chad': fleeing to a state's name is fleeing abroad."""
        fled = _FLED_TO.search(window.text, q.end, min(len(window.text), q.end + 80))
        if fled is None:
            return False
        at = window.start + fled.end()
        left = fled.group().lstrip().lower().startswith(("have", "has", "had"))
        for ref in self.doc.refs[window.index]:
            if ref.start != at or ref.person:
                continue
            if left and not _STATE_LEFT.match(self.doc.text, ref.end):
                return False  # "have fled Israeli strikes": an adjective, no state left
            info = self.doc.parties[ref.name]
            written = self.doc.text[ref.start : ref.end]
            surface = plain(written)
            return (
                info.kind == "state"
                # "fled to Sudan's east": a place inside the state
                and not written.endswith(("'s", "’s"))
                and not _OWNER_BEFORE.match(self.doc.text, ref.end)
                # "fled to Kyiv": a city
                and not (info.entry and any(plain(m) == surface for m in info.entry.metonyms))
            )
        return False

    def _with_single_items(self, text: str, counts: list[QuantityMatch]) -> list[QuantityMatch]:
        """'a reservist was killed', 'shot down a drone': one, counted by the article. The match
        covers the article only, so the words after it ("Cambodian soldier") stay the phrase
        that says whom it counts; the raw text is the whole phrase."""
        singles = []
        for found in self.lex.single_item.finditer(text):
            if any(q.start < found.end() and found.start() < q.end for q in counts):
                continue
            if _NAMED_BEFORE.search(text, max(0, found.start() - 40), found.start()):
                continue  # "Ofir Levi - a hostage whose body...": describes one named person
            if _AS_A.search(text, max(0, found.start() - 4), found.start()):
                continue
            if _INSTRUMENT_BEFORE.search(text, max(0, found.start() - 20), found.start()):
                continue  # "using a rocket launcher", "hit by a drone": the means, not a loss
            if _NEW_ITEM.match(text, found.end("article")):
                continue  # "received a new air defence system": delivered, not lost
            spoke = _SPEAKER_AFTER.match(text, found.end())
            if spoke is not None and not _VICTIM_VERB.search(spoke.group()):
                continue  # "A woman in Gaza said ...": a witness, not a count
            if _AMONG_AFTER.match(text, found.end()) is not None:
                continue
            singles.append(
                QuantityMatch(
                    found.start(),
                    found.end("article"),
                    found.group(),
                    Quantity(value=1, low=None, high=None, qualifier="exact"),
                    "count",
                )
            )
        if not singles:
            return counts
        return sorted([*counts, *singles], key=lambda q: q.start)

    @staticmethod
    def _keep(
        figure: GroundedFigure,
        window: Window,
        figures: list[GroundedFigure],
        keys: dict[tuple[object, ...], tuple[int, bool]],
        flags: list[tuple[int, bool]],
        by_side: bool,
    ) -> None:
        key: tuple[object, ...] = (
            figure.metric,
            figure.value,
            figure.low,
            figure.high,
            figure.claimant,
            figure.raw_text.lower(),
            figure.equipment_class,
            tuple(figure.subjects) if by_side else None,
        )
        if key in keys and _other_people(figures[keys[key][0]], figure):
            # "two civilians were killed", "two police officers were killed": two counts
            key = (*key, figure.population)
        if key in keys:
            index, headline = keys[key]
            if headline and not window.is_headline:
                # the body's sentence says more than the headline's words
                figures[index] = figure
                keys[key] = flags[index] = (index, False)
            return
        keys[key] = (len(figures), window.is_headline)
        flags.append(keys[key])
        figures.append(figure)

    def _each_side(
        self, window: Window, q: QuantityMatch, figure: GroundedFigure
    ) -> list[GroundedFigure]:
        """'the sides swapped 246 prisoners each': one release by each warring side."""
        sides = self.doc.sides
        if (
            figure.metric not in _CAPTIVES
            or figure.subjects
            or len(sides) != 2
            or not _EACH.match(window.text, q.end)
        ):
            return [figure]
        said = [f for f in self.doc.frames[window.index] if f.end <= window.start + q.start]
        if (
            figure.claimant is None
            and said
            # "both delegations said ...": the sides speak; "mediators said both sides ..." no
            and self.lex.both_sides.search(window.text, 0, said[0].start - window.start)
        ):
            # "both delegations said they would swap 1,000 each": each side claims its own
            return [
                figure.model_copy(update={"subjects": [side], "claimant": side}) for side in sides
            ]
        return [figure.model_copy(update={"subjects": [side]}) for side in sides]

    @staticmethod
    def _unglued(
        window: Window, q: QuantityMatch, spans: Sequence[tuple[int, int]]
    ) -> QuantityMatch:
        """'handed over 31': a keyword that ends inside the quantity's qualifier keeps its word;
        the count is the number after it."""
        for s, e in spans:
            if s - window.start < q.start < e - window.start < q.end:
                rest = [
                    m
                    for m in find_quantities(window.text[e - window.start : q.end])
                    if m.kind == "count"
                ]
                if rest:
                    shift = e - window.start
                    m = rest[0]
                    return replace(m, start=m.start + shift, end=m.end + shift)
        return q

    def _metric(
        self,
        window: Window,
        q: QuantityMatch,
        spans: Sequence[tuple[int, int]],
        previous: int,
        following: int,
    ) -> tuple[Metric, str | None, int] | None:
        found = self._metric_near(window, q, spans, previous, following)
        if found is not None and found[0] in _CAPTIVE:
            later = _RELEASED_LATER.search(window.text, q.end, q.end + _RELEASE_REACH)
            if (
                later is not None
                and not _NOT_RELEASED.search(window.text, q.end, later.start())
                and not _NONE_OF.search(window.text, max(0, q.start - 16), q.start)
                # ("Hamas still holds 20 hostages, while 30 others came home": another count's)
                and not (
                    later.group().endswith("home")
                    and _DIGIT.search(window.text, q.end, later.start())
                )
            ):
                return "released", found[1], found[2]
        return found

    def _metric_near(
        self,
        window: Window,
        q: QuantityMatch,
        spans: Sequence[tuple[int, int]],
        previous: int,
        following: int,
    ) -> tuple[Metric, str | None, int] | None:
        """The metric, the equipment class and where the figure's phrase ends."""
        lex, text = self.lex, window.text
        after = text[q.end : min(following, q.end + lex.window_after)]
        if lex.not_counts.match(text[q.end : q.end + 40]) or _GLUED_OR_SHARE.match(text, q.end):
            return None
        lost = self._lost_people(text, q)
        if lost is not None:
            # "lost 1,030 troops killed or wounded": the loss is what the words after it say
            said = _LOST_AS.match(text, lost)
            if said is not None and self._metric_of(said.group(1)) == "casualties":
                return "casualties", None, said.end()
            return "killed", None, lost
        last = self._last
        if (
            last is not None
            and last[1] != "equipment_destroyed"
            and (
                _INCLUDING.fullmatch(text, last[0], q.start)
                or (
                    _INCLUDING_FAR.fullmatch(text, last[0], q.start)
                    and _PEOPLE_ONLY.match(text, q.end)
                )
            )
        ):
            # "executed five hostages, including two aid workers": a part of the count before
            # (but "358 casualties, including 106 deaths": a part its own word names)
            worded = [
                self._metric_of(text[s - window.start : e - window.start])
                for s, e in spans
                if 0 < s - window.start - q.end <= 2
            ]
            return (worded[0] if worded else last[1]), None, min(len(text), q.end + 40)
        if (
            last is not None
            and last[1] != "equipment_destroyed"
            and last[0] >= previous  # the count right before, not one that gave no figure
            and _OF_THEM.match(text, q.end)
            and _BEFORE_PART.fullmatch(text, last[0], q.start)
        ):
            return last[1], None, min(len(text), q.end + 40)
        destroyed = self._destroyed
        whole = _PART_OF_WHOLE.match(text, q.end)
        skip = whole.end() - q.end if whole is not None else 0  # "48 of the 62 drones"
        named = after[skip:]
        # the noun nearer the number names the thing ("three fuel tanks" are no armour)
        nouns = sorted(
            (
                (match.start("noun"), rank, match, metric)
                for rank, (pattern, metric) in enumerate(
                    ((lex.equipment_after, "equipment_destroyed"), (lex.other_after, "other"))
                )
                if (match := pattern.match(named)) is not None
            ),
            key=lambda item: item[:2],
        )
        for _, _, noun, metric in nouns:
            if (
                # (read in the whole text: what follows may end the loss's clause)
                _EQUIPMENT_ACTS.match(text, q.end + skip + noun.end())
                and not lex.destruction.search(
                    text, window.clause_start(window.start + q.start) - window.start, q.start
                )
            ):
                return None  # "two fighter jets bombed the market": the weapons acted
            if metric == "equipment_destroyed" and _EQUIPMENT_USED.search(
                text, max(0, q.start - 40), q.start
            ):
                # "Russia fired 84 cruise missiles", "travelling in five vehicles": weapons used
                # or ridden in, not lost (but "shot down 43 of the missiles" is)
                return None
            if destroyed:
                cls = plain(noun.group("noun")) if metric == "equipment_destroyed" else None
                return cast(Metric, metric), cls, q.end + skip + noun.end()
            if metric == "equipment_destroyed" and _NOUN_PHRASE_ENDS.match(named, noun.end()):
                # "40 rocket launchers had crossed into Ukraine": weapons counted, no loss, and
                # no people whom a word after them could count (but "two tank crews were killed")
                return None
        relative = [(s - window.start, e - window.start) for s, e in spans]
        for s, e in reversed(relative):
            if e <= q.start and q.start - e <= 14 and _ADJACENT_BEFORE.match(text[e : q.start]):
                if _LOOSE_BEFORE.match(text, e, q.start):
                    # "the toll at 68 dead, 105 missing", "its losses at 23 soldiers killed":
                    # the word right after the number says what this count is
                    own = next(
                        (
                            (s2, e2)
                            for s2, e2 in relative
                            if q.end <= s2 < following and _RIGHT_AFTER.fullmatch(text, q.end, s2)
                        ),
                        None,
                    )
                    if own is not None:
                        return self._metric_of(text[own[0] : own[1]]), None, own[1]
                before = self._metric_of(text[s:e])
                hurt = _HURT_AFTER.match(text, q.end)
                if before == "displaced" and hurt is not None:
                    # "evacuated 48 wounded people": a move of the wounded, counted as wounded
                    return self._metric_of(hurt.group(1)), None, hurt.end()
                return before, None, min(len(text), q.end + 40)
        found, past_aside = self._past_aside(text, q, relative)
        if found:
            return past_aside
        for index, (s, e) in enumerate(relative):
            if q.end <= s and e <= q.end + lex.window_after and s < following:
                if (
                    following - e <= 14
                    and _ADJACENT_BEFORE.match(text[e:following])
                    and _NEXT_PREDICATE.search(text, q.end, s)
                ):
                    break  # "struck 60 targets and killed 40": the verb is the next count's
                metric = self._metric_of(text[s:e])
                if (
                    text.endswith("ed", s, e)
                    and _ACTS_ON.match(text, e)
                    and not _PASSIVE_AUX.search(text, q.end, s)
                    # ("185,000 people have fled the town": those who flee are the count)
                    and metric not in ("displaced", "refugees")
                ):
                    return None  # "three gunmen killed 12 worshippers": the count acted
                if metric in _CAPTIVE:
                    # "40 prisoners were freed": the release decides, not the captive noun
                    for s2, e2 in relative[index + 1 :]:
                        if s2 >= following or e2 > q.end + lex.window_after:
                            break
                        later = self._metric_of(text[s2:e2])
                        if (
                            later == "released"
                            and not _NOT_RELEASED.search(text, q.end, s2)
                            and not _NONE_OF.search(text, max(0, q.start - 16), q.start)
                        ):
                            return "released", None, e2
                        if (
                            later == "killed"
                            and s2 - q.end <= _KILLED_REACH
                            and _KILLED_AS.fullmatch(text, q.end, s2)
                        ):
                            return "killed", None, e2  # "26 hostages were killed"
                return metric, None, e
        if _RISEN_TO.search(text, max(0, q.start - 40), q.start):
            # "the death toll from the attack on the market rose to 45": the toll's own word,
            # further back in the clause than a count's keyword may stand
            # "the toll, provided by the ministry, stands at 40,000": back across an aside
            for s, e in relative:  # the first: the total the sentence is about
                if max(q.start - _TOTAL_REACH, previous) <= s and e <= q.start:
                    return self._metric_of(text[s:e]), None, min(len(text), q.end + 40)
        for s, e in reversed(relative):
            if e <= q.start and q.start - e <= lex.window_before and e > previous:
                return self._metric_of(text[s:e]), None, min(len(text), q.end + 40)
        return self._listed(text, q)

    def _past_aside(
        self, text: str, q: QuantityMatch, relative: Sequence[tuple[int, int]]
    ) -> tuple[bool, tuple[Metric, str | None, int] | None]:
        """The count's verb after an aside: "85 fighters, most of them recruits, were killed";
        "15 civilians, many from displaced families, were killed" (not the aside's own word).
        (True, None) when the count acted ("30 gunmen, most of them foreigners, killed 12
        villagers"); (False, None) when no aside is followed by a keyword."""
        aside = _ASIDE_THEN.match(text, q.end)
        if aside is None or aside.end() - q.end > _ASIDE_REACH:
            return False, None
        for s, e in relative:
            if s < aside.end():
                continue
            if not _AUXILIARIES.fullmatch(text, aside.end(), s):
                return False, None
            if (
                text.endswith("ed", s, e)
                and _ACTS_ON.match(text, e)
                and not _PASSIVE_AUX.search(text, aside.end(), s)
            ):
                return True, None
            return True, (self._metric_of(text[s:e]), None, e)
        return False, None

    def _lost_people(self, text: str, q: QuantityMatch) -> int | None:
        """'the army said it lost four soldiers': a loss verb right before a count of people is
        a death toll; where the people's noun ends."""
        if not self.lex.loss_verb.search(text, max(0, q.start - 40), q.start):
            return None
        words = _PEOPLE_AFTER.match(text, q.end)
        if words is None:
            return None
        for word in _PEOPLE_WORD.finditer(text, q.end, words.end()):
            noun = word.group()
            if self.lex.military.fullmatch(noun) or self.lex.civilian.fullmatch(noun):
                return word.end()
        return None

    def _listed(self, text: str, q: QuantityMatch) -> tuple[Metric, str | None, int] | None:
        """A breakdown of the figure before it ("311 killed: 183 fighters, 100 soldiers and 28
        civilians"; "raised the toll to 940"): the same metric."""
        if self._last is None or self._last[1] == "equipment_destroyed":
            return None
        gap = text[self._last[0] : q.start]
        if len(gap) > 60 or not _LIST_GAP.search(gap):
            return None
        noun = _LIST_NOUN.match(text, q.end)
        named = noun is not None and (
            noun.group(1)[:1].isupper()
            or self.lex.military.fullmatch(noun.group(1)) is not None
            or self.lex.civilian.fullmatch(noun.group(1)) is not None
        )
        if not named and not gap.endswith(" to "):
            return None
        return self._last[1], None, min(len(text), q.end + 40)

    def _scope(
        self, text: str, q: QuantityMatch, metric: Metric, amount: float | None
    ) -> FigureScope:
        """Daily on a day's cue; cumulative on a running total's cue (a 'since' after the number,
        a present perfect, a war-sized count, displacement, a breakdown of a total); else one
        incident."""
        lex = self.lex
        if self._daily or lex.daily_after.match(text[q.end : q.end + 30]):
            return "daily"
        around = text[max(0, q.start - 60) : q.end + 60]
        if (
            lex.cumulative.search(around)
            or _SINCE.search(text, max(0, q.start - 60))
            or metric in ("displaced", "refugees")
            or (amount is not None and amount >= _TOTAL_SIZED)
        ):
            return "cumulative"
        last = self._last_scope
        if last is not None and last[1] == "cumulative":
            gap = text[last[0] : q.start]
            if len(gap) <= 60 and _LIST_GAP.search(gap):
                return "cumulative"  # "311 killed since Wednesday, including 183 fighters"
        return "incident"

    def _is_state(self, name: str | None) -> bool:
        info = self.doc.parties.get(name) if name else None
        return info is not None and info.kind == "state"

    def _demonym(self, ref: Ref) -> bool:
        info = self.doc.parties.get(ref.name)
        if info is None or info.entry is None:
            return False
        surface = plain(self.doc.text[ref.start : ref.end]).removesuffix("'s")
        return any(plain(d) == surface for d in info.entry.demonyms)

    def _attacked(self, window: Window, before: int) -> str | None:
        """The party whose forces the sentence says came under fire or were attacked, before
        `before` (window-relative), if one."""
        found = None
        for match in _CAME_UNDER.finditer(window.text, 0, before):
            at = window.start + match.start()
            refs = self.doc.refs_between(window.index, max(window.start, at - 40), at)
            named = [r for r in refs if not r.person and not r.place]
            # the party right before the forces' noun, at most one word between ("Malian army")
            if named and len(self.doc.text[named[-1].end : at].split()) <= 1:
                found = named[-1].name
        return found

    def _side_named(self, window: Window, q: QuantityMatch, claimant: str | None) -> list[str]:
        """'59 were killed on the Kyrgyz side': the side named; 'on its side': the claimant's."""
        side = _ON_SIDE.match(
            window.text, q.end, window.clause_end(window.start + q.end) - window.start
        )
        if side is None:
            return []
        if side.group("own"):
            return [claimant] if claimant else []
        start = window.start + side.start("named")
        named = next(
            (r.name for r in self.doc.refs[window.index] if r.start == start and not r.person), None
        )
        return [named] if named else []

    def _figure_owner(self, window: Window, q: QuantityMatch) -> str | None:
        """'the army's figure of 120 dead', 'Hamas's toll of 40': the party whose count it is,
        named by its possessive before the count's noun."""
        owned = _OWNED_COUNT.search(window.text, max(0, q.start - 120), q.start)
        if owned is None:
            owned = _SOURCE_COLON.search(window.text, max(0, q.start - 40), q.start)
        if owned is None:
            return None
        before = [
            r
            for r in self.doc.refs_between(
                window.index,
                window.start + max(0, owned.start() - 40),
                window.start + owned.start(),
            )
            if not r.place or owned.re is _SOURCE_COLON  # ("Houthi health ministry:")
        ]
        if not before or before[-1].end != window.start + owned.start():
            return None
        owner = before[-1]
        if (
            owned.re is _SOURCE_COLON
            and owned.group("word") is None
            and not owner.person
            and (owner.place or self.doc.parties[owner.name].kind == "state")
        ):
            return None  # "Sudan: 35 killed": a place's label, not its claim
        if owner.person:
            person = self.doc.people.get(owner.name)
            return person.affiliation if person else None
        return owner.name

    def _loser(self, window: Window, q: QuantityMatch) -> str | None:
        """'Azerbaijan had lost 40 soldiers', 'Russian losses stood at 900': the party named
        as the one losing, right before the count."""
        low = window.start + max(0, q.start - _LOSS_REACH)
        before = [
            r
            for r in self.doc.refs_between(window.index, low, window.start + q.start)
            if not r.person
        ]
        if not before:
            return None
        last = before[-1]
        gap = self.doc.text[last.end : window.start + q.start]
        return last.name if _LOSS_LEAD.fullmatch(gap) else None

    def _metric_of(self, word: str) -> Metric:
        return cast(Metric, self.lex.metric_of.get(plain(word), "other"))

    def _figure(
        self,
        window: Window,
        q: QuantityMatch,
        spans: Sequence[tuple[int, int]],
        previous: int,
        following: int,
        shared: tuple[Metric, str | None] | None = None,
    ) -> GroundedFigure | None:
        doc, lex = self.doc, self.lex
        if shared is not None:
            found: tuple[Metric, str | None, int] | None = (*shared, following)
        else:
            found = self._metric(window, q, spans, previous, following)
        if found is None:
            return None
        metric, equipment, phrase_end = found
        if metric == "displaced" and self._fled_abroad(window, q):
            metric = "refugees"
        if self._frame_starts[0] != window.index:
            self._frame_starts = (window.index, [f.start for f in doc.frames[window.index]])
        starts = self._frame_starts[1]
        at = bisect.bisect_right(starts, window.start + q.end)
        if at < len(starts):
            # "N according to X", "N had arrived, X said", "killed N people, the X-run health
            # ministry said": X is no subject (the speaker's clause ends the phrase)
            clause = window.clause_start(starts[at])
            if starts[at] < window.start + phrase_end or clause < window.start + phrase_end:
                cut = clause if clause > window.start + q.end else starts[at]
                phrase_end = min(phrase_end, cut - window.start)
        phrase = window.text[q.end : max(q.end, phrase_end)]
        population: Population = "unknown"
        unstated = False  # only "people", "persons", "men": counted as civilians, told as unknown
        if lex.military.search(phrase):
            population = "military"
        elif lex.civilian.search(phrase):
            population = "civilian"
            unstated = all(
                found.group().lower() in lex.unstated_people
                for found in lex.civilian.finditer(phrase)
            )
        if population == "military" and metric in ("displaced", "refugees"):
            # "200 fighters crossed the border", "12 soldiers took refuge in a mosque": fighters
            # moving or hiding, not people uprooted
            return None
        frame = doc.frame_for(window.index, window.start + q.start)
        if (
            frame is not None
            and frame.start >= window.start + following
            and _aside_open(window.text[q.end : following])
        ):
            # "more than 1,000 detainees - 1,056 according to the ICRC - were freed": the
            # source in the aside reports the aside's count only
            frame = None
        actor = frame.actor if frame else None
        claimant = actor.party if actor else None
        if claimant is None:
            claimant = self._figure_owner(window, q)  # "the army's figure of 120 dead"
        last_one = self._last_figure
        if (
            claimant is None
            and actor is None
            and last_one is not None
            and last_one[1].claimant is not None
            and _ELLIPSIS_GAP.fullmatch(window.text, last_one[0], q.start) is not None
            # (only a count with no people of its own: "and 45 wounded"; not "and 45 civilians
            # were later found dead by residents")
            and _LISTED_BARE.match(window.text, q.end) is not None
        ):
            # "the army's count stood at 120 dead and 300 wounded": the list's counts are the
            # same claimant's
            claimant = last_one[1].claimant
        home = doc.stands_for.get("home")
        if (
            claimant is None
            and actor is not None
            and actor.source is not None
            and _state_officials(actor.source, lex)
            # (the state "the army" stands for: in a war of two states, whose officials they
            # are is not for the dateline to say)
            and home == doc.stands_for.get("state")
            and self._is_state(home)
        ):
            claimant = home  # "MOGADISHU - ... officials said": the home state's officials
        named = [
            r
            # ("killed 50 Congolese soldiers and captured 20 Burundian troops": the next count's
            # own words are not this one's; "the toll rose to 22: eight DRG personnel" breaks
            # this one down)
            for r in doc.refs_between(
                window.index,
                window.start + q.end,
                window.start
                + (
                    min(phrase_end, following)
                    if _AND_WORD.search(window.text, q.end, following)
                    else phrase_end
                ),
            )
            if not r.person
        ]
        if population != "military" and (population == "civilian" or metric in _CAPTIVES):
            # "12 Thai citizens", "39 Palestinian prisoners": a nationality, not a party's losses
            named = [r for r in named if not self._demonym(r)]
        if population == "civilian":
            # "45 civilians in northern Israel": a place, not whose losses
            named = [
                r
                for r in named
                if not _IN_PLACE.search(doc.text, max(window.start, r.start - 30), r.start)
            ]
        # "23 pro-Iranian fighters", "anti-government militias": allies or foes of the one named,
        # not its own losses
        named = [
            r
            for r in named
            if not _PRO_BEFORE.search(doc.text, max(window.start, r.start - 5), r.start)
        ]
        placed = [r for r in named if self._placed(window, r)]
        if placed and len(placed) < len(named):
            # "20 Hezbollah fighters in southern Lebanon": the place is not whose losses
            named = [r for r in named if r not in placed]
        subjects = [r.name for r in named]
        if claimant and _OF_OWN.match(window.text, q.end):
            # "four of its fighters, killed in Israeli strikes": the speaker's own
            subjects = [claimant]
        loss = self._last_loss
        listed = (
            loss is not None and _LOSS_LIST_GAP.fullmatch(window.text, loss[0], q.start) is not None
        )
        if loss is not None and listed:
            # "lost two helicopters and a tank in fighting with X": X is not the one losing
            subjects = list(loss[1])
        if not subjects:
            loser = self._loser(window, q)
            if loser is not None:
                subjects = [loser]
                listed = True
        if (
            not subjects
            and claimant
            and _OWN_LOSS.search(window.text, max(0, q.start - _LOSS_REACH), q.start)
        ):
            subjects = [claimant]
            listed = True
        self._last_loss = (q.end, subjects) if listed and subjects else None
        if not subjects and lex.own_side.search(phrase) and claimant:
            subjects = [claimant]
        if not subjects and not _CIVILIANS.search(phrase):
            # (civilians on a side are no side's losses: the conventions)
            subjects = self._side_named(window, q, claimant)
        admitted = (
            _ADMITTED.search(window.text, max(0, q.start - 40), q.start)
            if not subjects and claimant and population != "civilian"
            else None
        )
        if (
            admitted is not None
            and claimant
            and (
                claimant in doc.belligerents
                # "Burundi's army acknowledged 10 dead": a force of a state that is no side here
                or _FORCE_ADMITS.search(
                    window.text, max(0, admitted.start() - 30), admitted.start()
                )
            )
        ):
            subjects = [claimant]  # (not "admitted that 15 aid workers were killed by its troops")
        if not subjects and claimant in doc.sides and len(doc.sides) == 2:
            lead = window.text[
                max(q.start - 120, frame.end - window.start)
                if frame and frame.end - window.start < q.start
                else max(0, q.start - 120) : q.start
            ]
            if (
                metric in ("equipment_destroyed", "captured")
                or _INFLICTED.search(lead)
                or (population != "civilian" and _ENEMY.search(phrase))
            ):
                # a side's claim of what it destroyed, killed or captured: the other side's losses
                subjects = [s for s in doc.sides if s != claimant]
        if (
            not subjects
            and "state" in doc.stands_for
            and lex.regular_forces.search(phrase)
            and not lex.both_sides.search(phrase)  # "troops of both sides": no one side's
        ):
            subjects = [doc.stands_for["state"]]
        if (
            not subjects
            and claimant in doc.belligerents
            and self._is_state(claimant)
            and lex.regular_forces.search(phrase)
            and not _INFLICTED.search(window.text, max(0, q.start - 120), q.start)
        ):
            subjects = [claimant]  # a warring state reporting soldiers killed reports its own
        if (
            not subjects
            and home in doc.belligerents
            and not doc.stands_for.get("state")
            and lex.regular_forces.search(phrase)
            and not lex.both_sides.search(phrase)
            # "Ukrainian drones struck a Russian base, killing 20 soldiers": the home state
            # acting in the sentence does not lose them
            and not any(r.name == home and not r.place for r in doc.refs[window.index])
        ):
            subjects = [home]  # "15 soldiers were killed": the warring state the story is from
        if (
            not subjects
            and population == "military"
            and not _VERB_BEFORE_COUNT.search(window.text, max(0, q.start - 40), q.start)
        ):
            # "Kenyan troops came under fire near Lamu and a soldier was killed": theirs (not
            # "came under attack and killed 15 militants": those they killed)
            attacked = self._attacked(window, q.start)
            if attacked is not None:
                subjects = [attacked]
        last = self._last_figure
        # "seven of its soldiers were killed and 23 wounded in clashes with the RSF": a count
        # with no noun of its own counts the people of the one before, whoever the sentence
        # names after it
        bare = (
            last is not None
            and (bool(last[1].subjects) or last[1].population != "unknown")
            and _BARE_COUNT.match(window.text, q.end) is not None
        )
        if (
            (not subjects or bare)
            and (population == "unknown" or bare)
            and last is not None
            and last[1].claimant == claimant
            and (
                _ELLIPSIS_GAP.fullmatch(window.text, last[0], q.start)
                # "13 U.S. service members ... were killed ..., and 18 others were wounded"
                or (
                    _OTHERS_AFTER.match(window.text, q.end) is not None
                    and q.start - last[0] <= _OTHERS_REACH
                    and ";" not in window.text[last[0] : q.start]
                    and _AND_BEFORE.search(window.text, max(0, q.start - 8), q.start) is not None
                )
            )
        ):
            # "58 soldiers were killed and 30 wounded": the second count is of the same people
            subjects, population = list(last[1].subjects), last[1].population
        quantity = q.quantity
        qualifier: Qualifier = quantity.qualifier
        value, low, high = quantity.value, quantity.low, quantity.high
        if low is not None and high is not None and qualifier != "vague":
            qualifier, value = "range", None
        if qualifier == "vague":
            value = None
        scope = self._scope(window.text, q, metric, value if value is not None else low)
        return GroundedFigure(
            claimant=claimant,
            speaker=actor.person if actor else None,
            source_as_written=actor.source if actor and not claimant else None,
            subjects=list(dict.fromkeys(subjects))[:10],
            metric=metric,
            equipment_class=equipment,
            # (conventions: "people" states no population; the reading above used it as one)
            population="unknown" if unstated else population,
            raw_text=q.raw,
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,
            scope=scope,
            time_scope=self._time,
            evidence=window.text,
            span=span_of(window),
        )


def _state_officials(source: str, lex: Lexicon) -> bool:
    """Whether a source is a state's unnamed officials: one of the lexicon's `state_sources`,
    or their words stacked ("Government military officials", "senior security officials")."""
    words = source.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words[-1:]) in lex.state_sources and all(
        word in lex.state_source_words for word in words
    )
