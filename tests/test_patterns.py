"""The lexicon's patterns compiled for speed find exactly what the plain patterns find."""

from __future__ import annotations

import dataclasses
import random
import re
import tomllib

import pytest

from summarize.extract.rules import load_lexicon
from summarize.extract.rules.lexicon import lexicon_path, words_regex
from summarize.extract.rules.patterns import WordScan, WordScans, regexes, word_stems


def spans(matches: object) -> list[tuple[int, int]]:
    assert not isinstance(matches, str)
    return [(m.start(), m.end()) for m in matches]  # type: ignore[attr-defined]


def test_stems_are_the_plain_words_each_alternative_opens_with() -> None:
    patterns = [
        r"\bcease[- ]?fires?\b",
        r"(?<!-)\bbrokered\b",
        r"\b(halt|pause)(s|ed)? (the )?fighting\b",
        r"\bcommitt?(ed|ing)?\b",
        r"\bwon\x27t\b",
    ]
    assert word_stems(patterns) == {"cease", "brokered", "halt", "pause", "commit", "won"}


@pytest.mark.parametrize(
    "pattern",
    [r"truce", r"\b[Tt]ruce", r"\b(truce)?s", r"\b(?=t)truce", r"\b\w+ truce", r"\bé?truce"],
)
def test_a_pattern_without_plain_leading_words_has_no_stems(pattern: str) -> None:
    assert word_stems([r"\barmistice\b", pattern]) is None


SCAN_PATTERNS = [
    r"\b(stop|halt)(s|ed|ing)? (the )?(fighting|shelling)\b",
    r"\btruces?\b",
    r"(?<!so-)\bcall(s|ed)?\b",
    r"\bin effect\b",
    r"\bend(s|ed)? ([\w-]+ ){1,3}of (war|fighting)\b",
]
VOCABULARY = (
    "Halted halt stops the fighting shelling truce Truces so-called called calls in effect end "
    "ended of war Goma M23 ſtop \u212aiev İdlib - , . intruce truce-holding endgame"
)
WORDS = [*re.findall(r"\S+", VOCABULARY), "  ", "\n"]


def test_the_word_scan_finds_what_the_plain_pattern_finds() -> None:
    scan = WordScan.of_patterns(SCAN_PATTERNS)
    plain = regexes(SCAN_PATTERNS)
    rng = random.Random(11)
    for _ in range(2000):
        text = " ".join(rng.choices(WORDS, k=rng.randint(0, 40)))
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        assert spans(scan.finditer(text)) == spans(plain.finditer(text)), text
        assert spans(scan.finditer(text, pos, endpos)) == spans(plain.finditer(text, pos, endpos))


GROUPED_PATTERNS = [
    r"\b(stand)(s|ing)? down\b",
    r"\b(standstill) (agreement|deal)\b",
    r"\b(stop)(ped|s)? (the )?(shelling)\b",
    r"\b(stopgap) (truce|pause)\b",
    r"\bst(and|op)(ing)? by\b",
]
GROUPED_WORDS = [
    *("stand", "stands", "standing", "standstill", "stop", "stopped", "stopgap"),
    *("down", "by", "deal", "truce", "the"),
]


def test_an_alternative_tried_alone_at_its_word_keeps_its_groups() -> None:
    # At a word, only the alternatives that can begin there are tried: the match and every
    # group must still be the plain pattern's (a caller may read group 3).
    scan = WordScan.of_patterns(GROUPED_PATTERNS)
    plain = regexes(GROUPED_PATTERNS)
    rng = random.Random(5)
    for _ in range(1500):
        text = " ".join(rng.choices([*GROUPED_WORDS, "shelling", "agreement"], k=rng.randint(1, 9)))
        found = [(m.span(), m.groups(), m.lastindex) for m in scan.finditer(text)]
        assert found == [(m.span(), m.groups(), m.lastindex) for m in plain.finditer(text)], text


def test_letters_ignoring_case_takes_for_ascii_ones_are_still_found() -> None:
    # `re` takes the long s for "s" and the Kelvin sign for "k" when ignoring case.
    scan = WordScan.of_patterns([r"\bstops?\b", r"\bkyiv\b"])
    text = "Both sides agreed to ſtop; \u212ayiv said the stop would hold."
    found = [m.group() for m in scan.finditer(text)]
    assert found == ["ſtop", "\u212ayiv", "stop"]


def test_every_ceasefire_pattern_of_the_lexicon_is_scanned_by_its_words() -> None:
    # A lexicon edit that loses the fast path still works (the plain pattern), but slowly:
    # this says so.
    cease = tomllib.loads(lexicon_path().read_text(encoding="utf-8"))["ceasefire"]
    names = ["triggers", "references", "violation_alleged", "reject", "agree", "accept"]
    names += ["declare", "offer", "call"]
    for name in names:
        assert word_stems(cease[name]) is not None, name


def test_the_lexicon_scans_find_what_their_plain_patterns_find() -> None:
    cease = tomllib.loads(lexicon_path().read_text(encoding="utf-8"))["ceasefire"]
    text = (
        "The army said on Sunday it would halt its air strikes on the port for 72 hours, but "
        "the movement rejected the offer and accused the army of violating the truce it had "
        "signed in Addis Ababa. A cease-fire came into effect at dawn; the mediators urged both "
        "sides to respect it, and the guns fell silent. Officials in Juba called it a ploy. "
        "They agreed to consider a new deal and would not accept the so-called pause."
    )
    for name in ["triggers", "references", "agree", "call", "reject", "violation_alleged"]:
        scan, plain = WordScan.of_patterns(cease[name]), regexes(cease[name])
        assert spans(scan.finditer(text)) == spans(plain.finditer(text)), name
        assert spans(scan.finditer(text)), name  # the text has something for each


