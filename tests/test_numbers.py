"""Figures in news text, at the library boundary (summarize.numbers), with phrases from seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.numbers import Quantity, find_quantities, parse_quantity, quote_supports_figure

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("nearly 400", Quantity(400, None, None, "approximately")),
        ("5, 000", Quantity(5000, None, None, "exact")),
        ("close to 5, 000", Quantity(5000, None, None, "approximately")),
        ("54 more", Quantity(54, None, None, "exact")),
        ("about 140,000", Quantity(140_000, None, None, "approximately")),
        ("Dozens", Quantity(None, 24, None, "vague")),
        ("at least 3", Quantity(3, None, None, "at_least")),
        ("more than 60", Quantity(60, None, None, "at_least")),
        ("over twenty", Quantity(20, None, None, "at_least")),
        ("1900", Quantity(1900, None, None, "exact")),
        ("Some 30,000", Quantity(30_000, None, None, "approximately")),
        ("less than 1,000", Quantity(1000, None, None, "up_to")),
        ("fewer than 50", Quantity(50, None, None, "up_to")),
        ("up to 1,000", Quantity(1000, None, None, "up_to")),
        ("Six", Quantity(6, None, None, "exact")),
        ("fifty-four", Quantity(54, None, None, "exact")),
        ("a hundred", Quantity(100, None, None, "exact")),
        ("two hundred and twelve", Quantity(212, None, None, "exact")),
        ("1.5 million", Quantity(1_500_000, None, None, "exact")),
        ("a number of", Quantity(None, None, None, "vague")),
        ("several", Quantity(None, 3, None, "vague")),  # the conventions: several is 3 or more
        ("several dozen", Quantity(None, 24, None, "vague")),
        ("between 10 and 20", Quantity(None, 10, 20, "range")),
        ("10-20", Quantity(None, 10, 20, "range")),
        ("up to 10-20", Quantity(None, 10, 20, "range")),
        # a plural scale after a number is that scale (translated reports); alone it is vague
        ("more than two thousands", Quantity(2000, None, None, "at_least")),
        ("some 3 millions", Quantity(3_000_000, None, None, "approximately")),
        ("thousands", Quantity(None, 2000, None, "vague")),
    ],
)
def test_parse_quantity_reads_figures_as_printed(raw: str, expected: Quantity) -> None:
    assert parse_quantity(raw) == expected


@pytest.mark.parametrize("raw", ["", "a combat plane", "the fighting", "S-300"])
def test_parse_quantity_without_a_figure_is_none(raw: str) -> None:
    assert parse_quantity(raw) is None


@pytest.mark.parametrize(
    ("sentence", "raw", "kind"),
    [
        ("790 Azerbaijani soldiers were killed and 1900 wounded.", "1900", "count"),
        ("after the collapse of the Soviet Union in 1992.", "1992", "year"),
        ("to adhere to the 2020 ceasefire agreement.", "2020", "year"),
        ("In April 2016, some 110 people were killed", "2016", "year"),
        ("In April 2016, some 110 people were killed", "some 110", "count"),
        ("with about 20 percent of Azerbaijani territory", "about 20 percent", "percent"),
        ("forced 90% of its women out", "90%", "percent"),
        ("For the fourth consecutive day", "fourth", "ordinal"),
        ("the fighting that began on September 27 has resulted", "September 27", "date"),
        ("reported 54 more military casualties", "54", "count"),
    ],
)
def test_find_quantities_tells_counts_from_years_percentages_ordinals_dates(
    sentence: str, raw: str, kind: str
) -> None:
    kinds = {match.raw: match.kind for match in find_quantities(sentence)}
    assert kinds[raw] == kind


def test_find_quantities_offsets_cover_qualifier_and_number() -> None:
    text = "The total number of deaths is already close to 5, 000, Putin said."
    [match] = find_quantities(text)
    assert text[match.start : match.end] == "close to 5, 000"
    assert match.quantity == Quantity(5000, None, None, "approximately")


def test_a_qualifier_word_without_a_number_is_not_a_figure() -> None:
    [match] = find_quantities("the army gained control over numerous military sites")
    assert match.raw == "numerous"
    assert match.quantity.qualifier == "vague"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_offsets_point_into_the_seed_text(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    matches = find_quantities(text)
    assert matches
    for match in matches:
        assert text[match.start : match.end] == match.raw
    starts = [match.start for match in matches]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("quote", "value", "low", "high", "raw_text", "supported"),
    [
        ('"The total number of deaths is already close to 5, 000," Putin said.',
         5000, None, None, "close to 5, 000", True),
        ("the death toll has risen to over twenty", 20, None, None, "over twenty", True),
        ("Dozens of civilians have been confirmed dead", None, None, None, "dozens", True),
        ("Dozens of civilians have been confirmed dead", None, None, None, "thousands", False),
        ("Dozens of civilians have been confirmed dead", 12, None, None, "dozens", False),
        ("the Armenian side has acknowledged 350 military casualties", 400, None, None, "400",
         False),
        ("between 10 and 20 people were killed", 15, 10, 20, "between 10 and 20", True),
        ("between 10 and 20 people were killed", None, 10, 30, "between 10 and 30", False),
        ("790 Azerbaijani soldiers were killed and 1900 wounded", 1900, None, None, "1900", True),
        ("For the fourth consecutive day, battles continued", 4, None, None, "fourth", False),
        ("had shot down an Azeri warplane and two drones", 1, None, None, "an Azeri warplane",
         True),
        ("had shot down an Azeri warplane and two drones", 1, None, None, "a bridge", False),
        ("had shot down an Azeri warplane and two drones", 2, None, None, "two drones", True),
        ("Which led to deaths, injuries and material losses.", None, None, None, "deaths", True),
        ("Which led to deaths, injuries and material losses.", None, None, None, "dozens", False),
    ],
)  # fmt: skip
def test_quote_supports_figure(
    quote: str, value: int | None, low: int | None, high: int | None, raw_text: str, supported: bool
) -> None:
    assert quote_supports_figure(quote, value, low, high, raw_text) is supported


# --- schema-2 figures, with sentences written for these tests ------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("half a million", Quantity(500_000, None, None, "exact")),
        ("as many as half a million", Quantity(500_000, None, None, "up_to")),
        ("a quarter of a million", Quantity(250_000, None, None, "exact")),
        ("half a dozen", Quantity(6, None, None, "exact")),
        ("a dozen", Quantity(12, None, None, "exact")),
        ("two dozen", Quantity(24, None, None, "exact")),
        ("1.7 million", Quantity(1_700_000, None, None, "exact")),
        ("0.1 million", Quantity(100_000, None, None, "exact")),
        ("as many as 300", Quantity(300, None, None, "up_to")),
        ("between 10 and 15", Quantity(None, 10, 15, "range")),
        ("10-15", Quantity(None, 10, 15, "range")),
        ("10 to 15", Quantity(None, 10, 15, "range")),
        ("tens of thousands", Quantity(None, 20_000, None, "vague")),
        ("hundreds of thousands", Quantity(None, 200_000, None, "vague")),
        ("hundreds", Quantity(None, 200, None, "vague")),
        ("thousands", Quantity(None, 2_000, None, "vague")),
        ("scores", Quantity(None, 40, None, "vague")),
        ("several hundred", Quantity(None, 300, None, "vague")),
        ("many", Quantity(None, None, None, "vague")),
    ],
)
def test_schema_2_numbers(raw: str, expected: Quantity) -> None:
    assert parse_quantity(raw) == expected


@pytest.mark.parametrize(
    ("sentence", "share", "qualifier"),
    [
        ("Two-thirds of Gaza's hospitals have stopped working.", 0.667, "exact"),
        ("A third of the residents of Goma fled the shelling.", 0.333, "exact"),
        ("Nearly half the homes in Kenscoff were burned.", 0.5, "approximately"),
        ("More than half of Sudan's population needs aid.", 0.5, "at_least"),
        ("Three quarters of the district's wells are dry.", 0.75, "exact"),
    ],
)
def test_shares_are_not_counts(sentence: str, share: float, qualifier: str) -> None:
    [match] = find_quantities(sentence)
    assert match.kind == "share"
    assert match.quantity.share == share
    assert (match.quantity.value, match.quantity.qualifier) == (None, qualifier)
    assert parse_quantity(sentence) == match.quantity  # no count in it: the share


def test_a_third_day_is_still_an_ordinal() -> None:
    [match] = find_quantities("Protests in Bamako entered a third day.")
    assert (match.kind, match.quantity.value) == ("ordinal", 3)


def test_confirmed_is_a_floor_only_when_the_text_says_the_toll_is_higher() -> None:
    floor = "Monitors confirmed 412 civilian deaths in Tigray, but the true toll is likely higher."
    plain = "Monitors confirmed 412 civilian deaths in Tigray on Monday."
    assert find_quantities(floor)[0].quantity == Quantity(412, None, None, "at_least")
    assert find_quantities(plain)[0].quantity == Quantity(412, None, None, "exact")
    assert find_quantities(plain)[0].raw == "confirmed 412"


@pytest.mark.parametrize(
    "sentence",
    [
        "The motion in the Juba assembly passed 158-54 on Friday.",
        "Fighters moved between 158 and 54 vehicles, the report garbled.",
    ],
)
def test_inverted_ranges_are_two_numbers(sentence: str) -> None:
    counts = [m for m in find_quantities(sentence) if m.kind == "count"]
    assert [m.quantity for m in counts] == [
        Quantity(158, None, None, "exact"),
        Quantity(54, None, None, "exact"),
    ]
    for match in counts:
        assert sentence[match.start : match.end] == match.raw


def test_huge_numbers_are_no_figure_and_never_raise() -> None:
    from summarize.numbers import number_value
    from summarize.schema import MAX_FIGURE

    huge = "9" * 400
    text = f"A glitch printed {huge} casualties and {huge}th place, then 12 wounded."
    counts = [m for m in find_quantities(text) if m.kind == "count"]
    assert [m.quantity.value for m in counts] == [12]
    assert number_value(huge) == MAX_FIGURE
    assert number_value("1" * 5000) == MAX_FIGURE
    assert parse_quantity(f"{huge}-{huge}") is None
    assert quote_supports_figure(text, 12, None, None, "12") is True
    assert quote_supports_figure(text, MAX_FIGURE, None, None, huge) is False


@pytest.mark.parametrize(
    ("quote", "value", "low", "high", "raw_text", "supported"),
    [
        ("UNHCR said as many as half a million people had crossed into Chad.",
         500_000, None, None, "as many as half a million", True),
        ("UNHCR said as many as half a million people had crossed into Chad.",
         1_000_000, None, None, "a million", False),
        ("Officials said 1.7 million people were displaced in Sudan.",
         1_700_000, None, None, "1.7 million", True),
        ("Tens of thousands fled Bukavu as M23 rebels advanced.",
         None, 20_000, None, "tens of thousands", True),
        ("Tens of thousands fled Bukavu as M23 rebels advanced.",
         None, 200_000, None, "hundreds of thousands", False),
        ("Between 10 and 15 soldiers died in the ambush near Djibo.",
         None, 10, 15, "between 10 and 15", True),
        ("Between 10 and 15 soldiers died in the ambush near Djibo.",
         None, 10, 20, "between 10 and 20", False),
        ("A dozen fighters were captured near Kidal.", 12, None, None, "a dozen", True),
        ("Two-thirds of the 300 displaced families were children.",
         300, None, None, "300", True),
        ("Two-thirds of the 300 displaced families were children.",
         2, None, None, "Two", False),
    ],
)  # fmt: skip
def test_quote_supports_schema_2_figures(
    quote: str, value: int | None, low: int | None, high: int | None, raw_text: str, supported: bool
) -> None:
    assert quote_supports_figure(quote, value, low, high, raw_text) is supported


def test_trying_figures_only_where_one_can_begin_finds_what_a_full_scan_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scan tries the figure pattern only at words a figure can begin with; on random text
    made of figure words, other words and punctuation, in any case, it finds exactly what
    trying the pattern at every character finds."""
    import random

    from summarize import numbers

    pieces = (
        "at least 12", "some 3,400", "between ten and twenty", "158-54", "nearly half of",
        "a third of", "dozens", "hundreds", "two thousands", "5th", "twenty-first", "40%",
        "per cent", "March 3 2024", "the rebels", "killed", "wounded", "fled", "Forty-Two",
        "an 18-year-old", "up to 1,000", "more than", "fewer than", "about", "(", ")", ",",
        ".", ";", "-", "—", "7km", "million", "billion", "a dozen", "one hundred and five",
        "tens",
    )  # fmt: skip
    generator = random.Random(20261202)
    texts = []
    for _ in range(400):
        words = [generator.choice(pieces) for _ in range(generator.randint(3, 30))]
        text = " ".join(words)
        texts.append(generator.choice((text, text.upper(), text.title(), text.lower())))
    fast = [find_quantities(text) for text in texts]
    monkeypatch.setattr(numbers, "_word_starts", lambda lexicon: None)
    everywhere = [find_quantities(text) for text in texts]
    assert fast == everywhere
    assert sum(len(found) for found in fast) > 1000


@pytest.mark.parametrize(
    "text",
    [
        "a 6-year-old girl",
        "a six-year-old girl",
        "the boy, 14 years old,",
        "men aged 18 to 60 were barred from leaving",
        "a 3-month-old baby",
    ],
)
def test_an_age_is_no_count(text: str) -> None:
    found = find_quantities(text)
    assert found and all(match.kind == "age" for match in found)


def test_a_clock_time_counts_nothing() -> None:
    # a live blog's timestamps, and times in the prose, are no counts
    text = "13:10  New toll. At 09:45 the army said 40 people were killed."
    kinds = {q.raw: q.kind for q in find_quantities(text)}
    assert kinds["40"] == "count"
    assert "count" not in {kinds.get(raw) for raw in ("13", "10", "09", "45")}
