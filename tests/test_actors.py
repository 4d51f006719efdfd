"""The actor table at its library boundary: loading, resolving names, finding mentions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarize.actors import ActorTable, PartyEntry, PersonEntry
from summarize.errors import InputError

EXTRA_ACTORS = """
[[party]]
name = "Georgia"
kind = "state"
role = "mediator"
aliases = ["Sakartvelo"]
demonyms = ["Georgian"]
metonyms = ["Tbilisi"]

[[person]]
name = "Irakli Garibashvili"
affiliation = "Georgia"
title = "Prime Minister"
aliases = ["Garibashvili"]
"""


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


@pytest.mark.parametrize(
    ("garbled", "canonical"),
    [
        ("Zhihun Piramov", "Jeyhun Bayramov"),
        ("Zurab Manatsakyanian", "Zohrab Mnatsakanyan"),
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"),
        ("Nikol Pashinian", "Nikol Pashinyan"),
    ],
)
def test_machine_translated_names_resolve_to_the_person(
    table: ActorTable, garbled: str, canonical: str
) -> None:
    person = table.resolve_person(garbled)
    assert person is not None
    assert person.name == canonical


@pytest.mark.parametrize(
    "stranger", ["Omar Khashram", "Gerardo Moloeznik", "Ruben Aliyev", "Anna Hakobyan"]
)
def test_unrelated_names_resolve_to_nobody(table: ActorTable, stranger: str) -> None:
    assert table.resolve_person(stranger) is None
    assert table.canonical(stranger) == stranger


@pytest.mark.parametrize("surname", ["Bayramova", "Mnatsakanian", "Lavrova", "Aliev"])
def test_a_lone_surname_never_becomes_someone_by_fuzzy_match(
    table: ActorTable, surname: str
) -> None:
    assert table.resolve_person(surname) is None


def test_exact_surnames_and_titles_resolve(table: ActorTable) -> None:
    assert table.canonical("Pashinyan") == "Nikol Pashinyan"
    assert table.canonical("  lavrov ") == "Sergei Lavrov"
    assert table.party_of("Lavrov") == "Russia"
    assert table.party_of("Beglaryan") == "Nagorno-Karabakh authorities"


@pytest.mark.parametrize(
    ("written", "party"),
    [
        ("Baku", "Azerbaijan"),
        ("Azeri", "Azerbaijan"),
        ("Azerbaijani soldiers", "Azerbaijan"),
        ("Armenian-backed forces", "Nagorno-Karabakh authorities"),
        ("Russia’s foreign ministry", "Russia"),
        ("Azerbaidjan", "Azerbaijan"),
        ("U.S.", "United States"),
    ],
)
def test_party_surface_forms_resolve(table: ActorTable, written: str, party: str) -> None:
    entry = table.resolve_party(written)
    assert isinstance(entry, PartyEntry)
    assert entry.name == party
    assert table.party_of(written) == party


def test_pronoun_us_is_not_the_united_states(table: ActorTable) -> None:
    assert table.resolve_party("us") is None
    assert table.find_mentions("Let us talk, said the US envoy.")[0].surface == "US"
    assert len(table.find_mentions("Let us talk, said the US envoy.")) == 1


def test_a_phrase_naming_two_parties_resolves_to_neither(table: ActorTable) -> None:
    assert table.resolve_party("Armenia-Azerbaijan conflict") is None
    assert table.party_of("Albania") is None


def test_find_mentions_prefers_longest_and_respects_word_boundaries(table: ActorTable) -> None:
    text = (
        "Armenian-backed forces said the Azerbaijani Defense Ministry lied; "
        "Putin's envoy met Armenians in Bakurian."
    )
    mentions = table.find_mentions(text)
    found = [(m.surface, m.entry.name) for m in mentions]
    assert found == [
        ("Armenian-backed forces", "Nagorno-Karabakh authorities"),
        ("Azerbaijani Defense Ministry", "Azerbaijan"),
        ("Putin", "Vladimir Putin"),
    ]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface


def test_find_mentions_tolerates_curly_apostrophes_and_line_breaks(table: ActorTable) -> None:
    text = "Azerbaijan’s army and the Republic of\nAzerbaijan"
    surfaces = [m.surface for m in table.find_mentions(text)]
    assert surfaces == ["Azerbaijan’s", "Republic of\nAzerbaijan"]
    assert all(isinstance(m.entry, PartyEntry) for m in table.find_mentions(text))


def test_extra_actor_file_extends_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "georgia.toml"
    extra.write_text(EXTRA_ACTORS + '\n[[person]]\nname = "Sergei Lavrov"\nalias = []\n')
    with pytest.raises(InputError, match=r"georgia\.toml"):
        ActorTable.load([extra])
    extra.write_text(
        EXTRA_ACTORS
        + '\n[[person]]\nname = "Sergei Lavrov"\naffiliation = "Russia"\ntitle = "Envoy"\n'
    )
    table = ActorTable.load([extra])
    assert table.canonical("Tbilisi") == "Georgia"
    assert table.party_of("Irakli Garibashvilli") == "Georgia"
    lavrov = table.resolve_person("Sergei Lavrov")
    assert isinstance(lavrov, PersonEntry)
    assert lavrov.title == "Envoy"
    assert table.resolve_person("Lavrov") is None  # the override dropped the old aliases
    assert ActorTable.load().resolve_party("Tbilisi") is None


def test_env_variable_adds_actor_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "georgia.toml"
    extra.write_text(EXTRA_ACTORS)
    missing = tmp_path / "missing.toml"
    monkeypatch.setenv("SUMMARIZE_ACTORS", os.pathsep.join([str(extra)]))
    assert ActorTable.load().canonical("Georgian") == "Georgia"
    monkeypatch.setenv("SUMMARIZE_ACTORS", os.pathsep.join([str(extra), str(missing)]))
    with pytest.raises(InputError, match=r"missing\.toml"):
        ActorTable.load()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[[party]\nname = 'x'", "not valid TOML"),
        ("[[party]]\nname = 'X'\nkind = 'planet'\nrole = 'other'", "kind"),
        ("[[person]]\naffiliation = 'Russia'", "name"),
        (b"\xff\xfe\x00bad", "not valid TOML"),
    ],
)
def test_bad_actor_files_name_the_file(tmp_path: Path, content: str | bytes, problem: str) -> None:
    bad = tmp_path / "bad_actors.toml"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content)
    with pytest.raises(InputError, match=r"bad_actors\.toml") as error:
        ActorTable.load([bad])
    assert problem in str(error.value)


def test_the_closest_of_several_namesakes_wins_and_a_different_given_name_never(
    tmp_path: Path,
) -> None:
    namesakes = tmp_path / "namesakes.toml"
    namesakes.write_text(
        '[[person]]\nname = "Armen Petrosyan"\naffiliation = "Armenia"\n\n'
        '[[person]]\nname = "Vardan Petrossian"\naffiliation = "Armenia"\n'
    )
    table = ActorTable.load([namesakes])
    armen = table.resolve_person("Armen Petrossian")
    vardan = table.resolve_person("Vartan Petrosyan")
    assert (armen and armen.name, vardan and vardan.name) == (
        "Armen Petrosyan",
        "Vardan Petrossian",
    )
    assert table.resolve_person("Gagik Petrosyan") is None