def test_search_and_match_are_the_plain_patterns() -> None:
    scan = WordScan.of_patterns([r"\btruces?\b"])
    assert scan.search("a truce held") is not None
    assert scan.match("truce held") is not None
    assert scan.match("a truce") is None
    assert isinstance(scan.pattern, re.Pattern)


def test_a_match_inside_another_is_not_found_again() -> None:
    scan = WordScan.of_patterns(SCAN_PATTERNS)
    text = "Talks ended stop fighting of war, and then the truce."
    assert [m.group() for m in scan.finditer(text)] == ["ended stop fighting of war", "truce"]
    assert spans(scan.finditer(text)) == spans(regexes(SCAN_PATTERNS).finditer(text))


def test_phrases_are_found_as_the_plain_phrase_pattern_finds_them() -> None:
    listed = ["shot down", "downed", "set on fire", "set ablaze", "sank", "hit", "re-taken"]
    scan = WordScan.of_phrases(listed)
    plain = words_regex(listed)
    words = [*re.findall(r"\S+", "Drones shot down set on ablaze fire sank hit re-taken"), "-"]
    words += ["pre-downed", "downed-", "Shot\n", "SET", "ſank", "hits", "ON", "\u212a"]
    rng = random.Random(5)
    for _ in range(2000):
        text = " ".join(rng.choices(words, k=rng.randint(0, 30)))
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        assert spans(scan.finditer(text)) == spans(plain.finditer(text)), text
        assert spans(scan.finditer(text, pos, endpos)) == spans(plain.finditer(text, pos, endpos))
        found, expected = scan.search(text, pos, endpos), plain.search(text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span()), (text, pos, endpos)


def test_a_phrase_list_with_a_word_not_in_ascii_is_scanned_the_plain_way() -> None:
    # re also takes the final sigma for a sigma when ignoring case: no lowercase word scan.
    scan = WordScan.of_phrases(["σεισμός", "truce"])
    text = "ΣΕΙΣΜΌΣ and a truce; σεισμός"
    assert spans(scan.finditer(text)) == spans(words_regex(["σεισμός", "truce"]).finditer(text))


def test_scans_in_one_pass_find_what_each_scan_finds() -> None:
    cease = tomllib.loads(lexicon_path().read_text(encoding="utf-8"))["ceasefire"]
    acts = ["violation_alleged", "reject", "agree", "accept", "declare", "offer", "call"]
    scans = [WordScan.of_patterns(cease[act]) for act in acts]
    together = WordScans(scans)
    words = re.findall(r"\S+", "Hamas rejected the truce and urged Israel to accept a pause")
    words += ["agreed", "signed", "violated", "broke", "announced", "offered", "calls", "ſigned"]
    words += ["accused", "of", "breaking", "would", "not", "accept", "ready", "to", "\u212a", "-"]
    words += ["despite", "the", "truce", "attacks", "expected", "stop", "in", "spite"]
    rng = random.Random(3)
    for _ in range(1500):
        text = " ".join(rng.choices(words, k=rng.randint(0, 25)))
        expected = [spans(scan.finditer(text)) for scan in scans]
        assert [spans(found) for found in together.finditer_each(text)] == expected, text


def test_scans_with_a_plain_one_are_scanned_the_plain_way() -> None:
    plain = WordScan(re.compile(r"truce", re.IGNORECASE), None)  # no stems: matches mid-word
    together = WordScans([WordScan.of_patterns([r"\btruces?\b"]), plain])
    assert [spans(found) for found in together.finditer_each("a truce, a distruce")] == [
        [(2, 7)],
        [(2, 7), (14, 19)],
    ]


def test_named_deals_found_from_their_nouns_are_the_plain_patterns_matches() -> None:
    from summarize.actors import plain
    from summarize.extract.rules.ceasefires import _NAMED_DEAL, _TITLED_DEAL, NamedDeals

    vocabulary = (
        "The Jeddah agreement accord accords agreements Minsk Paris Trade Doha disagreement "
        "the of Abraham Accords Its An A Juba x-agreement Lusaka  agreement Agreement "
        "Declaration Understanding Accord Minerals"
    )
    capitals = frozenset({"minsk", "doha", "juba"})
    words = [*re.findall(r"\S+", vocabulary), "  ", "\n"]
    rng = random.Random(9)
    for _ in range(3000):
        text = " ".join(rng.choices(words, k=rng.randint(0, 14)))
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        named = spans(_NAMED_DEAL.finditer(text, pos, endpos))
        assert spans(NamedDeals().finditer(text, pos, endpos)) == named, (text, pos, endpos)
        titled = [
            m
            for m in _TITLED_DEAL.finditer(text, pos, endpos)
            if plain(m.group().split()[0]) in capitals
        ]
        assert spans(NamedDeals(capitals).finditer(text, pos, endpos)) == sorted(
            named + spans(iter(titled))
        ), (text, pos, endpos)


def test_every_word_scan_of_the_shipped_lexicon_starts_from_its_words() -> None:
    """A pattern group whose alternatives lose their plain first words (an optional group
    opening one, as '(air ?)?strikes') is tried at every character: the rules extractor ran
    78% more instructions per article once one did. Every group keeps its stems."""
    lexicon = load_lexicon()
    scans = {
        field.name: value
        for field in dataclasses.fields(lexicon)
        if isinstance(value := getattr(lexicon, field.name), WordScan)
    }
    assert scans  # something to check
    assert [name for name, scan in scans.items() if scan.stem_words is None] == []
