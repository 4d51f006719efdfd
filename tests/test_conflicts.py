"""Which conflict a text is about (summarize.conflicts), with sentences written for these tests."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from summarize.actors import ActorTable
from summarize.conflicts import (
    Conflict,
    Phase,
    conflict_scores,
    detect_conflict,
    load_conflicts,
)

CONVENTIONS = Path(__file__).resolve().parent.parent / "prompts" / "conventions.md"


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


def _detect(table: ActorTable, text: str) -> str | None:
    found = [m.entry for m in table.find_mentions(text)]
    states = {e.name for e in found if getattr(e, "kind", None) == "state"}
    return detect_conflict(text, [e.name for e in found], states=states)


def test_every_conflict_of_the_conventions_is_in_the_data() -> None:
    conventions = CONVENTIONS.read_text(encoding="utf-8")
    listed = conventions[conventions.index("`Nagorno-Karabakh`, `Russia-Ukraine war`") :]
    listed = listed[: listed.index("- `event_date`")]
    names = set(re.findall(r"`([^`]+)`", listed))
    assert len(names) == 33
    # The data may know more wars than the conventions list (they allow other names "in the same
    # style"); every listed one must be there, under that exact name.
    assert names <= {conflict.name for conflict in load_conflicts()}


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("Azerbaijani artillery struck positions near Shusha, and the separatist government in "
         "Stepanakert reported damage.", "Nagorno-Karabakh"),
        ("Russian glide bombs hit a school in Kramatorsk, and Ukrainian drones struck a refinery "
         "near Belgorod overnight.", "Russia-Ukraine war"),
        ("Israeli tanks pushed deeper into Khan Younis as Hamas said talks on a hostage deal had "
         "stalled.", "Israel-Hamas war"),
        ("Hezbollah fired rockets at Kiryat Shmona after an Israeli strike on a house in "
         "Nabatieh.", "Israel-Hezbollah conflict"),
        ("The Houthis claimed a missile attack on a tanker, while coalition jets struck targets "
         "around Hodeidah and Marib.", "Yemen war"),
        ("The RSF said it had shelled army positions in El Obeid, and the Sudanese army claimed "
         "to have retaken Bara.", "Sudan: SAF-RSF war"),
        ("Eritrean troops were accused of looting in Adigrat as the TPLF and the federal "
         "government traded blame over the Pretoria agreement.", "Ethiopia: Tigray war"),
        ("Fano fighters briefly seized parts of Gondar before Ethiopian troops regained control "
         "of Bahir Dar's outskirts.", "Ethiopia: Amhara conflict"),
        ("SDF commanders said Turkish-backed factions shelled villages around Manbij and the "
         "Tishreen Dam.", "Syrian civil war"),
        ("The Arakan Army said it had captured a battalion headquarters in Rakhine State, while "
         "the junta bombed a monastery in Sagaing.", "Myanmar civil war"),
        ("M23 rebels advanced towards Uvira after Congolese troops and Wazalendo fighters pulled "
         "back from positions in South Kivu.", "DR Congo: M23 conflict"),
        ("JNIM militants ambushed a convoy near Djibo, and Burkinabe authorities declared three "
         "days of mourning.", "Sahel insurgency"),
        ("Forces loyal to Haftar and brigades allied to the Tripoli-based government clashed "
         "near Sirte.", "Libya conflict"),
        ("Al-Shabaab fighters overran a base in Middle Shabelle before Somali forces and AUSSOM "
         "troops counter-attacked.", "Somalia: al-Shabaab insurgency"),
        ("ELN guerrillas and FARC dissidents fought for control of coca routes in Catatumbo, "
         "forcing families to flee to Cucuta.", "Colombia armed conflict"),
        ("Fighting between the SSPDF and the White Army around Nasir in Upper Nile displaced "
         "thousands of residents.", "South Sudan conflict"),
        ("ISWAP fighters raided a military camp in Borno, days after Boko Haram abducted farmers "
         "near Gwoza.", "Nigeria: jihadist insurgency"),
        ("Insurgents beheaded villagers in Macomia, and Rwandan troops were sent to protect the "
         "road to Mocimboa da Praia.", "Mozambique: Cabo Delgado insurgency"),
        ("Viv Ansanm gangs burned homes in Kenscoff as the Haitian police asked the Kenya-led "
         "mission for reinforcements in Port-au-Prince.", "Haiti gang conflict"),
        ("Indian and Pakistani troops exchanged fire across the Line of Control in Poonch after "
         "New Delhi launched Operation Sindoor.", "India-Pakistan conflict"),
        ("Iranian ballistic missiles fell on Beersheba after Israeli jets struck the enrichment "
         "plant at Natanz.", "Israel-Iran war"),
        ("Thai F-16s bombed Cambodian positions near the Ta Muen Thom temple, and Phnom Penh said "
         "shells landed in Oddar Meanchey.", "Thailand-Cambodia border conflict"),
        ("Taliban fighters overran a police post in Kunduz, and Afghan forces backed by U.S. "
         "air strikes retook the district centre in Helmand.", "Afghanistan war"),
        ("Pakistani jets struck Taliban positions in Paktika after clashes at the Torkham "
         "crossing closed the Durand Line.", "Afghanistan-Pakistan border conflict"),
    ],
)  # fmt: skip
def test_detect_conflict_picks_the_story_s_war(table: ActorTable, text: str, conflict: str) -> None:
    assert _detect(table, text) == conflict


def test_a_passing_mention_of_another_war_does_not_win(table: ActorTable) -> None:
    text = (
        "Russian missiles struck Odesa and Kharkiv overnight, Ukraine's air force said. "
        "Kyiv compared the strikes with the bombing of Gaza."
    )
    assert _detect(table, text) == "Russia-Ukraine war"
    scores = conflict_scores(text, [m.entry.name for m in table.find_mentions(text)])
    assert scores["Israel-Hamas war"] == 1
    assert scores["Russia-Ukraine war"] >= 6


def test_no_conflict_in_a_text_about_none(table: ActorTable) -> None:
    assert _detect(table, "The central bank left interest rates unchanged on Thursday.") is None
    assert detect_conflict("", []) is None


def test_a_word_of_every_war_points_at_none(table: ActorTable) -> None:
    """'guerrillas', 'rebels' are fought in many wars: with a friendly state's name they make
    no story the war that state fights."""
    text = (
        "The guerrillas signed the accord in Managua on Monday, with Colombia, Spain and "
        "Venezuela as witnesses."
    )
    assert _detect(table, text) is None


def test_one_cue_alone_is_not_enough_but_two_are() -> None:
    assert detect_conflict("A festival opened in Mandalay.", []) is None
    assert detect_conflict("Refugees from Mandalay reached Sagaing.", []) == "Myanmar civil war"


def test_one_belligerent_named_alone_does_not_make_a_story_its_war(table: ActorTable) -> None:
    """A state that fights in one listed war, named once in a story about a war the table
    lacks, is not enough; with a second cue of that war it is. An armed group of one war is."""
    text = (
        "Separatist rebels in Senegal's Casamance region shelled two villages near Ziguinchor "
        "overnight, and Russia's foreign ministry urged both sides to show restraint."
    )
    assert _detect(table, text) is None
    assert _detect(table, text + " Kyiv made no comment.") == "Russia-Ukraine war"
    assert _detect(table, "Gunmen of the Rapid Support Forces looted a market.") == (
        "Sudan: SAF-RSF war"
    )


def test_belligerents_count_double_and_a_custom_table_replaces_the_data() -> None:
    custom = [
        Conflict(
            name="Freedonia war", belligerents=("Freedonia", "Sylvania"), places=("Fredville",)
        ),
        Conflict(name="Other war", places=("Fredville", "Sylvan Heights")),
    ]
    assert detect_conflict("Talks failed.", ["Freedonia"], custom) == "Freedonia war"
    # a state that fights needs a second cue (another side, a place)
    assert detect_conflict("Talks failed.", ["Freedonia"], custom, states={"Freedonia"}) is None
    assert detect_conflict(
        "Talks in Fredville failed.", ["Freedonia"], custom, states={"Freedonia"}
    ) == ("Freedonia war")
    assert detect_conflict("Shelling in Fredville and Sylvan Heights.", [], custom) == "Other war"
    assert detect_conflict("Shelling in Fredville and Sylvan Heights.", ["Sylvania"], custom) == (
        "Freedonia war"
    )


def test_camps_tell_who_fights_whom_and_must_name_belligerents() -> None:
    war = Conflict(
        name="Freedonia war",
        belligerents=("Freedonia", "Freedonian militia", "Sylvania", "Mercenaries"),
        camps=(("Freedonia", "Freedonian militia"), ("Sylvania",)),
    )
    assert war.opposed("Freedonia", "Sylvania") is True
    assert war.opposed("Freedonia", "Freedonian militia") is False
    assert war.opposed("Freedonia", "Mercenaries") is None  # in no camp: unknown
    with pytest.raises(ValueError, match="two camps"):
        Conflict(name="X", belligerents=("A", "B"), camps=(("A", "B"), ("B",)))


def test_events_out_of_a_conflicts_time_are_a_season_before_or_a_year_after_it() -> None:
    war = Conflict(name="Freedonia war", since=date(2020, 6, 1), until=date(2022, 3, 1))

    def out(day: date) -> bool:
        return war.out_of_time(day, day)

    assert out(date(2019, 12, 31)) is True
    assert out(date(2020, 4, 1)) is False  # the build-up
    assert out(date(2022, 12, 1)) is False  # the aftermath
    assert out(date(2023, 6, 1)) is True
    assert war.out_of_time(date(2019, 1, 1), date(2019, 12, 31)) is True  # a year named
    assert war.out_of_time(date(2020, 1, 1), date(2020, 12, 31)) is False
    assert Conflict(name="Open-ended").out_of_time(date(1900, 1, 1), date(1900, 1, 1)) is False
    with pytest.raises(ValueError, match="before the conflict"):
        Conflict(
            name="X", since=date(2020, 6, 1), phases=(Phase(name="p", start=date(2019, 1, 1)),)
        )
    with pytest.raises(ValueError, match="after the conflict"):
        Conflict(
            name="X", until=date(2020, 6, 1), phases=(Phase(name="p", start=date(2019, 1, 1)),)
        )


def test_every_shipped_conflict_has_two_camps_of_known_parties(table: ActorTable) -> None:
    for conflict in load_conflicts():
        assert len(conflict.camps) >= 2, conflict.name
        for camp in conflict.camps:
            assert all(table.get(name) is not None for name in camp), (conflict.name, camp)


def test_only_the_given_regions_of_a_text_are_read() -> None:
    """Places in a menu or a related-stories box (outside the article's regions) do not count."""
    menu = "More: Mandalay | Sagaing | Sudan\n"
    body = "Relief convoys waited outside the capital as talks stalled."
    text = menu + body
    assert detect_conflict(text, []) == "Myanmar civil war"
    assert detect_conflict(text, [], regions=[(len(menu), len(text))]) is None
    inside = [(6, 14), (len(menu), len(text))]  # "Mandalay" alone: one cue, not enough
    assert conflict_scores(text, [], regions=inside)["Myanmar civil war"] == 1
