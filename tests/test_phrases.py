"""The fast phrase and word-start finders agree with their plain definitions."""

from __future__ import annotations

import random
import re
import sys

from summarize import phrases
from summarize.phrases import WordStarts

_PIECES = (
    "said", "Said", "SAID", "colonel", "the", "Ürümqi", "İstanbul", "straße", "ﬁre", "ǅemal",
    "5th", "40", "_under", "x_1", "five", "-year-old", "twelve-year-old", "aged", "bin", "ibn",
    "al-Tayeb", "éclat", "Δelta", "ωmega", "Ⅻ", "iPhone", "mCPR", "un", "UN", ",", ".", "—",
    "(", ")", "’s", "'", "\n", "  ", "\t",
)  # fmt: skip


def _plain(text: str, lower: frozenset[str], glued: str) -> list[tuple[int, str]]:
    """Every word, kept unless it is lower case, starts with no digit, is not listed and has
    nothing glued after it: the definition, one word at a time."""
    kept = []
    for word in re.finditer(r"\w+", text):
        token = word.group()
        if (
            token.islower()
            and not token[0].isdigit()
            and token not in lower
            and not (glued and text.startswith(glued, word.end()))
        ):
            continue
        kept.append((word.start(), token))
    return kept


def test_word_starts_finds_exactly_the_words_its_definition_keeps() -> None:
    generator = random.Random(20261202)
    cases = [
        (frozenset({"said", "colonel", "bin", "ﬁre", "éclat"}), "-year-old"),
        (frozenset({"a", "an", "five"}), ""),
        (frozenset(), ""),
    ]
    for lower, glued in cases:
        starts = WordStarts(lower, glued=glued)
        for _ in range(300):
            joiner = generator.choice((" ", "", "-"))
            pieces = [generator.choice(_PIECES) for _ in range(generator.randint(1, 25))]
            text = joiner.join(pieces)
            found = [(m.start(), m.group()) for m in starts.finditer(text)]
            assert found == _plain(text, lower, glued), text


def _index_of(text: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for word in re.finditer(r"\w+", text):
        index.setdefault(word.group(), []).append(word.start())
    return index


def test_the_case_folded_word_index_is_the_lowercased_texts_own() -> None:
    """The folded index is built from the text's own index, not by reading the lowercased
    text again; it must be the same as reading it."""
    greek = ("ΟΔΟΣ", "ΑΣ'Α", "Σ.", "σ")
    generator = random.Random(7)
    for _ in range(400):
        pieces = [generator.choice(_PIECES + greek) for _ in range(generator.randint(1, 20))]
        text = generator.choice((" ", "", "-")).join(pieces)
        phrases.forget_texts()
        searchable, index = phrases._prepared(text, True)
        lowered = text.lower()
        assert searchable == (lowered if len(lowered) == len(text) else None)
        assert {word: sorted(starts) for word, starts in index.items()} == _index_of(lowered)


def test_lowercasing_one_character_never_changes_whether_it_is_a_word_character() -> None:
    """What folding the index relies on, checked over all of Unicode for this Python."""
    word = re.compile(r"\w")
    changed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if len(lower := chr(code).lower()) == 1
        and bool(word.match(chr(code))) != bool(word.match(lower))
    ]
    assert changed == []


def test_a_word_anchored_regex_finds_exactly_what_the_regex_finds() -> None:
    """Tried only at its first words, a regex still finds every match a full scan finds, also in
    texts where the lowercased word index cannot be trusted (dotless i, long s, 'İ')."""
    from summarize.phrases import WordAnchored

    pieces = (
        *_PIECES, "in", "In", "IN", "ın", "ſince", "since", "2019", "١٢", "12th", "x12",
        "day", "Days", "of", "fighting", "K\u212aill", "Kill", "third", "straight",
    )  # fmt: skip
    cases = [
        (re.compile(r"\b(?:in|since)\s+((?:19|20)\d\d)\b", re.IGNORECASE), {"in", "since"}, False),
        (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+day\b", re.IGNORECASE), set(), True),
        (re.compile(r"(?<!\w)(?:third|kill)\s+(?:straight\s+)?day", re.IGNORECASE), None, False),
        (re.compile(r"(?<!\w)(?:third|kill)(?!\w)", re.IGNORECASE), {"third", "kill"}, False),
    ]
    generator = random.Random(20261203)
    for _ in range(1500):
        text = " ".join(generator.choice(pieces) for _ in range(generator.randint(1, 25)))
        for pattern, first, digits in cases:
            anchored = WordAnchored(pattern, first, digits=digits)
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in anchored.finditer(text)] == expected, text
            found = anchored.search(text)
            assert (found and found.span()) == (expected[0][0] if expected else None), text


def test_a_literal_matcher_finds_what_the_case_sensitive_phrase_matcher_finds() -> None:
    # exact names on word boundaries, longest first, no overlaps: as the regex matcher, on
    # random texts made of the names, their pieces, other words and punctuation
    names = ["Kabila", "Laurent Kabila", "Nkunda", "Nkunda-led", "CNDP", "M23", "Ituri"]
    pieces = [*names, "Kabilas", "xKabila", "Kabila_", "the", "said", "-", ",", ".", "é", "\n"]
    rng = random.Random(11)
    # (a few names are swept one by one; many, through the index of the text's words)
    many = [*names, *(f"Unused Name{n}" for n in range(phrases._FEW_PHRASES))]
    for listed in (names, many):
        literal = phrases.LiteralMatcher(listed)
        regex = phrases.PhraseMatcher(listed, ignore_case=False)
        for _ in range(300):
            text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
            text = text.replace(" - ", "-") if rng.random() < 0.5 else text
            start = rng.randint(0, len(text))
            spans = [(m.start(), m.end()) for m in literal.finditer(text, start)]
            assert spans == [(m.start(), m.end()) for m in regex.finditer(text, start)], text


def test_a_literal_matcher_reads_a_line_break_between_words_as_a_space() -> None:
    text = "Clashes went on. The Union for National\nRenewal said the army fired first."
    name = "Union for National Renewal"
    for listed in ([name], [name, *(f"Unused Name{n}" for n in range(phrases._FEW_PHRASES))]):
        matcher = phrases.LiteralMatcher(listed)
        spans = [(m.start(), m.end()) for m in matcher.finditer(text)]
        start = text.index("Union")
        assert spans == [(start, start + len(name))]
        assert matcher.phrase_of(text[start : start + len(name)]) == name
