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
        ("Dozens", Quantity(None, None, None, "vague")),
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
        ("several", Quantity(None, None, None, "vague")),
        ("between 10 and 20", Quantity(None, 10, 20, "approximately")),
        ("10-20", Quantity(None, 10, 20, "approximately")),
        ("up to 10-20", Quantity(None, 10, 20, "up_to")),
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
